"""Make the objects of an XPlan GeoPackage conform to XPlanGML 6.0 before they are written.

Works on ``ExportRecord``s (one per object, values as the writer reads them from the GeoPackage:
name → (kind, value, uom, code_space)). Every change is a warning naming the object:

* the Bereich links 6.0 requires (``gehoertZuBereich`` of every Fachobjekt, ``gehoertZuPlan`` of every Bereich)
  are completed from the plan's Bereich, both directions; a plan without any Bereich gets one;
* links to objects that are not in the file are dropped (never a dangling link);
* objects of classes 6.0 no longer has carry their original class, and every property their 6.0 class does not
  have (or a code outside the 6.0 enumeration) is kept as an XP_StringAttribut in ``hatGenerAttribut``;
* mandatory 6.0 properties that are missing are filled: what the source class says (``CLASS_FILLS``), else the
  code for "Unbekannt" (9998) or "Sonstiges" (9999) of the enumeration, ``false`` for booleans, "Unbekannt" for
  texts (a plan's name: its number when it has one), 0 for numbers, a data type with its own mandatory parts.
"""

import json
import uuid
from dataclasses import dataclass, field
from typing import Optional

from ..i18n import tr
from . import migration
from .xsd_order import load_enumerations

GEOMETRY_TYPES = ("GeometryPropertyType",)
PRESENTATION_CLASSES = ("XP_PPO", "XP_PTO", "XP_LPO", "XP_LTO", "XP_FPO", "XP_Nutzungsschablone", "XP_Praesentationsobjekt")


@dataclass
class ExportRecord:
    xplan_class: str
    gml_id: str
    values: dict
    source_class: Optional[str] = None
    geometry_property: Optional[str] = None
    geometry: object = None
    plan_id: Optional[str] = None
    bereich_id: Optional[str] = None
    extra: dict = field(default_factory=dict)

    @property
    def is_plan(self):
        return self.xplan_class.endswith("_Plan")

    @property
    def is_bereich(self):
        return self.xplan_class.endswith("_Bereich")

    def refs(self, name):
        kind, value = self.values.get(name, (None, None))[:2]
        if kind != "ref" or not value:
            return []
        return [h[1:] for h in json.loads(value) if isinstance(h, str) and h.startswith("#")]

    def add_ref(self, name, target_id):
        hrefs = json.loads(self.values[name][1]) if name in self.values and self.values[name][0] == "ref" else []
        if "#" + target_id not in hrefs:
            hrefs.append("#" + target_id)
        self.values[name] = ("ref", json.dumps(hrefs), None, None)


def _text_of(spec):
    """A property value (kind, value, uom, code_space) as the text of a generic attribute."""
    kind, value, uom, _code_space = spec
    if kind == "measure" and uom:
        return "{} {}".format(value, uom)
    if kind == "bool":
        return "true" if value else "false"
    return str(value)


