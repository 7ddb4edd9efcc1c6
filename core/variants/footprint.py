"""2D footprint helpers on numpy rings (x, y; open rings, no repeated closing point): orientation,
simplification, convex hull, minimum rotated rectangle and half-plane clipping."""

import math

import numpy as np

EPSILON = 1e-9


def signed_area(ring):
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y))


def open_ring(points):
    """(n, 2) float array without the closing point and without consecutive duplicates."""
    ring = np.asarray(points, dtype=float)[:, :2]
    if len(ring) > 1 and np.allclose(ring[0], ring[-1], rtol=0.0, atol=1e-9):
        ring = ring[:-1]
    keep = [0] + [i for i in range(1, len(ring)) if not np.allclose(ring[i], ring[i - 1], rtol=0.0, atol=1e-6)]
    ring = ring[keep]
    if len(ring) > 1 and np.allclose(ring[0], ring[-1], rtol=0.0, atol=1e-6):
        ring = ring[:-1]
    return ring


def drop_collinear(ring, tolerance=1e-6):
    """Remove vertices lying on the straight line of their neighbours (they would make flat roof
    faces of zero width in the hip roof)."""
    changed = True
    while changed and len(ring) > 3:
        changed = False
        for i in range(len(ring)):
            a, b, c = ring[i - 1], ring[i], ring[(i + 1) % len(ring)]
            ab, ac = b - a, c - a
            length = math.hypot(ac[0], ac[1])
            if length < EPSILON or abs(ab[0] * ac[1] - ab[1] * ac[0]) / length < tolerance:
                ring = np.delete(ring, i, axis=0)
                changed = True
                break
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
    result = []
    count = len(ring)
    for i in range(count):
        a, b = ring[i], ring[(i + 1) % count]
        da, db = float(normal @ a) - offset, float(normal @ b) - offset
        if da <= 0:
            result.append(a)
        if (da < 0 < db) or (db < 0 < da):
            t = da / (da - db)
            result.append(a + t * (b - a))
    if len(result) < 3:
        return None
    clipped = open_ring(np.array(result))
    if len(clipped) < 3 or abs(signed_area(clipped)) < 1e-8:
        return None
    return clipped
