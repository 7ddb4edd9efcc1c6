"""3D Tiles 1.1 tileset from building meshes: a quadtree of tiles with at most ``max_per_tile`` buildings,
one .glb per leaf (EXT_mesh_features / EXT_structural_metadata), ENU→ECEF root transform, box volumes.

Leaves carry all content (refine ADD, geometric error 0); inner tiles are empty and their geometric error is
their box diagonal, so a viewer that sees the whole quarter loads every building.
"""

import json
import os
import shutil
import tempfile

import numpy as np

from ..errors import CancelledError, UrbanTwinError
from ..i18n import tr
from .glb import PropertyColumn, glb_bytes
from .mesh import building_triangles
from .placement import Placement

MAX_PER_TILE = 100
MAX_DEPTH = 10


def _tile_mesh(buildings, placement, columns_spec):
    """Arrays of one glb (positions in the glTF y-up frame) and the ENU min/max of its vertices."""
    positions, normals, colors, ids, triangles, offset = [], [], [], [], [], 0
    for row, building in enumerate(buildings):
        points, point_normals, tris = building_triangles(building.polygons)
        if len(tris) == 0:
            continue
        positions.append(points)
        normals.append(point_normals)  # the ENU frame is the source frame turned by < 1° (grid convergence ignored)
        colors.append(np.repeat(np.asarray(building.color, dtype=float)[None, :3], len(points), axis=0))
        ids.append(np.full(len(points), row, dtype=float))
        triangles.append(tris + offset)
        offset += len(points)
    if not positions:
        return None
    enu = placement.to_enu(np.vstack(positions))  # one PROJ call per tile
    normal = np.vstack(normals)
    gltf_positions = np.column_stack([enu[:, 0], enu[:, 2], -enu[:, 1]])
    gltf_normals = np.column_stack([normal[:, 0], normal[:, 2], -normal[:, 1]])
    columns = [PropertyColumn(name, kind, [b.properties.get(name) for b in buildings], description)
               for name, kind, description in columns_spec]
    data = glb_bytes(gltf_positions, gltf_normals, np.vstack(colors), np.concatenate(ids), np.vstack(triangles), columns,
                     len(buildings))
    return data, enu.min(axis=0), enu.max(axis=0)


def _box(minimum, maximum):
    centre = (minimum + maximum) / 2.0
    half = np.maximum((maximum - minimum) / 2.0, 0.01)
    return [float(centre[0]), float(centre[1]), float(centre[2]), float(half[0]), 0.0, 0.0, 0.0, float(half[1]), 0.0,
            0.0, 0.0, float(half[2])]


def _split(items, bounds, depth, max_per_tile):
    """Quadtree over building centroids: [(address, items)] leaves."""
    if len(items) <= max_per_tile or depth >= MAX_DEPTH:
        return [("", items)]
    x0, y0, x1, y1 = bounds
    xm, ym = (x0 + x1) / 2.0, (y0 + y1) / 2.0
    quadrants = [[], [], [], []]
    for item in items:
        x, y = item[0]
        quadrants[(1 if x >= xm else 0) + (2 if y >= ym else 0)].append(item)
    sub_bounds = [(x0, y0, xm, ym), (xm, y0, x1, ym), (x0, ym, xm, y1), (xm, ym, x1, y1)]
    leaves = []
    for number, (quadrant, sub) in enumerate(zip(quadrants, sub_bounds)):
        if quadrant:
            leaves.extend((str(number) + address, chunk) for address, chunk in _split(quadrant, sub, depth + 1, max_per_tile))
    return leaves


