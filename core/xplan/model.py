"""One model across versions: 4.x/5.x names mapped to XPlanGML 6.0, references resolved both ways,
and the derived fields (labels, BauNVO token, normalised heights) every layer carries."""

import json

from ..i18n import tr
from . import codes, migration
from .reader import Code, Measure, Ref
from .xsd_order import enumeration_label

DACH_ATTRIBUTES = ("DN", "DNmin", "DNmax", "DNzwingend", "dachform", "detaillierteDachform")
# Reference pairs (forward property on A, backward property on B).
REFERENCE_PAIRS = (
    ("bereich", "gehoertZuPlan"),
    ("planinhalt", "gehoertZuBereich"),
    ("praesentationsobjekt", "gehoertZuBereich"),
    ("wirdDargestelltDurch", "dientZurDarstellungVon"),
)
HEIGHT_TOKENS = ("GH", "FH", "TH", "OK")


def normalise_document(document):
    """Map to 6.0 names, resolve references both ways, assign plan_id/bereich_id (in place)."""
    if document.version < "6.0":
        for obj in document.objects:
            _normalise_legacy(obj)
    _resolve_references(document)
    _assign_plan_and_bereich(document)
    return document


def _normalise_legacy(obj):
    obj.xplan_class, kind = migration.target_class(obj.source_class, obj.geometry is not None)
    props = obj.properties
    for old, new in migration.PROPERTY_RENAMES.items():
        if old in props:
            props.setdefault(new, []).extend(props.pop(old))
    if obj.source_class in migration.RASTER_CLASSES:
        _raster_as_text(obj)
    if obj.xplan_class == "SO_Strassenverkehr" and "hatDarstellungMitBesondZweckbest" not in props:
        # mandatory in 6.0: only the former "besondere Zweckbestimmung" class is drawn with one
        props["hatDarstellungMitBesondZweckbest"] = [obj.source_class == "BP_VerkehrsflaecheBesondererZweckbestimmung"]
    prefix = obj.source_class[:2]
    if obj.kind == "content" and "texte" in props and "refTextInhalt" not in props:
        props["refTextInhalt"] = props.pop("texte")
    if prefix in migration.LEGACY_RECHTSCHARAKTER and "rechtscharakter" in props and obj.kind in ("content", "text"):
        table = migration.LEGACY_RECHTSCHARAKTER[prefix]
        props["rechtscharakter"] = [table.get(v, v) if isinstance(v, int) else v for v in props["rechtscharakter"]]
    if "sondernutzung" in props and all(isinstance(v, int) for v in props["sondernutzung"]):
        props["sondernutzung"] = [{"_type": "BP_KomplexeSondernutzung", "allgemein": v} for v in props["sondernutzung"]]
    present = [name for name in DACH_ATTRIBUTES if name in props]
    if present and "dachgestaltung" not in props and obj.xplan_class.startswith("BP_"):
        record = {"_type": "BP_Dachgestaltung"}
        uoms = {}
        for name in present:
            value = props.pop(name)[0]
            if isinstance(value, Measure):
                uoms[name] = value.uom
                value = value.value
            elif isinstance(value, Code):
                value = {"value": value.value, "codeSpace": value.code_space}
            record[name] = value
        if uoms:
            record["_uom"] = uoms
        props["dachgestaltung"] = [record]


def _raster_as_text(obj):
    """A scanned plan (XP_RasterplanBasis, *_RasterplanAenderung, XP_Rasterdarstellung) as the XP_TextAbschnitt
    that 6.0 can hold: the first scan as ``refText``, every reference named in ``text``."""
    props = obj.properties
    references = []
    for name in ("refScan", "refText", "refLegende"):
        for value in props.pop(name, []):
            if isinstance(value, dict):
                references.append((name, value))
    summary = [obj.source_class]
    for name, value in references:
        summary.append("{}: {}".format(name, value.get("referenzURL") or value.get("referenzName") or ""))
    props["text"] = ["; ".join(summary)]
    if references:
        first = dict(references[0][1])
        first["_type"] = "XP_ExterneReferenz"
        first.setdefault("referenzName", first.get("referenzURL") or migration.UNKNOWN_TEXT)
        props["refText"] = [first]


def _resolve_references(document):
    by_id = document.by_id
    for obj in document.objects:
        for name, values in obj.properties.items():
            for value in values:
                if not isinstance(value, Ref):
                    continue
                if not value.is_local:
                    document.warnings.append((obj.gml_id, tr("{} points outside the document ({}); not resolved.").format(name, value.href)))
                elif value.target not in by_id:
                    document.warnings.append((obj.gml_id, tr("{} points to {}, which does not exist in the document.").format(name, value.href)))
    # Sets of targets per (object, property) keep the back-link completion linear in the number of links.
    linked = {}

    def targets(obj, name):
        key = (obj.gml_id, name)
        if key not in linked:
            linked[key] = set(obj.refs(name))
        return linked[key]

    def add_link(obj, name, target_id):
        obj.properties.setdefault(name, []).append(Ref("#" + target_id))
        targets(obj, name).add(target_id)

    for forward, backward in REFERENCE_PAIRS:
        for obj in document.objects:
            for target_id in obj.refs(forward):
                target = by_id.get(target_id)
                if target is not None and obj.gml_id not in targets(target, backward):
                    add_link(target, backward, obj.gml_id)
            for target_id in obj.refs(backward):
                target = by_id.get(target_id)
                if target is None:
                    continue
                if forward == "planinhalt" and obj.kind == "presentation":
                    continue  # presentation objects are listed under praesentationsobjekt
                if forward == "praesentationsobjekt" and obj.kind != "presentation":
                    continue
                if obj.gml_id not in targets(target, forward):
                    add_link(target, forward, obj.gml_id)


