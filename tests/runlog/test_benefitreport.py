"""urbantwin:benefitreport: the table's figures equal sums computed here from a run log written for the test; the
period filter, the reference-time table (shipped and custom), the PDF (one page, German labels)."""

import csv
import datetime
import os
import re
import subprocess

import pytest
from osgeo import ogr

RUNS = [  # (algorithm, started_at, duration_s, succeeded, objects)
    ("urbantwin:plancompliance", "2026-03-01T09:00:00Z", 2.0, 1, 10),
    ("urbantwin:plancompliance", "2026-03-02T09:00:00Z", 1.5, 1, 5),
    ("urbantwin:plancompliance", "2026-03-03T09:00:00Z", 0.5, 0, 0),
    ("urbantwin:solarpotential", "2026-04-01T10:00:00Z", 30.0, 1, 120),
    ("urbantwin:councilmap", "2026-04-02T10:00:00Z", 4.0, 1, 4),
    ("urbantwin:shadow", "2026-05-01T10:00:00Z", 1.0, 1, 25),
    ("urbantwin:shadow", "2025-01-01T10:00:00Z", 1.0, 1, 25),  # before the period
    ("urbantwin:importcitymodel", "2026-07-01T00:00:00Z", 9.0, 1, 1660),  # after the period
]
REFERENCE = [("urbantwin:plancompliance", "object", "30", "speed", "ours"), ("urbantwin:solarpotential", "object", "6", "reports", "ours"),
             ("shadow", "run", "90", "reports", "ours"), ("urbantwin:councilmap", "object", "45", "speed", "ours")]


@pytest.fixture()
def filled_runlog(tmp_path, monkeypatch):
    monkeypatch.setenv("URBANTWIN_RUNLOG", str(tmp_path / "runlog.sqlite"))
    from urban_twin.core.runlog import store

    for algorithm, started_at, duration, succeeded, objects in RUNS:
        store.append({"algorithm": algorithm, "started_at": started_at, "duration_s": duration, "succeeded": succeeded,
                      "objects": objects, "input_hashes": ["h-" + started_at[:10]] if "plancompliance" in algorithm else []})
    return store.runlog_path()


def reference_csv(tmp_path):
    path = tmp_path / "reference.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["algorithm", "unit", "minutes", "axis", "source"])
        writer.writerows(REFERENCE)
    return str(path)


def table(path):
    source = ogr.Open(path)
    layer = source.GetLayer(0)
    return {f.GetField("algorithm"): {k: f.GetField(k) for k in ("runs", "succeeded", "duration_s", "objects", "manual_hours_estimate")}
            for f in layer}


def test_figures_equal_independent_sums(urbantwin_provider, filled_runlog, tmp_path):
    import processing

    output = str(tmp_path / "benefit.gpkg")
    result = processing.run("urbantwin:benefitreport", {"START": "2026-01-01", "END": "2026-06-30",
                                                        "REFERENCE_TIMES": reference_csv(tmp_path), "OUTPUT": output})
    in_period = [r for r in RUNS if "2026-01-01" <= r[1][:10] <= "2026-06-30"]
    minutes = {a: (float(m), u) for a, u, m, _axis, _s in REFERENCE}
    minutes["urbantwin:shadow"] = minutes.pop("shadow")  # ids without the provider prefix are accepted
    expected = {}
    for algorithm, _start, duration, succeeded, objects in in_period:
        row = expected.setdefault(algorithm, {"runs": 0, "succeeded": 0, "duration_s": 0.0, "objects": 0, "manual_hours_estimate": 0.0})
        row["runs"] += 1
        row["duration_s"] += duration
        if succeeded:
            row["succeeded"] += 1
            row["objects"] += objects
            per, unit = minutes[algorithm]
            row["manual_hours_estimate"] += per * (objects if unit == "object" else 1) / 60.0
    got = table(output)
    assert set(got) == set(expected)
    for algorithm, row in expected.items():
        for key, value in row.items():
            assert got[algorithm][key] == pytest.approx(value, abs=0.01), (algorithm, key)
    assert got["urbantwin:plancompliance"]["manual_hours_estimate"] == pytest.approx(7.5)  # (10 + 5) parcels × 30 min
    assert result["RUNS"] == len(in_period) == 6
    assert result["MANUAL_HOURS"] == pytest.approx(sum(r["manual_hours_estimate"] for r in expected.values()), abs=0.01)
    machine_hours = sum(r["duration_s"] for r in expected.values()) / 3600.0
    assert result["HOURS_SAVED"] == pytest.approx(result["MANUAL_HOURS"] - machine_hours, abs=0.01)


