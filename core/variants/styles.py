"""Variant layers in QGIS: buildings coloured by status (planned buildings stand out in 2D and 3D)."""

import os

from qgis.core import QgsVectorLayer

from ..citymodel.project import layer_titles, set_aliases
from ..citymodel.styles import TOP_LEVEL_ONLY, categorized, set_3d_renderer
from ..i18n import tr
from .massing import DEMOLISHED, EXISTING, PLANNED

STATUS_COLOURS = {EXISTING: "#d9d2c5", PLANNED: "#e6550d", DEMOLISHED: "#6baed6"}


def status_labels():
    return {EXISTING: tr("Existing"), PLANNED: tr("Planned"), DEMOLISHED: tr("Marked for demolition")}


def style_variant_buildings(layer):
    """Categorised by ``status``: planned orange, existing sand, marked for demolition blue (2D and 3D)."""
    layer.setRenderer(categorized("status", STATUS_COLOURS, status_labels(), tr("Existing"), draw_if=TOP_LEVEL_ONLY))
    set_3d_renderer(layer, "status", STATUS_COLOURS, TOP_LEVEL_ONLY)
    set_aliases(layer)
    status_index = layer.fields().indexOf("status")
    if status_index >= 0:
        layer.setFieldAlias(status_index, tr("Status"))
    layer.triggerRepaint()


def variant_layers(gpkg_path, name=None):
    """(buildings, building_surfaces, footprints) QgsVectorLayers of a variant GeoPackage, styled."""
    titles = layer_titles()
    stem = name or os.path.splitext(os.path.basename(gpkg_path))[0]
    layers = []
    for layer_name in ("buildings", "building_surfaces", "footprints"):
        layer = QgsVectorLayer("{}|layername={}".format(gpkg_path, layer_name), "{} – {}".format(stem, titles[layer_name]), "ogr")
        if layer_name == "buildings" and layer.isValid():
            style_variant_buildings(layer)
        elif layer.isValid():
            from ..citymodel.project import apply_style

            apply_style(layer, layer_name)
        layers.append(layer)
    return layers
