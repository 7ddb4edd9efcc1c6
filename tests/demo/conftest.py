"""Independent readers for the generated Musterquartier files (plain lxml, no generator code), shared
by the demo tests as fixtures (test modules cannot import each other)."""

import os

import pytest
from lxml import etree

NS = {
    "core": "http://www.opengis.net/citygml/2.0",
    "bldg": "http://www.opengis.net/citygml/building/2.0",
    "gen": "http://www.opengis.net/citygml/generics/2.0",
    "gml": "http://www.opengis.net/gml",
    "xAL": "urn:oasis:names:tc:ciq:xsdschema:xAL:2.0",
    "xlink": "http://www.w3.org/1999/xlink",
}
XP = {"xplan": "http://www.xplanung.de/xplangml/6/0", "gml": "http://www.opengis.net/gml/3.2",
      "xlink": "http://www.w3.org/1999/xlink"}
GML_ID = "{http://www.opengis.net/gml}id"
HREF = "{http://www.w3.org/1999/xlink}href"


def _ring(pos_list):
    values = [float(v) for v in pos_list.split()]
    return [tuple(values[i:i + 3]) for i in range(0, len(values), 3)]


def _object_record(element):
    """One Building or BuildingPart: attributes + its own solid (resolved inside its own element)."""
    polygons = {}
    surface_types = {}
    for surface in element.findall("bldg:boundedBy/*", NS):
        for polygon in surface.iterfind(".//gml:Polygon", NS):
            polygons[polygon.get(GML_ID)] = _ring(polygon.findtext(".//gml:posList", namespaces=NS))
            surface_types[polygon.get(GML_ID)] = etree.QName(surface).localname
    hrefs = [m.get(HREF) for m in element.findall("bldg:lod2Solid//gml:surfaceMember", NS)]

    def text(path):
        value = element.findtext(path, namespaces=NS)
        return value

    generic = {g.get("name"): g.findtext("gen:value", namespaces=NS) for g in element.findall("gen:stringAttribute", NS)}
    return dict(
        id=element.get(GML_ID), function=text("bldg:function"), roof_type=text("bldg:roofType"),
        measured_height=float(text("bldg:measuredHeight")), storeys=int(text("bldg:storeysAboveGround")),
        hrefs=hrefs, polygons=polygons, surface_types=surface_types, generic=generic,
        street=element.findtext(".//xAL:ThoroughfareName", namespaces=NS),
        number=element.findtext(".//xAL:ThoroughfareNumber", namespaces=NS),
    )


def read_citymodel(path):
    tree = etree.parse(path)
    buildings = []
    for building in tree.getroot().iterfind("core:cityObjectMember/bldg:Building", NS):
        record = _object_record(building)
        record["parts"] = [_object_record(p) for p in building.findall("bldg:consistsOfBuildingPart/bldg:BuildingPart", NS)]
        buildings.append(record)
    return tree, buildings


def shoelace(points_2d):
    area = 0.0
    for i, (x1, y1) in enumerate(points_2d):
        x2, y2 = points_2d[(i + 1) % len(points_2d)]
        area += x1 * y2 - x2 * y1
    return area / 2.0


def ground_rings(record):
    """Ground-surface rings of a Building/BuildingPart (closing point dropped)."""
    return [ring[:-1] for pid, ring in record["polygons"].items() if record["surface_types"][pid] == "GroundSurface"]


def footprint(record):
    """2D footprint area of a building including its parts (|shoelace| of the ground rings)."""
    total = sum(abs(shoelace([(x, y) for x, y, _ in r])) for r in ground_rings(record))
    return total + sum(footprint(p) for p in record.get("parts", []))


# §19(4) BauNVO: garages, parking, carports, roofs, garden sheds (AdV codes written out here, independently
# of the plugin's function groups) count towards GRZ II only and add no floor area (§20(4), §21a(4))
ANCILLARY_CODES = {"31001_1313", "31001_2460", "31001_2461", "31001_2462", "31001_2463", "31001_2464",
                   "31001_2465", "51009_1610", "51009_1611"}


def main_footprint(record):
    """Footprint area counting towards GRZ I: the building and its parts without garages/Nebenanlagen."""
    own = 0.0 if record["function"] in ANCILLARY_CODES else sum(
        abs(shoelace([(x, y) for x, y, _ in r])) for r in ground_rings(record))
    return own + sum(main_footprint(p) for p in record.get("parts", []))


def main_floor_area(record):
    """Floor area for the GFZ: main footprints × their storeys (garages none)."""
    own = 0.0 if record["function"] in ANCILLARY_CODES else record["storeys"] * sum(
        abs(shoelace([(x, y) for x, y, _ in r])) for r in ground_rings(record))
    return own + sum(main_floor_area(p) for p in record.get("parts", []))


def xplan_rect_polygons(root, xpath):
    """gml:id → list of 2D rings (exterior first) for a feature class of the plan."""
    result = {}
    for feature in root.iterfind(xpath, XP):
        rings = []
        for pos_list in feature.iterfind("xplan:position//gml:posList", XP):
            values = [float(v) for v in pos_list.text.split()]
            rings.append([tuple(values[i:i + 2]) for i in range(0, len(values), 2)])
        result[feature.get("{http://www.opengis.net/gml/3.2}id")] = rings
    return result


class Helpers:
    NS = NS
    XP = XP
    HREF = HREF
    read_citymodel = staticmethod(read_citymodel)
    shoelace = staticmethod(shoelace)
    footprint = staticmethod(footprint)
    main_footprint = staticmethod(main_footprint)
    main_floor_area = staticmethod(main_floor_area)
    ground_rings = staticmethod(ground_rings)
    xplan_polygons = staticmethod(xplan_rect_polygons)


@pytest.fixture(scope="session")
def helpers():
    return Helpers


@pytest.fixture(scope="session")
def citymodel(musterquartier):
    """(lxml tree, list of building records) read from the written CityGML file."""
    assert os.path.exists(musterquartier["citygml"])
    return read_citymodel(musterquartier["citygml"])


@pytest.fixture(scope="session")
def plan_tree(musterquartier):
    return etree.parse(musterquartier["xplan"])
