"""Builds the council map templates (resources/templates/*.qpt) from one description.

The .qpt files ship with the plugin and can be edited in the QGIS layout designer; this module
only exists so the four sheets (A4/A3, portrait/landscape) stay consistent. Regenerate them with

    /usr/bin/python3 -m urban_twin.core.layout.template_builder   (or scripts: see docs/layout.md)

Every sheet has the same item ids (``ITEM_IDS``); the export code relies on them, a user's own
template only needs the ones it wants to fill.
"""

import os

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from .texts import GERMAN, sheet_texts

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TEMPLATE_DIR = os.path.join(PLUGIN_DIR, "resources", "templates")

# enum order of the TEMPLATE parameter
TEMPLATE_KEYS = ["a4_portrait", "a4_landscape", "a3_portrait", "a3_landscape"]
PAGE_SIZES_MM = {
    "a4_portrait": (210.0, 297.0),
    "a4_landscape": (297.0, 210.0),
    "a3_portrait": (297.0, 420.0),
    "a3_landscape": (420.0, 297.0),
}
ITEM_IDS = [
    "main_map", "title", "subtitle", "legend", "scalebar", "north_arrow", "overview",
    "source", "date", "figures", "logo",
]
# helper items that are not part of the contract but help the reading of the sheet
EXTRA_ITEM_IDS = ["scale_text", "figures_title", "frame_line"]
FONT_FAMILY = "Arial"  # fontconfig maps it to Liberation/DejaVu Sans where Arial is missing
NORTH_ARROW_SVG = "arrows/NorthArrow_04.svg"
ACCENT = QColor(0, 70, 130)  # a sober administrative blue for the title rule and the overview frame


def template_path(key):
    return os.path.join(TEMPLATE_DIR, "council_{}.qpt".format(key))


def sheet_geometry(key):
    """Item rectangles (x, y, w, h in mm) of one sheet. Landscape: map left, a title column on the
    right. Portrait: title block on top, map, then a band with legend, key figures and overview."""
    width, height = PAGE_SIZES_MM[key]
    if width > height:
        return _landscape_geometry(width, height)
    return _portrait_geometry(width, height)


def _landscape_geometry(width, height):
    k = height / 210.0  # 1 on A4, 1.41 on A3
    margin = 10.0 * k
    column = round(width * 0.29)
    gap = 5.0 * k
    x0 = width - margin - column
    rects = {"main_map": (margin, margin, width - 2 * margin - column - gap, height - 2 * margin)}
    y = margin
    logo_h = 16.0 * k
    rects["logo"] = (x0 + column - 24.0 * k, y, 24.0 * k, logo_h)
    rects["title"] = (x0, y, column - 26.0 * k, 21.0 * k)
    y += 21.0 * k + 1.0 * k
    rects["subtitle"] = (x0, y, column, 9.0 * k)
    y += 9.0 * k + 1.5 * k
    rects["frame_line"] = (x0, y, column, 0.6 * k)
    y += 3.0 * k
    bottom = height - margin
    # from the bottom up: date, source, scale row, overview, figures
    date_h, source_h, scale_row_h, overview_h = 6.0 * k, 15.0 * k, 16.0 * k, 30.0 * k
    figures_h = 34.0 * k
    rects["date"] = (x0, bottom - date_h, column, date_h)
    rects["source"] = (x0, bottom - date_h - source_h, column, source_h)
    scale_y = bottom - date_h - source_h - scale_row_h - 1.0 * k
    rects["north_arrow"] = (x0, scale_y, 12.0 * k, scale_row_h - 2.0 * k)
    rects["scalebar"] = (x0 + 16.0 * k, scale_y, column - 16.0 * k, 9.0 * k)
    rects["scale_text"] = (x0 + 16.0 * k, scale_y + 10.0 * k, column - 16.0 * k, 5.0 * k)
    overview_y = scale_y - overview_h - 2.0 * k
    rects["overview"] = (x0, overview_y, column, overview_h)
    figures_y = overview_y - figures_h - 2.0 * k
    rects["figures_title"] = (x0, figures_y, column, 5.0 * k)
    rects["figures"] = (x0, figures_y + 5.5 * k, column, figures_h - 5.5 * k)
    rects["legend"] = (x0, y, column, figures_y - y - 2.0 * k)
    return rects


