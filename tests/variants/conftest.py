"""Independent checks for planned building solids: edge pairing, divergence-theorem volume, areas by type."""

import math
from collections import Counter

import numpy as np
import pytest


def ring_area_vector(ring):
    """Newell vector / 2 of a closed 3D ring, relative to its first point (own implementation)."""
    points = np.asarray(ring, dtype=float) - np.asarray(ring, dtype=float)[0]
    total = np.zeros(3)
    for a, b in zip(points[:-1], points[1:]):
        total += np.cross(a, b)
    return total / 2.0


def solid_volume(faces, origin):
    """Divergence theorem: V = Σ (p0 · n) A / 3 over the faces (holes subtract), relative to ``origin``."""
    volume = 0.0
    for _type, polygon in faces:
        for ring in polygon:
            local = np.asarray(ring, dtype=float) - origin
            area_vector = ring_area_vector(local)
            volume += float(local[0] @ area_vector) / 3.0
    return volume


def open_edges(faces):
    """Directed edges that are not matched by exactly one reversed edge (empty for a closed, consistently oriented solid)."""
    edges = Counter()
    for _type, polygon in faces:
        for ring in polygon:
            points = [tuple(np.round(p, 6)) for p in ring[:-1]]
            for i, point in enumerate(points):
                edges[(point, points[(i + 1) % len(points)])] += 1
    return [edge for edge, count in edges.items() if count != 1 or edges.get((edge[1], edge[0]), 0) != 1]


def area_by_type(faces):
    totals = Counter()
    for surface_type, polygon in faces:
        area = np.linalg.norm(ring_area_vector(polygon[0])) - sum(np.linalg.norm(ring_area_vector(h)) for h in polygon[1:])
        totals[surface_type] += area
    return totals


def rectangle(width, length, angle_deg=0.0, origin=(403700.0, 5756800.0)):
    """Rectangle w × l with its long side along ``angle_deg`` (counter-clockwise from east)."""
    a = math.radians(angle_deg)
    along, across = np.array([math.cos(a), math.sin(a)]), np.array([-math.sin(a), math.cos(a)])
    corners = [np.zeros(2), along * length, along * length + across * width, across * width]
    return np.array([np.asarray(origin) + c for c in corners])


class Solids:
    volume = staticmethod(solid_volume)
    open_edges = staticmethod(open_edges)
    areas = staticmethod(area_by_type)
    rectangle = staticmethod(rectangle)


@pytest.fixture(scope="session")
def solids():
    return Solids


ORIGIN = (403700.0, 5756800.0)


def footprint_layer(rows, crs="EPSG:25832", extra_fields=()):
    """Memory polygon layer: rows of (wkt, {field: value}) with the massing default fields."""
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer

    from urban_twin.core.fieldtypes import FieldType

    layer = QgsVectorLayer("Polygon?crs={}".format(crs), "geplante_grundrisse", "memory")
    fields = [("storeys", FieldType.INT), ("roof_type", FieldType.STRING), ("roof_pitch", FieldType.DOUBLE),
              ("function", FieldType.STRING), ("name", FieldType.STRING)] + list(extra_fields)
    layer.dataProvider().addAttributes([QgsField(name, kind) for name, kind in fields])
    layer.updateFields()
    features = []
    for wkt, values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        for name, value in values.items():
            feature[name] = value
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def polygon_wkt(points):
    ring = list(points) + [points[0]]
    return "Polygon((" + ", ".join("{:.6f} {:.6f}".format(x, y) for x, y in ring) + "))"


@pytest.fixture(scope="session")
def layers():
    import types

    return types.SimpleNamespace(footprints=footprint_layer, polygon_wkt=polygon_wkt, origin=ORIGIN)