def test_default_reference_table_and_pdf(urbantwin_provider, filled_runlog, tmp_path):
    import processing

    from urban_twin.core.runlog import benefit

    shipped = benefit.load_reference_times()
    assert shipped["urbantwin:plancompliance"].unit == "object"
    assert all("Schätzwert, bitte anpassen" in r.source for r in shipped.values())
    pdf = str(tmp_path / "wirkung.pdf")
    processing.run("urbantwin:benefitreport", {"START": "2026-01-01", "END": "2026-12-31", "OUTPUT": str(tmp_path / "b.gpkg"),
                                               "OUTPUT_PDF": pdf})
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M) and "(A4)" in info
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    assert "Urban Twin" in text and "2026" in text
    assert "Schätzwert, bitte anpassen" in text or "estimates" in text


def test_default_period_is_the_last_twelve_months(urbantwin_provider, tmp_path, monkeypatch):
    import processing

    monkeypatch.setenv("URBANTWIN_RUNLOG", str(tmp_path / "runlog.sqlite"))
    from urban_twin.core.runlog import store

    today = datetime.date.today()
    for days_ago in (0, 100, 363, 400):
        started = (datetime.datetime.combine(today, datetime.time(12)) - datetime.timedelta(days=days_ago)).isoformat() + "Z"
        store.append({"algorithm": "urbantwin:shadow", "started_at": started, "duration_s": 1.0, "succeeded": 1, "objects": 1})
    result = processing.run("urbantwin:benefitreport", {"OUTPUT": str(tmp_path / "b.gpkg")})
    assert result["RUNS"] == 3


def test_bad_reference_table_names_file_and_line(urbantwin_provider, filled_runlog, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    bad = tmp_path / "bad.csv"
    bad.write_text("algorithm,unit,minutes\nurbantwin:shadow,run,zehn\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as error:
        processing.run("urbantwin:benefitreport", {"REFERENCE_TIMES": str(bad), "OUTPUT": str(tmp_path / "b.gpkg")})
    assert str(bad) in str(error.value) and "2" in str(error.value)
    assert not os.path.exists(tmp_path / "b.gpkg")


def test_key_figures_on_the_three_axes():
    """Checks per case (a case = one set of input hashes), variants per comparison, screenings — counted by hand here."""
    from urban_twin.core.runlog import benefit

    def run(algorithm, hashes=(), counts=None, succeeded=1):
        return {"algorithm": algorithm, "succeeded": succeeded, "duration_s": 1.0, "objects": 1,
                "input_hashes": list(hashes), "counts": counts or {}}

    runs = [run("urbantwin:plancompliance", ["a", "b"]), run("urbantwin:plancompliance", ["a", "b"]),
            run("urbantwin:plancompliance", ["a", "c"]), run("urbantwin:plancompliance", ["x"], succeeded=0),
            run("urbantwin:comparevariants", counts={"VARIANT_COUNT": 2}), run("urbantwin:comparevariants", counts={"VARIANT_COUNT": 3}),
            run("urbantwin:solarpotential"), run("urbantwin:shadow")]
    reference = benefit.load_reference_times()
    rows = benefit.summarise(runs, reference)
    figures = benefit.key_figures(runs, rows)
    assert (figures["plan_checks"], figures["plan_check_cases"], figures["checks_per_case"]) == (3, 2, 1.5)
    assert (figures["variant_comparisons"], figures["variants_per_comparison"]) == (2, 2.5)
    assert figures["screenings_instead_of_studies"] == 2  # solar + shadow: axis "reports" in the shipped table
    assert figures["runs"] == 8 and figures["succeeded"] == 7
