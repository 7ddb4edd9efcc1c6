"""Heights, §17 BauNVO, CRS and bad input for urbantwin:plancompliance (numbers worked out by hand)."""

import json

import pytest
from qgis.core import QgsProcessingException

from urban_twin.core.fieldtypes import FieldType

ALG = "urbantwin:plancompliance"


def check(run_alg, folder, buildings, plan, **extra):
    folder.mkdir(exist_ok=True)
    params = {
        "BUILDINGS": buildings,
        "PLAN": plan,
        "OUTPUT": str(folder / "areas.gpkg"),
        "OUTPUT_BUILDINGS": str(folder / "b.gpkg"),
    }
    params.update(extra)
    return run_alg(ALG, params)


def gabled(shapes, make_buildings, z0=100.0, eaves=9.0, ridge=14.0):
    # one 12 × 10 m house on terrain z0: eaves z0 + 9 m, ridge z0 + 14 m
    return make_buildings(
        [{"wkt": shapes.rect(5, 5, 12, 10), "z_min": z0, "eaves_z": z0 + eaves, "z_max": z0 + ridge, "height": ridge}]
    )


def test_height_references(run_alg, tmp_path, shapes, make_buildings, make_plan, read_layer):
    buildings = gabled(shapes, make_buildings)
    plan = make_plan(
        [
            # TH 8 m above terrain → 9 m exceeds by 1; FH 112 m NHN absolute → 114 exceeds by 2
            {
                "wkt": shapes.rect(0, 0, 30, 30),
                "h_TH_max": 8.0,
                "h_TH_bezug": "GelOK",
                "h_FH_max": 112.0,
                "h_FH_bezug": "NHN2016",
                "h_FH_max_nhn": 112.0,
            },
        ]
    )
    zone = read_layer(check(run_alg, tmp_path / "a", buildings, plan)["OUTPUT"], "plan_compliance")[0]["Z1"]
    assert zone["th_actual"] == pytest.approx(9.0) and zone["th_status"] == "exceeds" and zone["th_excess"] == pytest.approx(1.0)
    assert zone["th_reference"] == "m above terrain (lowest point of the building)"
    assert (
        zone["fh_actual"] == pytest.approx(114.0) and zone["fh_status"] == "exceeds" and zone["fh_excess"] == pytest.approx(2.0)
    )
    assert zone["fh_reference"] == "m above NHN"
    assert zone["exceeded"] == "FH, TH"
    # generous limits: TH 10 m, GH relative to the plan's Bezugshöhe resolved by the import (max_nhn = 100 + 15)
    plan = make_plan(
        [
            {
                "wkt": shapes.rect(0, 0, 30, 30),
                "h_TH_max": 10.0,
                "h_TH_bezug": "GelOK",
                "h_GH_max": 15.0,
                "h_GH_bezug": "Relativ",
                "h_GH_max_nhn": 115.0,
            }
        ]
    )
    zone = read_layer(check(run_alg, tmp_path / "b", buildings, plan)["OUTPUT"], "plan_compliance")[0]["Z1"]
    assert zone["th_status"] == "complies" and zone["gh_status"] == "complies" and zone["gh_actual"] == pytest.approx(114.0)
    assert zone["status"] == "complies"


