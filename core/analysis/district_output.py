"""Output schema of the district key figures: field names (English snake_case), types, German aliases."""

from ..fieldtypes import FieldType
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
        ("district_id", FieldType.STRING, tr("District id")),
        ("name", FieldType.STRING, tr("District")),
        ("area", FieldType.DOUBLE, tr("Area (m²)")),
        ("n_buildings", FieldType.INT, tr("Number of buildings")),
        ("built_area", FieldType.DOUBLE, tr("Built area (m²)")),
        ("grz_actual", FieldType.DOUBLE, tr("GRZ (actual)")),
        ("gf_estimate", FieldType.DOUBLE, tr("Floor area estimate (m²)")),
        ("gfz_actual", FieldType.DOUBLE, tr("GFZ (actual, estimate)")),
        ("n_storeys_unknown", FieldType.INT, tr("Buildings without storeys or heights")),
        ("volume", FieldType.DOUBLE, tr("Building volume (m³)")),
        ("mean_height", FieldType.DOUBLE, tr("Mean building height (m)")),
        ("max_height", FieldType.DOUBLE, tr("Maximum building height (m)")),
    ]
    for group in FUNCTION_GROUPS + ("unknown",):
        definitions.append(("share_" + group, FieldType.DOUBLE, function_group_title(group)))
    definitions += [
        ("roof_types", FieldType.STRING, tr("Roof types (count)")),
        ("main_roof_type", FieldType.STRING, tr("Most frequent roof type")),
        ("n_year_known", FieldType.INT, tr("Buildings with known year of construction")),
        ("year_min", FieldType.INT, tr("Oldest year of construction")),
        ("year_median", FieldType.INT, tr("Median year of construction")),
        ("year_max", FieldType.INT, tr("Newest year of construction")),
    ]
    for name in stat_fields:
        definitions.append(("stat_" + name, FieldType.DOUBLE, tr("{} (apportioned)").format(name)))
    return definitions


def district_row(result, stat_fields=()):
    return [result.get(name) for name, _, _ in district_field_definitions(stat_fields)]
