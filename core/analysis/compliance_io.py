"""Read layers into the records of ``compliance``/``district``: footprints, plan limits, parcels, units.

Works on any QgsFeatureSource (a layer or a Processing source). Geometries are made valid, curves
segmentised, Z dropped, and transformed into the working CRS. Nothing is silently dropped: every
skipped feature is reported through ``warn(message)`` with its id.
"""

import json
from dataclasses import dataclass
from typing import Callable, Optional

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..features import iter_features
from ..i18n import tr
from . import baunvo
from .compliance import HEIGHT_TOKENS, BuildingRecord, CheckUnit, HeightLimit, ZoneLimits, apply_baunvo17

MIN_PART_AREA = 0.01  # m²; wall surfaces project to (almost) zero area and are left out of the footprint


def value_or_none(feature, name):
    """Attribute value or None for NULL, a missing field or an empty string."""
    if not name:
        return None
    index = feature.fields().indexFromName(name)
    if index < 0:
        return None
    value = feature.attribute(index)
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, str) and not value.strip():
        return None
    return value


def number_or_none(feature, name):
    value = value_or_none(feature, name)
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip().replace(",", ".")  # German decimal comma in text fields ("0,4")
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number else None  # NaN → None


def feature_label(feature, id_fields=("gml_id", "building_id", "id")):
    for name in id_fields:
        value = value_or_none(feature, name)
        if value is not None:
            return str(value)
    return "fid {}".format(feature.id())


def polygon_2d(geometry):
    """A valid 2D (multi)polygon geometry or None: curves segmentised, Z/M dropped, made valid."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    abstract = geometry.constGet()
    if QgsWkbTypes.isCurvedType(abstract.wkbType()):
        abstract = abstract.segmentize()
    else:
        abstract = abstract.clone()
    abstract.dropZValue()
    abstract.dropMValue()
    flat = QgsGeometry(abstract)
    if not flat.isGeosValid():
        flat = flat.makeValid()
    if flat.type() != QgsWkbTypes.GeometryType.PolygonGeometry:
        # makeValid may return a collection; keep its polygons
        parts = [QgsGeometry(part.clone()) for part in flat.constParts()] if not flat.isEmpty() else []
        polygons = [p for p in parts if p.type() == QgsWkbTypes.GeometryType.PolygonGeometry]
        if not polygons:
            return None
        flat = QgsGeometry.unaryUnion(polygons)
    if flat.isEmpty() or flat.area() <= 0:
        return None
    return flat


def footprint_from_surfaces(geometry):
    """2D footprint of a MultiPolygonZ building: union of the projected surfaces with an area.

    Walls project to slivers of zero area; roofs and ground surfaces cover the footprint (roof
    overhangs included — the ``footprints`` layer is the better input where it exists)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if not QgsWkbTypes.hasZ(geometry.wkbType()):
        return polygon_2d(geometry)
    parts = []
    for part in geometry.constParts():
        flat = part.clone()
        flat.dropZValue()
        candidate = QgsGeometry(flat)
        if abs(candidate.area()) < MIN_PART_AREA:
            continue
        if not candidate.isGeosValid():
            candidate = candidate.makeValid()
        parts.append(candidate)
    if not parts:
        return None
    return polygon_2d(QgsGeometry.unaryUnion(parts))


def _transform(geometry, transform):
    if transform is not None and geometry is not None and not geometry.isNull():
        geometry = QgsGeometry(geometry)
        geometry.transform(transform)
    return geometry


def transformed(geometry, transform):
    """A copy of ``geometry`` in the working CRS (the input is not changed)."""
    return _transform(geometry, transform)


def make_transform(source_crs, working_crs, context_transform):
    if not source_crs.isValid() or source_crs == working_crs:
        return None
    return QgsCoordinateTransform(source_crs, working_crs, context_transform)


def _request():
    request = QgsFeatureRequest()
    request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    return request


def is_whole_building(feature):
    """Only top-level Buildings: parts (parent_id set) and bridges/tunnels would double count."""
    if value_or_none(feature, "parent_id") is not None:
        return False
    object_type = value_or_none(feature, "object_type")
    return object_type is None or str(object_type) == "Building"


@dataclass
class DemSampler:
    layer: object
    transform: Optional[QgsCoordinateTransform]
    source = "dem"

    def sample(self, point):
        if self.transform is not None:
            point = self.transform.transform(point)
        value, ok = self.layer.dataProvider().sample(QgsPointXY(point), 1)
        if not ok or value != value:
            return None
        return float(value)


