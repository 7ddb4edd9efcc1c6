"""Heavy-rain screening (Fließpfad- und Senkenkarte) over a DEM with buildings as obstacles.

Plain numpy: the caller hands in the DEM and rasters of the buildings and measures; the result holds
the filled depths, the sinks with their figures, the flow-path network and the affected buildings.
This is a topographic screening (LUBW 2016, "Leitfaden Kommunales Starkregenrisikomanagement in
Baden-Württemberg"): no sewer network, no infiltration over time, no velocities — not a flood model.
"""

from dataclasses import dataclass, field

import numpy as np
from scipy import ndimage

from . import flow

ROUTING_SMOOTHING_CELLS = 1.5  # σ of the Gaussian that removes the cm terraces of DGM1 before routing (flow.py)
BUILDING_RAISE_M = 10.0  # buildings burnt into the DEM as obstacles (common practice in Fließpfadkarten)
# LUBW/DWA-style depth classes of sinks (upper limits in m)
DEPTH_LIMITS = (0.10, 0.50, 1.00)
EIGHT = np.ones((3, 3), dtype=bool)


def depth_class(depth):
    """1: < 10 cm, 2: 10–50 cm, 3: 50–100 cm, 4: > 1 m."""
    return np.searchsorted(np.asarray(DEPTH_LIMITS), np.asarray(depth), side="right") + 1


def hazard_class(max_depth, catchment_area, threshold_m2):
    """0: not affected, 1: moderate (sink 10–50 cm or flow path), 2: high (50–100 cm or 10× the threshold),
    3: very high (> 1 m or 100× the threshold)."""
    by_depth = np.where(max_depth >= 1.0, 3, np.where(max_depth >= 0.5, 2, np.where(max_depth >= 0.1, 1, 0)))
    by_flow = np.where(catchment_area >= 100 * threshold_m2, 3,
                       np.where(catchment_area >= 10 * threshold_m2, 2, np.where(catchment_area >= threshold_m2, 1, 0)))
    return np.maximum(by_depth, by_flow)


@dataclass
class HeavyRainResult:
    filled: np.ndarray
    depth: np.ndarray  # m, 0 outside sinks and on buildings, NaN outside the data
    receiver: np.ndarray
    catchment: np.ndarray  # contributing area (m²) per cell
    runoff: np.ndarray  # runoff volume passing on from each cell (m³), after retention spaces and sinks
    sink_labels: np.ndarray  # 0 = no sink; sinks with max depth ≥ the minimum
    sinks: list = field(default_factory=list)  # dicts per sink id (1-based, same as labels)
    flowpaths: list = field(default_factory=list)  # (list of flat cell indices, catchment m²)
    buildings: list = field(default_factory=list)  # dicts per affected building


def hydro_dem(dem, building_mask):
    return np.where(building_mask, dem + np.float32(BUILDING_RAISE_M), dem).astype(np.float32)


def routing_surface(dem, on_building, valid):
    """The filled, slightly smoothed hydro-DEM that flow is routed on (buildings stay sharp obstacles)."""
    ground = np.where(valid, dem, np.nan)
    if not valid.all():  # no-data borrows its nearest value so the smoothing does not spread NaN
        _, (rows, cols) = ndimage.distance_transform_edt(~valid, return_indices=True)
        ground = ground[rows, cols]
    smooth = ndimage.gaussian_filter(ground.astype(np.float64), ROUTING_SMOOTHING_CELLS, mode="nearest").astype(np.float32)
    return flow.fill_depressions(hydro_dem(smooth, on_building), valid)


def retention_capacity(zones, volumes, catchment):
    """Capacity raster: each retention zone's whole volume at its outlet (the zone cell with the largest catchment),
    so everything that flows through the zone fills it first."""
    capacity = np.zeros(catchment.shape)
    ids = np.arange(1, len(volumes) + 1)
    positions = ndimage.maximum_position(np.nan_to_num(catchment), zones, ids)
    for zone_id, position, volume in zip(ids, positions, volumes):
        if (zones == zone_id).any():
            capacity[position] += float(volume)
    return capacity


