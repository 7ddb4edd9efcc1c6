"""One-step council map: a template filled with layers, title, legend, sources and key figures,
exported as a PDF (one page, or one page per coverage feature = atlas), optionally PNG per page.

``build_council_layout`` gives the filled QgsPrintLayout (the dialog renders its preview from it);
``export_council_map`` validates the request, builds the layout and writes the PDF atomically.
The Processing algorithm ``urbantwin:councilmap`` and the dialog both call these two functions.
Layouts are not thread-safe: call from the main thread (the algorithm sets FlagNoThreading).
"""

import os
import re
from dataclasses import dataclass, field
from typing import List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMapLayer,
    QgsPathResolver,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsScaleBarSettings,
    QgsSymbolLayerUtils,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QFile, QIODevice
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from ..atomic import atomic_path, check_writable_target
from ..errors import CancelledError, UrbanTwinError
from ..i18n import tr
from .scales import ROUND_SCALES, format_scale, round_scale_at_least, scalebar_division
from .sheet_text import fit_text, legend_name, sources_text
from .template_builder import ITEM_IDS, NORTH_ARROW_SVG, PLUGIN_DIR, TEMPLATE_KEYS, sheet_geometry, template_path
from .texts import ENGLISH, sheet_language, sheet_texts

MAP_MARGIN = 0.02  # share of the area added on each side before rounding up to a round scale
MAX_TABLE_COLUMNS = 5
MAX_TABLE_ROWS = 14
DEFAULT_LOGO = os.path.join(PLUGIN_DIR, "resources", "icons", "urban_twin.svg")
# fields that are identifiers or machine-readable blobs, not key figures for a council
_HIDDEN_FIELD = re.compile(r"^(fid|ogc_fid|id|gml_id|.*_id|generic_attributes|hoehenangabe|source_file|provenance)$", re.IGNORECASE)


@dataclass
class CouncilMapRequest:
    """What to put on the sheet. ``layers`` top first; ``extent`` in ``extent_crs`` (or map CRS)."""

    layers: List[QgsMapLayer]
    output_pdf: str = ""
    template: str = "a4_landscape"  # a TEMPLATE_KEYS entry or the path of a .qpt
    title: str = ""
    subtitle: str = ""
    extent: Optional[QgsRectangle] = None
    extent_crs: Optional[QgsCoordinateReferenceSystem] = None
    coverage_layer: Optional[QgsVectorLayer] = None
    page_name_field: str = ""
    figures_layer: Optional[QgsVectorLayer] = None
    figures_fields: List[str] = field(default_factory=list)  # empty = chosen automatically
    write_png: bool = False
    snapshot_image: str = ""  # PNG of a 3D view, placed as an inset when given
    logo: str = ""
    dpi: int = 300
    language: Optional[str] = None  # "de" / "en"; None = from the QGIS locale
    # Processing opens file layers with a random style: give those (not the project's layers) their stored style
    use_stored_styles: bool = False


@dataclass
class CouncilMapResult:
    pdf: str
    pages: int
    scales: List[float] = field(default_factory=list)
    page_names: List[str] = field(default_factory=list)
    png_files: List[str] = field(default_factory=list)


# -- validation ------------------------------------------------------------------------------
def has_usable_crs(layer):
    """False for no CRS (shapefile without .prj) and for GeoPackage's "Undefined geographic /
    cartesian SRS" (srs_id 0 / -1), which QGIS reports as valid but which places nothing."""
    crs = layer.crs()
    if not crs.isValid():
        return False
    return bool(crs.authid()) or "undefined" not in crs.toWkt()[:120].lower()


