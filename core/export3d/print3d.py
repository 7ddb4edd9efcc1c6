"""City model for 3D printing: one watertight, manifold body — a heightfield over a base plate.

Why a heightfield: buildings standing on a plate, touching each other (terraced houses, garages as parts)
and optionally on terrain must become *one* closed 2-manifold. A general mesh boolean union is fragile in
pure Python; a 2.5D surface z = H(x, y) sampled on a regular grid of vertices is closed by construction:
the grid's top triangles, four side strips down to the plate's underside and a fan closing the bottom share
every edge exactly twice, nothing is degenerate, all faces point outward. H is the highest upward-facing
building face (roof or flat top, triangulated and rasterised exactly at the grid vertices), above the
building's own ground (no DEM) or above the lowest terrain point (with a DEM: buildings at their absolute
heights, terrain sampled from the DEM). Overhangs vanish (a print cannot carry them without supports anyway);
walls become steep slopes one grid cell wide, so the cell is kept at ≤ ``MAX_CELL_MM`` on the print where the
triangle budget allows. Volumes are unbiased: the ramp at a wall gains on one side what it loses on the other.
"""

from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal

from ..errors import CancelledError, UrbanTwinError
from ..i18n import tr
from .triangulate import triangulate_polygon

MAX_CELLS = 600_000  # grid vertices: ~1.2 M triangles, ~60 MB STL at most
MIN_CELL_MM = 0.2
MAX_CELL_MM = 0.5


@dataclass
class PrintBuilding:
    building_id: str
    polygons: list  # shell polygons (source CRS, m)
    footprint: object = None  # OGR 2D geometry (optional; for the thin-part check)


@dataclass
class PrintResult:
    vertices: np.ndarray  # (n, 3) mm
    triangles: np.ndarray  # (m, 3)
    size_mm: tuple
    cell_mm: float
    volume_mm3: float
    buildings_volume_mm3: float
    plate_volume_mm3: float
    thin: list = field(default_factory=list)  # [(building id, thin area m²)]
    buildings: int = 0


def _mesh_volume(vertices, triangles):
    a, b, c = vertices[triangles[:, 0]], vertices[triangles[:, 1]], vertices[triangles[:, 2]]
    origin = vertices.mean(axis=0)
    return float(np.einsum("ij,ij->i", a - origin, np.cross(b - origin, c - origin)).sum() / 6.0)


def _rasterise_triangle(heights, xs, ys, p0, p1, p2):
    """heights[j, i] = max(heights, plane z) for the grid vertices inside the triangle (x, y, z)."""
    x_min, x_max = min(p0[0], p1[0], p2[0]), max(p0[0], p1[0], p2[0])
    y_min, y_max = min(p0[1], p1[1], p2[1]), max(p0[1], p1[1], p2[1])
    i0, i1 = np.searchsorted(xs, x_min - 1e-9), np.searchsorted(xs, x_max + 1e-9)
    j0, j1 = np.searchsorted(ys, y_min - 1e-9), np.searchsorted(ys, y_max + 1e-9)
    if i0 >= i1 or j0 >= j1:
        return
    gx, gy = np.meshgrid(xs[i0:i1], ys[j0:j1])
    det = (p1[1] - p2[1]) * (p0[0] - p2[0]) + (p2[0] - p1[0]) * (p0[1] - p2[1])
    if abs(det) < 1e-12:
        return
    l0 = ((p1[1] - p2[1]) * (gx - p2[0]) + (p2[0] - p1[0]) * (gy - p2[1])) / det
    l1 = ((p2[1] - p0[1]) * (gx - p2[0]) + (p0[0] - p2[0]) * (gy - p2[1])) / det
    l2 = 1.0 - l0 - l1
    inside = (l0 >= -1e-9) & (l1 >= -1e-9) & (l2 >= -1e-9)
    if not inside.any():
        return
    z = l0 * p0[2] + l1 * p1[2] + l2 * p2[2]
    block = heights[j0:j1, i0:i1]
    np.maximum(block, np.where(inside, z, -np.inf), out=block)


