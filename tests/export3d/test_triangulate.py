"""Triangulation of planar 3D polygons: areas by the shoelace formula, winding along the polygon's normal, holes."""

import numpy as np
import pytest

from urban_twin.core.export3d.triangulate import triangulate_2d, triangulate_polygon


def _area_and_winding(points, triangles, normal):
    total, aligned = 0.0, True
    for a, b, c in triangles:
        cross = np.cross(points[b] - points[a], points[c] - points[a])
        total += float(np.linalg.norm(cross)) / 2.0
        aligned &= float(cross @ normal) > 0
    return total, aligned


@pytest.mark.parametrize("ring, area", [
    ([(0, 0, 0), (10, 0, 0), (10, 2, 0), (2, 2, 0), (2, 10, 0), (0, 10, 0)], 36.0),  # L-shaped roof, counter-clockwise
    ([(0, 0, 0), (0, 10, 0), (2, 10, 0), (2, 2, 0), (10, 2, 0), (10, 0, 0)], 36.0),  # the same, clockwise (ground)
    ([(0, 0, 0), (8, 0, 0), (8, 0, 5), (4, 0, 8), (0, 0, 5)], 52.0),  # gable wall, convex
    ([(0, 0, 0), (10, 0, 0), (10, 0, 5), (6, 0, 5), (6, 0, 8), (0, 0, 8)], 68.0),  # stepped wall, concave
    ([(0, 0, 0), (5, 0, 0), (10, 0, 0), (10, 4, 3), (0, 4, 3)], 50.0),  # collinear point on a sloped roof
])
def test_single_rings(ring, area):
    points, triangles, normal = triangulate_polygon([np.array(ring + [ring[0]], dtype=float)])
    total, aligned = _area_and_winding(points, triangles, normal)
    assert total == pytest.approx(area)
    assert aligned
    newell = np.zeros(3)
    closed = np.array(ring + [ring[0]], dtype=float)
    for p, q in zip(closed[:-1], closed[1:]):
        newell += np.cross(p, q)
    assert normal == pytest.approx(newell / np.linalg.norm(newell))


def test_holes_are_left_open():
    outer = np.array([(0, 0), (10, 0), (10, 10), (0, 10)], dtype=float)
    holes = [np.array([(3, 3), (3, 6), (6, 6), (6, 3)], dtype=float), np.array([(7, 7), (8, 7), (8, 8), (7, 8)], dtype=float)]
    points, triangles = triangulate_2d(outer, holes)
    areas = [float(np.cross(points[b] - points[a], points[c] - points[a])) / 2.0 for a, b, c in triangles]
    assert sum(areas) == pytest.approx(100 - 9 - 1)
    assert min(areas) > 0
    centroids = points[triangles].mean(axis=1)
    inside_hole = (centroids[:, 0] > 3) & (centroids[:, 0] < 6) & (centroids[:, 1] > 3) & (centroids[:, 1] < 6)
    assert not inside_hole.any()