def validate_request(request):
    """Raise UrbanTwinError (translated, naming the layer or file) for input that cannot work."""
    if not request.layers:
        raise UrbanTwinError(tr("No layers to show: choose layers or make layers visible in the project."))
    for layer in list(request.layers) + [request.coverage_layer]:
        if layer is None:
            continue
        if not layer.isValid():
            raise UrbanTwinError(tr("The layer cannot be read."), path=layer.source(), obj=layer.name())
        if not has_usable_crs(layer):
            raise UrbanTwinError(
                tr("The layer has no coordinate reference system; set one in the layer properties before exporting a map."),
                path=layer.source(),
                obj=layer.name(),
            )
    coverage = request.coverage_layer
    if coverage is not None:
        if coverage.featureCount() == 0 or next(coverage.getFeatures(QgsFeatureRequest().setLimit(1)), None) is None:
            raise UrbanTwinError(
                tr("The coverage layer has no features; an atlas needs one feature per page."),
                path=coverage.source(),
                obj=coverage.name(),
            )
        if request.page_name_field and coverage.fields().indexOf(request.page_name_field) < 0:
            raise UrbanTwinError(
                tr("The coverage layer has no field named {}.").format(request.page_name_field),
                path=coverage.source(),
                obj=coverage.name(),
            )
    if request.template not in TEMPLATE_KEYS and not os.path.isfile(request.template):
        raise UrbanTwinError(tr("Unknown layout template {}; choose one of: {}.").format(request.template, ", ".join(TEMPLATE_KEYS)))
    if request.output_pdf:
        if os.path.isdir(request.output_pdf):
            raise UrbanTwinError(tr("The output is a folder, not a PDF file name."), path=request.output_pdf)
        check_writable_target(request.output_pdf)


# -- building the layout -----------------------------------------------------------------------
def load_template(template, project):
    """A QgsPrintLayout from a template key or .qpt path (items keep their ids)."""
    path = template_path(template) if template in TEMPLATE_KEYS else template
    handle = QFile(path)
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise UrbanTwinError(tr("The layout template cannot be read."), path=path)
    document = QDomDocument()
    ok = document.setContent(handle)
    handle.close()
    ok = ok[0] if isinstance(ok, tuple) else ok
    if not ok:
        raise UrbanTwinError(tr("The layout template is not valid XML."), path=path)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _items, loaded = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not loaded:
        raise UrbanTwinError(tr("The layout template cannot be loaded."), path=path)
    return layout


def item(layout, item_id):
    return layout.itemById(item_id)


def ordered_for_map(layers):
    """Points over lines over polygons over rasters; within a geometry type the layer with more
    features on top (buildings over districts), so nothing detailed is hidden under an area."""

    def rank(layer):
        if isinstance(layer, QgsVectorLayer):
            kind = {
                QgsWkbTypes.GeometryType.PointGeometry: 0,
                QgsWkbTypes.GeometryType.LineGeometry: 1,
                QgsWkbTypes.GeometryType.PolygonGeometry: 2,
            }.get(layer.geometryType(), 3)
            return (kind, -max(layer.featureCount(), 0))
        return (4, 0)

    return sorted(layers, key=rank)


def apply_stored_styles(request, project):
    """Layers that Processing opened from a file (not the project's own, which the user styled)
    get the style stored with them (GeoPackage layer_styles or a .qml beside the file): the
    analyses save their legend there, and Processing does not load it."""
    for layer in list(request.layers) + [request.coverage_layer, request.figures_layer]:
        if layer is None or project.mapLayer(layer.id()) is not None:
            continue
        try:
            _message, loaded = layer.loadDefaultStyle()
        except (RuntimeError, TypeError, ValueError):  # a provider without stored styles
            loaded = False
        if not loaded and isinstance(layer, QgsVectorLayer) and layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry:
            # no stored style: a quiet context style instead of QGIS' random colour
            from qgis.core import QgsSingleSymbolRenderer

            layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
                {"color": "240,240,235,255", "outline_color": "110,110,110,255", "outline_width": "0.35"})))


def map_crs(request, project):
    crs = project.crs()
    if crs.isValid():
        return crs
    return request.layers[0].crs()


def _transformed_extent(layer_extent, source_crs, target_crs, project):
    if source_crs == target_crs:
        return QgsRectangle(layer_extent)
    transform = QgsCoordinateTransform(source_crs, target_crs, project.transformContext())
    return transform.transformBoundingBox(layer_extent)


def area_of_interest(request, crs, project):
    """Extent to show (map CRS): the given extent, else the combined extent of the layers."""
    if request.extent is not None and not request.extent.isEmpty():
        return _transformed_extent(request.extent, request.extent_crs or crs, crs, project)
    combined = QgsRectangle()
    combined.setMinimal()
    for layer in request.layers:
        extent = layer.extent()
        if extent.isEmpty() and not (extent.width() or extent.height()):
            continue
        combined.combineExtentWith(_transformed_extent(extent, layer.crs(), crs, project))
    if combined.isEmpty() and combined.width() <= 0:
        raise UrbanTwinError(tr("The layers are empty; there is nothing to put on the map."))
    return combined


