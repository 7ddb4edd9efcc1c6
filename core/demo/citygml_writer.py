"""Write the district's buildings as CityGML 2.0 in the AdV LoD2 style (mirrors the NRW tiles).

Structure per building (order as in the AdV files and the CityGML 2.0 schema): gml:name,
core:creationDate, core:externalReference, gen:stringAttribute*, bldg:function, bldg:roofType,
bldg:measuredHeight, bldg:storeysAboveGround, bldg:lod2Solid (xlinks only), bldg:boundedBy
(the semantic surfaces holding the polygons), bldg:consistsOfBuildingPart, bldg:address.
Written as text (fixed number formatting, no timestamps) so that a seed gives identical bytes.
"""

import uuid
from xml.sax.saxutils import escape, quoteattr

from .layout import AGS, GEMEINDE, to_world, world_bbox
from .shapes import FLAT, Solid, build_solid

NAMESPACES = (
    ('xmlns:core', "http://www.opengis.net/citygml/2.0"),
    ('xmlns:gen', "http://www.opengis.net/citygml/generics/2.0"),
    ('xmlns:bldg', "http://www.opengis.net/citygml/building/2.0"),
    ('xmlns:gml', "http://www.opengis.net/gml"),
    ('xmlns:xAL', "urn:oasis:names:tc:ciq:xsdschema:xAL:2.0"),
    ('xmlns:xlink', "http://www.w3.org/1999/xlink"),
    ('xmlns:xsi', "http://www.w3.org/2001/XMLSchema-instance"),
)
SCHEMA_LOCATION = (
    "http://www.opengis.net/citygml/2.0 http://schemas.opengis.net/citygml/2.0/cityGMLBase.xsd "
    "http://www.opengis.net/citygml/building/2.0 http://schemas.opengis.net/citygml/building/2.0/building.xsd "
    "http://www.opengis.net/citygml/generics/2.0 http://schemas.opengis.net/citygml/generics/2.0/generics.xsd"
)
SRS_NAME = "urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH*GCG2016"
CREATION_DATE = "2026-03-15"
ALKIS_SYSTEM = "http://repository.gdi-de.org/schemas/adv/citygml/fdv/art.htm#_9100"


def _num(value):
    return "{:.3f}".format(value)


def _pos_list(ring):
    closed = list(ring) + [ring[0]]
    return " ".join("{} {} {}".format(_num(x), _num(y), _num(z)) for x, y, z in closed)


class _Ids:
    """Deterministic AdV-looking ids: UUID_… for surfaces (uuid5 of a stable name), GUID_… for polygons."""

    def __init__(self, seed):
        self.seed = seed

    def uuid(self, name):
        return "UUID_" + str(uuid.uuid5(uuid.NAMESPACE_URL, "urn:urbantwin:musterquartier:{}:{}".format(self.seed, name)))


def _placed(solid):
    """The solid moved from local planning coordinates into EPSG:25832 (mm; shared vertices stay equal)."""
    placed = Solid()
    for surface_type, ring in solid.faces:
        placed.add(surface_type, [tuple(round(v, 3) for v in to_world(x, y)) + (z,) for x, y, z in ring])
    return placed


def building_solids(building):
    """[(owner gml:id, Solid)] for the building itself and each of its parts, in world coordinates."""
    solids = [(building.gml_id, _placed(build_solid(*building.rect, building.ground_z, building.eaves_z,
                                                    building.roof_type, building.top_z, building.ridge_along_x)))]
    for part in building.parts:
        solids.append((part.gml_id, _placed(build_solid(*part.rect, part.ground_z, part.eaves_z, FLAT))))
    return solids


def _generic(lines, indent, name, value):
    pad = " " * indent
    lines.append('{}<gen:stringAttribute name="{}">'.format(pad, name))
    lines.append("{}  <gen:value>{}</gen:value>".format(pad, escape(value)))
    lines.append("{}</gen:stringAttribute>".format(pad))


