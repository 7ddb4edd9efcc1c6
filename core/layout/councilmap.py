"""One-step council map: a template filled with layers, title, legend, sources and key figures,
exported as a PDF (one page, or one page per coverage feature = atlas), optionally PNG per page.

``build_council_layout`` gives the filled QgsPrintLayout (the dialog renders its preview from it);
``export_council_map`` validates the request, builds the layout and writes the PDF atomically.
The Processing algorithm ``urbantwin:councilmap`` and the dialog both call these two functions.
Layouts are not thread-safe: call from the main thread (the algorithm sets FlagNoThreading).
"""

import os
from dataclasses import dataclass, field
from typing import List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsMapLayer,
    QgsPathResolver,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsSymbolLayerUtils,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QFile, QIODevice, QObject
from qgis.PyQt.QtXml import QDomDocument

from ..atomic import atomic_path, check_writable_target
from ..errors import CancelledError, UrbanTwinError
from ..i18n import tr
from .key_figures import fill_key_figures, flow_rows_onto_annex
from .legend import fill_legend
from .map_items import configure_atlas, fit_map_to, fit_overview, place_snapshot, round_scalebar, transformed_extent
from .scales import SHEET_SCALES, format_scale
from .sheet_locale import sheet_locale
from .sheet_settings import sender_line, sheet_settings
from .sheet_text import fit_text, sources_text
from .template_builder import ITEM_IDS, NORTH_ARROW_SVG, TEMPLATE_KEYS, sheet_geometry, template_path
from .texts import sheet_language, sheet_texts

LANGUAGE_PROPERTY = "urbantwin/sheet_language"



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
    # the municipality's details; None = from the settings page (core/layout/sheet_settings.py)
    municipality: Optional[str] = None
    office: Optional[str] = None
    licence_text: Optional[str] = None
    # context in the overview map (districts, the plan's Geltungsbereich, a basemap); empty = found in the project
    overview_layers: List[QgsMapLayer] = field(default_factory=list)
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
class ScalebarKeeper(QObject):
    """Re-rounds the scale bar when an atlas page moves the map. A child of the layout, found by item ids: it dies
    with the layout and Qt disconnects it (a lambda holding item wrappers crashed after a layout was deleted)."""

    def __init__(self, layout, budget_mm):
        super().__init__(layout)
        self.budget_mm = budget_mm

    def update(self):
        layout = self.parent()
        if layout is None:
            return
        scalebar, main_map = layout.itemById("scalebar"), layout.itemById("main_map")
        if scalebar is not None and main_map is not None:
            round_scalebar(scalebar, main_map, self.budget_mm)


def overview_layers(request, project):
    """Context for the overview: the chosen layers, else districts and Geltungsbereich layers of the project
    (by layer kind / plan table), drawn under the sheet's own layers' outline frame."""
    if request.overview_layers:
        return list(request.overview_layers)
    from ..layer_kinds import DISTRICTS, layer_kind, table_name

    found = []
    for node in project.layerTreeRoot().findLayers():
        layer = node.layer()
        if layer is None or layer in found:
            continue
        if layer_kind(layer) == DISTRICTS or table_name(layer) == "plans":
            found.append(layer)
    return found


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
    from ..storage.postgis_results import attach_metadata

    for layer in list(request.layers) + [request.coverage_layer, request.figures_layer]:
        if layer is None or project.mapLayer(layer.id()) is not None:
            continue
        attach_metadata(layer)  # a PostGIS result: title and sources from urbantwin_metadata (a GeoPackage has them)
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


def area_of_interest(request, crs, project):
    """Extent to show (map CRS): the given extent, else the combined extent of the layers."""
    if request.extent is not None and not request.extent.isEmpty():
        return transformed_extent(request.extent, request.extent_crs or crs, crs, project)
    combined = QgsRectangle()
    combined.setMinimal()
    for layer in request.layers:
        extent = layer.extent()
        if extent.isEmpty() and not (extent.width() or extent.height()):
            continue
        combined.combineExtentWith(transformed_extent(extent, layer.crs(), crs, project))
    if combined.isEmpty() and combined.width() <= 0:
        raise UrbanTwinError(tr("The layers are empty; there is nothing to put on the map."))
    return combined


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


