"""Annual irradiation of roof (and façade) surfaces with shading, usable area, kWp, kWh/a, classes.

Pipeline: WKB surfaces → planar facets (Newell) → sample points in each facet → height raster
from the shading buildings (+ DEM) → horizon per point → synthetic year (two-state climatology)
→ beam by sector-sorted cumulative sums (exact for the sector horizon, no per-hour loop per
point), sky diffuse by the analytic sky view of the tilted plane, ground reflection → per-facet
mean → per-surface area-weighted values.
"""

from dataclasses import dataclass, field

import numpy as np

from ...errors import UrbanTwinError
from ...i18n import tr
from . import climate
from .geometry import MissingZError, inner_area, make_facet, orient_facet, polygons_from_wkb, sample_points, tilt_azimuth
from .heightraster import build_height_raster
from .horizon import horizon_angles, sector_index, sky_view

ROOF, WALL = "RoofSurface", "WallSurface"
CLASSES = ("very_good", "good", "limited", "check_on_site", "not_suitable")
TILE_SIZE = 1000.0  # m; sample points are processed in tiles of this size


def class_labels():
    return {
        "very_good": tr("very good"),
        "good": tr("good"),
        "limited": tr("limited"),
        "check_on_site": tr("check on site"),
        "not_suitable": tr("not suitable"),
    }


@dataclass
class SolarSettings:
    year: int = 2026
    step_minutes: int = 60
    monthly_ghi: tuple = climate.DEFAULT_MONTHLY_GHI
    linke_turbidity: tuple = climate.DEFAULT_LINKE_TURBIDITY
    overcast_transmittance: float = climate.DEFAULT_OVERCAST_TRANSMITTANCE
    albedo: float = climate.DEFAULT_ALBEDO
    sky_model: str = "perez"
    module_efficiency: float = 0.20  # kWp per m² of module
    performance_ratio: float = 0.80
    min_usable_area: float = 10.0
    edge_clearance: float = 0.5
    flat_roof_tilt: float = 10.0
    flat_roof_coverage: float = 0.6
    north_limit: float = 100.0  # |azimuth − 180| above this on pitched roofs → not suitable
    include_facades: bool = False
    resolution: float = 1.0
    n_azimuths: int = 36
    max_distance: float = 300.0
    sample_spacing: float = 2.0
    max_points: int = 12
    site_altitude: float = None  # m above sea level for the clear-sky model; None → median building base


@dataclass
class SurfaceInput:
    surface_id: str
    building_id: str
    surface_type: str
    wkb: bytes


@dataclass
class SolarResult:
    surface_id: list
    building_id: list
    surface_type: list
    tilt: np.ndarray
    azimuth: np.ndarray
    area: np.ndarray
    usable_area: np.ndarray
    irradiation_unshaded: np.ndarray
    irradiation: np.ndarray
    shading_loss: np.ndarray
    sky_view: np.ndarray
    suitability: list
    kwp: np.ndarray
    kwh: np.ndarray
    geometries: list  # WKB of the input surfaces, in the same order
    optimum_irradiation: float
    warnings: list = field(default_factory=list)


class Cancelled(Exception):
    pass


def _facets_of(record, index, warnings):
    try:
        polygons = polygons_from_wkb(record.wkb)
    except MissingZError as err:
        raise UrbanTwinError(err.message, obj=record.surface_id) from None
    facets = [f for f in (make_facet(index, rings) for rings in polygons if rings) if f is not None]
    if not facets:
        warnings.append(tr("Surface {} is degenerate (no area) and was skipped.").format(record.surface_id))
    return facets


def shading_facets(records, parsed=None):
    """Facets of everything that casts shadows and, per facet, its building's lowest point (the ground
    under it — all features of a building count, not just the roof). ``parsed``: facets per record."""
    facets, owners, z_min = [], [], {}
    for index, record in enumerate(records):
        if parsed is not None:
            record_facets = parsed[index]
        else:
            try:
                polygons = polygons_from_wkb(record.wkb)
            except MissingZError as err:
                raise UrbanTwinError(err.message, obj=record.surface_id) from None
            record_facets = (make_facet(index, rings) for rings in polygons if rings)
        for facet in record_facets:
            if facet is not None:
                facets.append(facet)
                owners.append(record.building_id)
                z_min[record.building_id] = min(z_min.get(record.building_id, np.inf), float(facet.rings[0][:, 2].min()))
    return facets, [z_min[b] for b in owners]


