"""Output schema of the plan compliance check: field names (English snake_case), types, German aliases."""

from ..fieldtypes import FieldType
from ..i18n import tr
from . import baunvo
from .compliance import HEIGHT_TOKENS, MEASURE_NAMES, MEASURES

BASIS_PARCEL = "parcel"
BASIS_ZONE = "plan_area"


def measure_title(measure):
    titles = {
        "grz": tr("GRZ"),
        "grz2": tr("GRZ II (incl. garages and Nebenanlagen)"),
        "gfz": tr("GFZ"),
        "z": tr("Full storeys (Z)"),
        "gh": tr("Building height (GH)"),
        "fh": tr("Ridge height (FH)"),
        "th": tr("Eaves height (TH)"),
        "ok": tr("Top edge (OK)"),
    }
    return titles[measure]


def basis_label(basis):
    if basis == BASIS_PARCEL:
        return tr("per parcel (Baugrundstück) within the plan area")
    return tr("per plan area (no parcels given)")


def unit_field_definitions():
    definitions = [
        ("unit_id", FieldType.STRING, tr("Check unit")),
        ("basis", FieldType.STRING, tr("Basis")),
        ("basis_label", FieldType.STRING, tr("Basis (label)")),
        ("zone_id", FieldType.STRING, tr("Plan area")),
        ("parcel_id", FieldType.STRING, tr("Parcel")),
        ("zone_type", FieldType.STRING, tr("Zone type")),
        ("area", FieldType.DOUBLE, tr("Area (m²)")),
        ("n_buildings", FieldType.INT, tr("Number of buildings")),
        ("built_area", FieldType.DOUBLE, tr("Built area, main buildings (m²)")),
        ("built_area_total", FieldType.DOUBLE, tr("Built area incl. Nebenanlagen (m²)")),
        ("gf_estimate", FieldType.DOUBLE, tr("Floor area estimate (m²)")),
        ("max_eaves_height", FieldType.DOUBLE, tr("Highest eaves above terrain (m)")),
        ("max_total_height", FieldType.DOUBLE, tr("Highest building above terrain (m)")),
        ("max_z_nhn", FieldType.DOUBLE, tr("Highest point (m NHN)")),
        ("zone_grz_actual", FieldType.DOUBLE, tr("GRZ of the whole plan area")),
        ("zone_gfz_actual", FieldType.DOUBLE, tr("GFZ of the whole plan area")),
        ("status", FieldType.STRING, tr("Status")),
        ("status_label", FieldType.STRING, tr("Status (label)")),
        ("exceeded", FieldType.STRING, tr("Exceeded measures")),
    ]
    for measure in MEASURES:
        title = measure_title(measure)
        definitions += [
            ("{}_actual".format(measure), FieldType.DOUBLE, tr("{}: actual").format(title)),
            ("{}_limit".format(measure), FieldType.DOUBLE, tr("{}: limit").format(title)),
            ("{}_limit_source".format(measure), FieldType.STRING, tr("{}: source of the limit").format(title)),
            ("{}_status".format(measure), FieldType.STRING, tr("{}: status").format(title)),
            ("{}_status_label".format(measure), FieldType.STRING, tr("{}: status (label)").format(title)),
            ("{}_excess".format(measure), FieldType.DOUBLE, tr("{}: excess").format(title)),
            ("{}_note".format(measure), FieldType.STRING, tr("{}: note").format(title)),
        ]
        if measure in [t.lower() for t in HEIGHT_TOKENS]:
            definitions.append(("{}_reference".format(measure), FieldType.STRING, tr("{}: height reference").format(title)))
    return definitions


def unit_row(result, basis):
    values = [
        result["unit_id"],
        basis,
        basis_label(basis),
        result["zone_id"],
        result["parcel_id"],
        result["zone_type"],
        result["area"],
        result["n_buildings"],
        result["built_area"],
        result["built_area_total"],
        result["gf_estimate"],
        result["max_eaves_height"],
        result["max_total_height"],
        result["max_z_nhn"],
        result["zone_grz_actual"],
        result["zone_gfz_actual"],
        result["status"],
        baunvo.status_label(result["status"]),
        result["exceeded"],
    ]
    for measure in MEASURES:
        m = result["measures"][measure]
        values += [
            m["actual"],
            m["limit"],
            m["limit_source"],
            m["status"],
            baunvo.status_label(m["status"]),
            m["excess"],
            m["note"],
        ]
        if measure in [t.lower() for t in HEIGHT_TOKENS]:
            values.append(result["height_references"].get(measure.upper(), ""))
    return values


def building_field_definitions():
    return [
        ("building_id", FieldType.STRING, tr("Building")),
        ("units", FieldType.STRING, tr("Check units")),
        ("storeys", FieldType.INT, tr("Full storeys")),
        ("storeys_source", FieldType.STRING, tr("Full storeys: source")),
        ("eaves_height", FieldType.DOUBLE, tr("Eaves height above terrain (m)")),
        ("total_height", FieldType.DOUBLE, tr("Total height above terrain (m)")),
        ("z_max", FieldType.DOUBLE, tr("Highest point (m NHN)")),
        ("breaks", FieldType.STRING, tr("Rules broken by the building")),
        ("area_breaks", FieldType.STRING, tr("Measures exceeded by its plot")),
        ("undetermined", FieldType.STRING, tr("Rules not determinable")),
        ("status", FieldType.STRING, tr("Status")),
        ("status_label", FieldType.STRING, tr("Status (label)")),
    ]


def storeys_source_label(source):
    if source == "model":
        return tr("city model")
    if source == "estimate":
        return tr("estimate: height ÷ storey height")
    return ""


def building_row(result):
    return [
        result["building_id"],
        ", ".join(result["units"]),
        result["storeys"],
        storeys_source_label(result["storeys_source"]),
        result["eaves_height"],
        result["total_height"],
        result["z_max"],
        ", ".join(MEASURE_NAMES.get(b.lower(), b) for b in result["breaks"]),
        ", ".join(result["area_breaks"]),
        ", ".join(result["undetermined"]),
        result["status"],
        baunvo.status_label(result["status"]),
    ]
