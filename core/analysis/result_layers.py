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
from ..provenance import apply_to_metadata, save_into_geopackage
from . import baunvo

TRAFFIC_LIGHT = {
    baunvo.COMPLIES: "#1a9641",
    baunvo.EXCEEDS: "#d7191c",
    baunvo.NOT_DETERMINABLE: "#bdbdbd",
}


class DefaultStylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Processing loads result layers without their default style; load the one stored in the GeoPackage."""

    _keep_alive = []  # QGIS does not own Python post-processors; keep them until the run is done

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        if layer is not None and layer.isValid():
            layer.loadDefaultStyle()
            layer.triggerRepaint()

    @classmethod
    def attach(cls, context, destination):
        """Style ``destination`` when the GUI / modeler loads it on completion."""
        if context.willLoadLayerOnCompletion(destination):
            processor = cls()
            cls._keep_alive[:] = cls._keep_alive[-15:] + [processor]
            context.layerToLoadOnCompletionDetails(destination).setPostProcessor(processor)


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
        categories.append(QgsRendererCategory(code, symbol, baunvo.status_label(code)))
    return QgsCategorizedSymbolRenderer(field_name, categories)


def sequential_renderer(field_name, colour="#3182bd"):
    """Plain fill for layers without a status (district figures); graduated styling is left to the user."""
    from qgis.core import QgsSingleSymbolRenderer

    symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#08306b", "outline_width": "0.4"})
    symbol.setOpacity(0.35)
    return QgsSingleSymbolRenderer(symbol)


def _set_aliases(layer, definitions):
    fields = layer.fields()
    for name, _, alias in definitions:
        index = fields.indexFromName(name)
        if index >= 0:
            layer.setFieldAlias(index, alias)


def plain_destination(destination):
    """The file path of a Processing vector destination; URIs such as ``ogr:dbname=…`` are refused."""
    if not destination or destination.startswith(("ogr:", "postgres:", "memory:", "spatialite:")):
        raise UrbanTwinError(tr("Please choose a file (GeoPackage) as output."), path=destination or None)
    return destination


def write_layer(path, layer_name, definitions, rows, wkb_type, crs, renderer=None, provenance=None, title=None, abstract=None):
    """Write rows [(QgsGeometry or None, [values])] atomically; style + aliases + provenance go into the file.

    Returns the number of features written."""
    path = plain_destination(path)
    extension = os.path.splitext(path)[1].lower() or ".gpkg"
    driver = QgsVectorFileWriter.driverForExtension(extension.lstrip(".")) or "GPKG"
    fields = make_fields(definitions)
    with atomic_path(path) as tmp:
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = driver
        options.fileEncoding = "UTF-8"
        if driver == "GPKG":
            options.layerName = layer_name
        writer = QgsVectorFileWriter.create(tmp, fields, wkb_type, crs, QgsCoordinateTransformContext(), options)
        if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
            raise UrbanTwinError(tr("Cannot write the output: {}").format(writer.errorMessage()), path=path)
        for geometry, values in rows:
            feature = QgsFeature(fields)
            if geometry is not None:
                feature.setGeometry(geometry)
            feature.setAttributes(values)
            writer.addFeature(feature)
        del writer
        uri = "{}|layername={}".format(tmp, layer_name) if driver == "GPKG" else tmp
        layer = QgsVectorLayer(uri, layer_name, "ogr")
        if not layer.isValid():
            raise UrbanTwinError(tr("The output could not be read back after writing."), path=path)
        count = layer.featureCount()
        _set_aliases(layer, definitions)
        if renderer is not None:
            layer.setRenderer(renderer)
        metadata = layer.metadata() if provenance is None else apply_to_metadata(QgsLayerMetadata(), provenance, title, abstract)
        layer.setMetadata(metadata)
        if driver == "GPKG":
            layer.saveStyleToDatabase(layer_name, tr("Urban Twin style"), True, "")
            if provenance is not None:
                save_into_geopackage(tmp, layer_name, metadata)
        del layer
    if driver != "GPKG":
        sidecar = QgsVectorLayer(path, layer_name, "ogr")
        _set_aliases(sidecar, definitions)
        if renderer is not None:
            sidecar.setRenderer(renderer.clone())
        sidecar.saveNamedStyle(os.path.splitext(path)[0] + ".qml")
    return count
