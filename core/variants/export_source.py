"""Buildings of a variant (or import) GeoPackage as plain objects for the CityGML / CityJSON writers."""

import datetime
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
from osgeo import gdal, ogr

from ..errors import UrbanTwinError
from ..i18n import tr
from .schema import PLANNED


@dataclass
class ExportBuilding:
    building_id: str
    attributes: dict  # function, roof_type, measured_height, storeys_above_ground, name
    status: str
    surfaces: list = field(default_factory=list)  # (surface_id, surface type, [polygon: list of closed (n, 3) rings])

    @property
    def closed(self):
        """Planned buildings are closed solids by construction (roofs.py); imported ones are written as surfaces."""
        return self.status == PLANNED


@dataclass
class ExportSource:
    buildings: list
    epsg: Optional[int]
    vertical_epsg: Optional[int]
    name: str
    creation_date: str


def _polygons(geometry):
    polygons = []
    for index in range(geometry.GetGeometryCount()):
        polygon = geometry.GetGeometryRef(index)
        rings = [np.array(polygon.GetGeometryRef(r).GetPoints(), dtype=float) for r in range(polygon.GetGeometryCount())]
        if rings and rings[0].shape[1] == 3:
            polygons.append(rings)
    return polygons


def read_export_source(gpkg_path, only_planned=False):
    """All top-level buildings with their semantic surfaces (``only_planned``: status geplant only)."""
    dataset = gdal.OpenEx(gpkg_path, gdal.OF_VECTOR | gdal.OF_READONLY)
    if dataset is None or dataset.GetLayerByName("buildings") is None or dataset.GetLayerByName("building_surfaces") is None:
        raise UrbanTwinError(tr("The GeoPackage has no buildings and building_surfaces layers."), path=gpkg_path)
    buildings_layer = dataset.GetLayerByName("buildings")
    has_status = buildings_layer.GetLayerDefn().GetFieldIndex("status") >= 0
    buildings = {}
    for feature in buildings_layer:
        if feature.GetField("parent_id") or (feature.GetField("object_type") or "Building") != "Building":
            continue
        status = (feature.GetField("status") if has_status else None) or "Bestand"
        if only_planned and status != PLANNED:
            continue
        attributes = {key: feature.GetField(key) for key in ("function", "roof_type", "measured_height", "storeys_above_ground", "name")}
        buildings[feature.GetField("building_id")] = ExportBuilding(feature.GetField("building_id"), attributes, status)
    for feature in dataset.GetLayerByName("building_surfaces"):
        building = buildings.get(feature.GetField("building_id"))
        geometry = feature.GetGeometryRef()
        if building is None or geometry is None:
            continue
        polygons = _polygons(ogr.ForceToMultiPolygon(geometry.Clone()))
        if polygons:
            building.surfaces.append((feature.GetField("surface_id"), feature.GetField("surface_type"), polygons))
    srs = buildings_layer.GetSpatialRef()
    epsg = None
    if srs is not None:
        srs.AutoIdentifyEPSG()
        code = srs.GetAuthorityCode(None)
        epsg = int(code) if code else None
    metadata = buildings_layer.GetMetadata() or {}
    vertical = metadata.get("VERTICAL_CRS", "")
    vertical_epsg = int(vertical.split(":")[-1]) if vertical.startswith("EPSG:") and vertical.split(":")[-1].isdigit() else None
    name = metadata.get("VARIANT") or ""
    items = [b for b in buildings.values() if b.surfaces]
    if not items:
        raise UrbanTwinError(tr("The GeoPackage has no buildings with surfaces to export."), path=gpkg_path)
    return ExportSource(items, epsg, vertical_epsg, name, datetime.date.today().isoformat())
