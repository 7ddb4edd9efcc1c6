"""Offline irradiance climatology: a deterministic synthetic year from clear sky + monthly GHI.

Method (reference: ../shared/reference/analyses.md §5.3):
1. Clear sky by Ineichen–Perez (2002) with monthly Linke turbidity.
2. Two-state sky per month: a clear state (Ineichen DNI/DHI) with weight f_m and an overcast
   state (all diffuse, GHI = c · GHI_clear) with weight 1 − f_m, where
   f_m = (GHI_target,m / GHI_clear,m − c) / (1 − c). The monthly GHI therefore equals the
   target exactly, and the diffuse share stays realistic (c = 0.50 → DHI/GHI ≈ 0.55), unlike a
   uniform scaling + Erbs split (DHI/GHI ≈ 0.72, too little tilt gain).
3. Transposition by Perez (1990, all-sites composite coefficients) or isotropic sky.

Irradiance is linear in the state weights, so the year is reduced to four per-time-step
series that any plane (and any shading) can be integrated against:
``beam_normal`` (DNI plus Perez circumsolar, behaves like beam), ``diffuse_isotropic``,
``diffuse_horizon`` (Perez horizon band, × sin tilt) and ``ghi`` (for ground reflection).

Defaults (documented in docs/solar.md): monthly GHI of a typical central German site scaled
to 1,080 kWh/m²a (DWD 1991–2020 normals are 950–1,250 kWh/m²a across Germany; the
Neubrandenburg solar cadastre uses the DWD 2005–2020 mean of 1,082 kWh/m²a); Linke turbidity of
Halle (51.48 N, 11.97 E) from the SoDa/Meteotest climatology shipped with pvlib.
"""

import datetime
from dataclasses import dataclass

import numpy as np

from ...errors import UrbanTwinError
from ...i18n import tr
from .sun import extraterrestrial_normal, sun_position, sun_vectors

DEFAULT_MONTHLY_GHI = (23.0, 40.0, 80.0, 123.0, 155.0, 160.0, 163.0, 137.0, 95.0, 57.0, 27.0, 20.0)
DEFAULT_LINKE_TURBIDITY = (3.18, 3.31, 3.72, 3.79, 4.21, 4.26, 4.51, 4.50, 4.12, 3.57, 3.21, 3.01)
DEFAULT_OVERCAST_TRANSMITTANCE = 0.50
DEFAULT_ALBEDO = 0.2
SKY_MODELS = ("perez", "isotropic")

# Perez et al. 1990, "all sites composite": rows = clearness bins 1..8; F1 = f11, f12, f13; F2 = f21, f22, f23
PEREZ_1990 = np.array(
    [
        [-0.0080, 0.5880, -0.0620, -0.0600, 0.0720, -0.0220],
        [0.1300, 0.6830, -0.1510, -0.0190, 0.0660, -0.0290],
        [0.3300, 0.4870, -0.2210, 0.0550, -0.0640, -0.0260],
        [0.5680, 0.1870, -0.2950, 0.1090, -0.1520, -0.0140],
        [0.8730, -0.3920, -0.3620, 0.2260, -0.4620, 0.0010],
        [1.1320, -1.2370, -0.4120, 0.2880, -0.8230, 0.0560],
        [1.0600, -1.6000, -0.3590, 0.2640, -1.1270, 0.1310],
        [0.6780, -0.3270, -0.2500, 0.1560, -1.3770, 0.2510],
    ]
)
PEREZ_CLEARNESS_BINS = (1.065, 1.23, 1.5, 1.95, 2.8, 4.5, 6.2)


def parse_monthly_values(text, name, default, minimum=0.0):
    """'23, 40, …' (12 numbers) or one annual number (spread by the default monthly shape)."""
    if text is None or not str(text).strip():
        return np.asarray(default, dtype=float)
    parts = [p for p in str(text).replace(";", ",").replace(" ", ",").split(",") if p.strip()]
    try:
        values = np.asarray([float(p) for p in parts], dtype=float)
    except ValueError:
        raise UrbanTwinError(tr("{}: expected 12 numbers separated by commas, got “{}”.").format(name, text)) from None
    if values.size == 1:
        shape = np.asarray(default, dtype=float)
        values = values[0] * shape / shape.sum()
    if values.size != 12 or not np.all(np.isfinite(values)) or np.any(values < minimum):
        raise UrbanTwinError(tr("{}: expected 12 numbers separated by commas, got “{}”.").format(name, text))
    return values


