"""Issue #11.2: data in a geographic CRS — every metric figure in metres, positions unchanged.

The reference is the same house written in EPSG:25832; the geographic files are made from it with pyproj
(independent of the OSR transformation the importer uses).
"""

import math
import os

import pytest
from osgeo import ogr

from urban_twin.core.citymodel.importer import import_citymodel
from urban_twin.tests.citymodel.conformance_files import (
    GROUND_AREA,
    ROOF_AREA,
    ROOF_TILT,
    WALL_AREA,
    cityjson_house,
    house_member,
    write_citygml,
    write_cityjson,
)

X0, Y0 = 360000.0, 5650000.0


@pytest.fixture(scope="module")
def pyproj_transformer():
    os.environ.setdefault("PROJ_DATA", "/usr/share/proj")  # the Debian package's PROJ data (GDAL/QGIS use the same)
    import pyproj

    def _make(source, target):
        return pyproj.Transformer.from_crs(source, target, always_xy=True)

    return _make


def _figures(gpkg_rows, output):
    surfaces = {row[0]: row[1:] for row in gpkg_rows(
        output, "SELECT surface_id, area, tilt, azimuth, z_min, z_max FROM building_surfaces")}
    buildings = {row[0]: row[1:] for row in gpkg_rows(
        output, "SELECT gml_id, footprint_area, z_min, z_max, height, eaves_z FROM buildings")}
    return surfaces, buildings


def _assert_same(reference, measured):
    ref_surfaces, ref_buildings = reference
    surfaces, buildings = measured
    assert set(surfaces) == set(ref_surfaces) and set(buildings) == set(ref_buildings)
    for key, (area, tilt, azimuth, z_min, z_max) in ref_surfaces.items():
        got = surfaces[key]
        assert got[0] == pytest.approx(area, abs=1e-3), key  # mm² (the file in degrees has 1e-9° ≈ 0.1 mm digits)
        assert got[1] == pytest.approx(tilt, abs=0.01), key
        if azimuth is None:
            assert got[2] is None, key
        else:
            assert abs((got[2] - azimuth + 180.0) % 360.0 - 180.0) < 0.01, key
        assert (got[3], got[4]) == (pytest.approx(z_min, abs=1e-6), pytest.approx(z_max, abs=1e-6))
    for key, values in ref_buildings.items():
        assert buildings[key][0] == pytest.approx(values[0], abs=1e-3)
        assert buildings[key][1:] == pytest.approx(values[1:], abs=1e-6)


def _srs_id(gpkg_rows, output, layer="buildings"):
    return gpkg_rows(output, "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = '{}'".format(layer))[0][0]


def _first_vertex(output, layer="buildings"):
    dataset = ogr.Open(output)
    feature = dataset.GetLayerByName(layer).GetNextFeature()
    geometry = feature.GetGeometryRef()
    point = geometry.GetGeometryRef(0).GetGeometryRef(0).GetPoint(0)
    return point


@pytest.fixture()
def reference(gpkg_rows, tmp_path):
    members = [house_member("HOUSE", "2.0", (2,), X0, Y0), house_member("HOUSE_B", "2.0", (2,), X0 + 40.0, Y0 + 25.0)]
    path = write_citygml(tmp_path / "utm.gml", members, "2.0")
    output = str(tmp_path / "utm.gpkg")
    report = import_citymodel([path], output)
    assert report.metric_crs is None
    figures = _figures(gpkg_rows, output)
    # the reference itself agrees with the closed formulas
    assert figures[0]["HOUSE_roof_s_lod2_s"][:3] == pytest.approx((ROOF_AREA, ROOF_TILT, 180.0), abs=1e-6)
    assert figures[0]["HOUSE_wall_e_lod2_s"][:3] == pytest.approx((WALL_AREA, 90.0, 90.0), abs=1e-6)
    assert figures[1]["HOUSE"][0] == pytest.approx(GROUND_AREA, abs=1e-6)
    return figures


@pytest.mark.parametrize("srs, epsg, metric", [
    ("urn:ogc:def:crs:EPSG::4326", 4326, "EPSG:32632"),  # GML URN: latitude first
    ("http://www.opengis.net/def/crs/EPSG/0/4979", 4979, "EPSG:32632"),
    ("urn:ogc:def:crs:EPSG::4937", 4937, "EPSG:25832"),  # ETRS89: measured in ETRS89 / UTM
    ("urn:adv:crs:ETRS89_LAT-LON*DE_DHHN2016_NH", 4258, "EPSG:25832"),
])
@pytest.mark.parametrize("version", ["2.0", "3.0"])
def test_geographic_citygml_gives_the_figures_of_the_projected_file(srs, epsg, metric, version, reference,
                                                                     pyproj_transformer, gpkg_rows, tmp_path):
    to_geographic = pyproj_transformer(25832, epsg)

    def lat_lon(point):
        lon, lat = to_geographic.transform(point[0], point[1])
        return (lat, lon, point[2])

    members = [house_member("HOUSE", version, (2,), X0, Y0, transform=lat_lon),
               house_member("HOUSE_B", version, (2,), X0 + 40.0, Y0 + 25.0, transform=lat_lon)]
    path = write_citygml(tmp_path / "geo.gml", members, version, srs=srs)
    output = str(tmp_path / "geo.gpkg")
    report = import_citymodel([path], output)
    assert report.crs_authid == "EPSG:{}".format(epsg)
    assert report.metric_crs == metric
    assert any(metric in note and "geographic" in note for note in report.notes)
    _assert_same(reference, _figures(gpkg_rows, output))
    # positions stay where they were: layer CRS geographic, lon/lat order
    assert _srs_id(gpkg_rows, output) == int(report.crs_authid.split(":")[1])
    lon, lat = to_geographic.transform(X0, Y0)
    vertex = _first_vertex(output)
    assert min(abs(vertex[0] - lon), abs(vertex[0] - to_geographic.transform(X0 + 10, Y0)[0])) < 1e-6
    assert abs(vertex[1] - lat) < 1e-3
    # footprints (measured in UTM, written back in lon/lat): their extent is that of the corners in degrees
    corners = [to_geographic.transform(x0 + dx, y0 + dy) for x0, y0 in ((X0, Y0), (X0 + 40.0, Y0 + 25.0))
               for dx, dy in ((0, 0), (10, 0), (10, 8), (0, 8))]
    dataset = ogr.Open(output)
    extent = dataset.GetLayerByName("footprints").GetExtent()
    assert extent == pytest.approx((min(c[0] for c in corners), max(c[0] for c in corners),
                                    min(c[1] for c in corners), max(c[1] for c in corners)), abs=1e-8)


