"""Sun hours (ground raster, façade points) against pvlib + ray casting; sky view factor of a canyon."""

import datetime
import math

import numpy as np
import pandas as pd
import pvlib
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsVectorLayer

from urban_twin.core.analysis.solar import sunhours, times
from urban_twin.core.analysis.solar.geometry import make_facet, polygons_from_wkb
from urban_twin.core.analysis.solar.heightraster import build_height_raster
from urban_twin.core.analysis.solar.horizon import horizon_angles, sky_view

LAT, LON = 51.48, 11.97


def _raster(solar_helpers, buildings, resolution=1.0, margin=20.0):
    records = solar_helpers.surface_inputs(buildings)
    facets = [f for f in (make_facet(0, polygons_from_wkb(r.wkb)[0]) for r in records) if f is not None]
    xy = np.vstack([f.rings[0][:, :2] for f in facets])
    return build_height_raster(facets, [0.0] * len(facets), (xy[:, 0].min(), xy[:, 1].min(), xy[:, 0].max(), xy[:, 1].max()), resolution, margin)


def _reference_minutes(day, blocked_by=None, normal=None):
    """pvlib SPA every minute of the local day: minutes with the sun up, in front, not blocked."""
    index = pd.date_range(day, periods=1440, freq="1min", tz="Europe/Berlin")
    spa = pvlib.solarposition.get_solarposition(index, LAT, LON, method="nrel_numpy")
    alt, az = np.radians(spa["apparent_elevation"].values), np.radians(spa["azimuth"].values)
    sun = np.column_stack([np.cos(alt) * np.sin(az), np.cos(alt) * np.cos(az), np.sin(alt)])
    ok = spa["apparent_elevation"].values > 0
    if normal is not None:
        ok &= sun @ np.asarray(normal) > 0
    if blocked_by is not None:
        ok &= ~blocked_by(sun)
    return ok.sum() / 60.0


def test_open_field_gets_the_whole_day_on_17_january(solar_helpers):
    zone = times.time_zone("Europe/Berlin")
    seconds = times.day_steps(datetime.date(2026, 1, 17), zone, 5)
    raster = _raster(solar_helpers, {"A": solar_helpers.block_surfaces("A", 0, 0, 10, 10, 10)})
    hours = sunhours.sun_hours_points(raster, np.array([[-200.0, -200.0, 0.0]]), seconds, 5 / 60.0, LAT, LON)
    expected = _reference_minutes("2026-01-17")
    assert 7.5 < expected < 8.5
    assert abs(hours[0] - expected) <= 5 / 60.0 + 0.02


def test_point_behind_a_long_wall_on_21_march(solar_helpers):
    # an east–west block 400 m long, 20 m high, its north face 15 m south of the point
    wall = {"W": solar_helpers.block_surfaces("W", -200, -25, 400, 10, 20)}
    raster = _raster(solar_helpers, wall, 0.5)
    point = np.array([0.0, 0.0, 0.0])

    def blocked(sun):
        low, high = np.array([-200.0, -25.0, -1.0]), np.array([200.0, -15.0, 20.0])
        with np.errstate(divide="ignore", invalid="ignore"):
            t1, t2 = (low - point) / sun, (high - point) / sun
        return np.nanmin(np.maximum(t1, t2), axis=1) >= np.maximum(np.nanmax(np.minimum(t1, t2), axis=1), 0)

    expected = _reference_minutes("2026-03-21", blocked)
    full_day = _reference_minutes("2026-03-21")
    seconds = times.day_steps(datetime.date(2026, 3, 21), times.time_zone("Europe/Berlin"), 5)
    ours = sunhours.sun_hours_points(raster, point[None, :], seconds, 5 / 60.0, LAT, LON)[0]
    assert expected < full_day - 4.0  # the wall takes the middle of the day
    assert abs(ours - expected) <= 0.25
    # the ground raster counts the same hours at that pixel
    grid = sunhours.sun_hours_ground(raster, seconds, 5 / 60.0, LAT, LON)
    col = int((point[0] - raster.left) / raster.resolution)
    row = int((raster.top - point[1]) / raster.resolution)
    assert abs(grid[row, col] - expected) <= 0.25
    assert grid[int((raster.top + 20) / raster.resolution), col] == sunhours.NODATA  # inside the block


def test_facade_points_see_the_sun_only_in_front(solar_helpers):
    from urban_twin.core.analysis.solar.facade import facade_points

    buildings = {"A": solar_helpers.block_surfaces("A", 0, 0, 12, 12, 9)}
    raster = _raster(solar_helpers, buildings)
    points = facade_points(solar_helpers.surface_inputs(buildings), spacing=3.0, offset=1.0)
    seconds = times.day_steps(datetime.date(2026, 3, 21), times.time_zone("Europe/Berlin"), 5)
    hours = sunhours.sun_hours_points(raster, points.points, seconds, 5 / 60.0, LAT, LON, points.normals)
    by_wall = {sid: hours[[i for i, s in enumerate(points.surface_id) if s == sid]] for sid in set(points.surface_id)}
    south = _reference_minutes("2026-03-21", normal=[0, -1, 0])
    north = _reference_minutes("2026-03-21", normal=[0, 1, 0])
    east = _reference_minutes("2026-03-21", normal=[1, 0, 0])
    assert np.all(np.abs(by_wall["A_wall_s"] - south) <= 0.15)
    assert np.all(np.abs(by_wall["A_wall_n"] - north) <= 0.15)
    assert np.all(np.abs(by_wall["A_wall_e"] - east) <= 0.15)
    assert south > 10.0 and north < 0.5


