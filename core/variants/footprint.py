"""2D footprint helpers on numpy rings (x, y; open rings, no repeated closing point): orientation,
simplification, convex hull, minimum rotated rectangle and half-plane clipping."""

import math

import numpy as np

EPSILON = 1e-9


def signed_area(ring):
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]) + x[-1] * y[0] - x[0] * y[-1])


def open_ring(points):
    """(n, 2) float array without the closing point and without consecutive duplicates (1 µm)."""
    ring = np.asarray(points, dtype=float)[:, :2]
    if len(ring) < 2:
        return ring
    keep = np.ones(len(ring), dtype=bool)
    keep[1:] = np.abs(np.diff(ring, axis=0)).max(axis=1) > 1e-6
    ring = ring[keep]
    while len(ring) > 1 and float(np.abs(ring[0] - ring[-1]).max()) <= 1e-6:
        ring = ring[:-1]
    return ring


def drop_collinear(ring, tolerance=1e-6):
    """Remove vertices lying on the straight line of their neighbours (they would make flat roof
    faces of zero width in the hip roof); one vertex at a time where several in a row are collinear."""
    while len(ring) > 3:
        previous, following = np.roll(ring, 1, axis=0), np.roll(ring, -1, axis=0)
        ab, ac = ring - previous, following - previous
        lengths = np.hypot(ac[:, 0], ac[:, 1])
        offsets = np.abs(ab[:, 0] * ac[:, 1] - ab[:, 1] * ac[:, 0]) / np.maximum(lengths, EPSILON)
        collinear = np.flatnonzero((offsets < tolerance) | (lengths < EPSILON))
        if not collinear.size:
            break
        ring = np.delete(ring, collinear[0], axis=0)
    return ring


def oriented(ring, counter_clockwise=True):
    if (signed_area(ring) > 0) != counter_clockwise:
        return ring[::-1].copy()
    return ring


def convex_hull(points):
    """Monotone chain; counter-clockwise, no repeated point."""
    pts = sorted(set(map(tuple, np.asarray(points, dtype=float)[:, :2])))
    if len(pts) < 3:
        return np.array(pts)

    def half(sequence):
        chain = []
        for p in sequence:
            while len(chain) >= 2 and _cross(chain[-2], chain[-1], p) <= 0:
                chain.pop()
            chain.append(p)
        return chain

    lower, upper = half(pts), half(reversed(pts))
    return np.array(lower[:-1] + upper[:-1])


def _cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def is_convex(ring, tolerance=1e-6):
    """True when the (simple) ring's area equals its hull's area (collinear vertices allowed)."""
    hull = convex_hull(ring)
    return len(hull) >= 3 and abs(signed_area(hull)) - abs(signed_area(ring)) <= tolerance * max(1.0, abs(signed_area(ring)))


def minimum_rotated_rectangle(points):
    """(centre (2,), unit vector along the longer side, length, width) of the smallest-area enclosing rectangle
    (rotating calipers over the hull edges). Ties go to the first hull edge."""
    hull = convex_hull(points)
    best = None
    for i in range(len(hull)):
        edge = hull[(i + 1) % len(hull)] - hull[i]
        norm = math.hypot(edge[0], edge[1])
        if norm < EPSILON:
            continue
        u = edge / norm
        v = np.array([-u[1], u[0]])
        pu, pv = hull @ u, hull @ v
        area = (pu.max() - pu.min()) * (pv.max() - pv.min())
        if best is None or area < best[0] - 1e-9:
            best = (area, u, v, pu.min(), pu.max(), pv.min(), pv.max())
    _area, u, v, u0, u1, v0, v1 = best
    centre = u * (u0 + u1) / 2.0 + v * (v0 + v1) / 2.0
    length, width = u1 - u0, v1 - v0
    if width > length:
        u, length, width = v, width, length
    return centre, u, length, width


def direction_from_azimuth(degrees_from_north):
    radians = math.radians(degrees_from_north)
    return np.array([math.sin(radians), math.cos(radians)])


def clip_half_plane(ring, normal, offset):
    """Part of a convex ring where ``normal · p <= offset`` (Sutherland–Hodgman with one plane)."""
    nx, ny = float(normal[0]), float(normal[1])
    points = ring.tolist()
    distances = [nx * x + ny * y - offset for x, y in points]
    if max(distances) <= 0:
        return ring
    result = []
    count = len(points)
    for i in range(count):
        a, b = points[i], points[(i + 1) % count]
        da, db = distances[i], distances[(i + 1) % count]
        if da <= 0:
            result.append(a)
        if (da < 0 < db) or (db < 0 < da):
            t = da / (da - db)
            result.append([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])])
    if len(result) < 3:
        return None
    clipped = open_ring(np.array(result))
    if len(clipped) < 3 or abs(signed_area(clipped)) < 1e-8:
        return None
    return clipped