@dataclass
class SyntheticYear:
    """Per daylight time step (mid-interval) the mixture-weighted irradiance components (W/m²)."""

    unix_seconds: np.ndarray
    elevation: np.ndarray
    azimuth: np.ndarray
    sun: np.ndarray  # (T, 3) unit vectors east, north, up
    step_hours: float
    beam_normal: np.ndarray
    diffuse_isotropic: np.ndarray
    diffuse_horizon: np.ndarray
    ghi: np.ndarray
    dhi: np.ndarray
    clear_fraction: np.ndarray  # (12,)
    monthly_ghi: np.ndarray  # (12,) kWh/m² of the synthetic year
    albedo: float
    sky_model: str
    months_above_clear_sky: tuple = ()  # 1-based months whose target exceeded the clear sky (scaled up)

    def annual_sum(self, series):
        """Σ W/m² × hours → kWh/m²."""
        return float(np.sum(series) * self.step_hours / 1000.0)

    @property
    def diffuse_fraction(self):
        return self.annual_sum(self.dhi) / self.annual_sum(self.ghi)


def _relative_airmass(apparent_zenith):
    """Kasten & Young (1989), needs the apparent zenith (degrees)."""
    z = np.minimum(apparent_zenith, 90.0)
    return 1.0 / (np.cos(np.radians(z)) + 0.50572 * (6.07995 + (90.0 - z)) ** -1.6364)


def _pressure(altitude):
    return 100.0 * ((44331.514 - altitude) / 11880.516) ** (1.0 / 0.1902632)


