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
CLASSES_RESOURCE = os.path.join(PLUGIN_DIR, "resources", "codelists", "xplan_feature_classes.json")
_known_classes = {}


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


def load_element_order():
    with open(ORDER_RESOURCE, encoding="utf-8") as handle:
        return json.load(handle)


def write_order_resource(folder, target=ORDER_RESOURCE):
    """Regenerate the shipped resource from an XSD folder (developer tool)."""
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as handle:
        json.dump(element_order_from_xsd(folder), handle, ensure_ascii=False, indent=0, sort_keys=True)
        handle.write("\n")


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
