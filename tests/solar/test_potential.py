"""Roof potential with shading: unobstructed planes, a roof behind a tall block, monotony, bad input."""

import datetime

import numpy as np
import pandas as pd
import pvlib
import pytest

from urban_twin.core.analysis.solar import climate
from urban_twin.core.analysis.solar.geometry import make_facet, polygons_from_wkb
from urban_twin.core.analysis.solar.heightraster import build_height_raster
from urban_twin.core.analysis.solar.horizon import horizon_angles, sun_visible
from urban_twin.core.analysis.solar.potential import SolarSettings, compute_solar_potential
from urban_twin.core.errors import UrbanTwinError

LAT, LON = 51.48, 11.97
# the tall block: 200 m wide (east–west), 10 m deep, 40 m high, 20 m south of the low roof
BLOCK = dict(x0=-100.0, y0=-30.0, width=200.0, depth=10.0, height=40.0)
ROOF = dict(x0=-5.0, y0=0.0, width=10.0, depth=10.0, height=6.0)


def _by_id(result):
    return {sid: i for i, sid in enumerate(result.surface_id)}


def test_isolated_roofs_match_unobstructed_planes(solar_helpers):
    south_rise = 8.0 * np.tan(np.radians(35.0))
    buildings = {
        "flat": solar_helpers.block_surfaces("flat", 0, 0, 10, 10, 6),
        "south": solar_helpers.block_surfaces("south", 300, 0, 10, 8, 6, ridge_rise=south_rise),
    }
    result = compute_solar_potential(solar_helpers.surface_inputs(buildings), LAT, LON, SolarSettings())
    index = _by_id(result)
    year = climate.synthetic_year(LAT, LON, 2026, 60)
    expected = climate.unobstructed_plane_irradiation(year, [0.0, 35.0], [180.0, 180.0])
    flat, south = index["flat_roof"], index["south_roof"]
    assert abs(result.irradiation[flat] / 1080.0 - 1.0) <= 0.01  # isolated flat roof = configured GHI
    assert abs(result.tilt[south] - 35.0) < 0.01 and abs(result.azimuth[south] - 180.0) < 0.01
    assert abs(result.area[south] - 10.0 * 8.0 / np.cos(np.radians(35.0))) < 1e-6
    assert abs(result.irradiation[south] / expected[1] - 1.0) <= 0.01
    assert result.shading_loss[south] < 0.01
    # usable area: 0.5 m clearance on every edge of the 10 m × 9.77 m plane (south roof)
    assert abs(result.usable_area[south] - 9.0 * (10.0 / np.cos(np.radians(35.0)) * 0.8 - 1.0)) < 0.05
    assert result.suitability[south] == "very_good" and result.suitability[flat] == "good"
    assert abs(result.kwp[south] - 0.2 * result.usable_area[south]) < 1e-9
    assert abs(result.kwh[south] - result.irradiation[south] * result.kwp[south] * 0.8) < 1e-6
    assert "flat_wall_s" not in index  # façades only on request


def _tall_block_scene(solar_helpers, block_height=BLOCK["height"]):
    return {
        "low": solar_helpers.block_surfaces("low", ROOF["x0"], ROOF["y0"], ROOF["width"], ROOF["depth"], ROOF["height"]),
        "tall": solar_helpers.block_surfaces("tall", BLOCK["x0"], BLOCK["y0"], BLOCK["width"], BLOCK["depth"], block_height),
    }


def _ray_hits_block(point, sun_vector):
    """Slab test: does the ray point + t·sun (t > 0) pass through the tall block's box?"""
    low = np.array([BLOCK["x0"], BLOCK["y0"], 0.0])
    high = np.array([BLOCK["x0"] + BLOCK["width"], BLOCK["y0"] + BLOCK["depth"], BLOCK["height"]])
    with np.errstate(divide="ignore", invalid="ignore"):
        t1 = (low[None, :] - point[None, :]) / sun_vector
        t2 = (high[None, :] - point[None, :]) / sun_vector
    t_near = np.nanmax(np.minimum(t1, t2), axis=1)
    t_far = np.nanmin(np.maximum(t1, t2), axis=1)
    return (t_far >= np.maximum(t_near, 0.0))


