"""Geometry helpers on numpy rings: validation, Newell normals, WKB, footprints (OGR only, no shapely)."""

import math
import struct

import numpy as np
from osgeo import gdal, ogr

from ..geometry3d import newell_vector
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


_min, _max = np.minimum.reduce, np.maximum.reduce

RING_TOLERANCE_M = 0.001  # a ring whose last point misses the first by less than this is closed (documented)
METRES_PER_DEGREE = 111_320.0  # for the closing tolerance only (an upper bound of a degree of longitude)


def ring_gap(ring, metres_per_unit=1.0):
    """Distance in metres between the first and the last point (horizontal units scaled, z in metres)."""
    delta = ring[-1] - ring[0]
    # hypot, not sqrt of squares: absurd coordinates (1e308) must give a huge gap, not an OverflowError
    return math.hypot(float(delta[0]) * metres_per_unit, float(delta[1]) * metres_per_unit, float(delta[2]))


def check_ring(ring, must_close=True, tolerance=RING_TOLERANCE_M, metres_per_unit=1.0, repairs=None):
    """Validate a ring (closed, ≥ 4 points, finite) and return it.

    A ring whose end misses its start by at most ``tolerance`` metres (writers rounding differently) gets
    its last point set to the first; that is counted in ``repairs["closed_rings"]``. Larger gaps are errors.
    """
    if len(ring) < 4:
        raise GeometryProblem(tr("The ring has too few points ({}; at least 4 needed).").format(len(ring)))
    # one sum: NaN/inf anywhere makes it non-finite. Over the values as a Python list — for the few dozen numbers of a
    # ring a third of numpy's reduction, whose fixed cost per call was a tenth of the reading of a tile
    values = ring.ravel().tolist()
    if not math.isfinite(sum(values)):
        raise GeometryProblem(tr("The ring contains NaN or infinite coordinates."))
    width = ring.shape[1]
    if must_close and values[:width] != values[-width:] and float(np.abs(ring[0] - ring[-1]).max()) > 1e-9:
        gap = ring_gap(ring, metres_per_unit)
        if gap > tolerance:
            raise GeometryProblem(tr("The ring is not closed (first and last point differ by {:.4g} m; tolerance {:.4g} m).")
                                  .format(gap, tolerance))
        ring = ring.copy()
        ring[-1] = ring[0]
        if repairs is not None:
            repairs["closed_rings"] = repairs.get("closed_rings", 0) + 1
    return ring


def close_ring(ring):
    """CityJSON rings are implicitly closed: append the first point."""
    return np.vstack([ring, ring[:1]])


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


def surfaces_metrics(surfaces_polygons, envelopes=False):
    """[(area, tilt, azimuth, z_min, z_max)] for surfaces (each a list of polygons), in one numpy pass.

    Newell vectors of all rings at once; a surface's normal is the sum of its exterior-ring vectors
    (area-weighted), holes subtract their area. Every surface's figures depend on its own rings only, so one call for
    many buildings gives exactly (bit for bit) what one call per building gives — and costs a tenth.
    ``envelopes``: also return, per surface, the (x_min, x_max, y_min, y_max, z_min, z_max) of all its points (the
    GeoPackage envelope; None for a surface without points) as a second list.
    """
    rings, owner, exterior = [], [], []
    for surface_index, polygons in enumerate(surfaces_polygons):
        for polygon in polygons:
            for ring_index, ring in enumerate(polygon):
                rings.append(ring)
                owner.append(surface_index)
                exterior.append(ring_index == 0)
    count = len(surfaces_polygons)
    if not rings:
        empty = [(0.0, None, None, None, None)] * count
        return (empty, [None] * count) if envelopes else empty
    owner = np.asarray(owner, dtype=np.intp)
    exterior = np.asarray(exterior, dtype=bool)
    lengths = np.fromiter((len(ring) for ring in rings), dtype=np.intp, count=len(rings))
    raw = np.concatenate(rings)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    points = raw - np.repeat(raw[starts], lengths, axis=0)  # relative to each ring's first point
    following = np.roll(points, -1, axis=0)
    x, y, z = points[:, 0], points[:, 1], points[:, 2]
    x1, y1, z1 = following[:, 0], following[:, 1], following[:, 2]
    terms = np.column_stack([(y - y1) * (z + z1), (z - z1) * (x + x1), (x - x1) * (y + y1)])
    terms[starts + lengths - 1] = 0.0  # the wrap-around from a ring's last point to the next ring is no edge
    vectors = np.add.reduceat(terms, starts, axis=0) / 2.0  # area-weighted normals per ring
    ring_areas = np.linalg.norm(vectors, axis=1)
    # ufunc.at is slow in numpy 1.24: bincount sums, and reduceat over the (sorted) owners for the extremes
    areas = np.bincount(owner, weights=np.where(exterior, ring_areas, -ring_areas), minlength=count)
    outer_owner, outer_vectors = owner[exterior], vectors[exterior]
    weighted = np.column_stack([np.bincount(outer_owner, weights=outer_vectors[:, axis], minlength=count)
                                for axis in range(3)])
    ring_z_min = np.minimum.reduceat(raw[:, 2], starts)
    ring_z_max = np.maximum.reduceat(raw[:, 2], starts)
    z_min = np.full(count, np.inf)
    z_max = np.full(count, -np.inf)
    present, first_ring = np.unique(owner, return_index=True)  # owner never decreases: rings come surface by surface
    z_min[present] = np.minimum.reduceat(ring_z_min, first_ring)
    z_max[present] = np.maximum.reduceat(ring_z_max, first_ring)
    norms = np.linalg.norm(weighted, axis=1)
    safe = np.where(norms > 0, norms, 1.0)
    tilts = np.degrees(np.arccos(np.clip(weighted[:, 2] / safe, -1.0, 1.0)))
    azimuths = np.degrees(np.arctan2(weighted[:, 0], weighted[:, 1])) % 360.0
    results = []
    # plain Python floats once (indexing numpy scalars per surface costs more than the maths above)
    for area, tilt, azimuth, norm, low, high in zip(areas.tolist(), tilts.tolist(), azimuths.tolist(), norms.tolist(),
                                                    z_min.tolist(), z_max.tolist()):
        if low == math.inf:
            results.append((0.0, None, None, None, None))
            continue
        tilt = tilt if norm > 0 else None
        azimuth = azimuth if tilt is not None and 1.0 <= tilt <= 179.0 else None
        results.append((max(area, 0.0), tilt, azimuth, low, high))
    if not envelopes:
        return results
    boxes = [None] * count
    extremes = []
    for axis in (0, 1):
        ring_low = np.minimum.reduceat(raw[:, axis], starts)
        ring_high = np.maximum.reduceat(raw[:, axis], starts)
        extremes.append((np.minimum.reduceat(ring_low, first_ring).tolist(), np.maximum.reduceat(ring_high, first_ring).tolist()))
    (x_low, x_high), (y_low, y_high) = extremes
    for index, surface, low, high in zip(range(len(present)), present.tolist(), z_min[present].tolist(), z_max[present].tolist()):
        boxes[surface] = (x_low[index], x_high[index], y_low[index], y_high[index], low, high)
    return results, boxes


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


