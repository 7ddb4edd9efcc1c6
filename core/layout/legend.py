"""The council map legend: the map's layers under their readable names, fitted into its box."""

from qgis.core import QgsLayoutUtils, QgsLegendRenderer, QgsLegendStyle

from .sheet_text import legend_name

LEGEND_HEADING = "urbantwin/legend_heading"  # set by core/xplan/project.py


def fill_legend(layout, layers, main_map, texts):
    legend = layout.itemById("legend")
    if legend is None:
        return
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in layers:
        # plan layers sit under their heading ("Bebauungsplan – Verkehr"), in the order they come
        heading = layer.customProperty(LEGEND_HEADING) if hasattr(layer, "customProperty") else None
        parent = root
        if heading:
            parent = root.findGroup(heading) or root.addGroup(heading)
        node = parent.addLayer(layer)
        node.setCustomProperty("legend/title-label", legend_name(layer))
    legend.setLinkedMap(main_map)
    legend.setLegendFilterByMapEnabled(True)
    legend.setTitle(texts["legend_title"])
    legend.updateLegend()
    fit_legend(legend)


def fit_legend(legend, min_font_factor=0.6):
    """Keep the legend inside its box: more columns (up to 3), then smaller text and symbols (down to
    60 %); a layer's classes are split over columns only when nothing else fits. The legend item does not clip; entries past its box would be drawn under the
    next item. The size needed is what QGIS' own legend renderer computes."""
    box = legend.sizeWithUnits()
    context = QgsLayoutUtils.createRenderContextForLayout(legend.layout(), None)

    def needed():
        return QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)

    def fits():
        size = needed()
        return size.height() <= box.height() and size.width() <= box.width()

    styles = (QgsLegendStyle.Style.Title, QgsLegendStyle.Style.Group, QgsLegendStyle.Style.Subgroup, QgsLegendStyle.Style.SymbolLabel)
    base_sizes = {style: legend.rstyle(style).font().pointSizeF() for style in styles}
    base_symbol = (legend.symbolWidth(), legend.symbolHeight())

    def scale_text(factor):
        for style in styles:
            font = legend.rstyle(style).font()
            font.setPointSizeF(base_sizes[style] * factor)
            legend.rstyle(style).setFont(font)
        legend.setSymbolWidth(base_symbol[0] * factor)
        legend.setSymbolHeight(base_symbol[1] * factor)

    # a layer's classes stay together unless nothing else fits; then larger text before fewer columns
    for split in (False, True):
        legend.setSplitLayer(split)
        for factor in (1.0, 0.9, 0.8, 0.7, min_font_factor):
            scale_text(factor)
            for columns in (1, 2, 3):
                legend.setColumnCount(columns)
                if fits():
                    legend.attemptResize(box)
                    return
    legend.attemptResize(box)
