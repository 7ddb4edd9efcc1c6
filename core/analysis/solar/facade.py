"""Sample points on façades (WallSurface), lifted off the wall and facing outwards."""

from dataclasses import dataclass

import numpy as np

from ...errors import UrbanTwinError
from ...i18n import tr
from .geometry import MissingZError, make_facet, orient_facet, polygons_from_wkb, sample_points

WALL = "WallSurface"


@dataclass
class FacadePoints:
    points: np.ndarray  # (N, 3), already off the wall
    normals: np.ndarray  # (N, 3) outward unit normals
    surface_id: list
    building_id: list


def facade_points(records, spacing=3.0, max_points=50, offset=1.0):
    """Points on every wall, ``spacing`` apart (at most ``max_points`` per wall), ``offset`` m in front of it."""
    facets_by_record, centres = [], {}
    for index, record in enumerate(records):
        try:
            polygons = polygons_from_wkb(record.wkb)
        except MissingZError as err:
            raise UrbanTwinError(err.message, obj=record.surface_id) from None
        facets = [f for f in (make_facet(index, rings) for rings in polygons if rings) if f is not None]
        for facet in facets:
            centres.setdefault(record.building_id, []).append(facet.origin)
        if record.surface_type == WALL:
            facets_by_record.append((record, facets))
    if not facets_by_record:
        raise UrbanTwinError(tr("The layer has no wall surfaces (surface_type = WallSurface) for façade points."))
    points, normals, surface_ids, building_ids = [], [], [], []
    for record, facets in facets_by_record:
        centre = np.mean(centres[record.building_id], axis=0)
        for facet in facets:
            if abs(facet.normal[2]) > 0.5:
                continue  # not a wall in fact (sloped or flat)
            orient_facet(facet, up=False, outward_from=centre)
            horizontal = np.array([facet.normal[0], facet.normal[1], 0.0])
            horizontal /= np.linalg.norm(horizontal)
            world = facet.to_world(sample_points(facet, spacing, max_points)) + horizontal * offset
            points.append(world)
            normals.append(np.repeat(horizontal[None, :], world.shape[0], axis=0))
            surface_ids.extend([record.surface_id] * world.shape[0])
            building_ids.extend([record.building_id] * world.shape[0])
    return FacadePoints(np.vstack(points), np.vstack(normals), surface_ids, building_ids)