def _polygon_z_wkb(polygon):
    chunks = [struct.pack("<BII", 1, WKB_POLYGON_Z, len(polygon))]
    for ring in polygon:
        chunks.append(struct.pack("<I", len(ring)))
        chunks.append(np.ascontiguousarray(ring, dtype="<f8").tobytes())
    return b"".join(chunks)


def multipolygon_z_wkb(polygons, cache=None):
    """ISO WKB MultiPolygonZ of the polygons (fast path, no per-point Python objects).

    ``cache`` (dict) reuses a polygon's bytes when the same polygon is written again (building, part
    and surface features share their polygons); keys are ``id(polygon)``, valid while the record lives.
    """
    chunks = [struct.pack("<BII", 1, WKB_MULTIPOLYGON_Z, len(polygons))]
    for polygon in polygons:
        if cache is None:
            chunks.append(_polygon_z_wkb(polygon))
            continue
        key = id(polygon)
        data = cache.get(key)
        if data is None:
            data = cache[key] = _polygon_z_wkb(polygon)
        chunks.append(data)
    return b"".join(chunks)


def _outer_points(polygons):
    if not polygons:
        return None
    return polygons[0][0] if len(polygons) == 1 else np.concatenate([polygon[0] for polygon in polygons])


def z_range(polygons):
    points = _outer_points(polygons)
    if points is None:
        return None, None
    column = points[:, 2]
    return float(_min(column)), float(_max(column))


def bbox_2d(polygons):
    points = _outer_points(polygons)
    if points is None:
        return None
    low, high = _min(points[:, :2], axis=0), _max(points[:, :2], axis=0)
    return float(low[0]), float(low[1]), float(high[0]), float(high[1])


def _polygon_2d(polygon):
    chunks = [struct.pack("<BII", 1, 3, len(polygon))]
    for ring in polygon:
        chunks.append(struct.pack("<I", len(ring)))
        chunks.append(np.ascontiguousarray(ring[:, :2], dtype="<f8").tobytes())
    return ogr.CreateGeometryFromWkb(b"".join(chunks))


def union_2d(geometries):
    """2D union (OGR MultiPolygon) of OGR polygons/multipolygons, or None."""
    if not geometries:
        return None
    if len(geometries) == 1:
        return geometries[0]
    collection = ogr.Geometry(ogr.wkbMultiPolygon)
    for geometry in geometries:
        for index in range(geometry.GetGeometryCount()):
            collection.AddGeometry(geometry.GetGeometryRef(index))
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        union = collection.UnionCascaded() or collection.Buffer(0)
    finally:
        gdal.PopErrorHandler()
    if union is None or union.IsEmpty():
        return None
    return ogr.ForceToMultiPolygon(union)


def _non_vertical(polygons):
    """Polygons whose unit normal has |z| > 0.01, with one batched Newell pass over the exterior rings."""
    if not polygons:
        return []
    rings = [polygon[0] for polygon in polygons]
    lengths = np.fromiter((len(ring) for ring in rings), dtype=np.intp, count=len(rings))
    raw = np.concatenate(rings)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    points = raw - np.repeat(raw[starts], lengths, axis=0)
    following = np.roll(points, -1, axis=0)
    x, y, z = points[:, 0], points[:, 1], points[:, 2]
    x1, y1, z1 = following[:, 0], following[:, 1], following[:, 2]
    terms = np.column_stack([(y - y1) * (z + z1), (z - z1) * (x + x1), (x - x1) * (y + y1)])
    terms[starts + lengths - 1] = 0.0
    vectors = np.add.reduceat(terms, starts, axis=0)
    norms = np.linalg.norm(vectors, axis=1)
    keep = np.abs(vectors[:, 2]) > 0.01 * norms
    keep &= norms > 0
    return [polygon for polygon, flag in zip(polygons, keep.tolist()) if flag]


def footprint_2d(ground_polygons, other_polygons):
    """2D union of the ground surfaces, else of every non-vertical polygon projected to the plane.

    Returns an OGR MultiPolygon (2D) or None.
    """
    candidates = ground_polygons or _non_vertical(other_polygons)
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
    if collection.GetGeometryCount() == 1:  # one valid polygon (most ground surfaces): nothing to union
        return collection
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
