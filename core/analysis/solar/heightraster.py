"""Height raster (m, same vertical datum as the city model): rasterised LoD2 roofs + ground.

Roofs are burnt with the exact height of their plane at each pixel centre (not a building's
maximum), so pitched roofs cast the shadows they really cast. Where there is no building the
ground comes from the optional DEM, else from the base height of the nearest building.
"""

from dataclasses import dataclass

import numpy as np
from matplotlib.path import Path
from scipy import ndimage

from ...errors import UrbanTwinError
from ...i18n import tr


@dataclass
class HeightRaster:
    heights: np.ndarray  # (rows, cols) float32; row 0 is the northern edge
    left: float
    top: float
    resolution: float
    building: np.ndarray  # bool mask of building pixels

    @property
    def shape(self):
        return self.heights.shape

    def pixel_centres(self):
        rows, cols = self.heights.shape
        xs = self.left + (np.arange(cols) + 0.5) * self.resolution
        ys = self.top - (np.arange(rows) + 0.5) * self.resolution
        return xs, ys

    def sample(self, x, y):
        """Heights at world coordinates (nearest pixel); NaN outside the raster."""
        col = np.floor((np.asarray(x) - self.left) / self.resolution).astype(int)
        row = np.floor((self.top - np.asarray(y)) / self.resolution).astype(int)
        rows, cols = self.heights.shape
        ok = (col >= 0) & (col < cols) & (row >= 0) & (row < rows)
        out = np.full(np.shape(col), np.nan)
        out[ok] = self.heights[row[ok], col[ok]]
        return out


def grid_for_extent(extent, resolution, margin):
    xmin, ymin, xmax, ymax = extent
    left = np.floor((xmin - margin) / resolution) * resolution
    top = np.ceil((ymax + margin) / resolution) * resolution
    cols = int(np.ceil((xmax + margin - left) / resolution))
    rows = int(np.ceil((top - (ymin - margin)) / resolution))
    if rows * cols > 60_000_000:
        raise UrbanTwinError(
            tr("The area is too large for a {} m height raster; choose a coarser resolution.").format(resolution)
        )
    return left, top, rows, cols


def burn_facets(facets, base_heights, left, top, rows, cols, resolution):
    """Max-burn roof planes (upward facets) into a raster; returns heights, ground base, mask."""
    heights = np.full((rows, cols), -np.inf, dtype=np.float32)
    base = np.full((rows, cols), np.nan, dtype=np.float32)
    for facet, base_z in zip(facets, base_heights):
        n = facet.normal
        if abs(n[2]) < 0.05:  # walls; ground faces (facing down) burn below the roofs and lose the max
            continue
        ring = facet.rings[0]
        c0 = max(int(np.floor((ring[:, 0].min() - left) / resolution)), 0)
        c1 = min(int(np.ceil((ring[:, 0].max() - left) / resolution)), cols)
        r0 = max(int(np.floor((top - ring[:, 1].max()) / resolution)), 0)
        r1 = min(int(np.ceil((top - ring[:, 1].min()) / resolution)), rows)
        if c1 <= c0 or r1 <= r0:
            continue
        xs = left + (np.arange(c0, c1) + 0.5) * resolution
        ys = top - (np.arange(r0, r1) + 0.5) * resolution
        gx, gy = np.meshgrid(xs, ys)
        points = np.column_stack([gx.ravel(), gy.ravel()])
        inside = Path(ring[:, :2]).contains_points(points)
        for hole in facet.rings[1:]:
            if hole.shape[0] >= 3:
                inside &= ~Path(hole[:, :2]).contains_points(points)
        if not inside.any():
            continue
        z = facet.origin[2] - (n[0] * (points[:, 0] - facet.origin[0]) + n[1] * (points[:, 1] - facet.origin[1])) / n[2]
        block = heights[r0:r1, c0:c1].reshape(-1)
        burnt = np.where(inside, np.maximum(block, z), block)
        heights[r0:r1, c0:c1] = burnt.reshape(r1 - r0, c1 - c0)
        base_block = base[r0:r1, c0:c1].reshape(-1)
        base_block = np.where(inside, np.fmin(base_block, base_z), base_block)
        base[r0:r1, c0:c1] = base_block.reshape(r1 - r0, c1 - c0)
    return heights, base, np.isfinite(heights)


