"""Metres for every measured figure: CRS checks and record reprojection with OSR (no QGIS needed).

Areas, tilts, azimuths and footprint areas are only meaningful in a projected CRS. Data in a geographic
CRS (EPSG:4326, 4979, 4258, 6668 …) is measured in the UTM zone of the data (ETRS89 / JGD2011 / WGS 84 UTM
after the data's datum) while the layers keep the file's coordinates; ``TARGET_CRS`` reprojects the whole
import instead. Heights (z) are never transformed: a horizontal reprojection leaves them in metres.
"""

import dataclasses
import math
from functools import lru_cache

import numpy as np
from osgeo import gdal, osr

from ..i18n import tr
from .geometry import METRES_PER_DEGREE, GeometryProblem

MAX_OBJECT_SPAN_M = 100_000.0  # no city object spans 100 km; a larger one has a stray vertex
MAX_HEIGHT_SPAN_M = 10_000.0
MAX_ABS_PROJECTED = 1e8  # beyond every projected CRS's valid area (false eastings included)
MAX_ABS_Z = 100_000.0


@lru_cache(maxsize=64)
def _srs(epsg):
    srs = osr.SpatialReference()
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        status = srs.ImportFromEPSG(int(epsg))
    except (RuntimeError, ValueError, OverflowError, TypeError):
        status = 1
    finally:
        gdal.PopErrorHandler()
    if status != 0:
        return None
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def is_known(epsg):
    """True when PROJ knows the EPSG code."""
    return epsg is not None and _srs(epsg) is not None


def is_geographic(epsg):
    srs = _srs(epsg) if epsg else None
    return bool(srs is not None and srs.IsGeographic())


def metres_per_unit(epsg):
    """Horizontal metres per coordinate unit, roughly: for tolerances and plausibility limits only."""
    return METRES_PER_DEGREE if is_geographic(epsg) else 1.0


def utm_epsg(geographic_epsg, lon, lat):
    """EPSG of the UTM zone at (lon, lat) on the datum of the geographic CRS where EPSG has one."""
    zone = int((lon + 180.0) // 6.0) % 60 + 1
    datum = (_srs(geographic_epsg).GetAttrValue("DATUM") or "") if _srs(geographic_epsg) else ""
    if "European_Terrestrial_Reference_System_1989" in datum and 28 <= zone <= 38 and lat >= 0:
        return 25800 + zone
    if "Japanese_Geodetic_Datum_2011" in datum and 51 <= zone <= 55 and lat >= 0:
        return 6688 + zone - 51
    return (32600 if lat >= 0 else 32700) + zone


class PointTransform:
    """x, y of (n, 3) arrays from one EPSG CRS into another; z passes through unchanged."""

    def __init__(self, source_epsg, target_epsg):
        self.source_epsg, self.target_epsg = int(source_epsg), int(target_epsg)
        self.transformation = osr.CoordinateTransformation(_srs(self.source_epsg), _srs(self.target_epsg))

    def points(self, array):
        moved = np.asarray(self.transformation.TransformPoints(np.ascontiguousarray(array[:, :2], dtype=float)))
        result = np.array(array, dtype=float, copy=True)
        result[:, :2] = moved[:, :2]
        return result

    def geometry(self, ogr_geometry):
        """A transformed clone of an OGR geometry (2D)."""
        clone = ogr_geometry.Clone()
        clone.Transform(self.transformation)
        return clone

    def inverse(self):
        return PointTransform(self.target_epsg, self.source_epsg)


def transform_record(record, transform):
    """A copy of the record tree with every polygon transformed (shared polygons stay shared)."""
    polygons = {}
    for obj in record.all_objects():
        for group in list(obj.geometry.values()) + [surface.polygons for surface in obj.surfaces]:
            for polygon in group:
                polygons.setdefault(id(polygon), polygon)
    if not polygons:
        return _copy(record, {})
    rings = [ring for polygon in polygons.values() for ring in polygon]
    lengths = [len(ring) for ring in rings]
    moved = transform.points(np.concatenate(rings))
    if not np.isfinite(moved).all():
        raise GeometryProblem(tr("The coordinates cannot be transformed from EPSG:{} to EPSG:{}.").format(
            transform.source_epsg, transform.target_epsg))
    pieces = iter(np.split(moved, np.cumsum(lengths)[:-1]))
    mapping = {key: [next(pieces) for _ring in polygon] for key, polygon in polygons.items()}
    return _copy(record, mapping)


def _copy(obj, mapping):
    return dataclasses.replace(
        obj,
        geometry={lod: [mapping.get(id(p), p) for p in group] for lod, group in obj.geometry.items()},
        surfaces=[dataclasses.replace(s, polygons=[mapping.get(id(p), p) for p in s.polygons]) for s in obj.surfaces],
        parts=[_copy(part, mapping) for part in obj.parts],
    )


def record_points(record):
    """All exterior-ring points of the object and its parts as one (n, 3) array, or None (shared polygons once)."""
    rings = {}
    for obj in record.all_objects():
        for group in list(obj.geometry.values()) + [surface.polygons for surface in obj.surfaces]:
            for polygon in group:
                if polygon:
                    rings[id(polygon)] = polygon[0]
    if not rings:
        return None
    return np.concatenate(list(rings.values())) if len(rings) > 1 else next(iter(rings.values()))


def check_plausible(record, geographic):
    """Raise GeometryProblem for absurd coordinates (1e308, a vertex thousands of km from the rest)."""
    points = record_points(record)
    if points is None:
        return
    # min/max propagate NaN; the rest are comparisons of six Python floats (cheap: once per building)
    low_x, low_y, low_z = np.minimum.reduce(points, axis=0).tolist()
    high_x, high_y, high_z = np.maximum.reduce(points, axis=0).tolist()
    if not all(math.isfinite(value) for value in (low_x, low_y, low_z, high_x, high_y, high_z)):
        raise GeometryProblem(tr("The object has NaN or infinite coordinates."))
    if geographic:
        if low_x < -180.0 or high_x > 180.0 or low_y < -90.0 or high_y > 90.0:
            raise GeometryProblem(tr("The object has coordinates outside ±180° longitude / ±90° latitude."))
    else:
        largest = max(-low_x, high_x, -low_y, high_y)
        if largest > MAX_ABS_PROJECTED:
            raise GeometryProblem(tr("The object has absurd coordinates (up to {:.3g}).").format(largest))
    if max(-low_z, high_z) > MAX_ABS_Z or high_z - low_z > MAX_HEIGHT_SPAN_M:
        raise GeometryProblem(tr("The object has absurd heights ({:.3g} to {:.3g} m).").format(low_z, high_z))
    span = max(high_x - low_x, high_y - low_y) * (METRES_PER_DEGREE if geographic else 1.0)
    if span > MAX_OBJECT_SPAN_M:
        raise GeometryProblem(tr("The object spans {:,.0f} km: a vertex lies far away from the rest (absurd coordinates).")
                              .format(span / 1000.0))