def test_heights_that_cannot_be_determined_say_why(run_alg, tmp_path, shapes, make_buildings, make_plan, read_layer):
    buildings = gabled(shapes, make_buildings)
    plan = make_plan(
        [
            # "Relativ" without a plan Bezugshöhe (no max_nhn) and a street reference: both not determinable
            {
                "wkt": shapes.rect(0, 0, 30, 30),
                "GRZ": 0.4,
                "h_GH_max": 12.0,
                "h_GH_bezug": "Relativ",
                "h_TH_max": 7.0,
                "h_TH_bezug": "Str",
            },
        ]
    )
    zone = read_layer(check(run_alg, tmp_path / "a", buildings, plan)["OUTPUT"], "plan_compliance")[0]["Z1"]
    assert zone["gh_status"] == "not_determinable" and "Bezugshöhe" in zone["gh_note"]
    assert zone["th_status"] == "not_determinable" and "Str" in zone["th_note"]
    assert zone["grz_status"] == "complies"
    assert zone["status"] == "not_determinable"  # nothing exceeds, but not every plan value could be checked
    # a building without any heights: storeys and GFZ not determinable, never a silent zero
    bare = make_buildings([{"wkt": shapes.rect(5, 5, 12, 10)}])
    plan = make_plan([{"wkt": shapes.rect(0, 0, 30, 30), "GRZ": 0.4, "GFZ": 1.0, "Z": 2}])
    zone = read_layer(check(run_alg, tmp_path / "b", bare, plan)["OUTPUT"], "plan_compliance")[0]["Z1"]
    assert zone["grz_actual"] == pytest.approx(120.0 / 900.0) and zone["grz_status"] == "complies"
    assert zone["gfz_actual"] is None and zone["gfz_status"] == "not_determinable" and "storeys" in zone["gfz_note"]
    assert zone["z_actual"] is None and zone["z_status"] == "not_determinable"


def test_dem_gives_terrain_for_relative_heights(run_alg, tmp_path, shapes, make_buildings, make_plan, read_layer):
    from osgeo import gdal, osr

    # flat DEM at 98.0 m: eaves 109 − 98 = 11 m > TH 10 m (with z_min 100 it would be 9 m and comply)
    dem_path = str(tmp_path / "dem.tif")
    dataset = gdal.GetDriverByName("GTiff").Create(dem_path, 40, 40, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((-5, 1, 0, 35, 0, -1))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).Fill(98.0)
    dataset = None
    buildings = gabled(shapes, make_buildings)
    plan = make_plan([{"wkt": shapes.rect(0, 0, 30, 30), "h_TH_max": 10.0, "h_TH_bezug": "GelOK"}])
    zone = read_layer(check(run_alg, tmp_path / "a", buildings, plan, DEM=dem_path)["OUTPUT"], "plan_compliance")[0]["Z1"]
    assert zone["th_actual"] == pytest.approx(11.0) and zone["th_status"] == "exceeds"
    assert zone["th_reference"] == "m above terrain (DEM)"
    # one terrain height for the whole area instead of a DEM: 109 − 99.5 = 9.5 m complies with TH 10 m
    zone = read_layer(check(run_alg, tmp_path / "b", buildings, plan, TERRAIN_HEIGHT=99.5)["OUTPUT"], "plan_compliance")[0]["Z1"]
    assert zone["th_actual"] == pytest.approx(9.5) and zone["th_status"] == "complies"
    assert zone["th_reference"] == "m above terrain (given terrain height)"
    assert zone["max_eaves_height"] == pytest.approx(9.5) and zone["max_total_height"] == pytest.approx(14.5)
    assert zone["max_z_nhn"] == pytest.approx(114.0)


def test_baunvo17_only_when_asked_and_marked(run_alg, tmp_path, shapes, make_buildings, make_plan, read_layer):
    # 20 × 25 = 500 m² on 1,000 m² WA without GRZ in the plan; 2 storeys → GF 1,000 → GFZ 1.0
    buildings = make_buildings([{"wkt": shapes.rect(0, 0, 20, 25), "storeys_above_ground": 2}])
    plan = make_plan([{"wkt": shapes.rect(0, 0, 40, 25), "besondereArtDerBaulNutzung": "1200", "baugebiet_token": "WA"}])
    zone = read_layer(check(run_alg, tmp_path / "a", buildings, plan)["OUTPUT"], "plan_compliance")[0]["Z1"]
    assert zone["grz_limit"] is None and zone["grz_status"] == "not_determinable" and zone["grz_note"] == "the plan sets no value"
    assert zone["grz_actual"] == pytest.approx(0.5)
    zone = read_layer(check(run_alg, tmp_path / "b", buildings, plan, USE_BAUNVO17=True)["OUTPUT"], "plan_compliance")[0]["Z1"]
    assert (
        zone["grz_limit"] == pytest.approx(0.4) and zone["grz_status"] == "exceeds" and zone["grz_excess"] == pytest.approx(0.1)
    )
    assert zone["grz_limit_source"].startswith("§17 BauNVO")
    assert zone["gfz_limit"] == pytest.approx(1.2) and zone["gfz_status"] == "complies"


