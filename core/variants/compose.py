"""A variant = existing city − demolished + planned, as one GeoPackage in the import's schema.

``buildings``, ``building_surfaces`` and ``footprints`` hold what stands in the variant (status Bestand or
geplant), so every analysis runs on the file unchanged; the demolished buildings go, with status
Abriss-markiert, into an extra layer ``demolished`` (same fields) for maps and reports. The variant's
name is stored in every layer's metadata (VARIANT) and in the provenance.
"""

import os
from dataclasses import dataclass, field
from typing import Optional

from osgeo import gdal, ogr

from ..atomic import atomic_path
from ..errors import CancelledError, UrbanTwinError
from ..i18n import tr
from .schema import DEMOLISHED, EXISTING, LAYERS, PLANNED, set_gdal_metadata

DEMOLISHED_LAYER = "demolished"


@dataclass
class VariantReport:
    output: Optional[str] = None
    name: str = ""
    existing: int = 0  # standing existing buildings
    planned: int = 0
    demolished: list = field(default_factory=list)  # building ids
    unknown_ids: list = field(default_factory=list)  # demolition ids not found in the city


def _open(path, what):
    if not path or not os.path.isfile(path):
        raise UrbanTwinError(tr("The {} GeoPackage does not exist.").format(what), path=path)
    dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    if dataset is None:
        raise UrbanTwinError(tr("The file cannot be opened as a GeoPackage."), path=path)
    missing = [name for name in LAYERS if dataset.GetLayerByName(name) is None]
    if missing:
        raise UrbanTwinError(tr("The GeoPackage lacks the layers {} (expected a city model import or a massing output).").format(
            ", ".join(missing)), path=path)
    return dataset


def _epsg(layer):
    srs = layer.GetSpatialRef()
    if srs is None:
        return None
    srs.AutoIdentifyEPSG()
    code = srs.GetAuthorityCode(None)
    return int(code) if code else None


def building_ids_in_polygons(city_path, polygons):
    """Ids of the city's buildings whose footprint has a point inside one of the OGR polygons."""
    dataset = _open(city_path, tr("city model"))
    layer = dataset.GetLayerByName("footprints")
    ids = set()
    for polygon in polygons:
        layer.SetSpatialFilter(polygon)
        for feature in layer:
            geometry = feature.GetGeometryRef()
            if geometry is not None and polygon.Contains(geometry.PointOnSurface()):
                ids.add(feature.GetField("building_id") or feature.GetField("gml_id"))
    layer.SetSpatialFilter(None)
    return ids


def _quoted(ids):
    return ", ".join("'{}'".format(str(i).replace("'", "''")) for i in sorted(ids))


def _copy_features(source_layer, target_layer, status=None):
    """Append features field by field name (the massing output and the import share the schema)."""
    target_definition = target_layer.GetLayerDefn()
    names = [target_definition.GetFieldDefn(i).GetName() for i in range(target_definition.GetFieldCount())]
    source_definition = source_layer.GetLayerDefn()
    mapping = [(source_definition.GetFieldIndex(n), i) for i, n in enumerate(names) if source_definition.GetFieldIndex(n) >= 0]
    status_index = target_definition.GetFieldIndex("status")
    count = 0
    for feature in source_layer:
        copy = ogr.Feature(target_definition)
        for source_index, target_index in mapping:
            if feature.IsFieldSetAndNotNull(source_index):
                copy.SetField(target_index, feature.GetField(source_index))
        if status is not None and status_index >= 0 and not copy.IsFieldSetAndNotNull(status_index):
            copy.SetField(status_index, status)
        geometry = feature.GetGeometryRef()
        if geometry is not None:
            copy.SetGeometry(geometry)
        target_layer.CreateFeature(copy)
        count += 1
    return count