def test_roof_behind_tall_block_loses_beam_at_the_right_hours(solar_helpers):
    records = solar_helpers.surface_inputs(_tall_block_scene(solar_helpers))
    facets = [make_facet(i, polygons_from_wkb(r.wkb)[0]) for i, r in enumerate(records)]
    raster = build_height_raster([f for f in facets if f], [0.0] * len([f for f in facets if f]), (-100, -30, 100, 10), 0.5)
    point = np.array([0.0, 5.0, ROOF["height"] + 0.3])
    horizon = horizon_angles(raster, point[None, :], 72)

    for day in ("2026-01-17", "2026-06-21", "2026-03-21"):
        times = pd.date_range(day, periods=24 * 6, freq="10min", tz="Europe/Berlin")
        spa = pvlib.solarposition.get_solarposition(times, LAT, LON, method="nrel_numpy")
        up = spa["apparent_elevation"].values > 1.0
        elevation, azimuth = spa["apparent_elevation"].values[up], spa["azimuth"].values[up]
        vectors = np.column_stack([np.cos(np.radians(elevation)) * np.sin(np.radians(azimuth)),
                                   np.cos(np.radians(elevation)) * np.cos(np.radians(azimuth)),
                                   np.sin(np.radians(elevation))])
        blocked = _ray_hits_block(point, vectors)
        ours_visible = sun_visible(horizon, elevation, azimuth)[0]
        # leave out moments within 2.5° (the 5° sector half-width) of the block's outline
        top_elevation = np.degrees(np.arctan2(BLOCK["height"] - point[2], (point[1] - (BLOCK["y0"] + BLOCK["depth"])) / np.maximum(np.abs(np.cos(np.radians(azimuth))), 1e-6)))
        edge_azimuth = np.degrees(np.arctan2(100.0, point[1] - (BLOCK["y0"] + BLOCK["depth"])))
        clear_cut = (np.abs(elevation - top_elevation) > 2.5) & (np.abs(np.abs(azimuth - 180.0) - edge_azimuth) > 3.0)
        assert clear_cut.sum() > 20
        assert np.array_equal(ours_visible[clear_cut], ~blocked[clear_cut]), day
        if day == "2026-01-17":  # mid-winter: the block hides the low sun all day
            assert blocked.all() and not ours_visible.any()
        if day == "2026-03-21":  # equinox: hidden around noon (38° < 53° block top), seen beside the block
            noon = int(np.argmax(elevation))
            assert blocked[noon] and not ours_visible[noon]
            assert (~blocked).sum() > 5 and blocked.sum() > 30
        if day == "2026-06-21":  # midsummer: the noon sun (62°) stands above the block's top edge (53°)
            assert not blocked.any() and ours_visible.all()


def test_annual_beam_of_shaded_roof_matches_hourly_ray_casting(solar_helpers):
    settings = SolarSettings(resolution=0.5, n_azimuths=72, sample_spacing=3.0)
    records = solar_helpers.surface_inputs(_tall_block_scene(solar_helpers))
    result = compute_solar_potential(records, LAT, LON, settings)
    roof = _by_id(result)["low_roof"]
    year = climate.synthetic_year(LAT, LON, settings.year, settings.step_minutes)
    # independent: the same synthetic year, visibility by ray casting at the roof's sample points
    xs, ys = np.meshgrid(np.arange(-3.5, 5.0, 3.0), np.arange(1.5, 10.0, 3.0))
    beam_total = 0.0
    for x, y in zip(xs.ravel(), ys.ravel()):
        visible = ~_ray_hits_block(np.array([x, y, ROOF["height"] + 0.3]), year.sun)
        beam_total += np.sum(year.beam_normal * np.maximum(year.sun[:, 2], 0.0) * visible)
    beam_expected = beam_total / xs.size * year.step_hours / 1000.0
    beam_free = np.sum(year.beam_normal * year.sun[:, 2]) * year.step_hours / 1000.0
    assert beam_expected < 0.8 * beam_free  # the block really takes beam away
    # flat roof: no horizon band, no ground reflection → irradiation = beam + sky view × isotropic diffuse
    ours_beam = result.irradiation[roof] - result.sky_view[roof] * year.diffuse_isotropic.sum() * year.step_hours / 1000.0
    assert abs(ours_beam - beam_expected) / beam_free <= 0.03, (ours_beam, beam_expected)
    # sky diffuse obstruction: the block fills part of the southern sky
    assert 0.6 < result.sky_view[roof] < 0.95


def test_irradiation_falls_monotonically_with_neighbour_height(solar_helpers):
    values = []
    for height in (8.0, 20.0, 40.0):
        result = compute_solar_potential(solar_helpers.surface_inputs(_tall_block_scene(solar_helpers, height)), LAT, LON)
        values.append(result.irradiation[_by_id(result)["low_roof"]])
        assert np.all(np.isfinite(result.irradiation)) and np.all(np.isfinite(result.kwh))
    assert values[0] > values[1] > values[2]