def test_text_fields_with_decimal_comma(run_alg, tmp_path, shapes, make_buildings, make_polygons, read_layer):
    buildings = make_buildings([{"wkt": shapes.rect(0, 0, 10, 10), "storeys_above_ground": 1}])
    plan = make_polygons(
        [{"wkt": shapes.rect(0, 0, 20, 20), "gml_id": "T", "GRZ": "0,2"}], [("gml_id", FieldType.STRING), ("GRZ", FieldType.STRING)]
    )
    zone = read_layer(check(run_alg, tmp_path / "t", buildings, plan)["OUTPUT"], "plan_compliance")[0]["T"]
    assert (
        zone["grz_limit"] == pytest.approx(0.2) and zone["grz_actual"] == pytest.approx(0.25) and zone["grz_status"] == "exceeds"
    )


def test_generic_polygon_layer_with_chosen_fields(run_alg, tmp_path, shapes, make_buildings, make_polygons, read_layer):
    buildings = gabled(shapes, make_buildings)  # 120 m², 3 storeys (9 m / 3), 14 m high
    plan = make_polygons(
        [{"wkt": shapes.rect(0, 0, 30, 30), "name": "Feld 1", "grz_wert": 0.1, "geschosse": 3, "hoehe": 13.5}],
        [("name", FieldType.STRING), ("grz_wert", FieldType.DOUBLE), ("geschosse", FieldType.INT), ("hoehe", FieldType.DOUBLE)],
    )
    result = check(
        run_alg,
        tmp_path / "a",
        buildings,
        plan,
        PLAN_ID_FIELD="name",
        GRZ_FIELD="grz_wert",
        GFZ_FIELD=None,
        Z_FIELD="geschosse",
        HEIGHT_FIELD="hoehe",
        HEIGHT_POINT=0,
        HEIGHT_REFERENCE=0,
    )
    zone = read_layer(result["OUTPUT"], "plan_compliance")[0]["Feld 1"]
    assert zone["grz_actual"] == pytest.approx(120.0 / 900.0) and zone["grz_status"] == "exceeds"
    assert zone["z_status"] == "complies"
    assert zone["gh_actual"] == pytest.approx(14.0) and zone["gh_status"] == "exceeds" and zone["gh_excess"] == pytest.approx(0.5)
    assert zone["gfz_status"] == "not_determinable"


def test_layers_in_other_crs_are_reprojected(run_alg, tmp_path, shapes, make_buildings, make_plan, read_layer):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProcessingFeedback, QgsProject

    # buildings in UTM 32 near Bochum, the plan drawn in WGS 84: the same 40 × 25 m zone
    x0, y0 = 380000.0, 5705000.0
    buildings = make_buildings([{"wkt": shapes.rect(x0 + 10, y0 + 10, 20, 10), "storeys_above_ground": 3}])
    zone_utm = QgsGeometry.fromWkt(shapes.rect(x0, y0, 40, 25)).densifyByCount(20)
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:25832"), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
    )
    zone_utm.transform(transform)
    plan = make_plan([{"wkt": zone_utm.asWkt(12), "GRZ": 0.4}], crs="EPSG:4326")

    class Recorder(QgsProcessingFeedback):
        warnings = []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)

    feedback = Recorder()
    (tmp_path / "a").mkdir()
    result = run_alg(ALG, {"BUILDINGS": buildings, "PLAN": plan, "OUTPUT": str(tmp_path / "a" / "o.gpkg")}, feedback=feedback)
    areas, layer = read_layer(result["OUTPUT"], "plan_compliance")
    assert layer.crs().authid() == "EPSG:25832"
    assert areas["Z1"]["area"] == pytest.approx(1000.0, rel=1e-4)
    assert areas["Z1"]["grz_actual"] == pytest.approx(0.2, rel=1e-4)
    assert any("EPSG:4326" in w and "reprojected" in w for w in feedback.warnings)


