"""urbantwin:solarpotential on hand-made GeoPackages: values, aliases, style, provenance, bad input, CLI."""

import json
import math

import numpy as np
import pytest
from qgis.core import QgsExpression, QgsExpressionContext, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QLocale

from urban_twin.core.analysis.solar import climate
from urban_twin.core.provenance import read_from_metadata


@pytest.fixture()
def scene_gpkg(tmp_path, solar_helpers):
    rise = 8.0 * math.tan(math.radians(35.0))
    buildings = {
        "DEBW_A": solar_helpers.block_surfaces("DEBW_A", 0, 0, 10, 8, 6, ridge_rise=rise),  # south 35°
        "DEBW_B": solar_helpers.block_surfaces("DEBW_B", 200, 0, 12, 12, 9),  # flat
        "DEBW_TALL": solar_helpers.block_surfaces("DEBW_TALL", -50, -40, 110, 10, 40),  # shades A
    }
    return solar_helpers.write_surfaces_gpkg(str(tmp_path / "city.gpkg"), buildings)


def _features(path, layer):
    vector = QgsVectorLayer("{}|layername={}".format(path, layer), layer, "ogr")
    assert vector.isValid()
    return vector, {f["surface_id"] if "surface_id" in f.fields().names() else f["building_id"]: f for f in vector.getFeatures()}


def test_solarpotential_algorithm_writes_styled_layers(run_alg, scene_gpkg, tmp_path):
    out = str(tmp_path / "solar.gpkg")
    out_buildings = str(tmp_path / "solar_buildings.gpkg")
    result = run_alg(
        "urbantwin:solarpotential",
        {"SURFACES": scene_gpkg + "|layername=building_surfaces", "OUTPUT": out, "OUTPUT_BUILDINGS": out_buildings},
    )
    layer, rows = _features(out, "solar_potential")
    assert set(rows) == {"DEBW_A_roof", "DEBW_B_roof", "DEBW_TALL_roof"}
    assert result["SURFACE_COUNT"] == 3
    year = climate.synthetic_year(layer_lat(layer), layer_lon(layer), 2026, 60)
    flat = rows["DEBW_B_roof"]
    assert abs(flat["irradiation"] - 1080.0) <= 0.01 * 1080.0
    south = rows["DEBW_A_roof"]
    assert abs(south["tilt"] - 35.0) < 0.1 and abs(south["azimuth"] - 180.0) < 0.1
    free = climate.unobstructed_plane_irradiation(year, 35.0, 180.0)[0]
    assert abs(south["irradiation_unshaded"] - free) <= 0.01 * free
    assert south["irradiation"] < 0.9 * south["irradiation_unshaded"]  # the tall block 40 m south
    assert abs(south["shading_loss"] - 100 * (1 - south["irradiation"] / south["irradiation_unshaded"])) < 0.2
    assert abs(south["kwp"] - 0.2 * south["usable_area"]) < 0.02
    assert abs(south["kwh_per_year"] - south["irradiation"] * south["kwp"] * 0.8) < 0.01 * south["kwh_per_year"]
    for feature in rows.values():
        for name in ("irradiation", "irradiation_unshaded", "kwp", "kwh_per_year", "sky_view", "usable_area"):
            assert feature[name] is not None and math.isfinite(feature[name])
    assert abs(result["TOTAL_KWP"] - sum(f["kwp"] for f in rows.values())) < 0.05
    # German-ready aliases, style and provenance inside the GeoPackage
    fields = layer.fields()
    assert fields.field("irradiation").alias() == "Annual irradiation with shading (kWh/m²a)" or "Einstrahlung" in fields.field("irradiation").alias()
    assert layer.renderer().type() == "graduatedSymbol"
    provenance = read_from_metadata(layer.metadata())
    assert provenance["algorithm"] == "urbantwin:solarpotential" and len(provenance["site"]) == 2
    buildings_layer, buildings = _features(out_buildings, "solar_buildings")
    assert abs(buildings["DEBW_A"]["kwp"] - south["kwp"]) < 0.02
    assert buildings_layer.renderer().type() == "categorizedSymbol"
    # every roof shows its kWp (stored label, visible from 1:2,500 inwards)
    assert layer.labelsEnabled()
    settings = layer.labeling().settings()
    assert settings.scaleVisibility and settings.minimumScale == 2500
    context = QgsExpressionContext()
    context.setFields(layer.fields())
    expression = QgsExpression(settings.fieldName)
    context.setFeature(south)
    assert expression.evaluate(context) == "{:.1f} kWp".format(south["kwp"]).replace(".", QLocale().decimalPoint())


def layer_lat(layer):
    return _site(layer)[0]


def layer_lon(layer):
    return _site(layer)[1]


def _site(layer):
    return read_from_metadata(layer.metadata())["site"]