def _geometry(lines, indent, ids, owner_key, solid):
    pad = " " * indent
    polygon_ids = ["GUID_{}_{}".format(owner_key, k) for k in range(len(solid.faces))]
    lines.append(pad + "<bldg:lod2Solid>")
    lines.append(pad + "  <gml:Solid>")
    lines.append(pad + "    <gml:exterior>")
    lines.append(pad + "      <gml:CompositeSurface>")
    for pid in polygon_ids:
        lines.append(pad + '        <gml:surfaceMember xlink:href="#{}"/>'.format(pid))
    lines.append(pad + "      </gml:CompositeSurface>")
    lines.append(pad + "    </gml:exterior>")
    lines.append(pad + "  </gml:Solid>")
    lines.append(pad + "</bldg:lod2Solid>")
    for pid, (surface_type, ring) in zip(polygon_ids, solid.faces):
        lines.append(pad + "<bldg:boundedBy>")
        lines.append(pad + '  <bldg:{} gml:id="{}">'.format(surface_type, ids.uuid(pid)))
        lines.append(pad + "    <core:creationDate>{}</core:creationDate>".format(CREATION_DATE))
        lines.append(pad + "    <bldg:lod2MultiSurface>")
        lines.append(pad + '      <gml:MultiSurface gml:id="{}">'.format(ids.uuid(pid + "_ms")))
        lines.append(pad + "        <gml:surfaceMember>")
        lines.append(pad + '          <gml:Polygon gml:id="{}">'.format(pid))
        lines.append(pad + "            <gml:exterior>")
        lines.append(pad + '              <gml:LinearRing gml:id="{}_0_">'.format(pid))
        lines.append(pad + '                <gml:posList srsDimension="3">{}</gml:posList>'.format(_pos_list(ring)))
        lines.append(pad + "              </gml:LinearRing>")
        lines.append(pad + "            </gml:exterior>")
        lines.append(pad + "          </gml:Polygon>")
        lines.append(pad + "        </gml:surfaceMember>")
        lines.append(pad + "      </gml:MultiSurface>")
        lines.append(pad + "    </bldg:lod2MultiSurface>")
        lines.append(pad + "  </bldg:{}>".format(surface_type))
        lines.append(pad + "</bldg:boundedBy>")


def _common_attributes(lines, pad, building, is_part):
    lines.append(pad + "<core:creationDate>{}</core:creationDate>".format(CREATION_DATE))
    if not is_part:
        lines.append(pad + "<core:externalReference>")
        lines.append(pad + "  <core:informationSystem>{}</core:informationSystem>".format(ALKIS_SYSTEM))
        lines.append(pad + "  <core:externalObject>")
        lines.append(pad + "    <core:name>{}</core:name>".format(building.gml_id))
        lines.append(pad + "  </core:externalObject>")
        lines.append(pad + "</core:externalReference>")
    indent = len(pad)
    _generic(lines, indent, "DatenquelleDachhoehe", building.roof_source)
    if not is_part:
        _generic(lines, indent, "Geometrietyp2DReferenz", "3000")
        _generic(lines, indent, "Gemeindeschluessel", AGS)
    _generic(lines, indent, "DatenquelleBodenhoehe", "1100")
    _generic(lines, indent, "DatenquelleLage", "1000")
    _generic(lines, indent, "Grundrissaktualitaet", building.footprint_date)


def _address(lines, pad, ids, building):
    lines.append(pad + "<bldg:address>")
    lines.append(pad + '  <core:Address gml:id="{}">'.format(ids.uuid(building.gml_id + "_address")))
    lines.append(pad + "    <core:xalAddress>")
    lines.append(pad + "      <xAL:AddressDetails>")
    lines.append(pad + "        <xAL:Country>")
    lines.append(pad + "          <xAL:CountryName>Germany</xAL:CountryName>")
    lines.append(pad + '          <xAL:Locality Type="Town">')
    lines.append(pad + "            <xAL:LocalityName>{}</xAL:LocalityName>".format(escape(GEMEINDE)))
    lines.append(pad + '            <xAL:Thoroughfare Type="Street">')
    lines.append(pad + "              <xAL:ThoroughfareNumber>{}</xAL:ThoroughfareNumber>".format(building.house_number))
    lines.append(pad + "              <xAL:ThoroughfareName>{}</xAL:ThoroughfareName>".format(escape(building.street)))
    lines.append(pad + "            </xAL:Thoroughfare>")
    lines.append(pad + "          </xAL:Locality>")
    lines.append(pad + "        </xAL:Country>")
    lines.append(pad + "      </xAL:AddressDetails>")
    lines.append(pad + "    </core:xalAddress>")
    lines.append(pad + "  </core:Address>")
    lines.append(pad + "</bldg:address>")


