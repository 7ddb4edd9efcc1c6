"""Normalised XPlan model → GeoPackage (OGR, one transaction per layer, atomic file).

Layers: ``plans``, ``bereiche`` and one layer per Planinhalt class in lowercase (a ``_point``/``_line``
suffix only when a class has mixed geometry types). The table ``xplan_fields`` records what every
column is (meta, derived, text, int, real, bool, measure + uom, code + codeSpace, ref, json, geometry)
so the writer can turn edited layers back into XPlanGML without guessing.
"""

import os

from osgeo import gdal, ogr, osr

from ..atomic import atomic_path
from ..errors import CancelledError, UrbanTwinError
from ..i18n import tr
from ..write_checks import check_feature_counts, check_ogr, gdal_write_errors
from .model import derived_attributes, height_entries, json_text, label_nested
from .reader import Code, Measure, Ref

FIELDS_TABLE = "xplan_fields"
META_FIELDS = ("gml_id", "plan_id", "bereich_id", "xplan_class", "xplan_version", "source_class", "source_file")
HEIGHT_TOKENS = ("GH", "FH", "TH", "OK")
# Columns the compliance check and styles rely on, present even when no object sets them.
REQUIRED_FIELDS = {
    "plans": [("bezugshoehe", "measure"), ("name", "text"), ("planArt", "int"), ("rechtsstand", "int")],
    "bp_baugebietsteilflaeche": [
        ("GRZ", "real"), ("GRZmax", "real"), ("GRZmin", "real"), ("GFZ", "real"), ("GFZmax", "real"), ("GFZmin", "real"),
        ("Z", "int"), ("Zmax", "int"), ("Zmin", "int"), ("Zzwingend", "int"), ("allgArtDerBaulNutzung", "int"),
        ("besondereArtDerBaulNutzung", "int"), ("bauweise", "int"), ("hoehenangabe", "json"),
    ],
}
REQUIRED_DERIVED = {
    "bp_baugebietsteilflaeche": ["baugebiet_token", "besondereArtDerBaulNutzung_label", "allgArtDerBaulNutzung_label",
                                 "bauweise_label"]
    + [name.format(t) for t in HEIGHT_TOKENS for name in ("h_{}_max", "h_{}_bezug", "h_{}_max_nhn")],
}
DIMENSION_SUFFIX = {0: "_point", 1: "_line", 2: ""}


def layer_name_for(obj, mixed_dims):
    if obj.kind == "plan":
        return "plans"
    if obj.kind == "bereich":
        return "bereiche"
    base = obj.xplan_class.lower()
    if obj.geometry is None or len(mixed_dims) < 2:
        return base
    dim = obj.geometry.GetDimension()
    return base + ("" if dim == max(mixed_dims) else DIMENSION_SUFFIX[dim])


def group_objects(document):
    """{layer name: [objects]} in a stable order: plans, bereiche, then classes alphabetically."""
    dims = {}
    for obj in document.objects:
        if obj.geometry is not None and obj.kind not in ("plan", "bereich"):
            dims.setdefault(obj.xplan_class, set()).add(obj.geometry.GetDimension())
    groups = {}
    for obj in document.objects:
        groups.setdefault(layer_name_for(obj, dims.get(obj.xplan_class, set())), []).append(obj)
    order = sorted(groups, key=lambda n: (n != "plans", n != "bereiche", n))
    return {name: groups[name] for name in order}


def _value_kind(values):
    if any(isinstance(v, dict) for v in values):
        return "json"
    if all(isinstance(v, Ref) for v in values):
        return "ref"
    if any(isinstance(v, Ref) for v in values):
        return "json"
    if all(isinstance(v, Measure) for v in values):
        inner = [v.value for v in values]
        return "measure" if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in inner) else "json"
    if all(isinstance(v, Code) for v in values):
        return "code"
    if any(isinstance(v, (Measure, Code)) for v in values):
        return "json"
    if all(isinstance(v, bool) for v in values):
        return "bool"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "int"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return "real"
    return "text"


def plan_columns(objects):
    """Ordered column specs {name: {kind, uom, code_space}} for the properties of a layer's objects."""
    collected, repeated = {}, set()
    for obj in objects:
        for name, values in obj.properties.items():
            collected.setdefault(name, []).extend(values)
            if len(values) > 1:
                repeated.add(name)
    columns = {}
    for name, values in collected.items():
        kind = _value_kind(values)
        if name in repeated and kind not in ("ref",):
            kind = "json"
        spec = {"kind": kind, "uom": None, "code_space": None}
        if kind == "measure":
            spec["uom"] = next((v.uom for v in values if v.uom), None)
        if kind == "code":
            spec["code_space"] = next((v.code_space for v in values if v.code_space), None)
        columns[name] = spec
    return columns


