"""Shadow polygons: analytic lengths and areas, direction, the algorithm, night times, CLI."""

import datetime
import math

import pytest
from qgis.core import QgsGeometry, QgsProcessingException, QgsVectorLayer

from urban_twin.core.analysis.solar import shadow, times
from urban_twin.core.analysis.solar.sun import sun_position


def _solid(solar_helpers, height=20.0, ridge=0.0):
    records = solar_helpers.surface_inputs({"B": solar_helpers.block_surfaces("B", 0, 0, 10, 10, height, ridge_rise=ridge, ground=50.0)})
    (solid,) = shadow.group_buildings(records)
    return solid


def test_20_m_block_at_30_degrees_casts_34_64_m(solar_helpers):
    solid = _solid(solar_helpers)
    geometry, length = shadow.building_shadow(solid, 30.0, 180.0)
    expected = 20.0 / math.tan(math.radians(30.0))
    assert abs(expected - 34.64) < 0.005
    assert abs(length - expected) < 1e-6
    box = geometry.boundingBox()
    # south sun → shadow to the north: y from the south wall (0) to the north wall + 34.64 m
    assert abs(box.yMinimum() - 0.0) < 1e-6 and abs(box.yMaximum() - (10.0 + expected)) < 1e-6
    assert abs(box.xMinimum()) < 1e-6 and abs(box.xMaximum() - 10.0) < 1e-6
    assert abs(geometry.area() - 10.0 * (10.0 + expected)) < 1e-6


@pytest.mark.parametrize("elevation,azimuth", [(30.0, 135.0), (15.0, 250.0), (60.0, 90.0)])
def test_shadow_area_is_the_minkowski_sum(solar_helpers, elevation, azimuth):
    solid = _solid(solar_helpers)
    geometry, _ = shadow.building_shadow(solid, elevation, azimuth)
    length = 20.0 / math.tan(math.radians(elevation))
    dx, dy = -length * math.sin(math.radians(azimuth)), -length * math.cos(math.radians(azimuth))
    # rectangle w × d swept by (dx, dy): w·d + |dx|·d + |dy|·w
    assert abs(geometry.area() - (100.0 + abs(dx) * 10.0 + abs(dy) * 10.0)) < 1e-4
    centroid = geometry.centroid().asPoint()
    assert (centroid.x() - 5.0) * dx >= 0 and (centroid.y() - 5.0) * dy >= 0  # away from the sun


def test_pitched_roof_shadow_uses_the_ridge(solar_helpers):
    solid = _solid(solar_helpers, height=6.0, ridge=4.0)  # eaves 6 m south, 10 m at the north wall
    geometry, length = shadow.building_shadow(solid, 45.0, 180.0)
    assert abs(length - 10.0) < 1e-6
    assert abs(geometry.boundingBox().yMaximum() - 20.0) < 1e-6


def test_low_sun_is_refused(solar_helpers):
    from urban_twin.core.errors import UrbanTwinError

    with pytest.raises(UrbanTwinError):
        shadow.building_shadow(_solid(solar_helpers), 1.0, 180.0)


def test_times_and_time_zone():
    assert [t.strftime("%H:%M") for t in times.parse_times("8:00-10:00/60, 12:30")] == ["08:00", "09:00", "10:00", "12:30"]
    zone = times.time_zone("Europe/Berlin")
    summer = times.local_moments(datetime.date(2026, 6, 21), times.parse_times("12:00"), zone)[0]
    assert summer.utcoffset() == datetime.timedelta(hours=2)
    assert times._CentralEuropeanTime().utcoffset(datetime.datetime(2026, 3, 21, 10)) == datetime.timedelta(hours=1)
    assert times._CentralEuropeanTime().utcoffset(datetime.datetime(2026, 6, 21, 10)) == datetime.timedelta(hours=2)
    from urban_twin.core.errors import UrbanTwinError

    for bad in ("25:00", "ten", ""):
        with pytest.raises(UrbanTwinError):
            times.parse_times(bad)
    with pytest.raises(UrbanTwinError):
        times.time_zone("Mars/Olympus")