def test_bad_input_is_reported_not_crashed(run_alg, tmp_path, shapes, make_buildings, make_plan, read_layer):
    # a self-intersecting (bow-tie) zone is repaired; a building without geometry is left out with a warning
    bowtie = "POLYGON((0 0, 40 25, 40 0, 0 25, 0 0))"  # two triangles of 250 m² each
    buildings = make_buildings([{"wkt": shapes.rect(30, 10, 4, 5), "storeys_above_ground": 1}, {"gml_id": "EMPTY"}])
    plan = make_plan([{"wkt": bowtie, "GRZ": 0.4}])
    zone = read_layer(check(run_alg, tmp_path / "a", buildings, plan)["OUTPUT"], "plan_compliance")[0]["Z1"]
    assert zone["area"] == pytest.approx(500.0)
    assert zone["built_area"] == pytest.approx(20.0) and zone["n_buildings"] == 1
    # a building outside every plan area is reported as such, not silently dropped
    outside = make_buildings([{"wkt": shapes.rect(100, 100, 5, 5), "storeys_above_ground": 1}])
    result = check(run_alg, tmp_path / "o", outside, plan)
    building = read_layer(result["OUTPUT_BUILDINGS"], "plan_compliance_buildings")[0]["B1"]
    assert building["status"] == "not_determinable" and building["undetermined"] == "outside the plan areas"
    # a self-intersecting (bow-tie) footprint is repaired into its two 25 m² triangles
    bowtie_building = make_buildings([{"wkt": "POLYGON((30 5, 40 15, 40 5, 30 15, 30 5))", "storeys_above_ground": 1}])
    square_plan = make_plan([{"wkt": shapes.rect(0, 0, 50, 50), "GRZ": 0.4}])
    zone = read_layer(check(run_alg, tmp_path / "bt", bowtie_building, square_plan)["OUTPUT"], "plan_compliance")[0]["Z1"]
    assert zone["built_area"] == pytest.approx(50.0)
    # no buildings at all in the input: nothing can be said (issue #12), not "complies", and not an error
    empty = make_buildings([])
    zone = read_layer(
        check(run_alg, tmp_path / "b", empty, make_plan([{"wkt": shapes.rect(0, 0, 10, 10), "GRZ": 0.4}]))["OUTPUT"],
        "plan_compliance",
    )[0]["Z1"]
    assert zone["grz_actual"] is None and zone["grz_status"] == "not_determinable" and zone["n_buildings"] == 0
    assert zone["grz_note"] == "no buildings in the input"
    # a shapefile cannot hold style, aliases and provenance nor be replaced atomically: clear message
    with pytest.raises(QgsProcessingException, match="GeoPackage"):
        run_alg(ALG, {"BUILDINGS": buildings, "PLAN": plan, "OUTPUT": str(tmp_path / "out.shp")})
    assert not (tmp_path / "out.shp").exists()
    # an empty plan is a clear error
    with pytest.raises(QgsProcessingException, match="no usable plan areas"):
        check(run_alg, tmp_path / "c", buildings, make_plan([]))


