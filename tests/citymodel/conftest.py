"""Shared helpers for the city model tests: independent counts made with lxml/json in the test."""

import json
import os
import sqlite3

import pytest


@pytest.fixture()
def gpkg_rows():
    """gpkg_rows(path, sql) → list of tuples (plain sqlite, independent of OGR/QGIS)."""

    def _rows(path, sql):
        connection = sqlite3.connect("file:{}?mode=ro".format(path), uri=True)
        try:
            return connection.execute(sql).fetchall()
        finally:
            connection.close()

    return _rows


@pytest.fixture()
def xml_counts():
    """Count elements by local name with a plain lxml parse (not our streaming reader)."""
    from lxml import etree

    def _counts(path):
        tree = etree.parse(path, etree.XMLParser(resolve_entities=False, no_network=True))
        counts = {}
        for element in tree.iter(tag=etree.Element):
            name = etree.QName(element).localname
            counts[name] = counts.get(name, 0) + 1
        return counts, tree

    return _counts


@pytest.fixture()
def load_json():
    def _load(path):
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)

    return _load


@pytest.fixture()
def sample(citymodel_dir):
    def _sample(name):
        path = os.path.join(citymodel_dir, name)
        assert os.path.exists(path), path
        return path

    return _sample


CITYGML2_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:bldg="http://www.opengis.net/citygml/building/2.0"
 xmlns:gen="http://www.opengis.net/citygml/generics/2.0" xmlns:gml="http://www.opengis.net/gml"
 xmlns:xlink="http://www.w3.org/1999/xlink">
<gml:boundedBy><gml:Envelope srsName="{srs}" srsDimension="3"><gml:lowerCorner>0 0 0</gml:lowerCorner>
<gml:upperCorner>1 1 1</gml:upperCorner></gml:Envelope></gml:boundedBy>
"""


def box_polygons(x, y, size=10.0, height=6.0, z=100.0):
    """Ground, roof and four walls of an axis-parallel box as lists of (x, y, z), closed, outward facing."""
    a, b, c, d = (x, y), (x + size, y), (x + size, y + size), (x, y + size)
    ground = [(*a, z), (*d, z), (*c, z), (*b, z), (*a, z)]
    top = z + height
    roof = [(*a, top), (*b, top), (*c, top), (*d, top), (*a, top)]
    walls = []
    for p, q in ((a, b), (b, c), (c, d), (d, a)):
        walls.append([(*p, z), (*q, z), (*q, top), (*p, top), (*p, z)])
    return {"GroundSurface": [ground], "RoofSurface": [roof], "WallSurface": walls}


def _pos_list(points):
    return " ".join("{} {} {}".format(*p) for p in points)


def building_xml(building_id, x=0.0, y=0.0, polygons=None, solid_refs=None, function="31001_1000"):
    """One cityObjectMember: thematic surfaces with polygon ids and an xlinked lod2Solid."""
    polygons = polygons or box_polygons(x, y)
    surfaces, refs = [], []
    number = 0
    for surface_type, rings in polygons.items():
        for ring in rings:
            number += 1
            polygon_id = "{}_p{}".format(building_id, number)
            refs.append(polygon_id)
            surfaces.append(
                "<bldg:boundedBy><bldg:{t}><bldg:lod2MultiSurface><gml:MultiSurface><gml:surfaceMember>"
                "<gml:Polygon gml:id=\"{pid}\"><gml:exterior><gml:LinearRing><gml:posList srsDimension=\"3\">{pos}"
                "</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface>"
                "</bldg:lod2MultiSurface></bldg:{t}></bldg:boundedBy>".format(t=surface_type, pid=polygon_id, pos=ring
                                                                               if isinstance(ring, str) else _pos_list(ring))
            )
    refs = solid_refs if solid_refs is not None else refs
    solid = "".join('<gml:surfaceMember xlink:href="#{}"/>'.format(r) for r in refs)
    return (
        "<core:cityObjectMember><bldg:Building gml:id=\"{id}\"><bldg:function>{f}</bldg:function>"
        "<gen:stringAttribute name=\"Gemeindeschluessel\"><gen:value>05370024</gen:value></gen:stringAttribute>"
        "<bldg:lod2Solid><gml:Solid><gml:exterior><gml:CompositeSurface>{solid}</gml:CompositeSurface></gml:exterior>"
        "</gml:Solid></bldg:lod2Solid>{surfaces}</bldg:Building></core:cityObjectMember>\n"
    ).format(id=building_id, f=function, solid=solid, surfaces="".join(surfaces))


@pytest.fixture()
def write_citygml(tmp_path):
    """write_citygml(name, members_xml, srs=…) → path of a small CityGML 2.0 file."""

    def _write(name, members, srs="urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH", head=None):
        path = tmp_path / name
        text = (head if head is not None else CITYGML2_HEAD.format(srs=srs)) + "".join(members) + "</core:CityModel>\n"
        path.write_text(text, encoding="utf-8")
        return str(path)

    return _write


@pytest.fixture()
def make_building():
    return building_xml


@pytest.fixture()
def make_box():
    return box_polygons
