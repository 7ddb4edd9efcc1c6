"""Variants in a QGIS project (no widgets): find them, add them as a styled group, show/hide them (2D and 3D
views draw the same project layers), and turn selected footprints into a massing input layer."""

import os

from qgis.core import QgsFeature, QgsField, QgsProject, QgsVectorLayer

from ..fieldtypes import FieldType
from ..i18n import tr
from .compose import variant_name
from .schema import PLANNED

GROUP_PREFIX = "variant:"  # custom property on the layer tree group: the variant's GeoPackage


def gpkg_of(layer):
    source = layer.source().split("|", 1)[0]
    return source if source.lower().endswith(".gpkg") else None


def is_variant_file(path):
    """A GeoPackage with a buildings layer that holds planned buildings (status geplant) or a VARIANT name."""
    if not path or not os.path.isfile(path):
        return False
    if variant_name(path):
        return True
    layer = QgsVectorLayer("{}|layername=buildings".format(path), "b", "ogr")
    if not layer.isValid() or layer.fields().indexFromName("status") < 0:
        return False
    layer.setSubsetString("\"status\" = '{}'".format(PLANNED))
    return layer.featureCount() > 0


def project_variants(project=None):
    """[(name, path, [layers])] of the variant GeoPackages loaded in the project, in layer order."""
    project = project or QgsProject.instance()
    found = {}
    for layer in project.layerTreeRoot().layerOrder() or list(project.mapLayers().values()):
        path = gpkg_of(layer) if isinstance(layer, QgsVectorLayer) else None
        if path is None:
            continue
        if path not in found:
            if not is_variant_file(path):
                found[path] = None
                continue
            found[path] = (variant_name(path) or os.path.splitext(os.path.basename(path))[0], path, [])
        if found[path] is not None:
            found[path][2].append(layer)
    return [item for item in found.values() if item is not None]


def set_variant_visible(layers, visible, project=None):
    """Check or uncheck the variant's layers in the layer tree (the 2D canvas and 3D views follow)."""
    root = (project or QgsProject.instance()).layerTreeRoot()
    for layer in layers:
        node = root.findLayer(layer.id())
        if node is not None:
            node.setItemVisibilityChecked(bool(visible))


def add_variant_to_project(path, project=None, name=None):
    """The variant's buildings (by status: planned orange) and surfaces as a group on top; returns the group."""
    from .styles import variant_layers

    project = project or QgsProject.instance()
    name = name or variant_name(path) or os.path.splitext(os.path.basename(path))[0]
    group = project.layerTreeRoot().insertGroup(0, tr("Variant {}").format(name))
    group.setCustomProperty(GROUP_PREFIX + "path", path)
    for index, layer in enumerate(variant_layers(path, name)):
        if not layer.isValid():
            continue
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(index == 0)
    return group


def footprints_from_selection(layer, storeys, roof_type, pitch, name=None):
    """Memory layer of the selected polygons of ``layer`` with the massing fields filled from a form."""
    memory = QgsVectorLayer("MultiPolygon?crs={}".format(layer.crs().authid() or layer.crs().toWkt()), tr("Planned footprints"), "memory")
    memory.dataProvider().addAttributes([QgsField("storeys", FieldType.INT), QgsField("roof_type", FieldType.STRING),
                                         QgsField("roof_pitch", FieldType.DOUBLE), QgsField("name", FieldType.STRING)])
    memory.updateFields()
    features = []
    for number, source in enumerate(layer.selectedFeatures(), start=1):
        feature = QgsFeature(memory.fields())
        geometry = source.geometry()
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        feature.setAttributes([int(storeys), str(roof_type), float(pitch), "{} {}".format(name or tr("Building"), number)])
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    return memory
