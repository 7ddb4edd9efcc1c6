"""A variant as CityGML 2.0: bldg:Building with lod2Solid (planned, closed) or lod2MultiSurface (existing),
boundedBy Roof/Wall/GroundSurface, AdV function and roof codes, core:creationDate, generic attribute status.

Written streaming with lxml's incremental writer; element order follows the CityGML 2.0 schema
(AbstractCityObject: gml:name, creationDate, generic attributes; AbstractBuilding: function, roofType,
measuredHeight, storeysAboveGround, lod2Solid / lod2MultiSurface, boundedBy).
"""

from lxml import etree

from ..atomic import atomic_path

NS = {
    "core": "http://www.opengis.net/citygml/2.0",
    "bldg": "http://www.opengis.net/citygml/building/2.0",
    "gen": "http://www.opengis.net/citygml/generics/2.0",
    "gml": "http://www.opengis.net/gml",
    "xlink": "http://www.w3.org/1999/xlink",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
SCHEMA_LOCATION = ("http://www.opengis.net/citygml/building/2.0 http://schemas.opengis.net/citygml/building/2.0/building.xsd "
                   "http://www.opengis.net/citygml/generics/2.0 http://schemas.opengis.net/citygml/generics/2.0/generics.xsd")


def _q(prefix, name):
    return "{%s}%s" % (NS[prefix], name)


def srs_name(epsg, vertical_epsg=None):
    if epsg and vertical_epsg:
        return "urn:ogc:def:crs,crs:EPSG::{},crs:EPSG::{}".format(epsg, vertical_epsg)
    return "urn:ogc:def:crs:EPSG::{}".format(epsg) if epsg else None


def _pos_list(ring):
    return " ".join("{:.4f} {:.4f} {:.4f}".format(x, y, z) for x, y, z in ring)


def _element(parent_writer, prefix, name, text, **attributes):
    element = etree.Element(_q(prefix, name), **attributes)
    element.text = text
    parent_writer.write(element)


def _polygon(polygon_id, rings):
    polygon = etree.Element(_q("gml", "Polygon"), {_q("gml", "id"): polygon_id})
    for index, ring in enumerate(rings):
        boundary = etree.SubElement(polygon, _q("gml", "exterior" if index == 0 else "interior"))
        linear = etree.SubElement(boundary, _q("gml", "LinearRing"))
        pos_list = etree.SubElement(linear, _q("gml", "posList"), srsDimension="3")
        pos_list.text = _pos_list(ring)
    return polygon


def _building(source, building):
    """One bldg:Building element (built in memory: a building is small)."""
    gml_id = _q("gml", "id")
    element = etree.Element(_q("bldg", "Building"), {gml_id: building.building_id})
    attributes = building.attributes
    if attributes.get("name"):
        etree.SubElement(element, _q("gml", "name")).text = str(attributes["name"])
    etree.SubElement(element, _q("core", "creationDate")).text = source.creation_date
    generic = etree.SubElement(element, _q("gen", "stringAttribute"), name="status")
    etree.SubElement(generic, _q("gen", "value")).text = building.status
    if attributes.get("function"):
        etree.SubElement(element, _q("bldg", "function")).text = str(attributes["function"])
    if attributes.get("roof_type"):
        etree.SubElement(element, _q("bldg", "roofType")).text = str(attributes["roof_type"])
    if attributes.get("measured_height") is not None:
        etree.SubElement(element, _q("bldg", "measuredHeight"), uom="urn:adv:uom:m").text = "{:.3f}".format(attributes["measured_height"])
    if attributes.get("storeys_above_ground") is not None:
        etree.SubElement(element, _q("bldg", "storeysAboveGround")).text = str(int(attributes["storeys_above_ground"]))
    polygon_ids = []
    for surface_id, _type, polygons in building.surfaces:
        polygon_ids.extend("{}_p{}".format(surface_id, n + 1) for n in range(len(polygons)))
    if building.closed:
        solid = etree.SubElement(etree.SubElement(element, _q("bldg", "lod2Solid")), _q("gml", "Solid"))
        composite = etree.SubElement(etree.SubElement(solid, _q("gml", "exterior")), _q("gml", "CompositeSurface"))
    else:
        composite = etree.SubElement(etree.SubElement(element, _q("bldg", "lod2MultiSurface")), _q("gml", "MultiSurface"))
    for polygon_id in polygon_ids:
        etree.SubElement(composite, _q("gml", "surfaceMember"), {_q("xlink", "href"): "#" + polygon_id})
    for surface_id, surface_type, polygons in building.surfaces:
        bounded = etree.SubElement(element, _q("bldg", "boundedBy"))
        surface = etree.SubElement(bounded, _q("bldg", surface_type), {gml_id: surface_id})
        multi = etree.SubElement(etree.SubElement(surface, _q("bldg", "lod2MultiSurface")), _q("gml", "MultiSurface"))
        for number, rings in enumerate(polygons, start=1):
            member = etree.SubElement(multi, _q("gml", "surfaceMember"))
            member.append(_polygon("{}_p{}".format(surface_id, number), rings))
    return element


def write_citygml(path, source):
    """Write ``source`` (ExportSource) as CityGML 2.0 to ``path`` (atomic)."""
    points = [ring for b in source.buildings for _i, _t, polygons in b.surfaces for rings in polygons for ring in rings]
    lower = [min(float(r[:, k].min()) for r in points) for k in range(3)]
    upper = [max(float(r[:, k].max()) for r in points) for k in range(3)]
    srs = srs_name(source.epsg, source.vertical_epsg)
    with atomic_path(path) as temporary:
        with etree.xmlfile(temporary, encoding="UTF-8") as xml:
            xml.write_declaration()
            root_attributes = {_q("xsi", "schemaLocation"): SCHEMA_LOCATION}
            with xml.element(_q("core", "CityModel"), root_attributes, nsmap={k: v for k, v in NS.items()}):
                if source.name:
                    _element(xml, "gml", "name", source.name)
                bounded = etree.Element(_q("gml", "boundedBy"))
                envelope = etree.SubElement(bounded, _q("gml", "Envelope"), srsDimension="3", **({"srsName": srs} if srs else {}))
                etree.SubElement(envelope, _q("gml", "lowerCorner")).text = "{:.4f} {:.4f} {:.4f}".format(*lower)
                etree.SubElement(envelope, _q("gml", "upperCorner")).text = "{:.4f} {:.4f} {:.4f}".format(*upper)
                xml.write(bounded)
                for building in source.buildings:
                    member = etree.Element(_q("core", "cityObjectMember"))
                    member.append(_building(source, building))
                    xml.write(member)
    return len(source.buildings)
