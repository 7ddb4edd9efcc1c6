"""Heat screening from layers to styled outputs: build the scene, run, write cells, SVF raster, districts, hotspots."""

import datetime
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsGeometry, QgsRectangle, QgsWkbTypes

from ..analysis.result_layers import write_layer
from ..analysis.solar import times
from ..errors import UrbanTwinError
from ..fieldtypes import FieldType
from ..i18n import tr
from . import heat, rasters, styles

AFTERNOON = (datetime.time(13, 0), datetime.time(17, 0))
SHADE_STEP_MINUTES = 30
# words of land-cover and ALKIS land-use fields (tatsächliche Nutzung) that say sealed (1) or unsealed (0)
TRUE_WORDS = {"1", "true", "ja", "yes", "sealed", "versiegelt", "bebaut", "asphalt", "pflaster", "straßenverkehr",
              "strassenverkehr", "verkehrsfläche", "straße", "weg", "platz", "parkplatz"}
FALSE_WORDS = {"0", "false", "nein", "no", "unsealed", "unversiegelt", "green", "grün", "gruen", "grünfläche", "grünanlage",
               "wiese", "rasen", "park", "wald", "gehölz", "landwirtschaft", "friedhof", "gewässer"}


def sealed_value(value):
    """A land-cover value as sealed share 0–1: numbers (0–1, or percent > 1) or words; None if unreadable."""
    if value is None:
        return None
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    try:
        number = float(value)
    except (TypeError, ValueError):
        word = str(value).strip().lower()
        return 1.0 if word in TRUE_WORDS else (0.0 if word in FALSE_WORDS else None)
    if number != number:
        return None
    return min(max(number / 100.0 if number > 1.0 else number, 0.0), 1.0)


