"""Roof solids against closed formulas (volume, roof/wall area, heights), rotated too; closedness; fallbacks."""

import math

import numpy as np
import pytest

from urban_twin.core.variants.roofs import RoofSpec, build_solid

W, L, EAVES, BASE = 10.0, 20.0, 6.0, 58.5


def expected(roof_type, pitch):
    """Closed formulas for a w × l rectangle, eaves e, pitch α (ridge along l)."""
    t = math.tan(math.radians(pitch))
    c = math.cos(math.radians(pitch))
    box = W * L * EAVES
    perimeter_walls = 2 * (W + L) * EAVES
    if roof_type == "1000":
        return dict(volume=box, roof=W * L, walls=perimeter_walls, ridge=EAVES)
    if roof_type == "2100":  # shed across the short side: rise w·tanα
        h = W * t
        return dict(volume=box + W * L * h / 2, roof=W * L / c, walls=perimeter_walls + 2 * (W * h / 2) + L * h, ridge=EAVES + h)
    if roof_type == "3100":
        h = W / 2 * t
        return dict(volume=box + W * h / 2 * L, roof=W * L / c, walls=perimeter_walls + 2 * (W * h / 2), ridge=EAVES + h)
    if roof_type == "3200":
        h = W / 2 * t
        return dict(volume=box + W * h / 6 * (3 * L - W), roof=W * L / c, walls=perimeter_walls, ridge=EAVES + h)
    if roof_type == "3400":  # apex over the centre; pitch on the long sides (nearest edges)
        h = W / 2 * t
        slant_long = math.hypot(W / 2, h)
        slant_short = math.hypot(L / 2, h)
        roof = L * slant_long + W * slant_short  # 2 × (½ base × slant) per pair of sides
        return dict(volume=box + W * L * h / 3, roof=roof, walls=perimeter_walls, ridge=EAVES + h)
    raise AssertionError(roof_type)


@pytest.mark.parametrize("angle", [0.0, 17.0, 123.4])
@pytest.mark.parametrize("roof_type", ["1000", "2100", "3100", "3200", "3400"])
def test_roof_types_match_closed_formulas(solids, roof_type, angle):
    footprint = solids.rectangle(W, L, angle)
    solid = build_solid([footprint], RoofSpec(BASE, EAVES, roof_type, 35.0))
    want = expected(roof_type, 35.0)
    assert solid.roof_type == roof_type and solid.notes == []
    assert solids.open_edges(solid.faces) == []
    origin = np.array([footprint[0][0], footprint[0][1], BASE])
    volume = solids.volume(solid.faces, origin)
    assert volume > 0
    assert volume == pytest.approx(want["volume"], rel=1e-6)
    areas = solids.areas(solid.faces)
    assert areas["RoofSurface"] == pytest.approx(want["roof"], rel=1e-6)
    assert areas["WallSurface"] == pytest.approx(want["walls"], rel=1e-6)
    assert areas["GroundSurface"] == pytest.approx(W * L, rel=1e-7)
    assert solid.eaves_z == pytest.approx(BASE + EAVES)
    assert solid.ridge_z == pytest.approx(BASE + want["ridge"], abs=1e-6)
    top = max(float(ring[:, 2].max()) for _t, polygon in solid.faces for ring in polygon)
    assert top == pytest.approx(BASE + want["ridge"], abs=1e-5)


def test_gable_ridge_height_wins_over_pitch_and_runs_along_the_long_side(solids):
    footprint = solids.rectangle(W, L, 30.0)
    solid = build_solid([footprint], RoofSpec(0.0, EAVES, "3100", 45.0, ridge_height=EAVES + 3.0))
    assert solid.ridge_z == pytest.approx(EAVES + 3.0)
    ridge_points = [p for _t, polygon in solid.faces for ring in polygon for p in ring if abs(p[2] - solid.ridge_z) < 1e-6]
    ridge = np.unique(np.round(np.array(ridge_points)[:, :2], 4), axis=0)
    direction = ridge[-1] - ridge[0]
    assert math.degrees(math.atan2(direction[1], direction[0])) % 180 == pytest.approx(30.0, abs=1e-3)
    assert np.linalg.norm(direction) == pytest.approx(L, abs=1e-4)
    areas = solids.areas(solid.faces)
    assert areas["RoofSurface"] == pytest.approx(L * 2 * math.hypot(W / 2, 3.0), rel=1e-6)


