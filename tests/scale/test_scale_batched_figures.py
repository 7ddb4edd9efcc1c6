"""Surface figures measured for many buildings in one numpy pass (the parallel workers batch a chunk of a tile) are the
figures measured building by building, bit for bit, and the envelopes equal the points' own extremes (issue #16)."""

import math
import os

import numpy as np

NRW = "de_nrw_LoD2_32_280_5657_1_NW.gml"
SIG3D = ("citygml2_sig3d_Building_and_garage_LOD2-EPSG25832.gml", "citygml3_sig3d_Building_and_garage_LOD2-EPSG25832.gml")


def _records(path):
    from urban_twin.core.citymodel.importer import configure_reader, open_reader
    from urban_twin.core.citymodel.lod import lod_order
    from urban_twin.core.citymodel.model import SkippedObject
    from urban_twin.core.crs import parse_srs_name

    reader, srs_name, _licence = open_reader(path)
    info = parse_srs_name(srs_name)
    configure_reader(reader, info, False, info.horizontal_epsg, lod_order(), 0.001)
    return [item for item in reader if item is not None and not isinstance(item, SkippedObject)]


def _surfaces(record):
    return [surface.polygons for obj in record.all_objects() for surface in obj.surfaces]


def _newell_figures(polygons):
    """A second implementation, plain Python: area (exterior minus holes), tilt, azimuth, z range."""
    total = [0.0, 0.0, 0.0]
    area = 0.0
    for polygon in polygons:
        for index, ring in enumerate(polygon):
            points = [tuple(map(float, point)) for point in ring]
            origin = points[0]
            relative = [(x - origin[0], y - origin[1], z - origin[2]) for x, y, z in points]
            vector = [0.0, 0.0, 0.0]
            for (x, y, z), (x1, y1, z1) in zip(relative, relative[1:]):
                vector[0] += (y - y1) * (z + z1)
                vector[1] += (z - z1) * (x + x1)
                vector[2] += (x - x1) * (y + y1)
            ring_area = math.sqrt(sum(value * value for value in vector)) / 2.0
            area += ring_area if index == 0 else -ring_area
            if index == 0:
                total = [a + b / 2.0 for a, b in zip(total, vector)]
    norm = math.sqrt(sum(value * value for value in total))
    tilt = math.degrees(math.acos(max(-1.0, min(1.0, total[2] / norm)))) if norm else None
    azimuth = math.degrees(math.atan2(total[0], total[1])) % 360.0 if tilt is not None and 1.0 <= tilt <= 179.0 else None
    z = [float(point[2]) for polygon in polygons for ring in polygon for point in ring]
    return max(area, 0.0), tilt, azimuth, min(z), max(z)


def test_one_pass_for_many_buildings_equals_one_pass_per_building_bit_for_bit(citymodel_dir):
    from urban_twin.core.citymodel.geometry import surfaces_metrics

    records = []
    for name in (NRW,) + SIG3D:
        records += _records(os.path.join(citymodel_dir, name))
    assert len(records) > 80
    per_building = [figures for record in records for figures in surfaces_metrics(_surfaces(record))]
    batched, envelopes = surfaces_metrics([polygons for record in records for polygons in _surfaces(record)], envelopes=True)
    assert batched == per_building  # exact equality of floats, not approximate
    assert len(batched) == len(envelopes) > 1000
    flat = [polygons for record in records for polygons in _surfaces(record)]
    for polygons, envelope in zip(flat, envelopes):
        points = np.concatenate([ring for polygon in polygons for ring in polygon])
        low, high = points.min(axis=0).tolist(), points.max(axis=0).tolist()
        assert envelope == (low[0], high[0], low[1], high[1], low[2], high[2])
    for polygons, figures in list(zip(flat, batched))[::25]:  # every 25th surface against plain Python
        area, tilt, azimuth, z_min, z_max = _newell_figures(polygons)
        assert math.isclose(figures[0], area, rel_tol=1e-9, abs_tol=1e-9)
        assert (figures[1] is None) == (tilt is None) and (tilt is None or math.isclose(figures[1], tilt, abs_tol=1e-7))
        assert (figures[2] is None) == (azimuth is None) and (azimuth is None or math.isclose(figures[2], azimuth, abs_tol=1e-7))
        assert (figures[3], figures[4]) == (z_min, z_max)


def test_envelopes_cover_holes_and_empty_surfaces():
    from urban_twin.core.citymodel.geometry import surfaces_metrics

    outer = np.array([[0.0, 0.0, 5.0], [10.0, 0.0, 5.0], [10.0, 10.0, 5.0], [0.0, 10.0, 5.0], [0.0, 0.0, 5.0]])
    hole = np.array([[2.0, 2.0, 5.0], [2.0, 4.0, 5.0], [4.0, 4.0, 5.0], [4.0, 2.0, 5.0], [2.0, 2.0, 5.0]])
    wall = np.array([[20.0, 0.0, 0.0], [30.0, 0.0, 0.0], [30.0, 0.0, 3.0], [20.0, 0.0, 3.0], [20.0, 0.0, 0.0]])
    metrics, envelopes = surfaces_metrics([[[outer, hole]], [], [[wall]]], envelopes=True)
    assert metrics[0][0] == 100.0 - 4.0 and metrics[0][1] == 0.0 and metrics[0][2] is None
    assert metrics[1] == (0.0, None, None, None, None) and envelopes[1] is None
    assert envelopes[0] == (0.0, 10.0, 0.0, 10.0, 5.0, 5.0) and envelopes[2] == (20.0, 30.0, 0.0, 0.0, 0.0, 3.0)
    assert metrics[2][:3] == (30.0, 90.0, 180.0)  # a wall facing south (its ring runs counter-clockwise seen from the south)
    assert surfaces_metrics([[], []], envelopes=True) == ([(0.0, None, None, None, None)] * 2, [None, None])
