"""The key-figures table of the council map: which columns, how numbers are written, which rows.

Columns: the user's choice or the fields a council asks for first (name, status, GRZ/GFZ …), at
most five, never ids or JSON; a code field is replaced by its ``_label`` sibling. Numbers are
formatted in the sheet language by expressions (the table has no per-column number format in 3.22).
Rows: in an atlas those of the page's feature (same page-name value, or spatially intersecting).
"""

import re

from qgis.core import QgsLayoutPoint, QgsLayoutSize, QgsLayoutTableColumn, QgsUnitTypes
from qgis.PyQt.QtCore import Qt

from ..errors import UrbanTwinError
from ..fieldtypes import FieldType, field_type, is_integer
from ..i18n import tr
from .template_builder import TEMPLATE_KEYS, sheet_geometry
from .texts import ENGLISH

MAX_TABLE_COLUMNS = 5
MAX_TABLE_ROWS = 14
# fields that are identifiers or machine-readable blobs, not key figures for a council
_HIDDEN_FIELD = re.compile(r"^(fid|ogc_fid|id|gml_id|.*_id|generic_attributes|hoehenangabe|source_file|provenance)$", re.IGNORECASE)


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
    readable = [n for n in names if not _HIDDEN_FIELD.match(n) and n + "_label" not in names]
    ordered = [n for n in PREFERRED_FIELDS if n in readable] + [n for n in readable if n not in PREFERRED_FIELDS]
    return ordered[:MAX_TABLE_COLUMNS]


def number_expression(field_name, is_integer, language):
    """Numbers as the sheet language writes them: 1.234,5 (de) or 1,234.5 (en)."""
    quoted = '"{}"'.format(field_name.replace('"', '""'))
    if is_integer:
        text = "format_number({}, 0)".format(quoted)
    else:
        text = "if(abs({0}) >= 100, format_number({0}, 0), format_number({0}, 2))".format(quoted)
    if language != ENGLISH:  # QGIS formats with the C/English separators on a C locale
        text = "replace(replace(replace({}, ',', '#'), '.', ','), '#', '.')".format(text)
    return "if({} IS NULL, '–', {})".format(quoted, text)


def table_columns(layer, field_names, language):
    columns = []
    for name in field_names:
        definition = layer.fields().field(name)
        column = QgsLayoutTableColumn(layer.attributeDisplayName(layer.fields().indexOf(name)))
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
    # fixed column widths: long German headers and values wrap inside the frame instead of running past it
    cell_margin = table.cellMargin()
    usable = frame_width - len(columns) * 2 * cell_margin - (len(columns) + 1) * table.gridStrokeWidth() - 0.5
    # text columns (names, status) get more room than numbers
    weights = [1.0 if column.attribute().startswith("if(") else 1.6 for column in columns]
    for column, weight in zip(columns, weights):
        column.setWidth(max(5.0, usable * weight / sum(weights)))
    table.setColumns(columns)
    table.setSortColumns(problem_rows_first(figures))
    table.setMaximumNumberOfFeatures(MAX_TABLE_ROWS)
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


def problem_rows_first(layer):
    """Compliance-style results (a ``status`` field): exceeding rows first, then not determinable,
    so a table cut to its frame never hides the findings the council has to see."""
    if layer.fields().indexOf("status") < 0:
        return []
    key = QgsLayoutTableColumn()
    key.setAttribute("CASE WHEN \"status\" = 'exceeds' THEN 0 WHEN \"status\" = 'not_determinable' THEN 1 ELSE 2 END")
    key.setSortOrder(Qt.SortOrder.AscendingOrder)
    return [key]


def limit_rows_to_frame(layout, request, texts, count_limit=10000):
    """Single page: show only whole rows that fit the frame, and say so in the table title
    ("Kennzahlen (6 von 15 Zeilen)") instead of silently dropping the rest. Call after the map
    extent is final (a spatial table lists what the map shows)."""
    frame = layout.itemById("figures")
    if frame is None or request.figures_layer is None or request.coverage_layer is not None:
        return None
    table = frame.multiFrame()
    # totalSize() is never smaller than the frames, so "fits" means "not taller than the frame"
    height = frame.rect().height() + 0.01
    table.setMaximumNumberOfFeatures(count_limit)
    table.refreshAttributes()
    total = len(table.contents())
    shown = min(total, MAX_TABLE_ROWS)
    table.setMaximumNumberOfFeatures(shown)
    table.refreshAttributes()
    while shown > 1 and table.totalSize().height() > height:
        shown -= 1
        table.setMaximumNumberOfFeatures(shown)
        table.refreshAttributes()
    title = layout.itemById("figures_title")
    if title is not None and shown < total:
        title.setText(texts["figures_title_partial"].format(shown, total))
    return shown, total


def extend_over(legend, items):
    rect = legend.sceneBoundingRect()
    for other in items:
        rect = rect.united(other.sceneBoundingRect())
    legend.attemptMove(QgsLayoutPoint(rect.x(), rect.y(), QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    legend.attemptResize(QgsLayoutSize(rect.width(), rect.height(), QgsUnitTypes.LayoutUnit.LayoutMillimeters))
