"""Sun position against pvlib's NREL SPA (the reference is computed here, not copied)."""

import numpy as np
import pandas as pd
import pvlib
import pytest

from urban_twin.core.analysis.solar.sun import extraterrestrial_normal, sun_position, to_unix_seconds


@pytest.mark.parametrize("latitude,longitude", [(51.48, 11.97), (54.78, 9.43), (47.42, 10.98)])
def test_sun_position_matches_spa_over_a_year(latitude, longitude):
    times = pd.date_range("2026-01-01", "2027-01-01", freq="10min", tz="UTC", inclusive="left")
    spa = pvlib.solarposition.get_solarposition(times, latitude, longitude, method="nrel_numpy")
    seconds = to_unix_seconds(times.tz_convert(None).values)
    elevation, azimuth = sun_position(seconds, latitude, longitude)
    geometric, _ = sun_position(seconds, latitude, longitude, refraction=False)

    day = spa["elevation"].values > 0.0
    assert day.sum() > 20000
    # geometric zenith over all daylight; apparent (refracted) above 5° where both refraction models agree
    assert np.max(np.abs(geometric[day] - (90.0 - spa["zenith"].values[day]))) <= 0.05
    above = spa["apparent_elevation"].values > 5.0
    assert np.max(np.abs(elevation[above] - spa["apparent_elevation"].values[above])) <= 0.05
    azimuth_error = np.abs((azimuth[day] - spa["azimuth"].values[day] + 180.0) % 360.0 - 180.0)
    assert azimuth_error.max() <= 0.05


def test_south_at_solar_noon_and_extraterrestrial_matches_pvlib():
    times = pd.date_range("2026-03-21 00:00", periods=24 * 60, freq="1min", tz="UTC")
    seconds = to_unix_seconds(times.tz_convert(None).values)
    elevation, azimuth = sun_position(seconds, 51.48, 11.97)
    noon = int(np.argmax(elevation))
    assert abs(azimuth[noon] - 180.0) < 0.5
    # equinox noon elevation ≈ 90° − latitude (declination ≈ 0)
    assert abs(elevation[noon] - (90.0 - 51.48)) < 0.6
    reference = pvlib.irradiance.get_extra_radiation(times).values
    assert np.allclose(extraterrestrial_normal(seconds), reference, rtol=1e-6)
