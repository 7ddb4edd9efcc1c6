"""Triangulation of planar 3D polygons with holes: ear clipping after bridging the holes into the outer ring.

Pure numpy/Python (no poly2tri, no GEOS constrained triangulation in QGIS 3.22): the triangles use exactly the
input vertices, so neighbouring faces that share vertices stay connected in the mesh. Convex rings without
holes (most LoD2 faces) take the fast fan path.
"""

import numpy as np

EPS = 1e-12


def _signed_area(points):
    x, y = points[:, 0], points[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y))


def _open(ring):
    ring = np.asarray(ring, dtype=float)
    if len(ring) > 1 and np.allclose(ring[0], ring[-1]):
        ring = ring[:-1]
    # drop consecutive duplicates (they make zero-length edges)
    if len(ring) > 1:
        keep = np.ones(len(ring), dtype=bool)
        keep[1:] = np.any(np.abs(np.diff(ring, axis=0)) > 1e-9, axis=1)
        ring = ring[keep]
    return ring


def _segments_cross(p, q, a, b):
    """Proper intersection of segments pq and ab (touching at end points does not count)."""
    def orient(u, v, w):
        return (v[0] - u[0]) * (w[1] - u[1]) - (v[1] - u[1]) * (w[0] - u[0])

    d1, d2 = orient(p, q, a), orient(p, q, b)
    d3, d4 = orient(a, b, p), orient(a, b, q)
    return ((d1 > EPS and d2 < -EPS) or (d1 < -EPS and d2 > EPS)) and ((d3 > EPS and d4 < -EPS) or (d3 < -EPS and d4 > EPS))


def _bridge(outer_idx, hole_idx, points, all_rings):
    """Splice a hole (index list) into the outer index list through a mutually visible vertex pair."""
    hole_pts = points[hole_idx]
    start = int(np.argmax(hole_pts[:, 0]))
    m = hole_pts[start]
    candidates = sorted(range(len(outer_idx)), key=lambda i: float(np.sum((points[outer_idx[i]] - m) ** 2)))
    edges = [(points[r[i]], points[r[(i + 1) % len(r)]]) for r in all_rings for i in range(len(r))]
    chosen = candidates[0]
    for i in candidates:
        v = points[outer_idx[i]]
        if v[0] < m[0] - 1e-9 and i != candidates[-1]:
            pass  # prefer vertices to the right, but accept any visible one
        if not any(_segments_cross(m, v, a, b) for a, b in edges):
            chosen = i
            break
    hole_cycle = hole_idx[start:] + hole_idx[:start]
    return outer_idx[:chosen + 1] + hole_cycle + [hole_cycle[0], outer_idx[chosen]] + outer_idx[chosen + 1:]


def _is_convex(points):
    edges = np.roll(points, -1, axis=0) - points
    cross = edges[:, 0] * np.roll(edges[:, 1], -1) - edges[:, 1] * np.roll(edges[:, 0], -1)
    return bool((cross >= -EPS).all())


def _ear_clip(index, points):
    """Ear clipping on an index cycle (plain Python: the rings are short, numpy would cost more than it saves)."""
    pts = {i: (float(points[i][0]), float(points[i][1])) for i in index}
    triangles = []
    index = list(index)

    def cross(a, b, c):
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])

    guard = 0
    while len(index) > 3 and guard < 10 * len(index) + 100:
        guard += 1
        n = len(index)
        clipped = False
        for i in range(n):
            ia, ib, ic = index[i - 1], index[i], index[(i + 1) % n]
            a, b, c = pts[ia], pts[ib], pts[ic]
            if cross(a, b, c) <= EPS:
                continue
            blocked = False
            for j in index:
                if j in (ia, ib, ic):
                    continue
                p = pts[j]
                if p == a or p == b or p == c:
                    continue  # a bridge duplicate of a corner
                if cross(a, b, p) >= -EPS and cross(b, c, p) >= -EPS and cross(c, a, p) >= -EPS:
                    blocked = True
                    break
            if blocked:
                continue
            triangles.append((ia, ib, ic))
            del index[i]
            clipped = True
            break
        if not clipped:
            # degenerate rest (collinear or self-touching): drop the flattest vertex
            flattest = min(range(n), key=lambda k: abs(cross(pts[index[k - 1]], pts[index[k]], pts[index[(k + 1) % n]])))
            del index[flattest]
    if len(index) == 3 and cross(pts[index[0]], pts[index[1]], pts[index[2]]) > EPS:
        triangles.append(tuple(index))
    return triangles


