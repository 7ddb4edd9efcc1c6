"""Sun position (NOAA solar calculator algorithm, vectorised with numpy).

The NOAA spreadsheet algorithm (after Meeus, "Astronomical Algorithms") agrees with NREL's SPA
to about 0.01° for current dates, which is far below what matters for shadows (a 30 m building's
shadow moves by less than 1 cm). Times are UTC as Unix seconds; angles in degrees; azimuth is
clockwise from north (180 = south); elevation is apparent (with atmospheric refraction) unless
``refraction=False``.
"""

import datetime

import numpy as np

UNIX_EPOCH_JULIAN_DAY = 2440587.5


def to_unix_seconds(moments):
    """datetime (aware) / numpy datetime64 (UTC) / numbers → float Unix seconds (numpy array)."""
    if isinstance(moments, datetime.datetime):
        moments = [moments]
    array = np.asarray(moments)
    if np.issubdtype(array.dtype, np.datetime64):
        return array.astype("datetime64[ms]").astype(np.int64) / 1000.0
    if array.dtype == object:
        values = []
        for moment in array.ravel():
            if moment.tzinfo is None:
                raise ValueError("naive datetime: give a time zone")
            values.append(moment.timestamp())
        return np.asarray(values, dtype=float).reshape(array.shape)
    return array.astype(float)


def _refraction_degrees(elevation):
    """Atmospheric refraction (degrees) as in the NOAA solar calculator."""
    e = np.asarray(elevation, dtype=float)
    t = np.tan(np.radians(np.clip(e, -89.0, 89.0)))
    with np.errstate(divide="ignore", invalid="ignore"):
        high = 58.1 / t - 0.07 / t**3 + 0.000086 / t**5
        low = 1735.0 + e * (-518.2 + e * (103.4 + e * (-12.79 + e * 0.711)))
        below = -20.772 / t
    arcsec = np.where(e > 85.0, 0.0, np.where(e > 5.0, high, np.where(e > -0.575, low, below)))
    return arcsec / 3600.0


def sun_position(unix_seconds, latitude, longitude, refraction=True):
    """Sun (elevation, azimuth) in degrees for Unix times (UTC) at a place (WGS84 degrees).

    Returns two numpy arrays of the shape of ``unix_seconds``. Vectorised (a year in 10-minute
    steps, 52,560 times, takes about 0.05 s on the 2-core reference VM).
    """
    seconds = np.asarray(unix_seconds, dtype=float)
    julian_day = seconds / 86400.0 + UNIX_EPOCH_JULIAN_DAY
    jc = (julian_day - 2451545.0) / 36525.0

    mean_longitude = np.mod(280.46646 + jc * (36000.76983 + jc * 0.0003032), 360.0)
    mean_anomaly = np.radians(357.52911 + jc * (35999.05029 - 0.0001537 * jc))
    eccentricity = 0.016708634 - jc * (0.000042037 + 0.0000001267 * jc)
    centre = (
        np.sin(mean_anomaly) * (1.914602 - jc * (0.004817 + 0.000014 * jc))
        + np.sin(2 * mean_anomaly) * (0.019993 - 0.000101 * jc)
        + np.sin(3 * mean_anomaly) * 0.000289
    )
    omega = np.radians(125.04 - 1934.136 * jc)
    apparent_longitude = np.radians(mean_longitude + centre - 0.00569 - 0.00478 * np.sin(omega))
    mean_obliquity = 23.0 + (26.0 + (21.448 - jc * (46.815 + jc * (0.00059 - jc * 0.001813))) / 60.0) / 60.0
    obliquity = np.radians(mean_obliquity + 0.00256 * np.cos(omega))
    declination = np.arcsin(np.sin(obliquity) * np.sin(apparent_longitude))

    y = np.tan(obliquity / 2.0) ** 2
    l0 = np.radians(mean_longitude)
    equation_of_time = 4.0 * np.degrees(
        y * np.sin(2 * l0)
        - 2 * eccentricity * np.sin(mean_anomaly)
        + 4 * eccentricity * y * np.sin(mean_anomaly) * np.cos(2 * l0)
        - 0.5 * y * y * np.sin(4 * l0)
        - 1.25 * eccentricity * eccentricity * np.sin(2 * mean_anomaly)
    )
    minutes_of_day = np.mod(seconds, 86400.0) / 60.0
    true_solar_time = np.mod(minutes_of_day + equation_of_time + 4.0 * longitude, 1440.0)
    hour_angle = np.radians(true_solar_time / 4.0 - 180.0)

    lat = np.radians(latitude)
    cos_zenith = np.sin(lat) * np.sin(declination) + np.cos(lat) * np.cos(declination) * np.cos(hour_angle)
    elevation = np.degrees(np.arcsin(np.clip(cos_zenith, -1.0, 1.0)))
    azimuth = np.mod(
        np.degrees(np.arctan2(np.sin(hour_angle), np.cos(hour_angle) * np.sin(lat) - np.tan(declination) * np.cos(lat))) + 180.0,
        360.0,
    )
    if refraction:
        elevation = elevation + _refraction_degrees(elevation)
    return elevation, azimuth


def sun_vectors(elevation, azimuth):
    """Unit vectors (east, north, up) pointing to the sun, shape (..., 3)."""
    alt = np.radians(elevation)
    az = np.radians(azimuth)
    return np.stack([np.cos(alt) * np.sin(az), np.cos(alt) * np.cos(az), np.sin(alt)], axis=-1)


def extraterrestrial_normal(unix_seconds):
    """Extraterrestrial normal irradiance (W/m²), Spencer (1971) as in pvlib's default."""
    seconds = np.asarray(unix_seconds, dtype=float)
    moments = seconds.astype("datetime64[s]")
    years = moments.astype("datetime64[Y]")
    day_of_year = (moments.astype("datetime64[D]") - years.astype("datetime64[D]")).astype(float) + 1.0
    b = 2.0 * np.pi * (day_of_year - 1.0) / 365.0
    factor = 1.00011 + 0.034221 * np.cos(b) + 0.00128 * np.sin(b) + 0.000719 * np.cos(2 * b) + 0.000077 * np.sin(2 * b)
    return 1366.1 * factor
