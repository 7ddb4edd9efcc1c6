"""urbantwin:importisometadata — replace a layer's metadata by an ISO 19139 file and save it with the layer."""

import os

from qgis.core import QgsProcessingOutputString, QgsProcessingParameterFile, QgsProcessingParameterMapLayer, QgsProviderRegistry

from ..catalogue.isometa import read_iso_file, record_to_layer_metadata
from ..errors import UrbanTwinError
from ..i18n import tr
from .base import UrbanTwinAlgorithm


def save_layer_metadata(layer, metadata):
    """Store the metadata with the layer: inside the GeoPackage (gpkg_metadata) for a GeoPackage layer, else as the
    layer's default metadata (.qmd beside a file)."""
    layer.setMetadata(metadata)
    if layer.providerType() == "ogr":
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        path = parts.get("path") or ""
        if path.lower().endswith(".gpkg") and os.path.isfile(path):
            from ..gpkg_metadata import write_layer_metadata

            table = parts.get("layerName")
            if not table:
                from osgeo import ogr

                dataset = ogr.Open(path)
                table = dataset.GetLayer(0).GetName() if dataset is not None and dataset.GetLayerCount() else ""
                dataset = None
            write_layer_metadata(path, table, metadata)
            return path
    message, ok = layer.saveDefaultMetadata()
    if not ok:
        raise UrbanTwinError(tr("The metadata could not be saved with the layer: {}").format(message), obj=layer.name())
    return message


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "importisometadata"
    ALG_GROUP = "catalogue"
    ICON = "iso_import.svg"

    def display_name(self):
        return tr("Import ISO 19139 metadata")

    def help_text(self):
        return tr(
            "Reads an ISO 19139 XML file (e.g. edited in the municipality's metadata editor or exported from a GDI-DE "
            "catalogue) and replaces the metadata of a layer with it: title, abstract, keywords, categories, contacts, "
            "licence and rights, reference system, extent, links and the processing history. The metadata is saved "
            "with the layer (inside the GeoPackage for GeoPackage layers).\n\n"
            "ISO file: the .xml file (gmd:MD_Metadata, also inside a CSW answer).\n"
            "Layer: the layer whose metadata is replaced."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("ISO 19139 file"), extension="xml"))
        self.addParameter(QgsProcessingParameterMapLayer("LAYER", tr("Layer whose metadata is replaced")))
        self.addOutput(QgsProcessingOutputString("IDENTIFIER", tr("Metadata identifier")))
        self.addOutput(QgsProcessingOutputString("SAVED_TO", tr("Where the metadata was saved")))

    def run_algorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, "INPUT", context)
        layer = self.parameterAsLayer(parameters, "LAYER", context)
        if layer is None:
            raise UrbanTwinError(tr("The layer could not be loaded."))
        record = read_iso_file(path)
        feedback.setProgress(40)
        saved_to = save_layer_metadata(layer, record_to_layer_metadata(record))
        feedback.pushInfo(tr("Metadata {} from {} applied to {} and saved.").format(record["id"], path, layer.name()))
        feedback.setProgress(100)
        return {"IDENTIFIER": record["id"], "SAVED_TO": saved_to or "", "LAYER": layer.id()}