def build_tileset(index, load, crs_wkt, folder, columns_spec, max_per_tile=MAX_PER_TILE, feedback=None, glb_path=None):
    """Write tileset.json and tiles/*.glb into ``folder`` (existing); optionally one .glb of all buildings.

    ``index``: [(key, (x, y) centroid, (x_min, y_min, x_max, y_max, z_min))] of every building — small;
    ``load(keys)`` returns the BuildingInput records of one tile, so only one tile's geometry is in memory at a
    time (memory stays flat with the number of buildings; the single .glb needs all at once).
    ``columns_spec``: [(property name, 'STRING' | 'FLOAT64', description)]. Returns a summary dict."""
    if not index:
        raise UrbanTwinError(tr("There are no buildings with 3D geometry to export."))
    boxes = np.array([box for _key, _centre, box in index], dtype=float)
    x0, y0, x1, y1 = boxes[:, 0].min(), boxes[:, 1].min(), boxes[:, 2].max(), boxes[:, 3].max()
    origin = ((x0 + x1) / 2.0, (y0 + y1) / 2.0, float(boxes[:, 4].min()))
    placement = Placement(crs_wkt, origin)
    items = [(centre, key) for key, centre, _box in index]
    # leaf addresses are never empty: the root is always an inner tile with a geometric error > 0
    leaves = [("0" + address, chunk) for address, chunk in _split(items, (x0, y0, x1 + 1e-6, y1 + 1e-6), 0, max_per_tile)]
    os.makedirs(os.path.join(folder, "tiles"), exist_ok=True)
    tiles, count = {}, 0
    for number, (address, chunk) in enumerate(leaves):
        if feedback is not None and feedback.isCanceled():
            raise CancelledError()
        buildings = load([key for _c, key in chunk])
        mesh = _tile_mesh(buildings, placement, columns_spec)
        if mesh is None:
            continue
        data, minimum, maximum = mesh
        name = "tiles/t{}.glb".format(address)
        with open(os.path.join(folder, name), "wb") as handle:
            handle.write(data)
        tiles[address] = dict(uri=name, min=minimum, max=maximum, count=len(buildings))
        count += len(buildings)
        if feedback is not None:
            feedback.setProgress(10 + 80 * (number + 1) / len(leaves))
    if not tiles:
        raise UrbanTwinError(tr("There are no buildings with 3D geometry to export."))
    root = _tree("", tiles)
    root["transform"] = placement.transform
    document = {
        "asset": {"version": "1.1", "generator": "Urban Twin (QGIS plugin)",
                  "extras": {"sourceCrs": placement.source.to_string(), "heightReference": placement.height_reference,
                             "geoidUndulation": round(placement.undulation, 3),
                             "origin": [float(origin[0]), float(origin[1]), float(origin[2])]}},
        "geometricError": float(root["geometricError"]) * 2.0,
        "root": root,
    }
    with open(os.path.join(folder, "tileset.json"), "w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
    if glb_path is not None:
        mesh = _tile_mesh(load([key for key, _c, _b in index]), placement, columns_spec)
        with open(glb_path, "wb") as handle:
            handle.write(mesh[0])
    return dict(tiles=len(tiles), buildings=count, height_reference=placement.height_reference,
                undulation=placement.undulation, placement=placement)


def index_entry(key, polygons):
    """(key, centroid, box) of a building for build_tileset, from its polygons."""
    points = np.vstack([ring for polygon in polygons for ring in polygon])
    box = (float(points[:, 0].min()), float(points[:, 1].min()), float(points[:, 0].max()), float(points[:, 1].max()),
           float(points[:, 2].min()))
    return key, ((box[0] + box[2]) / 2.0, (box[1] + box[3]) / 2.0), box


def _tree(address, tiles):
    """Tile JSON for a quadtree address: a leaf with content or an inner tile over its children."""
    if address in tiles:
        leaf = tiles[address]
        return {"boundingVolume": {"box": _box(leaf["min"], leaf["max"])}, "geometricError": 0.0, "refine": "ADD",
                "content": {"uri": leaf["uri"]}, "_min": leaf["min"], "_max": leaf["max"]}
    children = [_tree(address + str(q), tiles) for q in range(4) if any(k.startswith(address + str(q)) for k in tiles)]
    minimum = np.min([c.pop("_min") for c in children], axis=0)
    maximum = np.max([c.pop("_max") for c in children], axis=0)
    diagonal = float(np.linalg.norm(maximum - minimum))
    node = {"boundingVolume": {"box": _box(minimum, maximum)}, "geometricError": max(diagonal, 1.0), "refine": "ADD",
            "children": children}
    if address:
        node["_min"], node["_max"] = minimum, maximum
    return node


def replace_outputs(staging, folder, names):
    """Move the finished ``names`` from the staging folder into ``folder`` (old versions replaced last)."""
    for name in names:
        source, target = os.path.join(staging, name), os.path.join(folder, name)
        if not os.path.exists(source):
            continue
        if os.path.isdir(source):
            old = None
            if os.path.exists(target):
                old = tempfile.mkdtemp(prefix=".old-", dir=folder)
                os.replace(target, os.path.join(old, name))
            os.replace(source, target)
            if old:
                shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(source, target)
