"""The key-figures table of the council map: which columns, how numbers are written, which rows.

Columns: the user's choice or what identifies a row (zone, Flurstückskennzeichen, name) and then the fields a
council asks for first (status, GRZ/GFZ …), at most six, never technical ids or JSON; a code field is replaced
by its ``_label`` sibling; headers in the sheet language ("GRZ (Bestand)"). Numbers are formatted by the sheet's
own locale while the sheet is built and exported (core/layout/sheet_locale.py), never the system's.
Rows: all of them — what does not fit the sheet continues on annex pages ("Anlage: Kennzahlen, Seite 2 von 3");
in an atlas those of the page's feature (same page-name value, or spatially intersecting).
"""

import re

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemPage,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt

from ..errors import UrbanTwinError
from ..fieldtypes import FieldType, field_type, is_integer
from ..i18n import tr
from .template_builder import TEMPLATE_KEYS, sheet_geometry
from .texts import ENGLISH

MAX_TABLE_COLUMNS = 6
MAX_TABLE_ROWS = 10000  # every row is printed: what the sheet cannot hold goes onto annex pages
ANNEX_MARGIN_MM = 15.0
ANNEX_HEADER_MM = 12.0
# what tells the rows apart, best first; at most two of them lead the table (zone and Flurstück of a check per parcel)
IDENTIFYING_FIELDS = ["name", "zone_id", "parcel_id", "flurstueckskennzeichen", "zone_name", "nummer", "building_id", "unit_id"]
MAX_IDENTIFYING = 2
# German column headers for the fields of our results (the aliases follow the UI language of the run)
GERMAN_HEADERS = {
    "name": "Name", "zone_id": "Baugebiet", "parcel_id": "Flurstück", "flurstueckskennzeichen": "Flurstück",
    "building_id": "Gebäude", "unit_id": "Prüfeinheit", "zone_type": "Gebietsart", "status_label": "Ergebnis",
    "exceeded": "Überschritten", "grz_actual": "GRZ (Bestand)", "gfz_actual": "GFZ (Bestand)", "grz_limit": "GRZ zulässig",
    "gfz_limit": "GFZ zulässig", "n_buildings": "Gebäude (Anzahl)", "area": "Fläche (m²)", "einwohner": "Einwohner",
    "kwp": "Leistung (kWp)", "kwh_per_year": "Ertrag (kWh/a)", "suitability_label": "Eignung",
    "built_area": "Überbaute Fläche (m²)", "gf_estimate": "Geschossfläche (m²)", "max_height": "Max. Höhe (m)",
    "mean_height": "Mittlere Höhe (m)", "z_actual": "Vollgeschosse (Bestand)", "z_limit": "Vollgeschosse zulässig",
}
# fields that are identifiers or machine-readable blobs, not key figures for a council
_HIDDEN_FIELD = re.compile(r"^(fid|ogc_fid|id|gml_id|.*_id|generic_attributes|hoehenangabe|source_file|provenance|"
                           r"categories|keywords|top|stances)$", re.IGNORECASE)  # the last four: JSON of participation


# what a council asks first, from the outputs of districtfigures, plancompliance and solarpotential
PREFERRED_FIELDS = [
    "name", "zone_type", "status_label", "exceeded", "grz_actual", "gfz_actual", "n_buildings", "area",
    "grz_limit", "gfz_limit", "einwohner", "kwp", "kwh_per_year", "suitability_label",
]


def displayed_fields(layer, wanted=None):
    """Field names for the key-figures table: the user's choice, else preferred fields first,
    then other readable ones (no ids, no JSON, a label instead of its code)."""
    names = [f.name() for f in layer.fields()]
    if wanted:
        missing = [name for name in wanted if name not in names]
        if missing:
            raise UrbanTwinError(tr("The key figures table has no field named {}.").format(", ".join(missing)), path=layer.source(), obj=layer.name())
        return list(wanted)
    identifying = [n for n in IDENTIFYING_FIELDS if n in names and _has_values(layer, n)][:MAX_IDENTIFYING]
    readable = [n for n in names if not _HIDDEN_FIELD.match(n) and n + "_label" not in names and n not in identifying]
    ordered = [n for n in PREFERRED_FIELDS if n in readable] + [n for n in readable if n not in PREFERRED_FIELDS]
    return (identifying + ordered)[:MAX_TABLE_COLUMNS]


def _has_values(layer, name):
    """True when any feature has a value there (a parcel column of a check per plan area is empty)."""
    from qgis.core import QgsFeatureRequest

    request = QgsFeatureRequest().setSubsetOfAttributes([name], layer.fields()).setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setFilterExpression('"{}" IS NOT NULL AND to_string("{}") <> \'\''.format(name, name)).setLimit(1)
    return any(True for _ in layer.getFeatures(request))


def column_header(layer, name, language):
    if language != ENGLISH and name in GERMAN_HEADERS:
        return GERMAN_HEADERS[name]
    return layer.attributeDisplayName(layer.fields().indexOf(name))


