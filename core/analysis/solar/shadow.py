"""Shadow polygons of buildings on flat local ground for given sun positions.

Every vertex of a building's roof and wall faces is projected along the sun ray onto the
building's ground plane z0 (its lowest point):
``x' = x − (z − z0)/tan(alt) · sin(az)``, ``y' = y − (z − z0)/tan(alt) · cos(az)``.
The shadow of the solid is the union of the projected faces (which covers the footprint, too).
Terrain is ignored (flat ground per building) — the method of QuickShadow, pybdshadow and
H2GIS ST_GeometryShadow.
"""

import struct
from dataclasses import dataclass

import numpy as np

from ...errors import UrbanTwinError
from ...i18n import tr
from .geometry import MissingZError, make_facet, polygons_from_wkb

MIN_ELEVATION = 2.0  # below this a 20 m building casts a shadow longer than 570 m


@dataclass
class BuildingSolid:
    """A building's roof and wall faces as one vertex array (x, y, height above its lowest point)."""

    building_id: str
    vertices: np.ndarray  # (n, 3): x, y, z − base_z
    ring_sizes: list  # vertices per ring (closed rings)
    polygon_rings: list  # rings per face (1 + holes)
    base_z: float


def group_buildings(records):
    """Records (building_id, wkb, surface_type) → one BuildingSolid per building id."""
    faces, z_min = {}, {}
    for record in records:
        try:
            polygons = polygons_from_wkb(record.wkb)
        except MissingZError as err:
            raise UrbanTwinError(err.message, obj=record.surface_id) from None
        for rings in polygons:
            facet = make_facet(0, rings)
            if facet is None:
                continue
            z_min[record.building_id] = min(z_min.get(record.building_id, np.inf), float(rings[0][:, 2].min()))
            if record.surface_type == "GroundSurface" or facet.normal[2] < -0.99:
                continue  # ground faces project onto themselves and never add shadow
            if rings[0].shape[0] >= 4:  # closed rings only (WKB polygons are closed)
                faces.setdefault(record.building_id, []).append([r for r in rings if r.shape[0] >= 4])
    solids = []
    for building_id, face_list in faces.items():
        rings = [ring for face in face_list for ring in face]
        vertices = np.vstack(rings).copy()
        vertices[:, 2] = np.maximum(vertices[:, 2] - z_min[building_id], 0.0)
        solids.append(BuildingSolid(building_id, vertices, [r.shape[0] for r in rings], [len(face) for face in face_list], z_min[building_id]))
    return solids


def shadow_offset(height, elevation, azimuth):
    """Horizontal displacement (dx, dy) of a point ``height`` above the ground for a sun position."""
    length = np.asarray(height) / np.tan(np.radians(elevation))
    return -length * np.sin(np.radians(azimuth)), -length * np.cos(np.radians(azimuth))


def _multipolygon_wkb(xy, ring_sizes, polygon_rings):
    """2D MultiPolygon WKB from projected vertices; faces that collapse to a line are left out."""
    ends = np.cumsum(ring_sizes)
    starts = ends - np.asarray(ring_sizes)
    x, y = xy[:, 0], xy[:, 1]
    cross = np.append(x[:-1] * y[1:] - x[1:] * y[:-1], 0.0)
    cross[ends - 1] = 0.0  # pairs across two rings do not count (rings are closed)
    areas = np.abs(np.add.reduceat(cross, starts)) / 2.0
    pieces, count, ring = [], 0, 0
    for rings_in_face in polygon_rings:
        first = ring
        ring += rings_in_face
        if areas[first] < 1e-6:
            continue
        count += 1
        pieces.append(struct.pack("<BII", 1, 3, rings_in_face))
        for r in range(first, ring):
            pieces.append(struct.pack("<I", ring_sizes[r]))
            pieces.append(xy[starts[r] : ends[r]].tobytes())
    return struct.pack("<BII", 1, 6, count) + b"".join(pieces), count


def building_shadow(solid, elevation, azimuth):
    """QgsGeometry (2D polygon/multipolygon) of one building's shadow, and its length (m)."""
    from qgis.core import QgsGeometry

    if elevation < MIN_ELEVATION:
        raise UrbanTwinError(tr("The sun is below {}° elevation; no shadow polygons are computed.").format(MIN_ELEVATION))
    dx, dy = shadow_offset(solid.vertices[:, 2], elevation, azimuth)
    xy = np.ascontiguousarray(np.column_stack([solid.vertices[:, 0] + dx, solid.vertices[:, 1] + dy]), dtype="<f8")
    wkb, count = _multipolygon_wkb(xy, solid.ring_sizes, solid.polygon_rings)
    if not count:
        return None, 0.0
    faces = QgsGeometry()
    faces.fromWkb(wkb)
    shadow = QgsGeometry.unaryUnion([faces])
    return shadow, float(np.max(np.hypot(dx, dy)))
