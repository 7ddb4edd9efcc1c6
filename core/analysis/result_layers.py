"""Write analysis results as styled, self-describing GeoPackage layers (atomic).

The traffic-light style and the German field aliases are stored in the GeoPackage itself
(``layer_styles``, default style), and the provenance in its metadata, so the file looks and
describes itself the same in QGIS, in the council map and in the catalogue.
"""

import os

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsFillSymbol,
    QgsLayerMetadata,
    QgsProcessingLayerPostProcessorInterface,
    QgsRendererCategory,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..atomic import atomic_path
from ..errors import UrbanTwinError
from ..i18n import tr
from ..layer_kinds import RESULTS, add_kind_keyword
from ..provenance import apply_to_metadata, save_into_geopackage
from . import baunvo

TRAFFIC_LIGHT = {
    baunvo.COMPLIES: "#1a9641",
    baunvo.EXCEEDS: "#d7191c",
    baunvo.NOT_DETERMINABLE: "#bdbdbd",
}


STYLED_PROPERTY = "urbantwin/result_styled"
# Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), in the order of the day
TIME_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


def style_result_layer(layer):
    """Apply the style stored with a result (``layer_styles`` default of the GeoPackage, ``.qml`` beside a raster).

    Processing, the modeler and most loaders open layers without their default style, so results came up in one
    flat colour. Marks the layer, so a style the planner changes later is not replaced again. True if applied."""
    if layer is None or not layer.isValid() or layer.customProperty(STYLED_PROPERTY):
        return False
    from ..storage.postgis_results import attach_metadata

    attach_metadata(layer)  # PostGIS results: title, abstract and provenance from urbantwin_metadata
    _message, applied = layer.loadDefaultStyle()
    if applied:
        layer.setCustomProperty(STYLED_PROPERTY, True)
        layer.triggerRepaint()
    return bool(applied)


class DefaultStylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Processing loads result layers without their default style; load the one stored in the GeoPackage."""

    _keep_alive = []  # QGIS does not own Python post-processors; keep them until the run is done

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        style_result_layer(layer)
        if context is not None and context.project() is not None:
            raise_above_sources(layer, context.project())

    @classmethod
    def attach(cls, context, destination):
        """Style ``destination`` when the GUI / modeler loads it on completion."""
        if context.willLoadLayerOnCompletion(destination):
            processor = cls()
            cls._keep_alive[:] = cls._keep_alive[-31:] + [processor]
            context.layerToLoadOnCompletionDetails(destination).setPostProcessor(processor)

    @classmethod
    def attach_all(cls, context):
        """Style every layer the run will load that has no post-processor of its own (solar, shadow, sun hours …)."""
        for destination in list(context.layersToLoadOnCompletion().keys()):
            if context.layerToLoadOnCompletionDetails(destination).postProcessor() is None:
                cls.attach(context, destination)


def raise_above_sources(layer, project):
    """A result Processing dropped into (or below) a city model or plan group goes on top of the layer tree:
    results are drawn above the plans and city models they were computed from."""
    if layer is None or project is None:
        return False
    from qgis.core import QgsLayerTree

    root = project.layerTreeRoot()
    node = root.findLayer(layer.id())
    if node is None:
        return False
    top = node
    while top.parent() is not None and top.parent() is not root:
        top = top.parent()
    index = root.children().index(top) if top in root.children() else -1
    sources_above = any(not QgsLayerTree.isLayer(child) for child in root.children()[:max(index, 0)])
    if top is node and not sources_above:
        return False
    root.insertChildNode(0, node.clone())
    node.parent().removeChildNode(node)
    return True


def time_category_renderer(field_name, times):
    """Categories per time of day in distinguishable colours (shadows of 9:00, 12:00, 15:00 …)."""
    categories = []
    for index, value in enumerate(times):
        symbol = QgsFillSymbol.createSimple(
            {"color": TIME_COLOURS[index % len(TIME_COLOURS)], "outline_color": "#333333", "outline_width": "0.1"}
        )
        symbol.setOpacity(0.5)
        label = value[11:16] if len(value) >= 16 and value[10] == "T" else value
        categories.append(QgsRendererCategory(value, symbol, label))
    return QgsCategorizedSymbolRenderer(field_name, categories)


def _expression_mode(properties_class):
    """The 'start and end from expressions' mode: a scoped enum of the class up to 3.2x, Qgis.VectorTemporalMode later."""
    from qgis.core import Qgis

    scoped = getattr(properties_class, "TemporalMode", None)
    if scoped is not None and hasattr(scoped, "ModeFeatureDateTimeStartAndEndFromExpressions"):
        return scoped.ModeFeatureDateTimeStartAndEndFromExpressions
    return Qgis.VectorTemporalMode.FeatureDateTimeStartAndEndFromExpressions


def set_time_expression(layer, field_name):
    """Temporal controller: each feature is shown at its time (ISO text field, e.g. 2026-03-21T10:00+01:00)."""
    from qgis.core import QgsVectorLayerTemporalProperties

    properties = layer.temporalProperties()
    expression = "to_datetime(left(\"{}\", 16))".format(field_name)
    properties.setMode(_expression_mode(QgsVectorLayerTemporalProperties))
    properties.setStartExpression(expression)
    properties.setEndExpression("{} + make_interval(minutes:=1)".format(expression))
    properties.setIsActive(True)


def make_fields(definitions):
    """QgsFields from (name, QVariant type, alias) triples."""
    fields = QgsFields()
    for name, variant_type, _ in definitions:
        fields.append(QgsField(name, variant_type))
    return fields


def traffic_light_renderer(field_name="status"):
    categories = []
    for code in (baunvo.EXCEEDS, baunvo.COMPLIES, baunvo.NOT_DETERMINABLE):
        symbol = QgsFillSymbol.createSimple(
            {"color": TRAFFIC_LIGHT[code], "outline_color": "#333333", "outline_width": "0.3", "style": "solid"}
        )
        symbol.setOpacity(0.75)
        if code == baunvo.EXCEEDS:  # not by colour alone: red/green is the most common colour-vision deficiency
            symbol.appendSymbolLayer(_hatch("#000000", 45.0, 2.0))
        elif code == baunvo.NOT_DETERMINABLE:
            symbol.appendSymbolLayer(_hatch("#555555", 0.0, 3.0, 0.15))
        categories.append(QgsRendererCategory(code, symbol, baunvo.status_label(code)))
    return QgsCategorizedSymbolRenderer(field_name, categories)


def _hatch(colour, angle, distance_mm, width_mm=0.3):
    """Diagonal (45°) hatch for "überschritten", thin horizontal lines for "nicht bestimmbar"."""
    from qgis.core import QgsLinePatternFillSymbolLayer, QgsLineSymbol

    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(angle)
    hatch.setDistance(distance_mm)
    hatch.setSubSymbol(QgsLineSymbol.createSimple({"line_color": colour, "line_width": str(width_mm)}))
    return hatch


GRZ_CLASSES = ((0.0, 0.2, "#ffffb2"), (0.2, 0.4, "#fecc5c"), (0.4, 0.6, "#fd8d3c"), (0.6, 0.8, "#f03b20"), (0.8, 10.0, "#bd0026"))


def grz_renderer(field_name="grz_actual"):
    """District figures: built density in the class limits planners know (§17 BauNVO GRZ steps)."""
    from qgis.core import QgsGraduatedSymbolRenderer, QgsRendererRange

    ranges = []
    for lower, upper, colour in GRZ_CLASSES:
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#555555", "outline_width": "0.3"})
        symbol.setOpacity(0.75)
        label = "GRZ ≥ {:.1f}".format(lower) if upper >= 10 else "GRZ {:.1f} – {:.1f}".format(lower, upper)
        ranges.append(QgsRendererRange(lower, upper, symbol, label))
    return QgsGraduatedSymbolRenderer(field_name, ranges)


def _set_aliases(layer, definitions):
    fields = layer.fields()
    for name, _, alias in definitions:
        index = fields.indexFromName(name)
        if index >= 0:
            layer.setFieldAlias(index, alias)


def plain_destination(destination):
    """The GeoPackage path of a Processing vector destination.

    Only a GeoPackage file carries the style, the aliases and the provenance inside it and can be
    replaced atomically (a shapefile is several files; ``ogr:dbname=…`` is a layer inside an
    existing file), so other files are refused with a clear message. PostGIS targets go through
    ``write_layer``'s database branch (core/storage/postgis_results.py)."""
    if not destination or destination.startswith(("ogr:", "postgres:", "postgresql:", "memory:", "spatialite:")):
        raise UrbanTwinError(tr("Please choose a file (GeoPackage) as output."), path=destination or None)
    if os.path.splitext(destination)[1].lower() != ".gpkg":
        raise UrbanTwinError(tr("Please choose a file (GeoPackage) as output."), path=destination)
    return destination


