"""Closed, outward-oriented LoD2 solids from a footprint: flat, shed, gable, hip and pyramid roofs.

Pure numpy. Every roof is a height function z(x, y) over the footprint; the roof faces are the pieces
where z is linear, the walls run from the base up to z along every footprint edge (split where an edge
crosses a ridge, so walls and roof share every vertex), the ground face closes the solid. Orientation:
exterior rings counter-clockwise seen from outside (normals point out of the solid).

Which roof on which footprint (the fallback is reported per building, never silent):

* flat (1000) and shed (2100): every footprint, concave and with courtyards (holes);
* gable (3100), hip (3200), pyramid (3400): convex footprints without holes; on an L/T/U shape or a
  footprint with a courtyard they fall back to a flat roof at the eaves height (no straight skeleton).

Conventions: the ridge runs along the longer side of the minimum rotated rectangle unless a direction
(degrees from north) is given; a shed roof falls towards the southern of its two sides (faces the sun);
the pitch of a pyramid roof holds for the nearest footprint edge from the apex (the centroid); a ridge
height given wins over the pitch. Computed in coordinates relative to the footprint's first vertex and
rounded to a micrometre there, so faces meeting at a vertex get bit-identical coordinates.
"""

import math
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ..i18n import tr
from .footprint import (
    clip_half_plane,
    direction_from_azimuth,
    drop_collinear,
    is_convex,
    minimum_rotated_rectangle,
    open_ring,
    oriented,
    signed_area,
)

FLAT, SHED, GABLE, HIP, PYRAMID = "1000", "2100", "3100", "3200", "3400"
SUPPORTED = (FLAT, SHED, GABLE, HIP, PYRAMID)
PITCHED = (GABLE, HIP, PYRAMID)
DEFAULT_PITCH = {SHED: 10.0, GABLE: 35.0, HIP: 30.0, PYRAMID: 30.0}
MAX_PITCH = 75.0
ROOF, WALL, GROUND = "RoofSurface", "WallSurface", "GroundSurface"
SNAP = 1e-6


@dataclass
class RoofSpec:
    base_z: float
    eaves_height: float  # above base
    roof_type: str = FLAT
    pitch: Optional[float] = None  # degrees
    ridge_height: Optional[float] = None  # above base; wins over the pitch
    ridge_azimuth: Optional[float] = None  # degrees from north


@dataclass
class Solid:
    faces: list  # (surface type, polygon: list of closed (n, 3) rings)
    roof_type: str  # the roof actually built
    eaves_z: float
    ridge_z: float
    notes: list = field(default_factory=list)  # fallbacks and defaults, translated


class MassingProblem(ValueError):
    """A footprint or value that cannot give a building (translated message)."""