def _building(lines, ids, building):
    solids = building_solids(building)
    pad = " " * 6
    lines.append("  <core:cityObjectMember>")
    lines.append('    <bldg:Building gml:id="{}">'.format(building.gml_id))
    if building.name:
        lines.append(pad + "<gml:name>{}</gml:name>".format(escape(building.name)))
    _common_attributes(lines, pad, building, is_part=False)
    lines.append(pad + "<bldg:function>{}</bldg:function>".format(building.function))
    lines.append(pad + "<bldg:roofType>{}</bldg:roofType>".format(building.roof_type))
    lines.append(pad + '<bldg:measuredHeight uom="urn:adv:uom:m">{}</bldg:measuredHeight>'.format(_num(building.measured_height)))
    lines.append(pad + "<bldg:storeysAboveGround>{}</bldg:storeysAboveGround>".format(building.storeys))
    _geometry(lines, 6, ids, "MQ_{:05d}_1".format(building.index + 1), solids[0][1])
    for k, (part, (_, solid)) in enumerate(zip(building.parts, solids[1:]), start=2):
        ppad = " " * 10
        lines.append(pad + "<bldg:consistsOfBuildingPart>")
        lines.append(pad + '  <bldg:BuildingPart gml:id="{}">'.format(part.gml_id))
        _common_attributes(lines, ppad, building, is_part=True)
        lines.append(ppad + "<bldg:function>{}</bldg:function>".format(part.function))
        lines.append(ppad + "<bldg:roofType>{}</bldg:roofType>".format(FLAT))
        lines.append(ppad + '<bldg:measuredHeight uom="urn:adv:uom:m">{}</bldg:measuredHeight>'.format(_num(part.eaves_z - part.ground_z)))
        lines.append(ppad + "<bldg:storeysAboveGround>{}</bldg:storeysAboveGround>".format(part.storeys))
        _geometry(lines, 10, ids, "MQ_{:05d}_{}".format(building.index + 1, k), solid)
        lines.append(pad + "  </bldg:BuildingPart>")
        lines.append(pad + "</bldg:consistsOfBuildingPart>")
    _address(lines, pad, ids, building)
    lines.append("    </bldg:Building>")
    lines.append("  </core:cityObjectMember>")


def citygml_text(district):
    ids = _Ids(district.seed)
    x0, y0, x1, y1 = world_bbox(district.extent)
    z_min = min(b.ground_z for b in district.buildings)
    z_max = max(b.top_z for b in district.buildings)
    attrs = " ".join('{}="{}"'.format(k, v) for k, v in NAMESPACES)
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        "<!-- Musterquartier: a fictitious sample district generated by Urban Twin "
        "(urbantwin:musterquartier, seed {}). Not real data. -->".format(district.seed),
        "<core:CityModel {} xsi:schemaLocation={}>".format(attrs, quoteattr(SCHEMA_LOCATION)),
        "  <gml:name>Musterquartier_LoD2_32_{}_{}</gml:name>".format(int(x0 // 1000), int(y0 // 1000)),
        "  <gml:boundedBy>",
        '    <gml:Envelope srsName="{}" srsDimension="3">'.format(SRS_NAME),
        "      <gml:lowerCorner>{} {} {}</gml:lowerCorner>".format(_num(x0), _num(y0), _num(z_min)),
        "      <gml:upperCorner>{} {} {}</gml:upperCorner>".format(_num(x1), _num(y1), _num(z_max)),
        "    </gml:Envelope>",
        "  </gml:boundedBy>",
    ]
    for building in district.buildings:
        _building(lines, ids, building)
    lines.append("</core:CityModel>")
    return "\n".join(lines) + "\n"