def optimum_irradiation(year_data):
    """Annual irradiation of the best unobstructed plane (tilt 0…60°, south) — the class reference."""
    tilts = np.arange(0.0, 61.0, 2.5)
    return float(climate.unobstructed_plane_irradiation(year_data, tilts, np.full(tilts.size, 180.0)).max())


def classify(ratio, usable_area, tilt, azimuth, settings):
    codes = np.where(
        ratio >= 0.95, "very_good", np.where(ratio >= 0.80, "good", np.where(ratio >= 0.75, "limited", "check_on_site"))
    )
    north = (tilt >= settings.flat_roof_tilt) & (np.abs(azimuth - 180.0) > settings.north_limit)
    too_small = usable_area < settings.min_usable_area
    return np.where(north | too_small, "not_suitable", codes).tolist()


def _beam_on_points(year_data, facet_normals, point_facet, horizon, n_azimuths, chunk=256):
    """Σ_t beam(t) · max(0, n·s(t)) · [sun above the point's horizon] (Wh/m² / step_hours)."""
    sectors = sector_index(year_data.azimuth, n_azimuths)
    order = np.lexsort((-year_data.elevation, sectors))
    sorted_elevation = year_data.elevation[order]
    starts = np.searchsorted(sectors[order], np.arange(n_azimuths + 1))
    visible_end = np.empty(horizon.shape, dtype=np.int64)
    for k in range(n_azimuths):
        segment = -sorted_elevation[starts[k] : starts[k + 1]]
        visible_end[:, k] = starts[k] + np.searchsorted(segment, -horizon[:, k], side="left")
    sun_sorted = year_data.sun[order]
    beam_sorted = year_data.beam_normal[order]

    shaded = np.zeros(point_facet.size)
    unshaded = np.zeros(facet_normals.shape[0])
    point_order = np.argsort(point_facet, kind="stable")
    facet_bounds = np.searchsorted(point_facet[point_order], np.arange(facet_normals.shape[0] + 1))
    for first in range(0, facet_normals.shape[0], chunk):
        last = min(first + chunk, facet_normals.shape[0])
        weights = np.maximum(facet_normals[first:last] @ sun_sorted.T, 0.0) * beam_sorted[None, :]
        cumulative = np.zeros((last - first, weights.shape[1] + 1))
        np.cumsum(weights, axis=1, out=cumulative[:, 1:])
        unshaded[first:last] = cumulative[:, -1]
        points = point_order[facet_bounds[first] : facet_bounds[last]]
        rows = (point_facet[points] - first)[:, None]
        gained = cumulative[rows, visible_end[points]] - cumulative[rows, starts[None, :n_azimuths]]
        shaded[points] = gained.sum(axis=1)
    return shaded, unshaded


def _point_offsets(facets, resolution, is_wall):
    """Lift sample points off their plane so the raster of the own roof does not shade them."""
    offsets = []
    for facet, wall in zip(facets, is_wall):
        if wall:
            offsets.append(0.75 * resolution + 0.2)
        else:
            tilt = np.arccos(np.clip(facet.normal[2], 0.0, 1.0))
            offsets.append(min(0.3 + 0.71 * resolution * np.tan(min(tilt, np.radians(75.0))), 3.0))
    return np.asarray(offsets)


def _tiled_horizons(points, shade_facets, shade_base, settings, dem_path, crs_wkt, progress):
    """Horizon per point, tile by tile (TILE_SIZE), each tile with its own height raster reaching
    ``max_distance`` beyond it — so a whole town never needs one huge raster."""
    reach = settings.max_distance
    bounds = np.array([np.concatenate([f.rings[0][:, :2].min(axis=0), f.rings[0][:, :2].max(axis=0)]) for f in shade_facets]).reshape(-1, 4)
    keys = np.floor(points[:, :2] / TILE_SIZE).astype(np.int64)
    tiles, inverse = np.unique(keys, axis=0, return_inverse=True)
    inverse = inverse.ravel()
    horizon = np.empty((points.shape[0], settings.n_azimuths))
    for number in range(len(tiles)):
        members = np.flatnonzero(inverse == number)
        low, high = points[members, :2].min(axis=0), points[members, :2].max(axis=0)
        near = (bounds[:, 2] >= low[0] - reach) & (bounds[:, 0] <= high[0] + reach) & (bounds[:, 3] >= low[1] - reach) & (bounds[:, 1] <= high[1] + reach)
        subset = [shade_facets[i] for i in np.flatnonzero(near)]
        bases = [shade_base[i] for i in np.flatnonzero(near)]
        if dem_path:  # the terrain matters beyond the buildings: the raster reaches max_distance
            extent = (low[0], low[1], high[0], high[1])
        else:  # without terrain nothing beyond the buildings can shade
            corners = np.vstack([points[members, :2], bounds[near, :2], bounds[near, 2:]])
            extent = (corners[:, 0].min(), corners[:, 1].min(), corners[:, 0].max(), corners[:, 1].max())
        raster = build_height_raster(subset, bases, extent, settings.resolution, 20.0, dem_path, crs_wkt, reach)
        if progress(0.15 + 0.6 * number / len(tiles), tr("Height raster built") if number == 0 else None):
            raise Cancelled()
        share = (number, len(tiles))

        def tile_progress(fraction, share=share):
            return progress(0.15 + 0.6 * (share[0] + fraction) / share[1], None)

        horizon[members] = horizon_angles(raster, points[members], settings.n_azimuths, reach, feedback=tile_progress)
        if progress(0.15 + 0.6 * (number + 1) / len(tiles), None):
            raise Cancelled()
    return horizon


