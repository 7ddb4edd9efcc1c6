"""Load an imported city model GeoPackage into a QGIS project as a styled layer group."""

import os

from qgis.core import QgsEditorWidgetSetup, QgsVectorLayer

from ..i18n import tr
from ..layer_kinds import BUILDINGS, FOOTPRINTS, SURFACES, index_below_results, set_layer_kind
from . import styles
from .codelists import function_group_labels

# (layer in the GeoPackage, style function, visible at start); buildings on top, surfaces and footprints below
LAYERS = (
    ("buildings", styles.style_buildings, True),
    ("building_surfaces", styles.style_surfaces, False),
    ("footprints", styles.style_footprints, False),
)
KINDS = {"buildings": BUILDINGS, "building_surfaces": SURFACES, "footprints": FOOTPRINTS}


def layer_titles():
    return {
        "buildings": tr("Buildings"),
        "building_surfaces": tr("Building surfaces"),
        "footprints": tr("Footprints"),
    }


def field_aliases():
    """German-capable aliases for the schema's field names (translated at call time)."""
    return {
        "gml_id": tr("Object ID"), "building_id": tr("Building ID"), "parent_id": tr("Parent ID"),
        "object_type": tr("Object type"), "is_part": tr("Building part"), "lod": tr("LoD"),
        "function": tr("Function (code)"), "function_label": tr("Function"), "function_group": tr("Function group"),
        "usage": tr("Usage (code)"), "usage_label": tr("Usage"), "roof_type": tr("Roof type (code)"),
        "roof_type_label": tr("Roof type"), "measured_height": tr("Measured height (m)"),
        "storeys_above_ground": tr("Storeys above ground"), "storeys_below_ground": tr("Storeys below ground"),
        "year_of_construction": tr("Year of construction"), "gemeindeschluessel": tr("Municipality key (AGS)"),
        "street": tr("Street"), "house_number": tr("House number"), "postal_code": tr("Postal code"),
        "locality": tr("Locality"), "name": tr("Name"), "generic_attributes": tr("Generic attributes"),
        "footprint_area": tr("Footprint area (m²)"), "z_min": tr("Lowest point (m)"), "eaves_z": tr("Eaves height (m)"),
        "z_max": tr("Highest point (m)"), "height": tr("Height (m)"), "source_file": tr("Source file"),
        "surface_id": tr("Surface ID"), "part_id": tr("Part ID"), "surface_type": tr("Surface type"),
        "area": tr("Area (m²)"), "tilt": tr("Tilt (°)"), "azimuth": tr("Azimuth (°)"),
    }


def object_type_labels():
    """CityGML class → what the attribute table shows (translated at call time)."""
    return {
        "Building": tr("Building"), "BuildingPart": tr("Building part"), "BuildingInstallation": tr("Building installation"),
        "Bridge": tr("Bridge"), "BridgePart": tr("Bridge part"), "Tunnel": tr("Tunnel"), "TunnelPart": tr("Tunnel part"),
        "CityFurniture": tr("City furniture"), "SolitaryVegetationObject": tr("Tree"), "PlantCover": tr("Plant cover"),
        "Road": tr("Road"), "LandUse": tr("Land use"), "WaterBody": tr("Water body"), "ReliefFeature": tr("Terrain"),
        "GenericCityObject": tr("Other city object"),
    }


def set_aliases(layer):
    aliases = field_aliases()
    for index, field in enumerate(layer.fields()):
        if field.name() in aliases:
            layer.setFieldAlias(index, aliases[field.name()])
    group_index = layer.fields().indexOf("function_group")
    if group_index >= 0:  # the attribute table and forms show "Wohnen", the data keeps the key "residential"
        value_map = [{label: key} for key, label in function_group_labels().items()]
        layer.setEditorWidgetSetup(group_index, QgsEditorWidgetSetup("ValueMap", {"map": value_map}))
    # codes stay in the data (Building, 0/1); the attribute table and forms show the planner's words
    type_index = layer.fields().indexOf("object_type")
    if type_index >= 0:
        value_map = [{label: key} for key, label in object_type_labels().items()]
        layer.setEditorWidgetSetup(type_index, QgsEditorWidgetSetup("ValueMap", {"map": value_map}))
    for name in ("is_part",):
        index = layer.fields().indexOf(name)
        if index >= 0:
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": [{tr("yes"): "1"}, {tr("no"): "0"}]}))
    if layer.fields().indexOf("function_label") >= 0:
        layer.setDisplayExpression("coalesce(\"function_label\", \"object_type\") || ' ' || \"gml_id\"")


def apply_style(layer, layer_name):
    for name, style, _visible in LAYERS:
        if name == layer_name:
            style(layer)
            set_aliases(layer)
            layer.triggerRepaint()
            return True
    return False


def dataset_label(gpkg_path):
    """What tells this import apart from others in the layer panel: the tile or file name
    (``LoD2_32_356_5702`` for ``LoD2_32_356_5702.urbantwin.gpkg``)."""
    stem = os.path.basename(gpkg_path)
    for suffix in (".urbantwin.gpkg", ".gpkg"):
        if stem.endswith(suffix):
            return stem[: -len(suffix)]
    return stem


def layer_display_name(layer_name, label):
    """ "Gebäude – LoD2_32_356_5702": a project holds several tiles, each layer says which one it shows."""
    return tr("{title} – {dataset}").format(title=layer_titles()[layer_name], dataset=label)


def add_citymodel_to_project(gpkg_path, project, group_name=None):
    """Add buildings, building_surfaces and footprints of ``gpkg_path`` as a group; returns the group."""
    label = dataset_label(gpkg_path)
    if not group_name:
        group_name = tr("3D city model {}").format(label)
    root = project.layerTreeRoot()
    group = root.insertGroup(index_below_results(root), group_name)
    for name, _style, visible in LAYERS:
        layer = QgsVectorLayer("{}|layername={}".format(gpkg_path, name), layer_display_name(name, label), "ogr")
        if not layer.isValid():
            continue
        set_layer_kind(layer, KINDS[name])
        apply_style(layer, name)
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(visible)
    return group
