"""Geometry helpers on numpy rings: validation, Newell normals, WKB, footprints (OGR only, no shapely)."""

import math
import struct

import numpy as np
from osgeo import gdal, ogr

from ..i18n import tr

WKB_MULTIPOLYGON_Z = 1006  # ISO WKB
WKB_POLYGON_Z = 1003


class GeometryProblem(ValueError):
    """A ring or polygon that cannot be used; the message is translated."""


def parse_coordinates(text, dimension=3):
    """posList text → (n, dimension) float array; raises GeometryProblem on bad numbers."""
    try:
        values = np.array(text.split(), dtype=float)
    except ValueError as err:
        raise GeometryProblem(tr("Coordinates are not numbers.")) from err
    if dimension not in (2, 3) or values.size % dimension:
        raise GeometryProblem(tr("The number of coordinates does not fit the dimension {}.").format(dimension))
    points = values.reshape(-1, dimension)
    if dimension == 2:
        points = np.column_stack([points, np.zeros(len(points))])
    return points


def check_ring(ring, must_close=True):
    """Validate a ring (closed, ≥ 4 points, finite) and return it."""
    if len(ring) < 4:
        raise GeometryProblem(tr("The ring has too few points ({}; at least 4 needed).").format(len(ring)))
    if not np.isfinite(ring).all():
        raise GeometryProblem(tr("The ring contains NaN or infinite coordinates."))
    if must_close and float(np.abs(ring[0] - ring[-1]).max()) > 1e-9:
        raise GeometryProblem(tr("The ring is not closed (first and last point differ)."))
    return ring


def close_ring(ring):
    """CityJSON rings are implicitly closed: append the first point."""
    return np.vstack([ring, ring[:1]])


def newell_vector(ring):
    """Newell's normal of a closed ring; its length is twice the area."""
    x, y, z = ring[:-1, 0], ring[:-1, 1], ring[:-1, 2]
    x1, y1, z1 = ring[1:, 0], ring[1:, 1], ring[1:, 2]
    # Centre coordinates for numeric stability with UTM-sized values.
    cx, cy, cz = x.mean(), y.mean(), z.mean()
    x, y, z, x1, y1, z1 = x - cx, y - cy, z - cz, x1 - cx, y1 - cy, z1 - cz
    return np.array(
        [np.sum((y - y1) * (z + z1)), np.sum((z - z1) * (x + x1)), np.sum((x - x1) * (y + y1))]
    )


def polygon_area_normal(polygon):
    """(3D area, unit normal) of a polygon with holes (holes subtract their area)."""
    outer = newell_vector(polygon[0])
    length = float(np.linalg.norm(outer))
    if length == 0.0:
        return 0.0, np.zeros(3)
    area = length / 2.0
    for hole in polygon[1:]:
        area -= float(np.linalg.norm(newell_vector(hole))) / 2.0
    return max(area, 0.0), outer / length


def surface_metrics(polygons):
    """Area (m²), tilt (deg, 0 = horizontal facing up) and azimuth (deg from north, None when flat)."""
    total = 0.0
    weighted = np.zeros(3)
    for polygon in polygons:
        area, normal = polygon_area_normal(polygon)
        total += area
        weighted += normal * area
    length = float(np.linalg.norm(weighted))
    if length == 0.0:
        return total, None, None
    nx, ny, nz = weighted / length
    tilt = math.degrees(math.acos(max(-1.0, min(1.0, nz))))
    if tilt < 1.0 or tilt > 179.0:
        return total, tilt, None
    azimuth = math.degrees(math.atan2(nx, ny)) % 360.0
    return total, tilt, azimuth


def multipolygon_z_wkb(polygons):
    """ISO WKB MultiPolygonZ of the polygons (fast path, no per-point Python objects)."""
    chunks = [struct.pack("<BII", 1, WKB_MULTIPOLYGON_Z, len(polygons))]
    for polygon in polygons:
        chunks.append(struct.pack("<BII", 1, WKB_POLYGON_Z, len(polygon)))
        for ring in polygon:
            chunks.append(struct.pack("<I", len(ring)))
            chunks.append(np.ascontiguousarray(ring, dtype="<f8").tobytes())
    return b"".join(chunks)


def z_range(polygons):
    lows = [float(ring[:, 2].min()) for polygon in polygons for ring in polygon[:1]]
    highs = [float(ring[:, 2].max()) for polygon in polygons for ring in polygon[:1]]
    if not lows:
        return None, None
    return min(lows), max(highs)


def bbox_2d(polygons):
    xs_min, ys_min, xs_max, ys_max = [], [], [], []
    for polygon in polygons:
        ring = polygon[0]
        xs_min.append(ring[:, 0].min())
        ys_min.append(ring[:, 1].min())
        xs_max.append(ring[:, 0].max())
        ys_max.append(ring[:, 1].max())
    if not xs_min:
        return None
    return float(min(xs_min)), float(min(ys_min)), float(max(xs_max)), float(max(ys_max))


def _polygon_2d(polygon):
    chunks = [struct.pack("<BII", 1, 3, len(polygon))]
    for ring in polygon:
        chunks.append(struct.pack("<I", len(ring)))
        chunks.append(np.ascontiguousarray(ring[:, :2], dtype="<f8").tobytes())
    return ogr.CreateGeometryFromWkb(b"".join(chunks))


def footprint_2d(ground_polygons, other_polygons):
    """2D union of the ground surfaces, else of every non-vertical polygon projected to the plane.

    Returns an OGR MultiPolygon (2D) or None.
    """
    candidates = ground_polygons or [
        polygon for polygon in other_polygons if abs(polygon_area_normal(polygon)[1][2]) > 0.01
    ]
    if not candidates:
        return None
    collection = ogr.Geometry(ogr.wkbMultiPolygon)
    for polygon in candidates:
        part = _polygon_2d(polygon)
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            if not part.IsValid():
                part = part.Buffer(0)
        finally:
            gdal.PopErrorHandler()
        if part is None or part.IsEmpty():
            continue
        if part.GetGeometryType() == ogr.wkbPolygon:
            collection.AddGeometry(part)
        else:
            for index in range(part.GetGeometryCount()):
                collection.AddGeometry(part.GetGeometryRef(index))
    if collection.GetGeometryCount() == 0:
        return None
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # GEOS chatter about invalid rings; we repair below
    try:
        union = collection.UnionCascaded()
        if union is None:
            union = collection.Buffer(0)
    finally:
        gdal.PopErrorHandler()
    if union is None or union.IsEmpty():
        return None
    return ogr.ForceToMultiPolygon(union)
