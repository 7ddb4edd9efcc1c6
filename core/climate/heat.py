"""Heat screening: sealing, green, building volume, sky view factor and afternoon shade per grid cell → heat index.

Surface model: ground (DEM or 0) + buildings (footprint × height) + tree crowns (disc of the crown diameter at
the tree's height) on a fine raster (default 2 m). The sky view factor at street level and the shade come
from the solar analysis' own code (horizon ray-marching and DSM shadow casting, core/analysis/solar), so both
analyses agree. Fine values are averaged over the open (non-building) part of every coarse cell (default 10 m).

Heat index (0–100), a transparent weighted sum in the logic of urban climate analyses after VDI 3787 Blatt 1
(Klimafunktionskarte: thermal load grows with sealing, building volume and lack of green, shade and sky view):

    heat_index = 100 × (0.30·sealed + 0.20·(1 − green) + 0.20·(1 − shade) + 0.15·min(1, volume/10 m) + 0.15·(1 − svf))

classified in five equal classes (< 20, 20–40, 40–60, 60–80, ≥ 80). Day-time load is carried by sealing and
missing shade, night-time overheating by building volume and a low sky view factor (Oke 1981). A screening
ranking, not a temperature: no wind, no cold-air flow, no Tmrt/PET (SOLWEIG, PALM-4U do that).
"""

import warnings
from dataclasses import dataclass, field

import numpy as np
from scipy import ndimage

from ..analysis.solar.heightraster import HeightRaster
from ..analysis.solar.horizon import horizon_angles, sky_view
from ..analysis.solar.sunhours import daylight_steps, ground_shadow_mask

WEIGHTS = dict(sealed=0.30, not_green=0.20, not_shaded=0.20, volume=0.15, enclosure=0.15)
VOLUME_SCALE_M = 10.0  # m³ of building per m² of ground that counts as fully dense (≈ GFZ 3 with 3.3 m storeys)
CLASS_LIMITS = (20.0, 40.0, 60.0, 80.0)
UNKNOWN_OPEN_SEALED = 0.5  # open ground without land cover: half sealed (streets and gardens unknown)
SVF_MAX_DISTANCE = 100.0  # m; far objects change a street's SVF little (documented in docs/climate.md)
SVF_CHUNK = 20_000  # points per horizon/sky-view batch
MIN_OPEN_SHARE = 0.05  # coarse cells with less open ground (inside buildings) get no index


@dataclass
class Tree:
    x: float
    y: float
    crown_diameter: float
    height: float


@dataclass
class HeatScene:
    """Everything on the fine grid; rows × cols, row 0 north."""

    left: float
    top: float
    fine: float  # fine cell size (m)
    factor: int  # fine cells per coarse cell side
    ground: np.ndarray
    building_height: np.ndarray  # m above ground, 0 = no building
    sealed: np.ndarray  # 0–1 for open ground, NaN = unknown
    green_roof: np.ndarray = None  # bool
    trees: list = field(default_factory=list)

    @property
    def shape(self):
        return self.ground.shape


def canopy(scene):
    """(canopy mask, canopy top height above ground) of the trees on the fine grid."""
    rows, cols = scene.shape
    mask = np.zeros(scene.shape, dtype=bool)
    top = np.zeros(scene.shape, dtype=np.float32)
    for tree in scene.trees:
        radius = max(tree.crown_diameter / 2.0, scene.fine / 2.0)
        c0 = max(int(np.floor((tree.x - radius - scene.left) / scene.fine)), 0)
        c1 = min(int(np.ceil((tree.x + radius - scene.left) / scene.fine)), cols)
        r0 = max(int(np.floor((scene.top - tree.y - radius) / scene.fine)), 0)
        r1 = min(int(np.ceil((scene.top - tree.y + radius) / scene.fine)), rows)
        if c1 <= c0 or r1 <= r0:
            continue
        xs = scene.left + (np.arange(c0, c1) + 0.5) * scene.fine
        ys = scene.top - (np.arange(r0, r1) + 0.5) * scene.fine
        inside = (xs[None, :] - tree.x) ** 2 + (ys[:, None] - tree.y) ** 2 <= radius**2
        mask[r0:r1, c0:c1] |= inside
        top[r0:r1, c0:c1] = np.where(inside, np.maximum(top[r0:r1, c0:c1], tree.height), top[r0:r1, c0:c1])
    return mask, top


def surface_model(scene, crowns=None):
    building = scene.building_height > 0
    mask, top = canopy(scene) if crowns is None else crowns
    surface = scene.ground + np.maximum(scene.building_height, np.where(building, 0.0, top))
    return HeightRaster(surface.astype(np.float32), scene.left, scene.top, scene.fine, building), mask