def _json_value(value):
    if isinstance(value, Measure):
        return {"value": value.value, "uom": value.uom}
    if isinstance(value, Code):
        return {"value": value.value, "codeSpace": value.code_space}
    if isinstance(value, Ref):
        return {"href": value.href}
    return value


OGR_TYPES = {
    "text": (ogr.OFTString, ogr.OFSTNone), "code": (ogr.OFTString, ogr.OFSTNone), "int": (ogr.OFTInteger64, ogr.OFSTNone),
    "real": (ogr.OFTReal, ogr.OFSTNone), "measure": (ogr.OFTReal, ogr.OFSTNone), "bool": (ogr.OFTInteger, ogr.OFSTBoolean),
    "ref": (ogr.OFTString, ogr.OFSTJSON), "json": (ogr.OFTString, ogr.OFSTJSON), "meta": (ogr.OFTString, ogr.OFSTNone),
}
DERIVED_TYPES = {"_max": "real", "_nhn": "real"}


def _derived_kind(name):
    for suffix, kind in DERIVED_TYPES.items():
        if name.endswith(suffix):
            return kind
    return "text"


def _geometry_type(objects):
    geometries = [o.geometry for o in objects if o.geometry is not None]
    if not geometries:
        return ogr.wkbNone
    dim = max(g.GetDimension() for g in geometries)
    curved = any(g.HasCurveGeometry() for g in geometries)
    if dim == 2:
        return ogr.wkbMultiSurface if curved else ogr.wkbMultiPolygon
    if dim == 1:
        return ogr.wkbMultiCurve if curved else ogr.wkbMultiLineString
    return ogr.wkbMultiPoint


def write_geopackage(document, target, feedback=None, finish=None):
    """Write the document's layers to ``target`` atomically; returns {layer name: feature count}.

    ``finish(temporary_path, counts)`` (optional) adds to the file before it is checked and renamed into
    place (provenance metadata, styles). Any failed write (e.g. disk full) raises UrbanTwinError; the file is
    renamed last, after the integrity check and a feature count per layer."""
    groups = group_objects(document)
    if not groups:
        raise UrbanTwinError(tr("The document contains no XPlanung objects."), path=document.path)
    srs = None
    if document.epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(document.epsg)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    plans_by_id = {p.gml_id: p for p in document.plans}
    counts = {}
    with atomic_path(target, suffix=".gpkg") as tmp:
        with gdal_write_errors(target):
            driver = ogr.GetDriverByName("GPKG")
            dataset = driver.CreateDataSource(tmp)
            if dataset is None:
                raise UrbanTwinError(tr("The GeoPackage cannot be created."), path=target)
            try:
                field_rows = []
                total = sum(len(v) for v in groups.values())
                done = 0
                for layer_name, objects in groups.items():
                    if feedback is not None and feedback.isCanceled():
                        raise CancelledError()
                    written = _write_layer(dataset, layer_name, objects, document, srs, plans_by_id, field_rows, target)
                    counts[layer_name] = written
                    done += written
                    if feedback is not None:
                        feedback.setProgress(100.0 * done / total)
                _write_fields_table(dataset, field_rows, target)
                dataset.FlushCache()
            finally:
                dataset = None
        if finish is not None:
            finish(tmp, counts)
        check_feature_counts(tmp, dict(counts, **{FIELDS_TABLE: len(field_rows)}), target)
    return counts