def test_target_crs_reprojects_the_whole_import(reference, pyproj_transformer, gpkg_rows, tmp_path):
    to_geographic = pyproj_transformer(25832, 4326)

    def lat_lon(point):
        lon, lat = to_geographic.transform(point[0], point[1])
        return (lat, lon, point[2])

    path = write_citygml(tmp_path / "geo.gml", [
        house_member("HOUSE", "2.0", (2,), X0, Y0, transform=lat_lon),
        house_member("HOUSE_B", "2.0", (2,), X0 + 40.0, Y0 + 25.0, transform=lat_lon)], "2.0",
        srs="urn:ogc:def:crs:EPSG::4326")
    output = str(tmp_path / "target.gpkg")
    report = import_citymodel([path], output, target_crs="EPSG:25832")
    assert report.crs_authid == "EPSG:25832" and report.metric_crs is None
    assert {_srs_id(gpkg_rows, output, layer) for layer in ("buildings", "building_surfaces", "footprints")} == {25832}
    _assert_same(reference, _figures(gpkg_rows, output))
    dataset = ogr.Open(output)
    envelope = [dataset.GetLayerByName("footprints").GetExtent()]
    assert envelope[0] == pytest.approx((X0, X0 + 50.0, Y0, Y0 + 33.0), abs=1e-3)  # back on the UTM grid, mm


def test_japanese_plateau_style_6697_is_measured_in_jgd2011_utm(pyproj_transformer, gpkg_rows, tmp_path):
    """PLATEAU files: EPSG:6697 (JGD2011 lat/lon + height) — figures in JGD2011 / UTM 54N (EPSG:6691)."""
    to_geographic = pyproj_transformer(6691, 6668)

    def lat_lon(point):
        lon, lat = to_geographic.transform(point[0], point[1])
        return (lat, lon, point[2])

    path = write_citygml(tmp_path / "plateau.gml", [house_member("JP_1", "2.0", (2,), 388000.0, 3950000.0, 3.0, lat_lon)],
                         "2.0", srs="http://www.opengis.net/def/crs/EPSG/0/6697")
    output = str(tmp_path / "plateau.gpkg")
    report = import_citymodel([path], output)
    assert report.crs_authid == "EPSG:6668" and report.vertical_crs == "EPSG:6695" and report.metric_crs == "EPSG:6691"
    surfaces, buildings = _figures(gpkg_rows, output)
    assert surfaces["JP_1_roof_n_lod2_s"][:3] == pytest.approx((ROOF_AREA, ROOF_TILT, 0.0), abs=1e-3)
    assert surfaces["JP_1_roof_s_lod2_s"][:3] == pytest.approx((ROOF_AREA, ROOF_TILT, 180.0), abs=1e-3)
    assert surfaces["JP_1_wall_w_lod2_s"][:3] == pytest.approx((WALL_AREA, 90.0, 270.0), abs=1e-3)
    assert buildings["JP_1"] == pytest.approx((GROUND_AREA, 3.0, 12.0, 9.0, 9.0), abs=1e-3)


def test_cityjson_in_wgs84_lon_lat(pyproj_transformer, gpkg_rows, tmp_path):
    to_geographic = pyproj_transformer(25832, 4326)

    def lon_lat(point):
        lon, lat = to_geographic.transform(point[0], point[1])
        return (lon, lat, point[2])

    vertices, geometries = cityjson_house(X0, Y0, transform=lon_lat)
    path = write_cityjson(tmp_path / "wgs84.city.json", {"H": {"type": "Building", "geometry": geometries}}, vertices,
                          reference_system="https://www.opengis.net/def/crs/EPSG/0/4326")
    output = str(tmp_path / "wgs84.gpkg")
    report = import_citymodel([path], output)
    assert report.metric_crs == "EPSG:32632"
    rows = gpkg_rows(output, "SELECT surface_type, area, tilt, azimuth FROM building_surfaces ORDER BY surface_type, azimuth")
    roofs = [row[1:] for row in rows if row[0] == "RoofSurface"]
    assert roofs == [pytest.approx((ROOF_AREA, ROOF_TILT, 0.0), abs=1e-3), pytest.approx((ROOF_AREA, ROOF_TILT, 180.0), abs=1e-3)]
    walls = sorted(row[1] for row in rows if row[0] == "WallSurface")
    assert walls == pytest.approx([WALL_AREA] * 4, abs=1e-3)
    footprint = gpkg_rows(output, "SELECT footprint_area, height FROM buildings")[0]
    assert footprint == pytest.approx((GROUND_AREA, 9.0), abs=1e-3)
    assert math.isclose(_first_vertex(output)[1], to_geographic.transform(X0, Y0)[1], abs_tol=1e-4)
