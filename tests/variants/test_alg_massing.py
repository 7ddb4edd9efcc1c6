"""urbantwin:massing end to end: the import's schema, heights from storeys/eaves/DEM/city, fallbacks, bad fields."""

import math
import os

import numpy as np
import pytest
from osgeo import ogr

GABLE_W, GABLE_L, ANGLE = 12.0, 24.0, 28.0


def _layer_fields(path, name):
    dataset = ogr.Open(path)
    layer = dataset.GetLayerByName(name)
    definition = layer.GetLayerDefn()
    return [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())], layer.GetGeomType()


def _rows(path, sql):
    dataset = ogr.Open(path)
    result = dataset.ExecuteSQL(sql)
    rows = [tuple(f.GetField(i) for i in range(f.GetFieldCount())) for f in result]
    dataset.ReleaseResultSet(result)
    return rows


def test_massing_writes_the_import_schema_with_status_and_lod2(run_alg, solids, layers, tmp_path, citymodel_dir):
    gable = solids.rectangle(GABLE_W, GABLE_L, ANGLE, layers.origin)
    u_shape = np.array([[0, 0], [30, 0], [30, 25], [20, 25], [20, 10], [10, 10], [10, 25], [0, 25]], dtype=float) + [403760.0, 5756800.0]
    source = layers.footprints([
        (layers.polygon_wkt(gable), dict(storeys=3, roof_type="3100", roof_pitch=40.0, function="31001_1000", name="Haus A")),
        (layers.polygon_wkt(u_shape), dict(storeys=4, roof_type="3200", roof_pitch=30.0, function="31001_1000", name="Haus U")),
    ])
    output = str(tmp_path / "geplant.gpkg")
    result = run_alg("urbantwin:massing", {"INPUT": source, "TERRAIN_HEIGHT": 61.5, "OUTPUT": output})
    assert result["BUILDINGS"] == 2 and result["FALLBACKS"] == 1
    # the same layers and fields as a real import (plus nothing missing)
    imported = str(tmp_path / "import.gpkg")
    run_alg("urbantwin:importcitymodel", {"INPUT": [os.path.join(citymodel_dir, "citygml2_sig3d_Building_and_garage_LOD2-EPSG25832.gml")], "OUTPUT": imported})
    for name in ("buildings", "building_surfaces", "footprints"):
        assert _layer_fields(output, name) == _layer_fields(imported, name)
    assert "status" in _layer_fields(output, "buildings")[0]
    assert {r[0] for r in _rows(imported, "SELECT status FROM buildings WHERE object_type IN ('Building', 'BuildingPart')")} == {"Bestand"}
    rows = {r[0]: r for r in _rows(output, "SELECT name, lod, status, roof_type, z_min, eaves_z, z_max, footprint_area, storeys_above_ground, generic_attributes FROM buildings")}
    name, lod, status, roof, z_min, eaves, z_max, area, storeys, generic = rows["Haus A"]
    assert (lod, status, roof, storeys) == (2, "geplant", "3100", 3)
    assert z_min == pytest.approx(61.5) and eaves == pytest.approx(61.5 + 9.0)
    assert z_max == pytest.approx(61.5 + 9.0 + GABLE_W / 2 * math.tan(math.radians(40.0)), abs=1e-5)
    assert area == pytest.approx(GABLE_W * GABLE_L, rel=1e-6)
    assert rows["Haus U"][3] == "1000" and "3200" in rows["Haus U"][9]  # fallback reported in the data, too
    # surfaces: gable roof = two planes of tilt 40° facing across the ridge
    surfaces = _rows(output, "SELECT s.surface_type, s.tilt, s.azimuth, s.area FROM building_surfaces s JOIN buildings b ON b.gml_id = s.building_id WHERE b.name = 'Haus A'")
    roofs = sorted((round(t, 6), round(a, 3), a2) for kind, t, a, a2 in surfaces if kind == "RoofSurface")
    assert len(roofs) == 2 and all(t == pytest.approx(40.0, abs=1e-4) for t, _a, _x in roofs)
    ridge_azimuth = (90.0 - ANGLE) % 180.0  # direction of the long side, degrees from north
    assert sorted(a for _t, a, _x in roofs) == pytest.approx(sorted([(ridge_azimuth + 90) % 360, (ridge_azimuth + 270) % 360]), abs=1e-3)
    assert sum(x for _t, _a, x in roofs) == pytest.approx(GABLE_W * GABLE_L / math.cos(math.radians(40.0)), rel=1e-6)
    assert not [f for f in os.listdir(tmp_path) if ".part" in f]


