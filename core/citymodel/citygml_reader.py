"""Streaming CityGML 1.0 / 2.0 / 3.0 reader.

lxml ``iterparse`` hands over one ``cityObjectMember`` at a time; its subtree is turned into a
``CityObjectRecord`` and then cleared, so memory stays flat however large the tile is. xlinks are
resolved inside the member (AdV rule: every reference resolves inside the same member, also the
garage's shared wall via ``OrientableSurface orientation="-"``). Element order is never relied on.
Namespaces are matched by local name, which covers 1.0/2.0 (``bldg:boundedBy``) and 3.0
(``core:boundary`` + ``con:``) with one code path.
"""

import re

import numpy as np
from lxml import etree

from ..errors import InputFormatError
from ..i18n import tr
from ..xmlsafe import check_no_entities, safe_iterparse
from .citygml_attributes import local_name, read_attribute
from .geometry import RING_TOLERANCE_M, GeometryProblem, check_ring, parse_coordinates
from .model import CityObjectRecord, SemanticSurface, SkippedObject

GML_ID_NAMES = ("{http://www.opengis.net/gml}id", "{http://www.opengis.net/gml/3.2}id")
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_LOD_PROPERTY = re.compile(r"^lod(\d)(Solid|MultiSurface|Geometry|CompositeSurface|MultiSolid|Surface|FootPrint|RoofEdge)$")
_SRS_NAME = re.compile(rb'srsName\s*=\s*"([^"]+)"')
_MAX_LINK_DEPTH = 16
MEMBER_TAGS = ("{*}cityObjectMember", "{http://www.opengis.net/gml}featureMember",
               "{http://www.opengis.net/gml/3.2}featureMember")
# Elements carrying gml:id (GML 3.1 or 3.2), found by libxml2 instead of a Python loop over every element.
_WITH_GML_ID = etree.XPath(
    ".//*[@g31:id or @g32:id]", namespaces={"g31": "http://www.opengis.net/gml", "g32": "http://www.opengis.net/gml/3.2"}
)

_POLYGON_NAMES = ("Polygon", "Triangle", "Rectangle")
_GML = ("http://www.opengis.net/gml", "http://www.opengis.net/gml/3.2")
_POLYGON_TAGS = tuple("{%s}%s" % (ns, name) for ns in _GML for name in _POLYGON_NAMES)
_ORIENTABLE_TAGS = tuple("{%s}OrientableSurface" % ns for ns in _GML)
_POLYGON_TAG_SET = frozenset(_POLYGON_TAGS)
_POS_LIST_TAGS = frozenset("{%s}posList" % ns for ns in _GML)
_EXTERIOR_TAGS = frozenset("{%s}exterior" % ns for ns in _GML)
_ORIENTABLE_TAG_SET = frozenset(_ORIENTABLE_TAGS)
_MEMBER_TAGS = tuple("{%s}%s" % (ns, name) for ns in _GML for name in (
    "surfaceMember", "baseSurface", "patches", "solidMember", "geometryMember", "exterior", "interior", "member"))
_FAST_TAGS = _POLYGON_TAGS + _ORIENTABLE_TAGS + _MEMBER_TAGS


def _tags_for(gml_namespace):
    """(polygon tags, tags of the fast geometry pass) for one GML namespace: fewer tags, faster lxml iter."""
    if gml_namespace not in _GML:
        return _POLYGON_TAGS, _FAST_TAGS
    polygons = tuple("{%s}%s" % (gml_namespace, name) for name in _POLYGON_NAMES)
    members = tuple("{%s}%s" % (gml_namespace, name) for name in (
        "surfaceMember", "baseSurface", "solidMember", "geometryMember", "member", "exterior"))
    return polygons, polygons + ("{%s}OrientableSurface" % gml_namespace,) + members
# Properties that hold child city objects read as parts (Building → BuildingPart, Bridge → BridgePart …).
PART_PROPERTIES = {"consistsOfBuildingPart", "buildingPart", "consistsOfBridgePart", "bridgePart", "tunnelPart",
                   "consistsOfTunnelPart"}
SURFACE_PROPERTIES = {"boundedBy", "boundary"}
class DanglingLink(GeometryProblem):
    """An xlink:href whose target is not inside the member."""


def gml_id(element):
    for name in GML_ID_NAMES:
        value = element.get(name)
        if value:
            return value
    return None


def header_srs_name(path, head_bytes=65536):
    """The first srsName of the document (the envelope's), inherited by all geometries."""
    with open(path, "rb") as handle:
        match = _SRS_NAME.search(handle.read(head_bytes))
    if match:
        return match.group(1).decode("utf-8", "replace")
    return _srs_name_by_parser(path)


