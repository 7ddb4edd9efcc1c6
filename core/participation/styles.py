"""Styles of the participation layers: contributions by category (colour-blind-safe palette), hotspots by count."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsRendererRange,
)

# Okabe–Ito: distinguishable with the common colour-vision deficiencies
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
HOTSPOT_CLASSES = ((1, 2, "#fee5d9"), (2, 5, "#fcae91"), (5, 10, "#fb6a4a"), (10, 25, "#de2d26"), (25, 10 ** 9, "#a50f15"))


def contributions_renderer(categories=None):
    """Categorised by ``category`` when the categories are known, else one marker (the GUI can classify later)."""
    if not categories:
        symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": PALETTE[0], "size": "2.6", "outline_color": "#ffffff"})
        return QgsCategorizedSymbolRenderer("category", [QgsRendererCategory(None, symbol, "")])
    items = []
    for index, category in enumerate(sorted(categories)):
        symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": PALETTE[index % len(PALETTE)], "size": "2.6",
                                               "outline_color": "#ffffff"})
        items.append(QgsRendererCategory(category, symbol, category))
    return QgsCategorizedSymbolRenderer("category", items)


def hotspot_renderer():
    ranges = []
    for lower, upper, colour in HOTSPOT_CLASSES:
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#999999", "outline_width": "0.1"})
        label = "≥ {}".format(lower) if upper >= 10 ** 9 else "{} – {}".format(lower, upper - 1)
        ranges.append(QgsRendererRange(lower, upper, symbol, label))
    return QgsGraduatedSymbolRenderer("contributions", ranges)
