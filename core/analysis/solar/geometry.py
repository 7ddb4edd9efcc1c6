"""Planar facets from MultiPolygonZ WKB: Newell normals, areas, plane coordinates, sample points.

A *facet* is one polygon (with holes) of a surface feature; a feature (one semantic surface)
may hold several. Everything is numpy; QGIS is only used to buffer a polygon inwards.
"""

import struct

import numpy as np
from matplotlib.path import Path

from ...errors import InputFormatError
from ...geometry3d import newell_vector
from ...i18n import tr

WKB_POLYGON, WKB_MULTIPOLYGON = 3, 6


class MissingZError(InputFormatError):
    """A surface has only 2D coordinates; heights are needed."""


def _read_polygon(buffer, offset, order, dims):
    (ring_count,) = struct.unpack_from(order + "I", buffer, offset)
    offset += 4
    rings = []
    for _ in range(ring_count):
        (count,) = struct.unpack_from(order + "I", buffer, offset)
        offset += 4
        dtype = np.dtype(order + "f8")
        coords = np.frombuffer(buffer, dtype=dtype, count=count * dims, offset=offset).reshape(count, dims)
        offset += 8 * count * dims
        rings.append(np.array(coords[:, :3], dtype=float))
    return rings, offset


def _read_header(buffer, offset):
    order = "<" if buffer[offset] == 1 else ">"
    (code,) = struct.unpack_from(order + "I", buffer, offset + 1)
    has_z = bool(code & 0x80000000) or (1000 <= (code & 0xFFFF) < 2000) or (3000 <= (code & 0xFFFF) < 4000)
    has_m = bool(code & 0x40000000) or (2000 <= (code & 0xFFFF) < 4000)
    base = (code & 0x0FFFFFFF) % 1000
    return order, base, has_z, has_m, offset + 5


def polygons_from_wkb(wkb):
    """List of polygons (each a list of rings, ring = (n, 3) array). Raises MissingZError for 2D."""
    buffer = bytes(wkb)
    order, base, has_z, has_m, offset = _read_header(buffer, 0)
    if not has_z:
        raise MissingZError(tr("The geometry has no Z coordinates; 3D surfaces (MultiPolygonZ) are needed."))
    dims = 3 + (1 if has_m else 0)
    if base == WKB_POLYGON:
        rings, _ = _read_polygon(buffer, offset, order, dims)
        return [rings]
    if base != WKB_MULTIPOLYGON:
        raise InputFormatError(tr("Only polygon geometries are supported here."))
    (count,) = struct.unpack_from(order + "I", buffer, offset)
    offset += 4
    polygons = []
    for _ in range(count):
        order_part, _, _, _, offset = _read_header(buffer, offset)
        rings, offset = _read_polygon(buffer, offset, order_part, dims)
        polygons.append(rings)
    return polygons


def tilt_azimuth(normal):
    """Tilt (0 = facing up) and azimuth (clockwise from north) in degrees of unit normals (…, 3)."""
    normal = np.asarray(normal, dtype=float)
    tilt = np.degrees(np.arccos(np.clip(normal[..., 2], -1.0, 1.0)))
    azimuth = np.mod(np.degrees(np.arctan2(normal[..., 0], normal[..., 1])), 360.0)
    return tilt, azimuth


def plane_basis(normal):
    """Two unit vectors spanning the plane: e1 horizontal (or east for flat planes), e2 = n × e1."""
    nx, ny, nz = float(normal[0]), float(normal[1]), float(normal[2])
    length = (nx * nx + ny * ny) ** 0.5
    if length > 1e-6:
        ex, ey = -ny / length, nx / length
    else:
        ex, ey = 1.0, 0.0
    # e2 = n × e1 with e1 = (ex, ey, 0)
    return np.array([ex, ey, 0.0]), np.array([-nz * ey, nz * ex, nx * ey - ny * ex])