def _srs_name_by_parser(path, max_elements=5000):
    """The same from the parser, for what a byte search cannot see: UTF-16/32 documents and prologs longer than the
    head (licence comments). Stops at the first srsName or after ``max_elements`` elements."""
    try:
        for count, (_event, element) in enumerate(safe_iterparse(path, events=("start",))):
            value = element.get("srsName")
            if value:
                return value
            if count >= max_elements:
                return None
    except (etree.XMLSyntaxError, OSError):
        return None
    return None


class _MemberReader:
    """Turns one cityObjectMember subtree into a record (raises GeometryProblem on broken geometry)."""

    def __init__(self, member, swap_xy, tags=(_POLYGON_TAGS, _FAST_TAGS), tolerance=RING_TOLERANCE_M, metres_per_unit=1.0):
        self.swap_xy = swap_xy
        self.tolerance = tolerance
        self.metres_per_unit = metres_per_unit
        self.repairs = {}
        # xlinks nearly always point at polygons: index those cheaply, the rest only on a miss
        self.member = member
        self.polygon_tags, self.fast_tags = tags
        # what the plain-member shortcut accepts: the polygons and members the search would visit (same namespace)
        self._plain_polygon_tags = frozenset(self.polygon_tags)
        self._plain_member_tags = frozenset(tag for tag in self.fast_tags if tag.endswith("}surfaceMember"))
        polygons = list(member.iter(*self.polygon_tags))
        self.index = {gml_id(element): element for element in polygons}
        self.duplicates = {}  # gml:id → [polygons] when writers gave several polygons the same id
        self._uses = {}
        if len(self.index) < len(polygons):
            self._index_duplicates(polygons)
        self._full_index = False
        self._parsed = {}  # polygon element → rings: AdV solids xlink the boundedBy polygons, parse each once

    # --- objects -------------------------------------------------------------------------------
    def read_object(self, element, parent_id, counter):
        identifier = gml_id(element) or "{}_{}".format(parent_id or "object", next(counter))
        record = CityObjectRecord(gml_id=identifier, object_type=local_name(element.tag), parent_id=parent_id)
        for child in element.iterchildren(tag=etree.Element):
            name = local_name(child.tag)
            if name in PART_PROPERTIES:
                for part in child.iterchildren(tag=etree.Element):
                    record.parts.append(self.read_object(part, identifier, counter))
            elif name in SURFACE_PROPERTIES:
                for surface in child.iterchildren(tag=etree.Element):
                    self.read_surface(surface, record)
            elif _LOD_PROPERTY.match(name):
                lod = int(_LOD_PROPERTY.match(name).group(1))
                polygons = self.collect_polygons(child)
                if polygons:
                    record.geometry.setdefault(lod, []).extend(polygons)
            else:
                read_attribute(child, name, record)
        if not record.geometry and not record.surfaces and record.object_type not in ("Building", "BuildingPart"):
            # Other city objects (relief, vegetation, LoD3/4 …): keep their outer geometry, whatever the property.
            polygons = self.collect_polygons(element, skip_parts=True)
            if polygons:
                lod = record.generic.pop("lod", None)
                record.geometry[int(lod) if isinstance(lod, (int, float)) or str(lod).isdigit() else 0] = polygons
        return record

    def read_surface(self, surface, record):
        # One SemanticSurface per LoD: a roof with lod2MultiSurface and lod3MultiSurface is two roofs, never one.
        by_lod = {}
        for child in surface.iterchildren(tag=etree.Element):
            match = _LOD_PROPERTY.match(local_name(child.tag))
            if match:
                by_lod.setdefault(int(match.group(1)), []).extend(self.collect_polygons(child))
        identifier = gml_id(surface) or "{}_surface{}".format(record.gml_id, len(record.surfaces) + 1)
        for lod, polygons in by_lod.items():
            if polygons:
                record.surfaces.append(SemanticSurface(identifier, local_name(surface.tag), polygons, lod))

    def _index_duplicates(self, polygons):
        ids = {}
        for element in polygons:
            ids.setdefault(gml_id(element), []).append(element)
        self.duplicates = {key: elements for key, elements in ids.items() if key is not None and len(elements) > 1}
        if self.duplicates:
            self.repairs["duplicate_ids"] = sum(len(elements) - 1 for elements in self.duplicates.values())

    # --- attributes ----------------------------------------------------------------------------
    # --- geometry ------------------------------------------------------------------------------
    def collect_polygons(self, element, skip_parts=False):
        polygons = []
        self._uses = {}
        if skip_parts:
            self._collect(element, False, 0, polygons, skip_parts)
            return polygons
        plain = self._plain_members(element)
        if plain is not None:
            return plain
        self._uses = {}
        # Fast path, one C-level pass: inline polygons and xlinked polygons (cached, AdV solids reuse the
        # boundedBy polygons). The recursive walk is needed only for OrientableSurface (reversal).
        for node in element.iter(*self.fast_tags):
            tag = node.tag
            if tag in _POLYGON_TAG_SET:
                polygons.append(self._polygon(node))
            elif tag in _ORIENTABLE_TAG_SET:
                polygons = []
                self._collect(element, False, 0, polygons, skip_parts)
                return polygons
            else:
                href = node.get(XLINK_HREF)
                if href is None or len(node):
                    continue
                target = self.resolve(href)
                if target is not None and target.tag in _POLYGON_TAG_SET:
                    polygons.append(self._polygon(target))
                else:
                    self._collect(node, False, 0, polygons, False)
        return polygons

    def _plain_members(self, element):
        """The polygons of the usual shapes by index, or None for anything else (then the search below decides).

        Usual: single-child containers (MultiSurface; Solid → exterior → CompositeSurface) down to a list of
        surfaceMembers, each holding one Polygon or pointing at one by xlink — every AdV LoD2 geometry. The same
        polygons in the same order as the search, which visits every element below (rings and posLists too) and hands
        each member and exterior to Python: an eighth of the reading. Raises what the search would raise first."""
        node = element
        for _depth in range(4):
            if len(node) != 1:
                break
            child = node[0]
            if child.tag in self._plain_member_tags:
                break
            if child.tag in _POLYGON_TAG_SET or child.tag in _ORIENTABLE_TAG_SET or child.get(XLINK_HREF) is not None:
                return None
            node = child
        polygons = []
        for member in node:
            if member.tag not in self._plain_member_tags:
                return None
            href = member.get(XLINK_HREF)
            count = len(member)
            if count == 1 and href is None:
                polygon = member[0]
                if polygon.tag not in self._plain_polygon_tags:
                    return None
                polygons.append(self._polygon(polygon))
            elif count == 0 and href is not None:
                target = self.resolve(href)
                if target is None or target.tag not in _POLYGON_TAG_SET:
                    return None
                polygons.append(self._polygon(target))
            elif count or href is not None:
                return None
        return polygons

    def resolve(self, href):
        """The element an xlink:href ("#id") points to inside this member, or None."""
        key = href[1:] if href.startswith("#") else href
        if key in self.duplicates:
            # the n-th reference to a duplicated id within one geometry takes the n-th polygon carrying it
            uses = self._uses.get(key, 0)
            self._uses[key] = uses + 1
            elements = self.duplicates[key]
            return elements[uses % len(elements)]
        target = self.index.get(key)
        if target is None and not self._full_index:
            self.index.update((gml_id(element), element) for element in _WITH_GML_ID(self.member))
            self._full_index = True
            target = self.index.get(key)
        return target

    def _polygon(self, element):
        rings = self._parsed.get(element)
        if rings is None:
            rings = self._parsed[element] = self.read_polygon(element)
        return rings

    def _collect(self, element, reverse, depth, out, skip_parts):
        name = local_name(element.tag)
        if name in _POLYGON_NAMES:
            rings = self._polygon(element)
            out.append([ring[::-1] for ring in rings] if reverse else rings)
            return
        if skip_parts and (name in PART_PROPERTIES or name in SURFACE_PROPERTIES):
            return
        href = element.get(XLINK_HREF)
        if href is not None and len(element) == 0:
            target = self.resolve(href)
            if target is None:
                raise DanglingLink(tr("The reference {} points to no object in this member (dangling xlink).").format(href))
            if depth >= _MAX_LINK_DEPTH:
                raise GeometryProblem(tr("The reference {} is circular.").format(href))
            self._collect(target, reverse, depth + 1, out, skip_parts)
            return
        if name == "OrientableSurface" and element.get("orientation") == "-":
            reverse = not reverse
        for child in element.iterchildren(tag=etree.Element):
            self._collect(child, reverse, depth, out, skip_parts)

    def read_polygon(self, element):
        try:
            rings = self._plain_rings(element)
            if rings is None:
                rings = self._walked_rings(element)
        except GeometryProblem as err:
            raise GeometryProblem(
                tr("Polygon {} (line {}): {}").format(gml_id(element) or "?", element.sourceline, err)
            ) from err
        return rings

    def _plain_rings(self, element):
        """The usual polygon — one exterior, one LinearRing, one posList — by index, not by walking (half the cost);
        None for any other shape."""
        if len(element) == 1:
            boundary = element[0]
            if boundary.tag in _EXTERIOR_TAGS and len(boundary) == 1:
                ring_element = boundary[0]
                if len(ring_element) == 1 and ring_element[0].tag in _POS_LIST_TAGS:
                    return [check_ring(self._pos_list_points(ring_element[0]), True, self.tolerance,
                                       self.metres_per_unit, self.repairs)]
        return None

    def _walked_rings(self, element):
        rings = []
        for boundary in element.iterchildren(tag=etree.Element):
            if local_name(boundary.tag) not in ("exterior", "interior", "outerBoundaryIs", "innerBoundaryIs"):
                continue
            for ring_element in boundary.iterchildren(tag=etree.Element):
                rings.append(check_ring(self.read_ring(ring_element), True, self.tolerance, self.metres_per_unit,
                                        self.repairs))
        if not rings:
            raise GeometryProblem(tr("The polygon has no exterior ring."))
        return rings

    def read_ring(self, ring_element):
        # a loop over the (usually one) child is twice as fast as lxml's find("{*}posList")
        pos_list = next((child for child in ring_element if child.tag in _POS_LIST_TAGS), None)
        if pos_list is None:
            pos_list = ring_element.find("{*}posList")  # another GML namespace
        if pos_list is not None:
            return self._pos_list_points(pos_list)
        else:
            positions = ring_element.findall("{*}pos")
            if positions:
                points = np.vstack([parse_coordinates(p.text or "", len((p.text or "").split()) or 3) for p in positions])
            else:
                coordinates = ring_element.find("{*}coordinates")
                if coordinates is None:
                    raise GeometryProblem(tr("The ring has no coordinates."))
                text = (coordinates.text or "").strip().replace(",", " ")
                dimension = len((coordinates.text or "").split()[0].split(",")) if text else 3
                points = parse_coordinates(text, dimension)
        if self.swap_xy:
            points = points[:, [1, 0, 2]]
        return points

    def _pos_list_points(self, pos_list):
        dimension = int(pos_list.get("srsDimension") or pos_list.get("dimension") or 3)
        points = parse_coordinates(pos_list.text or "", dimension)
        if self.swap_xy:
            points = points[:, [1, 0, 2]]
        return points


