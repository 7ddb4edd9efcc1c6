"""Read buildings and their semantic surfaces from an import (or variant) GeoPackage with OGR.

The buildings layer a user picks is one layer of the GeoPackage the import wrote; its surfaces
(``building_surfaces``) are read from the same file, grouped by building (and part) id, in one pass.
"""

import os
from dataclasses import dataclass, field

from osgeo import ogr

from ..analysis.solar.geometry import polygons_from_wkb
from ..errors import UrbanTwinError
from ..i18n import tr

SURFACES_LAYER = "building_surfaces"


@dataclass
class Surface:
    surface_id: str
    surface_type: str
    polygons: list  # list of polygons, each a list of (n, 3) rings (closed)


@dataclass
class Unit:
    """One measured object: a whole building (all its parts) or one BuildingPart."""

    unit_id: str  # gml_id of the feature
    building_id: str
    is_part: bool
    shell: list = field(default_factory=list)  # polygons of the closed shell (buildings layer geometry)
    surfaces: list = field(default_factory=list)
    attributes: dict = field(default_factory=dict)


def geopackage_of(layer_source):
    """(path, layer name) of a QGIS layer source string 'path|layername=x' of a GeoPackage."""
    path, _, options = str(layer_source).partition("|")
    layer_name = None
    for option in options.split("|"):
        key, _, value = option.partition("=")
        if key == "layername":
            layer_name = value
    if not path.lower().endswith(".gpkg") or not os.path.exists(path):
        raise UrbanTwinError(
            tr("The buildings layer is not a layer of an Urban Twin GeoPackage (import or variant)."), path=path or None
        )
    return path, layer_name


def read_surfaces(gpkg_path, building_ids=None, is_canceled=None):
    """{building_id: [(part_id or None, Surface)]} for the given building ids (all when None)."""
    dataset = ogr.Open(gpkg_path)
    layer = dataset.GetLayerByName(SURFACES_LAYER) if dataset is not None else None
    if layer is None:
        raise UrbanTwinError(
            tr("The GeoPackage has no layer 'building_surfaces'; measures and meshes need the surfaces of the import."),
            path=gpkg_path,
        )
    wanted = set(building_ids) if building_ids is not None else None
    if wanted is not None and len(wanted) <= 500:
        quoted = ",".join("'" + str(b).replace("'", "''") + "'" for b in wanted)
        layer.SetAttributeFilter("building_id IN ({})".format(quoted) if quoted else "0")
    definition = layer.GetLayerDefn()
    index = {definition.GetFieldDefn(i).GetName(): i for i in range(definition.GetFieldCount())}
    for name in ("surface_id", "building_id", "surface_type"):
        if name not in index:
            raise UrbanTwinError(tr("The layer 'building_surfaces' lacks the field {}.").format(name), path=gpkg_path)
    part_index = index.get("part_id")
    grouped = {}
    for count, feature in enumerate(layer):
        if is_canceled is not None and count % 2000 == 0 and is_canceled():
            break
        building_id = feature.GetFieldAsString(index["building_id"])
        if wanted is not None and building_id not in wanted:
            continue
        geometry = feature.GetGeometryRef()
        if geometry is None or geometry.IsEmpty():
            continue
        try:
            polygons = polygons_from_wkb(geometry.ExportToIsoWkb())
        except UrbanTwinError:
            continue  # 2D surfaces: no heights to measure
        part = feature.GetFieldAsString(part_index) if part_index is not None and feature.IsFieldSetAndNotNull(part_index) else None
        surface = Surface(feature.GetFieldAsString(index["surface_id"]), feature.GetFieldAsString(index["surface_type"]), polygons)
        grouped.setdefault(building_id, []).append((part or None, surface))
    dataset = None
    return grouped


def unit_surfaces(grouped, unit_id, building_id, is_part):
    """Surfaces of one unit: all of a building (incl. its parts), or only those of one part."""
    entries = grouped.get(building_id, [])
    if is_part:
        return [surface for part, surface in entries if part == unit_id]
    return [surface for _part, surface in entries]
