"""urbantwin:heavyrain on the Musterquartier (its DGM1 has one known depression and a valley) and on bad input."""

import os

import numpy as np
import pytest
from osgeo import gdal

from urban_twin.core.demo import terrain
from urban_twin.core.demo.layout import plan_district, to_world

ALG = "urbantwin:heavyrain"


@pytest.fixture(scope="module")
def heavyrain_run(mq_city, tmp_path_factory, urbantwin_provider):
    import processing

    generated, city = mq_city
    out = tmp_path_factory.mktemp("heavyrain")
    params = {"DEM": generated["dem"], "BUILDINGS": city + "|layername=buildings", "DISTRICTS": generated["districts"],
              "OUTPUT_SINKS": str(out / "sinks.gpkg"), "OUTPUT_FLOWPATHS": str(out / "paths.gpkg"),
              "OUTPUT_BUILDINGS": str(out / "buildings.gpkg"), "OUTPUT_DEPTH": str(out / "depth.tif"),
              "OUTPUT_DISTRICTS": str(out / "districts.gpkg")}
    return generated, city, params, processing.run(ALG, params)


def test_the_generated_depression_is_found_with_its_depth_and_volume(heavyrain_run, features):
    generated, _, _, result = heavyrain_run
    district = plan_district(200, generated["seed"])
    spec = terrain.terrain_features(district)
    sinks = features(result["OUTPUT_SINKS"])
    cx, cy = to_world(*spec["depression_centre"])
    from qgis.core import QgsGeometry, QgsPointXY

    centre = QgsGeometry.fromPointXY(QgsPointXY(cx, cy))
    hit = [s for s in sinks if s["_geometry"].contains(centre)]
    assert len(hit) == 1
    sink = hit[0]
    # paraboloid 1.2 m deep on a 0.4 % slope: the spill lies on the downhill… no — uphill rim is higher; the
    # lowest rim point is downhill at r = R: depth at the centre = D − FALL·R (within the DEM's cm rounding)
    expected_depth = spec["depression_depth"] - terrain.FALL * spec["depression_radius"]
    assert sink["max_depth"] == pytest.approx(expected_depth, abs=0.03)
    # volume of a tilted paraboloid filled to its lowest rim point, computed on a fine grid independently
    step = 0.1
    r = spec["depression_radius"]
    g = np.arange(-r, r + step, step)
    x, y = np.meshgrid(g, g)
    bowl = -spec["depression_depth"] * np.clip(1 - (x**2 + y**2) / r**2, 0, None) + terrain.FALL * y
    level = terrain.FALL * -r
    expected_volume = float(np.clip(level - bowl, 0, None).sum() * step**2)
    assert sink["volume"] == pytest.approx(expected_volume, rel=0.05)
    assert sink["depth_class"] == 4 if sink["max_depth"] > 1 else 3
    assert 0.0 < sink["fill_ratio"] <= 1.0
    assert sink["catchment_area"] >= sink["area"]
    # the depth raster agrees with the sink layer
    depth = gdal.Open(result["OUTPUT_DEPTH"]).ReadAsArray()
    assert float(depth.max()) == pytest.approx(max(s["max_depth"] for s in sinks), abs=1e-3)
    assert os.path.exists(os.path.splitext(result["OUTPUT_DEPTH"])[0] + ".qml")


def test_valley_carries_a_flow_path_and_buildings_in_it_are_affected(heavyrain_run, features):
    _, _, _, result = heavyrain_run
    paths = features(result["OUTPUT_FLOWPATHS"])
    assert paths and all(p["catchment_area"] >= 1000.0 for p in paths)
    largest = max(p["catchment_area"] for p in paths)
    assert largest > 20000.0  # the valley drains most of the quarter
    buildings = features(result["OUTPUT_BUILDINGS"])
    assert buildings
    assert {b["hazard_class"] for b in buildings} <= {1, 2, 3}
    assert all(b["max_depth"] >= 0.1 or b["catchment_area"] >= 1000.0 for b in buildings)
    assert all(b["district"] for b in buildings)
    assert result["AFFECTED_BUILDINGS"] == len(buildings)
    per_district = features(result["OUTPUT_DISTRICTS"])
    for row in per_district:
        mine = [b for b in buildings if b["district"] == row["district"]]
        assert row["affected_buildings"] == len(mine)
        assert row["hazard_high"] == sum(1 for b in mine if b["hazard_class"] == 2)
    assert sum(r["sinks"] for r in per_district) <= len(features(result["OUTPUT_SINKS"]))


