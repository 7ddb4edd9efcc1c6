"""Output schema of the district key figures: field names (English snake_case), types, German aliases."""

from qgis.PyQt.QtCore import QVariant

from ..i18n import tr
from .district import FUNCTION_GROUPS


def function_group_title(group):
    titles = {
        "residential": tr("Share residential (floor area)"),
        "commercial": tr("Share commercial (floor area)"),
        "industrial": tr("Share industrial (floor area)"),
        "public": tr("Share public (floor area)"),
        "agricultural": tr("Share agricultural (floor area)"),
        "ancillary": tr("Share garages and Nebenanlagen (floor area)"),
        "other": tr("Share other functions (floor area)"),
        "unknown": tr("Share unknown function (floor area)"),
    }
    return titles[group]


def district_field_definitions(stat_fields=()):
    definitions = [
        ("district_id", QVariant.String, tr("District id")),
        ("name", QVariant.String, tr("District")),
        ("area", QVariant.Double, tr("Area (m²)")),
        ("n_buildings", QVariant.Int, tr("Number of buildings")),
        ("built_area", QVariant.Double, tr("Built area (m²)")),
        ("grz_actual", QVariant.Double, tr("GRZ (actual)")),
        ("gf_estimate", QVariant.Double, tr("Floor area estimate (m²)")),
        ("gfz_actual", QVariant.Double, tr("GFZ (actual, estimate)")),
        ("n_storeys_unknown", QVariant.Int, tr("Buildings without storeys or heights")),
        ("volume", QVariant.Double, tr("Building volume (m³)")),
        ("mean_height", QVariant.Double, tr("Mean building height (m)")),
        ("max_height", QVariant.Double, tr("Maximum building height (m)")),
    ]
    for group in FUNCTION_GROUPS + ("unknown",):
        definitions.append(("share_" + group, QVariant.Double, function_group_title(group)))
    definitions += [
        ("roof_types", QVariant.String, tr("Roof types (count)")),
        ("main_roof_type", QVariant.String, tr("Most frequent roof type")),
        ("n_year_known", QVariant.Int, tr("Buildings with known year of construction")),
        ("year_min", QVariant.Int, tr("Oldest year of construction")),
        ("year_median", QVariant.Int, tr("Median year of construction")),
        ("year_max", QVariant.Int, tr("Newest year of construction")),
    ]
    for name in stat_fields:
        definitions.append(("stat_" + name, QVariant.Double, tr("{} (apportioned)").format(name)))
    return definitions


def district_row(result, stat_fields=()):
    return [result.get(name) for name, _, _ in district_field_definitions(stat_fields)]