def triangulate_2d(outer, holes=()):
    """Triangles (indices into the concatenation of outer and hole points, without closing points) of a 2D
    polygon; returns (points (n, 2), triangles (m, 3)), counter-clockwise triangles."""
    rings = [_open(outer)] + [_open(h) for h in holes]
    rings = [r for r in rings if len(r) >= 3]
    if not rings:
        return np.zeros((0, 2)), np.zeros((0, 3), dtype=np.int64)
    if _signed_area(rings[0][:, :2]) < 0:
        rings[0] = rings[0][::-1]
    for k in range(1, len(rings)):
        if _signed_area(rings[k][:, :2]) > 0:
            rings[k] = rings[k][::-1]
    points = np.vstack([r[:, :2] for r in rings])
    offsets = np.cumsum([0] + [len(r) for r in rings])
    ring_idx = [list(range(offsets[k], offsets[k + 1])) for k in range(len(rings))]
    if len(rings) == 1 and _is_convex(points):
        n = len(points)
        triangles = [(0, i, i + 1) for i in range(1, n - 1)]
        triangles = [t for t in triangles if abs(_signed_area(points[list(t)])) > EPS]
        return points, np.array(triangles, dtype=np.int64).reshape(-1, 3)
    outer_idx = ring_idx[0]
    holes_sorted = sorted(ring_idx[1:], key=lambda r: -float(points[r][:, 0].max()))
    for k, hole in enumerate(holes_sorted):
        outer_idx = _bridge(outer_idx, hole, points, [outer_idx] + holes_sorted[k + 1:] + [hole])
    return points, np.array(_ear_clip(outer_idx, points), dtype=np.int64).reshape(-1, 3)


def _fast_convex(ring):
    """Fan triangles of a convex ring without holes in plain Python (numpy costs more than it saves on the
    4–6 points of a typical LoD2 face); None when the ring is not convex or degenerate."""
    points = ring.tolist()
    if len(points) > 1 and points[0] == points[-1]:
        points = points[:-1]
    n = len(points)
    if n < 3:
        return None
    ox, oy, oz = points[0]
    nx = ny = nz = 0.0
    local = [(x - ox, y - oy, z - oz) for x, y, z in points]
    for (x0, y0, z0), (x1, y1, z1) in zip(local, local[1:] + local[:1]):
        nx += (y0 - y1) * (z0 + z1)
        ny += (z0 - z1) * (x0 + x1)
        nz += (x0 - x1) * (y0 + y1)
    length = (nx * nx + ny * ny + nz * nz) ** 0.5
    if length < 1e-12:
        return None
    nx, ny, nz = nx / length, ny / length, nz / length
    corners = []
    for i in range(n):
        ax, ay, az = local[i - 1]
        bx, by, bz = local[i]
        cx, cy, cz = local[(i + 1) % n]
        ux, uy, uz, vx, vy, vz = bx - ax, by - ay, bz - az, cx - bx, cy - by, cz - bz
        turn = (uy * vz - uz * vy) * nx + (uz * vx - ux * vz) * ny + (ux * vy - uy * vx) * nz
        if turn < -1e-7 or abs(ux) + abs(uy) + abs(uz) < 1e-9:
            return None  # reflex, or a zero-length edge
        if turn > 1e-10:
            corners.append(i)  # collinear points are left out: a fan over them would make zero-area triangles
    if len(corners) < 3:
        return None
    triangles = np.array([(corners[0], corners[i], corners[i + 1]) for i in range(1, len(corners) - 1)], dtype=np.int64)
    return np.asarray(points, dtype=float), triangles, np.array([nx, ny, nz])