def build_solid(rings, spec):
    """Solid from footprint rings (exterior first, then holes; (n, 2|3) arrays, closed or open)."""
    if spec.eaves_height is None or not math.isfinite(spec.eaves_height) or spec.eaves_height <= 0:
        raise MassingProblem(tr("The eaves height must be greater than 0 m (got {}).").format(spec.eaves_height))
    exterior = drop_collinear(open_ring(rings[0]))
    if len(exterior) < 3 or abs(signed_area(exterior)) < 0.01:
        raise MassingProblem(tr("The footprint has no area."))
    origin = exterior[0].copy()
    exterior = oriented(exterior - origin, True)
    holes = []
    for hole in rings[1:]:
        hole = open_ring(hole)
        if len(hole) >= 3 and abs(signed_area(hole)) >= 0.01:
            holes.append(oriented(hole - origin, False))
    notes = []
    roof_type = str(spec.roof_type or FLAT)
    if roof_type not in SUPPORTED:
        notes.append(tr("Roof type {} cannot be generated; flat roof built instead.").format(roof_type))
        roof_type = FLAT
    if roof_type in PITCHED and (holes or not is_convex(exterior)):
        reason = tr("courtyard (hole)") if holes else tr("concave footprint (L/T/U shape)")
        notes.append(tr("Roof type {} needs a convex footprint without holes ({}); flat roof built instead.").format(roof_type, reason))
        roof_type = FLAT
    eaves = float(spec.eaves_height)
    builder = _RoofBuilder(exterior, holes, eaves, spec, notes)
    faces, ridge = {FLAT: builder.flat, SHED: builder.shed, GABLE: builder.gable, HIP: builder.hip, PYRAMID: builder.pyramid}[roof_type]()
    if ridge <= eaves + 1e-6 and roof_type != FLAT:
        notes.append(tr("Roof pitch 0°: flat roof built instead."))
        roof_type = FLAT
        faces, ridge = builder.flat()
    base = float(spec.base_z)
    shift = np.array([origin[0], origin[1], base])
    lifted = []
    for surface_type, polygon in faces:
        world = []
        for ring in polygon:
            closed = np.empty((len(ring) + 1, 3))
            closed[:-1] = np.round(ring / SNAP) * SNAP + shift
            closed[-1] = closed[0]
            world.append(closed)
        lifted.append((surface_type, world))
    return Solid(lifted, roof_type, base + eaves, base + ridge, notes)