def afternoon_seconds(date, zone_name=times.DEFAULT_TIMEZONE):
    """Unix seconds of 13:00, 13:30 … 17:00 local time on ``date``."""
    zone = times.time_zone(zone_name)
    moments = []
    minute = AFTERNOON[0].hour * 60
    while minute <= AFTERNOON[1].hour * 60:
        moments.append(datetime.datetime.combine(date, datetime.time(minute // 60, minute % 60)).replace(tzinfo=zone).timestamp())
        minute += SHADE_STEP_MINUTES
    return np.asarray(moments)


@dataclass
class HeatInputs:
    footprints: list
    landcover: list  # [(QgsGeometry, sealed 0–1)]
    trees: list  # heat.Tree
    unsealing: list  # [QgsGeometry]
    green_roof_ids: set
    extent: tuple
    crs_wkt: str
    cell: float = 10.0
    fine: float = 2.0
    dem_path: str = None


def build_scene(inputs):
    factor = max(int(round(inputs.cell / inputs.fine)), 1)
    fine = inputs.cell / factor
    coarse = rasters.Grid.covering(inputs.extent, inputs.cell, inputs.crs_wkt)
    if coarse.rows * coarse.cols * factor * factor > rasters.MAX_CELLS:
        raise UrbanTwinError(tr("The area is too large for a {:g} m surface model; choose a coarser sky view resolution.").format(fine))
    grid = rasters.Grid(coarse.left, coarse.top, fine, coarse.rows * factor, coarse.cols * factor, inputs.crs_wkt)
    ground = np.zeros((grid.rows, grid.cols), dtype=np.float32)
    if inputs.dem_path:
        from ..analysis.solar.heightraster import read_dem

        ground = read_dem(inputs.dem_path, inputs.crs_wkt, grid.left, grid.top, grid.rows, grid.cols, fine, inputs.extent)
        if not np.isfinite(ground).any():
            raise UrbanTwinError(tr("The DEM has no data over the buildings."), path=inputs.dem_path)
        ground = np.where(np.isfinite(ground), ground, np.nanmean(ground)).astype(np.float32)
    with_height = [f for f in inputs.footprints if f.height is not None and f.height > 0]
    index = rasters.burn(grid, [f.wkb for f in with_height])
    heights = np.asarray([0.0] + [f.height for f in with_height], dtype=np.float32)
    building_height = heights[index]
    green_roof = None
    if inputs.green_roof_ids:
        roofs = np.asarray([False] + [f.building_id in inputs.green_roof_ids for f in with_height])
        green_roof = roofs[index]
    sealed = np.full(ground.shape, np.nan)
    if inputs.landcover:
        ids = rasters.burn(grid, [bytes(g.asWkb()) for g, _ in inputs.landcover])
        values = np.asarray([np.nan] + [v for _, v in inputs.landcover])
        sealed = values[ids]
    if inputs.unsealing:
        sealed[rasters.burn(grid, [bytes(g.asWkb()) for g in inputs.unsealing]) > 0] = 0.0
    scene = heat.HeatScene(grid.left, grid.top, fine, factor, ground, building_height, sealed, green_roof, list(inputs.trees))
    return scene, coarse, grid, len(inputs.footprints) - len(with_height)


CELL_FIELDS = ("sealed_share", "green_share", "volume_density", "height_mean", "svf", "shade_share", "heat_index")


def cell_definitions():
    return [
        ("cell_id", FieldType.INT, tr("Cell")),
        ("sealed_share", FieldType.DOUBLE, tr("Sealed share")),
        ("green_share", FieldType.DOUBLE, tr("Green share")),
        ("volume_density", FieldType.DOUBLE, tr("Building volume density (m³/m²)")),
        ("height_mean", FieldType.DOUBLE, tr("Mean building height (m)")),
        ("svf", FieldType.DOUBLE, tr("Sky view factor at street level")),
        ("shade_share", FieldType.DOUBLE, tr("Shade share 13–17 h")),
        ("heat_index", FieldType.DOUBLE, tr("Heat index (0–100)")),
        ("heat_class", FieldType.INT, tr("Heat class (1–5)")),
        ("district", FieldType.STRING, tr("District")),
    ]


def _value(array, row, col, digits=3):
    value = float(array[row, col])
    return round(value, digits) if np.isfinite(value) else None


def district_raster(coarse, districts):
    """Coarse raster of district numbers (1-based, by cell centre), 0 outside."""
    if not districts:
        return np.zeros((coarse.rows, coarse.cols), dtype=np.int32)
    return rasters.burn(coarse, [bytes(g.asWkb()) for _, g in districts])


def cell_rows(result, coarse, districts):
    cells = result.cells
    names = [None] + [name for name, _ in districts]
    district_ids = district_raster(coarse, districts)
    rows = []
    for row in range(coarse.rows):
        for col in range(coarse.cols):
            if not np.isfinite(cells["heat_index"][row, col]) and not cells["volume_density"][row, col] > 0:
                continue
            x0 = coarse.left + col * coarse.cell
            y1 = coarse.top - row * coarse.cell
            geometry = QgsGeometry.fromRect(QgsRectangle(x0, y1 - coarse.cell, x0 + coarse.cell, y1))
            values = [row * coarse.cols + col + 1] + [_value(cells[name], row, col, 2 if name == "heat_index" else 3) for name in CELL_FIELDS]
            values += [int(cells["heat_class"][row, col]) or None, names[district_ids[row, col]]]
            rows.append((geometry, values))
    return rows


def district_definitions():
    return [
        ("district", FieldType.STRING, tr("District")),
        ("area_ha", FieldType.DOUBLE, tr("Assessed area (ha)")),
        ("sealed_share", FieldType.DOUBLE, tr("Sealed share")),
        ("green_share", FieldType.DOUBLE, tr("Green share")),
        ("volume_density", FieldType.DOUBLE, tr("Building volume density (m³/m²)")),
        ("height_mean", FieldType.DOUBLE, tr("Mean building height (m)")),
        ("svf", FieldType.DOUBLE, tr("Sky view factor at street level")),
        ("shade_share", FieldType.DOUBLE, tr("Shade share 13–17 h")),
        ("heat_index", FieldType.DOUBLE, tr("Heat index (0–100)")),
        ("heat_class", FieldType.INT, tr("Heat class (1–5)")),
    ] + [("class{}_ha".format(k), FieldType.DOUBLE, tr("Class {} (ha)").format(k)) for k in range(1, 6)]


def district_figures(result, coarse, districts):
    """[(name, geometry, {field: value})]: means over assessed cells, area per class."""
    ids = district_raster(coarse, districts)
    cells = result.cells
    assessed = np.isfinite(cells["heat_index"])
    hectares = coarse.cell**2 / 10000.0
    figures = []
    for number, (name, geometry) in enumerate(districts, start=1):
        mask = (ids == number) & assessed
        values = {"area_ha": round(float(mask.sum() * hectares), 2)}
        for key in ("sealed_share", "green_share", "volume_density", "svf", "shade_share", "heat_index"):
            values[key] = round(float(np.nanmean(cells[key][mask])), 3) if mask.any() else None
        # mean building height weighted by the cells' building volume (a cell full of tall buildings counts more)
        heights, volumes = cells["height_mean"][mask], cells["volume_density"][mask]
        built = np.isfinite(heights) & (volumes > 0)
        values["height_mean"] = round(float(np.average(heights[built], weights=volumes[built])), 2) if built.any() else None
        values["heat_class"] = int(heat.heat_class(np.asarray([values["heat_index"]], dtype=float))[0]) if mask.any() else None
        for k in range(1, 6):
            values["class{}_ha".format(k)] = round(float(((cells["heat_class"] == k) & mask).sum() * hectares), 2)
        figures.append((name, geometry, values))
    return figures


def hotspot_rows(result, coarse):
    labels, count = heat.hotspot_labels(result.cells["heat_class"])
    shapes = rasters.polygonise(labels, coarse)
    rows = []
    for label in range(1, count + 1):
        mask = labels == label
        geometry = QgsGeometry()
        geometry.fromWkb(shapes[label])
        rows.append((geometry, [label, round(float(mask.sum() * coarse.cell**2 / 10000.0), 3),
                                round(float(np.nanmean(result.cells["heat_index"][mask])), 1),
                                int(result.cells["heat_class"][mask].max())]))
    return rows


def hotspot_definitions():
    return [("hotspot_id", FieldType.INT, tr("Hotspot")), ("area_ha", FieldType.DOUBLE, tr("Area (ha)")),
            ("heat_index", FieldType.DOUBLE, tr("Mean heat index")), ("heat_class", FieldType.INT, tr("Highest heat class"))]


def heat_caveat():
    return tr("Screening, not a climate simulation: a weighted index of sealing, green, shade (13–17 h), building volume "
              "and sky view factor after the logic of VDI 3787 Blatt 1; no air temperature, wind, cold-air flow or Tmrt.")


def write_cells(path, rows, crs, provenance):
    return write_layer(path, "heat_cells", cell_definitions(), rows, QgsWkbTypes.Type.Polygon, crs, styles.heat_renderer(),
                       provenance, tr("Heat screening per cell"), heat_caveat())


def write_districts(path, figures, crs, provenance):
    names = [d[0] for d in district_definitions()]
    rows = []
    for name, geometry, values in figures:
        multi = QgsGeometry(geometry)
        multi.convertToMultiType()
        rows.append((multi, [name] + [values[n] for n in names[1:]]))
    return write_layer(path, "heat_districts", district_definitions(), rows, QgsWkbTypes.Type.MultiPolygon, crs,
                       styles.heat_renderer(opacity=0.5), provenance, tr("Heat screening per district"), heat_caveat())


def write_hotspots(path, rows, crs, provenance):
    return write_layer(path, "heat_hotspots", hotspot_definitions(), rows, QgsWkbTypes.Type.MultiPolygon, crs,
                       styles.hotspot_renderer(), provenance, tr("Heat hotspots (classes 4 and 5)"), heat_caveat())


def write_svf(path, result, grid, provenance):
    return rasters.write_geotiff(path, result.svf_fine, grid, provenance, tr("Sky view factor at street level"), styles.save_svf_style)
