"""Provenance and readable titles of an XPlan GeoPackage, stored in every layer's metadata (core/provenance).

The title is what legends, the layer panel and council maps show, so it names the content in the
planner's words (the XPlan class stays in the layer name and the xplan_class field).
"""

from qgis.core import QgsLayerMetadata

from ..i18n import tr
from ..provenance import apply_to_metadata, save_into_geopackage


def _titles():
    return {
        "plans": tr("Scope of the plan (Geltungsbereich)"),
        "bereiche": tr("Plan sections (Bereiche)"),
        "bp_baugebietsteilflaeche": tr("Building zones"),
        "bp_ueberbaubaregrundstuecksflaeche": tr("Buildable plot areas"),
        "bp_baugrenze": tr("Building lines (Baugrenzen)"),
        "bp_baulinie": tr("Mandatory building lines (Baulinien)"),
        "bp_strassenbegrenzungslinie": tr("Road boundary lines"),
        "bp_strassenverkehrsflaeche": tr("Road areas"),
        "so_strassenverkehr": tr("Road areas"),
        "bp_gruenflaeche": tr("Green spaces"),
        "bp_gemeinbedarfsflaeche": tr("Community facilities"),
        "bp_verkehrsflaechebesondererzweckbestimmung": tr("Special-purpose traffic areas"),
        "xp_ppo": tr("Presentation points"),
        "xp_pto": tr("Presentation texts"),
    }


def layer_title(layer_name):
    """Readable, translated title for an XPlan GeoPackage layer: the common layers in the UI language, every other
    XPlanung class 4.0–6.0 by its German name (core/xplan/titles.py); the table name only for unknown tables."""
    from .titles import table_title

    base = layer_name
    for suffix in ("_point", "_line", "_polygon"):
        if base.endswith(suffix):
            base = base[: -len(suffix)]
    return _titles().get(base) or table_title(layer_name) or layer_name


def store_provenance(gpkg_path, layer_names, provenance):
    for name in layer_names:
        metadata = apply_to_metadata(QgsLayerMetadata(), provenance, title=layer_title(name))
        save_into_geopackage(gpkg_path, name, metadata)