@pytest.mark.parametrize("ratio,expected", [(1.0, 0.447), (0.5, 0.707), (2.0, 0.243)])
def test_sky_view_factor_of_street_canyons(solar_helpers, ratio, expected):
    assert abs(math.cos(math.atan(2 * ratio)) - expected) < 0.0005  # Oke's formula
    width = 10.0
    height = ratio * width
    # analytic horizon of the infinite canyon in 72 sectors: tan h = H / (W/2) · |sin φ| (axis north–south)
    phi = np.radians(np.arange(72) * 5.0)
    horizon = np.degrees(np.arctan(height / (width / 2) * np.abs(np.sin(phi))))
    assert abs(sky_view(horizon[None, :], np.array([[0.0, 0.0, 1.0]]))[0] - expected) < 0.002
    # the same from a rasterised canyon (two 1,200 m long blocks), 0.5 m cells, 36 directions
    canyon = {
        "W": solar_helpers.block_surfaces("W", -30 - width / 2, -600, 30, 1200, height),
        "E": solar_helpers.block_surfaces("E", width / 2, -600, 30, 1200, height),
    }
    raster = _raster(solar_helpers, canyon, 0.5)
    measured = sky_view(horizon_angles(raster, np.array([[0.0, 0.0, 0.01]]), 36, 500.0), np.array([[0.0, 0.0, 1.0]]))[0]
    assert abs(measured - expected) < 0.015


def _surfaces_gpkg(tmp_path, solar_helpers):
    return solar_helpers.write_surfaces_gpkg(
        str(tmp_path / "city.gpkg"),
        {"A": solar_helpers.block_surfaces("A", 500000, 5700000, 12, 12, 15), "B": solar_helpers.block_surfaces("B", 500000, 5699970, 12, 12, 6)},
    )


def test_sunhours_algorithm_outputs(run_alg, tmp_path, solar_helpers):
    path = _surfaces_gpkg(tmp_path, solar_helpers)
    raster_out, points_out = str(tmp_path / "hours.tif"), str(tmp_path / "facade.gpkg")
    result = run_alg(
        "urbantwin:sunhours",
        {"BUILDINGS": path + "|layername=building_surfaces", "DATE": "2026-01-17", "STEP_MINUTES": 10, "CELL_SIZE": 1.0,
         "OUTPUT_RASTER": raster_out, "OUTPUT_POINTS": points_out},
    )
    day_length = result["DAY_LENGTH"]
    assert abs(day_length - _reference_minutes("2026-01-17")) <= 10 / 60.0 + 0.02
    dataset = gdal.Open(raster_out)
    hours = dataset.GetRasterBand(1).ReadAsArray()
    valid = hours != sunhours.NODATA
    assert np.isfinite(hours).all() and hours[valid].max() <= day_length + 1e-6 and hours[valid].min() >= 0
    assert abs(hours[valid].max() - day_length) < 1e-4  # open ground sees the whole day
    assert (~valid).sum() == pytest.approx(2 * 144, rel=0.1)  # the two 12 m × 12 m buildings at 1 m
    assert "urbantwin:sunhours" in dataset.GetMetadataItem("URBANTWIN_PROVENANCE")
    assert (tmp_path / "hours.qml").exists()
    layer = QgsVectorLayer(points_out + "|layername=sun_hours_facade", "p", "ogr")
    features = list(layer.getFeatures())
    south_a = [f["sun_hours"] for f in features if f["surface_id"] == "A_wall_s"]
    north_b = [f["sun_hours"] for f in features if f["surface_id"] == "B_wall_n"]
    # A's south wall looks at the low B (6 m) 18 m away: in January the lower points lose sun to B
    assert south_a and max(south_a) > min(south_a)
    assert north_b and max(north_b) < 0.5
    assert all(0 <= f["sky_view"] <= 0.5 + 1e-6 for f in features)


def test_sunhours_needs_an_output_and_daylight(run_alg, tmp_path, solar_helpers):
    path = _surfaces_gpkg(tmp_path, solar_helpers)
    with pytest.raises(QgsProcessingException):
        run_alg("urbantwin:sunhours", {"BUILDINGS": path + "|layername=building_surfaces"})
    with pytest.raises(QgsProcessingException) as err:
        run_alg("urbantwin:sunhours", {"BUILDINGS": path + "|layername=building_surfaces", "STEP_MINUTES": 7, "OUTPUT_RASTER": str(tmp_path / "x.tif")})
    assert "7" in str(err.value) or "minutes" in str(err.value)
    assert not (tmp_path / "x.tif").exists()
