"""The local run log (core/runlog): every algorithm run is recorded through the base class, with counts and content
hashes but no personal data; append-only; opt-out; concurrent qgis_process runs both land."""

import getpass
import hashlib
import json
import os
import sqlite3
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture()
def runlog(tmp_path, monkeypatch):
    path = str(tmp_path / "profile" / "urban_twin" / "runlog.sqlite")
    monkeypatch.setenv("URBANTWIN_RUNLOG", path)
    return path


def rows(path):
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in connection.execute("SELECT * FROM runs ORDER BY id")]
    finally:
        connection.close()


def sha256(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def test_every_algorithm_goes_through_the_base_class(urbantwin_provider):
    """Only the base class implements processAlgorithm, so every run is logged (and errors are wrapped) once."""
    from qgis.core import QgsProcessingModelAlgorithm

    from urban_twin.core.processing.base import UrbanTwinAlgorithm

    # shipped .model3 models run our algorithms as their children, which log themselves
    algorithms = [a for a in urbantwin_provider.algorithms() if not isinstance(a, QgsProcessingModelAlgorithm)]
    assert len(algorithms) >= 14
    overriding = [a.id() for a in algorithms if type(a).processAlgorithm is not UrbanTwinAlgorithm.processAlgorithm]
    assert overriding == []


def test_runs_are_logged_with_counts_and_content_hashes(urbantwin_provider, runlog, tmp_path):
    import processing

    data = str(tmp_path / "data")
    generated = processing.run("urbantwin:musterquartier", {"OUTPUT_FOLDER": data, "BUILDINGS": 20, "SEED": 7})
    city = str(tmp_path / "city.gpkg")
    imported = processing.run("urbantwin:importcitymodel", {"INPUT": [generated["CITYGML"]], "OUTPUT": city})
    figures = str(tmp_path / "figures.gpkg")
    processing.run("urbantwin:districtfigures", {"DISTRICTS": generated["DISTRICTS"] + "|layername=quartiere",
                                                 "BUILDINGS": city + "|layername=buildings", "OUTPUT": figures})
    logged = rows(runlog)
    assert [r["algorithm"] for r in logged] == ["urbantwin:musterquartier", "urbantwin:importcitymodel", "urbantwin:districtfigures"]
    assert all(r["succeeded"] == 1 and r["error_kind"] is None and r["duration_s"] > 0 for r in logged)
    assert logged[0]["objects"] == 20
    assert logged[1]["objects"] == int(imported["BUILDINGS"]) + int(imported["PARTS"]) >= 20
    assert json.loads(logged[1]["counts"])["BUILDINGS"] == int(imported["BUILDINGS"])
    assert sha256(generated["CITYGML"]) in json.loads(logged[1]["input_hashes"])
    assert sha256(city) in json.loads(logged[1]["output_hashes"])
    from osgeo import ogr

    source = ogr.Open(figures)
    assert logged[2]["objects"] == source.GetLayer(0).GetFeatureCount() == 4  # districts written (the fallback unit)


def test_failed_run_is_logged_and_nothing_personal_is_stored(urbantwin_provider, runlog, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    broken = tmp_path / "Mueller_private" / "kaputt.gml"
    broken.parent.mkdir()
    broken.write_text("<core:CityModel xmlns:core='http://www.opengis.net/citygml/2.0'><core:cityObjectMember>")
    with pytest.raises(QgsProcessingException):
        processing.run("urbantwin:importcitymodel", {"INPUT": [str(broken)], "OUTPUT": str(tmp_path / "out.gpkg")})
    (record,) = rows(runlog)
    assert record["algorithm"] == "urbantwin:importcitymodel"
    assert record["succeeded"] == 0 and record["error_kind"] == "input"
    text = json.dumps(record)
    for private in (str(tmp_path), "Mueller_private", "kaputt", getpass.getuser() if getpass.getuser() != "root" else "/root"):
        assert private not in text
    assert json.loads(record["input_hashes"]) == [sha256(str(broken))]


def test_the_log_is_append_only(runlog):
    from urban_twin.core.runlog import store

    store.append({"algorithm": "urbantwin:shadow", "started_at": store.utc_now_iso(), "duration_s": 1.0, "succeeded": 1})
    connection = sqlite3.connect(runlog)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            connection.execute("UPDATE runs SET duration_s = 0")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            connection.execute("DELETE FROM runs")
    finally:
        connection.close()
    assert len(rows(runlog)) == 1


def test_opt_out_writes_nothing(urbantwin_provider, runlog, tmp_path):
    import processing

    from urban_twin.core.runlog import store

    store.set_logging_enabled(False)
    try:
        processing.run("urbantwin:musterquartier", {"OUTPUT_FOLDER": str(tmp_path / "d"), "BUILDINGS": 10, "SEED": 1})
    finally:
        store.set_logging_enabled(True)
    assert not os.path.exists(runlog)


def test_two_qgis_process_runs_at_once_both_land(runlog, tmp_path):
    """Two real qgis_process processes write to one run log at the same time (SQLite WAL + busy timeout)."""
    script = os.path.join(ROOT, "scripts", "qgis_process.sh")
    env = {k: v for k, v in os.environ.items() if k not in ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH")}  # pytest-qgis' profile
    env["URBANTWIN_RUNLOG"] = runlog
    # the wrapper enables the plugin in its profile on first use; do that once before the two race
    subprocess.run([script, "list"], env=env, capture_output=True, timeout=300, check=True)
    processes = [subprocess.Popen([script, "run", "urbantwin:musterquartier", "--", "OUTPUT_FOLDER={}".format(tmp_path / str(i)),
                                   "BUILDINGS=10", "SEED={}".format(i)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for i in range(2)]
    for process in processes:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, (out + err)[-2000:]
    logged = rows(runlog)
    assert [r["algorithm"] for r in logged] == ["urbantwin:musterquartier"] * 2
    assert all(r["platform"] == "qgis_process" and r["objects"] == 10 for r in logged)
    outputs = [set(json.loads(r["output_hashes"])) for r in logged]
    assert outputs[0] and outputs[0] != outputs[1]  # two seeds, two districts: each record hashes its own outputs


def test_settings_page_switches_the_run_log(qgis_app, runlog):
    """Einstellungen → Optionen → Urban Twin: the check box shows and sets the opt-out."""
    from urban_twin.core.runlog import store
    from urban_twin.ui.settings_page import SheetSettingsPage

    page = SheetSettingsPage()
    assert page.runlog_check.isChecked() == store.logging_enabled() is True
    page.runlog_check.setChecked(False)
    page.apply()
    try:
        assert store.logging_enabled() is False
        assert SheetSettingsPage().runlog_check.isChecked() is False
    finally:
        store.set_logging_enabled(True)
