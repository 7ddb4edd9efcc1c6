"""Heavy-rain screening from files and layers to styled GeoPackages: prepare the rasters, run, write."""

from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsGeometry, QgsPointXY, QgsWkbTypes

from ..analysis.result_layers import write_layer
from ..errors import UrbanTwinError
from ..fieldtypes import FieldType
from ..i18n import tr
from . import heavyrain, rasters, styles

STORAGE_FIELD = "storage_m3"
RUNOFF_FIELD = "runoff_coefficient"


@dataclass
class Scenario:
    """What the screening runs on: the DEM window, buildings (footprints) and measures."""

    dem: np.ndarray
    grid: rasters.Grid
    footprints: list
    runoff: object = 1.0  # number or raster
    retention: object = None  # (zone raster, volumes m³) or None
    measures_used: dict = field(default_factory=dict)


def load_scenario(dem_path, footprints, measures=(), area=None, runoff_coefficient=1.0):
    """DEM window (the area's extent, cells outside its polygon no-data), buildings and measures as rasters.

    ``measures``: [(QgsGeometry, {storage_m3, runoff_coefficient})]; ``area``: QgsGeometry or None."""
    extent = None
    if area is not None:
        box = area.boundingBox()
        extent = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
    dem, grid = rasters.read_dem(dem_path, extent)
    if area is not None:
        inside = rasters.burn(grid, [bytes(area.asWkb())]) > 0
        dem = np.where(inside, dem, np.nan).astype(np.float32)
    if not np.isfinite(dem).any():
        raise UrbanTwinError(tr("The DEM has no data in the area of interest."), path=dem_path)
    runoff = np.full(dem.shape, float(runoff_coefficient), dtype=np.float64)
    retention = None
    used = {"unsealed_m2": 0.0, "storage_m3": 0.0}
    coefficient_polygons = [(g, v[RUNOFF_FIELD]) for g, v in measures if v.get(RUNOFF_FIELD) is not None]
    if coefficient_polygons:
        values = [min(max(float(c), 0.0), 1.0) for _, c in coefficient_polygons]
        index = rasters.burn(grid, [bytes(g.asWkb()) for g, _ in coefficient_polygons])
        lowered = index > 0
        runoff[lowered] = np.asarray(values)[index[lowered] - 1]
        used["unsealed_m2"] = float(lowered.sum() * grid.cell**2)
    storage_polygons = [(g, v[STORAGE_FIELD]) for g, v in measures if v.get(STORAGE_FIELD)]
    if storage_polygons:
        index = rasters.burn(grid, [bytes(g.asWkb()) for g, _ in storage_polygons], all_touched=True)
        counts = np.bincount(index.ravel(), minlength=len(storage_polygons) + 1)
        volumes = np.asarray([max(float(v), 0.0) for _, v in storage_polygons])
        retention = (index, volumes)
        used["storage_m3"] = float(volumes[counts[1:] > 0].sum())
    return Scenario(dem, grid, list(footprints), runoff, retention, used)


def run(scenario, rain_mm, flow_threshold_m2, min_depth_m):
    labels = rasters.burn(scenario.grid, [f.wkb for f in scenario.footprints]) if scenario.footprints else None
    return heavyrain.screen(scenario.dem, scenario.grid.cell, labels, rain_mm, scenario.runoff, scenario.retention,
                            flow_threshold_m2, min_depth_m)


def sink_definitions():
    return [
        ("sink_id", FieldType.INT, tr("Sink")),
        ("area", FieldType.DOUBLE, tr("Area (m²)")),
        ("volume", FieldType.DOUBLE, tr("Volume (m³)")),
        ("max_depth", FieldType.DOUBLE, tr("Maximum depth (m)")),
        ("mean_depth", FieldType.DOUBLE, tr("Mean depth (m)")),
        ("catchment_area", FieldType.DOUBLE, tr("Catchment area (m²)")),
        ("runoff_volume", FieldType.DOUBLE, tr("Runoff of the design rain (m³)")),
        ("fill_ratio", FieldType.DOUBLE, tr("Fill ratio of the design rain")),
        ("depth_class", FieldType.INT, tr("Depth class")),
        ("depth_label", FieldType.STRING, tr("Depth class (label)")),
    ]


def flowpath_definitions():
    return [
        ("path_id", FieldType.INT, tr("Flow path")),
        ("catchment_area", FieldType.DOUBLE, tr("Catchment area (m²)")),
        ("length", FieldType.DOUBLE, tr("Length (m)")),
    ]


def building_definitions():
    return [
        ("building_id", FieldType.STRING, tr("Building id")),
        ("max_depth", FieldType.DOUBLE, tr("Water depth at the wall (m)")),
        ("catchment_area", FieldType.DOUBLE, tr("Catchment area at the wall (m²)")),
        ("hazard_class", FieldType.INT, tr("Hazard class")),
        ("hazard_label", FieldType.STRING, tr("Hazard class (label)")),
        ("district", FieldType.STRING, tr("District")),
    ]


def _r(value, digits=2):
    return round(float(value), digits)


