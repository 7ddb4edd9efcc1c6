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


WRAP = "¶"  # the legend's wrap string: QGIS breaks legend text only there
WRAP_TITLES_LONGER_THAN = 24  # characters: "Von Starkregen betroffene Gebäude (Screening)" becomes two lines


def wrapped_title(title, limit=WRAP_TITLES_LONGER_THAN):
    """A long legend title broken at the space nearest its middle, else as it is."""
    spaces = [index for index, char in enumerate(title) if char == " "]
    if len(title) <= limit or not spaces:
        return title
    cut = min(spaces, key=lambda index: abs(index - len(title) // 2))
    return title[:cut] + WRAP + title[cut + 1:]


def fit_legend(legend, min_font_factor=0.5):
    """Keep the legend inside its box: more columns (up to 4), long layer titles on two lines, then smaller text and
    symbols (down to 50 %); a layer's classes are split over columns only when nothing else fits. The legend item does
    not clip: entries past its box would be drawn under the next item or off the page. Where nothing fits, the
    arrangement that overflows least is kept, width counting ten times more than height (past the right edge text is
    lost). The size needed is what QGIS' own legend renderer computes."""
    box = legend.sizeWithUnits()
    context = QgsLayoutUtils.createRenderContextForLayout(legend.layout(), None)

    def needed():
        return QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)

    styles = (QgsLegendStyle.Style.Title, QgsLegendStyle.Style.Group, QgsLegendStyle.Style.Subgroup, QgsLegendStyle.Style.SymbolLabel)
    base_sizes = {style: legend.rstyle(style).font().pointSizeF() for style in styles}
    base_symbol = (legend.symbolWidth(), legend.symbolHeight())
    nodes = legend.model().rootGroup().findLayers()
    titles = {id(node): node.customProperty("legend/title-label") or node.name() for node in nodes}

    def scale_text(factor):
        for style in styles:
            font = legend.rstyle(style).font()
            font.setPointSizeF(base_sizes[style] * factor)
            legend.rstyle(style).setFont(font)
        legend.setSymbolWidth(base_symbol[0] * factor)
        legend.setSymbolHeight(base_symbol[1] * factor)

    def wrap_titles(wrap):
        legend.setWrapString(WRAP)
        for node in nodes:
            title = titles[id(node)]
            node.setCustomProperty("legend/title-label", wrapped_title(title) if wrap else title)
            legend.model().refreshLayerLegend(node)  # the model keeps the title it read before

    best = None  # (overflow, arrangement) of the least bad arrangement
    # a layer's classes stay together unless nothing else fits; larger text before wrapped titles before more columns
    for split in (False, True):
        legend.setSplitLayer(split)
        for factor in (1.0, 0.9, 0.8, 0.7, 0.6, min_font_factor):
            scale_text(factor)
            for wrap in (False, True):
                wrap_titles(wrap)
                for columns in (1, 2, 3, 4):
                    legend.setColumnCount(columns)
                    size = needed()
                    overflow = 10 * max(0.0, size.width() - box.width()) + max(0.0, size.height() - box.height())
                    if overflow == 0:
                        legend.attemptResize(box)
                        return
                    if best is None or overflow < best[0]:
                        best = (overflow, (split, wrap, factor, columns))
    split, wrap, factor, columns = best[1]
    legend.setSplitLayer(split)
    wrap_titles(wrap)
    scale_text(factor)
    legend.setColumnCount(columns)
    legend.attemptResize(box)
