"""Hand-made LoD2-like surfaces for the solar tests (following the building_surfaces schema)."""

import os
import types

import numpy as np
import pytest


def _ring_wkt(points):
    closed = list(points) + [points[0]]
    return "(" + ", ".join("{} {} {}".format(*p) for p in closed) + ")"


def polygon_wkt(points):
    return "MultiPolygonZ ((" + _ring_wkt(points) + "))"


def wkb_of(wkt):
    from qgis.core import QgsGeometry

    geometry = QgsGeometry.fromWkt(wkt)
    assert not geometry.isNull(), wkt
    return bytes(geometry.asWkb())


def block_surfaces(building_id, x0, y0, width, depth, eaves, ridge_rise=0.0, ground=0.0):
    """A box on [x0, x0+width] × [y0, y0+depth]; a mono-pitch roof rising ``ridge_rise`` to the north
    (so it faces south) when ridge_rise > 0. Returns a list of (surface_id, surface_type, wkt)."""
    x1, y1 = x0 + width, y0 + depth
    zs, zn = ground + eaves, ground + eaves + ridge_rise
    roof = [(x0, y0, zs), (x1, y0, zs), (x1, y1, zn), (x0, y1, zn)]
    surfaces = [
        ("{}_roof".format(building_id), "RoofSurface", polygon_wkt(roof)),
        ("{}_ground".format(building_id), "GroundSurface", polygon_wkt([(x0, y0, ground), (x0, y1, ground), (x1, y1, ground), (x1, y0, ground)])),
        ("{}_wall_s".format(building_id), "WallSurface", polygon_wkt([(x0, y0, ground), (x1, y0, ground), (x1, y0, zs), (x0, y0, zs)])),
        ("{}_wall_n".format(building_id), "WallSurface", polygon_wkt([(x1, y1, ground), (x0, y1, ground), (x0, y1, zn), (x1, y1, zn)])),
        ("{}_wall_e".format(building_id), "WallSurface", polygon_wkt([(x1, y0, ground), (x1, y1, ground), (x1, y1, zn), (x1, y0, zs)])),
        ("{}_wall_w".format(building_id), "WallSurface", polygon_wkt([(x0, y1, ground), (x0, y0, ground), (x0, y0, zs), (x0, y1, zn)])),
    ]
    return surfaces


def surface_inputs(building_surfaces):
    from urban_twin.core.analysis.solar.potential import SurfaceInput

    records = []
    for building_id, surfaces in building_surfaces.items():
        for surface_id, surface_type, wkt in surfaces:
            records.append(SurfaceInput(surface_id, building_id, surface_type, wkb_of(wkt)))
    return records


def write_surfaces_gpkg(path, building_surfaces, epsg=25832, layer_name="building_surfaces"):
    """A building_surfaces layer as the city model importer writes it (schema in docs/DEVELOPING.md)."""
    from osgeo import ogr, osr

    from urban_twin.core.analysis.solar.geometry import newell_vector, polygons_from_wkb, tilt_azimuth

    driver = ogr.GetDriverByName("GPKG")
    exists = ogr.Open(path, 1)
    dataset = exists or driver.CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    layer = dataset.CreateLayer(layer_name, srs, ogr.wkbMultiPolygon25D)
    for name, kind in (("surface_id", ogr.OFTString), ("building_id", ogr.OFTString), ("part_id", ogr.OFTString),
                       ("surface_type", ogr.OFTString), ("area", ogr.OFTReal), ("tilt", ogr.OFTReal),
                       ("azimuth", ogr.OFTReal), ("z_min", ogr.OFTReal), ("z_max", ogr.OFTReal), ("source_file", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for building_id, surfaces in building_surfaces.items():
        for surface_id, surface_type, wkt in surfaces:
            feature = ogr.Feature(layer.GetLayerDefn())
            ring = polygons_from_wkb(wkb_of(wkt))[0][0]
            normal = newell_vector(ring)
            tilt, azimuth = tilt_azimuth(normal / np.linalg.norm(normal))
            feature.SetField("surface_id", surface_id)
            feature.SetField("building_id", building_id)
            feature.SetField("surface_type", surface_type)
            feature.SetField("area", float(np.linalg.norm(normal) / 2))
            feature.SetField("tilt", float(tilt))
            feature.SetField("azimuth", float(azimuth))
            feature.SetField("z_min", float(ring[:, 2].min()))
            feature.SetField("z_max", float(ring[:, 2].max()))
            feature.SetField("source_file", "handmade.gml")
            feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb_of(wkt)))
            layer.CreateFeature(feature)
    dataset = None
    return path


# pytest-qgis points QGIS_CUSTOM_CONFIG_PATH at its own settings folder; a child qgis_process would
# inherit it and miss the profile in which scripts/qgis_process.sh enabled the plugin (same
# workaround as tests/demo until the shared fixture drops the variable).
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT_PROFILE = os.path.join(ROOT, ".build", "xdg", "QGIS", "QGIS3")
CLI_ENV = {"QGIS_CUSTOM_CONFIG_PATH": SCRIPT_PROFILE, "QGIS_OPTIONS_PATH": SCRIPT_PROFILE}


@pytest.fixture(scope="session")
def solar_helpers():
    return types.SimpleNamespace(
        block_surfaces=block_surfaces,
        surface_inputs=surface_inputs,
        write_surfaces_gpkg=write_surfaces_gpkg,
        polygon_wkt=polygon_wkt,
        wkb_of=wkb_of,
        cli_env=CLI_ENV,
    )
