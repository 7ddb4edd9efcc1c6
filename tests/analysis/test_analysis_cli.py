"""The analysis algorithms through qgis_process (what `make demo`, batch scripts and cron jobs use):
file inputs, file outputs, results and the summary on the command line."""

import json

import pytest
from osgeo import ogr


def test_plancompliance_and_districtfigures_with_qgis_process(qgis_process, tmp_path, musterquartier, save_gpkg):
    city, plan = str(tmp_path / "city.gpkg"), str(tmp_path / "plan.gpkg")
    for args in (
        ["urbantwin:importcitymodel", "--", "INPUT=" + musterquartier["citygml"], "OUTPUT=" + city],
        ["urbantwin:importxplan", "--", "INPUT=" + musterquartier["xplan"], "OUTPUT=" + plan],
    ):
        done = qgis_process("run", *args)
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    check = str(tmp_path / "check.gpkg")
    done = qgis_process(
        "run",
        "urbantwin:plancompliance",
        "--json",
        "--",
        "BUILDINGS=" + city + "|layername=buildings",
        "PLAN=" + plan + "|layername=bp_baugebietsteilflaeche",
        "PARCELS=" + musterquartier["parcels"],
        "OUTPUT=" + check,
        "OUTPUT_BUILDINGS=" + str(tmp_path / "check_buildings.gpkg"),
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    results = json.loads(done.stdout[done.stdout.index("{") :])["results"]
    dataset = ogr.Open(check)
    layer = dataset.GetLayerByName("plan_compliance")
    statuses = [f.GetField("status") for f in layer]
    assert layer.GetFeatureCount() == len(statuses) > len(musterquartier["zones"])  # per parcel piece
    assert {f.GetField("basis") for f in dataset.GetLayerByName("plan_compliance")} == {"parcel"}
    assert results["N_EXCEEDS"] == statuses.count("exceeds") >= 1
    assert results["N_COMPLIES"] == statuses.count("complies")
    # the building rules do not depend on parcels: the documented Z and height breakers are found
    buildings_dataset = ogr.Open(str(tmp_path / "check_buildings.gpkg"))  # keep the dataset alive while reading
    buildings = buildings_dataset.GetLayerByName("plan_compliance_buildings")
    breakers = {f.GetField("building_id") for f in buildings if f.GetField("breaks")}
    assert breakers == {e["building"] for e in musterquartier["exceeding"] if e["building"]}

    figures = str(tmp_path / "figures.gpkg")
    done = qgis_process(
        "run",
        "urbantwin:districtfigures",
        "--json",
        "--",
        "DISTRICTS=" + musterquartier["districts"],
        "NAME_FIELD=name",
        "BUILDINGS=" + city + "|layername=footprints",
        "OUTPUT=" + figures,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    figures_dataset = ogr.Open(figures)
    rows = {f.GetField("name"): f.GetField("n_buildings") for f in figures_dataset.GetLayerByName("district_figures")}
    assert set(rows) == {q["name"] for q in musterquartier["quartiere"]}
    assert 0 < sum(rows.values()) <= musterquartier["buildings"]


@pytest.mark.parametrize("missing", ["BUILDINGS", "PLAN"])
def test_missing_input_is_a_clear_error(qgis_process, tmp_path, missing):
    params = {"BUILDINGS": str(tmp_path / "nope.gpkg"), "PLAN": str(tmp_path / "nope2.gpkg"), "OUTPUT": str(tmp_path / "o.gpkg")}
    done = qgis_process("run", "urbantwin:plancompliance", "--", *["{}={}".format(k, v) for k, v in params.items()])
    assert done.returncode != 0
    assert "nope" in (done.stdout + done.stderr)
    assert not (tmp_path / "o.gpkg").exists()
