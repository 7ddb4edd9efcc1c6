"""Terrain and trees of the Musterquartier: a 1 m DGM with one real depression and a small valley, and street trees.

The ground lies around the plan's Bezugshöhe (60 m NHN) with a gentle fall of 0.4 % to the south. A small
valley (≈ 0.8 m deep, 10 m wide) runs north–south through the western third and crosses two blocks, so
buildings stand on a flow path; one closed paraboloid depression (1.2 m deep) sits where the ground is
farthest from any building (a street crossing or an open space). Trees stand along the streets with crown
diameters of 5–12 m and heights of 8–20 m (deterministic for a seed).
"""

import math

import numpy as np
from osgeo import gdal, ogr, osr
from scipy import ndimage

from .gpkg_writer import _fixed_timestamps
from .layout import BEZUGSHOEHE, ORIGIN_E, ORIGIN_N, ROTATION_DEG, world_bbox

FALL = 0.004  # 0.4 % towards local south
VALLEY_DEPTH, VALLEY_WIDTH = 0.8, 10.0
DEPRESSION_DEPTH, DEPRESSION_RADIUS = 1.2, 18.0
MARGIN = 30.0
FILE_NAMES = {"dem": "musterquartier_dgm1.tif", "trees": "musterquartier_baeume.gpkg"}
_COS, _SIN = math.cos(math.radians(ROTATION_DEG)), math.sin(math.radians(ROTATION_DEG))


def to_local(x, y):
    """World (EPSG:25832) → local planning coordinates (inverse of layout.to_world)."""
    dx, dy = x - ORIGIN_E, y - ORIGIN_N
    return ORIGIN_E + dx * _COS + dy * _SIN, ORIGIN_N - dx * _SIN + dy * _COS


def _building_free_distance(district, cell=2.0):
    """(distance raster in m to the nearest building, x0, y0, cell) over the local extent."""
    x0, y0, x1, y1 = district.extent
    cols, rows = int(math.ceil((x1 - x0) / cell)), int(math.ceil((y1 - y0) / cell))
    occupied = np.zeros((rows, cols), dtype=bool)
    for b in district.buildings:
        bx0, by0, bx1, by1 = b.rect
        occupied[max(int((by0 - y0) / cell), 0):int(math.ceil((by1 - y0) / cell)),
                 max(int((bx0 - x0) / cell), 0):int(math.ceil((bx1 - x0) / cell))] = True
    return ndimage.distance_transform_edt(~occupied) * cell, x0, y0, cell


def terrain_features(district):
    """Where the valley and the depression lie (local coordinates) — the tests' expectations come from here."""
    x0, y0, x1, y1 = district.extent
    distance, gx0, gy0, cell = _building_free_distance(district)
    inner = distance.copy()
    border = int(40 / cell)
    inner[:border, :] = inner[-border:, :] = 0
    inner[:, :border] = inner[:, -border:] = 0
    row, col = np.unravel_index(int(np.argmax(inner)), inner.shape)
    centre = (gx0 + (col + 0.5) * cell, gy0 + (row + 0.5) * cell)
    radius = float(min(DEPRESSION_RADIUS, max(inner[row, col] + 6.0, 8.0)))
    return dict(valley_x=x0 + 0.3 * (x1 - x0), depression_centre=centre, depression_radius=radius,
                depression_depth=DEPRESSION_DEPTH)


def ground_height(x_local, y_local, district, features):
    x0, y0, x1, y1 = district.extent
    z = BEZUGSHOEHE + FALL * (y_local - (y0 + y1) / 2.0)
    z = z - VALLEY_DEPTH * np.exp(-((x_local - features["valley_x"]) / (VALLEY_WIDTH / 2.0)) ** 2)
    cx, cy = features["depression_centre"]
    r = np.hypot(x_local - cx, y_local - cy) / features["depression_radius"]
    return z - features["depression_depth"] * np.clip(1.0 - r**2, 0.0, None)


