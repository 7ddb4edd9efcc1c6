"""Issue #11 item 11 and #12 item 6: analyses give the same findings whatever the CRSs of their inputs,
never compute in degrees, say "no buildings in the input" for an empty buildings layer, and refuse a
field parameter that names a field the layer does not have — before any work."""

import pytest
from osgeo import gdal
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException, QgsVectorLayer

ALG = "urbantwin:plancompliance"
MEASURES = ("grz", "grz2", "gfz", "z")


@pytest.fixture(scope="module")
def quarter(tmp_path_factory, musterquartier, urbantwin_provider):
    """The Musterquartier imported once: city model and plan GeoPackages in EPSG:25832, plus copies of the
    buildings, the plan and the districts reprojected to EPSG:4326 by GDAL (ogr2ogr)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    folder = tmp_path_factory.mktemp("anycrs")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())

    def run(alg, params):
        return processing.run(alg, params, context=context, feedback=QgsProcessingFeedback())

    city, plan = str(folder / "city.gpkg"), str(folder / "plan.gpkg")
    run("urbantwin:importcitymodel", {"INPUT": [musterquartier["citygml"]], "OUTPUT": city})
    run("urbantwin:importxplan", {"INPUT": musterquartier["xplan"], "OUTPUT": plan})
    paths = {"city": city, "plan": plan, "folder": folder}
    for name, source, layer in (("buildings_4326", city, "buildings"), ("plan_4326", plan, "bp_baugebietsteilflaeche"),
                                ("districts_4326", musterquartier["districts"], None)):
        target = str(folder / (name + ".gpkg"))
        options = gdal.VectorTranslateOptions(format="GPKG", dstSRS="EPSG:4326", layers=[layer] if layer else None)
        assert gdal.VectorTranslate(target, source, options=options) is not None
        paths[name] = target
    return paths


def _check(run_alg, tmp_path, buildings, plan, tag):
    result = run_alg(ALG, {"BUILDINGS": buildings, "PLAN": plan, "OUTPUT": str(tmp_path / (tag + ".gpkg")),
                           "OUTPUT_BUILDINGS": str(tmp_path / (tag + "_b.gpkg"))})
    return result


def _findings(read_layer, result):
    zones, layer = read_layer(result["OUTPUT"], "plan_compliance")
    buildings = read_layer(result["OUTPUT_BUILDINGS"], "plan_compliance_buildings")[0]
    statuses = {z: tuple(row["{}_status".format(m)] for m in MEASURES) + (row["status"], row["exceeded"]) for z, row in zones.items()}
    breaks = {b: row["breaks"] for b, row in buildings.items()}
    return statuses, breaks, zones, layer


def test_buildings_in_4326_give_exactly_the_findings_of_25832(run_alg, tmp_path, quarter, musterquartier, read_layer):
    plan = quarter["plan"] + "|layername=bp_baugebietsteilflaeche"
    projected = _check(run_alg, tmp_path, quarter["city"] + "|layername=buildings", plan, "p")
    geographic = _check(run_alg, tmp_path, quarter["buildings_4326"], plan, "g")
    statuses_p, breaks_p, zones_p, layer_p = _findings(read_layer, projected)
    statuses_g, breaks_g, zones_g, layer_g = _findings(read_layer, geographic)
    assert statuses_g == statuses_p and breaks_g == breaks_p
    for zone_id, row in zones_p.items():
        for measure in MEASURES:
            key = "{}_actual".format(measure)
            if row[key] is None:
                assert zones_g[zone_id][key] is None
            else:
                assert zones_g[zone_id][key] == pytest.approx(row[key], rel=1e-6, abs=1e-9), (zone_id, key)
        assert zones_g[zone_id]["n_buildings"] == row["n_buildings"] > 0 or row["n_buildings"] == 0
    assert layer_g.crs().authid() == layer_p.crs().authid() == "EPSG:25832"  # the plan's CRS, never degrees
    # and they are the findings the generator documents (computed independently from its own geometry)
    exceeding_zones = {e["zone"] for e in musterquartier["exceeding"] if e["rule"] in ("GRZ", "GRZ II", "GFZ")}
    assert {z for z, s in statuses_g.items() if "exceeds" in s[:3]} == exceeding_zones
    assert sum(1 for b in breaks_g.values() if b) == len({e["building"] for e in musterquartier["exceeding"] if e["building"]})
    assert geographic["N_EXCEEDS"] == projected["N_EXCEEDS"] and geographic["N_COMPLIES"] == projected["N_COMPLIES"]


def test_all_inputs_geographic_compute_in_the_utm_zone(run_alg, tmp_path, quarter, read_layer):
    projected = _check(run_alg, tmp_path, quarter["city"] + "|layername=buildings",
                       quarter["plan"] + "|layername=bp_baugebietsteilflaeche", "p")
    geographic = _check(run_alg, tmp_path, quarter["buildings_4326"], quarter["plan_4326"], "gg")
    statuses_p, breaks_p, zones_p, _ = _findings(read_layer, projected)
    statuses_g, breaks_g, zones_g, layer_g = _findings(read_layer, geographic)
    assert layer_g.crs().authid() == "EPSG:25832"  # ETRS89 / UTM 32N: the zone of the Musterquartier
    assert statuses_g == statuses_p and breaks_g == breaks_p
    for zone_id, row in zones_p.items():
        assert zones_g[zone_id]["area"] == pytest.approx(row["area"], rel=1e-6)


def test_utm_zone_choice():
    from urban_twin.core.analysis.working_crs import utm_crs_for

    assert utm_crs_for(7.1, 51.4).authid() == "EPSG:25832"  # Ruhr: ETRS89 / UTM 32N
    assert utm_crs_for(13.4, 52.5).authid() == "EPSG:25833"  # Berlin
    assert utm_crs_for(-74.0, 40.7).authid() == "EPSG:32618"  # New York: WGS 84 / UTM 18N
    assert utm_crs_for(151.2, -33.9).authid() == "EPSG:32756"  # Sydney: southern hemisphere
    assert QgsCoordinateReferenceSystem(utm_crs_for(7.1, 51.4).authid()).mapUnits() == QgsCoordinateReferenceSystem("EPSG:25832").mapUnits()


def test_empty_buildings_layer_is_not_determinable_not_complies(run_alg, tmp_path, quarter, read_layer):
    empty = QgsVectorLayer(quarter["city"] + "|layername=buildings|subset=fid < 0", "empty", "ogr")
    assert empty.isValid() and empty.featureCount() == 0
    result = run_alg(ALG, {"BUILDINGS": empty, "PLAN": quarter["plan"] + "|layername=bp_baugebietsteilflaeche",
                           "OUTPUT": str(tmp_path / "empty.gpkg")})
    zones, _ = read_layer(result["OUTPUT"], "plan_compliance")
    assert zones and result["N_COMPLIES"] == 0 and result["N_NOT_DETERMINABLE"] == len(zones)
    for row in zones.values():
        assert row["status"] == "not_determinable"
        for measure in MEASURES:
            assert row["{}_status".format(measure)] == "not_determinable"
            assert row["{}_note".format(measure)] == "no buildings in the input"


def test_districtfigures_in_4326_equal_25832(run_alg, tmp_path, quarter, musterquartier, read_layer):
    alg = "urbantwin:districtfigures"
    projected = run_alg(alg, {"DISTRICTS": musterquartier["districts"], "BUILDINGS": quarter["city"] + "|layername=footprints",
                              "OUTPUT": str(tmp_path / "dp.gpkg")})
    geographic = run_alg(alg, {"DISTRICTS": quarter["districts_4326"], "BUILDINGS": quarter["buildings_4326"],
                               "OUTPUT": str(tmp_path / "dg.gpkg")})
    rows_p, layer_p = read_layer(projected["OUTPUT"], "district_figures", key="name")
    rows_g, layer_g = read_layer(geographic["OUTPUT"], "district_figures", key="name")
    assert layer_g.crs().authid() == "EPSG:25832" and sorted(rows_g) == sorted(rows_p)
    for name, row in rows_p.items():
        assert rows_g[name]["n_buildings"] == row["n_buildings"]
        assert rows_g[name]["area"] == pytest.approx(row["area"], rel=1e-6)
        assert rows_g[name]["grz_actual"] == pytest.approx(row["grz_actual"], rel=1e-3)


@pytest.mark.parametrize("alg, parameter, layer_key", [
    ("urbantwin:districtfigures", "NAME_FIELD", "DISTRICTS"),
    ("urbantwin:plancompliance", "GRZ_FIELD", "PLAN"),
    ("urbantwin:plancompliance", "PLAN_ID_FIELD", "PLAN"),
])
def test_unknown_field_parameter_fails_before_any_work(alg, parameter, layer_key, run_alg, tmp_path, quarter, musterquartier):
    params = {"BUILDINGS": quarter["city"] + "|layername=footprints", "OUTPUT": str(tmp_path / "out.gpkg"), parameter: "no_such_field"}
    if alg == "urbantwin:districtfigures":
        params["DISTRICTS"] = musterquartier["districts"]
    else:
        params["PLAN"] = quarter["plan"] + "|layername=bp_baugebietsteilflaeche"
    with pytest.raises(QgsProcessingException) as info:
        run_alg(alg, params)
    assert "no_such_field" in str(info.value) and parameter in str(info.value)
    assert not (tmp_path / "out.gpkg").exists()


def test_districtfigures_state_an_empty_buildings_input(run_alg, tmp_path, quarter, musterquartier, read_layer):
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):  # noqa: N802 - QGIS API
            self.warnings.append(text)

    empty = QgsVectorLayer(quarter["city"] + "|layername=footprints|subset=fid < 0", "empty", "ogr")
    feedback = Recorder()
    result = run_alg("urbantwin:districtfigures", {"DISTRICTS": musterquartier["districts"], "BUILDINGS": empty,
                                                  "OUTPUT": str(tmp_path / "d.gpkg")}, feedback=feedback)
    rows, _ = read_layer(result["OUTPUT"], "district_figures", key="name")
    assert result["N_BUILDINGS"] == 0 and all(row["n_buildings"] == 0 for row in rows.values())
    assert any("No buildings in the input" in w for w in feedback.warnings)


def test_unknown_name_field_fails_in_qgis_process_too(qgis_process, tmp_path, musterquartier, quarter):
    """#12 item 6 on the command line: non-zero exit, the message names the field, no output file."""
    output = tmp_path / "d.gpkg"
    done = qgis_process("run", "urbantwin:districtfigures", "--", "DISTRICTS=" + musterquartier["districts"],
                        "BUILDINGS=" + quarter["city"] + "|layername=footprints", "NAME_FIELD=no_such_field",
                        "OUTPUT=" + str(output), env={"LANG": "en_US.UTF-8"})
    assert done.returncode != 0
    assert "no_such_field" in done.stdout + done.stderr and "NAME_FIELD" in done.stdout + done.stderr
    assert not output.exists()


