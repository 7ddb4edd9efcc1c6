"""Load an imported city model GeoPackage into a QGIS project as a styled layer group."""

import os

from qgis.core import QgsVectorLayer

from ..i18n import tr
from . import styles

# (layer in the GeoPackage, style function, visible at start)
LAYERS = (
    ("buildings", styles.style_buildings, True),
    ("building_surfaces", styles.style_surfaces, False),
    ("footprints", styles.style_footprints, False),
)


def layer_titles():
    return {
        "buildings": tr("Buildings"),
        "building_surfaces": tr("Building surfaces"),
        "footprints": tr("Footprints"),
    }


def apply_style(layer, layer_name):
    for name, style, _visible in LAYERS:
        if name == layer_name:
            style(layer)
            layer.triggerRepaint()
            return True
    return False


def add_citymodel_to_project(gpkg_path, project, group_name=None):
    """Add buildings, building_surfaces and footprints of ``gpkg_path`` as a group; returns the group."""
    titles = layer_titles()
    if not group_name:
        stem = os.path.basename(gpkg_path)
        for suffix in (".urbantwin.gpkg", ".gpkg"):
            if stem.endswith(suffix):
                stem = stem[: -len(suffix)]
                break
        group_name = tr("3D city model {}").format(stem)
    group = project.layerTreeRoot().insertGroup(0, group_name)
    for name, style, visible in LAYERS:
        layer = QgsVectorLayer("{}|layername={}".format(gpkg_path, name), titles[name], "ogr")
        if not layer.isValid():
            continue
        style(layer)
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(visible)
    return group