def _fill_nearest(values, valid):
    if valid.all():
        return values
    if not valid.any():
        return np.zeros_like(values)
    _, (rows, cols) = ndimage.distance_transform_edt(~valid, return_indices=True)
    return values[rows, cols]


def read_dem(path, crs_wkt, left, top, rows, cols, resolution, extent):
    """DEM resampled (bilinear) onto the grid; checks CRS and coverage and names the file."""
    from osgeo import gdal, osr

    dataset = gdal.Open(path)
    if dataset is None:
        raise UrbanTwinError(tr("The DEM cannot be opened."), path=path)
    dem_srs = osr.SpatialReference(wkt=dataset.GetProjection() or "")
    target_srs = osr.SpatialReference(wkt=crs_wkt)
    if not dataset.GetProjection() or not dem_srs.IsSame(target_srs, ["IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES"]):
        raise UrbanTwinError(
            tr("The DEM is in another coordinate reference system ({}) than the surfaces ({}); reproject it first.").format(
                dem_srs.GetName() or "?", target_srs.GetName() or "?"
            ),
            path=path,
        )
    gt = dataset.GetGeoTransform()
    dem_xmin, dem_ymax = gt[0], gt[3]
    dem_xmax, dem_ymin = gt[0] + gt[1] * dataset.RasterXSize, gt[3] + gt[5] * dataset.RasterYSize
    xmin, ymin, xmax, ymax = extent
    if xmin < dem_xmin or xmax > dem_xmax or ymin < dem_ymin or ymax > dem_ymax:
        raise UrbanTwinError(
            tr(
                "The DEM does not cover the buildings (DEM {:.0f}, {:.0f} – {:.0f}, {:.0f}; buildings {:.0f}, {:.0f} – {:.0f}, {:.0f})."
            ).format(dem_xmin, dem_ymin, dem_xmax, dem_ymax, xmin, ymin, xmax, ymax),
            path=path,
        )
    warped = gdal.Warp(
        "",
        dataset,
        format="MEM",
        outputBounds=(left, top - rows * resolution, left + cols * resolution, top),
        width=cols,
        height=rows,
        resampleAlg="bilinear",
        dstNodata=np.nan,
        outputType=gdal.GDT_Float32,
    )
    values = warped.GetRasterBand(1).ReadAsArray().astype(np.float32)
    return values


def build_height_raster(facets, base_heights, extent, resolution=1.0, margin=20.0, dem_path=None, crs_wkt=None, dem_margin=300.0):
    """Height raster over ``extent`` (xmin, ymin, xmax, ymax) + margin from roof facets (+ DEM).

    With a DEM the margin grows to ``dem_margin`` so distant terrain can shade (rays end there).
    """
    if dem_path:
        margin = max(margin, dem_margin)
    left, top, rows, cols = grid_for_extent(extent, resolution, margin)
    heights, base, building = burn_facets(facets, base_heights, left, top, rows, cols, resolution)
    ground = _fill_nearest(base, np.isfinite(base))
    if dem_path:
        dem = read_dem(dem_path, crs_wkt, left, top, rows, cols, resolution, extent)
        dem_valid = np.isfinite(dem)
        # beyond the DEM's edge (the margin) its nearest value stands in; never NaN
        ground = _fill_nearest(dem, dem_valid) if dem_valid.any() else ground
    heights = np.where(building, np.maximum(heights, ground), ground).astype(np.float32)
    return HeightRaster(heights=heights, left=left, top=top, resolution=resolution, building=building)