def test_retention_measure_lowers_the_fill_ratio(heavyrain_run, features, tmp_path, run_alg):
    from qgis.core import QgsCoordinateTransformContext, QgsFeature, QgsField, QgsVectorFileWriter, QgsVectorLayer

    from urban_twin.core.fieldtypes import FieldType

    generated, _, params, result = heavyrain_run
    sinks = features(result["OUTPUT_SINKS"])
    sink = max(sinks, key=lambda s: s["volume"])
    layer = QgsVectorLayer("Polygon?crs=EPSG:25832", "measures", "memory")
    layer.dataProvider().addAttributes([QgsField("storage_m3", FieldType.DOUBLE)])
    layer.updateFields()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(sink["_geometry"])  # a retention space in the sink (e.g. a Retentionsmulde)
    feature.setAttributes([sink["runoff_volume"] * 0.5])
    layer.dataProvider().addFeatures([feature])
    measures = str(tmp_path / "measures.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, measures, QgsCoordinateTransformContext(), options)
    after = run_alg(ALG, dict(params, MEASURES=measures, OUTPUT_SINKS=str(tmp_path / "s.gpkg"),
                              OUTPUT_FLOWPATHS=str(tmp_path / "p.gpkg"), OUTPUT_BUILDINGS=str(tmp_path / "b.gpkg"),
                              OUTPUT_DEPTH=str(tmp_path / "d.tif")))
    same = [s for s in features(after["OUTPUT_SINKS"]) if s["_geometry"].intersects(sink["_geometry"].centroid())]
    assert same
    assert same[0]["runoff_volume"] == pytest.approx(sink["runoff_volume"] * 0.5, abs=1.0)
    expected_ratio = min(1.0, sink["runoff_volume"] * 0.5 / sink["volume"])
    assert same[0]["fill_ratio"] == pytest.approx(expected_ratio, abs=0.01)


def test_geographic_dem_is_refused_and_outputs_stay_untouched(tmp_path, run_alg):
    from qgis.core import QgsProcessingException

    path = str(tmp_path / "geo.tif")
    dataset = gdal.GetDriverByName("GTiff").Create(path, 10, 10, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((7.0, 0.001, 0, 51.0, 0, -0.001))
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset.SetProjection(srs.ExportToWkt())
    dataset = None
    sinks = tmp_path / "sinks.gpkg"
    sinks.write_bytes(b"old")
    with pytest.raises(QgsProcessingException, match="projected"):
        run_alg(ALG, {"DEM": path, "OUTPUT_SINKS": str(sinks), "OUTPUT_FLOWPATHS": str(tmp_path / "p.gpkg")})
    assert sinks.read_bytes() == b"old"


def test_results_load_styled(heavyrain_run):
    """What Processing loads (default styles off) gets its style from the post-processor: the GeoPackage's and the .qml."""
    from qgis.core import QgsRasterLayer, QgsVectorLayer

    from urban_twin.core.analysis.result_layers import DefaultStylePostProcessor

    _, _, _, result = heavyrain_run
    options = QgsRasterLayer.LayerOptions()
    options.loadDefaultStyle = False
    depth = QgsRasterLayer(result["OUTPUT_DEPTH"], "depth", "gdal", options)
    DefaultStylePostProcessor().postProcessLayer(depth, None, None)
    assert depth.renderer().type() == "singlebandpseudocolor"
    items = depth.renderer().shader().rasterShaderFunction().colorRampItemList()
    assert [round(i.value, 2) for i in items][:4] == [0.01, 0.1, 0.5, 1.0]
    vector_options = QgsVectorLayer.LayerOptions()
    vector_options.loadDefaultStyle = False
    sinks = QgsVectorLayer(result["OUTPUT_SINKS"], "sinks", "ogr", vector_options)
    DefaultStylePostProcessor().postProcessLayer(sinks, None, None)
    assert sinks.renderer().type() == "categorizedSymbol"
    assert sinks.renderer().classAttribute() == "depth_class"
    assert len(sinks.renderer().categories()) == 4


def test_area_of_interest_limits_the_analysis(mq_city, run_alg, tmp_path, features):
    generated, city = mq_city
    quarters = features(generated["districts"])
    area = quarters[0]["_geometry"]
    subset = "{}|subset=\"name\" = '{}'".format(generated["districts"], quarters[0]["name"])
    result = run_alg(ALG, {"DEM": generated["dem"], "BUILDINGS": city + "|layername=footprints", "AREA": subset,
                           "OUTPUT_SINKS": str(tmp_path / "s.gpkg"), "OUTPUT_FLOWPATHS": str(tmp_path / "p.gpkg"),
                           "OUTPUT_DEPTH": str(tmp_path / "d.tif")})
    grown = area.buffer(1.5, 2)  # cell centres inside, cell edges up to one diagonal beyond
    paths = features(result["OUTPUT_FLOWPATHS"])
    assert paths and all(grown.contains(p["_geometry"]) for p in paths)
    assert all(grown.contains(s["_geometry"]) for s in features(result["OUTPUT_SINKS"]))
    depth = gdal.Open(result["OUTPUT_DEPTH"])
    box = area.boundingBox()
    gt = depth.GetGeoTransform()
    assert gt[0] >= box.xMinimum() - 1 and gt[3] <= box.yMaximum() + 1
    assert depth.RasterXSize <= box.width() + 2 and depth.RasterYSize <= box.height() + 2


def test_measures_without_their_fields_are_refused(mq_city, run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    generated, city = mq_city
    with pytest.raises(QgsProcessingException, match="storage_m3"):
        run_alg(ALG, {"DEM": generated["dem"], "MEASURES": generated["districts"], "OUTPUT_SINKS": str(tmp_path / "s.gpkg"),
                      "OUTPUT_FLOWPATHS": str(tmp_path / "p.gpkg")})
    assert not (tmp_path / "s.gpkg").exists()
    assert sorted(os.listdir(tmp_path)) == []  # no temporary leftovers either
