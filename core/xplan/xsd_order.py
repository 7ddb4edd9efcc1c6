"""Element order of XPlanGML 6.0 classes and data types, derived from the official XSD.

``element_order_from_xsd(folder)`` walks every complexType's ``xs:sequence`` including its extension
bases (GML base types contribute nothing: the writer does not emit gml:description etc.). The result
is shipped as ``resources/codelists/xplan_6_0_element_order.json`` so export works without the schemas;
a test checks the resource against the XSD.
"""

import glob
import json
import os

from lxml import etree

from ..xmlsafe import safe_parser

XS = "{http://www.w3.org/2001/XMLSchema}"
PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ORDER_RESOURCE = os.path.join(PLUGIN_DIR, "resources", "codelists", "xplan_6_0_element_order.json")
DATA_TYPES_RESOURCE = os.path.join(PLUGIN_DIR, "resources", "codelists", "xplan_6_0_property_data_types.json")
ENUMS_RESOURCE = os.path.join(PLUGIN_DIR, "resources", "codelists", "xplan_6_0_enumerations.json")
REQUIRED_RESOURCE = os.path.join(PLUGIN_DIR, "resources", "codelists", "xplan_6_0_required.json")
CLASSES_RESOURCE = os.path.join(PLUGIN_DIR, "resources", "codelists", "xplan_feature_classes.json")
_known_classes = {}


def _flatten(types, type_name, seen=()):
    """Properties of a complex type including those inherited along its extension bases (base first)."""
    if type_name not in types or type_name in seen:
        return {}
    base, props = types[type_name]
    merged = dict(_flatten(types, base, seen + (type_name,)))
    merged.update(props)
    return merged


def _local(qname):
    return qname.split(":", 1)[-1] if qname else None


def element_order_from_xsd(folder):
    """{element name (class or data type): [property names in schema order]} for one XSD version folder."""
    types, elements = {}, {}
    for path in sorted(glob.glob(os.path.join(folder, "XPlanGML*.xsd"))):
        root = etree.parse(path, safe_parser()).getroot()
        for complex_type in root.findall(XS + "complexType"):
            extension = complex_type.find("{0}complexContent/{0}extension".format(XS))
            base = _local(extension.get("base")) if extension is not None else None
            holder = extension if extension is not None else complex_type
            sequence = holder.find(XS + "sequence")
            names = [e.get("name") or _local(e.get("ref")) for e in sequence.iter(XS + "element")] if sequence is not None else []
            types[complex_type.get("name")] = (base, names)
        for element in root.findall(XS + "element"):
            if element.get("type"):
                elements[element.get("name")] = _local(element.get("type"))

    def flatten(type_name, seen=()):
        if type_name not in types or type_name in seen:
            return []
        base, names = types[type_name]
        return flatten(base, seen + (type_name,)) + names

    return {name: flatten(type_name) for name, type_name in sorted(elements.items()) if type_name in types}


def property_data_types_from_xsd(folder):
    """{class: {property: data type element}} for properties whose 6.0 type wraps a data type
    (``xplan:<DataType>PropertyType``), e.g. BP_GruenFlaeche.zweckbestimmung → BP_KomplexeZweckbestGruen."""
    types, elements, data_types = {}, {}, set()
    for path in sorted(glob.glob(os.path.join(folder, "XPlanGML*.xsd"))):
        root = etree.parse(path, safe_parser()).getroot()
        for complex_type in root.findall(XS + "complexType"):
            extension = complex_type.find("{0}complexContent/{0}extension".format(XS))
            holder = extension if extension is not None else complex_type
            sequence = holder.find(XS + "sequence")
            props = {e.get("name"): _local(e.get("type")) for e in sequence.iter(XS + "element")
                     if e.get("name")} if sequence is not None else {}
            types[complex_type.get("name")] = (_local(extension.get("base")) if extension is not None else None, props)
        for element in root.findall(XS + "element"):
            elements[element.get("name")] = _local(element.get("type"))
            if element.get("substitutionGroup", "").endswith("AbstractGML") or not element.get("substitutionGroup"):
                data_types.add(element.get("name"))

    result = {}
    for name, type_name in elements.items():
        wrapped = {}
        for prop, prop_type in _flatten(types, type_name).items():
            if prop_type and prop_type.endswith("PropertyType"):
                target = prop_type[: -len("PropertyType")]
                if target in elements and target in data_types and not target.startswith(("BP_Plan", "XP_Plan")):
                    wrapped[prop] = target
        if wrapped:
            result[name] = wrapped
    return result


def _enumeration_label(enumeration):
    """German label of an enumeration value: the first line of its documentation (shortened), else its name."""
    text = (enumeration.findtext("{0}annotation/{0}documentation".format(XS)) or "").strip()
    if not text:
        comments = [c.text.strip() for c in enumeration if isinstance(c, etree._Comment) and c.text]
        return comments[0] if comments else None
    first = text.splitlines()[0].strip()
    if len(first) > 80:
        cut = first.find(". ")
        first = first[:cut] if 0 < cut <= 80 else first[:77].rstrip() + "…"
    return first.rstrip(".")