def test_eaves_and_ridge_fields_win_and_city_ground_is_used(run_alg, solids, layers, tmp_path):
    from urban_twin.core.fieldtypes import FieldType

    extra = [("traufe", FieldType.DOUBLE), ("first", FieldType.DOUBLE)]
    near = solids.rectangle(10.0, 10.0, 0.0, (layers.origin[0] + 30, layers.origin[1]))
    planned = layers.footprints([(layers.polygon_wkt(solids.rectangle(10.0, 16.0, 0.0, layers.origin)),
                                  dict(storeys=2, roof_type="3100", roof_pitch=10.0, traufe=7.5, first=12.5))], extra_fields=extra)
    first = str(tmp_path / "bestand_roh.gpkg")
    existing = layers.footprints([(layers.polygon_wkt(near), dict(storeys=2))])
    run_alg("urbantwin:massing", {"INPUT": existing, "TERRAIN_HEIGHT": 47.25, "OUTPUT": first})
    output = str(tmp_path / "geplant.gpkg")
    run_alg("urbantwin:massing", {"INPUT": planned, "EAVES_HEIGHT_FIELD": "traufe", "RIDGE_HEIGHT_FIELD": "first",
                                  "CITY": first + "|layername=buildings", "OUTPUT": output})
    z_min, eaves, z_max, storeys = _rows(output, "SELECT z_min, eaves_z, z_max, storeys_above_ground FROM buildings")[0]
    assert z_min == pytest.approx(47.25) and eaves == pytest.approx(47.25 + 7.5) and z_max == pytest.approx(47.25 + 12.5)
    assert storeys == 2


def test_field_that_does_not_exist_is_an_error_naming_it(run_alg, solids, layers, tmp_path):
    from qgis.core import QgsProcessingException

    source = layers.footprints([(layers.polygon_wkt(solids.rectangle(10.0, 16.0)), dict(storeys=2))])
    output = str(tmp_path / "x.gpkg")
    with pytest.raises(QgsProcessingException, match="geschosse"):
        run_alg("urbantwin:massing", {"INPUT": source, "STOREYS_FIELD": "geschosse", "OUTPUT": output})
    assert not os.path.exists(output)
    # default names may be absent: a layer without roof fields gives flat roofs
    bare = layers.footprints([(layers.polygon_wkt(solids.rectangle(10.0, 16.0)), dict(storeys=2))])
    run_alg("urbantwin:massing", {"INPUT": bare, "OUTPUT": output})
    assert _rows(output, "SELECT roof_type FROM buildings") == [("1000",)]


def test_base_height_from_a_dem_is_the_lowest_point_under_the_footprint(run_alg, solids, layers, tmp_path):
    from osgeo import gdal, osr

    # a DEM rising 0.1 m per metre to the east: z = 40 + 0.1 · (x − x0), 1 m cells
    x0, y0 = layers.origin[0] - 50.0, layers.origin[1] - 50.0
    columns, rows = 200, 200
    dem = str(tmp_path / "dgm.tif")
    dataset = gdal.GetDriverByName("GTiff").Create(dem, columns, rows, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((x0, 1.0, 0.0, y0 + rows, 0.0, -1.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    dataset.SetProjection(srs.ExportToWkt())
    values = 40.0 + 0.1 * (np.arange(columns) + 0.5)
    dataset.GetRasterBand(1).WriteArray(np.tile(values, (rows, 1)).astype(np.float32))
    dataset = None
    footprint = solids.rectangle(10.0, 20.0, 0.0, (layers.origin[0] + 10.0, layers.origin[1]))  # x from origin+10 to +30
    output = str(tmp_path / "am_hang.gpkg")
    run_alg("urbantwin:massing", {"INPUT": layers.footprints([(layers.polygon_wkt(footprint), dict(storeys=2))]), "DEM": dem, "OUTPUT": output})
    z_min = _rows(output, "SELECT z_min FROM buildings")[0][0]
    west_cell_centre = 40.0 + 0.1 * (60.0 + 0.5)  # the footprint's west edge lies in the DEM's column 60
    assert z_min == pytest.approx(west_cell_centre, abs=1e-4)