def _write_layer(dataset, layer_name, objects, document, srs, plans_by_id, field_rows, target):
    geometry_type = _geometry_type(objects)
    options = ["FID=fid", "GEOMETRY_NAME=geom"] if geometry_type != ogr.wkbNone else ["FID=fid"]
    layer = dataset.CreateLayer(layer_name, srs if geometry_type != ogr.wkbNone else None, geometry_type, options=options)
    columns = plan_columns(objects)
    for name, kind in REQUIRED_FIELDS.get(layer_name, []):
        if name not in columns:
            columns[name] = {"kind": kind, "uom": "m" if kind == "measure" else None, "code_space": None}
        elif kind in ("real", "measure") and columns[name]["kind"] == "int":
            columns[name]["kind"] = "real"
    derived_per_object = [derived_attributes(o, plans_by_id.get(o.plan_id)) for o in objects]
    derived_names = list(REQUIRED_DERIVED.get(layer_name, []))
    for derived in derived_per_object:
        for name in derived:
            if name not in derived_names and name not in columns:
                derived_names.append(name)
    geometry_property = next((o.geometry_property for o in objects if o.geometry_property), None)

    def add_field(name, kind):
        ogr_type, subtype = OGR_TYPES[kind]
        definition = ogr.FieldDefn(name, ogr_type)
        definition.SetSubType(subtype)
        layer.CreateField(definition)

    for name in META_FIELDS:
        add_field(name, "meta")
        field_rows.append((layer_name, name, "meta", None, None))
    for name, spec in columns.items():
        add_field(name, spec["kind"])
        field_rows.append((layer_name, name, spec["kind"], spec["uom"], spec["code_space"]))
    for name in derived_names:
        add_field(name, _derived_kind(name))
        field_rows.append((layer_name, name, "derived", None, None))
    if geometry_property:
        field_rows.append((layer_name, geometry_property, "geometry", None, None))

    definition = layer.GetLayerDefn()
    index = {definition.GetFieldDefn(i).GetName(): i for i in range(definition.GetFieldCount())}
    source_file = os.path.basename(document.path)
    layer.StartTransaction()
    for obj, derived in zip(objects, derived_per_object):
        feature = ogr.Feature(definition)
        meta = {"gml_id": obj.gml_id, "plan_id": obj.plan_id, "bereich_id": obj.bereich_id, "xplan_class": obj.xplan_class,
                "xplan_version": document.version, "source_class": obj.source_class, "source_file": source_file}
        for name, value in meta.items():
            if value is not None:
                feature.SetField(index[name], value)
        for name, spec in columns.items():
            values = obj.properties.get(name)
            if not values:
                continue
            _set_value(feature, index[name], name, spec["kind"], values, obj)
        for name in derived_names:
            value = derived.get(name)
            if value is not None:
                feature.SetField(index[name], value)
        if obj.geometry is not None and geometry_type != ogr.wkbNone:
            feature.SetGeometry(ogr.ForceTo(obj.geometry.Clone(), geometry_type))
        if layer.CreateFeature(feature):
            raise UrbanTwinError(tr("Writing failed: {}").format(gdal.GetLastErrorMsg()), path=target, obj=obj.gml_id)
    check_ogr(layer.CommitTransaction(), target, "COMMIT")
    return len(objects)


def _set_value(feature, field_index, name, kind, values, obj):
    if kind == "json":
        if name == "hoehenangabe":
            feature.SetField(field_index, json_text(height_entries(obj)))
        else:
            feature.SetField(field_index, json_text([label_nested(_json_value(v)) for v in values]))
    elif kind == "ref":
        feature.SetField(field_index, json_text([v.href for v in values]))
    else:
        value = values[0]
        if isinstance(value, (Measure, Code)):
            value = value.value
        if kind == "bool":
            feature.SetField(field_index, 1 if value else 0)
        elif kind == "int":
            feature.SetField(field_index, int(value))
        elif kind in ("real", "measure"):
            feature.SetField(field_index, float(value))
        else:
            feature.SetField(field_index, str(value))


def _write_fields_table(dataset, rows, target):
    layer = dataset.CreateLayer(FIELDS_TABLE, None, ogr.wkbNone, options=["FID=fid"])
    for name in ("layer_name", "field_name", "kind", "uom", "code_space"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for row in rows:
        feature = ogr.Feature(definition)
        for index, value in enumerate(row):
            if value is not None:
                feature.SetField(index, value)
        check_ogr(layer.CreateFeature(feature), target, FIELDS_TABLE)
    check_ogr(layer.CommitTransaction(), target, "COMMIT")


def import_xplan(path, target, feedback=None, finish=None):
    """Read an XPlanGML file/ZIP and write the GeoPackage; returns (document, counts).

    ``finish(document, temporary_path, counts)`` runs before the file is renamed into place."""
    from .reader import read_xplan_file

    document = read_xplan_file(path)
    if feedback is not None:
        for text in warning_texts(document):
            feedback.pushWarning(text)
    counts = write_geopackage(document, target, feedback,
                              None if finish is None else (lambda tmp, counts: finish(document, tmp, counts)))
    return document, counts


def warning_texts(document):
    """Reader warnings as sentences naming the file and the object."""
    name = os.path.basename(document.path)
    return [str(UrbanTwinError(message, path=name, obj=gml_id)) for gml_id, message in document.warnings]
