"""Output schema of the plan compliance check: field names (English snake_case), types, German aliases."""

from qgis.PyQt.QtCore import QVariant

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
        ("unit_id", QVariant.String, tr("Check unit")),
        ("basis", QVariant.String, tr("Basis")),
        ("basis_label", QVariant.String, tr("Basis (label)")),
        ("zone_id", QVariant.String, tr("Plan area")),
        ("parcel_id", QVariant.String, tr("Parcel")),
        ("zone_type", QVariant.String, tr("Zone type")),
        ("area", QVariant.Double, tr("Area (m²)")),
        ("n_buildings", QVariant.Int, tr("Number of buildings")),
        ("built_area", QVariant.Double, tr("Built area, main buildings (m²)")),
        ("built_area_total", QVariant.Double, tr("Built area incl. Nebenanlagen (m²)")),
        ("gf_estimate", QVariant.Double, tr("Floor area estimate (m²)")),
        ("max_eaves_height", QVariant.Double, tr("Highest eaves above terrain (m)")),
        ("max_total_height", QVariant.Double, tr("Highest building above terrain (m)")),
        ("max_z_nhn", QVariant.Double, tr("Highest point (m NHN)")),
        ("zone_grz_actual", QVariant.Double, tr("GRZ of the whole plan area")),
        ("zone_gfz_actual", QVariant.Double, tr("GFZ of the whole plan area")),
        ("status", QVariant.String, tr("Status")),
        ("status_label", QVariant.String, tr("Status (label)")),
        ("exceeded", QVariant.String, tr("Exceeded measures")),
    ]
    for measure in MEASURES:
        title = measure_title(measure)
        definitions += [
            ("{}_actual".format(measure), QVariant.Double, tr("{}: actual").format(title)),
            ("{}_limit".format(measure), QVariant.Double, tr("{}: limit").format(title)),
            ("{}_limit_source".format(measure), QVariant.String, tr("{}: source of the limit").format(title)),
            ("{}_status".format(measure), QVariant.String, tr("{}: status").format(title)),
            ("{}_status_label".format(measure), QVariant.String, tr("{}: status (label)").format(title)),
            ("{}_excess".format(measure), QVariant.Double, tr("{}: excess").format(title)),
            ("{}_note".format(measure), QVariant.String, tr("{}: note").format(title)),
        ]
        if measure in [t.lower() for t in HEIGHT_TOKENS]:
            definitions.append(("{}_reference".format(measure), QVariant.String, tr("{}: height reference").format(title)))
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
        ("building_id", QVariant.String, tr("Building")),
        ("units", QVariant.String, tr("Check units")),
        ("storeys", QVariant.Int, tr("Full storeys")),
        ("storeys_source", QVariant.String, tr("Full storeys: source")),
        ("eaves_height", QVariant.Double, tr("Eaves height above terrain (m)")),
        ("total_height", QVariant.Double, tr("Total height above terrain (m)")),
        ("z_max", QVariant.Double, tr("Highest point (m NHN)")),
        ("breaks", QVariant.String, tr("Rules broken by the building")),
        ("area_breaks", QVariant.String, tr("Measures exceeded by its plot")),
        ("undetermined", QVariant.String, tr("Rules not determinable")),
        ("status", QVariant.String, tr("Status")),
        ("status_label", QVariant.String, tr("Status (label)")),
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
