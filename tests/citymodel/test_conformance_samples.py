"""Issue #11 on the real samples: our areas against an independent computation (lxml/json + Newell in the test),
and the real CityGML 3.0 sample reprojected to EPSG:4326 (lat/lon, with pyproj) gives the same figures."""

import json
import os

import numpy as np
import pytest
from lxml import etree

from urban_twin.core.citymodel.importer import import_citymodel

GML_NAMESPACES = ("http://www.opengis.net/gml", "http://www.opengis.net/gml/3.2")
SURFACE_TYPES = ("RoofSurface", "WallSurface", "GroundSurface")


def _area(points):
    relative = points - points[0]
    return float(np.linalg.norm(np.cross(relative[:-1], relative[1:]).sum(axis=0))) / 2.0


def _polygon_area(polygon):
    rings = []
    for pos_list in polygon.iter("{*}posList"):
        rings.append((pos_list.getparent().getparent(), np.array(pos_list.text.split(), dtype=float).reshape(-1, 3)))
    return sum(_area(points) * (-1 if etree.QName(boundary).localname == "interior" else 1) for boundary, points in rings)


def _independent_citygml_areas(path):
    """{(top-level building id, surface type): area} from a whole-DOM parse, xlinks resolved file-wide."""
    tree = etree.parse(path, etree.XMLParser(resolve_entities=False, no_network=True))
    by_id = {}
    for element in tree.iter():
        for namespace in GML_NAMESPACES:
            identifier = element.get("{%s}id" % namespace)
            if identifier:
                by_id[identifier] = element
    totals = {}
    for member in tree.getroot().iter("{*}cityObjectMember"):
        building = next(member.iterchildren(tag=etree.Element))
        building_id = building.get("{%s}id" % GML_NAMESPACES[0]) or building.get("{%s}id" % GML_NAMESPACES[1])
        for surface in building.iter(*("{*}" + name for name in SURFACE_TYPES)):
            kind = etree.QName(surface).localname
            area = 0.0
            for lod_property in surface.iterchildren():
                if not etree.QName(lod_property).localname.startswith("lod2"):
                    continue
                for polygon in lod_property.iter("{*}Polygon", "{*}Triangle"):
                    area += _polygon_area(polygon)
                for link in lod_property.iter():
                    href = link.get("{http://www.w3.org/1999/xlink}href")
                    if href and len(link) == 0:
                        area += _polygon_area(by_id[href.lstrip("#")])
            # a surface whose holes are larger than its outline (rings swapped by the writer) has no area
            totals[(building_id, kind)] = totals.get((building_id, kind), 0.0) + max(area, 0.0)
    return totals


def _stored(gpkg_rows, output):
    return {(b, t): a for b, t, a in gpkg_rows(
        output, "SELECT building_id, surface_type, SUM(area) FROM building_surfaces GROUP BY 1, 2")
        if t in SURFACE_TYPES}


@pytest.mark.parametrize("name", [
    "citygml3_sig3d_Building_and_garage_LOD2-EPSG25832.gml",
    "citygml3_Building_LOD2_with_several_attributes_DEBY.gml",
    "citygml2_sig3d_Building_and_garage_LOD2-EPSG25832.gml",
    "de_sn_LoD2_33_416_5656_2_SN_14bldg.gml",
])
def test_real_citygml_areas_match_an_independent_computation(name, sample, gpkg_rows, tmp_path):
    path = sample(name)
    output = str(tmp_path / "out.gpkg")
    report = import_citymodel([path], output)
    assert report.skipped_count == 0 and report.closed_rings == 0
    expected = _independent_citygml_areas(path)
    stored = _stored(gpkg_rows, output)
    assert set(stored) == set(expected)
    for key, area in expected.items():
        assert stored[key] == pytest.approx(area, rel=1e-9, abs=1e-6), key
    assert all(key == "2" for key in report.lod_counts)