def _longest_page_name(request):
    if request.coverage_layer is None or not request.page_name_field:
        return ""
    names = [str(f[request.page_name_field]) for f in request.coverage_layer.getFeatures()]
    return max(names, key=len) if names else ""


def build_council_layout(request, project=None):
    """The filled QgsPrintLayout (atlas configured when a coverage layer is given)."""
    language = request.language or sheet_language()
    with sheet_locale(language):
        layout = _build_council_layout(request, project, language)
    layout.setCustomProperty(LANGUAGE_PROPERTY, language)
    return layout


def _build_council_layout(request, project, language):
    project = project or QgsProject.instance()
    validate_request(request)
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
        overview.setLayers(overview_layers(request, project) or layers)
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
    stored = sheet_settings()
    logo = item(layout, "logo")
    logo_path = request.logo or stored["logo"]
    if logo is not None:
        if logo_path and os.path.isfile(logo_path):
            logo.setPicturePath(logo_path)
        else:  # the municipality's logo or none: a council sheet never carries the plugin's logo
            logo.setVisibility(False)

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

    fill_legend(layout, layers, main_map, texts)
    fill_key_figures(layout, request, main_map, texts, language)

    source_label = item(layout, "source")
    if source_label is not None:
        all_layers = list(layers) + [lyr for lyr in (request.coverage_layer, request.figures_layer) if lyr is not None and lyr not in layers]
        sources = sources_text(all_layers, texts)
        licence = request.licence_text if request.licence_text is not None else stored["licence"]
        if licence:
            sources += " · " + licence
        _set_label(layout, "source", sources, fit=True)
    sender = sender_line(request.municipality if request.municipality is not None else stored["municipality"],
                         request.office if request.office is not None else stored["office"])
    date_text = "{} [% format_date(now(), '{}') %]".format(texts["date_prefix"], texts["date_format"])
    _set_label(layout, "date", (sender + " · " + date_text) if sender else date_text)
    # format_number follows the sheet locale set around building and export (sheet_locale.py), not the system's
    scale_expression = "format_number(map_get(item_variables('main_map'), 'map_scale'), 0)"
    _set_label(layout, "scale_text", "{} 1:[% {} %]".format(texts["scale_prefix"], scale_expression))

    layout.renderContext().setPredefinedScales([float(s) for s in SHEET_SCALES])  # atlas pages: >= 80 % fill too
    if request.coverage_layer is not None:
        configure_atlas(layout, request, main_map, overview, crs, project)
    else:
        area = area_of_interest(request, crs, project)
        fit_map_to(main_map, area)
        if overview is not None:
            fit_overview(overview, area, factor=3.0)  # the area in its surroundings
    flow_rows_onto_annex(layout, request, texts)
    place_snapshot(layout, main_map, request.snapshot_image)
    scalebar = item(layout, "scalebar")
    if scalebar is not None:
        # the scale bar item shrinks to its content, so keep the template's width as the budget
        width_mm = sheet_geometry(request.template)["scalebar"][2] if request.template in TEMPLATE_KEYS else scalebar.rect().width()
        bar_budget_mm = width_mm * 0.8
        round_scalebar(scalebar, main_map, bar_budget_mm)
        # atlas pages have their own scale: re-round whenever the map has followed the feature
        keeper = ScalebarKeeper(layout, bar_budget_mm)
        main_map.extentChanged.connect(keeper.update)
    layout.refresh()
    return layout


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
    with sheet_locale(layout.customProperty(LANGUAGE_PROPERTY)):
        return _export(layout, request, feedback)


def _export(layout, request, feedback):
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
    pages = len(names) if layout.atlas().enabled() else layout.pageCollection().pageCount()  # sheet + annex pages
    return CouncilMapResult(pdf=target, pages=pages, scales=scales, page_names=names, png_files=png_files)


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
    with sheet_locale(layout.customProperty(LANGUAGE_PROPERTY)):
        return _render_preview(layout, width_px)


def _render_preview(layout, width_px):
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