class _RoofBuilder:
    """Faces in local coordinates (z above base) for one footprint."""

    def __init__(self, exterior, holes, eaves, spec, notes):
        self.exterior, self.holes, self.eaves, self.spec, self.notes = exterior, holes, eaves, spec, notes
        centre, along, length, width = minimum_rotated_rectangle(exterior)
        self.rectangle_width = width
        if spec.ridge_azimuth is not None and math.isfinite(spec.ridge_azimuth):
            along = direction_from_azimuth(spec.ridge_azimuth)
            across = np.array([-along[1], along[0]])
            projected = exterior @ across
            width = float(projected.max() - projected.min())
        self.along = along
        self.across = np.array([-along[1], along[0]])
        self.width = width

    def rings(self):
        return [self.exterior] + self.holes

    def slope(self, run, roof_type):
        """tan(pitch): from the ridge height over ``run`` when given, else from the pitch."""
        spec = self.spec
        if spec.ridge_height is not None and math.isfinite(spec.ridge_height):
            if spec.ridge_height < self.eaves:
                raise MassingProblem(tr("The ridge height {:.2f} m is below the eaves height {:.2f} m.").format(spec.ridge_height, self.eaves))
            return (spec.ridge_height - self.eaves) / run if run > 0 else 0.0
        pitch = spec.pitch
        if pitch is None or not math.isfinite(pitch):
            pitch = DEFAULT_PITCH[roof_type]
            self.notes.append(tr("No roof pitch given: {:g}° assumed.").format(pitch))
        if pitch < 0 or pitch > MAX_PITCH:
            raise MassingProblem(tr("The roof pitch {:g}° is outside 0–{:g}°.").format(pitch, MAX_PITCH))
        return math.tan(math.radians(pitch))

    # --- the roofs -------------------------------------------------------------------------------
    def flat(self):
        return self._assemble([(self.rings(), lambda p: np.full(len(p), self.eaves))], self._constant), self.eaves

    def shed(self):
        across = self.across if self.across[1] > 0 or (self.across[1] == 0 and self.across[0] > 0) else -self.across
        low = float((self.exterior @ across).min())
        tangent = self.slope(self.width, SHED)

        def height(points):
            return self.eaves + tangent * (points @ across - low)

        return self._assemble([(self.rings(), height)], height), self.eaves + tangent * self.width

    def gable(self):
        projected = self.exterior @ self.across
        middle = float(projected.min() + projected.max()) / 2.0
        half = self.width / 2.0
        tangent = self.slope(half, GABLE)

        def height(points):
            return self.eaves + tangent * (half - np.abs(points @ self.across - middle))

        pieces = []
        for sign in (1.0, -1.0):
            piece = clip_half_plane(self.exterior, sign * self.across, sign * middle)
            if piece is not None:
                pieces.append(([piece], height))
        return self._assemble(pieces, height, split=(self.across, middle)), self.eaves + tangent * half

    def hip(self):
        ring = self.exterior
        count = len(ring)
        normals, offsets = [], []
        for i in range(count):
            edge = ring[(i + 1) % count] - ring[i]
            inward = np.array([-edge[1], edge[0]]) / math.hypot(edge[0], edge[1])
            normals.append(inward)
            offsets.append(float(inward @ ring[i]))
        tangent = self.slope(self.rectangle_width / 2.0, HIP)
        pieces, top = [], self.eaves
        for i in range(count):
            face = ring
            for j in range(count):
                if j != i and face is not None:
                    face = clip_half_plane(face, normals[i] - normals[j], offsets[i] - offsets[j])
            if face is None:
                continue

            def height(points, i=i):
                return self.eaves + tangent * np.maximum(points @ normals[i] - offsets[i], 0.0)

            top = max(top, float(height(face).max()))
            pieces.append(([face], height))
        return self._assemble(pieces, self._constant), top

    def pyramid(self):
        ring = self.exterior
        apex_xy = _centroid(ring)
        count = len(ring)
        nearest = min(_distance_to_line(apex_xy, ring[i], ring[(i + 1) % count]) for i in range(count))
        tangent = self.slope(nearest, PYRAMID)
        apex = np.array([apex_xy[0], apex_xy[1], self.eaves + tangent * nearest])
        faces = [(GROUND, [_lift(ring[::-1], 0.0)])]
        for i in range(count):
            a, b = ring[i], ring[(i + 1) % count]
            faces.append((ROOF, [np.array([[a[0], a[1], self.eaves], [b[0], b[1], self.eaves], apex])]))
        faces.extend(self._walls(self._constant, None))
        return faces, float(apex[2])

    # --- assembly ------------------------------------------------------------------------------
    def _constant(self, points):
        return np.full(len(points), self.eaves)

    def _assemble(self, pieces, wall_height, split=None):
        """Ground + roof pieces (each [rings], height function) + walls."""
        faces = [(GROUND, [_lift(ring[::-1], 0.0) for ring in self.rings()])]
        for rings, height in pieces:
            faces.append((ROOF, [np.column_stack([ring, height(ring)]) for ring in rings]))
        faces.extend(self._walls(wall_height, split))
        return faces

    def _walls(self, height, split):
        faces = []
        for ring in self.rings():
            count = len(ring)
            for i in range(count):
                a, b = ring[i], ring[(i + 1) % count]
                top = [a]
                if split is not None:
                    normal, offset = split
                    da, db = float(normal @ a) - offset, float(normal @ b) - offset
                    if (da < 0 < db) or (db < 0 < da):
                        top.append(a + (da / (da - db)) * (b - a))
                top.append(b)
                top = np.array(top)
                top_z = height(top)
                bottom = [[a[0], a[1], 0.0], [b[0], b[1], 0.0]]
                upper = [[p[0], p[1], z] for p, z in zip(top[::-1], top_z[::-1])]
                faces.append((WALL, [np.array(bottom + upper)]))
        return faces


def _lift(ring, z):
    return np.column_stack([ring, np.full(len(ring), z)])


def _centroid(ring):
    x, y = ring[:, 0], ring[:, 1]
    x1, y1 = np.roll(x, -1), np.roll(y, -1)
    cross = x * y1 - x1 * y
    area = cross.sum() / 2.0
    return np.array([((x + x1) * cross).sum() / (6 * area), ((y + y1) * cross).sum() / (6 * area)])


def _distance_to_line(point, a, b):
    edge = b - a
    return abs(edge[0] * (point[1] - a[1]) - edge[1] * (point[0] - a[0])) / math.hypot(edge[0], edge[1])
