"""Small CityGML 1.0/2.0/3.0 and CityJSON files with known geometry for the conformance tests (issue #11).

The house: 10 m (x) × 8 m (y), walls 6 m, gable roof 3 m high with the ridge along x. Every figure is a
closed formula: roof planes 10 × 5 = 50 m² at atan(3/4) = 36.87° facing 180° and 0°, walls 60 m² each,
ground 80 m². The LoD3 roof overhangs 0.5 m at both gables (11 × 5 = 55 m² per plane); the LoD1 box is 6 m high.
"""

import json
import math

ROOF_AREA = 50.0
ROOF_AREA_LOD3 = 55.0
WALL_AREA = 60.0
GROUND_AREA = 80.0
ROOF_TILT = math.degrees(math.atan2(3.0, 4.0))
SHELL_AREA_LOD2 = 2 * ROOF_AREA + 4 * WALL_AREA + GROUND_AREA

NAMESPACES = {
    "1.0": ('xmlns:core="http://www.opengis.net/citygml/1.0" xmlns:bldg="http://www.opengis.net/citygml/building/1.0" '
            'xmlns:gml="http://www.opengis.net/gml"', "bldg", "bldg:boundedBy"),
    "2.0": ('xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:bldg="http://www.opengis.net/citygml/building/2.0" '
            'xmlns:gml="http://www.opengis.net/gml"', "bldg", "bldg:boundedBy"),
    "3.0": ('xmlns:core="http://www.opengis.net/citygml/3.0" xmlns:bldg="http://www.opengis.net/citygml/building/3.0" '
            'xmlns:con="http://www.opengis.net/citygml/construction/3.0" xmlns:gml="http://www.opengis.net/gml/3.2"',
            "core", "core:boundary"),
}


def house_rings(x0=0.0, y0=0.0, z0=100.0, overhang=0.0):
    """{name: (surface type, ring)} of the LoD2 house (outward facing, closed)."""
    def p(x, y, z):
        return (x0 + x, y0 + y, z0 + z)
    o = overhang
    return {
        "ground": ("GroundSurface", [p(0, 0, 0), p(0, 8, 0), p(10, 8, 0), p(10, 0, 0), p(0, 0, 0)]),
        "wall_s": ("WallSurface", [p(0, 0, 0), p(10, 0, 0), p(10, 0, 6), p(0, 0, 6), p(0, 0, 0)]),
        "wall_n": ("WallSurface", [p(10, 8, 0), p(0, 8, 0), p(0, 8, 6), p(10, 8, 6), p(10, 8, 0)]),
        "wall_e": ("WallSurface", [p(10, 0, 0), p(10, 8, 0), p(10, 8, 6), p(10, 4, 9), p(10, 0, 6), p(10, 0, 0)]),
        "wall_w": ("WallSurface", [p(0, 8, 0), p(0, 0, 0), p(0, 0, 6), p(0, 4, 9), p(0, 8, 6), p(0, 8, 0)]),
        "roof_s": ("RoofSurface", [p(-o, 0, 6), p(10 + o, 0, 6), p(10 + o, 4, 9), p(-o, 4, 9), p(-o, 0, 6)]),
        "roof_n": ("RoofSurface", [p(10 + o, 8, 6), p(-o, 8, 6), p(-o, 4, 9), p(10 + o, 4, 9), p(10 + o, 8, 6)]),
    }


def box_rings(x0=0.0, y0=0.0, z0=100.0, height=6.0):
    """The LoD1 block: 10 × 8 × height."""
    a, b, c, d = (x0, y0), (x0 + 10, y0), (x0 + 10, y0 + 8), (x0, y0 + 8)
    low, top = z0, z0 + height
    rings = [[(*a, low), (*d, low), (*c, low), (*b, low), (*a, low)], [(*a, top), (*b, top), (*c, top), (*d, top), (*a, top)]]
    for p, q in ((a, b), (b, c), (c, d), (d, a)):
        rings.append([(*p, low), (*q, low), (*q, top), (*p, top), (*p, low)])
    return rings


def pos_list(points, transform=None):
    points = [transform(point) for point in points] if transform else points
    return " ".join(" ".join(repr(float(v)) for v in point) for point in points)


def _polygon(ring, polygon_id=None, transform=None):
    identifier = ' gml:id="{}"'.format(polygon_id) if polygon_id else ""
    return ('<gml:Polygon{}><gml:exterior><gml:LinearRing><gml:posList srsDimension="3">{}</gml:posList>'
            '</gml:LinearRing></gml:exterior></gml:Polygon>').format(identifier, pos_list(ring, transform))


def _multi_surface(polygons):
    return "<gml:MultiSurface>{}</gml:MultiSurface>".format(
        "".join("<gml:surfaceMember>{}</gml:surfaceMember>".format(p) for p in polygons))


def _xlink_solid(ids):
    return "<gml:Solid><gml:exterior><gml:CompositeSurface>{}</gml:CompositeSurface></gml:exterior></gml:Solid>".format(
        "".join('<gml:surfaceMember xlink:href="#{}"/>'.format(i) for i in ids))