def _upward_triangles(polygons, base_z):
    """Triangles (k, 3, 3) of the upward-facing faces of a shell, z relative to ``base_z``."""
    result = []
    for polygon in polygons:
        points, triangles, normal = triangulate_polygon(polygon)
        if len(triangles) == 0 or normal[2] <= 0.01:
            continue
        corners = points[triangles].copy()
        corners[:, :, 2] -= base_z
        result.append(corners)
    return np.vstack(result) if result else np.zeros((0, 3, 3))


def _sample_dem(dem_path, xs, ys):
    """DEM heights at the grid vertices (bilinear); NaN outside the raster or at no-data cells."""
    dataset = gdal.Open(dem_path)
    if dataset is None:
        raise UrbanTwinError(tr("The terrain model (DEM) cannot be opened."), path=dem_path)
    band = dataset.GetRasterBand(1)
    data = band.ReadAsArray().astype(float)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        data[data == nodata] = np.nan
    ox, px, _, oy, _, py = dataset.GetGeoTransform()
    gx, gy = np.meshgrid(xs, ys)
    col = (gx - ox) / px - 0.5
    row = (gy - oy) / py - 0.5
    c0 = np.clip(np.floor(col).astype(int), 0, data.shape[1] - 2)
    r0 = np.clip(np.floor(row).astype(int), 0, data.shape[0] - 2)
    fc, fr = np.clip(col - c0, 0, 1), np.clip(row - r0, 0, 1)
    value = (data[r0, c0] * (1 - fc) * (1 - fr) + data[r0, c0 + 1] * fc * (1 - fr) + data[r0 + 1, c0] * (1 - fc) * fr
             + data[r0 + 1, c0 + 1] * fc * fr)
    outside = (col < -0.5) | (row < -0.5) | (col > data.shape[1] - 0.5) | (row > data.shape[0] - 0.5)
    value[outside] = np.nan
    return value


def thin_parts(buildings, min_width_m):
    """[(building id, area m² of parts narrower than ``min_width_m``)] by a morphological opening of the footprint."""
    found = []
    radius = min_width_m / 2.0
    for building in buildings:
        footprint = building.footprint
        if footprint is None or footprint.IsEmpty():
            continue
        opened = footprint.Buffer(-radius, 4)
        opened = opened.Buffer(radius, 4) if opened is not None and not opened.IsEmpty() else None
        lost = footprint.GetArea() - (opened.Intersection(footprint).GetArea() if opened is not None else 0.0)
        if lost > max(0.01 * footprint.GetArea(), radius * radius):
            found.append((building.building_id, float(lost)))
    return found


