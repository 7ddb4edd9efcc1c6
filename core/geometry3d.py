"""3D ring geometry shared by the city model import, the solar analyses and the sample generator."""

import numpy as np


def newell_vector(ring):
    """Newell's vector of a ring (closed or open, array-like of x, y, z); its length is twice the area.

    Computed relative to the first point: with UTM-sized coordinates the products would otherwise lose digits.
    """
    points = np.asarray(ring, dtype=float)
    if len(points) and not (points[0] == points[-1]).all():
        points = np.vstack([points, points[:1]])
    points = points - points[0]
    x, y, z = points[:, 0], points[:, 1], points[:, 2]
    x0, x1, y0, y1, z0, z1 = x[:-1], x[1:], y[:-1], y[1:], z[:-1], z[1:]
    return np.array([float(np.dot(y0 - y1, z0 + z1)), float(np.dot(z0 - z1, x0 + x1)), float(np.dot(x0 - x1, y0 + y1))])