def test_real_citygml3_reprojected_to_wgs84_gives_the_same_figures(sample, gpkg_rows, tmp_path):
    os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
    import pyproj

    transformer = pyproj.Transformer.from_crs(25832, 4326, always_xy=True)
    source = sample("citygml3_sig3d_Building_and_garage_LOD2-EPSG25832.gml")
    tree = etree.parse(source, etree.XMLParser(resolve_entities=False, no_network=True))
    for pos_list in tree.getroot().iter("{*}posList"):
        points = np.array(pos_list.text.split(), dtype=float).reshape(-1, 3)
        lon, lat = transformer.transform(points[:, 0], points[:, 1])
        pos_list.text = " ".join("{!r} {!r} {!r}".format(a, b, c) for a, b, c in zip(lat, lon, points[:, 2]))
    text = etree.tostring(tree, encoding="unicode").replace("urn:ogc:def:crs,crs:EPSG::25832,crs:EPSG::5783",
                                                            "urn:ogc:def:crs:EPSG::4326")
    reprojected = tmp_path / "sig3d_wgs84.gml"
    reprojected.write_text(text, encoding="utf-8")
    reference, measured = str(tmp_path / "utm.gpkg"), str(tmp_path / "wgs84.gpkg")
    import_citymodel([source], reference)
    report = import_citymodel([str(reprojected)], measured)
    assert report.crs_authid == "EPSG:4326" and report.metric_crs == "EPSG:32632"
    query = "SELECT surface_id, building_id, COALESCE(part_id, ''), surface_type, z_min, area, tilt, azimuth FROM building_surfaces"
    expected = {row[0]: row[1:] for row in gpkg_rows(reference, query)}
    got = {row[0]: row[1:] for row in gpkg_rows(measured, query)}
    assert len(expected) == 13 and set(got) == set(expected)  # 2 ground, 3 roof, 8 wall surfaces
    for key, row_expected in expected.items():
        row_got = got[key]
        assert row_got[:4] == row_expected[:4]
        assert row_got[4] == pytest.approx(row_expected[4], abs=1e-3)
        assert row_got[5] == pytest.approx(row_expected[5], abs=0.01)
        assert (row_got[6] is None) == (row_expected[6] is None)
        if row_expected[6] is not None:
            assert abs((row_got[6] - row_expected[6] + 180) % 360 - 180) < 0.01
    footprints = "SELECT gml_id, footprint_area, height FROM buildings ORDER BY 1"
    for row_expected, row_got in zip(gpkg_rows(reference, footprints), gpkg_rows(measured, footprints)):
        assert row_got[0] == row_expected[0]
        assert row_got[1:] == pytest.approx(row_expected[1:], abs=1e-3)


def test_real_cityjson_roof_areas_match_an_independent_computation(sample, gpkg_rows, tmp_path):
    path = sample("cityjson_3dbag_b2.city.json")
    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    vertices = np.array(document["vertices"], dtype=float) * document["transform"]["scale"] + document["transform"]["translate"]
    expected = {}
    for identifier, city_object in document["CityObjects"].items():
        for geometry in city_object.get("geometry", []):
            surfaces = geometry["semantics"]["surfaces"]
            for shell, values in zip(geometry["boundaries"], geometry["semantics"]["values"]):
                for polygon, value in zip(shell, values):
                    kind = surfaces[value]["type"]
                    rings = [vertices[ring + ring[:1]] for ring in polygon]
                    area = _area(rings[0]) - sum(_area(ring) for ring in rings[1:])
                    expected[(identifier, kind)] = expected.get((identifier, kind), 0.0) + area
    output = str(tmp_path / "bag.gpkg")
    import_citymodel([path], output)
    stored = {(o, t): a for o, t, a in gpkg_rows(
        output, "SELECT COALESCE(part_id, building_id), surface_type, SUM(area) FROM building_surfaces GROUP BY 1, 2")}
    assert set(stored) == set(expected)
    for key, area in expected.items():
        assert stored[key] == pytest.approx(area, rel=1e-9), key
