"""Cancelling leaves no output; polar night and night-only times give clear messages (Svalbard, 78° N)."""

import datetime

import numpy as np
import pytest
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsProject

from urban_twin.core.analysis.solar import sunhours, times
from urban_twin.core.analysis.solar.potential import Cancelled, compute_solar_potential


def test_core_stops_when_cancelled(solar_helpers):
    records = solar_helpers.surface_inputs({"A": solar_helpers.block_surfaces("A", 0, 0, 10, 10, 6)})
    calls = []

    def cancel_after_raster(fraction, message=None):
        calls.append(fraction)
        return fraction >= 0.15

    with pytest.raises(Cancelled):
        compute_solar_potential(records, 51.5, 12.0, progress=cancel_after_raster)
    assert calls and max(calls) < 0.5  # stopped before the irradiation step


class CancelledFeedback(QgsProcessingFeedback):
    def isCanceled(self):  # noqa: N802 - QGIS API
        return True


def test_cancelled_algorithm_writes_nothing(urbantwin_provider, tmp_path, solar_helpers):
    import processing

    path = solar_helpers.write_surfaces_gpkg(str(tmp_path / "c.gpkg"), {"A": solar_helpers.block_surfaces("A", 500000, 5700000, 10, 10, 6)})
    out = tmp_path / "never.gpkg"
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    with pytest.raises(QgsProcessingException) as err:
        processing.run("urbantwin:solarpotential", {"SURFACES": path + "|layername=building_surfaces", "OUTPUT": str(out)},
                       feedback=CancelledFeedback(), context=context)
    assert "Cancelled" in str(err.value) or "abgebrochen" in str(err.value)
    assert not out.exists() and not list(tmp_path.glob(".never*"))


def test_polar_night_on_svalbard(run_alg, tmp_path, solar_helpers):
    # Longyearbyen ≈ 78.2° N, 15.6° E: UTM 33N E 513000, N 8680000
    elevation, _ = sunhours.daylight_steps(times.day_steps(datetime.date(2026, 1, 17), times.time_zone("UTC"), 10), 78.2, 15.6)
    assert elevation.size == 0
    path = solar_helpers.write_surfaces_gpkg(str(tmp_path / "svalbard.gpkg"), {"S": solar_helpers.block_surfaces("S", 513000, 8680000, 10, 10, 8)}, epsg=32633)
    with pytest.raises(QgsProcessingException) as err:
        run_alg("urbantwin:sunhours", {"BUILDINGS": path + "|layername=building_surfaces", "DATE": "2026-01-17", "OUTPUT_RASTER": str(tmp_path / "h.tif")})
    assert "2026-01-17" in str(err.value)
    with pytest.raises(QgsProcessingException) as err:
        run_alg("urbantwin:shadow", {"BUILDINGS": path + "|layername=building_surfaces", "DATE": "2026-01-17", "TIMES": "12:00", "OUTPUT": str(tmp_path / "s.gpkg")})
    assert "2026-01-17" in str(err.value)
    assert not (tmp_path / "h.tif").exists() and not (tmp_path / "s.gpkg").exists()
    # midsummer: the midnight sun shines all 24 hours on open ground
    result = run_alg("urbantwin:sunhours", {"BUILDINGS": path + "|layername=building_surfaces", "DATE": "2026-06-21", "STEP_MINUTES": 30,
                                            "OUTPUT_RASTER": str(tmp_path / "june.tif")})
    assert abs(result["DAY_LENGTH"] - 24.0) < 1e-9
    from osgeo import gdal

    hours = gdal.Open(str(tmp_path / "june.tif")).ReadAsArray()
    assert np.isclose(hours[hours != sunhours.NODATA].max(), 24.0, atol=1e-4)