@dataclass
class ConstantTerrain:
    """One terrain height (m NHN) for the whole area, when there is no DEM."""

    height: float
    source = "constant"

    def sample(self, point):
        return self.height


def _building_record(feature, footprint, label, dem):
    z_min = number_or_none(feature, "z_min")
    terrain, terrain_source = None, ""
    if dem is not None:
        terrain = dem.sample(footprint.pointOnSurface().asPoint())
        terrain_source = dem.source if terrain is not None else ""
    if terrain is None and z_min is not None:
        terrain_source = "z_min"
    storeys = number_or_none(feature, "storeys_above_ground")
    year = number_or_none(feature, "year_of_construction")
    height = number_or_none(feature, "height")
    if height is None:
        height = number_or_none(feature, "measured_height")
    roof_type = value_or_none(feature, "roof_type")
    return BuildingRecord(
        key=label,
        footprint=footprint,
        footprint_area=footprint.area(),
        z_min=z_min,
        eaves_z=number_or_none(feature, "eaves_z"),
        z_max=number_or_none(feature, "z_max"),
        height=height,
        storeys_model=int(storeys) if storeys is not None and storeys > 0 else None,
        terrain_z=terrain,
        terrain_source=terrain_source,
        function_group=_text_or_none(value_or_none(feature, "function_group")),
        function=_text_or_none(value_or_none(feature, "function")),
        roof_type=str(roof_type) if roof_type is not None else None,
        roof_type_label=value_or_none(feature, "roof_type_label"),
        year=int(year) if year is not None and year > 0 else None,
    )


def _text_or_none(value):
    return str(value).strip() if value is not None else None


def read_buildings(features, transform=None, dem=None, warn=None, is_canceled=None):
    """BuildingRecords from an iterable of features of a ``buildings`` or ``footprints`` layer.

    Whole buildings are the records; BuildingParts (``parent_id`` set, ``buildings`` layer only) are
    attached to their building so that its floor area can use each part's own storeys and the footprint
    of ancillary parts (garages, carports: §19(4) BauNVO) can be left out of GRZ I."""
    warn = warn or (lambda message: None)
    buildings, parts = [], {}
    for feature in features:
        if is_canceled and is_canceled():
            break
        parent = value_or_none(feature, "parent_id")
        if parent is None and not is_whole_building(feature):
            continue
        # into the working CRS first: areas (and the sliver threshold) are in m², never in degrees
        footprint = footprint_from_surfaces(_transform(feature.geometry(), transform))
        label = feature_label(feature, ("gml_id", "building_id", "id") if parent is not None else ("building_id", "gml_id", "id"))
        if footprint is None:
            warn(tr("Building {} has no usable footprint geometry and is left out.").format(label))
            continue
        record = _building_record(feature, footprint, label, dem)
        if parent is None:
            buildings.append(record)
        else:
            top = value_or_none(feature, "building_id") or parent
            parts.setdefault(str(top), []).append(record)
    for building in buildings:
        building.parts = parts.get(building.key, [])
    return buildings


@dataclass
class ZoneFields:
    """Which plan fields hold the measures (XPlanung import names by default)."""

    id_field: str = "gml_id"
    grz: str = "GRZ"
    gfz: str = "GFZ"
    z: str = "Z"
    zone_type: str = "baugebiet_token"
    height_field: str = ""  # generic layers: one height field …
    height_token: str = "GH"  # … for this Bezugspunkt …
    height_reference: Optional[str] = None  # … relative to terrain (None) or "NHN"


def _max_measure(feature, name, fallbacks=()):
    """XPlan Höchstmaß: ``<name>max`` when set (range), else ``<name>`` (itself a Höchstmaß)."""
    for candidate in (name + "max", name) + tuple(fallbacks):
        value = number_or_none(feature, candidate)
        if value is not None:
            return value
    return None


def zone_heights(feature, fields):
    heights = {}
    for token in HEIGHT_TOKENS + ("HA", "WH"):
        value = number_or_none(feature, "h_{}_max".format(token))
        value_nhn = number_or_none(feature, "h_{}_max_nhn".format(token))
        if value is None and value_nhn is None:
            continue
        reference = value_or_none(feature, "h_{}_bezug".format(token))
        # HA (Höhe baulicher Anlagen) and WH (Wandhöhe) are checked like GH / TH
        target = {"HA": "GH", "WH": "TH"}.get(token, token)
        if target not in heights:
            heights[target] = HeightLimit(target, value, str(reference) if reference is not None else None, value_nhn)
    if not heights:
        heights.update(_heights_from_json(feature))
    if fields.height_field:
        value = number_or_none(feature, fields.height_field)
        if value is not None:
            reference = "NHN" if fields.height_reference == "NHN" else None
            heights[fields.height_token] = HeightLimit(fields.height_token, value, reference, value if reference else None)
    return heights