def _ensure_valid_extent(map_item):
    """zoomToExtent() needs a finite current extent; a template saved without layers has NaN.
    An extent with the item's own aspect ratio keeps setExtent() from resizing the item."""
    current = map_item.extent()
    if current.isEmpty() or current.width() != current.width():
        rect = map_item.rect()
        map_item.setExtent(QgsRectangle(0, 0, rect.width(), rect.height()))


def _fit_map_to(main_map, extent):
    """Zoom to the extent plus margin, then out to the next round scale."""
    _ensure_valid_extent(main_map)
    grown = QgsRectangle(extent)
    grown.grow(max(extent.width(), extent.height()) * MAP_MARGIN or 50.0)
    main_map.zoomToExtent(grown)
    main_map.setScale(round_scale_at_least(main_map.scale()))


def _set_label(layout, item_id, text, fit=False):
    label = item(layout, item_id)
    if label is None:
        return None
    if fit:
        size = label.sizeWithUnits()
        wrapped, point_size = fit_text(text, label.font(), size.width(), size.height())
        font = label.font()
        font.setPointSizeF(point_size)
        label.setFont(font)
        label.setText(wrapped)
    else:
        label.setText(text)
    return label


# what a council asks first, from the outputs of districtfigures, plancompliance and solarpotential
PREFERRED_FIELDS = [
    "name", "zone_type", "status_label", "exceeded", "grz_actual", "gfz_actual", "n_buildings", "area",
    "grz_limit", "gfz_limit", "einwohner", "kwp", "kwh_per_year", "suitability_label",
]


def _displayed_fields(layer, wanted=None):
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


def _number_expression(field_name, is_integer, language):
    """Numbers as the sheet language writes them: 1.234,5 (de) or 1,234.5 (en)."""
    quoted = '"{}"'.format(field_name.replace('"', '""'))
    if is_integer:
        text = "format_number({}, 0)".format(quoted)
    else:
        text = "if(abs({0}) >= 100, format_number({0}, 0), format_number({0}, 2))".format(quoted)
    if language != ENGLISH:  # QGIS formats with the C/English separators on a C locale
        text = "replace(replace(replace({}, ',', '#'), '.', ','), '#', '.')".format(text)
    return "if({} IS NULL, '–', {})".format(quoted, text)


def _table_columns(layer, field_names, language):
    from qgis.core import QgsLayoutTableColumn
    from qgis.PyQt.QtCore import QVariant

    columns = []
    for name in field_names:
        definition = layer.fields().field(name)
        column = QgsLayoutTableColumn(layer.attributeDisplayName(layer.fields().indexOf(name)))
        if definition.type() in (QVariant.Int, QVariant.LongLong, QVariant.UInt, QVariant.ULongLong):
            column.setAttribute(_number_expression(name, True, language))
        elif definition.type() == QVariant.Double:
            column.setAttribute(_number_expression(name, False, language))
        else:
            column.setAttribute('"{}"'.format(name.replace('"', '""')))
        columns.append(column)
    return columns


def _fill_figures(layout, request, main_map, texts, language):
    frame = item(layout, "figures")
    title = item(layout, "figures_title")
    figures = request.figures_layer
    if frame is None:
        return
    if figures is None:
        # no key figures: the legend takes the table's place so the sheet has no hole
        legend = item(layout, "legend")
        if legend is not None and title is not None:
            _extend_legend_over(legend, [title, frame])
        layout.removeMultiFrame(frame.multiFrame())
        if title is not None:
            layout.removeLayoutItem(title)
        return
    table = frame.multiFrame()
    # the frame follows the table's natural width, so take the planned width of our sheets
    frame_width = sheet_geometry(request.template)["figures"][2] if request.template in TEMPLATE_KEYS else frame.rect().width()
    table.setVectorLayer(figures)
    columns = _table_columns(figures, _displayed_fields(figures, request.figures_fields), language)
    # fixed column widths: long German headers and values wrap inside the frame instead of running past it
    cell_margin = table.cellMargin()
    usable = frame_width - len(columns) * 2 * cell_margin - (len(columns) + 1) * table.gridStrokeWidth() - 0.5
    # text columns (names, status) get more room than numbers
    weights = [1.0 if column.attribute().startswith("if(") else 1.6 for column in columns]
    for column, weight in zip(columns, weights):
        column.setWidth(max(5.0, usable * weight / sum(weights)))
    table.setColumns(columns)
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


