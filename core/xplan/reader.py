"""XPlanGML 4.0 … 6.1 reader: file or XPlanArchiv ZIP → ``XPlanDocument`` (plans, Bereiche, objects).

Safe full parse through core/xmlsafe (no DTD, no entities, no network). Every feature keeps its
properties in document order as raw values (text, Measure, Code, Ref, nested dict); geometries are
parsed by OGR from the serialised GML element, so arcs stay CIRCULARSTRING/COMPOUNDCURVE.
Normalisation to 6.0 names happens in ``model.py``.
"""

import math
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Optional

from lxml import etree
from osgeo import gdal, ogr

from ..crs import parse_srs_name
from ..errors import InputFormatError
from ..i18n import tr
from ..xmlsafe import parse_bytes
from .xsd_order import known_feature_classes

XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
GML_NAMESPACES = ("http://www.opengis.net/gml/3.2", "http://www.opengis.net/gml")
XPLAN_NAMESPACE = re.compile(r"^https?://www\.xplanung\.de/xplangml(?:/(\d)/(\d))?$")
CLASS_PREFIXES = ("BP_", "FP_", "LP_", "RP_", "SO_", "XP_")
MEMBER_TAGS = ("featureMember", "featureMembers", "member")
GEOMETRY_TAGS = {
    "Point", "MultiPoint", "LineString", "Curve", "CompositeCurve", "MultiCurve", "OrientableCurve", "Polygon",
    "Surface", "CompositeSurface", "MultiSurface", "PolyhedralSurface", "TriangulatedSurface", "LinearRing", "Ring",
    "MultiGeometry", "Solid", "CompositeSolid", "MultiSolid",
}
# XPlanArchiv limits: far above any real plan, far below what would exhaust memory.
MAX_ARCHIVE_MEMBER_BYTES = 512 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
_INT = re.compile(r"^-?(0|[1-9]\d*)$")
_FLOAT = re.compile(r"^-?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$")


@dataclass(frozen=True)
class Measure:
    value: object
    uom: Optional[str]


@dataclass(frozen=True)
class Code:
    value: object
    code_space: Optional[str]


@dataclass(frozen=True)
class Ref:
    href: str

    @property
    def is_local(self):
        return self.href.startswith("#")

    @property
    def target(self):
        return self.href[1:] if self.is_local else self.href


@dataclass
class XPlanObject:
    gml_id: str
    xplan_class: str
    properties: dict  # name -> list of raw values (document order)
    geometry: Optional[ogr.Geometry] = None
    geometry_property: Optional[str] = None
    line: Optional[int] = None
    source_class: Optional[str] = None  # class name before normalisation (5.x → 6.0)
    plan_id: Optional[str] = None
    bereich_id: Optional[str] = None
    had_z: bool = False  # the file had 3D coordinates (XPlanGML allows 2D only); flattened on reading

    @property
    def kind(self):
        """'plan', 'bereich', 'text', 'presentation' or 'content' (Planinhalt)."""
        name = self.xplan_class
        if name.endswith("_Plan"):
            return "plan"
        if name.endswith("_Bereich"):
            return "bereich"
        if "TextAbschnitt" in name and not name.endswith("Flaeche") or name.endswith("BegruendungAbschnitt"):
            return "text"
        if name in ("XP_PPO", "XP_PTO", "XP_LPO", "XP_LTO", "XP_FPO", "XP_Nutzungsschablone", "XP_Praesentationsobjekt"):
            return "presentation"
        return "content"

    def first(self, name, default=None):
        values = self.properties.get(name)
        if not values:
            return default
        value = values[0]
        if isinstance(value, (Measure, Code)):
            return value.value
        return value

    def refs(self, name):
        return [v.target for v in self.properties.get(name, []) if isinstance(v, Ref)]