def number_expression(field_name, is_integer, language):
    """Numbers as the sheet language writes them: 1.234,5 (de) or 1,234.5 (en). format_number() follows the
    default QLocale, which core/layout/sheet_locale.py sets to the sheet's language while building and exporting."""
    quoted = '"{}"'.format(field_name.replace('"', '""'))
    if is_integer:
        text = "format_number({}, 0)".format(quoted)
    else:
        text = "if(abs({0}) >= 100, format_number({0}, 0), format_number({0}, 2))".format(quoted)
    return "if({} IS NULL, '–', {})".format(quoted, text)


def table_columns(layer, field_names, language):
    columns = []
    for name in field_names:
        definition = layer.fields().field(name)
        column = QgsLayoutTableColumn(column_header(layer, name, language))
        if is_integer(definition):
            column.setAttribute(number_expression(name, True, language))
        elif field_type(definition) == FieldType.DOUBLE:
            column.setAttribute(number_expression(name, False, language))
        else:
            column.setAttribute('"{}"'.format(name.replace('"', '""')))
        columns.append(column)
    return columns


def fill_key_figures(layout, request, main_map, texts, language):
    frame = layout.itemById("figures")
    title = layout.itemById("figures_title")
    figures = request.figures_layer
    if frame is None:
        return
    if figures is None:
        # no key figures: the legend takes the table's place so the sheet has no hole
        legend = layout.itemById("legend")
        if legend is not None and title is not None:
            extend_over(legend, [title, frame])
        layout.removeMultiFrame(frame.multiFrame())
        if title is not None:
            layout.removeLayoutItem(title)
        return
    table = frame.multiFrame()
    # the frame follows the table's natural width, so take the planned width of our sheets
    frame_width = sheet_geometry(request.template)["figures"][2] if request.template in TEMPLATE_KEYS else frame.rect().width()
    table.setVectorLayer(figures)
    columns = table_columns(figures, displayed_fields(figures, request.figures_fields), language)
    table.setColumns(columns)
    table.setSortColumns(problem_rows_first(figures) + [storage_order()])
    table.setMaximumNumberOfFeatures(MAX_TABLE_ROWS)
    # before any atlas or map filter: the widths fit every row the table can show on any page
    fit_columns(layout, table, frame_width)
    table.setHeaderMode(QgsLayoutTable.HeaderMode.AllFrames)  # continuation pages repeat the headers
    name_field = request.page_name_field
    if request.coverage_layer is not None and name_field and figures.fields().indexOf(name_field) >= 0 and figures is not request.coverage_layer:
        table.setFilterFeatures(True)
        table.setFeatureFilter('"{0}" = attribute(@atlas_feature, \'{0}\')'.format(name_field.replace("'", "''")))
    elif request.coverage_layer is not None and figures is request.coverage_layer:
        table.setFilterFeatures(True)
        table.setFeatureFilter("$id = @atlas_featureid")
    elif request.coverage_layer is not None and figures.isSpatial():
        table.setFilterToAtlasFeature(True)
    elif figures.isSpatial():
        table.setMap(main_map)
        table.setDisplayOnlyVisibleFeatures(True)
    if title is not None:
        title.setText(texts["figures_title"])
    table.refresh()


MIN_TEXT_SCALE = 0.75  # the table's text may shrink to ¾ of the template's size (6.5 pt → 4.9 pt) to fit its frame
WORDS_MEASURED = 200  # per column, the longest cell texts (by characters) whose words are measured


def fit_columns(layout, table, frame_width):
    """Fixed column widths, so that the table keeps to its frame and no word runs past its cell.

    QGIS wraps cell text only at spaces: a column narrower than its longest word ("Überbaute", "(Bestand)", a long
    street name) lets that word run over the grid into the next column or off the frame. So every column gets at
    least the width of its widest word — header words in the header font, cell words in the cell font, measured as the
    table itself measures them — and the rest of the frame by weight (text columns more than numbers). Where even the
    widest words do not fit side by side, the text shrinks (down to MIN_TEXT_SCALE) until they do."""
    columns = table.columns()
    if not columns:
        return
    table.refreshAttributes()
    cells = [[] for _column in columns]
    for row in table.contents():
        for index, value in enumerate(row[:len(columns)]):
            cells[index].append("" if value is None else str(value))
    usable = frame_width - len(columns) * 2 * table.cellMargin() - (len(columns) + 1) * table.gridStrokeWidth() - 0.5
    header_format, content_format = table.headerTextFormat(), table.contentTextFormat()
    needed = [max(_widest_word(layout, header_format, [column.heading()]),
                  _widest_word(layout, content_format, sorted(texts, key=len)[-WORDS_MEASURED:]))
              for column, texts in zip(columns, cells)]
    scale = 1.0
    if sum(needed) > usable:
        scale = max(MIN_TEXT_SCALE, usable / sum(needed))
        for text_format, setter in ((header_format, table.setHeaderTextFormat), (content_format, table.setContentTextFormat)):
            text_format.setSize(text_format.size() * scale)
            setter(text_format)
    needed = [width * scale for width in needed]
    weights = [1.0 if column.attribute().startswith("if(") else 1.6 for column in columns]  # numbers / text
    spare = max(0.0, usable - sum(needed))
    for column, width, weight in zip(columns, needed, weights):
        column.setWidth(width + spare * weight / sum(weights))
    table.setColumns(columns)


