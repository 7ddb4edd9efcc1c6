"""XPlan GeoPackage (imported, possibly edited) → XPlanGML 6.0, in the strict XSD element order.

The column kinds in ``xplan_fields`` say how each column is written back (value, measure + uom,
code + codeSpace, xlink references, nested data types from JSON); derived columns (labels, tokens,
normalised heights) are never written. Properties a 6.0 class does not have (from 5.x sources) are
left out with a warning instead of producing an invalid file.
"""

import json
import uuid

from lxml import etree
from osgeo import ogr

from ..atomic import atomic_path
from ..errors import CancelledError, UrbanTwinError
from ..i18n import tr
from . import migration
from .conform import Conformer, ExportRecord
from .gml_geometry import GmlEncoder
from .gpkg import FIELDS_TABLE
from .xsd_order import load_element_order, load_property_data_types

XPLAN_NS = "http://www.xplanung.de/xplangml/6/0"
GML_NS = "http://www.opengis.net/gml/3.2"
XLINK_NS = "http://www.w3.org/1999/xlink"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = XPLAN_NS + " https://repository.gdi-de.org/schemas/de.xleitstelle.xplanung/6.0/XPlanung-Operationen.xsd"
NSMAP = {"xplan": XPLAN_NS, "gml": GML_NS, "xlink": XLINK_NS, "xsi": XSI_NS}
SKIPPED_KEYS = ("_type", "_uom", "_lists")


def _x(name):
    return "{%s}%s" % (XPLAN_NS, name)