def _extend_legend_over(legend, items):
    rect = legend.sceneBoundingRect()
    for other in items:
        rect = rect.united(other.sceneBoundingRect())
    legend.attemptMove(QgsLayoutPoint(rect.x(), rect.y(), QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    legend.attemptResize(QgsLayoutSize(rect.width(), rect.height(), QgsUnitTypes.LayoutUnit.LayoutMillimeters))


def _fill_legend(layout, layers, main_map, texts):
    legend = item(layout, "legend")
    if legend is None:
        return
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in layers:
        node = root.addLayer(layer)
        node.setCustomProperty("legend/title-label", legend_name(layer))
    legend.setLinkedMap(main_map)
    legend.setLegendFilterByMapEnabled(True)
    legend.setTitle(texts["legend_title"])
    legend.updateLegend()
    _fit_legend(legend)


def _fit_legend(legend, min_font_factor=0.6):
    """Keep the legend inside its box: more columns (up to 3), then smaller text and symbols (down to
    60 %); a layer's classes are split over columns only when nothing else fits. The legend item does not clip; entries past its box would be drawn under the
    next item. The size needed is what QGIS' own legend renderer computes."""
    from qgis.core import QgsLayoutUtils, QgsLegendRenderer, QgsLegendStyle

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


def _place_snapshot(layout, main_map, image_path):
    """A 3D view snapshot as an inset in the lower left corner of the map (only when given)."""
    if not image_path or not os.path.isfile(image_path):
        return None
    rect = main_map.sceneBoundingRect()
    width = rect.width() * 0.32
    height = width * 0.66
    picture = QgsLayoutItemPicture(layout)
    picture.setId("view3d")
    picture.setPicturePath(image_path)
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    picture.setFrameEnabled(True)
    picture.setFrameStrokeWidth(QgsLayoutMeasurement(0.3))
    picture.setBackgroundEnabled(True)
    picture.setBackgroundColor(QColor(255, 255, 255))
    layout.addLayoutItem(picture)
    picture.attemptMove(QgsLayoutPoint(rect.x() + 3, rect.bottom() - height - 3, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    picture.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    return picture


def _longest_page_name(request):
    if request.coverage_layer is None or not request.page_name_field:
        return ""
    names = [str(f[request.page_name_field]) for f in request.coverage_layer.getFeatures()]
    return max(names, key=len) if names else ""


def build_council_layout(request, project=None):
    """The filled QgsPrintLayout (atlas configured when a coverage layer is given)."""
    project = project or QgsProject.instance()
    validate_request(request)
    language = request.language or sheet_language()
    texts = sheet_texts(language)
    layout = load_template(request.template, project)
    layout.setName(request.title or "Urban Twin")
    if request.use_stored_styles:
        apply_stored_styles(request, project)
    layers = ordered_for_map(request.layers)
    crs = map_crs(request, project)

    main_map = item(layout, "main_map")
    if main_map is None:
        raise UrbanTwinError(tr("The layout template has no map item with the id main_map."), path=request.template)
    main_map.setCrs(crs)
    main_map.setLayers(layers)
    main_map.setKeepLayerSet(True)

    overview = item(layout, "overview")
    if overview is not None:
        overview.setCrs(crs)
        overview.setLayers(layers)
        overview.setKeepLayerSet(True)
        overview.overview().setLinkedMap(main_map)
        overview.overview().setFrameSymbol(
            QgsFillSymbol.createSimple({"color": "200,30,30,40", "outline_color": "200,30,30,255", "outline_width": "0.4"})
        )

    for linked_id in ("north_arrow", "scalebar"):
        linked = item(layout, linked_id)
        if linked is not None:
            linked.setLinkedMap(main_map)
    arrow = item(layout, "north_arrow")
    if arrow is not None:
        arrow.setPicturePath(QgsSymbolLayerUtils.svgSymbolNameToPath(NORTH_ARROW_SVG, QgsPathResolver()))
    logo = item(layout, "logo")
    if logo is not None:
        logo.setPicturePath(request.logo if request.logo and os.path.isfile(request.logo) else DEFAULT_LOGO)

    title_text = request.title or (layers[0].name() if layers else "")
    _set_label(layout, "title", title_text, fit=True)
    subtitle_label = item(layout, "subtitle")
    if subtitle_label is not None:
        longest = _longest_page_name(request)
        static = request.subtitle or ""
        if request.coverage_layer is not None:
            sample = (static + " – " + longest) if static else longest
            _set_label(layout, "subtitle", sample, fit=True)
            subtitle_label.setText(((static + " – ") if static else "") + "[% @atlas_pagename %]")
        else:
            _set_label(layout, "subtitle", static, fit=True)

    _fill_legend(layout, layers, main_map, texts)
    _fill_figures(layout, request, main_map, texts, language)

    source_label = item(layout, "source")
    if source_label is not None:
        all_layers = list(layers) + [lyr for lyr in (request.coverage_layer, request.figures_layer) if lyr is not None and lyr not in layers]
        _set_label(layout, "source", sources_text(all_layers, texts), fit=True)
    _set_label(layout, "date", "{} [% format_date(now(), '{}') %]".format(texts["date_prefix"], texts["date_format"]))
    scale_expression = "format_number(map_get(item_variables('main_map'), 'map_scale'), 0)"
    if language != ENGLISH:
        scale_expression = "replace({}, ',', '.')".format(scale_expression)
    _set_label(layout, "scale_text", "{} 1:[% {} %]".format(texts["scale_prefix"], scale_expression))

    layout.renderContext().setPredefinedScales([float(s) for s in ROUND_SCALES])
    if request.coverage_layer is not None:
        _configure_atlas(layout, request, main_map, overview, crs, project)
    else:
        area = area_of_interest(request, crs, project)
        _fit_map_to(main_map, area)
        if overview is not None:
            _fit_overview(overview, area)
    _place_snapshot(layout, main_map, request.snapshot_image)
    scalebar = item(layout, "scalebar")
    if scalebar is not None:
        # the scale bar item shrinks to its content, so keep the template's width as the budget
        width_mm = sheet_geometry(request.template)["scalebar"][2] if request.template in TEMPLATE_KEYS else scalebar.rect().width()
        bar_budget_mm = width_mm * 0.8
        _round_scalebar(scalebar, main_map, bar_budget_mm)
        # atlas pages have their own scale: re-round whenever the map has followed the feature
        main_map.extentChanged.connect(lambda: _round_scalebar(scalebar, main_map, bar_budget_mm))
    layout.refresh()
    return layout


def _round_scalebar(scalebar, main_map, width_mm):
    """Segments of 1/2/2.5/5 × 10^n m (QGIS' fit-width mode gives 19 m segments)."""
    segments, segment_m = scalebar_division(main_map.scale(), width_mm)
    scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setNumberOfSegments(segments)
    if segment_m >= 1000:
        scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
        scalebar.setUnitLabel("km")
        scalebar.setUnitsPerSegment(segment_m / 1000.0)
    else:
        scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
        scalebar.setUnitLabel("m")
        scalebar.setUnitsPerSegment(segment_m)
    scalebar.update()


def _fit_overview(overview, detail_extent, factor=2.0):
    context = QgsRectangle(detail_extent)
    context.scale(factor)
    _ensure_valid_extent(overview)
    overview.zoomToExtent(context)


def atlas_highlight_layers(layout, coverage):
    """Two overlay layers on the coverage source that make the page's own feature obvious: the
    rest of the map dimmed (inverted polygon with a white veil) and the feature outlined.
    They live in a layer store owned by the layout (never in the user's project or legend)."""
    from qgis.core import (
        QgsInvertedPolygonRenderer,
        QgsMapLayerStore,
        QgsRuleBasedRenderer,
    )

    def current_feature_only(symbol):
        root = QgsRuleBasedRenderer.Rule(None)
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, "$id = @atlas_featureid"))
        return QgsRuleBasedRenderer(root)

    veil = coverage.clone()
    veil.setName("atlas_veil")
    veil_symbol = QgsFillSymbol.createSimple({"color": "255,255,255,115", "outline_style": "no"})
    veil.setRenderer(QgsInvertedPolygonRenderer(current_feature_only(veil_symbol)))
    outline = coverage.clone()
    outline.setName("atlas_outline")
    outline_symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": "200,30,30,255", "outline_width": "0.8"})
    outline.setRenderer(current_feature_only(outline_symbol))
    store = QgsMapLayerStore(layout)  # a child of the layout: deleted with it, after its items
    store.addMapLayers([veil, outline])
    return [outline, veil]


def _configure_atlas(layout, request, main_map, overview, crs, project):
    coverage = request.coverage_layer
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    if request.page_name_field:
        atlas.setPageNameExpression('"{}"'.format(request.page_name_field.replace('"', '""')))
        atlas.setSortFeatures(True)
        atlas.setSortExpression('"{}"'.format(request.page_name_field.replace('"', '""')))
    main_map.setLayers(atlas_highlight_layers(layout, coverage) + main_map.layers())
    main_map.setAtlasDriven(True)
    main_map.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Predefined)
    main_map.setAtlasMargin(MAP_MARGIN * 2)
    if overview is not None:
        whole = _transformed_extent(coverage.extent(), coverage.crs(), crs, project)
        whole.scale(1.15)
        _ensure_valid_extent(overview)
        overview.zoomToExtent(whole)
    _ensure_valid_extent(main_map)
    atlas.updateFeatures()


# -- export --------------------------------------------------------------------------------------
def _pdf_settings(dpi):
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.appendGeoreference = True
    settings.exportMetadata = True
    settings.simplifyGeometries = True
    # real text (searchable, copyable into the council's document system, checkable with pdftotext)
    settings.textRenderFormat = QgsRenderContext.TextRenderFormat.AlwaysText
    return settings


def _export_error(code, path):
    return UrbanTwinError(tr("The PDF could not be written (layout export error {}).").format(int(code)), path=path)


def page_plan(layout):
    """(page names, scales) of the pages the layout will print, without rendering."""
    main_map = item(layout, "main_map")
    atlas = layout.atlas()
    if not atlas.enabled():
        return [layout.name()], [main_map.scale()]
    names, scales = [], []
    atlas.beginRender()
    for index in range(atlas.count()):
        atlas.seekTo(index)
        names.append(atlas.nameForPage(index) or str(index + 1))
        scales.append(main_map.scale())
    atlas.endRender()
    return names, scales


def export_council_map(request, project=None, feedback=None):
    """Build the layout and write the PDF atomically (no half PDF on failure or cancel)."""
    project = project or QgsProject.instance()
    if not request.output_pdf:
        raise UrbanTwinError(tr("No output PDF file given."))
    layout = build_council_layout(request, project)
    names, scales = page_plan(layout)
    if feedback is not None and feedback.isCanceled():
        raise CancelledError()
    settings = _pdf_settings(request.dpi)
    target = request.output_pdf
    with atomic_path(target) as temporary:
        if layout.atlas().enabled():
            code, _error = QgsLayoutExporter.exportToPdf(layout.atlas(), temporary, settings, feedback)
        else:
            code = QgsLayoutExporter(layout).exportToPdf(temporary, settings)
        if code == QgsLayoutExporter.ExportResult.Canceled or (feedback is not None and feedback.isCanceled()):
            raise CancelledError()
        if code != QgsLayoutExporter.ExportResult.Success or not os.path.isfile(temporary):
            raise _export_error(code, target)
    png_files = export_pngs(layout, target, feedback) if request.write_png else []
    return CouncilMapResult(pdf=target, pages=len(names), scales=scales, page_names=names, png_files=png_files)


def export_pngs(layout, pdf_path, feedback=None, dpi=150):
    """One PNG per page beside the PDF: ``<stem>_01.png`` … (each written atomically)."""
    stem = os.path.splitext(pdf_path)[0]
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.exportMetadata = False  # GDAL cannot update PNG metadata in place (ERROR 6)
    exporter = QgsLayoutExporter(layout)
    atlas = layout.atlas()
    count = atlas.count() if atlas.enabled() else 1
    written = []
    if atlas.enabled():
        atlas.beginRender()
    try:
        for index in range(count):
            if feedback is not None and feedback.isCanceled():
                raise CancelledError()
            if atlas.enabled():
                atlas.seekTo(index)
            target = "{}_{:02d}.png".format(stem, index + 1)
            with atomic_path(target) as temporary:
                code = exporter.exportToImage(temporary, settings)
                if code != QgsLayoutExporter.ExportResult.Success:
                    raise _export_error(code, target)
            written.append(target)
    finally:
        if atlas.enabled():
            atlas.endRender()
    return written


def render_preview(layout, width_px=900):
    """QImage of the first page (first atlas feature), for the dialog's preview."""
    from qgis.PyQt.QtCore import QSize

    atlas = layout.atlas()
    if atlas.enabled():
        atlas.beginRender()
        atlas.first()
    page = layout.pageCollection().page(0).pageSize()
    height_px = int(round(width_px * page.height() / page.width()))
    image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(width_px, height_px))
    if atlas.enabled():
        atlas.endRender()
    return image


def template_item_ids(layout):
    """The contract ids present in a layout (used by tests and by users checking their own .qpt)."""
    return [item_id for item_id in ITEM_IDS if layout.itemById(item_id) is not None]


def format_scales(scales, language=None):
    return [format_scale(s, language or sheet_language()) for s in scales]