def test_provenance_in_metadata(run_alg, tmp_path, shapes, make_buildings, make_plan):
    from qgis.core import QgsVectorLayer

    from urban_twin.core.provenance import read_from_metadata

    buildings = make_buildings([{"wkt": shapes.rect(0, 0, 10, 10), "storeys_above_ground": 1}])
    plan = make_plan([{"wkt": shapes.rect(0, 0, 20, 20), "GRZ": 0.4}])
    result = check(run_alg, tmp_path / "a", buildings, plan, STOREY_HEIGHT=3.5)
    layer = QgsVectorLayer(result["OUTPUT"] + "|layername=plan_compliance", "x", "ogr")
    provenance = read_from_metadata(layer.metadata())
    assert provenance["algorithm"] == ALG
    assert provenance["parameters"]["STOREY_HEIGHT"] == 3.5
    assert provenance["basis"] == "plan_area"
    assert json.dumps(provenance)  # serialisable for the catalogue


def test_cancel_leaves_no_output(run_alg, tmp_path, shapes, make_buildings, make_plan):
    from qgis.core import QgsProcessingFeedback

    buildings = make_buildings([{"wkt": shapes.rect(0, 0, 10, 10), "storeys_above_ground": 1}])
    plan = make_plan([{"wkt": shapes.rect(0, 0, 20, 20), "GRZ": 0.4}])
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    target = tmp_path / "never.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg(ALG, {"BUILDINGS": buildings, "PLAN": plan, "OUTPUT": str(target)}, feedback=feedback)
    assert not target.exists() and not list(tmp_path.glob(".never*"))


def test_gui_load_gets_the_stored_traffic_light_style(run_alg, tmp_path, shapes, make_buildings, make_plan):
    """Processing loads results without their default style; our post-processor loads it from the GeoPackage."""
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsCoordinateTransformContext,
        QgsProcessingContext,
        QgsProject,
        QgsVectorLayer,
    )

    buildings = make_buildings([{"wkt": shapes.rect(0, 0, 10, 10), "storeys_above_ground": 1}])
    plan = make_plan([{"wkt": shapes.rect(0, 0, 20, 20), "GRZ": 0.4}])
    target = str(tmp_path / "loaded.gpkg")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.addLayerToLoadOnCompletion(target, QgsProcessingContext.LayerDetails("check", QgsProject.instance(), "OUTPUT"))
    run_alg(ALG, {"BUILDINGS": buildings, "PLAN": plan, "OUTPUT": target}, context=context)
    processor = context.layerToLoadOnCompletionDetails(target).postProcessor()
    assert processor is not None
    options = QgsVectorLayer.LayerOptions(QgsCoordinateTransformContext())
    options.loadDefaultStyle = False  # as Processing loads results
    layer = QgsVectorLayer(target + "|layername=plan_compliance", "check", "ogr", options)
    assert not isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)
    processor.postProcessLayer(layer, context, None)
    assert isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)
    assert layer.renderer().classAttribute() == "status"


def test_only_geographic_layers_are_computed_in_the_utm_zone(run_alg, tmp_path, make_buildings, make_plan, read_layer):
    """Issue #11 item 11: lat/lon inputs are never measured in degrees; the UTM zone of the data is used."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsDistanceArea, QgsGeometry, QgsProject

    square = "POLYGON((7.0 51.0, 7.001 51.0, 7.001 51.001, 7.0 51.001, 7.0 51.0))"
    buildings = make_buildings([{"wkt": square, "storeys_above_ground": 1}], crs="EPSG:4326")
    plan = make_plan([{"wkt": square, "GRZ": 0.4}], crs="EPSG:4326")
    zones, layer = read_layer(check(run_alg, tmp_path / "g", buildings, plan)["OUTPUT"], "plan_compliance")
    zone = zones["Z1"]
    ellipsoid = QgsDistanceArea()
    ellipsoid.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    ellipsoid.setEllipsoid("GRS80")
    expected = ellipsoid.measureArea(QgsGeometry.fromWkt(square))  # ≈ 7,800 m², independent of any projection
    assert layer.crs().authid() == "EPSG:25832"
    assert zone["area"] == pytest.approx(expected, rel=2e-3)  # UTM scale error at 7°E is below 0.1 %
    assert zone["grz_actual"] == pytest.approx(1.0, abs=1e-6) and zone["grz_status"] == "exceeds"