def sink_rows(result, grid):
    shapes = rasters.polygonise(result.sink_labels, grid)
    labels = styles.depth_labels()
    rows = []
    for sink in result.sinks:
        geometry = QgsGeometry()
        geometry.fromWkb(shapes[sink["sink_id"]])
        rows.append((geometry, [sink["sink_id"], _r(sink["area"], 1), _r(sink["volume"], 1), _r(sink["max_depth"], 3),
                                _r(sink["mean_depth"], 3), _r(sink["catchment_area"], 1), _r(sink["runoff_volume"], 1),
                                _r(sink["fill_ratio"], 3), sink["depth_class"], labels[sink["depth_class"] - 1]]))
    return rows


def flowpath_rows(result, grid):
    rows = []
    for number, (cells, catchment) in enumerate(result.flowpaths, start=1):
        xs, ys = grid.centre(np.asarray(cells))
        line = QgsGeometry.fromPolylineXY([QgsPointXY(float(x), float(y)) for x, y in zip(xs, ys)])
        rows.append((line, [number, _r(catchment, 1), _r(line.length(), 1)]))
    return rows


def district_of(geometry, districts):
    if not districts:
        return None
    point = geometry.pointOnSurface()
    for name, polygon in districts:
        if polygon.contains(point):
            return name
    return None


def building_rows(result, footprints, districts=()):
    labels = styles.hazard_labels()
    rows = []
    for item in result.buildings:
        footprint = footprints[item["index"] - 1]
        geometry = QgsGeometry(footprint.geometry)
        geometry.convertToMultiType()
        rows.append((geometry, [footprint.building_id, _r(item["max_depth"], 3), _r(item["catchment_area"], 1),
                                          item["hazard_class"], labels[item["hazard_class"]],
                                          district_of(footprint.geometry, districts)]))
    return rows


def write_sinks(path, result, grid, crs, provenance):
    return write_layer(path, "sinks", sink_definitions(), sink_rows(result, grid), QgsWkbTypes.Type.MultiPolygon, crs,
                       styles.sink_renderer(), provenance, tr("Sinks (heavy-rain screening)"), screening_caveat())


def write_flowpaths(path, result, grid, crs, provenance, threshold_m2):
    return write_layer(path, "flowpaths", flowpath_definitions(), flowpath_rows(result, grid), QgsWkbTypes.Type.LineString, crs,
                       styles.flowpath_renderer(threshold_m2=threshold_m2), provenance, tr("Flow paths (heavy-rain screening)"),
                       screening_caveat())


def write_buildings(path, rows, crs, provenance):
    return write_layer(path, "affected_buildings", building_definitions(), rows, QgsWkbTypes.Type.MultiPolygon, crs,
                       styles.hazard_renderer(), provenance, tr("Buildings affected by heavy rain (screening)"), screening_caveat())


def write_depth(path, result, grid, provenance):
    return rasters.write_geotiff(path, result.depth, grid, provenance, tr("Water depth in filled sinks (m)"), styles.save_depth_style)


def screening_caveat():
    return tr("Screening, not a flood model: topographic flow paths and sinks of a DEM with buildings as obstacles. "
              "No sewer network, no infiltration over time, no water depths or velocities of a hydrodynamic simulation.")


def district_counts(rows):
    """{district: {hazard class: count}} of affected-building rows."""
    counts = {}
    for _, values in rows:
        district = values[5] or tr("(no district)")
        counts.setdefault(district, {}).setdefault(values[3], 0)
        counts[district][values[3]] += 1
    return counts


def district_definitions():
    return [
        ("district", FieldType.STRING, tr("District")),
        ("affected_buildings", FieldType.INT, tr("Affected buildings")),
        ("hazard_moderate", FieldType.INT, tr("Hazard moderate")),
        ("hazard_high", FieldType.INT, tr("Hazard high")),
        ("hazard_very_high", FieldType.INT, tr("Hazard very high")),
        ("sinks", FieldType.INT, tr("Sinks")),
        ("sink_volume", FieldType.DOUBLE, tr("Sink volume (m³)")),
    ]


def district_rows(result, grid, building_rows_, districts):
    """Per district: affected buildings by hazard class, sinks (by their deepest cell) and their volume."""
    counts = district_counts(building_rows_)
    sinks_in = {name: [0, 0.0] for name, _ in districts}
    if result.sinks:
        from scipy import ndimage

        deepest = ndimage.maximum_position(np.nan_to_num(result.depth), result.sink_labels, [s["sink_id"] for s in result.sinks])
        for sink, (row, col) in zip(result.sinks, deepest):
            x, y = grid.centre(row * grid.cols + col)
            point = QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y)))
            for name, polygon in districts:
                if polygon.contains(point):
                    sinks_in[name][0] += 1
                    sinks_in[name][1] += sink["volume"]
                    break
    rows = []
    for name, polygon in districts:
        by_class = counts.get(name, {})
        geometry = QgsGeometry(polygon)
        geometry.convertToMultiType()
        rows.append((geometry, [name, sum(by_class.values()), by_class.get(1, 0), by_class.get(2, 0), by_class.get(3, 0),
                                sinks_in[name][0], round(sinks_in[name][1], 1)]))
    return rows


def write_districts(path, rows, crs, provenance):
    return write_layer(path, "heavyrain_districts", district_definitions(), rows, QgsWkbTypes.Type.MultiPolygon, crs,
                       None, provenance, tr("Heavy-rain screening per district"), screening_caveat())