def _format(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def read_field_kinds(dataset):
    """{layer: {field: (kind, uom, code_space)}} from the xplan_fields table."""
    table = dataset.GetLayerByName(FIELDS_TABLE)
    if table is None:
        return None
    kinds = {}
    for feature in table:
        kinds.setdefault(feature.GetField("layer_name"), {})[feature.GetField("field_name")] = (
            feature.GetField("kind"), feature.GetField("uom"), feature.GetField("code_space"))
    return kinds


class XPlanWriter:
    def __init__(self, order=None):
        self.order = order or load_element_order()
        self.data_types = load_property_data_types()
        self.warnings = []
        self._warned = set()

    def warn(self, key, message):
        if key not in self._warned:
            self._warned.add(key)
            self.warnings.append(message)

    def feature_element(self, xplan_class, gml_id, values, geometry_property, geometry, srs_name):
        """One XPlan feature element; ``values`` (already conformed) maps property name → (kind, value, uom, code_space)."""
        order = self.order.get(xplan_class)
        if order is None:
            raise UrbanTwinError(tr("{} does not exist in XPlanGML 6.0 and has no 6.0 counterpart.").format(xplan_class), obj=gml_id)
        element = etree.Element(_x(xplan_class), nsmap=NSMAP)
        element.set("{%s}id" % GML_NS, gml_id)
        for name in order:
            if name == geometry_property and geometry is not None:
                holder = etree.SubElement(element, _x(name))
                holder.append(self.geometry_element(geometry, gml_id, srs_name))
            elif name in values:
                kind, value, uom, code_space = values[name]
                self.append_property(element, name, kind, value, uom, code_space)
        return element

    def migrate_values(self, xplan_class, values):
        """5.x codes where 6.0 expects a data type (zweckbestimmung → BP_KomplexeZweckbest…{allgemein})."""
        expected = self.data_types.get(xplan_class, {})
        migrated = dict(values)
        for name, (kind, value, _uom, _code_space) in values.items():
            data_type = expected.get(name)
            if data_type is None or kind == "ref":
                continue
            items = json.loads(value) if kind == "json" else [value]
            if all(isinstance(item, dict) and "_type" in item for item in items):
                continue  # already a data type
            if "allgemein" in self.order.get(data_type, ()) and all(isinstance(i, (int, str)) for i in items):
                wrapped = [{"_type": data_type, "allgemein": item} for item in items]
                migrated[name] = ("json", json.dumps(wrapped), None, None)
            else:
                del migrated[name]
                self.warn((xplan_class, name, "type"), tr("{}.{} cannot be converted to the XPlanGML 6.0 type {}; it is left out.")
                          .format(xplan_class, name, data_type))
        return migrated

    def append_property(self, parent, name, kind, value, uom=None, code_space=None):
        if value is None:
            return
        if kind == "ref":
            for href in json.loads(value):
                etree.SubElement(parent, _x(name)).set("{%s}href" % XLINK_NS, href)
        elif kind == "json":
            for item in json.loads(value):
                self.append_json_value(parent, name, item, None)
        else:
            child = etree.SubElement(parent, _x(name))
            if kind == "bool":
                value = bool(value)
            child.text = _format(value)
            if kind == "measure":
                child.set("uom", uom or "m")
            if kind == "code" and code_space:
                child.set("codeSpace", code_space)

    def append_json_value(self, parent, name, item, uom):
        if isinstance(item, dict) and "_type" in item:
            holder = etree.SubElement(parent, _x(name))
            holder.append(self.data_type_element(item))
        elif isinstance(item, dict) and "href" in item:
            etree.SubElement(parent, _x(name)).set("{%s}href" % XLINK_NS, item["href"])
        elif isinstance(item, dict) and "value" in item:
            child = etree.SubElement(parent, _x(name))
            child.text = _format(item["value"])
            if item.get("uom") or uom:
                child.set("uom", item.get("uom") or uom)
            if item.get("codeSpace"):
                child.set("codeSpace", item["codeSpace"])
        elif item is not None:
            child = etree.SubElement(parent, _x(name))
            child.text = _format(item)
            if uom:
                child.set("uom", uom)

    def data_type_element(self, record):
        type_name = record["_type"]
        element = etree.Element(_x(type_name), nsmap=NSMAP)
        keys = [k for k in record if k not in SKIPPED_KEYS and not k.endswith(("_token", "_label"))]
        order = self.order.get(type_name)
        if order is not None:
            for key in keys:
                if key not in order:
                    self.warn((type_name, key), tr("{} has no property {} in XPlanGML 6.0; it is left out.").format(type_name, key))
            keys = [k for k in order if k in keys]
        if type_name in ("XP_ExterneReferenz", "XP_SpezExterneReferenz") and "referenzName" not in keys and order:
            record = dict(record, referenzName="Unbekannt")  # mandatory in 6.0; the schema's default name
            keys = [k for k in order if k in record]
        uoms = record.get("_uom", {})
        for key in keys:
            value = record[key]
            items = value if key in record.get("_lists", []) else [value]
            for item in items:
                self.append_json_value(element, key, item, uoms.get(key))
        return element

    def geometry_element(self, geometry, gml_id, srs_name):
        if geometry.GetGeometryCount() == 1 and ogr.GT_IsSubClassOf(geometry.GetGeometryType(), ogr.wkbGeometryCollection):
            geometry = geometry.GetGeometryRef(0)  # a single part is written as the simple geometry
        return GmlEncoder(gml_id, srs_name).encode(geometry)


def _read_records(dataset, kinds, layer_names, writer, feedback):
    """All objects of the GeoPackage as ExportRecords (plans and Bereiche first) and the srsName to write."""
    records, srs_name = [], None
    for index, layer_name in enumerate(layer_names):
        if feedback is not None:
            if feedback.isCanceled():
                raise CancelledError()
            feedback.setProgress(50.0 * index / len(layer_names))
        layer = dataset.GetLayerByName(layer_name)
        if layer is None:
            continue
        srs = layer.GetSpatialRef()
        if srs is not None and srs_name is None:
            srs_name = "EPSG:{}".format(srs.GetAuthorityCode(None))
        field_kinds = kinds[layer_name]
        geometry_property = next((f for f, (k, _u, _c) in field_kinds.items() if k == "geometry"), None)
        # field indices once per layer: OGR's by-name lookups scan the field list in Python on every call
        definition = layer.GetLayerDefn()
        index_of = {definition.GetFieldDefn(i).GetName(): i for i in range(definition.GetFieldCount())}
        wanted = [(index_of[name], name, kind, uom, code_space) for name, (kind, uom, code_space) in field_kinds.items()
                  if kind not in ("meta", "derived", "geometry") and name in index_of]
        meta_index = {name: index_of.get(name) for name in ("gml_id", "xplan_class", "source_class", "plan_id", "bereich_id")}
        for feature in layer:
            values = {}
            for index, name, kind, uom, code_space in wanted:
                if feature.IsFieldSetAndNotNull(index):
                    values[name] = (kind, feature.GetField(index), uom, code_space)
            meta = {name: feature.GetField(index) if index is not None else None for name, index in meta_index.items()}
            xplan_class = meta["xplan_class"]
            geometry = feature.GetGeometryRef()
            source_class = meta["source_class"] or xplan_class
            if xplan_class not in writer.order:  # a GeoPackage imported by an older version: map here
                xplan_class = migration.target_class(xplan_class, geometry is not None)[0]
                for old, new in migration.PROPERTY_RENAMES.items():
                    if old in values and new not in values:
                        values[new] = values.pop(old)
            records.append(ExportRecord(
                xplan_class, meta["gml_id"], writer.migrate_values(xplan_class, values),
                source_class=source_class, geometry_property=geometry_property,
                geometry=geometry.Clone() if geometry is not None else None, plan_id=meta["plan_id"], bereich_id=meta["bereich_id"]))
    return records, srs_name


class ExportResult:
    """What an export did: objects written, warnings (each filled-in or mapped value), and the schema check.
    Unpacks as ``count, warnings`` for callers that need only those."""

    def __init__(self, count, warnings, schema_file=None, schema_source=None, schema_errors=()):
        self.count = count
        self.warnings = warnings
        self.schema_file = schema_file
        self.schema_source = schema_source
        self.schema_errors = list(schema_errors)

    def __iter__(self):
        return iter((self.count, self.warnings))


MAX_REPORTED_SCHEMA_ERRORS = 5


def check_against_schema(path, schema_dir=None):
    """(schema file, source, [error texts with line]) of a written 6.0 file against the 6.0 XSD."""
    from ..xmlsafe import safe_parser
    from .schemas import load_schema, locate_schema

    schema_file, source = locate_schema("6.0", schema_dir)
    if schema_file is None:
        raise UrbanTwinError(tr("No XML schema for XPlanGML 6.0 found; the export cannot be checked."), path=schema_dir)
    schema = load_schema(schema_file)
    tree = etree.parse(path, safe_parser(huge_tree=True))
    if schema.validate(tree):
        return schema_file, source, []
    return schema_file, source, [tr("line {}: {}").format(e.line, e.message) for e in schema.error_log]


def export_xplan(gpkg_path, target, feedback=None, allow_invalid=False, schema_dir=None):
    """Write all XPlan layers of a GeoPackage as one XPlanGML 6.0 XPlanAuszug, checked against the 6.0 schema
    before it is put under the target name. Returns an ExportResult (unpacks as ``count, warnings``).

    A schema-invalid result is an error (the target is not written, an earlier file stays) unless
    ``allow_invalid``: then it is written and the schema errors become warnings."""
    dataset = ogr.Open(gpkg_path)
    if dataset is None:
        raise UrbanTwinError(tr("The GeoPackage cannot be opened."), path=gpkg_path)
    kinds = read_field_kinds(dataset)
    if not kinds or dataset.GetLayerByName("plans") is None:
        raise UrbanTwinError(tr("This GeoPackage has no 'plans' layer; it was not made by the XPlanGML import."), path=gpkg_path)
    writer = XPlanWriter()
    root = etree.Element(_x("XPlanAuszug"), nsmap=NSMAP)
    root.set("{%s}id" % GML_NS, "GML_" + str(uuid.uuid4()))
    root.set("{%s}schemaLocation" % XSI_NS, SCHEMA_LOCATION)
    bounded_by = etree.SubElement(root, "{%s}boundedBy" % GML_NS)
    layer_names = sorted(kinds, key=lambda n: (n != "plans", n != "bereiche", n))
    records, srs_name = _read_records(dataset, kinds, layer_names, writer, feedback)
    conformer = Conformer(writer.order, writer.warn)
    conformer.complete_links(records)
    conformer.drop_dangling(records)
    extent, count = None, 0
    for index, record in enumerate(records):
        if feedback is not None:
            if feedback.isCanceled():
                raise CancelledError()
            feedback.setProgress(50.0 + 50.0 * index / len(records))
        conformer.conform(record)
        geometry = record.geometry
        element = writer.feature_element(record.xplan_class, record.gml_id, record.values, record.geometry_property, geometry,
                                         srs_name or "EPSG:25832")
        if geometry is not None:
            envelope = geometry.GetEnvelope()
            extent = envelope if extent is None else (min(extent[0], envelope[0]), max(extent[1], envelope[1]),
                                                      min(extent[2], envelope[2]), max(extent[3], envelope[3]))
        etree.SubElement(root, "{%s}featureMember" % GML_NS).append(element)
        count += 1
    if extent is None:
        raise UrbanTwinError(tr("The GeoPackage contains no geometry to export."), path=gpkg_path)
    envelope = etree.SubElement(bounded_by, "{%s}Envelope" % GML_NS, srsName=srs_name or "EPSG:25832")
    etree.SubElement(envelope, "{%s}lowerCorner" % GML_NS).text = "{} {}".format(_format(extent[0]), _format(extent[2]))
    etree.SubElement(envelope, "{%s}upperCorner" % GML_NS).text = "{} {}".format(_format(extent[1]), _format(extent[3]))
    etree.cleanup_namespaces(root, top_nsmap=NSMAP)
    with atomic_path(target) as tmp:
        etree.ElementTree(root).write(tmp, xml_declaration=True, encoding="utf-8", pretty_print=True)
        schema_file, source, errors = check_against_schema(tmp, schema_dir)
        if errors and not allow_invalid:
            shown = errors[:MAX_REPORTED_SCHEMA_ERRORS]
            raise UrbanTwinError(tr("The export is not valid against the XPlanGML 6.0 schema ({} errors; nothing was written; "
                                    "ALLOW_INVALID=true writes it anyway). First errors:\n{}").format(len(errors), "\n".join(shown)),
                                 path=target)
    warnings = list(writer.warnings)
    if errors:
        warnings.append(tr("The export is not valid against the XPlanGML 6.0 schema ({} errors); written because "
                           "ALLOW_INVALID is set.").format(len(errors)))
        warnings.extend(errors[:MAX_REPORTED_SCHEMA_ERRORS])
    return ExportResult(count, warnings, schema_file, source, errors)