def write_dem(path, district, cell=1.0):
    """The DGM1 as a GeoTIFF (EPSG:25832, heights m NHN, float32) over the district + 30 m."""
    features = terrain_features(district)
    xmin, ymin, xmax, ymax = world_bbox(district.extent)
    left, top = math.floor(xmin - MARGIN), math.ceil(ymax + MARGIN)
    cols, rows = int(math.ceil((xmax + MARGIN - left) / cell)), int(math.ceil((top - (ymin - MARGIN)) / cell))
    xs = left + (np.arange(cols) + 0.5) * cell
    ys = top - (np.arange(rows) + 0.5) * cell
    gx, gy = np.meshgrid(xs, ys)
    lx, ly = to_local(gx, gy)
    heights = np.round(ground_height(lx, ly, district, features), 2).astype(np.float32)  # DGM1 in cm
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    dataset = gdal.GetDriverByName("GTiff").Create(path, cols, rows, 1, gdal.GDT_Float32, ["COMPRESS=DEFLATE", "PREDICTOR=3"])
    dataset.SetGeoTransform((left, cell, 0.0, top, 0.0, -cell))
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    band.WriteArray(heights)
    dataset.SetMetadataItem("TIFFTAG_DATETIME", "2026:03:15 00:00:00")
    dataset = None
    return features


def tree_positions(district, seed, spacing=14.0):
    """Street trees: every ``spacing`` m along lines 3 m from the street edge, at least 4 m from buildings."""
    distance, gx0, gy0, cell = _building_free_distance(district)
    rng = np.random.default_rng(seed + 14)
    x0, y0, x1, y1 = district.extent
    zones = [z.rect for z in district.zones]
    trees = []
    for y in np.arange(y0 + 6.0, y1 - 6.0, spacing / 2.0):
        for x in np.arange(x0 + 6.0, x1 - 6.0, spacing):
            in_zone = any(zx0 - 3.0 <= x <= zx1 + 3.0 and zy0 - 3.0 <= y <= zy1 + 3.0 for zx0, zy0, zx1, zy1 in zones)
            row, col = int((y - gy0) / cell), int((x - gx0) / cell)
            if in_zone or not (0 <= row < distance.shape[0] and 0 <= col < distance.shape[1]) or distance[row, col] < 4.0:
                continue
            trees.append((float(x), float(y), round(float(rng.uniform(5.0, 12.0)), 1), round(float(rng.uniform(8.0, 20.0)), 1)))
    return trees


def write_trees(path, district, seed, metadata=None):
    """Tree points (Baumkataster style): baum_id, art, kronendurchmesser (m), baumhoehe (m)."""
    from ..provenance import save_into_geopackage
    from .layout import to_world

    species = ("Tilia cordata", "Acer platanoides", "Platanus × acerifolia", "Quercus robur", "Carpinus betulus")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    with _fixed_timestamps():
        dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
        layer = dataset.CreateLayer("baeume", srs, ogr.wkbPoint, options=["FID=fid", "GEOMETRY_NAME=geom"])
        for name, kind in (("baum_id", ogr.OFTString), ("art", ogr.OFTString), ("kronendurchmesser", ogr.OFTReal),
                           ("baumhoehe", ogr.OFTReal)):
            layer.CreateField(ogr.FieldDefn(name, kind))
        dataset.StartTransaction()
        for number, (x, y, crown, height) in enumerate(tree_positions(district, seed), start=1):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("baum_id", "B{:04d}".format(number))
            feature.SetField("art", species[number % len(species)])
            feature.SetField("kronendurchmesser", crown)
            feature.SetField("baumhoehe", height)
            wx, wy = to_world(x, y)
            feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT ({:.3f} {:.3f})".format(wx, wy)))
            layer.CreateFeature(feature)
        dataset.CommitTransaction()
        dataset = None  # noqa: F841 - closed before the metadata is added
        if metadata is not None:
            save_into_geopackage(path, "baeume", metadata)


def writing_steps(district, seed, trees_metadata=None):
    """(key, write(tmp_path)) steps for musterquartier.generate_musterquartier (all files or none)."""
    return [("dem", lambda tmp: write_dem(tmp, district)),
            ("trees", lambda tmp: write_trees(tmp, district, int(seed), trees_metadata))]