def build_print_mesh(buildings, scale, base_mm, extent=None, dem_path=None, min_width_mm=0.8, margin_mm=3.0,
                     building_volumes=None, is_canceled=None):
    """The watertight print body (mm) for buildings at 1:``scale`` on a ``base_mm`` plate.

    ``extent`` (x0, y0, x1, y1) in the source CRS sets the plate; otherwise the buildings' bounding box plus a
    ``margin_mm`` border. ``building_volumes`` (m³, optional) fills the stated building volume."""
    if not buildings:
        raise UrbanTwinError(tr("There are no buildings in the chosen extent or selection."))
    if scale <= 0 or base_mm <= 0:
        raise UrbanTwinError(tr("Scale and base plate thickness must be positive."))
    mm_per_m = 1000.0 / scale
    if extent is None:
        points = np.vstack([ring[:, :2] for b in buildings for p in b.polygons for ring in p])
        margin = margin_mm / mm_per_m
        extent = (points[:, 0].min() - margin, points[:, 1].min() - margin, points[:, 0].max() + margin,
                  points[:, 1].max() + margin)
    x0, y0, x1, y1 = extent
    width, depth = x1 - x0, y1 - y0
    if width <= 0 or depth <= 0:
        raise UrbanTwinError(tr("The extent is empty."))
    cell = max(MIN_CELL_MM / mm_per_m, float(np.sqrt(width * depth / MAX_CELLS)))
    if cell * mm_per_m > MAX_CELL_MM + 1e-9:
        pass  # large areas at a large scale: coarser grid (reported as cell_mm)
    nx, ny = int(np.ceil(width / cell)) + 1, int(np.ceil(depth / cell)) + 1
    xs, ys = np.linspace(x0, x1, nx), np.linspace(y0, y1, ny)
    heights = np.zeros((ny, nx))
    base_level = None
    terrain = None
    if dem_path:
        terrain = _sample_dem(dem_path, xs, ys)
        if np.isnan(terrain).all():
            raise UrbanTwinError(tr("The terrain model does not cover the extent."), path=dem_path)
        base_level = float(np.nanmin(terrain))
        heights = np.nan_to_num(terrain - base_level, nan=0.0)
    for number, building in enumerate(buildings):
        if is_canceled is not None and number % 50 == 0 and is_canceled():
            raise CancelledError()
        z_values = np.concatenate([ring[:, 2] for p in building.polygons for ring in p])
        ground = base_level if base_level is not None else float(z_values.min())
        for p0, p1, p2 in _upward_triangles(building.polygons, ground):
            _rasterise_triangle(heights, xs, ys, p0, p1, p2)
    heights = np.maximum(heights, 0.0)
    vertices, triangles = heightfield_mesh(xs - x0, ys - y0, heights, mm_per_m, base_mm)
    volume = _mesh_volume(vertices, triangles)
    plate = width * depth * mm_per_m ** 2 * base_mm
    built = sum(building_volumes) * mm_per_m ** 3 if building_volumes else volume - plate
    return PrintResult(vertices, triangles, (width * mm_per_m, depth * mm_per_m, float(vertices[:, 2].max())),
                       cell * mm_per_m, volume, built, plate, thin_parts(buildings, min_width_mm / mm_per_m),
                       len(buildings))


def heightfield_mesh(xs, ys, heights, mm_per_m, base_mm):
    """Closed mesh of the solid between z = 0 and z = base + H (mm): grid top, four sides, bottom fan."""
    ny, nx = heights.shape
    gx, gy = np.meshgrid(xs * mm_per_m, ys * mm_per_m)
    top = np.column_stack([gx.ravel(), gy.ravel(), (base_mm + heights * mm_per_m).ravel()])
    top_index = np.arange(nx * ny).reshape(ny, nx)
    # boundary loop counter-clockwise seen from above: south edge west→east, east edge, north edge, west edge
    loop = np.concatenate([top_index[0, :-1], top_index[:-1, -1], top_index[-1, :0:-1], top_index[:0:-1, 0]])
    bottom = top[loop].copy()
    bottom[:, 2] = 0.0
    bottom_index = np.arange(len(loop)) + len(top)
    centre_index = len(top) + len(loop)
    centre = np.array([[gx.mean(), gy.mean(), 0.0]])
    vertices = np.vstack([top, bottom, centre])
    a, b = top_index[:-1, :-1].ravel(), top_index[:-1, 1:].ravel()
    c, d = top_index[1:, 1:].ravel(), top_index[1:, :-1].ravel()
    top_triangles = np.concatenate([np.column_stack([a, b, c]), np.column_stack([a, c, d])])  # normals up
    following = np.roll(np.arange(len(loop)), -1)
    t0, t1 = loop, loop[following]
    b0, b1 = bottom_index, bottom_index[following]
    side_triangles = np.concatenate([np.column_stack([t0, b0, b1]), np.column_stack([t0, b1, t1])])  # outward
    bottom_triangles = np.column_stack([np.full(len(loop), centre_index), b1, b0])  # normals down
    return vertices, np.concatenate([top_triangles, side_triangles, bottom_triangles]).astype(np.int64)