def test_shading_buildings_layer_and_facades(run_alg, scene_gpkg, tmp_path, solar_helpers):
    # the shading layer holds only the tall block: the same loss as when the surfaces shade themselves
    shading_path = solar_helpers.write_surfaces_gpkg(
        str(tmp_path / "shade.gpkg"), {"DEBW_TALL": solar_helpers.block_surfaces("DEBW_TALL", -50, -40, 110, 10, 40)}, layer_name="buildings"
    )
    out = str(tmp_path / "solar_facades.gpkg")
    run_alg(
        "urbantwin:solarpotential",
        {"SURFACES": scene_gpkg + "|layername=building_surfaces", "BUILDINGS": shading_path + "|layername=buildings",
         "INCLUDE_FACADES": True, "OUTPUT": out},
    )
    _, rows = _features(out, "solar_potential")
    assert "DEBW_B_wall_s" in rows and rows["DEBW_B_wall_s"]["tilt"] == pytest.approx(90.0, abs=0.1)
    assert rows["DEBW_B_wall_s"]["azimuth"] == pytest.approx(180.0, abs=0.1)
    assert rows["DEBW_B_wall_n"]["suitability"] == "not_suitable" and rows["DEBW_B_wall_n"]["kwp"] == 0
    assert rows["DEBW_A_roof"]["shading_loss"] > 10.0
    # without the shading layer's block, B (flat, far away) stays unshaded
    assert rows["DEBW_B_roof"]["shading_loss"] < 1.0


def test_bad_input_messages(run_alg, tmp_path, solar_helpers):
    from osgeo import ogr, osr

    path = str(tmp_path / "flat2d.gpkg")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    layer = dataset.CreateLayer("building_surfaces", srs, ogr.wkbMultiPolygon)
    for name in ("surface_id", "building_id", "surface_type"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("surface_id", "roof_without_z")
    feature.SetField("building_id", "B1")
    feature.SetField("surface_type", "RoofSurface")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("MULTIPOLYGON (((0 0,10 0,10 10,0 10,0 0)))"))
    layer.CreateFeature(feature)
    dataset = None
    with pytest.raises(QgsProcessingException) as err:
        run_alg("urbantwin:solarpotential", {"SURFACES": path + "|layername=building_surfaces", "OUTPUT": str(tmp_path / "o.gpkg")})
    assert "roof_without_z" in str(err.value)
    with pytest.raises(QgsProcessingException) as err:
        run_alg("urbantwin:solarpotential", {"SURFACES": path + "|layername=building_surfaces", "MONTHLY_GHI": "1,2,3", "OUTPUT": str(tmp_path / "o.gpkg")})
    assert "1,2,3" in str(err.value)
    assert not (tmp_path / "o.gpkg").exists()


def test_qgis_process_cli(qgis_process, scene_gpkg, tmp_path, solar_helpers):
    out = str(tmp_path / "cli.gpkg")
    completed = qgis_process(
        "run", "urbantwin:solarpotential", "--json", "--",
        "SURFACES={}|layername=building_surfaces".format(scene_gpkg), "MONTHLY_GHI=1000", "OUTPUT={}".format(out),
        env=solar_helpers.cli_env,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    payload = json.loads(completed.stdout[completed.stdout.index("{"):])
    assert payload["results"]["SURFACE_COUNT"] == 3
    _, rows = _features(out, "solar_potential")
    assert abs(rows["DEBW_B_roof"]["irradiation"] - 1000.0) <= 10.0
    assert np.isfinite(rows["DEBW_A_roof"]["kwh_per_year"])


def test_geographic_surfaces_are_computed_in_metres(run_alg, tmp_path, solar_helpers):
    # issue #11: lat/lon input is reprojected to the UTM zone of the data, never computed in degrees
    # (the equality with a projected run is tested in tests/analysis/test_any_crs.py)
    path = solar_helpers.write_surfaces_gpkg(str(tmp_path / "wgs84.gpkg"), {"A": solar_helpers.block_surfaces("A", 11.97, 51.48, 0.0001, 0.0001, 6)}, epsg=4326)
    result = run_alg("urbantwin:solarpotential", {"SURFACES": path + "|layername=building_surfaces", "OUTPUT": str(tmp_path / "o.gpkg")})
    vector, rows = _features(result["OUTPUT"], "solar_potential")
    assert vector.crs().authid() == "EPSG:25832"  # 11.97° E: ETRS89 / UTM 32N
    assert rows and all(f["area"] > 1.0 for f in rows.values())


def test_shading_layer_in_another_crs_is_reprojected(run_alg, scene_gpkg, tmp_path, solar_helpers):
    from osgeo import ogr, osr
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject

    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:25832"), QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance())
    path = str(tmp_path / "tall_3857.gpkg")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    layer = dataset.CreateLayer("buildings", srs, ogr.wkbMultiPolygon25D)
    layer.CreateField(ogr.FieldDefn("building_id", ogr.OFTString))
    for _, _, wkt in solar_helpers.block_surfaces("DEBW_TALL", -50, -40, 110, 10, 40):
        geometry = QgsGeometry.fromWkt(wkt)
        geometry.transform(transform)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("building_id", "DEBW_TALL")
        feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(geometry.asWkb())))
        layer.CreateFeature(feature)
    dataset = None
    same, other = str(tmp_path / "same.gpkg"), str(tmp_path / "other.gpkg")
    run_alg("urbantwin:solarpotential", {"SURFACES": scene_gpkg + "|layername=building_surfaces", "OUTPUT": same})
    run_alg("urbantwin:solarpotential", {"SURFACES": scene_gpkg + "|layername=building_surfaces", "BUILDINGS": path + "|layername=buildings", "OUTPUT": other})
    _, rows_same = _features(same, "solar_potential")
    _, rows_other = _features(other, "solar_potential")
    # the block shades A the same whether it comes from the surfaces layer or reprojected from EPSG:3857
    assert abs(rows_other["DEBW_A_roof"]["irradiation"] - rows_same["DEBW_A_roof"]["irradiation"]) < 0.01 * rows_same["DEBW_A_roof"]["irradiation"]
    assert rows_other["DEBW_A_roof"]["shading_loss"] > 10.0
