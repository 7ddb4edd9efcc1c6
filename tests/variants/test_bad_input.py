"""Bad input: clear messages naming the file or object, nothing written, inputs untouched."""

import os

import pytest
from osgeo import ogr

X0, Y0 = 403700.0, 5756800.0


def _wkt(x0, y0, x1, y1):
    return "Polygon(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


def _plain_gpkg(path):
    """A GeoPackage that is no city model (one polygon layer 'flaechen')."""
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = dataset.CreateLayer("flaechen", srs, ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt(_wkt(0, 0, 10, 10)))
    layer.CreateFeature(feature)
    dataset = None
    return path


def test_massing_refuses_geographic_crs_and_bad_values(run_alg, layers, tmp_path):
    from qgis.core import QgsProcessingException

    geographic = layers.footprints([("Polygon((7.6 51.9, 7.601 51.9, 7.601 51.901, 7.6 51.9))", dict(storeys=2))], crs="EPSG:4326")
    output = str(tmp_path / "x.gpkg")
    with pytest.raises(QgsProcessingException, match="projected"):
        run_alg("urbantwin:massing", {"INPUT": geographic, "OUTPUT": output})
    bad = layers.footprints([(_wkt(0, 0, 10, 10), dict(storeys=None, name="Ohne Höhe")),
                             (_wkt(20, 0, 30, 10), dict(storeys=3, roof_type="3100", roof_pitch=89.0, name="Zu steil"))])
    with pytest.raises(QgsProcessingException) as error:
        run_alg("urbantwin:massing", {"INPUT": bad, "TERRAIN_HEIGHT": 0.0, "OUTPUT": output})
    assert "Ohne Höhe" in str(error.value) and "Zu steil" in str(error.value)
    assert not os.path.exists(output) and not [f for f in os.listdir(tmp_path) if ".part" in f]


def test_compose_and_compare_name_the_file_that_is_no_city_model(run_alg, layers, tmp_path):
    from qgis.core import QgsProcessingException

    plain = _plain_gpkg(str(tmp_path / "flaechen.gpkg"))
    planned = str(tmp_path / "plan.gpkg")
    run_alg("urbantwin:massing", {"INPUT": layers.footprints([(_wkt(0, 0, 10, 10), dict(storeys=2))]), "TERRAIN_HEIGHT": 0.0, "OUTPUT": planned})
    with pytest.raises(QgsProcessingException, match="flaechen.gpkg.*buildings"):
        run_alg("urbantwin:composevariant", {"CITY": plain, "PLANNED": [planned], "NAME": "X", "OUTPUT": str(tmp_path / "v.gpkg")})
    with pytest.raises(QgsProcessingException, match="flaechen.gpkg"):
        run_alg("urbantwin:comparevariants", {"BASE": [planned], "VARIANTS": [plain], "OUTPUT": str(tmp_path / "c.gpkg")})
    assert not os.path.exists(tmp_path / "v.gpkg") and not os.path.exists(tmp_path / "c.gpkg")
    with pytest.raises(QgsProcessingException, match=r"\.gml.*\.json"):
        run_alg("urbantwin:exportvariant", {"INPUT": planned, "OUTPUT": str(tmp_path / "variante.txt")})
    with pytest.raises(QgsProcessingException, match="not understood"):
        run_alg("urbantwin:comparevariants", {"BASE": [planned], "VARIANTS": [planned], "DATES": "Ostern", "OUTPUT": str(tmp_path / "c.gpkg")})