def enumerations_from_xsd(folder):
    """{"types": {enumeration type: {code: German label}}, "properties": {class: {property: enumeration type}}}."""
    enums, types, elements = {}, {}, {}
    for path in sorted(glob.glob(os.path.join(folder, "XPlanGML*.xsd"))):
        root = etree.parse(path, etree.XMLParser(remove_comments=False, resolve_entities=False, no_network=True)).getroot()
        for simple_type in root.findall(XS + "simpleType"):
            values = simple_type.findall("{0}restriction/{0}enumeration".format(XS))
            if values:
                enums[simple_type.get("name")] = {v.get("value"): _enumeration_label(v) for v in values}
        for complex_type in root.findall(XS + "complexType"):
            extension = complex_type.find("{0}complexContent/{0}extension".format(XS))
            holder = extension if extension is not None else complex_type
            sequence = holder.find(XS + "sequence")
            props = {e.get("name"): _local(e.get("type")) for e in sequence.iter(XS + "element")
                     if e.get("name")} if sequence is not None else {}
            types[complex_type.get("name")] = (_local(extension.get("base")) if extension is not None else None, props)
        for element in root.findall(XS + "element"):
            elements[element.get("name")] = _local(element.get("type"))

    properties = {}
    for name, type_name in elements.items():
        enum_props = {prop: prop_type for prop, prop_type in _flatten(types, type_name).items() if prop_type in enums}
        if enum_props:
            properties[name] = enum_props
    return {"types": enums, "properties": properties}


_enumerations = {}


def load_enumerations():
    if not _enumerations:
        with open(ENUMS_RESOURCE, encoding="utf-8") as handle:
            _enumerations.update(json.load(handle))
    return _enumerations


def enumeration_label(xplan_class, prop, code):
    """German label of a code of an enumerated 6.0 property (data types included), or None."""
    data = load_enumerations()
    type_name = data["properties"].get(xplan_class, {}).get(prop)
    if type_name is None:
        return None
    return data["types"][type_name].get(str(code))


def load_element_order():
    with open(ORDER_RESOURCE, encoding="utf-8") as handle:
        return json.load(handle)


def write_order_resource(folder, target=ORDER_RESOURCE):
    """Regenerate the shipped resources (element order and property data types) from an XSD folder (developer tool)."""
    os.makedirs(os.path.dirname(target), exist_ok=True)
    for path, data in ((target, element_order_from_xsd(folder)), (DATA_TYPES_RESOURCE, property_data_types_from_xsd(folder)),
                       (ENUMS_RESOURCE, enumerations_from_xsd(folder)), (REQUIRED_RESOURCE, required_properties_from_xsd(folder))):
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=0, sort_keys=True)
            handle.write("\n")


def required_properties_from_xsd(folder):
    """{class or data type: {property: XSD type (local name)}} of the properties with minOccurs >= 1, inherited
    ones included (what a 6.0 writer must fill in)."""
    types, elements = {}, {}
    for path in sorted(glob.glob(os.path.join(folder, "XPlanGML*.xsd"))):
        root = etree.parse(path, safe_parser()).getroot()
        for complex_type in root.findall(XS + "complexType"):
            extension = complex_type.find("{0}complexContent/{0}extension".format(XS))
            holder = extension if extension is not None else complex_type
            sequence = holder.find(XS + "sequence")
            props = {e.get("name"): _local(e.get("type")) for e in sequence.iter(XS + "element")
                     if e.get("name") and e.get("minOccurs", "1") != "0"} if sequence is not None else {}
            types[complex_type.get("name")] = (_local(extension.get("base")) if extension is not None else None, props)
        for element in root.findall(XS + "element"):
            if element.get("type"):
                elements[element.get("name")] = _local(element.get("type"))
    result = {}
    for name, type_name in sorted(elements.items()):
        required = _flatten(types, type_name)
        if required and name[:3] in ("BP_", "FP_", "LP_", "RP_", "SO_", "XP_"):
            result[name] = dict(sorted(required.items()))
    return result


def load_property_data_types():
    with open(DATA_TYPES_RESOURCE, encoding="utf-8") as handle:
        return json.load(handle)


def feature_classes_from_xsd(folder):
    """Names of the concrete XPlan feature classes (BP_, FP_, LP_, RP_, SO_, XP_) declared in one version folder."""
    names = set()
    for path in sorted(glob.glob(os.path.join(folder, "XPlanGML*.xsd"))):
        root = etree.parse(path, safe_parser()).getroot()
        for element in root.findall(XS + "element"):
            name = element.get("name") or ""
            if name[:3] in ("BP_", "FP_", "LP_", "RP_", "SO_", "XP_") and element.get("abstract") != "true" \
                    and element.get("substitutionGroup"):
                names.add(name)
    return sorted(names)


def write_classes_resource(xsd_root, target=CLASSES_RESOURCE):
    """{version: [feature classes]} for every XPlanGML_<v> folder under ``xsd_root`` (developer tool)."""
    result = {}
    for folder in sorted(glob.glob(os.path.join(xsd_root, "XPlanGML_*"))):
        version = os.path.basename(folder)[len("XPlanGML_"):].replace("_", ".")
        result[version] = feature_classes_from_xsd(folder)
    with open(target, "w", encoding="utf-8") as handle:
        json.dump(result, handle, ensure_ascii=False, indent=0, sort_keys=True)
        handle.write("\n")


def known_feature_classes(version):
    """Feature classes of a version (6.1 uses the 6.0 list: it only adds properties), or None when unknown."""
    if not _known_classes:
        with open(CLASSES_RESOURCE, encoding="utf-8") as handle:
            _known_classes.update({k: set(v) for k, v in json.load(handle).items()})
    return _known_classes.get(version) or (_known_classes.get("6.0") if version == "6.1" else None)