def street_svf(raster, ground, n_azimuths=36, max_distance=SVF_MAX_DISTANCE, height=0.05, progress=None, where=None):
    """Sky view factor of horizontal ground points (non-building cells, or only ``where``) at ``height`` above the
    ground; NaN on buildings."""
    xs, ys = raster.pixel_centres()
    open_ground = ~raster.building if where is None else where & ~raster.building
    rows, cols = np.nonzero(open_ground)
    points = np.column_stack([xs[cols], ys[rows], ground[rows, cols] + height])
    svf = np.full(raster.shape, np.nan, dtype=np.float32)
    up = np.array([[0.0, 0.0, 1.0]])
    values = np.empty(points.shape[0], dtype=np.float32)
    for start in range(0, points.shape[0], SVF_CHUNK):  # sky_view's (points × azimuths) float64 temporaries stay small
        stop = min(start + SVF_CHUNK, points.shape[0])
        horizon = horizon_angles(raster, points[start:stop], n_azimuths, max_distance)
        values[start:stop] = sky_view(horizon, np.repeat(up, stop - start, axis=0))
        if progress is not None and progress(stop / points.shape[0]):
            break
    svf[rows, cols] = values
    return svf


def afternoon_shade(raster, canopy_mask, seconds, latitude, longitude, progress=None):
    """Share (0–1) of the given moments in which the open ground is in shade (buildings, crowns; under a crown always)."""
    elevation, azimuth = daylight_steps(seconds, latitude, longitude)
    shaded = np.zeros(raster.shape, dtype=np.float32)
    if elevation.size == 0:
        return np.ones(raster.shape, dtype=np.float32)
    for number, (alt, az) in enumerate(zip(elevation, azimuth)):
        shaded += ground_shadow_mask(raster, alt, az, 0.0, 300.0)
        if progress is not None:
            progress((number + 1) / elevation.size)
    share = shaded / np.float32(elevation.size)
    share[canopy_mask & ~raster.building] = 1.0
    share[raster.building] = np.nan
    return share


def _blocks(values, factor, reducer="mean"):
    """Coarse aggregation of a fine raster by factor × factor blocks (NaN ignored); padded with NaN."""
    rows, cols = values.shape
    pr, pc = -rows % factor, -cols % factor
    padded = np.pad(values.astype(np.float64), ((0, pr), (0, pc)), constant_values=np.nan)
    blocks = padded.reshape(padded.shape[0] // factor, factor, padded.shape[1] // factor, factor)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN blocks give NaN, as they should
        if reducer == "sum":
            return np.nansum(blocks, axis=(1, 3))
        return np.nanmean(blocks, axis=(1, 3))


def heat_index(sealed, green, shade, volume_density, svf):
    w = WEIGHTS
    score = (w["sealed"] * sealed + w["not_green"] * (1.0 - green) + w["not_shaded"] * (1.0 - shade)
             + w["volume"] * np.minimum(volume_density / VOLUME_SCALE_M, 1.0) + w["enclosure"] * (1.0 - svf))
    return 100.0 * score


def heat_class(index):
    classes = np.searchsorted(np.asarray(CLASS_LIMITS), np.nan_to_num(index, nan=-1.0), side="right") + 1
    return np.where(np.isfinite(index), classes, 0)


@dataclass
class HeatResult:
    svf_fine: np.ndarray
    shade_fine: np.ndarray
    cells: dict  # coarse rasters: sealed_share, green_share, volume_density, height_mean, svf, shade_share, heat_index, heat_class
    open_share: np.ndarray


def screen(scene, seconds, latitude, longitude, n_azimuths=36, progress=None):
    """Fine SVF and shade, and the coarse figures and index."""
    crowns = canopy(scene)
    raster, canopy_mask = surface_model(scene, crowns)
    building = raster.building

    def part(start, share):
        return None if progress is None else (lambda fraction: progress(start + share * fraction))

    svf = street_svf(raster, scene.ground, n_azimuths, progress=part(0.0, 0.7))
    shade = afternoon_shade(raster, canopy_mask, seconds, latitude, longitude, progress=part(0.7, 0.25))
    open_ground = ~building
    green_roof = np.zeros(scene.shape, dtype=bool) if scene.green_roof is None else scene.green_roof & building
    sealed_open = np.where(np.isnan(scene.sealed), UNKNOWN_OPEN_SEALED, scene.sealed)
    sealed = np.where(building, np.where(green_roof, 0.0, 1.0), sealed_open)
    green = np.where(building, green_roof.astype(float), np.maximum(1.0 - sealed_open, canopy_mask.astype(float)))
    f = scene.factor
    cells = {
        "sealed_share": _blocks(sealed, f),
        "green_share": _blocks(green, f),
        "volume_density": _blocks(scene.building_height * building, f, "sum") * scene.fine**2 / (f * scene.fine) ** 2,
        "height_mean": _blocks(np.where(building, scene.building_height, np.nan), f),
        "svf": _blocks(np.where(open_ground, svf, np.nan), f),
        "shade_share": _blocks(np.where(open_ground, shade, np.nan), f),
    }
    open_share = _blocks(open_ground.astype(float), f)
    index = heat_index(cells["sealed_share"], cells["green_share"], cells["shade_share"], cells["volume_density"], cells["svf"])
    index = np.where(open_share >= MIN_OPEN_SHARE, index, np.nan)
    cells["heat_index"] = index
    cells["heat_class"] = heat_class(index)
    return HeatResult(svf, shade, cells, open_share)


def hotspot_labels(classes, min_class=4):
    """Connected coarse cells of class ≥ ``min_class`` (8-neighbours): label raster and count."""
    return ndimage.label(classes >= min_class, structure=np.ones((3, 3), dtype=bool))
