"""urbantwin:export3dtiles: every .glb through the Khronos glTF-Validator, tileset.json against the official 3D Tiles
tileset schema rules, the glb read back with an independent parser (positions, feature ids, property table),
positions converted back from ECEF with pyproj within 5 cm of the source corners."""

import json
import os
import struct
import subprocess

import numpy as np
import pytest
from osgeo import ogr

from .conftest import NODE_MODULES

# The official 3D Tiles JSON schemas (CesiumGS/3d-tiles, specification/schema/), copied verbatim; see the README there.
SCHEMA_DIR = os.path.join(os.path.dirname(__file__), "data", "3d-tiles-schema")


def tileset_validator():
    """Draft 2020-12 validator for tileset.schema.json; every $ref resolves from the local copies (no network)."""
    import jsonschema

    store = {}
    for name in os.listdir(SCHEMA_DIR):
        if name.endswith(".schema.json"):
            store[name] = json.load(open(os.path.join(SCHEMA_DIR, name), encoding="utf-8"))
    schema = store["tileset.schema.json"]
    resolver = jsonschema.RefResolver(base_uri="tileset.schema.json", referrer=schema, store=store)
    return jsonschema.Draft202012Validator(schema, resolver=resolver)


def read_glb(path):
    """Independent GLB reader: (json document, {attribute: array}, indices, property table columns)."""
    data = open(path, "rb").read()
    magic, version, length = struct.unpack_from("<III", data, 0)
    assert (magic, version, length) == (0x46546C67, 2, len(data))
    json_length, json_type = struct.unpack_from("<II", data, 12)
    assert json_type == 0x4E4F534A
    document = json.loads(data[20:20 + json_length])
    bin_offset = 20 + json_length
    bin_length, bin_type = struct.unpack_from("<II", data, bin_offset)
    assert bin_type == 0x004E4942
    binary = data[bin_offset + 8:bin_offset + 8 + bin_length]
    sizes = {"SCALAR": 1, "VEC3": 3, "VEC4": 4}
    dtypes = {5126: "<f4", 5125: "<u4", 5123: "<u2"}

    def view_bytes(index):
        view = document["bufferViews"][index]
        return binary[view.get("byteOffset", 0):view.get("byteOffset", 0) + view["byteLength"]]

    def accessor(index):
        acc = document["accessors"][index]
        raw = view_bytes(acc["bufferView"])
        values = np.frombuffer(raw, dtype=dtypes[acc["componentType"]], count=acc["count"] * sizes[acc["type"]])
        return values.reshape(acc["count"], sizes[acc["type"]]) if sizes[acc["type"]] > 1 else values

    primitive = document["meshes"][0]["primitives"][0]
    attributes = {name: accessor(index) for name, index in primitive["attributes"].items()}
    indices = accessor(primitive["indices"]).reshape(-1, 3)
    table = document["extensions"]["EXT_structural_metadata"]["propertyTables"][0]
    columns = {}
    for name, prop in table["properties"].items():
        values = view_bytes(prop["values"])
        if "stringOffsets" in prop:
            offsets = np.frombuffer(view_bytes(prop["stringOffsets"]), dtype="<u4", count=table["count"] + 1)
            columns[name] = [values[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(table["count"])]
        else:
            columns[name] = np.frombuffer(values, dtype="<f8", count=table["count"]).tolist()
    return document, attributes, indices, columns


def validate_glbs(paths):
    result = subprocess.run(["node", os.path.join(os.path.dirname(__file__), "gltf_check.js"), NODE_MODULES] + list(paths),
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


@pytest.fixture(scope="module")
def tileset(run_alg_session, musterquartier_gpkg, tmp_path_factory, node_tools):
    folder = tmp_path_factory.mktemp("tiles")
    out = str(folder / "web")
    glb = str(folder / "quarter.glb")
    results = run_alg_session("urbantwin:export3dtiles", {
        "INPUT": musterquartier_gpkg + "|layername=buildings", "COLOR_FIELD": "function_label",
        "PROPERTIES": ["roof_type_label", "storeys_above_ground"], "OUTPUT_FOLDER": out, "OUTPUT_GLB": glb})
    return dict(folder=out, glb=glb, results=results, gpkg=musterquartier_gpkg)


def _all_tiles(tile):
    yield tile
    for child in tile.get("children", []):
        yield from _all_tiles(child)


def test_tileset_schema_and_quadtree(tileset):
    document = json.load(open(os.path.join(tileset["folder"], "tileset.json"), encoding="utf-8"))
    validator = tileset_validator()
    assert [e.message for e in validator.iter_errors(document)] == []
    assert document["asset"]["version"] == "1.1"
    leaves = [t for t in _all_tiles(document["root"]) if "content" in t]
    assert len(leaves) >= 2  # 200 buildings, at most 100 per tile
    assert sum(1 for _ in leaves) == tileset["results"]["TILES"]
    for leaf in leaves:
        assert os.path.exists(os.path.join(tileset["folder"], leaf["content"]["uri"]))
    assert os.path.exists(os.path.join(tileset["folder"], "index.html"))
    assert not [n for n in os.listdir(tileset["folder"]) if n.startswith(".")]  # no staging leftovers


def test_official_schema_rejects_broken_tilesets(tileset):
    import copy

    document = json.load(open(os.path.join(tileset["folder"], "tileset.json"), encoding="utf-8"))
    validator = tileset_validator()
    no_version = copy.deepcopy(document)
    del no_version["asset"]["version"]
    assert [e.message for e in validator.iter_errors(no_version)] == ["'version' is a required property"]
    # reached only through tile.schema.json → boundingVolume.schema.json: the $refs really resolve
    short_box = copy.deepcopy(document)
    short_box["root"]["boundingVolume"] = {"box": [0.0] * 11}
    assert not validator.is_valid(short_box)
    no_uri = copy.deepcopy(document)
    leaf = next(t for t in _all_tiles(no_uri["root"]) if "content" in t)
    del leaf["content"]["uri"]
    assert [e.message for e in validator.iter_errors(no_uri)] == ["'uri' is a required property"]


def test_every_glb_passes_the_gltf_validator(tileset):
    document = json.load(open(os.path.join(tileset["folder"], "tileset.json"), encoding="utf-8"))
    paths = [os.path.join(tileset["folder"], t["content"]["uri"]) for t in _all_tiles(document["root"]) if "content" in t]
    reports = validate_glbs(paths + [tileset["glb"]])
    assert len(reports) == len(paths) + 1
    for report in reports:
        assert report["errors"] == 0, report


def test_features_properties_and_positions(tileset):
    from pyproj import Transformer

    document = json.load(open(os.path.join(tileset["folder"], "tileset.json"), encoding="utf-8"))
    extras = document["asset"]["extras"]
    # the geoid undulation at the origin, recomputed here with the EGM96 grid PROJ ships
    lon, lat = Transformer.from_crs("EPSG:25832", "EPSG:4326", always_xy=True).transform(*extras["origin"][:2])
    undulation = Transformer.from_crs("EPSG:4326+5773", "EPSG:4979", always_xy=True).transform(lon, lat, 0.0)[2]
    assert extras["geoidUndulation"] == pytest.approx(undulation, abs=0.01)
    matrix = np.array(document["root"]["transform"]).reshape(4, 4).T
    to_source = Transformer.from_crs("EPSG:4978", "EPSG:25832", always_xy=True)
    source = ogr.Open(tileset["gpkg"])
    layer = source.GetLayerByName("buildings")
    expected = {f.GetField("gml_id"): f for f in layer if f.GetField("is_part") == 0}
    seen = 0
    checked_positions = 0
    for tile in _all_tiles(document["root"]):
        if "content" not in tile:
            continue
        gltf, attributes, indices, columns = read_glb(os.path.join(tileset["folder"], tile["content"]["uri"]))
        assert set(columns) >= {"id", "function_label", "height", "status", "roof_type_label", "storeys_above_ground"}
        feature_ids = attributes["_FEATURE_ID_0"].astype(int)
        assert feature_ids.max() < len(columns["id"])
        assert len(indices) and indices.max() < len(attributes["POSITION"])
        # glTF y-up → tile z-up → ECEF
        local = attributes["POSITION"].astype(float)
        local = np.column_stack([local[:, 0], -local[:, 2], local[:, 1], np.ones(len(local))])
        ecef = (matrix @ local.T).T[:, :3]
        x, y, h = to_source.transform(ecef[:, 0], ecef[:, 1], ecef[:, 2])
        back = np.column_stack([x, y, np.asarray(h) - undulation])
        for row, building_id in enumerate(columns["id"]):
            feature = expected[building_id]
            assert columns["function_label"][row] == feature.GetField("function_label")
            assert columns["height"][row] == pytest.approx(feature.GetField("height"), abs=1e-6)
            assert columns["status"][row] == feature.GetField("status") == "Bestand"  # as the import wrote it
            if row % 7 == 0:
                corners = np.array(feature.GetGeometryRef().GetGeometryRef(0).GetGeometryRef(0).GetPoints())
                mine = back[feature_ids == row]
                for corner in corners:
                    assert np.linalg.norm(mine - corner, axis=1).min() < 0.05, (building_id, corner)
                checked_positions += 1
            seen += 1
        # colour by function: one colour per function label within the tile
        colours = {}
        for row in range(len(columns["id"])):
            colour = tuple(np.round(attributes["COLOR_0"][feature_ids == row][0], 4))
            colours.setdefault(columns["function_label"][row], set()).add(colour)
        assert all(len(c) == 1 for c in colours.values())
    assert seen == len(expected) == 200
    assert checked_positions >= 20
    _gltf, attributes, _indices, columns = read_glb(tileset["glb"])
    assert sorted(columns["id"]) == sorted(expected)


def test_old_output_survives_a_failed_run(run_alg, tileset, tmp_path):
    from qgis.core import QgsProcessingException

    before = open(os.path.join(tileset["folder"], "tileset.json"), "rb").read()
    empty = tmp_path / "empty.gpkg"
    source = ogr.Open(tileset["gpkg"])
    ogr.GetDriverByName("GPKG").CopyDataSource(source, str(empty))
    dataset = ogr.Open(str(empty), 1)
    dataset.ExecuteSQL("DELETE FROM buildings")
    dataset = None
    with pytest.raises(QgsProcessingException):
        run_alg("urbantwin:export3dtiles", {"INPUT": str(empty) + "|layername=buildings", "OUTPUT_FOLDER": tileset["folder"]})
    assert open(os.path.join(tileset["folder"], "tileset.json"), "rb").read() == before
    assert not [n for n in os.listdir(tileset["folder"]) if n.startswith(".")]


def test_colours_follow_the_layer_style_without_a_colour_field(run_alg, musterquartier_gpkg, tmp_path):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsProject, QgsRendererCategory, QgsVectorLayer

    layer = QgsVectorLayer(musterquartier_gpkg + "|layername=buildings", "styled buildings", "ogr")
    palette = {"Flachdach": "#1f78b4", "Satteldach": "#e31a1c", "Walmdach": "#33a02c", "Pultdach": "#ff7f00"}
    categories = [QgsRendererCategory(label, QgsFillSymbol.createSimple({"color": colour}), label)
                  for label, colour in palette.items()]
    layer.setRenderer(QgsCategorizedSymbolRenderer("roof_type_label", categories))
    QgsProject.instance().addMapLayer(layer)
    try:
        glb = str(tmp_path / "styled.glb")
        run_alg("urbantwin:export3dtiles", {"INPUT": layer.id(), "PROPERTIES": ["roof_type_label"],
                                            "OUTPUT_FOLDER": str(tmp_path / "web"), "OUTPUT_GLB": glb})
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    _gltf, attributes, _indices, columns = read_glb(glb)
    feature_ids = attributes["_FEATURE_ID_0"].astype(int)
    for row, label in enumerate(columns["roof_type_label"]):
        colour = attributes["COLOR_0"][feature_ids == row][0]
        expected = [int(palette[label][i:i + 2], 16) / 255.0 for i in (1, 3, 5)]
        assert colour == pytest.approx(expected, abs=1e-3), label