def ineichen_clear_sky(apparent_zenith, airmass_absolute, linke, dni_extra, altitude):
    """Ineichen–Perez clear sky (GHI, DNI, DHI) as published (Solar Energy 73:151–157, 2002)."""
    cos_zenith = np.maximum(np.cos(np.radians(apparent_zenith)), 0.0)
    fh1 = np.exp(-altitude / 8000.0)
    fh2 = np.exp(-altitude / 1250.0)
    cg1 = 5.09e-05 * altitude + 0.868
    cg2 = 3.92e-05 * altitude + 0.0387
    ghi = cg1 * dni_extra * cos_zenith * np.exp(-cg2 * airmass_absolute * (fh1 + fh2 * (linke - 1.0)))
    b = 0.664 + 0.163 / fh1
    dni_1 = dni_extra * np.maximum(b * np.exp(-0.09 * airmass_absolute * (linke - 1.0)), 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        dni_2 = ghi * np.clip((1.0 - (0.1 - 0.2 * np.exp(-linke)) / (0.1 + 0.882 / fh1)) / cos_zenith, 0.0, 1e20)
    dni = np.nan_to_num(np.minimum(dni_1, dni_2))
    dhi = ghi - dni * cos_zenith
    return ghi, dni, dhi


def perez_factors(dhi, dni, dni_extra, apparent_zenith, airmass_relative):
    """Perez F1 (circumsolar) and F2 (horizon brightening) per time step; zero where dhi = 0."""
    z = np.radians(apparent_zenith)
    kappa = 1.041
    with np.errstate(divide="ignore", invalid="ignore"):
        epsilon = ((dhi + dni) / dhi + kappa * z**3) / (1.0 + kappa * z**3)
    epsilon = np.nan_to_num(epsilon, nan=1.0, posinf=1.0)
    delta = dhi * airmass_relative / dni_extra
    bins = np.digitize(epsilon, PEREZ_CLEARNESS_BINS)
    c = PEREZ_1990[bins]
    f1 = np.maximum(c[:, 0] + c[:, 1] * delta + c[:, 2] * z, 0.0)
    f2 = c[:, 3] + c[:, 4] * delta + c[:, 5] * z
    empty = dhi <= 0.0
    return np.where(empty, 0.0, f1), np.where(empty, 0.0, f2)


def year_time_steps(year, step_minutes):
    """Unix seconds of the middle of every time step of a calendar year (UTC)."""
    if step_minutes <= 0 or 1440 % step_minutes:
        raise UrbanTwinError(tr("The time step must divide a day evenly (e.g. 10, 15, 30, 60 minutes)."))
    start = datetime.datetime(year, 1, 1, tzinfo=datetime.timezone.utc).timestamp()
    end = datetime.datetime(year + 1, 1, 1, tzinfo=datetime.timezone.utc).timestamp()
    step = step_minutes * 60.0
    return np.arange(start, end, step) + step / 2.0


def month_index(unix_seconds):
    moments = np.asarray(unix_seconds).astype("datetime64[s]")
    return (moments.astype("datetime64[M]").astype(int) % 12).astype(int)


def synthetic_year(
    latitude,
    longitude,
    year=2026,
    step_minutes=60,
    monthly_ghi=DEFAULT_MONTHLY_GHI,
    linke_turbidity=DEFAULT_LINKE_TURBIDITY,
    overcast_transmittance=DEFAULT_OVERCAST_TRANSMITTANCE,
    altitude=100.0,
    albedo=DEFAULT_ALBEDO,
    sky_model="perez",
):
    """Build the two-state synthetic year for a site; monthly GHI (kWh/m²) is met exactly."""
    if sky_model not in SKY_MODELS:
        raise UrbanTwinError(tr("Unknown sky model {}.").format(sky_model))
    if not 0.0 < overcast_transmittance < 1.0:
        raise UrbanTwinError(tr("The overcast transmittance must lie between 0 and 1."))
    monthly_ghi = np.asarray(monthly_ghi, dtype=float)
    linke = np.asarray(linke_turbidity, dtype=float)
    seconds = year_time_steps(year, step_minutes)
    elevation, azimuth = sun_position(seconds, latitude, longitude)
    day = elevation > 0.0
    seconds, elevation, azimuth = seconds[day], elevation[day], azimuth[day]
    months = month_index(seconds)
    step_hours = step_minutes / 60.0

    zenith = 90.0 - elevation
    dni_extra = extraterrestrial_normal(seconds)
    airmass = _relative_airmass(zenith)
    airmass_absolute = airmass * _pressure(altitude) / 101325.0
    ghi_c, dni_c, dhi_c = ineichen_clear_sky(zenith, airmass_absolute, linke[months], dni_extra, altitude)

    clear_monthly = np.bincount(months, weights=ghi_c, minlength=12) * step_hours / 1000.0
    ratio = np.divide(monthly_ghi, clear_monthly, out=np.zeros(12), where=clear_monthly > 0)
    clear_fraction = np.clip((ratio - overcast_transmittance) / (1.0 - overcast_transmittance), 0.0, 1.0)
    # outside the two-state range: all overcast with a lower transmittance, or clear sky scaled up
    overcast_level = np.where(ratio <= overcast_transmittance, ratio, overcast_transmittance)
    clear_scale = np.where(ratio > 1.0, ratio, 1.0)

    f = clear_fraction[months]
    ghi_c, dni_c, dhi_c = ghi_c * clear_scale[months], dni_c * clear_scale[months], dhi_c * clear_scale[months]
    ghi_o = overcast_level[months] * ghi_c / clear_scale[months]

    cos_limited = np.maximum(np.cos(np.radians(zenith)), np.cos(np.radians(85.0)))
    if sky_model == "perez":
        f1_c, f2_c = perez_factors(dhi_c, dni_c, dni_extra, zenith, airmass)
        f1_o, f2_o = perez_factors(ghi_o, np.zeros_like(ghi_o), dni_extra, zenith, airmass)
    else:
        f1_c = f2_c = f1_o = f2_o = np.zeros_like(ghi_o)

    beam_normal = f * (dni_c + dhi_c * f1_c / cos_limited) + (1.0 - f) * ghi_o * f1_o / cos_limited
    diffuse_isotropic = f * dhi_c * (1.0 - f1_c) + (1.0 - f) * ghi_o * (1.0 - f1_o)
    diffuse_horizon = f * dhi_c * f2_c + (1.0 - f) * ghi_o * f2_o
    ghi = f * ghi_c + (1.0 - f) * ghi_o
    dhi = f * dhi_c + (1.0 - f) * ghi_o
    monthly = np.bincount(months, weights=ghi, minlength=12) * step_hours / 1000.0
    return SyntheticYear(
        unix_seconds=seconds,
        elevation=elevation,
        azimuth=azimuth,
        sun=sun_vectors(elevation, azimuth),
        step_hours=step_hours,
        beam_normal=beam_normal,
        diffuse_isotropic=diffuse_isotropic,
        diffuse_horizon=diffuse_horizon,
        ghi=ghi,
        dhi=dhi,
        clear_fraction=clear_fraction,
        monthly_ghi=monthly,
        albedo=albedo,
        sky_model=sky_model,
        months_above_clear_sky=tuple(int(m) + 1 for m in np.flatnonzero(ratio > 1.0)),
    )


def plane_normal(tilt, azimuth):
    """Unit normal (east, north, up) of a plane with tilt and azimuth (degrees)."""
    t, a = np.radians(tilt), np.radians(azimuth)
    return np.stack([np.sin(t) * np.sin(a), np.sin(t) * np.cos(a), np.cos(t) * np.ones_like(a)], axis=-1)


def unobstructed_plane_irradiation(year_data, tilt, azimuth):
    """Annual irradiation (kWh/m²a) on unobstructed planes; tilt/azimuth scalars or arrays."""
    tilt = np.atleast_1d(np.asarray(tilt, dtype=float))
    azimuth = np.atleast_1d(np.asarray(azimuth, dtype=float))
    normals = plane_normal(tilt, azimuth)
    cos_incidence = np.maximum(normals @ year_data.sun.T, 0.0)
    beam = cos_incidence @ year_data.beam_normal
    cos_tilt = np.cos(np.radians(tilt))
    diffuse = 0.5 * (1.0 + cos_tilt) * year_data.diffuse_isotropic.sum()
    horizon = np.sin(np.radians(tilt)) * year_data.diffuse_horizon.sum()
    ground = year_data.albedo * 0.5 * (1.0 - cos_tilt) * year_data.ghi.sum()
    return (beam + diffuse + horizon + ground) * year_data.step_hours / 1000.0
