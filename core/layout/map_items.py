"""Map items of the council map: round scale, scale bar, overview, atlas set-up and highlight, 3D inset."""

import os

from qgis.core import (
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsInvertedPolygonRenderer,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMapLayerStore,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsScaleBarSettings,
    QgsUnitTypes,
)
from qgis.PyQt.QtGui import QColor

from .scales import scalebar_division, sheet_scale_at_least

MAP_MARGIN = 0.02  # share of the area added on each side before rounding up to a round scale


def ensure_valid_extent(map_item):
    """zoomToExtent() needs a finite current extent; a template saved without layers has NaN.
    An extent with the item's own aspect ratio keeps setExtent() from resizing the item."""
    current = map_item.extent()
    if current.isEmpty() or current.width() != current.width():
        rect = map_item.rect()
        map_item.setExtent(QgsRectangle(0, 0, rect.width(), rect.height()))


def fit_map_to(main_map, extent):
    """Zoom to the extent plus margin, then out to the next scale of the sheet series (fills >= 80 % of the frame)."""
    ensure_valid_extent(main_map)
    grown = QgsRectangle(extent)
    grown.grow(max(extent.width(), extent.height()) * MAP_MARGIN or 50.0)
    main_map.zoomToExtent(grown)
    main_map.setScale(sheet_scale_at_least(main_map.scale()))


def round_scalebar(scalebar, main_map, width_mm):
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


def fit_overview(overview, detail_extent, factor=2.0):
    """The overview shows the area with its surroundings (``factor`` times its size)."""
    context = QgsRectangle(detail_extent)
    context.scale(factor)
    ensure_valid_extent(overview)
    overview.zoomToExtent(context)


def atlas_highlight_layers(layout, coverage):
    """Two overlay layers on the coverage source that make the page's own feature obvious: the
    rest of the map dimmed (inverted polygon with a white veil) and the feature outlined.
    They live in a layer store owned by the layout (never in the user's project or legend)."""

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


def configure_atlas(layout, request, main_map, overview, crs, project):
    """One page per coverage feature, sorted and named by the page-name field; overview = all of it."""
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
    # predefined = the smallest round scale (layout render context) at which the feature fits
    main_map.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Predefined)
    if overview is not None:
        whole = transformed_extent(coverage.extent(), coverage.crs(), crs, project)
        whole.scale(1.15)
        ensure_valid_extent(overview)
        overview.zoomToExtent(whole)
    ensure_valid_extent(main_map)
    atlas.updateFeatures()


def place_snapshot(layout, main_map, image_path):
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


def transformed_extent(layer_extent, source_crs, target_crs, project):
    if source_crs == target_crs:
        return QgsRectangle(layer_extent)
    transform = QgsCoordinateTransform(source_crs, target_crs, project.transformContext())
    return transform.transformBoundingBox(layer_extent)