def compute_solar_potential(
    surfaces, latitude, longitude, settings=None, shading=None, dem_path=None, crs_wkt=None, progress=None
):
    """Solar potential of the roof (and optionally wall) surfaces in ``surfaces`` (SurfaceInput list).

    ``shading``: SurfaceInput-like records (wkb, building_id) of the buildings that cast shadows;
    None → the surfaces themselves. ``progress(fraction, message)`` returns True to cancel.
    """
    settings = settings or SolarSettings()
    progress = progress or (lambda fraction, message=None: False)
    warnings = []
    wanted = {ROOF, WALL} if settings.include_facades else {ROOF}

    # 1. facets of all surfaces (for building bases and centroids), targets are roofs (+ walls)
    building_z_min, building_points = {}, {}
    target_index, target_facets, parsed = [], [], []
    for index, record in enumerate(surfaces):
        facets = _facets_of(record, index, warnings)
        parsed.append(facets)
        for facet in facets:
            ring = facet.rings[0]
            building_z_min[record.building_id] = min(building_z_min.get(record.building_id, np.inf), float(ring[:, 2].min()))
            building_points.setdefault(record.building_id, []).append(facet.origin)
        if record.surface_type in wanted and facets:
            target_index.append(index)
            target_facets.append(facets)
    if not target_index:
        raise UrbanTwinError(tr("The surfaces layer contains no roof surfaces (surface_type = RoofSurface)."))
    if progress(0.05, tr("Surfaces read")):
        raise Cancelled()

    facets, facet_feature, is_wall = [], [], []
    for position, (index, group) in enumerate(zip(target_index, target_facets)):
        record = surfaces[index]
        for facet in group:
            if record.surface_type == WALL:
                orient_facet(facet, up=False, outward_from=np.mean(building_points[record.building_id], axis=0))
            else:
                orient_facet(facet, up=True)
            facets.append(facet)
            facet_feature.append(position)
            is_wall.append(record.surface_type == WALL)
    facet_feature = np.asarray(facet_feature)
    normals = np.array([f.normal for f in facets])

    # 2. sample points (lifted off their plane so the own roof in the raster does not shade them)
    offsets = _point_offsets(facets, settings.resolution, is_wall)
    point_blocks, point_facet = [], []
    for number, facet in enumerate(facets):
        uv = sample_points(facet, settings.sample_spacing, settings.max_points)
        world = facet.to_world(uv) + facet.normal * offsets[number]
        if is_wall[number]:
            world[:, 2] = facet.to_world(uv)[:, 2]
        point_blocks.append(world)
        point_facet.append(np.full(world.shape[0], number))
    points = np.vstack(point_blocks)
    point_facet = np.concatenate(point_facet)

    # 3. horizons from the height raster of the shading buildings (the surfaces themselves when none given)
    shade_facets, shade_base = shading_facets(surfaces, parsed) if shading is None else shading_facets(shading)
    horizon = _tiled_horizons(points, shade_facets, shade_base, settings, dem_path, crs_wkt, progress)
    if progress(0.75, tr("Horizons computed")):
        raise Cancelled()

    # 4. irradiation
    altitude = settings.site_altitude
    if altitude is None:  # city model heights are m NHN: the buildings' base is the site's altitude
        altitude = float(np.clip(np.median(list(building_z_min.values())), 0.0, 4000.0))
    year_data = climate.synthetic_year(
        latitude,
        longitude,
        settings.year,
        settings.step_minutes,
        settings.monthly_ghi,
        settings.linke_turbidity,
        settings.overcast_transmittance,
        altitude,
        settings.albedo,
        settings.sky_model,
    )
    if year_data.months_above_clear_sky:
        warnings.append(
            tr("The irradiation entered for the months {} exceeds the clear-sky maximum at this site; the clear sky was scaled up — please check the table.").format(
                ", ".join(str(m) for m in year_data.months_above_clear_sky)
            )
        )
    to_kwh = year_data.step_hours / 1000.0
    beam_points, beam_facets = _beam_on_points(year_data, normals, point_facet, horizon, settings.n_azimuths)
    point_normals = normals[point_facet]
    svf_points = sky_view(horizon, point_normals)
    free = np.full((1, settings.n_azimuths), -90.0)
    svf_free = sky_view(np.repeat(free, len(normals), axis=0), normals)
    horizon_ratio = np.divide(svf_points, svf_free[point_facet], out=np.zeros_like(svf_points), where=svf_free[point_facet] > 0)
    tilt_facet, azimuth_facet = tilt_azimuth(normals)
    sin_tilt = np.sin(np.radians(tilt_facet))
    ground = year_data.albedo * 0.5 * (1.0 - normals[:, 2]) * year_data.ghi.sum()
    iso_sum, horizon_sum = year_data.diffuse_isotropic.sum(), year_data.diffuse_horizon.sum()

    shaded_points = (
        beam_points + svf_points * iso_sum + sin_tilt[point_facet] * horizon_ratio * horizon_sum + ground[point_facet]
    ) * to_kwh
    unshaded_facets = (beam_facets + svf_free * iso_sum + sin_tilt * horizon_sum + ground) * to_kwh
    counts = np.bincount(point_facet, minlength=len(facets))
    shaded_facets = np.bincount(point_facet, weights=shaded_points, minlength=len(facets)) / counts
    svf_facets = np.bincount(point_facet, weights=svf_points, minlength=len(facets)) / counts
    if progress(0.9, tr("Irradiation integrated")):
        raise Cancelled()

    # 5. per surface: area-weighted means, usable area, yield, classes
    n_out = len(target_index)
    area_facets = np.array([f.area for f in facets])
    area = np.bincount(facet_feature, weights=area_facets, minlength=n_out)
    usable_facets = np.array([inner_area(f, settings.edge_clearance) for f in facets])
    flat = tilt_facet < settings.flat_roof_tilt
    usable_facets = np.where(flat & ~np.asarray(is_wall), usable_facets * settings.flat_roof_coverage, usable_facets)

    def weighted(values):
        return np.bincount(facet_feature, weights=values * area_facets, minlength=n_out) / area

    summed_normal = np.zeros((n_out, 3))
    np.add.at(summed_normal, facet_feature, normals * area_facets[:, None])
    summed_normal /= np.linalg.norm(summed_normal, axis=1, keepdims=True)
    tilt, azimuth = tilt_azimuth(summed_normal)
    azimuth = np.where(tilt < 1.0, 180.0, azimuth)
    irradiation = weighted(shaded_facets)
    unshaded = weighted(unshaded_facets)
    usable = np.bincount(facet_feature, weights=usable_facets, minlength=n_out)
    optimum = optimum_irradiation(year_data)
    suitability = classify(irradiation / optimum, usable, tilt, azimuth, settings)
    suitable = np.array([code != "not_suitable" for code in suitability])
    usable = np.where(suitable, usable, 0.0)
    kwp = usable * settings.module_efficiency
    kwh = irradiation * kwp * settings.performance_ratio
    loss = np.where(unshaded > 0, 1.0 - irradiation / np.where(unshaded > 0, unshaded, 1.0), 0.0)
    records = [surfaces[i] for i in target_index]
    broken = ~(np.isfinite(irradiation) & np.isfinite(unshaded) & np.isfinite(kwh) & np.isfinite(tilt))
    if broken.any():  # never write NaN: name the surfaces instead
        names = ", ".join(records[i].surface_id for i in np.flatnonzero(broken)[:5])
        raise UrbanTwinError(tr("No valid result for the surfaces {} (check their geometry).").format(names))
    return SolarResult(
        surface_id=[r.surface_id for r in records],
        building_id=[r.building_id for r in records],
        surface_type=[r.surface_type for r in records],
        tilt=tilt,
        azimuth=azimuth,
        area=area,
        usable_area=usable,
        irradiation_unshaded=unshaded,
        irradiation=irradiation,
        shading_loss=np.clip(loss, 0.0, 1.0),
        sky_view=weighted(svf_facets),
        suitability=suitability,
        kwp=kwp,
        kwh=kwh,
        geometries=[r.wkb for r in records],
        optimum_irradiation=optimum,
        warnings=warnings,
    )
