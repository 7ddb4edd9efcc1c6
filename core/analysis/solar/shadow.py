"""Shadow polygons of buildings on flat local ground for given sun positions.

Every vertex of a building's roof and wall faces is projected along the sun ray onto the
building's ground plane z0 (its lowest point):
``x' = x − (z − z0)/tan(alt) · sin(az)``, ``y' = y − (z − z0)/tan(alt) · cos(az)``.
The shadow of the solid is the union of the projected faces (which covers the footprint, too).
Terrain is ignored (flat ground per building) — the method of QuickShadow, pybdshadow and
H2GIS ST_GeometryShadow.
"""

from dataclasses import dataclass

import numpy as np

from ...errors import UrbanTwinError
from ...i18n import tr
from .geometry import MissingZError, make_facet, polygons_from_wkb

MIN_ELEVATION = 2.0  # below this a 20 m building casts a shadow longer than 570 m


@dataclass
class BuildingSolid:
    building_id: str
    faces: list  # rings (n, 3) of roof and wall faces, exterior rings only
    holes: list  # per face: list of hole rings
    base_z: float


def group_buildings(records):
    """Records (building_id, wkb, surface_type or None) → BuildingSolid per building id."""
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
            faces.setdefault(record.building_id, []).append(rings)
    return [
        BuildingSolid(building_id, [r[0] for r in rings_list], [r[1:] for r in rings_list], z_min[building_id])
        for building_id, rings_list in faces.items()
    ]


def shadow_offset(height, elevation, azimuth):
    """Horizontal displacement (dx, dy) of a point ``height`` above the ground for a sun position."""
    length = np.asarray(height) / np.tan(np.radians(elevation))
    return -length * np.sin(np.radians(azimuth)), -length * np.cos(np.radians(azimuth))


def building_shadow(solid, elevation, azimuth):
    """QgsGeometry (2D polygon/multipolygon) of one building's shadow, and its length (m)."""
    from qgis.core import QgsGeometry, QgsLineString, QgsPolygon

    if elevation < MIN_ELEVATION:
        raise UrbanTwinError(tr("The sun is below {}° elevation; no shadow polygons are computed.").format(MIN_ELEVATION))
    parts = []
    longest = 0.0
    for ring, holes in zip(solid.faces, solid.holes):
        height = np.maximum(ring[:, 2] - solid.base_z, 0.0)
        dx, dy = shadow_offset(height, elevation, azimuth)
        longest = max(longest, float(np.max(np.hypot(dx, dy))))
        x, y = ring[:, 0] + dx, ring[:, 1] + dy
        if abs(0.5 * np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y)) < 1e-6:
            continue  # a wall parallel to the sun ray projects to a line
        polygon = QgsPolygon(QgsLineString(x.tolist(), y.tolist()))
        for hole in holes:
            hdx, hdy = shadow_offset(np.maximum(hole[:, 2] - solid.base_z, 0.0), elevation, azimuth)
            polygon.addInteriorRing(QgsLineString((hole[:, 0] + hdx).tolist(), (hole[:, 1] + hdy).tolist()))
        parts.append(QgsGeometry(polygon))
    if not parts:
        return None, 0.0
    shadow = QgsGeometry.unaryUnion(parts)
    return shadow, longest