def test_ridge_direction_across_the_building(solids):
    """A ridge at 0° (north) on an east-west rectangle: span = the long side, rise (l/2)·tanα."""
    footprint = solids.rectangle(W, L, 0.0)
    solid = build_solid([footprint], RoofSpec(0.0, EAVES, "3100", 30.0, ridge_azimuth=0.0))
    assert solid.ridge_z == pytest.approx(EAVES + L / 2 * math.tan(math.radians(30.0)))
    assert solids.open_edges(solid.faces) == []


def test_shed_roof_faces_south(solids):
    solid = build_solid([solids.rectangle(W, L, 0.0)], RoofSpec(0.0, EAVES, "2100", 20.0))
    roof = [polygon[0] for t, polygon in solid.faces if t == "RoofSurface"][0]
    south, north = roof[:, 1].min(), roof[:, 1].max()
    assert roof[roof[:, 1] == south][:, 2].max() == pytest.approx(EAVES)
    assert roof[roof[:, 1] == north][:, 2].min() == pytest.approx(EAVES + W * math.tan(math.radians(20.0)))


U_SHAPE = np.array([[0, 0], [30, 0], [30, 25], [20, 25], [20, 10], [10, 10], [10, 25], [0, 25]], dtype=float) + [404000.0, 5757000.0]
COURTYARD = [np.array([[0, 0], [30, 0], [30, 30], [0, 30]], dtype=float), np.array([[10, 10], [20, 10], [20, 20], [10, 20]], dtype=float)]


@pytest.mark.parametrize("roof_type", ["3100", "3200", "3400"])
def test_pitched_roof_on_u_shape_and_courtyard_falls_back_to_flat(solids, roof_type):
    for rings, area in (([U_SHAPE], 30 * 25 - 10 * 15), (COURTYARD, 900 - 100)):
        solid = build_solid(rings, RoofSpec(0.0, 9.0, roof_type, 30.0))
        assert solid.roof_type == "1000" and len(solid.notes) == 1 and roof_type in solid.notes[0]
        assert solids.open_edges(solid.faces) == []
        origin = np.array([rings[0][0][0], rings[0][0][1], 0.0])
        assert solids.volume(solid.faces, origin) == pytest.approx(area * 9.0, rel=1e-7)


def test_shed_roof_on_concave_footprint_with_courtyard_is_closed(solids):
    for rings, area in (([U_SHAPE], 600.0), (COURTYARD, 800.0)):
        solid = build_solid(rings, RoofSpec(0.0, 9.0, "2100", 10.0))
        assert solid.roof_type == "2100" and solid.notes == []
        assert solids.open_edges(solid.faces) == []
        origin = np.array([rings[0][0][0], rings[0][0][1], 0.0])
        assert solids.volume(solid.faces, origin) > area * 9.0
        assert solids.areas(solid.faces)["RoofSurface"] == pytest.approx(area / math.cos(math.radians(10.0)), rel=1e-7)


def test_hip_roof_on_a_convex_pentagon_is_closed_and_uniformly_pitched(solids):
    pentagon = np.array([[0, 0], [16, 0], [20, 8], [8, 15], [-2, 7]], dtype=float)
    solid = build_solid([pentagon], RoofSpec(0.0, 6.0, "3200", 40.0))
    assert solids.open_edges(solid.faces) == []
    area = 0.5 * abs(sum(pentagon[i, 0] * pentagon[i - 1, 1] - pentagon[i - 1, 0] * pentagon[i, 1] for i in range(5)))
    assert solids.areas(solid.faces)["RoofSurface"] == pytest.approx(area / math.cos(math.radians(40.0)), rel=1e-6)


def test_bad_values_are_rejected():
    from urban_twin.core.variants.roofs import MassingProblem

    square = np.array([[0, 0], [10, 0], [10, 10], [0, 10]], dtype=float)
    with pytest.raises(MassingProblem):
        build_solid([square], RoofSpec(0.0, 0.0, "1000"))
    with pytest.raises(MassingProblem):
        build_solid([square], RoofSpec(0.0, 6.0, "3100", 85.0))
    with pytest.raises(MassingProblem):
        build_solid([square], RoofSpec(0.0, 6.0, "3100", None, ridge_height=4.0))
    solid = build_solid([square], RoofSpec(0.0, 6.0, "9999"))
    assert solid.roof_type == "1000" and "9999" in solid.notes[0]