def test_shadow_algorithm_for_21_march_10_00(run_alg, tmp_path, solar_helpers):
    path = solar_helpers.write_surfaces_gpkg(
        str(tmp_path / "city.gpkg"),
        {"PLANNED": solar_helpers.block_surfaces("PLANNED", 500000, 5700000, 10, 10, 20), "OLD": solar_helpers.block_surfaces("OLD", 500100, 5700000, 10, 10, 9)},
    )
    out = str(tmp_path / "shadows.gpkg")
    result = run_alg("urbantwin:shadow", {"BUILDINGS": path + "|layername=building_surfaces", "DATE": "2026-03-21", "TIMES": "10:00, 23:00", "OUTPUT": out})
    layer = QgsVectorLayer(out + "|layername=shadows", "s", "ogr")
    rows = {f["building_id"]: f for f in layer.getFeatures()}
    assert result["SHADOW_COUNT"] == 2 and set(rows) == {"PLANNED", "OLD"}  # 23:00 skipped (night)
    # independent sun position for 21 March 10:00 CET at the layer's centre (pvlib SPA)
    import pandas as pd
    import pvlib
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    centre = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:25832"), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()).transform(QgsPointXY(500055, 5700005))
    spa = pvlib.solarposition.get_solarposition(pd.DatetimeIndex([pd.Timestamp("2026-03-21 10:00", tz="Europe/Berlin")]), centre.y(), centre.x(), method="nrel_numpy")
    elevation, azimuth = float(spa["apparent_elevation"].iloc[0]), float(spa["azimuth"].iloc[0])
    planned = rows["PLANNED"]
    assert abs(planned["sun_elevation"] - elevation) < 0.05 and abs(planned["sun_azimuth"] - azimuth) < 0.05
    assert planned["local_time"] == "2026-03-21T10:00+01:00"
    assert abs(planned["shadow_length"] - 20.0 / math.tan(math.radians(elevation))) < 0.05
    length = 20.0 / math.tan(math.radians(planned["sun_elevation"]))
    dx, dy = length * math.sin(math.radians(planned["sun_azimuth"])), length * math.cos(math.radians(planned["sun_azimuth"]))
    assert abs(planned["area"] - (100 + 10 * abs(dx) + 10 * abs(dy))) < 0.05
    assert abs(QgsGeometry(planned.geometry()).area() - planned["area"]) < 0.01
    assert layer.fields().field("shadow_length").alias() != ""
    assert layer.renderer().symbol().opacity() < 1.0


def test_night_only_times_give_a_clear_message(run_alg, tmp_path, solar_helpers):
    path = solar_helpers.write_surfaces_gpkg(str(tmp_path / "c.gpkg"), {"B": solar_helpers.block_surfaces("B", 500000, 5700000, 10, 10, 20)})
    with pytest.raises(QgsProcessingException) as err:
        run_alg("urbantwin:shadow", {"BUILDINGS": path + "|layername=building_surfaces", "DATE": "2026-01-17", "TIMES": "6:00, 18:00", "OUTPUT": str(tmp_path / "o.gpkg")})
    assert "2026-01-17" in str(err.value)
    assert not (tmp_path / "o.gpkg").exists()


def test_shadow_cli_series(qgis_process, tmp_path, solar_helpers):
    path = solar_helpers.write_surfaces_gpkg(str(tmp_path / "c.gpkg"), {"B": solar_helpers.block_surfaces("B", 500000, 5700000, 10, 10, 20)})
    out = str(tmp_path / "cli_shadows.gpkg")
    completed = qgis_process(
        "run", "urbantwin:shadow", "--", "BUILDINGS={}|layername=building_surfaces".format(path), "DATE=2026-03-21",
        "TIMES=9:00-15:00/120", "OUTPUT={}".format(out), env=solar_helpers.cli_env,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert "SHADOW_COUNT:\t4" in completed.stdout
    layer = QgsVectorLayer(out + "|layername=shadows", "s", "ogr")
    assert sorted(f["local_time"][11:16] for f in layer.getFeatures()) == ["09:00", "11:00", "13:00", "15:00"]
    elevation, _ = sun_position([datetime.datetime(2026, 3, 21, 12, tzinfo=datetime.timezone.utc).timestamp()], 51.4, 9.0)
    assert elevation[0] > 30
