"""Styles built in code (no .qml to keep in sync with the schema): 2D renderers and 3D renderers.

3D is optional: headless builds or machines without the 3D library still get the 2D styles.
"""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsProperty,
    QgsRendererCategory,
    QgsSymbolLayer,
)
from qgis.PyQt.QtGui import QColor

from ..i18n import tr
from .codelists import FUNCTION_GROUPS, function_group_labels

GROUP_COLOURS = {
    "residential": "#e8a33d",
    "commercial": "#c0504d",
    "industrial": "#7f6a9f",
    "public": "#4f81bd",
    "agricultural": "#9bbb59",
    "ancillary": "#a6a6a6",
    "other": "#d9d2c5",
}
SURFACE_COLOURS = {
    "RoofSurface": "#b5452f",
    "WallSurface": "#efe9dc",
    "GroundSurface": "#5f5f5f",
    "ClosureSurface": "#9fc5e8",
    "OuterCeilingSurface": "#d5a6bd",
    "OuterFloorSurface": "#b4a7d6",
}


def surface_type_labels():
    return {
        "RoofSurface": tr("Roof"),
        "WallSurface": tr("Wall"),
        "GroundSurface": tr("Ground"),
        "ClosureSurface": tr("Closure surface (virtual)"),
        "OuterCeilingSurface": tr("Outer ceiling"),
        "OuterFloorSurface": tr("Outer floor"),
    }


def _fill(colour, outline="#404040", alpha=255):
    fill = QColor(colour)
    fill.setAlpha(alpha)
    return QgsFillSymbol.createSimple(
        {"color": fill.name(QColor.NameFormat.HexArgb), "outline_color": outline, "outline_width": "0.1"}
    )


# whole buildings only: a Building feature already carries its parts' surfaces, and parts (often
# without a function of their own) drawn on top would hide the building's colour
TOP_LEVEL_ONLY = '"parent_id" IS NULL'


def _layer_enabled_property():
    prop = getattr(QgsSymbolLayer, "PropertyLayerEnabled", None)  # QGIS 3.x
    if prop is None:  # QGIS 4: scoped enum
        from qgis.core import Qgis

        prop = Qgis.SymbolLayerProperty.LayerEnabled
    return prop


def _drawn_only_if(symbol, expression):
    if expression:
        for symbol_layer in symbol.symbolLayers():
            symbol_layer.setDataDefinedProperty(_layer_enabled_property(), QgsProperty.fromExpression(expression))
    return symbol


def categorized(field, colours, labels, other_label, draw_if=None):
    """Categorised fills; ``draw_if`` (expression) leaves other features undrawn but in the legend's classes."""
    categories = [QgsRendererCategory(value, _drawn_only_if(_fill(colour), draw_if), labels.get(value, value))
                  for value, colour in colours.items()]
    categories.append(QgsRendererCategory(None, _drawn_only_if(_fill("#cccccc"), draw_if), other_label))
    return QgsCategorizedSymbolRenderer(field, categories)


def style_buildings(layer):
    labels = function_group_labels()
    colours = {group: GROUP_COLOURS[group] for group in FUNCTION_GROUPS}
    layer.setRenderer(categorized("function_group", colours, labels, tr("No building"), draw_if=TOP_LEVEL_ONLY))
    set_3d_renderer(layer, "function_group", colours, TOP_LEVEL_ONLY)


def style_surfaces(layer):
    layer.setRenderer(categorized("surface_type", SURFACE_COLOURS, surface_type_labels(), tr("Other surface")))
    set_3d_renderer(layer, "surface_type", SURFACE_COLOURS, None)


def style_footprints(layer):
    from qgis.core import QgsSingleSymbolRenderer

    layer.setRenderer(QgsSingleSymbolRenderer(_fill("#bfbfbf", "#303030", 160)))


def set_3d_renderer(layer, field, colours, base_filter):
    """Rule-based 3D renderer: one Phong-shaded polygon symbol per class, absolute heights (m NHN)."""
    try:
        from qgis._3d import QgsPhongMaterialSettings, QgsPolygon3DSymbol, QgsRuleBased3DRenderer
    except ImportError:
        return False
    root = QgsRuleBased3DRenderer.Rule(None)
    for value, colour in colours.items():
        condition = "\"{}\" = '{}'".format(field, value)
        if base_filter:
            condition = "({}) AND {}".format(base_filter, condition)
        root.appendChild(QgsRuleBased3DRenderer.Rule(polygon_symbol(QgsPolygon3DSymbol, QgsPhongMaterialSettings, colour),
                                                     condition, value))
    renderer = QgsRuleBased3DRenderer(root)
    layer.setRenderer3D(renderer)
    return True


def polygon_symbol(symbol_class, material_class, colour):
    symbol = symbol_class()
    _set_absolute_clamping(symbol)
    _set_no_culling(symbol)
    material = material_class()
    material.setAmbient(QColor(colour).darker(150))
    material.setDiffuse(QColor(colour))
    symbol.setMaterial(material)
    symbol.setAddBackFaces(True)  # ring orientation varies between producers
    return symbol


def _set_absolute_clamping(symbol):
    from qgis.core import Qgis

    clamping = getattr(Qgis, "AltitudeClamping", None)
    if clamping is not None:  # QGIS ≥ 3.26
        symbol.setAltitudeClamping(clamping.Absolute)
        return
    from qgis._3d import Qgs3DTypes

    symbol.setAltitudeClamping(Qgs3DTypes.AltitudeClamping.AltClampAbsolute)


def _set_no_culling(symbol):
    from qgis._3d import Qgs3DTypes

    culling = getattr(Qgs3DTypes, "CullingMode", None)
    if culling is not None:
        symbol.setCullingMode(culling.NoCulling)
