"""Depression filling, routing and accumulation against analytic DEMs and RichDEM (test tool only)."""

import heapq

import numpy as np
import pytest

from urban_twin.core.climate import flow, heavyrain


def paraboloid_bowl(n=241, radius=100.0, depth=2.0):
    """z = depth·(r/R)² inside R, a plateau at ``depth`` outside: filled volume π·depth·R²/2 (1 m cells)."""
    y, x = np.mgrid[0:n, 0:n]
    r = np.hypot(x - n // 2, y - n // 2)
    return np.where(r < radius, depth * (r / radius) ** 2, depth).astype(np.float32)


def priority_flood(z, valid=None):
    """Textbook priority-flood (Barnes et al. 2014, Algorithm 1) — a second, independent implementation.

    Seeds: the raster's edge and the cells beside no-data (``valid`` False), which water can flow into."""
    rows, cols = z.shape
    valid = np.ones(z.shape, dtype=bool) if valid is None else valid
    filled = z.astype(np.float64).copy()
    done = ~valid.copy()
    heap = []
    for r in range(rows):
        for c in range(cols):
            beside_hole = not valid[max(r - 1, 0):r + 2, max(c - 1, 0):c + 2].all()
            if valid[r, c] and (r in (0, rows - 1) or c in (0, cols - 1) or beside_hole):
                heapq.heappush(heap, (filled[r, c], r, c))
                done[r, c] = True
    while heap:
        level, r, c = heapq.heappop(heap)
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                rr, cc = r + dr, c + dc
                if 0 <= rr < rows and 0 <= cc < cols and not done[rr, cc]:
                    done[rr, cc] = True
                    filled[rr, cc] = max(filled[rr, cc], level)
                    heapq.heappush(heap, (filled[rr, cc], rr, cc))
    return filled


def real_looking_dem(n=300, seed=7):
    """Fractal noise terrain with a valley, small pits and flat blocks (buildings, roads)."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:n, 0:n].astype(float)
    z = 50 + 0.02 * x + 3 * np.sin(y / 40.0) + 2 * np.cos(x / 27.0)
    for scale in (32, 16, 8, 4, 2):
        coarse = rng.normal(0, scale * 0.05, (n // scale + 2, n // scale + 2))
        z += np.kron(coarse, np.ones((scale, scale)))[:n, :n]
    z = np.round(z, 2)  # DGM1 is delivered in cm: many ties and flats
    block = (slice(n // 3, n // 3 + 20), slice(n // 3, n // 3 + 40))
    z[block] = z[block].max() + 10  # a building block
    return z.astype(np.float32)


def test_bowl_volume_within_one_percent():
    z = paraboloid_bowl()
    filled = flow.fill_depressions(z)
    volume = float((filled - z).sum())
    expected = np.pi * 2.0 * 100.0**2 / 2.0
    assert abs(volume - expected) / expected < 0.01
    assert float(filled.max()) == pytest.approx(2.0)


def test_inclined_plane_accumulation_is_upslope_count():
    rows, cols = 60, 25
    z = (rows - np.arange(rows, dtype=np.float32))[:, None] * np.float32(0.1) * np.ones((1, cols), dtype=np.float32)
    filled = flow.fill_depressions(z)
    assert np.array_equal(filled, z)
    receiver = flow.flow_receivers(filled)
    acc = flow.accumulate(receiver).reshape(rows, cols)
    # inside: every cell above it in its column (the top row drains into the raster) …
    expected = np.arange(1, rows + 1)[:, None] * np.ones((1, cols - 2))
    assert np.array_equal(acc[:, 1:-1], expected)
    # … the side columns leave the raster at once instead of running along its edge
    assert np.all(acc[:, [0, -1]] == 1)


def test_valley_with_spill_point():
    rows, cols = 101, 200
    y, x = np.mgrid[0:rows, 0:cols].astype(np.float64)
    z = 0.01 * x + 0.2 * np.abs(y - 50)
    crest = 1.0
    dam = (x >= 50) & (x < 53)
    z[dam] = np.maximum(z[dam], crest)
    z = z.astype(np.float32)
    filled = flow.fill_depressions(z)
    depth = filled - z
    bottom = float(z[50, 53])  # the lowest cell behind the dam
    assert float(depth.max()) == pytest.approx(crest - bottom, abs=1e-6)
    assert float(depth[50, 53]) == pytest.approx(crest - bottom, abs=1e-6)
    assert float(depth[:, :50].max()) == 0.0  # below the dam nothing stands
    # every cell drains to the edge (no cycles, no stuck flats): outlets collect all cells
    receiver = flow.flow_receivers(filled)
    acc = flow.accumulate(receiver)
    assert acc[receiver == flow.OUTLET].sum() == rows * cols


def test_bowl_with_building_keeps_building_dry():
    z = paraboloid_bowl(n=121, radius=50.0, depth=2.0)
    labels = np.zeros(z.shape, dtype=np.int32)
    labels[55:65, 50:70] = 1  # a 10 × 20 m building in the bottom of the bowl
    result = heavyrain.screen(z, 1.0, labels, min_depth_m=0.1)
    building = labels > 0
    assert float(result.depth[building].max()) == 0.0
    water = (2.0 - z) * ~building
    expected = float(water.sum())
    assert float(np.nansum(result.depth)) == pytest.approx(expected, rel=1e-5)
    assert len(result.sinks) == 1
    assert result.sinks[0]["volume"] == pytest.approx(expected, rel=1e-5)
    assert result.sinks[0]["depth_class"] == 4  # > 1 m at the bottom
    assert result.buildings and result.buildings[0]["max_depth"] > 1.0


def test_fill_matches_textbook_priority_flood():
    z = real_looking_dem(n=80, seed=3)
    assert np.array_equal(flow.fill_depressions(z), priority_flood(z).astype(np.float32))


def test_no_data_holes_drain_like_the_edge():
    """Water may flow into a no-data hole inside the DEM (a masked lake, the outside of the area of interest).
    (RichDEM floods interior holes instead, so the textbook priority-flood seeded beside the hole is the reference.)"""
    z = real_looking_dem(n=90, seed=5)
    valid = np.ones(z.shape, dtype=bool)
    valid[40:48, 30:41] = False
    ours = flow.fill_depressions(np.where(valid, z, np.nan).astype(np.float32), valid)
    reference = priority_flood(z, valid).astype(np.float32)
    assert np.array_equal(ours[valid], reference[valid])
    assert not np.array_equal(ours[valid], flow.fill_depressions(z)[valid])  # the hole really changes the fill


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_fill_identical_to_richdem(dtype):
    richdem = pytest.importorskip("richdem", reason="test tool from requirements-test.d/climate.txt")
    z = real_looking_dem().astype(dtype)
    z[0:5, 200:230] = -9999.0  # a no-data patch at the edge
    valid = z != -9999.0
    ours = flow.fill_depressions(np.where(valid, z, np.nan).astype(dtype), valid)
    reference = np.asarray(richdem.FillDepressions(richdem.rdarray(z.copy(), no_data=-9999.0), epsilon=False, in_place=False))
    assert (ours[valid] != z[valid]).sum() > 1000  # the DEM really has depressions
    assert np.array_equal(ours[valid], reference[valid])


def test_flats_drain_and_every_cell_reaches_an_outlet():
    z = real_looking_dem(n=150, seed=11)
    filled = flow.fill_depressions(z)
    receiver = flow.flow_receivers(filled)
    acc = flow.accumulate(receiver)
    assert acc[receiver == flow.OUTLET].sum() == z.size
    downstream = receiver[receiver >= 0]
    # never uphill on the filled surface
    assert np.all(filled.ravel()[downstream] <= filled.ravel()[receiver >= 0])


def test_retention_holds_back_its_volume():
    rows, cols = 30, 5
    z = (rows - np.arange(rows, dtype=np.float32))[:, None] * np.ones((1, cols), dtype=np.float32)
    receiver = flow.flow_receivers(z)
    capacity = np.zeros(z.shape)
    capacity[10, 2] = 4.0
    acc = flow.accumulate(receiver, np.ones(z.size), capacity).reshape(rows, cols)
    assert acc[10, 2] == 11.0 and acc[11, 2] == 8.0 and acc[-1, 2] == rows - 4


def test_flow_on_a_cm_terraced_slope_follows_the_fall_line():
    """DGM1 in cm on a 0.4 % slope 17° off the grid: routing must not drift along the terrace edges."""
    n = 300
    y, x = np.mgrid[0:n, 0:n].astype(float)
    angle = np.radians(17.0)
    z = np.round(60 + 0.004 * (-np.sin(angle) * x - np.cos(angle) * y), 2).astype(np.float32)
    valid = np.ones(z.shape, dtype=bool)
    receiver = flow.flow_receivers(heavyrain.routing_surface(z, np.zeros(z.shape, dtype=bool), valid), valid)
    directions = []
    for start in range(80, 240, 20):
        cell = 30 * n + start
        path = [cell]
        for _ in range(150):
            cell = receiver[cell]
            path.append(cell)
        rows, cols = np.divmod(np.asarray(path), n)
        directions.append(np.degrees(np.arctan2(-(rows[-1] - rows[0]), cols[-1] - cols[0])))
    fall_line = -73.0  # east = 0°, the true direction of steepest descent
    assert abs(np.mean(directions) - fall_line) <= 22.5  # D8 can do no better than its nearest 45° sector


def test_sinks_in_series_fill_the_upper_one_first():
    """A valley with two dams: the lower sink receives the rain of its catchment minus what the upper sink holds."""
    rows, cols = 101, 200
    y, x = np.mgrid[0:rows, 0:cols].astype(np.float64)
    z = 0.01 * x + 0.2 * np.abs(y - 50)
    for start, crest in ((50, 1.0), (120, 1.8)):
        dam = (x >= start) & (x < start + 3)
        z[dam] = np.maximum(z[dam], crest)
    z = z.astype(np.float32)
    for rain in (2.0, 50.0):
        result = heavyrain.screen(z, 1.0, rain_mm=rain, min_depth_m=0.1)
        assert len(result.sinks) == 2
        lower, upper = sorted(result.sinks, key=lambda s: s["catchment_area"], reverse=True)
        rain_m = rain / 1000.0
        assert upper["runoff_volume"] == pytest.approx(rain_m * upper["catchment_area"], rel=1e-9)
        held = min(upper["volume"], rain_m * upper["catchment_area"])
        assert lower["runoff_volume"] == pytest.approx(rain_m * lower["catchment_area"] - held, rel=1e-9)
        assert lower["fill_ratio"] == pytest.approx(min(1.0, lower["runoff_volume"] / lower["volume"]), rel=1e-9)
        if rain == 2.0:
            assert upper["fill_ratio"] < 1.0  # 2 mm: the upper sink holds all its water, nothing overflows
    assert upper["fill_ratio"] == 1.0  # 50 mm on 0.8 ha overflow the upper sink's ≈ 30 m³
