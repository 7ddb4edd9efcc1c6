"""Council map "Variantenvergleich" (A3 landscape PDF): one page per variant with its map and key figures (value
and difference from the base), then a comparison page with small multiples of all scenarios and the table.

Built in code from the comparison table of ``urbantwin:comparevariants`` (its ``source`` field names each
scenario's GeoPackage); the layers go into a private QgsProject, so the user's project is not touched. Layouts
are not thread-safe: call from the main thread.
"""

import datetime
import os

from qgis.core import (
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemTextTable,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
    QgsSingleSymbolRenderer,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QRectF
from qgis.PyQt.QtGui import QFont

from ..atomic import atomic_path
from ..errors import UrbanTwinError
from ..i18n import tr
from .styles import style_variant_buildings

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
PAGE_W, PAGE_H, MARGIN = 420.0, 297.0, 12.0


def figure_rows():
    """(field, label, format) of the key figures on the sheets, translated at call time."""
    return [
        ("n_new_buildings", tr("New buildings"), "{:.0f}"),
        ("new_gross_floor_area", tr("New gross floor area (m²)"), "{:,.0f}"),
        ("grz", tr("GRZ of the area"), "{:.2f}"),
        ("gfz", tr("GFZ of the area"), "{:.2f}"),
        ("highest_point", tr("Highest point (m NHN)"), "{:.1f}"),
        ("plan_units_exceeding", tr("Plan areas exceeding the plan"), "{:.0f}"),
        ("solar_kwp", tr("PV on the new roofs (kWp)"), "{:,.0f}"),
        ("solar_mwh", tr("PV yield (MWh/a)"), "{:,.0f}"),
        ("sun_newly_below_0321", tr("Façade points newly below 1.5 h sun (21 March)"), "{:.0f}"),
        ("sun_newly_below_0117", tr("Façade points newly below 1 h sun (17 January)"), "{:.0f}"),
        ("sun_mean_loss_h_0117", tr("Mean loss of sun on neighbouring façades, 17 January (h)"), "{:.2f}"),
        ("shadow_public_0321_12", tr("Shadow on public spaces, 21 March 12:00 (m²)"), "{:,.0f}"),
    ]


def read_comparison(path):
    layer = QgsVectorLayer("{}|layername=variant_comparison".format(path), "comparison", "ogr")
    if not layer.isValid() or layer.fields().indexFromName("variant") < 0:
        raise UrbanTwinError(tr("The file is not a variant comparison (layer variant_comparison)."), path=path)
    rows = [{name: feature[name] for name in layer.fields().names()} for feature in layer.getFeatures()]
    if len(rows) < 2:
        raise UrbanTwinError(tr("The comparison holds no variant."), path=path)
    return rows


def _value(row, key, pattern):
    value = row.get(key)
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return "–"
    return pattern.format(value).replace(",", "\u202f")


def _delta(row, key, pattern):
    value = row.get(key + "_delta")
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    sign = "+" if value > 0 else ("±" if value == 0 else "−")
    return sign + pattern.format(abs(value)).replace(",", "\u202f")


def _label(layout, text, x, y, w, h, page, size=11, bold=False):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    label.setFont(font)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
    label.attemptResize(QgsLayoutSize(w, h, MM))
    return label


def _map(layout, layers, extent, x, y, w, h, page):
    item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
    item.attemptResize(QgsLayoutSize(w, h, MM))
    item.setCrs(layers[0].crs())  # the private project has no CRS of its own
    item.setLayers(layers)
    item.setKeepLayerSet(True)
    item.setFrameEnabled(True)
    # zoomToExtent alone leaves an empty extent on an item that was moved before it had one (QGIS 3.22):
    # set the extent (which resizes the item to its ratio), restore the size, then fit the extent into it
    item.setExtent(extent)
    item.attemptResize(QgsLayoutSize(w, h, MM))
    item.zoomToExtent(extent)
    return item


def _table(layout, headers, rows, x, y, w, h, page, first_width=80.0):
    table = QgsLayoutItemTextTable(layout)
    columns = []
    other = (w - first_width - 2.0 * len(headers)) / max(len(headers) - 1, 1)
    for index, heading in enumerate(headers):
        column = QgsLayoutTableColumn()
        column.setHeading(heading)
        column.setWidth(first_width if index == 0 else other)
        columns.append(column)
    table.setColumns(columns)
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    for row in rows:
        table.addRow(row)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.attemptSetSceneRect(QRectF(0, 0, w, h))
    table.addFrame(frame)
    frame.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
    frame.attemptResize(QgsLayoutSize(w, h, MM))
    return table


def _scenario_layers(project, row, plan_layer):
    path = str(row.get("source") or "")
    buildings = QgsVectorLayer("{}|layername=buildings".format(path), row["variant"], "ogr")
    if not buildings.isValid():
        raise UrbanTwinError(tr("The GeoPackage of the scenario cannot be read."), path=path or None, obj=row["variant"])
    buildings.setSubsetString('"parent_id" IS NULL')
    style_variant_buildings(buildings)
    project.addMapLayer(buildings, False)
    layers = [buildings]
    if plan_layer is not None:
        layers.append(plan_layer)
    return layers, buildings


def _focus(buildings_layers, margin=60.0):
    """Extent of the planned buildings of all variants (+ margin); the whole scenario when none is planned."""
    extent = QgsRectangle()
    extent.setMinimal()  # QgsRectangle() is (0, 0, 0, 0) on QGIS 3.22: combining would reach the origin
    request = QgsFeatureRequest().setFilterExpression("\"status\" = 'geplant'").setNoAttributes()
    for layer in buildings_layers:
        for feature in layer.getFeatures(request):
            extent.combineExtentWith(feature.geometry().boundingBox())
    if extent.isNull() or extent.isEmpty():
        extent = QgsRectangle(buildings_layers[0].extent())
    extent.grow(margin)
    return extent


def build_variant_sheets(comparison_path, plan_layer=None, title=None):
    """(QgsPrintLayout, private QgsProject) of the sheets; keep the project alive until exported."""
    rows = read_comparison(comparison_path)
    project = QgsProject()
    if plan_layer is not None:
        plan_layer = plan_layer.clone()
        plan_layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"color": "0,0,0,0", "outline_color": "#1f4e9c", "outline_width": "0.5", "outline_style": "dash"})))
        project.addMapLayer(plan_layer, False)
    scenario_layers = [_scenario_layers(project, row, plan_layer) for row in rows]
    extent = _focus([buildings for _layers, buildings in scenario_layers])
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    pages = layout.pageCollection()
    pages.page(0).setPageSize(QgsLayoutSize(PAGE_W, PAGE_H, MM))
    for _ in range(len(rows) - 1):  # variants (pages 0 … n-2) + comparison page
        page = QgsLayoutItemPage(layout)
        page.setPageSize(QgsLayoutSize(PAGE_W, PAGE_H, MM))
        pages.addPage(page)
    title = title or tr("Variant comparison")
    stamp = tr("Urban Twin, {} — figures from plan check, district figures, solar potential, sun hours and shadows; base: {}").format(
        datetime.date.today().isoformat(), rows[0]["variant"])
    figures = figure_rows()
    for number, (row, (layers, _buildings)) in enumerate(zip(rows[1:], scenario_layers[1:])):
        _label(layout, "{} – {}".format(title, row["variant"]), MARGIN, MARGIN, PAGE_W - 2 * MARGIN, 12, number, 18, True)
        _map(layout, layers, extent, MARGIN, 30, 250, PAGE_H - 30 - 22, number)
        table_rows = [[label, _value(row, key, pattern), _delta(row, key, pattern)] for key, label, pattern in figures]
        _table(layout, [tr("Key figure"), tr("Variant"), tr("Δ base")], table_rows, 272, 30,
               PAGE_W - 272 - MARGIN, 180, number, 84.0)
        _label(layout, tr("Planned buildings orange, existing buildings sand, plan areas dashed blue."), 272, 215, PAGE_W - 272 - MARGIN, 10, number, 9)
        _label(layout, stamp, MARGIN, PAGE_H - 18, PAGE_W - 2 * MARGIN, 8, number, 8)
    last = len(rows) - 1
    _label(layout, tr("{} – all variants").format(title), MARGIN, MARGIN, PAGE_W - 2 * MARGIN, 12, last, 18, True)
    width = (PAGE_W - 2 * MARGIN - 6.0 * (len(rows) - 1)) / len(rows)
    for index, (row, (layers, _buildings)) in enumerate(zip(rows, scenario_layers)):
        x = MARGIN + index * (width + 6.0)
        _label(layout, row["variant"], x, 28, width, 8, last, 10, True)
        _map(layout, layers, extent, x, 37, width, 105, last)
    headers = [tr("Key figure")] + [row["variant"] for row in rows]
    table_rows = [[label] + [_value(row, key, pattern) for row in rows] for key, label, pattern in figures]
    _table(layout, headers, table_rows, MARGIN, 150, PAGE_W - 2 * MARGIN, 125, last, 100.0)
    _label(layout, stamp, MARGIN, PAGE_H - 18, PAGE_W - 2 * MARGIN, 8, last, 8)
    return layout, project


def export_variant_sheets(comparison_path, output_pdf, plan_layer=None, title=None):
    """Write the PDF atomically; returns the number of pages."""
    layout, project = build_variant_sheets(comparison_path, plan_layer, title)
    with atomic_path(output_pdf) as temporary:
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 150
        settings.rasterizeWholeImage = False
        settings.exportMetadata = True
        settings.textRenderFormat = QgsRenderContext.TextRenderFormat.AlwaysText  # searchable, checkable with pdftotext
        result = QgsLayoutExporter(layout).exportToPdf(temporary, settings)
        if result != QgsLayoutExporter.ExportResult.Success or not os.path.exists(temporary):
            raise UrbanTwinError(tr("The PDF could not be written (error {}).").format(int(result)), path=output_pdf)
    pages = layout.pageCollection().pageCount()
    del layout
    project.clear()
    return pages