def _simple_python(ring):
    """A concave ring without holes (L-shaped roofs, walls with steps) in plain Python; None when degenerate."""
    points = ring.tolist()
    if len(points) > 1 and points[0] == points[-1]:
        points = points[:-1]
    cleaned = []
    for point in points:
        if not cleaned or max(abs(point[k] - cleaned[-1][k]) for k in range(3)) > 1e-9:
            cleaned.append(point)
    while len(cleaned) > 1 and max(abs(cleaned[0][k] - cleaned[-1][k]) for k in range(3)) <= 1e-9:
        cleaned.pop()
    n = len(cleaned)
    if n < 3:
        return None
    ox, oy, oz = cleaned[0]
    nx = ny = nz = 0.0
    local = [(x - ox, y - oy, z - oz) for x, y, z in cleaned]
    for (x0, y0, z0), (x1, y1, z1) in zip(local, local[1:] + local[:1]):
        nx += (y0 - y1) * (z0 + z1)
        ny += (z0 - z1) * (x0 + x1)
        nz += (x0 - x1) * (y0 + y1)
    length = (nx * nx + ny * ny + nz * nz) ** 0.5
    if length < 1e-12:
        return None
    normal = (nx / length, ny / length, nz / length)
    axis = max(range(3), key=lambda k: abs(normal[k]))
    keep = [(axis + 1) % 3, (axis + 2) % 3]
    if normal[axis] < 0:
        keep = keep[::-1]
    flat = [(p[keep[0]], p[keep[1]]) for p in local]
    triangles = _ear_clip(list(range(n)), flat)
    if not triangles:
        return None
    return np.asarray(cleaned, dtype=float), np.asarray(triangles, dtype=np.int64), np.asarray(normal)


def triangulate_polygon(rings):
    """Triangulate a planar 3D polygon (rings (n, 3), exterior first). Returns (points (n, 3), triangles (m, 3),
    unit normal): triangles wind like the exterior ring (its Newell normal)."""
    from ..geometry3d import newell_vector

    if len(rings) == 1:
        fast = _fast_convex(np.asarray(rings[0], dtype=float))
        if fast is not None:
            return fast
        simple = _simple_python(np.asarray(rings[0], dtype=float))
        if simple is not None:
            return simple
    opened = [_open(r) for r in rings]
    opened = [r for r in opened if len(r) >= 3]
    if not opened:
        return np.zeros((0, 3)), np.zeros((0, 3), dtype=np.int64), np.zeros(3)
    normal = newell_vector(opened[0])
    length = float(np.linalg.norm(normal))
    if length < 1e-12:
        return np.zeros((0, 3)), np.zeros((0, 3), dtype=np.int64), np.zeros(3)
    normal = normal / length
    axis = int(np.argmax(np.abs(normal)))
    keep = [(axis + 1) % 3, (axis + 2) % 3]  # cyclic order: the projection keeps the winding for normal[axis] > 0
    if normal[axis] < 0:
        keep = keep[::-1]  # project so that the exterior stays counter-clockwise in 2D
    points3 = np.vstack(opened)
    flat = [r[:, keep] for r in opened]
    points2, triangles = triangulate_2d(flat[0], flat[1:])
    # triangulate_2d may have reversed rings; map its points back to 3D by their order in the rings
    lookup = {}
    for index, point in enumerate(points3[:, keep]):
        lookup.setdefault((round(float(point[0]), 9), round(float(point[1]), 9)), index)
    mapping = np.array([lookup[(round(float(p[0]), 9), round(float(p[1]), 9))] for p in points2], dtype=np.int64)
    return points3, mapping[triangles] if len(triangles) else triangles, normal