def compose_variant(city_path, planned_paths, output, name, demolish_ids=(), demolish_polygons=(), on_written=None,
                    feedback=None):
    """Write the variant GeoPackage (atomic); returns a VariantReport. ``on_written(temporary)`` before the rename."""
    if not name or not str(name).strip():
        raise UrbanTwinError(tr("The variant needs a name."))
    city = _open(city_path, tr("city model"))
    planned = [(path, _open(path, tr("planned buildings"))) for path in planned_paths]
    if not planned:
        raise UrbanTwinError(tr("Give at least one massing output (planned buildings)."))
    city_epsg = _epsg(city.GetLayerByName("buildings"))
    for path, dataset in planned:
        epsg = _epsg(dataset.GetLayerByName("buildings"))
        if epsg and city_epsg and epsg != city_epsg:
            raise UrbanTwinError(tr("The planned buildings are in EPSG:{} but the city model is in EPSG:{}; build them in the city's CRS.").format(
                epsg, city_epsg), path=path)
    report = VariantReport(output=output, name=str(name).strip())
    all_ids = {f.GetField("building_id") for f in city.GetLayerByName("buildings")}
    demolish = {str(i).strip() for i in demolish_ids if str(i).strip()}
    report.unknown_ids = sorted(demolish - all_ids)
    demolish &= all_ids
    if demolish_polygons:
        demolish |= building_ids_in_polygons(city_path, demolish_polygons)
    report.demolished = sorted(demolish)
    planned_ids = set()
    for path, dataset in planned:
        for feature in dataset.GetLayerByName("buildings"):
            building_id = feature.GetField("building_id")
            if building_id in all_ids or (building_id in planned_ids and feature.GetField("parent_id") is None):
                raise UrbanTwinError(tr("The building id {} occurs twice (in the city model or in two massing outputs).").format(building_id), path=path)
            planned_ids.add(building_id)
    metadata = {"VARIANT": report.name, "GENERATOR": "Urban Twin urbantwin:composevariant", "SOURCE": "; ".join(
        [os.path.basename(city_path)] + [os.path.basename(p) for p, _d in planned])}
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        with atomic_path(output) as temporary:
            target = ogr.GetDriverByName("GPKG").CreateDataSource(temporary)
            target.ExecuteSQL("PRAGMA synchronous = OFF")
            exclude = "building_id IN ({})".format(_quoted(demolish)) if demolish else None
            for step, layer_name in enumerate(LAYERS):
                if feedback is not None:
                    if feedback.isCanceled():
                        raise CancelledError()
                    feedback.setProgress(90.0 * step / len(LAYERS))
                source = city.GetLayerByName(layer_name)
                target_layer = target.CreateLayer(layer_name, source.GetSpatialRef(), source.GetGeomType(),
                                                  ["GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES"])
                definition = source.GetLayerDefn()
                for index in range(definition.GetFieldCount()):
                    target_layer.CreateField(definition.GetFieldDefn(index))
                if layer_name != "building_surfaces" and target_layer.GetLayerDefn().GetFieldIndex("status") < 0:
                    target_layer.CreateField(ogr.FieldDefn("status", ogr.OFTString))  # imports made before status existed
                target.StartTransaction()
                source.SetAttributeFilter("NOT ({})".format(exclude) if exclude else None)
                copied = _copy_features(source, target_layer, EXISTING if layer_name != "building_surfaces" else None)
                if layer_name == "buildings":
                    source.SetAttributeFilter("NOT ({}) AND parent_id IS NULL".format(exclude) if exclude else "parent_id IS NULL")
                    report.existing = source.GetFeatureCount()
                for _path, dataset in planned:
                    planned_layer = dataset.GetLayerByName(layer_name)
                    planned_layer.ResetReading()
                    added = _copy_features(planned_layer, target_layer, PLANNED if layer_name != "building_surfaces" else None)
                    if layer_name == "buildings":
                        planned_layer.SetAttributeFilter("parent_id IS NULL")
                        report.planned += planned_layer.GetFeatureCount()
                        planned_layer.SetAttributeFilter(None)
                    copied += added
                source.SetAttributeFilter(None)
                target.CommitTransaction()
            source = city.GetLayerByName("buildings")
            demolished_layer = target.CreateLayer(DEMOLISHED_LAYER, source.GetSpatialRef(), source.GetGeomType(),
                                                  ["GEOMETRY_NAME=geom", "FID=fid"])
            definition = target.GetLayerByName("buildings").GetLayerDefn()
            for index in range(definition.GetFieldCount()):
                demolished_layer.CreateField(definition.GetFieldDefn(index))
            if demolish:
                target.StartTransaction()
                source.SetAttributeFilter(exclude)
                _copy_features(source, demolished_layer)
                source.SetAttributeFilter(None)
                target.CommitTransaction()
                target.ExecuteSQL("UPDATE {} SET status = '{}'".format(DEMOLISHED_LAYER, DEMOLISHED))
            target = None
            if on_written is not None:
                on_written(temporary)
            set_gdal_metadata(temporary, LAYERS + (DEMOLISHED_LAYER,), metadata)
    finally:
        gdal.PopErrorHandler()
    return report


def variant_name(gpkg_path):
    """The VARIANT name stored in a variant GeoPackage (None for a plain import)."""
    dataset = gdal.OpenEx(gpkg_path, gdal.OF_VECTOR | gdal.OF_READONLY)
    if dataset is None:
        return None
    layer = dataset.GetLayerByName("buildings")
    return (layer.GetMetadata() or {}).get("VARIANT") if layer is not None else None