@dataclass
class XPlanDocument:
    path: str
    version: str  # "6.0", "5.0", …
    namespace: str
    objects: list = field(default_factory=list)
    by_id: dict = field(default_factory=dict)
    srs_name: Optional[str] = None
    epsg: Optional[int] = None
    warnings: list = field(default_factory=list)
    xml_bytes: bytes = b""
    skipped: list = field(default_factory=list)  # gml:ids of objects not imported (unknown class, repeated id)

    def of_kind(self, kind):
        return [o for o in self.objects if o.kind == kind]

    @property
    def plans(self):
        return self.of_kind("plan")

    @property
    def bereiche(self):
        return self.of_kind("bereich")


def convert_text(text):
    """'true'/'false' → bool, canonical integers → int, decimals → float, else the stripped string."""
    text = (text or "").strip()
    if text in ("true", "false"):
        return text == "true"
    if _INT.match(text) and len(text) < 16:
        return int(text)
    if _FLOAT.match(text):
        return float(text)
    return text


def read_xplan_bytes(path):
    """The XPlanGML bytes of a .gml/.xml file or of ``xplan.gml`` inside an XPlanArchiv ZIP.

    ZIP members are never extracted to disk; names with ``..`` or absolute paths and members that
    would inflate beyond the limits are refused before a byte is decompressed.
    """
    try:
        with open(path, "rb") as handle:
            magic = handle.read(4)
    except OSError as err:
        raise InputFormatError(tr("The file cannot be read: {}").format(err.strerror), path=path) from err
    if magic != b"PK\x03\x04":
        with open(path, "rb") as handle:
            return handle.read()
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as err:
        raise InputFormatError(tr("The ZIP archive is damaged."), path=path) from err
    with archive:
        for info in archive.infolist():
            name = info.filename.replace("\\", "/")
            if name.startswith("/") or ".." in name.split("/") or re.match(r"^[A-Za-z]:", name):
                raise InputFormatError(
                    tr("The ZIP archive contains an unsafe path ({}); it is refused.").format(info.filename), path=path)
        members = [i for i in archive.infolist() if i.filename.lower() in ("xplan.gml", "xplan.xml")]
        if not members:
            raise InputFormatError(tr("The ZIP archive has no xplan.gml at its root (XPlanArchiv)."), path=path)
        info = members[0]
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_ARCHIVE_MEMBER_BYTES or ratio > MAX_COMPRESSION_RATIO:
            raise InputFormatError(
                tr("{} in the ZIP archive is far too large ({} bytes unpacked); it is refused.").format(
                    info.filename, info.file_size), path=path)
        # Do not trust the header: stop reading once the limit is passed.
        chunks, total = [], 0
        try:
            with archive.open(info) as member:
                while True:
                    chunk = member.read(1 << 20)
                    if not chunk:
                        break
                    total += len(chunk)
                    if total > MAX_ARCHIVE_MEMBER_BYTES or total > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
                        raise InputFormatError(
                            tr("{} in the ZIP archive is far too large; it is refused.").format(info.filename), path=path)
                    chunks.append(chunk)
        except (zlib.error, zipfile.BadZipFile, EOFError, NotImplementedError, RuntimeError, OSError) as err:
            # damaged deflate data, CRC mismatch, cut-off member, unknown compression or encryption
            raise InputFormatError(
                tr("{} in the ZIP archive is damaged or cannot be unpacked ({}).").format(info.filename, type(err).__name__),
                path=path, obj=info.filename) from err
        return b"".join(chunks)


def _local(tag):
    return etree.QName(tag).localname


def _namespace(tag):
    return etree.QName(tag).namespace


def _gml_id(element):
    for ns in GML_NAMESPACES:
        value = element.get("{%s}id" % ns)
        if value:
            return value
    return None