def test_solar_potential_of_lat_lon_surfaces_equals_the_projected_run(run_alg, tmp_path, quarter, read_layer):
    """Solar potential never computes in degrees: roof surfaces in EPSG:4326 are reprojected to the UTM zone of
    the data (here EPSG:25832) and give the results of the same surfaces in EPSG:25832."""
    from osgeo import ogr

    dataset = ogr.Open(quarter["city"])
    ids = sorted({f.GetField("building_id") for f in dataset.GetLayerByName("building_surfaces")})[:3]
    dataset = None
    where = "building_id IN ({})".format(", ".join("'{}'".format(i) for i in ids))
    projected, geographic = str(tmp_path / "s25832.gpkg"), str(tmp_path / "s4326.gpkg")
    for target, srs in ((projected, "EPSG:25832"), (geographic, "EPSG:4326")):
        options = gdal.VectorTranslateOptions(format="GPKG", dstSRS=srs, layers=["building_surfaces"], where=where)
        assert gdal.VectorTranslate(target, quarter["city"], options=options) is not None
    results = {}
    for tag, path in (("p", projected), ("g", geographic)):
        result = run_alg("urbantwin:solarpotential", {"SURFACES": path + "|layername=building_surfaces", "AZIMUTHS": 8,
                                                      "OUTPUT": str(tmp_path / "solar_{}.gpkg".format(tag))})
        results[tag] = read_layer(result["OUTPUT"], "solar_potential", key="surface_id")
    rows_p, layer_p = results["p"]
    rows_g, layer_g = results["g"]
    assert layer_g.crs().authid() == layer_p.crs().authid() == "EPSG:25832"
    assert sorted(rows_g) == sorted(rows_p) and len(rows_p) >= 3
    checked = 0
    for surface_id, row in rows_p.items():
        for name in ("area", "tilt", "azimuth", "irradiation"):
            if row.get(name) is not None:
                assert rows_g[surface_id][name] == pytest.approx(row[name], rel=1e-4, abs=1e-3), (surface_id, name)
                checked += 1
    assert checked >= 3 * len(rows_p)
    assert max(row["area"] for row in rows_g.values()) > 1.0  # m², not the ~1e-9 "m²" of degrees
