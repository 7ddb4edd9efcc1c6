"""Heat screening: street-level sky view factor against closed formulas, shade, index arithmetic."""

import datetime

import numpy as np
import pytest

from urban_twin.core.climate import heat


def scene(size_m, fine, heights, trees=(), sealed=np.nan, factor=None):
    n = int(size_m / fine)
    return heat.HeatScene(left=0.0, top=float(size_m), fine=fine, factor=factor or max(int(10 / fine), 1),
                          ground=np.zeros((n, n), dtype=np.float32), building_height=heights.astype(np.float32),
                          sealed=np.full((n, n), sealed), trees=list(trees))


def centres(size_m, fine):
    n = int(size_m / fine)
    g = (np.arange(n) + 0.5) * fine
    return np.meshgrid(g, size_m - g)


def svf_at(sc, x, y):
    raster, _ = heat.surface_model(sc)
    col, row = int(x / sc.fine), int((sc.top - y) / sc.fine)
    where = np.zeros(sc.shape, dtype=bool)
    where[row, col] = True
    svf = heat.street_svf(raster, sc.ground, n_azimuths=72, height=0.0, where=where)
    return float(svf[row, col])


@pytest.mark.parametrize("h_over_w", [0.5, 1.0, 2.0])
def test_street_canyon_centre_matches_oke(h_over_w):
    size, fine, width = 400.0, 0.5, 20.0
    x, _ = centres(size, fine)
    height = h_over_w * width
    walls = (np.abs(x - 200.0) > width / 2) & (np.abs(x - 200.0) < width / 2 + 15.0)
    sc = scene(size, fine, np.where(walls, height, 0.0))
    expected = np.cos(np.arctan(2 * height / width))
    assert svf_at(sc, 200.0 - fine / 2, 200.0) == pytest.approx(expected, abs=0.02)


def test_open_plane_is_one_and_unshaded():
    sc = scene(100.0, 1.0, np.zeros((100, 100)))
    seconds = np.array([datetime.datetime(2026, 7, 1, 13, 0, tzinfo=datetime.timezone.utc).timestamp()])
    result = heat.screen(sc, seconds, 51.5, 7.5)
    assert np.all(result.svf_fine == 1.0)
    assert np.all(result.shade_fine == 0.0)
    # open ground without land cover: sealed 0.5, green 0.5, no shade, no volume, svf 1 → 100·(0.15 + 0.10 + 0.20)
    assert np.allclose(result.cells["heat_index"], 45.0)
    assert np.all(result.cells["heat_class"] == 3)


def test_circular_courtyard_centre():
    size, fine, r, h = 120.0, 0.25, 10.0, 10.0
    x, y = centres(size, fine)
    d = np.hypot(x - 60.0, y - 60.0)
    ring = (d > r) & (d < r + 12.0)
    sc = scene(size, fine, np.where(ring, h, 0.0))
    assert svf_at(sc, 60.0 - fine / 2, 60.0 + fine / 2) == pytest.approx(r**2 / (r**2 + h**2), abs=0.02)


def test_tree_shades_its_crown_and_lowers_the_index():
    size, fine = 60.0, 1.0
    n = int(size / fine)
    seconds = np.array([datetime.datetime(2026, 7, 1, 13, 0, tzinfo=datetime.timezone.utc).timestamp()])
    bare = heat.screen(scene(size, fine, np.zeros((n, n)), sealed=1.0), seconds, 51.5, 7.5)
    tree = heat.Tree(25.0, 35.0, 10.0, 12.0)
    shaded = heat.screen(scene(size, fine, np.zeros((n, n)), [tree], sealed=1.0), seconds, 51.5, 7.5)
    # the 10 m cell under the crown centre: fully shaded, and the index falls by the shade and green weights
    row, col = 2, 2  # coarse cell x 20–30 m, y 30–40 m: the crown covers 79 % of it
    assert shaded.shade_fine[25, 25] == 1.0
    assert shaded.cells["shade_share"][row, col] > bare.cells["shade_share"][row, col] + 0.5
    assert shaded.cells["heat_index"][row, col] < bare.cells["heat_index"][row, col] - 10.0


def test_index_is_the_documented_weighted_sum():
    sealed, green, shade, volume, svf = 0.8, 0.1, 0.25, 5.0, 0.6
    expected = 100 * (0.30 * 0.8 + 0.20 * 0.9 + 0.20 * 0.75 + 0.15 * 0.5 + 0.15 * 0.4)
    assert float(heat.heat_index(sealed, green, shade, volume, svf)) == pytest.approx(expected)
    assert list(heat.heat_class(np.array([0.0, 19.9, 20.0, 59.9, 80.0, np.nan]))) == [1, 1, 2, 3, 5, 0]