def sniff_namespace(root, path):
    """The XPlan namespace and version ("6.0") of a parsed document, or an InputFormatError."""
    candidates = [ns for ns in root.nsmap.values() if ns and XPLAN_NAMESPACE.match(ns)]
    root_ns = _namespace(root.tag)
    if root_ns and XPLAN_NAMESPACE.match(root_ns):
        candidates.insert(0, root_ns)
    if not candidates:
        raise InputFormatError(
            tr("This is not an XPlanGML document: no XPlanung namespace (http://www.xplanung.de/xplangml/…) found."),
            path=path, obj=_gml_id(root))
    namespace = candidates[0]
    match = XPLAN_NAMESPACE.match(namespace)
    version = "{}.{}".format(match.group(1), match.group(2)) if match.group(1) else "2.0"
    if version < "4.0":
        raise InputFormatError(tr("XPlanGML version {} is not supported (4.0 to 6.1 are).").format(version), path=path)
    if _local(root.tag) not in ("XPlanAuszug", "FeatureCollection"):
        raise InputFormatError(
            tr("The root element {} is neither XPlanAuszug nor a FeatureCollection.").format(_local(root.tag)),
            path=path, line=root.sourceline)
    return namespace, version


def parse_xplan(path, data=None):
    """Read an XPlanGML file or XPlanArchiv into an XPlanDocument (raw, not yet normalised)."""
    if data is None:
        data = read_xplan_bytes(path)
    if not data.strip():
        raise InputFormatError(tr("The file is empty."), path=path)
    root = parse_bytes(data, path=path)
    namespace, version = sniff_namespace(root, path)
    document = XPlanDocument(path=path, version=version, namespace=namespace, xml_bytes=data)
    for element in _feature_elements(root, document):
        obj = _parse_feature(element, document)
        if obj is None:
            continue
        if obj.gml_id in document.by_id:
            document.warnings.append((obj.gml_id, tr("The gml:id occurs twice; the second object is skipped.")))
            document.skipped.append(obj.gml_id)
            continue
        document.objects.append(obj)
        document.by_id[obj.gml_id] = obj
    if document.srs_name is None:
        envelope = root.find(".//{*}Envelope")
        if envelope is not None:
            _note_srs(document, envelope.get("srsName"))
    if document.srs_name and document.epsg is None:
        document.warnings.append((None, tr("Unknown CRS name {}; please set the CRS of the layers.").format(document.srs_name)))
    return document


def _feature_elements(root, document):
    for child in root:
        if not isinstance(child.tag, str):
            continue
        name = _local(child.tag)
        if name in MEMBER_TAGS:
            for member in child:
                if isinstance(member.tag, str):
                    yield member
        elif name == "boundedBy":
            continue
        elif _namespace(child.tag) == document.namespace and _gml_id(child):
            # Lenient: a feature written directly under the root (not schema-valid, seen in the wild).
            document.warnings.append((_gml_id(child), tr("{} is not wrapped in a featureMember (schema error); read anyway.").format(name)))
            yield child


def _parse_feature(element, document):
    name = _local(element.tag)
    gml_id = _gml_id(element)
    known = known_feature_classes(document.version)
    if _namespace(element.tag) != document.namespace or not name.startswith(CLASS_PREFIXES) or (
            known is not None and name not in known):
        document.warnings.append((gml_id, tr("Unknown class {} (line {}) for XPlanGML {}; the object is skipped.").format(name, element.sourceline, document.version)))
        document.skipped.append(gml_id)
        return None
    if not gml_id:
        raise InputFormatError(tr("The object {} has no gml:id.").format(name), path=document.path, line=element.sourceline)
    obj = XPlanObject(gml_id=gml_id, xplan_class=name, properties={}, line=element.sourceline, source_class=name)
    for prop in element:
        if not isinstance(prop.tag, str) or _namespace(prop.tag) in GML_NAMESPACES:
            continue  # gml:boundedBy, gml:name … are derived or unused
        prop_name = _local(prop.tag)
        geometry_element = _geometry_child(prop)
        if geometry_element is not None:
            geometry = _parse_geometry(geometry_element, document, gml_id)
            if geometry is not None and geometry.GetCoordinateDimension() == 3:
                obj.had_z = True
                geometry.FlattenTo2D()
            if obj.geometry_property is None:
                obj.geometry_property = prop_name
                obj.geometry = geometry
            else:
                document.warnings.append((gml_id, tr("Second geometry property {} ignored.").format(prop_name)))
            continue
        value = _parse_value(prop)
        if value is not None:
            obj.properties.setdefault(prop_name, []).append(value)
    return obj