class Conformer:
    def __init__(self, order, warn):
        self.order = order
        self.warn = warn
        self.required = migration.load_required()
        self.enums = load_enumerations()

    # -- links -----------------------------------------------------------------------------------------------
    def complete_links(self, records):
        ids = {r.gml_id for r in records}
        by_id = {r.gml_id: r for r in records}
        plans = [r for r in records if r.is_plan]
        bereiche = [r for r in records if r.is_bereich]
        for bereich in bereiche:
            if not [i for i in bereich.refs("gehoertZuPlan") if i in ids] and plans:
                plan = by_id.get(bereich.plan_id) if bereich.plan_id in by_id else plans[0]
                bereich.add_ref("gehoertZuPlan", plan.gml_id)
                plan.add_ref("bereich", bereich.gml_id)
                self.warn((bereich.gml_id, "gehoertZuPlan"), tr(
                    "{} {}: gehoertZuPlan is mandatory in XPlanGML 6.0; linked to the plan {}.").format(
                    bereich.xplan_class, bereich.gml_id, plan.gml_id))
        for record in list(records):
            if "gehoertZuBereich" not in self.required.get(record.xplan_class, {}):
                continue
            if [i for i in record.refs("gehoertZuBereich") if i in ids and by_id[i].is_bereich]:
                continue
            bereich = self._bereich_for(record, records, by_id, plans)
            if bereich is None:
                continue
            record.add_ref("gehoertZuBereich", bereich.gml_id)
            back = "praesentationsobjekt" if record.xplan_class in PRESENTATION_CLASSES else "planinhalt"
            bereich.add_ref(back, record.gml_id)
            self.warn((record.gml_id, "gehoertZuBereich"), tr(
                "{} {}: gehoertZuBereich is mandatory in XPlanGML 6.0; linked to the Bereich {} of its plan.").format(
                record.xplan_class, record.gml_id, bereich.gml_id))
            ids.add(bereich.gml_id)

    def _bereich_for(self, record, records, by_id, plans):
        if record.bereich_id in by_id and by_id[record.bereich_id].is_bereich:
            return by_id[record.bereich_id]
        bereiche = [r for r in records if r.is_bereich]
        own = [b for b in bereiche if b.plan_id == record.plan_id] or bereiche
        if own:
            return own[0]
        if not plans:
            return None
        plan = by_id.get(record.plan_id) if record.plan_id in by_id else plans[0]
        bereich = ExportRecord(plan.xplan_class.split("_")[0] + "_Bereich", "GML_" + str(uuid.uuid4()),
                               {"nummer": ("int", 0, None, None), "name": ("text", migration.UNKNOWN_TEXT, None, None)},
                               plan_id=plan.gml_id)
        bereich.add_ref("gehoertZuPlan", plan.gml_id)
        plan.add_ref("bereich", bereich.gml_id)
        records.insert(records.index(plan) + 1, bereich)
        by_id[bereich.gml_id] = bereich
        self.warn(("bereich", plan.gml_id), tr(
            "The plan {} has no Bereich; XPlanGML 6.0 needs one for its content: {} {} was added.").format(
            plan.gml_id, bereich.xplan_class, bereich.gml_id))
        return bereich

    def drop_dangling(self, records):
        ids = {r.gml_id for r in records}
        for record in records:
            for name, (kind, value, uom, code_space) in list(record.values.items()):
                if kind == "ref" and value:
                    # "GML_x" without "#" (seen in the wild) is the local object GML_x when the file has it
                    hrefs = ["#" + h if isinstance(h, str) and h in ids else h for h in json.loads(value)]
                    kept = [h for h in hrefs if isinstance(h, str) and h.startswith("#") and h[1:] in ids]
                elif kind == "json" and value and '"href"' in value:
                    hrefs = json.loads(value)
                    kept = [h for h in hrefs if not (isinstance(h, dict) and set(h) == {"href"})
                            or str(h["href"]).startswith("#") and str(h["href"])[1:] in ids]
                else:
                    continue
                for lost in [h for h in hrefs if h not in kept]:
                    self.warn((record.gml_id, name, str(lost)), tr(
                        "{} {}: the link {} = {} points to an object that is not in the file; it is not written.").format(
                        record.xplan_class, record.gml_id, name, lost if isinstance(lost, str) else lost.get("href")))
                if kept:
                    record.values[name] = (kind, json.dumps(kept), uom, code_space)
                else:
                    del record.values[name]

    # -- classes and properties ----------------------------------------------------------------------------
    def conform(self, record):
        order = self.order.get(record.xplan_class, [])
        generic = []
        kind = migration.target_class(record.source_class, record.geometry is not None)[1] if record.source_class else migration.SAME
        if record.source_class and record.source_class != record.xplan_class:
            self.warn((record.gml_id, "class"), tr("{} {} (XPlanGML class {}) is written as {} ({}).").format(
                record.source_class, record.gml_id, record.source_class, record.xplan_class,
                tr("successor class") if kind == migration.SUCCESSOR else tr("general class, original class and attributes kept")
                if kind == migration.FALLBACK else tr("text section holding the scan reference")))
            if kind == migration.FALLBACK:
                generic.append((migration.ORIGINAL_CLASS_ATTRIBUTE, record.source_class))
        for name in [n for n in record.values if n not in order]:
            generic.append((name, _text_of(record.values.pop(name))))
            self._note_moved(record, name, order)
        for name in list(record.values):
            if not self._valid_code(record, name):
                generic.append((name, _text_of(record.values.pop(name))))
                self.warn((record.gml_id, name, "code"), tr(
                    "{} {}: the code of {} is not in the XPlanGML 6.0 enumeration; it is kept as a generic attribute.").format(
                    record.xplan_class, record.gml_id, name))
        if generic:
            self._add_generic(record, generic, order)
        for name, value in migration.CLASS_FILLS.get(record.source_class, {}).items():
            if name in order and name not in record.values:
                record.values[name] = ("int", value, None, None)
                self.warn((record.gml_id, name), tr("{} {}: {} set to {} (from the original class {}).").format(
                    record.xplan_class, record.gml_id, name, value, record.source_class))
        self.fill_required(record)

    def _note_moved(self, record, name, order):
        if "hatGenerAttribut" in order:
            self.warn((record.gml_id, name), tr("{} {}: {} does not exist in XPlanGML 6.0; it is kept as a generic attribute.").format(
                record.xplan_class, record.gml_id, name))
        else:
            self.warn((record.xplan_class, name), tr("{} has no property {} in XPlanGML 6.0; it is left out.").format(
                record.xplan_class, name))

    def _add_generic(self, record, pairs, order):
        if "hatGenerAttribut" not in order:
            return
        kind, value = record.values.get("hatGenerAttribut", ("json", "[]"))[:2]
        existing = json.loads(value) if kind == "json" and value else []
        names = {item.get("name") for item in existing if isinstance(item, dict)}
        for name, text in pairs:
            if name not in names:
                existing.append({"_type": "XP_StringAttribut", "name": name, "wert": text})
                names.add(name)
        record.values["hatGenerAttribut"] = ("json", json.dumps(existing, ensure_ascii=False), None, None)

    def _enum_codes(self, xplan_class, name):
        enum_type = self.enums["properties"].get(xplan_class, {}).get(name)
        return self.enums["types"].get(enum_type) if enum_type else None

    def _valid_code(self, record, name):
        codes = self._enum_codes(record.xplan_class, name)
        if codes is None:
            return True
        kind, value = record.values[name][:2]
        items = json.loads(value) if kind == "json" else [value]
        return all(isinstance(item, (int, str)) and not isinstance(item, bool) and str(item) in codes for item in items)

    # -- mandatory values ------------------------------------------------------------------------------------
    def fill_required(self, record):
        for name, xsd_type in self.required.get(record.xplan_class, {}).items():
            if name in record.values or xsd_type in GEOMETRY_TYPES or xsd_type == "ReferenceType":
                continue
            filled = self._default(record, name, xsd_type)
            if filled is None:
                continue
            record.values[name] = filled
            shown = json.loads(filled[1]) if filled[0] == "json" else filled[1]
            self.warn((record.gml_id, name), tr(
                "{} {}: {} is mandatory in XPlanGML 6.0 and missing; filled in with {}.").format(
                record.xplan_class, record.gml_id, name, _shown(shown)))

    def _default(self, record, name, xsd_type):
        codes = self._enum_codes(record.xplan_class, name)
        if codes:
            for code in ("9998", "9999"):
                if code in codes:
                    return ("int", int(code), None, None)
            return None
        if xsd_type == "boolean":
            return ("bool", False, None, None)
        if xsd_type in ("int", "integer"):
            return ("int", 0, None, None)
        if xsd_type == "string":
            if record.is_plan and name == "name" and "nummer" in record.values:
                return ("text", str(record.values["nummer"][1]), None, None)
            return ("text", migration.UNKNOWN_TEXT, None, None)
        if xsd_type.endswith("PropertyType"):
            data_type = xsd_type[: -len("PropertyType")]
            return ("json", json.dumps([self._data_type_default(data_type)], ensure_ascii=False), None, None)
        return None

    def _data_type_default(self, data_type):
        record = {"_type": data_type}
        if data_type == "XP_Gemeinde":
            record["gemeindeName"] = migration.UNKNOWN_TEXT
        for name, xsd_type in self.required.get(data_type, {}).items():
            codes = self.enums["types"].get(xsd_type)
            if codes:
                record[name] = int("9999" if "9999" in codes else sorted(codes)[0])
            elif xsd_type in ("string", "anyURI"):
                record[name] = migration.UNKNOWN_TEXT
        return record


def _shown(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], dict):
        return ", ".join("{}={}".format(k, v) for k, v in value[0].items() if k != "_type") or value[0]["_type"]
    return value
