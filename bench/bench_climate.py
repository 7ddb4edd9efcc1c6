#!/usr/bin/env python3
"""Heavy-rain and heat screening on synthetic DGM1 tiles, beside RichDEM (the reference for speed and fill).

Cases (each in its own process, so peak memory is the case's own): 1 km² at 1 m (10⁶ cells) with 500 buildings,
and 4 km² (4·10⁶ cells) with 2,000 buildings. Figures: urbantwin:heavyrain end to end through Processing
(reading, filling, routing, sinks, flow paths, buildings, writing the GeoPackages and the depth raster), its core
steps, peak RSS; RichDEM FillDepressions + D8 FlowAccumulation on the same DEM (C++) and whether the fills are
identical; urbantwin:heatscreening on the 1 km² tile (10 m cells, SVF at 2 m). Targets (issue #14): 1 km² < 30 s
and < 1 GB; 4 km² must not run out of memory. Caveat: 2-core VM shared with other jobs.
"""

import os
import resource
import subprocess
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
OUT = os.path.join(ROOT, ".build", "bench", "climate")


def terrain(size, seed=5):
    """Gently rolling DGM1 in cm with a valley, pits and noise (rows × cols = size × size)."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:size, 0:size].astype(np.float32)
    z = 60 + 0.003 * x + 2.0 * np.sin(y / 150.0) + 1.5 * np.cos(x / 110.0) - 1.5 * np.exp(-((x - size * 0.4) / 20.0) ** 2)
    for scale in (64, 16, 4):
        coarse = rng.normal(0, scale * 0.01, (size // scale + 2, size // scale + 2)).astype(np.float32)
        z += np.kron(coarse, np.ones((scale, scale), dtype=np.float32))[:size, :size]
    return np.round(z, 2).astype(np.float32)


def write_case(size, buildings):
    from osgeo import gdal, ogr, osr

    os.makedirs(OUT, exist_ok=True)
    dem_path = os.path.join(OUT, "dem_{}.tif".format(size))
    gpkg = os.path.join(OUT, "buildings_{}.gpkg".format(size))
    if os.path.exists(dem_path) and os.path.exists(gpkg):
        return dem_path, gpkg
    left, top = 400000.0, 5750000.0 + size
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    dataset = gdal.GetDriverByName("GTiff").Create(dem_path, size, size, 1, gdal.GDT_Float32, ["COMPRESS=DEFLATE", "TILED=YES"])
    dataset.SetGeoTransform((left, 1.0, 0, top, 0, -1.0))
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(terrain(size))
    dataset = None
    rng = np.random.default_rng(size)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(gpkg)
    layer = source.CreateLayer("footprints", srs, ogr.wkbPolygon)
    for name, kind in (("building_id", ogr.OFTString), ("height", ogr.OFTReal)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    side = int(np.sqrt(buildings))
    pitch = size / side
    source.StartTransaction()
    for i in range(side * side):
        r, c = divmod(i, side)
        w, d = rng.uniform(10, 22), rng.uniform(9, 16)
        x0 = left + c * pitch + rng.uniform(2, pitch - w - 2)
        y0 = top - (r + 1) * pitch + rng.uniform(2, pitch - d - 2)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("building_id", "B{}".format(i))
        feature.SetField("height", float(rng.uniform(6, 24)))
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(x0, y0, x0 + w, y0 + d)))
        layer.CreateFeature(feature)
    source.CommitTransaction()
    source = None
    return dem_path, gpkg


def run_case(size, buildings, with_heat):
    from qgis_env import finish, start_qgis

    start_qgis(processing=True)
    import processing
    from osgeo import gdal

    from urban_twin.core.climate import flow, heavyrain

    dem_path, gpkg = write_case(size, buildings)
    out = os.path.join(OUT, "out_{}".format(size))
    os.makedirs(out, exist_ok=True)
    started = time.time()
    result = processing.run("urbantwin:heavyrain", {
        "DEM": dem_path, "BUILDINGS": gpkg + "|layername=footprints",
        "OUTPUT_SINKS": os.path.join(out, "sinks.gpkg"), "OUTPUT_FLOWPATHS": os.path.join(out, "paths.gpkg"),
        "OUTPUT_BUILDINGS": os.path.join(out, "buildings.gpkg"), "OUTPUT_DEPTH": os.path.join(out, "depth.tif")})
    total = time.time() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    z = gdal.Open(dem_path).ReadAsArray().astype(np.float32)
    t = time.time()
    filled = flow.fill_depressions(z)
    t_fill = time.time() - t
    t = time.time()
    receiver = flow.flow_receivers(filled)
    t_route = time.time() - t
    t = time.time()
    flow.accumulate(receiver)
    t_acc = time.time() - t
    print("{:>7} cells, {:>5} buildings | urbantwin:heavyrain end to end {:6.1f} s, peak RSS {:6.0f} MB | "
          "fill {:.2f} s, D8 + flats {:.2f} s, accumulation {:.2f} s | sinks {}, flow paths {}, affected buildings {}".format(
              z.size, buildings, total, rss, t_fill, t_route, t_acc, result["SINK_COUNT"],
              result["FLOWPATH_COUNT"], result["AFFECTED_BUILDINGS"]), flush=True)
    try:
        import richdem
    except ImportError:
        print("  RichDEM not installed (pip install -r requirements-test.d/climate.txt): no reference figures")
    else:
        hydro = heavyrain.hydro_dem(z, np.zeros(z.shape, dtype=bool))
        t = time.time()
        reference = np.asarray(richdem.FillDepressions(richdem.rdarray(hydro.copy(), no_data=-9999.0), epsilon=False, in_place=False))
        t_rd_fill = time.time() - t
        t = time.time()
        richdem.FlowAccumulation(richdem.FillDepressions(richdem.rdarray(hydro.copy(), no_data=-9999.0), epsilon=True), method="D8")
        t_rd_acc = time.time() - t
        same = bool(np.array_equal(reference, flow.fill_depressions(hydro)))
        print("  RichDEM (C++): fill {:.2f} s, fill(ε) + D8 accumulation {:.2f} s | fill identical to ours: {} "
              "({:,} cells raised)".format(t_rd_fill, t_rd_acc, same, int((reference > hydro).sum())), flush=True)
    if with_heat:
        started = time.time()
        heat = processing.run("urbantwin:heatscreening", {
            "BUILDINGS": gpkg + "|layername=footprints", "CELL_SIZE": 10.0,
            "OUTPUT_CELLS": os.path.join(out, "heat.gpkg"), "OUTPUT_SVF": os.path.join(out, "svf.tif")})
        print("  urbantwin:heatscreening (10 m cells, SVF 36 azimuths at 2 m, shade 13–17 h): {:.1f} s, {} cells, "
              "peak RSS {:.0f} MB".format(time.time() - started, heat.get("CELL_COUNT", "?"),
                                         resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0), flush=True)
    finish()


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--case":
        run_case(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "heat")
        return
    print(__doc__.strip().splitlines()[0])
    print("target: 1 km² < 30 s and < 1 GB; 4 km² completes", flush=True)
    for size, buildings, heat in ((1000, 500, "heat"), (2000, 2000, "-")):
        subprocess.run([sys.executable, os.path.abspath(__file__), "--case", str(size), str(buildings), heat], cwd=ROOT)


if __name__ == "__main__":
    main()
