"""Field definitions and rows of the buildingmeasures layer (one row per building or part)."""

from ..fieldtypes import FieldType
from ..i18n import tr
from .measures import SECTORS

COPIED_FIELDS = ("gml_id", "building_id", "is_part", "function_label", "roof_type_label", "storeys_above_ground",
                 "street", "house_number")


def measure_field_definitions():
    """(name, type, German alias) of the measure fields, in output order; names are the fixed interface."""
    return [
        ("volume", FieldType.DOUBLE, tr("Volume (m³)")),
        ("volume_method", FieldType.STRING, tr("Volume method")),
        ("ground_area", FieldType.DOUBLE, tr("Ground area (m²)")),
        ("perimeter", FieldType.DOUBLE, tr("Footprint perimeter (m)")),
        ("roof_area", FieldType.DOUBLE, tr("Roof area (m²)")),
        ("roof_usable_area", FieldType.DOUBLE, tr("Usable roof area (m²)")),
        ("roof_faces", FieldType.INT, tr("Roof faces")),
        ("wall_area", FieldType.DOUBLE, tr("Wall area (m²)")),
        ("facade_area_n", FieldType.DOUBLE, tr("Façade area north (m²)")),
        ("facade_area_e", FieldType.DOUBLE, tr("Façade area east (m²)")),
        ("facade_area_s", FieldType.DOUBLE, tr("Façade area south (m²)")),
        ("facade_area_w", FieldType.DOUBLE, tr("Façade area west (m²)")),
        ("eaves_height", FieldType.DOUBLE, tr("Eaves height above terrain (m)")),
        ("ridge_height", FieldType.DOUBLE, tr("Ridge height above terrain (m)")),
        ("terrain_nhn", FieldType.DOUBLE, tr("Terrain height (m NHN)")),
        ("eaves_nhn", FieldType.DOUBLE, tr("Eaves height (m NHN)")),
        ("ridge_nhn", FieldType.DOUBLE, tr("Ridge height (m NHN)")),
    ]


def copied_definitions(fields):
    """(name, type, alias) of the identifying input fields that exist in ``fields`` (a QgsFields)."""
    from ..fieldtypes import field_type

    result = []
    for name in COPIED_FIELDS:
        index = fields.indexFromName(name)
        if index >= 0:
            result.append((name, field_type(fields.at(index)), name))
    return result


def _r(value, digits=2):
    return None if value is None else round(float(value), digits)


def measure_values(m):
    """Values in the order of measure_field_definitions()."""
    return [
        _r(m.volume, 1), m.volume_method, _r(m.ground_area), _r(m.perimeter), _r(m.roof_area), _r(m.roof_usable_area),
        len(m.roofs), _r(m.wall_area),
    ] + [_r(m.facade_area[s]) for s in SECTORS] + [
        _r(m.eaves_height), _r(m.ridge_height), _r(m.terrain_z), _r(m.eaves_z), _r(m.ridge_z),
    ]


def volume_method_label(method):
    from .measures import DIVERGENCE, FOOTPRINT_X_HEIGHT

    if method == DIVERGENCE:
        return tr("closed shell (divergence theorem)")
    if method == FOOTPRINT_X_HEIGHT:
        return tr("estimate: footprint × height (shell not closed)")
    return tr("not determinable")
