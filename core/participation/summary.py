"""Contributions per area (plan, variant, district or any polygon): counts, categories, votes, keywords, top
contributions — and hexagon hotspots. Plain functions over geometries; the algorithm reads and writes the layers."""

import collections
import json
import math

from .keywords import keyword_counts

KEYWORDS_PER_AREA = 15


class Area:
    def __init__(self, name, geometry):
        self.name = name
        self.geometry = geometry
        self.engine = None


def summarise(areas, contributions, top_n=5):
    """contributions: [(QgsGeometry point, dict with text, category, date, votes, stance)] in the areas' CRS.

    Returns (rows, outside) with one row per area (same order) and the number of located contributions in no area.
    A contribution on the border of two areas counts for both (it concerns both)."""
    from qgis.core import QgsGeometry

    for area in areas:
        area.engine = QgsGeometry.createGeometryEngine(area.geometry.constGet())
        area.engine.prepareGeometry()
    members = [[] for _ in areas]
    outside = 0
    for point, record in contributions:
        if point is None or point.isNull():
            continue
        hit = False
        for index, area in enumerate(areas):
            if area.geometry.boundingBox().contains(point.asPoint()) and area.engine.intersects(point.constGet()):
                members[index].append(record)
                hit = True
        outside += 0 if hit else 1
    rows = []
    for area, records in zip(areas, members):
        categories = collections.Counter(r.get("category") or "–" for r in records)
        stances = collections.Counter(r["stance"] for r in records if r.get("stance"))
        ranked = sorted(records, key=lambda r: (-(r.get("votes") or 0), r.get("date") or "", r.get("text") or ""))
        rows.append({
            "area_name": area.name,
            "contributions": len(records),
            "votes": sum(int(r.get("votes") or 0) for r in records),
            "categories": json.dumps(dict(sorted(categories.items(), key=lambda item: (-item[1], item[0]))), ensure_ascii=False),
            "keywords": json.dumps(dict(keyword_counts(r.get("text") for r in records)[:KEYWORDS_PER_AREA]), ensure_ascii=False),
            "top": json.dumps([{"text": r.get("text"), "votes": int(r.get("votes") or 0), "category": r.get("category"),
                                "date": r.get("date")} for r in ranked[:top_n]], ensure_ascii=False),
            "stances": json.dumps(dict(stances), ensure_ascii=False) if stances else None,
        })
    return rows, outside


def hexagon_bins(points, size, votes=None):
    """Flat-topped hexagons of circumradius ``size`` holding the points: [(QgsGeometry hexagon, count, votes)], only
    non-empty ones. ``points`` are (x, y) in a projected CRS; axial coordinates with cube rounding."""
    from qgis.core import QgsGeometry, QgsPointXY

    counts = collections.Counter()
    vote_sums = collections.Counter()
    for index, (x, y) in enumerate(points):
        q = (2.0 / 3.0 * x) / size
        r = (-1.0 / 3.0 * x + math.sqrt(3.0) / 3.0 * y) / size
        cell = _cube_round(q, r)
        counts[cell] += 1
        vote_sums[cell] += int(votes[index] or 0) if votes else 0
    result = []
    for (q, r), count in sorted(counts.items()):
        cx = size * 1.5 * q
        cy = size * math.sqrt(3.0) * (r + q / 2.0)
        ring = [QgsPointXY(cx + size * math.cos(math.radians(60 * k)), cy + size * math.sin(math.radians(60 * k))) for k in range(6)]
        result.append((QgsGeometry.fromPolygonXY([ring + [ring[0]]]), count, vote_sums[(q, r)]))
    return result


def _cube_round(q, r):
    s = -q - r
    rq, rr, rs = round(q), round(r), round(s)
    dq, dr, ds = abs(rq - q), abs(rr - r), abs(rs - s)
    if dq > dr and dq > ds:
        rq = -rr - rs
    elif dr > ds:
        rr = -rq - rs
    return int(rq), int(rr)
