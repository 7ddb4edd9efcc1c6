"""Renderers of the climate layers: blue depth classes and flow paths, hazard and heat classes."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsColorRampShader,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSingleBandPseudoColorRenderer,
)
from qgis.PyQt.QtGui import QColor

from ..i18n import tr

DEPTH_COLOURS = ("#c6dbef", "#6baed6", "#2171b5", "#08306b")
HAZARD_COLOURS = {1: "#fed976", 2: "#fd8d3c", 3: "#bd0026"}
HEAT_COLOURS = ("#1a9641", "#a6d96a", "#ffffbf", "#fdae61", "#d7191c")


def depth_labels():
    return [tr("< 10 cm"), tr("10–50 cm"), tr("50–100 cm"), tr("> 1 m")]


def hazard_labels():
    return {1: tr("moderate"), 2: tr("high"), 3: tr("very high")}


def heat_labels():
    return [tr("1 very low"), tr("2 low"), tr("3 moderate"), tr("4 high"), tr("5 very high")]


def sink_renderer(field_name="depth_class"):
    categories = []
    for number, (colour, label) in enumerate(zip(DEPTH_COLOURS, depth_labels()), start=1):
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#08306b", "outline_width": "0.2"})
        symbol.setOpacity(0.8)
        categories.append(QgsRendererCategory(number, symbol, label))
    return QgsCategorizedSymbolRenderer(field_name, categories)


def flowpath_renderer(field_name="catchment_area", threshold_m2=1000.0):
    """Lines thicker with the catchment: threshold, 10×, 100× (m² → ha in the legend)."""
    ranges = []
    limits = (threshold_m2, 10 * threshold_m2, 100 * threshold_m2, 1e15)
    widths = ("0.3", "0.6", "1.0")
    for lower, upper, width in zip(limits[:-1], limits[1:], widths):
        symbol = QgsLineSymbol.createSimple({"line_color": "#2b8cbe", "line_width": width, "capstyle": "round"})
        label = tr("≥ {:g} ha").format(lower / 10000.0) if upper >= 1e15 else tr("{:g} – {:g} ha").format(lower / 10000.0, upper / 10000.0)
        ranges.append(QgsRendererRange(lower, upper, symbol, label))
    return QgsGraduatedSymbolRenderer(field_name, ranges)


def hazard_renderer(field_name="hazard_class"):
    categories = []
    for number, label in hazard_labels().items():
        symbol = QgsFillSymbol.createSimple({"color": HAZARD_COLOURS[number], "outline_color": "#333333", "outline_width": "0.3"})
        categories.append(QgsRendererCategory(number, symbol, label))
    return QgsCategorizedSymbolRenderer(field_name, categories)


def heat_renderer(field_name="heat_class", opacity=0.7):
    categories = []
    for number, (colour, label) in enumerate(zip(HEAT_COLOURS, heat_labels()), start=1):
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"})
        symbol.setOpacity(opacity)
        categories.append(QgsRendererCategory(number, symbol, label))
    return QgsCategorizedSymbolRenderer(field_name, categories)


def hotspot_renderer():
    symbol = QgsFillSymbol.createSimple({"color": "#d7191c", "style": "b_diagonal", "outline_color": "#a50f15", "outline_width": "0.6"})
    return QgsCategorizedSymbolRenderer("heat_class", [QgsRendererCategory(4, symbol, tr("4 high")),
                                                      QgsRendererCategory(5, symbol.clone(), tr("5 very high"))])


def _save_raster_style(path, qml_path, items, minimum, maximum):
    layer = QgsRasterLayer(path, "style")
    if not layer.isValid():
        return
    ramp = QgsColorRampShader(minimum, maximum)
    ramp.setColorRampType(QgsColorRampShader.Type.Discrete)
    ramp.setColorRampItemList(items)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(ramp)
    layer.setRenderer(QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader))
    layer.saveNamedStyle(qml_path)


def save_depth_style(path, qml_path):
    """Water depth: transparent below 1 cm, then the four blue depth classes."""
    transparent = QColor(255, 255, 255, 0)
    labels = depth_labels()
    items = [QgsColorRampShader.ColorRampItem(0.01, transparent, tr("dry"))]
    for limit, colour, label in zip((0.1, 0.5, 1.0, 1e6), DEPTH_COLOURS, labels):
        items.append(QgsColorRampShader.ColorRampItem(limit, QColor(colour), label))
    _save_raster_style(path, qml_path, items, 0.0, 5.0)


def save_svf_style(path, qml_path):
    """Sky view factor: dark (enclosed, shaded) to light (open sky)."""
    steps = ((0.3, "#2c2c54"), (0.5, "#4b6584"), (0.7, "#a5b1c2"), (0.85, "#d1d8e0"), (1.01, "#fffbe6"))
    items = [QgsColorRampShader.ColorRampItem(limit, QColor(colour), "≤ {:.2f}".format(min(limit, 1.0))) for limit, colour in steps]
    _save_raster_style(path, qml_path, items, 0.0, 1.0)