def _heights_from_json(feature):
    """Fallback when only the ``hoehenangabe`` JSON list is there (no normalised h_* fields)."""
    text = value_or_none(feature, "hoehenangabe")
    if not text:
        return {}
    try:
        entries = json.loads(text)
    except (TypeError, ValueError):
        return {}
    heights = {}
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict):
            continue
        token = entry.get("bezugspunkt_token") or entry.get("bezugspunkt")
        value = entry.get("hMax", entry.get("h", entry.get("hZwingend")))
        if token in HEIGHT_TOKENS and isinstance(value, (int, float)):
            reference = entry.get("hoehenbezug_token") or entry.get("hoehenbezug")
            heights.setdefault(token, HeightLimit(token, float(value), str(reference) if reference else None, None))
    return heights


def read_zones(features, fields, transform=None, use_baunvo17=False, warn=None):
    """[(ZoneLimits, geometry)] from the plan layer."""
    warn = warn or (lambda message: None)
    zones = []
    for feature in features:
        label = feature_label(feature, (fields.id_field, "gml_id", "id"))
        geometry = polygon_2d(_transform(feature.geometry(), transform))
        if geometry is None:
            warn(tr("Plan area {} has no usable polygon geometry and is left out.").format(label))
            continue
        grz = _max_measure(feature, fields.grz) if fields.grz else None
        gfz = _max_measure(feature, fields.gfz) if fields.gfz else None
        z = _max_measure(feature, fields.z, (fields.z + "zwingend",)) if fields.z else None
        token = value_or_none(feature, fields.zone_type) if fields.zone_type else None
        zone = ZoneLimits(
            zone_id=label,
            zone_type=str(token) if token is not None else None,
            grz=grz,
            grz_source=baunvo.SOURCE_PLAN if grz is not None else "",
            gfz=gfz,
            gfz_source=baunvo.SOURCE_PLAN if gfz is not None else "",
            z=int(round(z)) if z is not None else None,
            z_source=baunvo.SOURCE_PLAN if z is not None else "",
            heights=zone_heights(feature, fields),
        )
        zone.baunvo17_row = baunvo.baunvo17_row(
            token, value_or_none(feature, "besondereArtDerBaulNutzung"), value_or_none(feature, "sondernutzung")
        )
        if use_baunvo17:
            apply_baunvo17(zone, baunvo.BAUNVO17_LIMITS.get(zone.baunvo17_row))
        zones.append((zone, geometry))
    return zones


def read_parcels(features, id_field="", transform=None, warn=None):
    warn = warn or (lambda message: None)
    parcels = []
    for feature in features:
        label = str(value_or_none(feature, id_field)) if value_or_none(feature, id_field) is not None else None
        label = label or feature_label(feature, ("flurstueckskennzeichen", "gml_id", "id"))
        geometry = polygon_2d(_transform(feature.geometry(), transform))
        if geometry is None:
            warn(tr("Parcel {} has no usable polygon geometry and is left out.").format(label))
            continue
        parcels.append((label, geometry))
    return parcels


def build_units(zones, parcels=None, min_area=1.0):
    """Check units: the zones themselves, or each parcel clipped to each zone it overlaps
    (Baugrundstück = Flurstück within the Baugebiet; slivers under ``min_area`` m² are ignored)."""
    if not parcels:
        return [CheckUnit(zone.zone_id, zone, geometry, geometry.area()) for zone, geometry in zones]
    index = QgsSpatialIndex()
    for number, (_, geometry) in enumerate(zones):
        index.addFeature(number, geometry.boundingBox())
    units = []
    for parcel_id, parcel in parcels:
        for number in sorted(index.intersects(parcel.boundingBox())):
            zone, zone_geometry = zones[number]
            if not zone_geometry.intersects(parcel):
                continue
            piece = polygon_2d(zone_geometry.intersection(parcel))
            if piece is None or piece.area() < min_area:
                continue
            unit_id = "{} / {}".format(parcel_id, zone.zone_id)
            units.append(CheckUnit(unit_id, zone, piece, piece.area(), parcel_id=parcel_id))
    return units


def features_of(source, is_canceled: Optional[Callable] = None):
    """Iterate a source without QGIS' own invalid-geometry filter (we repair and report instead)."""
    return iter_features(source, _request(), is_canceled)
