"""Measures of one building: volume, ground area, roof faces, walls, façades, heights, perimeter.

Volume by the divergence theorem on the closed shell, V = 1/6 Σ (p₀ − o)·N over the rings (N = Newell
vector, |N| = 2 × area), relative to a local origin ``o`` — in UTM coordinates the terms are ~10¹³ and
their sum (~10³) would be lost to cancellation. The shell counts as closed when, after welding vertices
to the millimetre, every directed edge has exactly one partner in the opposite direction (closed and
consistently oriented; parts sharing a wall use it once in each direction); otherwise the volume is
footprint × height and ``volume_method`` says so.
"""

import math
from dataclasses import dataclass, field

import numpy as np
from osgeo import ogr

from ..analysis.solar.geometry import make_facet, plane_basis, tilt_azimuth
from ..geometry3d import newell_vector

DIVERGENCE = "divergence"
FOOTPRINT_X_HEIGHT = "footprint_x_height"
WELD = 1000.0  # vertices welded to the millimetre for the closedness test
EDGE_CLEARANCE = 0.5  # m kept free at roof edges for usable area (as the solar analysis)
FLAT_TILT = 10.0  # degrees: flat roof
FLAT_COVERAGE = 0.6  # share of a flat roof's inner area usable (module rows need spacing)
SECTORS = ("n", "e", "s", "w")


@dataclass
class RoofFace:
    surface_id: str
    area: float
    tilt: float
    azimuth: float
    usable_area: float


@dataclass
class Wall:
    surface_id: str
    length: float
    height: float
    area: float
    azimuth: float
    orientation: str


@dataclass
class Measures:
    volume: float = None
    volume_method: str = None
    ground_area: float = None
    perimeter: float = None
    roof_area: float = 0.0
    roof_usable_area: float = 0.0
    wall_area: float = 0.0
    facade_area: dict = field(default_factory=lambda: {s: 0.0 for s in SECTORS})
    terrain_z: float = None
    eaves_z: float = None
    ridge_z: float = None
    eaves_height: float = None
    ridge_height: float = None
    roofs: list = field(default_factory=list)
    walls: list = field(default_factory=list)