def house_member(building_id, version="2.0", lods=(1, 2, 3), x0=0.0, y0=0.0, z0=100.0, transform=None,
                 ring_edit=None, polygon_ids=None):
    """One cityObjectMember with the house in the given LoDs side by side.

    LoD1: lod1Solid (inline). LoD2: boundedBy surfaces + xlinked lod2Solid. LoD3: the roofs carry a second,
    overhanging lod3MultiSurface inside the same RoofSurface, the walls come again as LoD3 WallSurfaces and the
    building has an xlinked lod3MultiSurface. ``ring_edit(name, ring) → ring`` alters rings (gaps …);
    ``polygon_ids`` maps a ring name to a forced gml:id (duplicates).
    """
    _ns, prefix, boundary = NAMESPACES[version]
    sem = "con" if version == "3.0" else "bldg"
    rings2 = house_rings(x0, y0, z0)
    rings3 = house_rings(x0, y0, z0, overhang=0.5)
    edit = ring_edit or (lambda _name, ring: ring)
    ids = polygon_ids or {}
    parts, ids2, ids3 = [], [], []
    if 2 in lods or 3 in lods:
        for name, (surface_type, ring) in rings2.items():
            pid2 = ids.get(name, "{}_{}_lod2".format(building_id, name))
            pid3 = "{}_{}_lod3".format(building_id, name)
            body = ""
            if 2 in lods:
                ids2.append(pid2)
                body += "<{p}:lod2MultiSurface>{m}</{p}:lod2MultiSurface>".format(
                    p=prefix, m=_multi_surface([_polygon(edit(name, ring), pid2, transform)]))
            if 3 in lods and surface_type == "RoofSurface":
                ids3.append(pid3)
                body += "<{p}:lod3MultiSurface>{m}</{p}:lod3MultiSurface>".format(
                    p=prefix, m=_multi_surface([_polygon(rings3[name][1], pid3, transform)]))
            if body:
                parts.append("<{b}><{s}:{t} gml:id=\"{i}_s\">{body}</{s}:{t}></{b}>".format(
                    b=boundary, s=sem, t=surface_type, i=pid2, body=body))
            if 3 in lods and surface_type == "WallSurface":
                ids3.append(pid3)
                parts.append("<{b}><{s}:WallSurface gml:id=\"{i}_s\"><{p}:lod3MultiSurface>{m}</{p}:lod3MultiSurface>"
                             "</{s}:WallSurface></{b}>".format(b=boundary, s=sem, i=pid3, p=prefix,
                                                               m=_multi_surface([_polygon(ring, pid3, transform)])))
    if 0 in lods:  # CityGML 1.0/2.0: lod0FootPrint; 3.0: lod0MultiSurface
        name = "lod0MultiSurface" if version == "3.0" else "lod0FootPrint"
        parts.append("<{p}:{n}>{m}</{p}:{n}>".format(p=prefix, n=name, m=_multi_surface(
            [_polygon(rings2["ground"][1], None, transform)])))
    if 1 in lods:
        box = "".join("<gml:surfaceMember>{}</gml:surfaceMember>".format(_polygon(r, None, transform))
                      for r in box_rings(x0, y0, z0))
        parts.append("<{p}:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>{box}</gml:CompositeSurface>"
                     "</gml:exterior></gml:Solid></{p}:lod1Solid>".format(p=prefix, box=box))
    if 2 in lods:
        parts.append("<{p}:lod2Solid>{s}</{p}:lod2Solid>".format(p=prefix, s=_xlink_solid(ids2)))
    if 3 in lods:
        parts.append("<{p}:lod3MultiSurface><gml:MultiSurface>{m}</gml:MultiSurface></{p}:lod3MultiSurface>".format(
            p=prefix, m="".join('<gml:surfaceMember xlink:href="#{}"/>'.format(i) for i in ids3)))
    return "<core:cityObjectMember><bldg:Building gml:id=\"{}\">{}</bldg:Building></core:cityObjectMember>\n".format(
        building_id, "".join(parts))


def write_citygml(path, members, version="2.0", srs="urn:ogc:def:crs,crs:EPSG::25832,crs:EPSG::7837"):
    namespaces = NAMESPACES[version][0]
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<core:CityModel {} xmlns:xlink="http://www.w3.org/1999/xlink">\n'
            '<gml:boundedBy><gml:Envelope srsName="{}" srsDimension="3"><gml:lowerCorner>0 0 0</gml:lowerCorner>'
            '<gml:upperCorner>1 1 1</gml:upperCorner></gml:Envelope></gml:boundedBy>\n{}</core:CityModel>\n').format(
        namespaces, srs, "".join(members))
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return str(path)


def cityjson_house(x0=0.0, y0=0.0, z0=100.0, transform=None):
    """(vertices, geometries) of the house as CityJSON: LoD1 box, LoD2.2 solid with semantics."""
    vertices, index = [], {}

    def vertex(point):
        point = tuple(transform(point)) if transform else point
        if point not in index:
            index[point] = len(vertices)
            vertices.append(list(point))
        return index[point]

    surfaces, values, shell = [], [], []
    for _name, (surface_type, ring) in house_rings(x0, y0, z0).items():
        shell.append([[vertex(p) for p in ring[:-1]]])
        values.append(len(surfaces))
        surfaces.append({"type": surface_type})
    box = [[[vertex(p) for p in ring[:-1]]] for ring in box_rings(x0, y0, z0)]
    geometries = [
        {"type": "Solid", "lod": "1", "boundaries": [box]},
        {"type": "Solid", "lod": "2.2", "boundaries": [shell], "semantics": {"surfaces": surfaces, "values": [values]}},
    ]
    return vertices, geometries


def write_cityjson(path, objects, vertices, reference_system="https://www.opengis.net/def/crs/EPSG/0/25832",
                   transform=None, raw_vertices=None):
    document = {"type": "CityJSON", "version": "2.0", "metadata": {"referenceSystem": reference_system},
                "CityObjects": objects, "vertices": vertices}
    if transform is not None:
        document["transform"] = transform
    text = json.dumps(document)
    if raw_vertices is not None:  # literal vertex text (NaN, Infinity, 1e999 are not JSON numbers)
        text = text.replace('"vertices": []', '"vertices": ' + raw_vertices)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return str(path)