def _widest_word(layout, text_format, texts):
    """Width in mm of the widest word (text between spaces or line breaks) of ``texts`` in ``text_format``, plus 2 %
    for rounding in the renderer; measured as QgsLayoutTable measures its cells."""
    from qgis.core import QgsLayoutUtils, QgsTextRenderer

    words = {word for text in texts for word in re.split(r"\s+", text) if word}
    if not words:
        return 0.0
    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    per_mm = context.convertToPainterUnits(1, QgsUnitTypes.RenderUnit.RenderMillimeters)
    return 1.02 * max(QgsTextRenderer.textWidth(context, text_format, [word]) for word in words) / per_mm


def problem_rows_first(layer):
    """Compliance-style results (a ``status`` field): exceeding rows first, then not determinable,
    so a table cut to its frame never hides the findings the council has to see."""
    if layer.fields().indexOf("status") < 0:
        return []
    key = QgsLayoutTableColumn()
    key.setAttribute("CASE WHEN \"status\" = 'exceeds' THEN 0 WHEN \"status\" = 'not_determinable' THEN 1 ELSE 2 END")
    key.setSortOrder(Qt.SortOrder.AscendingOrder)
    return [key]


def storage_order():
    """Rows in the order the result was written ($id), not in the order a database's index scan returns them."""
    key = QgsLayoutTableColumn()
    key.setAttribute("$id")
    key.setSortOrder(Qt.SortOrder.AscendingOrder)
    return key


def flow_rows_onto_annex(layout, request, texts, count_limit=MAX_TABLE_ROWS):
    """Single page: the rows that do not fit the sheet's table frame continue on annex pages of the same size,
    each titled "Anlage: Kennzahlen, Seite 2 von 3"; the sheet's table title points to the annex. Call after the
    map extent is final (a spatial table lists what the map shows). Returns (rows, pages)."""
    frame = layout.itemById("figures")
    if frame is None or request.figures_layer is None or request.coverage_layer is not None:
        return None
    table = frame.multiFrame()
    table.setMaximumNumberOfFeatures(count_limit)
    table.refreshAttributes()
    total = len(table.contents())
    if table.totalSize().height() <= frame.rect().height() + 0.01:
        return total, 1
    pages = layout.pageCollection()
    size = pages.page(0).pageSize()
    page = QgsLayoutItemPage(layout)
    page.setPageSize(size)
    pages.addPage(page)
    annex = QgsLayoutFrame(layout, table)
    annex.setId("figures_annex")
    width = size.width() - 2 * ANNEX_MARGIN_MM
    height = size.height() - 2 * ANNEX_MARGIN_MM - ANNEX_HEADER_MM
    annex.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    annex.attemptMove(QgsLayoutPoint(ANNEX_MARGIN_MM, ANNEX_MARGIN_MM + ANNEX_HEADER_MM, QgsUnitTypes.LayoutUnit.LayoutMillimeters),
                      True, False, 1)
    table.addFrame(annex)
    # more annex pages with a frame like this one until every row is printed
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.RepeatUntilFinished)
    table.recalculateFrameSizes()
    count = pages.pageCount()
    for index in range(1, count):
        label = QgsLayoutItemLabel(layout)
        label.setId("annex_title_{}".format(index + 1))
        label.setText(texts["annex_title"].format(page=index + 1, pages=count))
        font = label.font()
        font.setPointSizeF(12)
        font.setBold(True)
        label.setFont(font)
        layout.addLayoutItem(label)
        label.attemptResize(QgsLayoutSize(width, ANNEX_HEADER_MM - 2, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
        label.attemptMove(QgsLayoutPoint(ANNEX_MARGIN_MM, ANNEX_MARGIN_MM, QgsUnitTypes.LayoutUnit.LayoutMillimeters), True, False, index)
    title = layout.itemById("figures_title")
    if title is not None:
        title.setText(texts["figures_title_continued"].format(total=total))
    return total, count


def extend_over(legend, items):
    rect = legend.sceneBoundingRect()
    for other in items:
        rect = rect.united(other.sceneBoundingRect())
    legend.attemptMove(QgsLayoutPoint(rect.x(), rect.y(), QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    legend.attemptResize(QgsLayoutSize(rect.width(), rect.height(), QgsUnitTypes.LayoutUnit.LayoutMillimeters))