def _assign_plan_and_bereich(document):
    by_id = document.by_id
    plans = document.plans
    for plan in plans:
        plan.plan_id = plan.gml_id
    for bereich in document.bereiche:
        plan_ids = [i for i in bereich.refs("gehoertZuPlan") if i in by_id]
        bereich.plan_id = plan_ids[0] if plan_ids else (plans[0].gml_id if len(plans) == 1 else None)
        bereich.bereich_id = bereich.gml_id
    for obj in document.objects:
        if obj.kind in ("plan", "bereich"):
            continue
        bereich_ids = [i for i in obj.refs("gehoertZuBereich") if i in by_id]
        if bereich_ids:
            obj.bereich_id = bereich_ids[0]
            obj.plan_id = by_id[bereich_ids[0]].plan_id
        elif len(plans) == 1:
            obj.plan_id = plans[0].gml_id
        else:
            # Text sections hang on the plan via refTextInhalt.
            owners = [p.gml_id for p in plans if obj.gml_id in p.refs("texte") + p.refs("refTextInhalt")]
            obj.plan_id = owners[0] if owners else None


def height_entries(obj):
    """The XP_Hoehenangabe records of an object with tokens added (JSON-ready list)."""
    entries = []
    for record in obj.properties.get("hoehenangabe", []):
        if not isinstance(record, dict):
            continue
        entry = dict(record)
        entry["bezugspunkt_token"] = codes.bezugspunkt_token(record.get("bezugspunkt"))
        entry["hoehenbezug_token"] = codes.hoehenbezug_token(record.get("hoehenbezug"))
        entries.append(entry)
    return entries


def normalised_heights(entries, bezugshoehe):
    """``h_<TOKEN>_max``, ``h_<TOKEN>_bezug``, ``h_<TOKEN>_max_nhn`` per Bezugspunkt token.

    The maximum is hMax, else hZwingend, else h (as written, m). The absolute value (m NHN) is the
    value itself for absolute Höhenbezüge and value + plan bezugshoehe for ``Relativ``; NULL otherwise.
    """
    result = {}
    for entry in entries:
        token = entry.get("bezugspunkt_token")
        if not token:
            continue
        value = next((entry[k] for k in ("hMax", "hZwingend", "h") if isinstance(entry.get(k), (int, float))), None)
        if value is None:
            continue
        key = "h_{}_max".format(token)
        if key in result and result[key] is not None and result[key] >= value:
            continue
        code = entry.get("hoehenbezug")
        result[key] = float(value)
        result["h_{}_bezug".format(token)] = entry.get("hoehenbezug_token")
        absolute = None
        if code in codes.ABSOLUTE_HOEHENBEZUG:
            absolute = float(value)
        elif code == 3000 and bezugshoehe is not None:
            absolute = round(float(value) + float(bezugshoehe), 3)
        result["h_{}_max_nhn".format(token)] = absolute
    return result


def derived_attributes(obj, plan=None):
    """Derived, read-only fields: German labels, baugebiet_token, heights, Nutzungsschablone text."""
    derived = {}
    for name, values in obj.properties.items():
        # curated short labels first (codes.py), else the German documentation of the 6.0 enumeration
        labels = [codes.label_for(obj.xplan_class, name, v) or enumeration_label(obj.xplan_class, name, v)
                  for v in values if isinstance(v, (int, str)) and not isinstance(v, bool)]
        labels = [label for label in labels if label]
        if labels:
            derived[name + "_label"] = "; ".join(labels)
    if "besondereArtDerBaulNutzung" in obj.properties or "allgArtDerBaulNutzung" in obj.properties:
        derived["baugebiet_token"] = codes.baugebiet_token(obj.first("besondereArtDerBaulNutzung"), obj.first("allgArtDerBaulNutzung"))
    entries = height_entries(obj)
    if entries:
        bezugshoehe = plan.first("bezugshoehe") if plan is not None else None
        derived.update(normalised_heights(entries, bezugshoehe))
    gemeinde = obj.properties.get("gemeinde")
    if obj.kind == "plan" and gemeinde and isinstance(gemeinde[0], dict):
        derived["gemeinde_name"] = gemeinde[0].get("gemeindeName")
        derived["gemeinde_ags"] = str(gemeinde[0].get("ags")) if gemeinde[0].get("ags") is not None else None
    return derived


def label_nested(value):
    """Copy of a nested data type record with ``<key>_label`` beside every enumerated code (JSON fields)."""
    if isinstance(value, list):
        return [label_nested(v) for v in value]
    if not isinstance(value, dict) or "_type" not in value:
        return value
    labelled = {}
    for key, item in value.items():
        labelled[key] = label_nested(item)
        if isinstance(item, (int, str)) and not isinstance(item, bool) and not key.startswith("_"):
            label = enumeration_label(value["_type"], key, item)
            if label:
                labelled[key + "_label"] = label
    return labelled


def json_text(value):
    return json.dumps(value, ensure_ascii=False, sort_keys=False)