def screen(dem, cell_size, building_labels=None, rain_mm=100.0, runoff_coefficient=1.0, retention=None,
           flow_threshold_m2=1000.0, min_depth_m=0.1, valid=None):
    """Run the screening on a DEM (rows × cols, row 0 north).

    ``building_labels``: int raster, 0 = no building, k = building k (1-based).
    ``runoff_coefficient``: number or raster (share of the rain that runs off); ``retention``: (zone raster
    0 / 1..K, K volumes in m³) of retention spaces that hold back that much of what flows through them.
    """
    dem = np.asarray(dem, dtype=np.float32)
    valid = np.isfinite(dem) if valid is None else valid & np.isfinite(dem)
    cell_area = float(cell_size) ** 2
    labels = np.zeros(dem.shape, dtype=np.int32) if building_labels is None else np.asarray(building_labels)
    on_building = labels > 0
    surface = hydro_dem(dem, on_building)
    filled = flow.fill_depressions(surface, valid)
    depth = np.where(valid, filled - surface, np.nan).astype(np.float32)
    depth[on_building & valid] = 0.0
    receiver = flow.flow_receivers(routing_surface(dem, on_building, valid), valid)
    catchment = flow.accumulate(receiver).reshape(dem.shape) * cell_area
    rain_m = float(rain_mm) / 1000.0
    coefficient = np.broadcast_to(np.asarray(runoff_coefficient, dtype=np.float64), dem.shape)
    generated = np.where(valid, rain_m * coefficient * cell_area, 0.0)
    retained = np.zeros(dem.shape) if retention is None else retention_capacity(retention[0], retention[1], catchment)
    catchment[~valid] = np.nan
    sink_labels, sinks, outlets = _sinks(depth, catchment, cell_area, min_depth_m)
    # sinks in series: each sink holds its volume at its outlet before it passes water on (like a retention space)
    capacity = retained.copy()
    for sink, outlet in zip(sinks, outlets):
        capacity[outlet] += sink["volume"]
    arriving = flow.accumulate(receiver, generated, capacity).reshape(dem.shape)
    runoff = np.maximum(arriving - capacity, 0.0)
    for sink, outlet in zip(sinks, outlets):
        inflow = max(float(arriving[outlet] - retained[outlet]), 0.0)  # a retention space in the sink fills first
        sink["runoff_volume"] = inflow
        sink["fill_ratio"] = float(min(1.0, inflow / sink["volume"])) if sink["volume"] > 0 else 1.0
    paths = _flowpaths(receiver, catchment, flow_threshold_m2, valid)
    buildings = _affected_buildings(labels, depth, catchment, flow_threshold_m2, min_depth_m)
    return HeavyRainResult(filled, depth, receiver, catchment, runoff, sink_labels, sinks, paths, buildings)


def _sinks(depth, catchment, cell_area, min_depth_m):
    """Sink labels, figures and outlet cells (the cell with the largest catchment: everything entering leaves there)."""
    wet = np.nan_to_num(depth) > 1e-4
    labels, count = ndimage.label(wet, structure=EIGHT)
    if count == 0:
        return labels, [], []
    index = np.arange(1, count + 1)
    d = np.nan_to_num(depth).astype(np.float64)
    max_depth = ndimage.maximum(d, labels, index)
    keep = max_depth >= min_depth_m
    # renumber the kept sinks 1..K, the rest become 0
    new_id = np.zeros(count + 1, dtype=np.int32)
    new_id[1:][keep] = np.arange(1, int(keep.sum()) + 1)
    labels = new_id[labels]
    kept = np.arange(1, int(keep.sum()) + 1)
    if kept.size == 0:
        return labels, [], []
    cells = ndimage.sum(np.ones_like(d), labels, kept)
    volume = ndimage.sum(d, labels, kept) * cell_area
    max_depth = ndimage.maximum(d, labels, kept)
    inflow_area = ndimage.maximum(np.nan_to_num(catchment), labels, kept)
    outlets = ndimage.maximum_position(np.nan_to_num(catchment), labels, kept)
    sinks = []
    for i, sink_id in enumerate(kept):
        area = float(cells[i] * cell_area)
        vol = float(volume[i])
        sinks.append(dict(
            sink_id=int(sink_id), area=area, volume=vol, max_depth=float(max_depth[i]),
            mean_depth=vol / area if area else 0.0, catchment_area=float(inflow_area[i]),
            depth_class=int(depth_class(max_depth[i])),
        ))
    return labels, sinks, [tuple(position) for position in outlets]


def _flowpaths(receiver, catchment, threshold_m2, valid):
    """Reaches of the channel network: from a head or confluence down to the next confluence or outlet."""
    channel = (np.nan_to_num(catchment) >= threshold_m2).ravel() & valid.ravel()
    cells = np.flatnonzero(channel)
    if cells.size == 0:
        return []
    downstream = receiver[cells]
    inside = downstream >= 0
    donors = np.bincount(downstream[inside], minlength=receiver.size)
    # channel donors only (a channel cell's receiver always has at least its catchment)
    starts = cells[donors[cells] != 1]
    area = np.nan_to_num(catchment).ravel()
    paths = []
    for start in starts.tolist():
        line = [start]
        current = start
        while True:
            nxt = int(receiver[current])
            if nxt < 0 or not channel[nxt]:
                break
            line.append(nxt)
            if donors[nxt] != 1:
                break
            current = nxt
        if len(line) >= 2:
            last_own = line[-2] if donors[line[-1]] != 1 else line[-1]
            paths.append((line, float(area[last_own])))
    return paths


def _affected_buildings(labels, depth, catchment, threshold_m2, min_depth_m):
    """Per building: deepest water and largest catchment in the ring of cells around its walls."""
    count = int(labels.max()) if labels.size else 0
    if count == 0:
        return []
    wall_depth = np.zeros(count + 1)
    wall_catchment = np.zeros(count + 1)
    d = np.nan_to_num(depth).astype(np.float64)
    c = np.nan_to_num(catchment)
    for dr, dc in flow.OFFSETS:
        a, b = flow._pair_slices(labels.shape, dr, dc)
        touch = (labels[a] > 0) & (labels[b] == 0)
        owner = labels[a][touch]
        np.maximum.at(wall_depth, owner, d[b][touch])
        np.maximum.at(wall_catchment, owner, c[b][touch])
    classes = hazard_class(wall_depth, wall_catchment, threshold_m2)
    result = []
    for k in range(1, count + 1):
        if wall_depth[k] >= min_depth_m or wall_catchment[k] >= threshold_m2:
            result.append(dict(index=k, max_depth=float(wall_depth[k]), catchment_area=float(wall_catchment[k]),
                               hazard_class=int(max(classes[k], 1))))
    return result