class CityGmlReader:
    """Iterate a CityGML file member by member: yields CityObjectRecord or SkippedObject."""

    def __init__(self, path, swap_xy=False, tolerance=RING_TOLERANCE_M):
        self.path = path
        self.swap_xy = swap_xy
        self.tolerance = tolerance  # ring closing tolerance in metres
        self.metres_per_unit = 1.0  # horizontal; about 111 km for degrees (set by the importer)
        self._handle = None

    @property
    def position(self):
        """Bytes read so far (for progress)."""
        try:
            return self._handle.tell() if self._handle else 0
        except (ValueError, OSError):
            return 0

    def __iter__(self):
        head = check_no_entities(self.path)
        declared = [ns for ns in _GML if b'"' + ns.encode() + b'"' in head]
        self._tags = _tags_for(declared[0] if len(declared) == 1 else None)
        counter = _counter()
        with open(self.path, "rb") as handle:
            self._handle = handle
            # gml:featureMember is allowed in a CityModel too (some exporters write it)
            events = safe_iterparse(handle, events=("end",), tag=MEMBER_TAGS, remove_blank_text=True)
            try:
                for _event, member in events:
                    yield self._read_member(member, counter)
                    member.clear()
                    parent = member.getparent()
                    if parent is not None:
                        while member.getprevious() is not None:
                            del parent[0]
            except etree.XMLSyntaxError as err:
                raise InputFormatError(
                    tr("Invalid or truncated XML: {}").format(err.msg), path=self.path, line=err.lineno
                ) from err
            finally:
                self._handle = None

    def _read_member(self, member, counter):
        children = [child for child in member.iterchildren(tag=etree.Element)]
        if not children:
            return None
        element = children[0]
        try:
            reader = _MemberReader(member, self.swap_xy, self._tags, self.tolerance, self.metres_per_unit)
            record = reader.read_object(element, None, counter)
            record.repairs = reader.repairs
            return record
        except GeometryProblem as err:
            return SkippedObject(self.path, gml_id(element), str(err), element.sourceline)


def _counter():
    number = 0
    while True:
        number += 1
        yield number
