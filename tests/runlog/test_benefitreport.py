"""urbantwin:benefitreport: the table's figures equal sums computed here from a run log written for the test; the
period filter, the reference-time table (shipped and custom), the PDF (German labels; every task, nothing cut)."""

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


def test_pdf_lists_every_task_inside_the_page_and_its_column(tmp_path, qgis_app):
    """30 tasks with long German names: the one-page layout cut the table after 22 rows (and those ran off the page,
    under the footnote), clipped task names at the column border and the chart's labels at the page's left edge. Now
    the table continues on further pages: every task's row is there (its object count read back from the PDF), every
    word lies on the page, task-name words stay left of the next column, and nothing is drawn over the footnote."""
    from urban_twin.core.runlog import benefit_pdf

    long_names = ["Bebauungsplan-Check (GRZ, GFZ, Vollgeschosse, Höhen)", "Starkregen-Gefährdung (Fließwege und Senken)",
                  "Gebäudemaße berechnen (Handwerker-Modul, Flächen und Volumen je Gebäude)", "Planungsvariante zusammenstellen",
                  "Klimaanpassungsmaßnahme bewerten (Bäume, Retention)"]
    names = {"alg{}".format(index): "{} {}".format(long_names[index % 5], index) for index in range(30)}
    rows = [dict(algorithm="alg{}".format(index), runs=index + 1, succeeded=index + 1, objects=1000 + 37 * index,
                 duration_s=1.5 * index, manual_hours_estimate=float(index % 7), axis=("speed", "quality", "reports")[index % 3])
            for index in range(30)]
    figures = dict(runs=465, succeeded=465, manual_hours_estimate=1360.3, machine_hours=0.01, hours_saved_estimate=1360.3,
                   plan_checks=5, plan_check_cases=5, checks_per_case=1.0, variant_comparisons=1, variants_per_comparison=2.0,
                   screenings_instead_of_studies=5, hours_by_axis={"reports": 105.7})
    path = str(tmp_path / "viele.pdf")
    benefit_pdf.write_pdf(path, rows, figures, datetime.date(2025, 12, 4), datetime.date(2026, 12, 3), names, "/x/reference_times.csv")
    pages = int(re.search(r"^Pages:\s+(\d+)$", subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout, re.M).group(1))
    assert pages >= 2
    page_width, page_height = 595.44, 841.68
    task_column_end = (0.07 + benefit_pdf.COLUMNS[0] * 0.86) * page_width
    footnote_top = (1 - 0.07) * page_height  # where the table stops (pdftotext: y grows downwards)
    text = ""
    for page in range(1, pages + 1):
        html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), path, "-"], capture_output=True,
                              text=True, check=True).stdout
        text += html
        words = [(match.group(5), *(float(match.group(i)) for i in range(1, 5))) for match in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)]
        assert words
        for word, x1, y1, x2, y2 in words:
            assert 0 <= x1 and x2 <= page_width and 0 <= y1 and y2 <= page_height, (page, word)
        # the footnote ("Manual effort: …" / "Manueller Aufwand: …") is the lowest text; nothing reaches into it
        start = max(y1 for word, _x1, y1, _x2, _y2 in words if word in ("Manual", "Manueller"))
        assert start > footnote_top - 20
        for word, _x1, y1, _x2, y2 in words:
            assert y1 >= start - 0.5 or y2 <= start + 0.5, (page, word, y1, y2, start)
        # words of a task name (they start in the first column) end before the second column begins
        for word, x1, _y1, x2, _y2 in words:
            if x1 < task_column_end - 20 and any(word in name for name in names.values()) and _y1 > 0.5 * page_height:
                assert x2 <= task_column_end + 1, (page, word, x2, task_column_end)
    for row in rows:  # every task's row: its object count, formatted as in the table
        assert ">{}<".format(benefit_pdf.number(row["objects"], 0)) in text, row["objects"]