def _geometry_child(prop):
    for child in prop:
        if isinstance(child.tag, str) and _namespace(child.tag) in GML_NAMESPACES and _local(child.tag) in GEOMETRY_TAGS:
            return child
    return None


def _note_srs(document, srs_name):
    if srs_name and document.srs_name is None:
        document.srs_name = srs_name
        info = parse_srs_name(srs_name)
        document.epsg = info.horizontal_epsg if info else None


def _parse_geometry(element, document, gml_id):
    _note_srs(document, element.get("srsName") or next(
        (e.get("srsName") for e in element.iter() if isinstance(e.tag, str) and e.get("srsName")), None))
    text = etree.tostring(element, encoding="unicode")
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        geometry = ogr.CreateGeometryFromGML(text)
    finally:
        gdal.PopErrorHandler()
    if geometry is None or geometry.IsEmpty() or not _plausible_coordinates(element):
        document.warnings.append((gml_id, tr("The geometry (line {}) cannot be read; the object is kept without geometry.").format(element.sourceline)))
        return None
    return geometry


_COORDINATE_SEPARATORS = re.compile(r"[\s,]+")


def _plausible_coordinates(element):
    """Every coordinate is a finite number within any real CRS (|v| ≤ 1e9). OGR's GML parser reads "NaN" as 0 and
    accepts 1e308, which would silently move a plan boundary; such a geometry counts as unreadable."""
    for node in element.iter():
        if isinstance(node.tag, str) and _local(node.tag) in ("posList", "pos", "coordinates"):
            for token in _COORDINATE_SEPARATORS.split((node.text or "").strip()):
                if not token:
                    continue
                try:
                    value = float(token)
                except ValueError:
                    return False
                if not math.isfinite(value) or abs(value) > 1e9:
                    return False
    return True


def _parse_value(prop):
    href = prop.get(XLINK_HREF)
    if href is not None:
        return Ref(href.strip())
    if prop.get(XSI_NIL) == "true":
        return None
    children = [c for c in prop if isinstance(c.tag, str)]
    if children:
        return _parse_data_type(children[0])
    text = convert_text(prop.text)
    if prop.get("uom") is not None:
        return Measure(text, prop.get("uom"))
    if prop.get("codeSpace") is not None:
        return Code(text, prop.get("codeSpace"))
    return text


def _parse_data_type(element):
    """A nested data type (XP_Hoehenangabe, BP_Dachgestaltung, …) → JSON-ready dict."""
    record = {"_type": _local(element.tag)}
    uoms = {}
    for prop in element:
        if not isinstance(prop.tag, str):
            continue
        name = _local(prop.tag)
        value = _parse_value(prop)
        if isinstance(value, Measure):
            uoms[name] = value.uom
            value = value.value
        elif isinstance(value, Code):
            value = {"value": value.value, "codeSpace": value.code_space}
        elif isinstance(value, Ref):
            value = {"href": value.href}
        if value is None:
            continue
        if name in record:
            if not isinstance(record[name], list) or name not in record.get("_lists", []):
                record[name] = [record[name]]
                record.setdefault("_lists", []).append(name)
            record[name].append(value)
        else:
            record[name] = value
    if uoms:
        record["_uom"] = uoms
    return record


def read_xplan_file(path):
    """Public entry point: parse and normalise (6.0 names, references resolved both ways)."""
    from .model import normalise_document

    if not os.path.isfile(path):
        raise InputFormatError(tr("The file does not exist."), path=path)
    document = parse_xplan(path)
    normalise_document(document)
    return document