def compass(azimuth, points=4):
    """'n', 'e', 's', 'w' (points=4) or 8-point labels for an azimuth in degrees from north."""
    names = SECTORS if points == 4 else ("n", "ne", "e", "se", "s", "sw", "w", "nw")
    step = 360.0 / len(names)
    return names[int(((azimuth % 360.0) + step / 2.0) // step) % len(names)]


def shell_closed(polygons):
    """True when every directed edge (vertices welded to 1 mm) occurs as often as its reverse."""
    rings = [ring for polygon in polygons for ring in polygon if len(ring) >= 4]
    if not rings:
        return False
    points = np.vstack(rings)
    keys = np.round(points * WELD).astype(np.int64)
    _, ids = np.unique(keys, axis=0, return_inverse=True)
    ids = ids.reshape(-1)
    starts, ends, offset = [], [], 0
    for ring in rings:
        ring_ids = ids[offset:offset + len(ring)]
        offset += len(ring)
        starts.append(ring_ids[:-1])
        ends.append(ring_ids[1:])
    a, b = np.concatenate(starts), np.concatenate(ends)
    keep = a != b
    a, b = a[keep], b[keep]
    if len(a) < 6:
        return False
    count = int(ids.max()) + 1
    forward, forward_counts = np.unique(a.astype(np.int64) * count + b, return_counts=True)
    backward, backward_counts = np.unique(b.astype(np.int64) * count + a, return_counts=True)
    # every directed edge as often as its reverse: a closed, consistently oriented surface (a 2-cycle). Touching
    # BuildingParts use a shared wall twice, once in each direction; their contributions cancel in the sum.
    return bool(np.array_equal(forward, backward) and np.array_equal(forward_counts, backward_counts))


def divergence_volume(polygons, origin=None):
    """Signed volume of a closed shell (outward orientation → positive), relative to a local origin."""
    if origin is None:
        origin = np.asarray(polygons[0][0][0], dtype=float)
    total = 0.0
    for polygon in polygons:
        for ring in polygon:
            local = np.asarray(ring, dtype=float) - origin
            total += float(np.dot(local[0], newell_vector(local)))
    return total / 6.0


def footprint_of(ground_polygons):
    """2D OGR polygon: union of the ground surfaces projected onto the map plane (None without any)."""
    pieces = []
    for polygon in ground_polygons:
        geometry = ogr.Geometry(ogr.wkbPolygon)
        for ring in polygon:
            linear = ogr.Geometry(ogr.wkbLinearRing)
            for x, y in np.asarray(ring)[:, :2]:
                linear.AddPoint_2D(float(x), float(y))
            linear.CloseRings()
            geometry.AddGeometry(linear)
        if not geometry.IsValid():
            geometry = geometry.Buffer(0)
        if geometry is not None and not geometry.IsEmpty():
            pieces.append(geometry)
    if not pieces:
        return None
    union = pieces[0]
    for piece in pieces[1:]:
        union = union.Union(piece)
    return union


def perimeter_of(geometry):
    """Length of all rings (outer and inner) of a 2D polygon or multipolygon."""
    if geometry is None:
        return None
    return float(geometry.Boundary().Length())


def _wall(surface_id, polygon):
    facet = make_facet(0, [np.asarray(r, dtype=float) for r in polygon], min_area=1e-4)
    if facet is None:
        return None
    _tilt, azimuth = tilt_azimuth(facet.normal)
    horizontal, _ = plane_basis(facet.normal)
    along = np.asarray(polygon[0], dtype=float) @ horizontal
    z = np.asarray(polygon[0], dtype=float)[:, 2]
    return Wall(surface_id, float(along.max() - along.min()), float(z.max() - z.min()), facet.area, float(azimuth),
                compass(float(azimuth), 8))


def _roof(surface_id, polygon, usable=True):
    facet = make_facet(0, [np.asarray(r, dtype=float) for r in polygon], min_area=1e-4)
    if facet is None:
        return None
    if facet.normal[2] < 0:
        facet.normal = -facet.normal  # roofs face up whatever the ring order
    tilt, azimuth = tilt_azimuth(facet.normal)
    tilt, azimuth = float(tilt), float(azimuth)
    usable_area = 0.0
    if usable:
        from ..analysis.solar.geometry import inner_area

        usable_area = inner_area(facet, EDGE_CLEARANCE)
        if tilt < FLAT_TILT:
            usable_area *= FLAT_COVERAGE
    return RoofFace(surface_id, facet.area, tilt, azimuth if tilt >= 1.0 else None, usable_area)


def measure(shell, surfaces, fallback_height=None, with_usable=True):
    """Measures of one building from its shell polygons and its Surface records (see gpkg_source)."""
    result = Measures()
    grounds = [p for s in surfaces if s.surface_type == "GroundSurface" for p in s.polygons]
    all_points = [np.asarray(r)[:, 2] for p in (shell or [p for s in surfaces for p in s.polygons]) for r in p]
    if all_points:
        heights = np.concatenate(all_points)
        result.terrain_z, result.ridge_z = float(heights.min()), float(heights.max())
    footprint = footprint_of(grounds) if grounds else footprint_of(
        [p for s in surfaces if s.surface_type == "RoofSurface" for p in s.polygons])
    if footprint is not None:
        result.ground_area = float(footprint.GetArea())
        result.perimeter = perimeter_of(footprint)
    roof_minimum = None
    for surface in surfaces:
        for polygon in surface.polygons:
            if surface.surface_type == "RoofSurface":
                roof = _roof(surface.surface_id, polygon, with_usable)
                if roof is not None:
                    result.roofs.append(roof)
                    result.roof_area += roof.area
                    result.roof_usable_area += roof.usable_area
                z = float(min(np.asarray(polygon[0])[:, 2]))
                roof_minimum = z if roof_minimum is None else min(roof_minimum, z)
            elif surface.surface_type == "WallSurface":
                wall = _wall(surface.surface_id, polygon)
                if wall is not None:
                    result.walls.append(wall)
                    result.wall_area += wall.area
                    result.facade_area[compass(wall.azimuth)] += wall.area
    result.eaves_z = roof_minimum
    if result.terrain_z is not None:
        result.ridge_height = result.ridge_z - result.terrain_z
        if result.eaves_z is not None:
            result.eaves_height = result.eaves_z - result.terrain_z
    if shell and shell_closed(shell):
        result.volume = abs(divergence_volume(shell))
        result.volume_method = DIVERGENCE
    elif result.ground_area is not None and result.ridge_height is not None:
        height = fallback_height if fallback_height is not None else result.ridge_height
        result.volume = result.ground_area * height
        result.volume_method = FOOTPRINT_X_HEIGHT
    return result


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