def write_layer(path, layer_name, definitions, rows, wkb_type, crs, renderer=None, provenance=None, title=None, abstract=None,
                labeling=None, prepare=None):
    """Write rows [(QgsGeometry or None, [values])] atomically; style + aliases + provenance go into the file.

    ``prepare(layer)`` may set more of the stored style (e.g. temporal properties) before it is saved.

    Returns the number of features written."""
    from ..storage.postgis import is_database_target

    fields = make_fields(definitions)
    if is_database_target(path):
        return _write_database_layer(path, layer_name, definitions, fields, rows, wkb_type, crs, renderer, provenance,
                                     title, abstract, labeling, prepare)
    path = plain_destination(path)
    with atomic_path(path) as tmp:
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.fileEncoding = "UTF-8"
        options.layerName = layer_name
        writer = QgsVectorFileWriter.create(tmp, fields, wkb_type, crs, QgsCoordinateTransformContext(), options)
        if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
            raise UrbanTwinError(tr("Cannot write the output: {}").format(writer.errorMessage()), path=path)
        added = 0
        for geometry, values in rows:
            feature = QgsFeature(fields)
            if geometry is not None:
                feature.setGeometry(geometry)
            feature.setAttributes(values)
            if not writer.addFeature(feature):
                raise UrbanTwinError(tr("Writing failed: {}").format(writer.errorMessage()), path=path)
            added += 1
        del writer
        uri = "{}|layername={}".format(tmp, layer_name)
        layer = QgsVectorLayer(uri, layer_name, "ogr")
        if not layer.isValid():
            raise UrbanTwinError(tr("The output could not be read back after writing."), path=path)
        count = layer.featureCount()
        if count != added:  # e.g. the disk filled up while the writer buffered
            raise UrbanTwinError(tr("Only {} of {} features were written.").format(count, added), path=path)
        _dress(layer, definitions, renderer, labeling, prepare)
        metadata = layer.metadata() if provenance is None else apply_to_metadata(QgsLayerMetadata(), provenance, title, abstract)
        add_kind_keyword(metadata, RESULTS)  # dialogs never offer a result as "Gebäude"
        layer.setMetadata(metadata)
        layer.saveStyleToDatabase(layer_name, tr("Urban Twin style"), True, "")
        if provenance is not None:
            save_into_geopackage(tmp, layer_name, metadata)
        del layer
    return count


def _dress(layer, definitions, renderer, labeling, prepare):
    _set_aliases(layer, definitions)
    if renderer is not None:
        layer.setRenderer(renderer)
    if labeling is not None:
        layer.setLabeling(labeling)
        layer.setLabelsEnabled(True)
    if prepare is not None:
        prepare(layer)


def _write_database_layer(target, layer_name, definitions, fields, rows, wkb_type, crs, renderer, provenance, title,
                          abstract, labeling, prepare):
    """The PostGIS twin of the GeoPackage branch: table (atomic), then style into layer_styles and provenance into
    urbantwin_metadata; the loadable source is remembered for the algorithm's result (database_results)."""
    from ..storage import postgis_results
    from ..storage.postgis import describe

    count, table, has_geometry = postgis_results.write_result_table(target, layer_name, fields, rows, wkb_type, crs)
    source = postgis_results.loadable_source(target, table, has_geometry)
    layer = QgsVectorLayer(source.split("://", 1)[1], layer_name, "postgres")
    if not layer.isValid():
        raise UrbanTwinError(tr("The output could not be read back after writing."), path=describe(target), obj=table)
    if layer.featureCount() != count:
        raise UrbanTwinError(tr("Only {} of {} features were written.").format(layer.featureCount(), count),
                             path=describe(target), obj=table)
    _dress(layer, definitions, renderer, labeling, prepare)
    metadata = QgsLayerMetadata() if provenance is None else apply_to_metadata(QgsLayerMetadata(), provenance, title, abstract)
    add_kind_keyword(metadata, RESULTS)
    layer.setMetadata(metadata)
    message = layer.saveStyleToDatabase(table, tr("Urban Twin style"), True, "")
    if message:  # the table is committed already: a warning, not a failed run (e.g. no rights on layer_styles)
        database_results.warn(str(UrbanTwinError(tr("The style could not be stored in the database: {}").format(message),
                                                 path=describe(target), obj=table)))
    postgis_results.save_metadata(target, table, metadata)
    database_results.remember(target, source)
    del layer
    return count


class _DatabaseResults:
    """Which loadable PostGIS source each database target of the running algorithm became (in write order): the
    algorithm returns the target as given, the base class replaces it with the table Processing can load."""

    def __init__(self):
        import threading

        self._lock = threading.Lock()
        self._written = {}
        self._warnings = []

    def warn(self, message):
        with self._lock:
            self._warnings.append(message)

    def take_warnings(self):
        with self._lock:
            warnings, self._warnings = self._warnings, []
            return warnings

    def remember(self, target, source):
        with self._lock:
            self._written.setdefault(target, []).append(source)

    def take(self, target):
        with self._lock:
            sources = self._written.get(target) or []
            return sources.pop(0) if sources else None

    def rewrite(self, results, context):
        """Results with database targets replaced by their tables; Processing's load-on-completion follows."""
        if not isinstance(results, dict):
            return results
        from ..storage.postgis import is_database_target

        for key, value in list(results.items()):
            if not (isinstance(value, str) and is_database_target(value)):
                continue
            source = self.take(value)
            if source is None:
                continue
            results[key] = source
            if context is not None and context.willLoadLayerOnCompletion(value):
                details = context.layerToLoadOnCompletionDetails(value)
                loading = context.layersToLoadOnCompletion()
                loading.pop(value, None)
                context.setLayersToLoadOnCompletion(loading)
                new_details = type(details)(details.name, details.project, details.outputName)
                context.addLayerToLoadOnCompletion(source, new_details)
        return results


database_results = _DatabaseResults()