def _portrait_geometry(width, height):
    k = width / 210.0
    margin = 10.0 * k
    inner = width - 2 * margin
    rects = {}
    rects["logo"] = (width - margin - 24.0 * k, margin, 24.0 * k, 16.0 * k)
    rects["title"] = (margin, margin, inner - 27.0 * k, 16.0 * k)
    rects["subtitle"] = (margin, margin + 17.0 * k, inner - 27.0 * k, 8.0 * k)
    rects["frame_line"] = (margin, margin + 26.5 * k, inner, 0.6 * k)
    map_y = margin + 29.0 * k
    map_h = height * 0.56
    rects["main_map"] = (margin, map_y, inner, map_h)
    band_y = map_y + map_h + 4.0 * k
    bottom = height - margin
    date_h, source_h = 5.0 * k, 11.0 * k
    band_h = bottom - source_h - date_h - 2.0 * k - band_y
    col1 = inner * 0.36
    col2 = inner * 0.36
    col3 = inner - col1 - col2 - 8.0 * k
    x2 = margin + col1 + 4.0 * k
    x3 = x2 + col2 + 4.0 * k
    rects["legend"] = (margin, band_y, col1, band_h)
    rects["figures_title"] = (x2, band_y, col2, 5.0 * k)
    rects["figures"] = (x2, band_y + 5.5 * k, col2, band_h - 5.5 * k)
    overview_h = band_h - 22.0 * k
    rects["overview"] = (x3, band_y, col3, overview_h)
    scale_y = band_y + overview_h + 2.0 * k
    rects["north_arrow"] = (x3, scale_y, 10.0 * k, 14.0 * k)
    rects["scalebar"] = (x3 + 12.0 * k, scale_y, col3 - 12.0 * k, 9.0 * k)
    rects["scale_text"] = (x3 + 12.0 * k, scale_y + 10.0 * k, col3 - 12.0 * k, 5.0 * k)
    rects["source"] = (margin, bottom - date_h - source_h, inner, source_h)
    rects["date"] = (margin, bottom - date_h, inner, date_h)
    return rects


def font(size_pt, bold=False):
    result = QFont(FONT_FAMILY)
    result.setPointSizeF(size_pt)
    result.setBold(bold)
    return result


def text_format(size_pt, bold=False):
    result = QgsTextFormat.fromQFont(font(size_pt, bold))
    result.setSize(size_pt)
    result.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    result.setColor(QColor(20, 20, 20))
    return result


def _place(item, rect):
    x, y, w, h = rect
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))


def _label(layout, item_id, rect, text, size_pt, bold=False, align=Qt.AlignmentFlag.AlignLeft, valign=Qt.AlignmentFlag.AlignTop):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    label.setFont(font(size_pt, bold))
    label.setFontColor(QColor(20, 20, 20))
    label.setHAlign(align)
    label.setVAlign(valign)
    label.setMarginX(0.0)
    label.setMarginY(0.0)
    layout.addLayoutItem(label)
    _place(label, rect)  # fixed size: adjustSizeToText before the atlas feature is set clips text
    return label


