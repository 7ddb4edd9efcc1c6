"""GDAL helpers of the climate room: read a DEM window, burn polygons, polygonise labels, write GeoTIFFs."""

import json
from dataclasses import dataclass

import numpy as np

from ..atomic import atomic_path
from ..errors import UrbanTwinError
from ..i18n import tr

NODATA = -9999.0
MAX_CELLS = 40_000_000  # ≈ 6.3 × 6.3 km at 1 m: a few GB of working arrays; beyond that, choose an area


@dataclass
class Grid:
    """A north-up raster grid: left/top corner, cell size, rows × cols, CRS as WKT."""

    left: float
    top: float
    cell: float
    rows: int
    cols: int
    crs_wkt: str = ""

    @property
    def geotransform(self):
        return (self.left, self.cell, 0.0, self.top, 0.0, -self.cell)

    @property
    def extent(self):
        return (self.left, self.top - self.rows * self.cell, self.left + self.cols * self.cell, self.top)

    def centre(self, flat_index):
        """World x, y of the centres of cells given by flat indices."""
        flat_index = np.asarray(flat_index)
        row, col = np.divmod(flat_index, self.cols)
        return self.left + (col + 0.5) * self.cell, self.top - (row + 0.5) * self.cell

    @classmethod
    def covering(cls, extent, cell, crs_wkt="", margin=0.0):
        xmin, ymin, xmax, ymax = extent
        left = np.floor((xmin - margin) / cell) * cell
        top = np.ceil((ymax + margin) / cell) * cell
        cols = max(int(np.ceil((xmax + margin - left) / cell)), 1)
        rows = max(int(np.ceil((top - (ymin - margin)) / cell)), 1)
        return cls(float(left), float(top), float(cell), rows, cols, crs_wkt)


def read_dem(path, extent=None):
    """(values float32 with NaN for no-data, Grid) of a DEM, optionally only the window over ``extent``."""
    from osgeo import gdal

    dataset = gdal.Open(path)
    if dataset is None:
        raise UrbanTwinError(tr("The DEM cannot be opened."), path=path)
    gt = dataset.GetGeoTransform()
    if abs(gt[2]) > 1e-9 or abs(gt[4]) > 1e-9 or gt[5] >= 0:
        raise UrbanTwinError(tr("The DEM is rotated or not north-up; warp it to a north-up grid first."), path=path)
    if abs(abs(gt[5]) - gt[1]) > 1e-6 * gt[1]:
        raise UrbanTwinError(tr("The DEM has non-square cells ({} × {} m); resample it first.").format(gt[1], -gt[5]), path=path)
    cell = gt[1]
    col0, row0, cols, rows = 0, 0, dataset.RasterXSize, dataset.RasterYSize
    if extent is not None:
        xmin, ymin, xmax, ymax = extent
        col0 = max(int(np.floor((xmin - gt[0]) / cell)), 0)
        row0 = max(int(np.floor((gt[3] - ymax) / cell)), 0)
        col1 = min(int(np.ceil((xmax - gt[0]) / cell)), dataset.RasterXSize)
        row1 = min(int(np.ceil((gt[3] - ymin) / cell)), dataset.RasterYSize)
        if col1 <= col0 or row1 <= row0:
            raise UrbanTwinError(tr("The area of interest lies outside the DEM."), path=path)
        cols, rows = col1 - col0, row1 - row0
    if rows * cols > MAX_CELLS:
        raise UrbanTwinError(
            tr("The DEM has {:,} cells in the chosen area; more than {:,} do not fit in memory. Choose a smaller area of interest.")
            .format(rows * cols, MAX_CELLS), path=path)
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray(col0, row0, cols, rows).astype(np.float32)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        values[values == np.float32(nodata)] = np.nan
    grid = Grid(gt[0] + col0 * cell, gt[3] - row0 * cell, cell, rows, cols, dataset.GetProjection())
    return values, grid


def burn(grid, geometries_wkb, values=None, all_touched=False, dtype=np.int32):
    """Raster of ``values[i]`` (default i + 1) where polygon i covers a cell centre; later polygons win."""
    from osgeo import gdal, ogr, osr

    out = np.zeros((grid.rows, grid.cols), dtype=dtype)
    if not geometries_wkb:
        return out
    driver = ogr.GetDriverByName("Memory")
    source = driver.CreateDataSource("burn")
    srs = osr.SpatialReference(wkt=grid.crs_wkt) if grid.crs_wkt else None
    layer = source.CreateLayer("burn", srs, ogr.wkbUnknown)
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTReal))
    for i, wkb in enumerate(geometries_wkb):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("value", float(i + 1 if values is None else values[i]))
        feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(wkb)))
        layer.CreateFeature(feature)
    target = gdal.GetDriverByName("MEM").Create("", grid.cols, grid.rows, 1, gdal.GDT_Float64)
    target.SetGeoTransform(grid.geotransform)
    options = ["ATTRIBUTE=value"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
    gdal.RasterizeLayer(target, [1], layer, options=options)
    out[:] = target.GetRasterBand(1).ReadAsArray().astype(dtype)
    return out


def polygonise(labels, grid):
    """{label: OGR WKB of the (multi)polygon of its cells} for labels > 0 (8-connected)."""
    from osgeo import gdal, ogr

    if not (labels > 0).any():
        return {}
    source = gdal.GetDriverByName("MEM").Create("", grid.cols, grid.rows, 1, gdal.GDT_Int32)
    source.SetGeoTransform(grid.geotransform)
    band = source.GetRasterBand(1)
    band.WriteArray(labels.astype(np.int32))
    mask = gdal.GetDriverByName("MEM").Create("", grid.cols, grid.rows, 1, gdal.GDT_Byte)
    mask.SetGeoTransform(grid.geotransform)
    mask.GetRasterBand(1).WriteArray((labels > 0).astype(np.uint8))
    vectors = ogr.GetDriverByName("Memory").CreateDataSource("polys")
    layer = vectors.CreateLayer("polys", None, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("label", ogr.OFTInteger))
    gdal.Polygonize(band, mask.GetRasterBand(1), layer, 0, ["8CONNECTED=8"])
    parts = {}
    for feature in layer:
        parts.setdefault(feature.GetField("label"), []).append(feature.GetGeometryRef().Clone())
    result = {}
    for label, polygons in parts.items():
        multi = ogr.Geometry(ogr.wkbMultiPolygon)
        for polygon in polygons:
            multi.AddGeometry(polygon)
        result[label] = bytes(multi.ExportToWkb())
    return result


def write_geotiff(path, values, grid, provenance, description, style_qml=None):
    """Float32 GeoTIFF (NODATA −9999) written atomically, provenance inside, an optional .qml style beside it."""
    import os

    from osgeo import gdal

    data = np.where(np.isfinite(values), values, NODATA).astype(np.float32)
    with atomic_path(path) as tmp:
        dataset = gdal.GetDriverByName("GTiff").Create(tmp, grid.cols, grid.rows, 1, gdal.GDT_Float32, ["COMPRESS=DEFLATE", "TILED=YES"])
        dataset.SetGeoTransform(grid.geotransform)
        dataset.SetProjection(grid.crs_wkt)
        band = dataset.GetRasterBand(1)
        band.SetNoDataValue(NODATA)
        band.SetDescription(description)
        band.WriteArray(data)
        dataset.SetMetadataItem("URBANTWIN_PROVENANCE", json.dumps(provenance, ensure_ascii=False, sort_keys=True))
        dataset.FlushCache()
        dataset = None
    if style_qml is not None:
        style_qml(path, os.path.splitext(path)[0] + ".qml")
    return path
