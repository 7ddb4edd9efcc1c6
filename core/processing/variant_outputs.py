"""Shared by the variant algorithms: metadata of variant GeoPackages and loading them styled by status."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayerMetadata,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
)

from ..citymodel.project import apply_style, layer_titles
from ..provenance import apply_to_metadata, save_into_geopackage
from ..variants.massing import LAYERS

_POST_PROCESSORS = []  # QGIS does not own Python post-processors: keep them alive here


def save_variant_metadata(gpkg_path, provenance, title, abstract, crs_authid=None):
    """Title, abstract and provenance on every layer of a variant GeoPackage (call on the temporary file)."""
    for layer_name in LAYERS:
        metadata = QgsLayerMetadata()
        if crs_authid:
            metadata.setCrs(QgsCoordinateReferenceSystem(crs_authid))
        apply_to_metadata(metadata, provenance, title="{} – {}".format(title, layer_titles()[layer_name]), abstract=abstract)
        save_into_geopackage(gpkg_path, layer_name, metadata)


class _StyleVariantLayer(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, layer_name):
        super().__init__()
        self.layer_name = layer_name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        if self.layer_name == "buildings":
            from ..variants.styles import style_variant_buildings

            style_variant_buildings(layer)
        else:
            apply_style(layer, self.layer_name)


def load_variant_on_completion(output, context, title):
    """Toolbox runs load the variant's buildings (by status) and surfaces; qgis_process ignores this."""
    if context.project() is None:
        return
    titles = layer_titles()
    for layer_name in ("buildings", "building_surfaces"):
        details = QgsProcessingContext.LayerDetails("{} – {}".format(title, titles[layer_name]), context.project(), layer_name)
        processor = _StyleVariantLayer(layer_name)
        _POST_PROCESSORS[:] = _POST_PROCESSORS[-15:] + [processor]
        details.setPostProcessor(processor)
        context.addLayerToLoadOnCompletion("{}|layername={}".format(output, layer_name), details)
