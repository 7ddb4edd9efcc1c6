"""Triangle meshes of buildings for glTF/3D Tiles: every shell polygon triangulated with its own flat normal."""

from dataclasses import dataclass, field

import numpy as np

from .triangulate import triangulate_polygon


@dataclass
class BuildingInput:
    """One building to export: id, shell polygons (source CRS, metres), properties, colour (r, g, b in 0..1)."""

    building_id: str
    polygons: list
    properties: dict = field(default_factory=dict)
    color: tuple = (0.85, 0.85, 0.85)

    def centroid_xy(self):
        points = np.vstack([ring for polygon in self.polygons for ring in polygon[:1]])
        return float(points[:, 0].mean()), float(points[:, 1].mean())


def building_triangles(polygons):
    """(positions (n, 3) float64, normals (n, 3), triangles (m, 3)) of one building; vertices are shared
    within a polygon only (flat shading), degenerate polygons are dropped."""
    positions, normals, triangles, offset = [], [], [], 0
    for polygon in polygons:
        points, tris, normal = triangulate_polygon(polygon)
        if len(tris) == 0:
            continue
        if len(tris) == len(points) - 2 and int(tris.max()) == len(points) - 1:  # a fan uses every point
            used, remapped = points, tris + offset
        else:
            keep = np.unique(tris)
            remap = np.full(len(points), -1, dtype=np.int64)
            remap[keep] = np.arange(len(keep)) + offset
            used, remapped = points[keep], remap[tris]
        positions.append(used)
        normals.append(np.repeat(normal[None, :], len(used), axis=0))
        triangles.append(remapped)
        offset += len(used)
    if not positions:
        return np.zeros((0, 3)), np.zeros((0, 3)), np.zeros((0, 3), dtype=np.int64)
    return np.vstack(positions), np.vstack(normals), np.vstack(triangles)