def test_bad_surfaces_give_clear_messages(solar_helpers):
    from urban_twin.core.analysis.solar.potential import SurfaceInput

    flat = solar_helpers.surface_inputs({"a": solar_helpers.block_surfaces("a", 0, 0, 10, 10, 6)})
    no_z = SurfaceInput("roof_2d", "b", "RoofSurface", solar_helpers.wkb_of("MultiPolygon (((0 0, 1 0, 1 1, 0 0)))"))
    with pytest.raises(UrbanTwinError) as err:
        compute_solar_potential(flat + [no_z], LAT, LON)
    assert "roof_2d" in str(err.value) and "Z" in str(err.value)
    degenerate = SurfaceInput("roof_line", "c", "RoofSurface", solar_helpers.wkb_of(solar_helpers.polygon_wkt([(5, 5, 6), (6, 6, 6), (7, 7, 6)])))
    result = compute_solar_potential(flat + [degenerate], LAT, LON)
    assert "roof_line" not in result.surface_id and any("roof_line" in w for w in result.warnings)
    with pytest.raises(UrbanTwinError):
        compute_solar_potential([r for r in flat if r.surface_type != "RoofSurface"], LAT, LON)


def _write_dem(path, epsg, left, top, size, value=0.0):
    from osgeo import gdal, osr

    dataset = gdal.GetDriverByName("GTiff").Create(str(path), size, size, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((left, 1.0, 0.0, top, 0.0, -1.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).Fill(value)
    dataset = None
    return str(path)


def test_dem_in_other_crs_or_not_covering(tmp_path, solar_helpers):
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    records = solar_helpers.surface_inputs({"a": solar_helpers.block_surfaces("a", 0, 0, 10, 10, 6)})
    other = _write_dem(tmp_path / "dem_3857.tif", 3857, -50, 50, 100)
    with pytest.raises(UrbanTwinError) as err:
        compute_solar_potential(records, LAT, LON, dem_path=other, crs_wkt=srs.ExportToWkt())
    assert "dem_3857.tif" in str(err.value)
    small = _write_dem(tmp_path / "dem_small.tif", 25832, 0, 5, 5)
    with pytest.raises(UrbanTwinError) as err:
        compute_solar_potential(records, LAT, LON, dem_path=small, crs_wkt=srs.ExportToWkt())
    assert "dem_small.tif" in str(err.value)
    # a DEM that covers: a hill of 30 m to the south raises the horizon and lowers the irradiation
    hill = _write_dem(tmp_path / "dem_ok.tif", 25832, -200, 200, 400, value=0.0)
    from osgeo import gdal

    dataset = gdal.Open(hill, 1)
    band = dataset.GetRasterBand(1)
    heights = band.ReadAsArray()
    heights[230:260, :] = 30.0  # rows 230–260 = y −30 … −60
    band.WriteArray(heights)
    dataset = None
    flat_only = compute_solar_potential(records, LAT, LON)
    with_dem = compute_solar_potential(records, LAT, LON, dem_path=hill, crs_wkt=srs.ExportToWkt())
    roof = _by_id(flat_only)["a_roof"]
    assert with_dem.irradiation[roof] < 0.9 * flat_only.irradiation[roof]
    assert datetime.date(2026, 1, 1).year == 2026


def test_far_apart_buildings_are_computed_in_tiles(solar_helpers):
    # a low roof just north of a 1 km tile boundary, the tall block south of it (the other tile)
    near = {
        "low": solar_helpers.block_surfaces("low", 495.0, 1002.0, 10.0, 10.0, 6.0),
        "tall": solar_helpers.block_surfaces("tall", 400.0, 975.0, 200.0, 10.0, 40.0),
    }
    alone = compute_solar_potential(solar_helpers.surface_inputs(near), LAT, LON)
    # + a building 12 km away: one raster would need 144 million cells; tiles need two small ones
    far = dict(near, far=solar_helpers.block_surfaces("far", 12500.0, 12500.0, 10.0, 10.0, 6.0))
    tiled = compute_solar_potential(solar_helpers.surface_inputs(far), LAT, LON)
    low_alone, low_tiled = alone.irradiation[_by_id(alone)["low_roof"]], tiled.irradiation[_by_id(tiled)["low_roof"]]
    assert abs(low_tiled - low_alone) < 1e-6 * low_alone
    assert low_tiled < 0.85 * tiled.irradiation_unshaded[_by_id(tiled)["low_roof"]]  # shaded across the tile edge
    assert abs(tiled.irradiation[_by_id(tiled)["far_roof"]] / 1080.0 - 1.0) < 0.01  # the lone far roof: free