def build_template_layout(key, project=None, language=GERMAN):
    """A QgsPrintLayout with every item of the sheet ``key`` (no layers yet)."""
    project = project or QgsProject.instance()
    texts = sheet_texts(language)
    width, height = PAGE_SIZES_MM[key]
    k = min(width, height) / 210.0
    rects = sheet_geometry(key)

    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("Urban Twin – {}".format(key))
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    page.setPageSize(
        "A4" if max(width, height) < 400 else "A3",
        QgsLayoutItemPage.Orientation.Landscape if width > height else QgsLayoutItemPage.Orientation.Portrait,
    )

    main_map = QgsLayoutItemMap(layout)
    main_map.setId("main_map")
    main_map.setFrameEnabled(True)
    main_map.setFrameStrokeWidth(QgsLayoutMeasurement(0.3))
    main_map.setBackgroundColor(QColor(255, 255, 255))
    layout.addLayoutItem(main_map)
    _place(main_map, rects["main_map"])

    overview = QgsLayoutItemMap(layout)
    overview.setId("overview")
    overview.setFrameEnabled(True)
    overview.setFrameStrokeWidth(QgsLayoutMeasurement(0.2))
    layout.addLayoutItem(overview)
    _place(overview, rects["overview"])
    overview.overview().setLinkedMap(main_map)
    overview.overview().setEnabled(True)

    _label(layout, "title", rects["title"], texts["title_placeholder"], 16.0 * k, bold=True)
    _label(layout, "subtitle", rects["subtitle"], texts["subtitle_placeholder"], 10.5 * k)
    rule = QgsLayoutItemShape(layout)
    rule.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    rule.setId("frame_line")
    symbol = rule.symbol()
    symbol.setColor(ACCENT)
    symbol.symbolLayer(0).setStrokeStyle(Qt.PenStyle.NoPen)
    layout.addLayoutItem(rule)
    _place(rule, rects["frame_line"])

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle(texts["legend_title"])
    legend.setLinkedMap(main_map)
    legend.setLegendFilterByMapEnabled(True)
    legend.setResizeToContents(False)
    legend.setAutoUpdateModel(False)
    legend.setWrapString("¶")
    for style, size, bold in (
        (QgsLegendStyle.Style.Title, 10.0 * k, True),
        (QgsLegendStyle.Style.Group, 8.5 * k, True),
        (QgsLegendStyle.Style.Subgroup, 8.0 * k, True),
        (QgsLegendStyle.Style.SymbolLabel, 7.5 * k, False),
    ):
        legend.rstyle(style).setFont(font(size, bold))
    # tighter than QGIS' defaults: a council legend lists many classes in a narrow column
    for style, top in ((QgsLegendStyle.Style.Group, 2.0), (QgsLegendStyle.Style.Subgroup, 1.5), (QgsLegendStyle.Style.Symbol, 1.0),
                       (QgsLegendStyle.Style.SymbolLabel, 1.0)):
        legend.rstyle(style).setMargin(QgsLegendStyle.Side.Top, top * k)
    legend.rstyle(QgsLegendStyle.Style.Title).setMargin(QgsLegendStyle.Side.Bottom, 2.0 * k)
    legend.setSymbolWidth(6.0 * k)
    legend.setSymbolHeight(3.5 * k)
    layout.addLayoutItem(legend)
    _place(legend, rects["legend"])

    _label(layout, "figures_title", rects["figures_title"], texts["figures_title"], 10.0 * k, bold=True)
    table = QgsLayoutItemAttributeTable.create(layout)
    table.setHeaderTextFormat(text_format(6.5 * k, True))
    table.setContentTextFormat(text_format(6.5 * k))
    table.setCellMargin(0.8 * k)
    table.setGridStrokeWidth(0.1)
    table.setGridColor(QColor(160, 160, 160))
    table.setShowEmptyRows(False)
    table.setEmptyTableBehavior(QgsLayoutItemAttributeTable.EmptyTableMode.HideTable)
    table.setResizeMode(QgsLayoutItemAttributeTable.ResizeMode.UseExistingFrames)
    table.setWrapBehavior(QgsLayoutItemAttributeTable.WrapBehavior.WrapText)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId("figures")
    table.addFrame(frame)
    _place(frame, rects["figures"])

    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    arrow.setPicturePath(NORTH_ARROW_SVG)
    arrow.setLinkedMap(main_map)
    arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
    layout.addLayoutItem(arrow)
    _place(arrow, rects["north_arrow"])

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(main_map)
    scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
    scalebar.setUnitLabel("m")
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setNumberOfSegments(4)
    scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
    scalebar.setMinimumBarWidth(rects["scalebar"][2] * 0.5)
    scalebar.setMaximumBarWidth(rects["scalebar"][2] * 0.85)
    scalebar.setHeight(2.0 * k)
    scalebar.setTextFormat(text_format(6.5 * k))
    layout.addLayoutItem(scalebar)
    _place(scalebar, rects["scalebar"])

    _label(layout, "scale_text", rects["scale_text"], texts["scale_prefix"], 7.5 * k)
    _label(layout, "source", rects["source"], texts["sources_prefix"], 6.0 * k, valign=Qt.AlignmentFlag.AlignBottom)
    _label(layout, "date", rects["date"], texts["date_prefix"], 7.0 * k, valign=Qt.AlignmentFlag.AlignBottom)

    logo = QgsLayoutItemPicture(layout)
    logo.setId("logo")
    logo.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    layout.addLayoutItem(logo)
    _place(logo, rects["logo"])
    return layout


def build_themed_layout(key, name, title, subtitle, box_id, box_text, box_height_mm, project=None):
    """A standard sheet for one theme (climate, participation …): its title and subtitle, and a framed text box of
    ``box_height_mm`` (on A4; scaled) below a shortened legend — e.g. a caveat or an expression over the atlas
    feature. Same item ids as every sheet, so urbantwin:councilmap fills it through TEMPLATE_FILE."""
    layout = build_template_layout(key, project)
    layout.setName(name)
    layout.itemById("title").setText(title)
    layout.itemById("subtitle").setText(subtitle)
    x, y, w, h = sheet_geometry(key)["legend"]
    k = 297.0 / 210.0 if key.startswith("a3") else 1.0
    box_h = box_height_mm * k
    _place(layout.itemById("legend"), (x, y, w, h - box_h - 2.0 * k))
    box = _label(layout, box_id, (x, y + h - box_h, w, box_h), box_text, 6.5 * k)
    box.setFrameEnabled(True)
    box.setMarginX(1.5 * k)
    box.setMarginY(1.0 * k)
    return layout


def save_template(layout, path):
    if not layout.saveAsTemplate(path, QgsReadWriteContext()):
        raise OSError("could not write " + path)
    return path


def write_templates(folder=TEMPLATE_DIR):
    """(Re)generate the four .qpt files; returns their paths."""
    os.makedirs(folder, exist_ok=True)
    paths = []
    for key in TEMPLATE_KEYS:
        layout = build_template_layout(key)
        path = os.path.join(folder, os.path.basename(template_path(key)))
        if not layout.saveAsTemplate(path, QgsReadWriteContext()):
            raise OSError("could not write " + path)
        paths.append(path)
    return paths


if __name__ == "__main__":  # pragma: no cover - developer tool
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    for written in write_templates():
        print(written)