class Facet:
    """One planar polygon: ``feature`` index, unit ``normal``, 3D ``area``, ``origin`` (ring centroid), 3D ``rings``;
    ``uv_rings`` (rings in plane coordinates) are computed on first use."""

    __slots__ = ("feature", "normal", "area", "origin", "rings", "_uv")

    def __init__(self, feature, normal, area, origin, rings):
        self.feature, self.normal, self.area, self.origin, self.rings = feature, normal, area, origin, rings
        self._uv = None

    @property
    def uv_rings(self):
        if self._uv is None:
            e1, e2 = plane_basis(self.normal)
            self._uv = [np.column_stack([(r - self.origin) @ e1, (r - self.origin) @ e2]) for r in self.rings if r.shape[0] >= 3]
        return self._uv

    def to_world(self, uv):
        e1, e2 = plane_basis(self.normal)
        return self.origin + uv[:, :1] * e1 + uv[:, 1:2] * e2


def make_facet(feature, rings, min_area=0.01):
    """Facet from rings or None when degenerate (area below ``min_area`` m², fewer than 3 points)."""
    exterior = rings[0]
    if exterior.shape[0] < 3 or not np.isfinite(exterior).all():
        return None
    vector = newell_vector(exterior)
    for hole in rings[1:]:
        if hole.shape[0] >= 3:
            hole_vector = newell_vector(hole)
            vector = vector - hole_vector if np.dot(vector, hole_vector) > 0 else vector + hole_vector
    length = float(np.sqrt(np.dot(vector, vector)))
    area = length / 2.0
    if area < min_area:
        return None
    closed = (exterior[0] == exterior[-1]).all()
    origin = (exterior[:-1] if closed else exterior).mean(axis=0)
    return Facet(feature, vector / length, area, origin, rings)


def orient_facet(facet, up=True, outward_from=None):
    """Flip a facet's normal up (roofs) or away from ``outward_from`` (walls)."""
    flip = False
    if up:
        flip = facet.normal[2] < 0
    elif outward_from is not None:
        direction = facet.origin[:2] - np.asarray(outward_from)[:2]
        flip = float(np.dot(facet.normal[:2], direction)) < 0
    if flip:
        facet.normal = -facet.normal
        facet._uv = None
    return facet


def _inside(uv_rings, points):
    inside = Path(uv_rings[0]).contains_points(points)
    for hole in uv_rings[1:]:
        inside &= ~Path(hole).contains_points(points)
    return inside


def sample_points(facet, spacing, max_points):
    """Regular grid points (plane coordinates) inside the facet; at least one (a point on the surface)."""
    exterior = facet.uv_rings[0]
    planar_area = max(facet.area, 1e-6)
    if planar_area / (spacing * spacing) > max_points:
        spacing = np.sqrt(planar_area / max_points)
    low, high = exterior.min(axis=0), exterior.max(axis=0)
    us = np.arange(low[0] + spacing / 2.0, high[0], spacing)
    vs = np.arange(low[1] + spacing / 2.0, high[1], spacing)
    if us.size and vs.size:
        grid = np.column_stack([g.ravel() for g in np.meshgrid(us, vs)])
        grid = grid[_inside(facet.uv_rings, grid)]
        if grid.shape[0] > max_points:
            grid = grid[np.linspace(0, grid.shape[0] - 1, max_points).astype(int)]
        if grid.shape[0]:
            return grid
    return np.asarray([_point_on_surface(facet)])


def _point_on_surface(facet):
    from qgis.core import QgsGeometry, QgsPointXY

    polygon = QgsGeometry.fromPolygonXY([[QgsPointXY(float(u), float(v)) for u, v in ring] for ring in facet.uv_rings])
    point = polygon.pointOnSurface()
    if point.isEmpty():
        return facet.uv_rings[0].mean(axis=0)
    p = point.asPoint()
    return np.array([p.x(), p.y()])


def inner_area(facet, clearance):
    """Area (m², in the facet's plane) left after an edge clearance (inward buffer)."""
    if clearance <= 0:
        return facet.area
    from qgis.core import QgsGeometry, QgsPointXY

    polygon = QgsGeometry.fromPolygonXY([[QgsPointXY(float(u), float(v)) for u, v in ring] for ring in facet.uv_rings])
    shrunk = polygon.buffer(-clearance, 2)
    if shrunk is None or shrunk.isEmpty():
        return 0.0
    return float(shrunk.area())
