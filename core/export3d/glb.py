"""glTF 2.0 binary (.glb) writer with per-building feature ids and properties (EXT_mesh_features,
EXT_structural_metadata), numpy + struct only.

One mesh, one primitive: POSITION, NORMAL, COLOR_0 and _FEATURE_ID_0 (the building's row in the property
table) per vertex, triangle indices. Positions are float32 in a local frame (metres, y up as glTF wants), so
the caller places them with a node or tile transform.
"""

import json
import struct

import numpy as np

ARRAY_BUFFER, ELEMENT_ARRAY_BUFFER = 34962, 34963
FLOAT, UNSIGNED_INT = 5126, 5125


class PropertyColumn:
    """One column of the property table: ``kind`` 'STRING' or 'FLOAT64'; numbers use ``NO_DATA`` for nulls."""

    NO_DATA = -9999.0

    def __init__(self, name, kind, values, description=None):
        self.name, self.kind, self.values, self.description = name, kind, list(values), description


def _pad(data, boundary=8, fill=b"\x00"):
    remainder = len(data) % boundary
    return data + fill * ((boundary - remainder) % boundary) if remainder else data


class _Buffer:
    def __init__(self):
        self.chunks, self.length, self.views = [], 0, []

    def add(self, data, target=None):
        data = _pad(bytes(data))
        view = {"buffer": 0, "byteOffset": self.length, "byteLength": len(data)}
        if target is not None:
            view["target"] = target
        self.chunks.append(data)
        self.length += len(data)
        self.views.append(view)
        return len(self.views) - 1


def property_id(name):
    """A metadata property id ([a-zA-Z_][a-zA-Z0-9_]*) for a field name."""
    cleaned = "".join(c if (c.isascii() and c.isalnum()) or c == "_" else "_" for c in str(name))
    return cleaned if cleaned and not cleaned[0].isdigit() else "_" + cleaned


def glb_bytes(positions, normals, colors, feature_ids, indices, columns, feature_count, class_name="building", extras=None):
    """The .glb file content. positions/normals (n, 3) float, colors (n, 3) floats 0..1, feature_ids (n,),
    indices (m, 3); ``columns``: PropertyColumn list with ``feature_count`` values each."""
    positions = np.ascontiguousarray(positions, dtype="<f4")
    normals = np.ascontiguousarray(normals, dtype="<f4")
    colors = np.ascontiguousarray(colors, dtype="<f4")
    feature_ids = np.ascontiguousarray(feature_ids, dtype="<f4")
    indices = np.ascontiguousarray(indices, dtype="<u4").reshape(-1)
    buffer = _Buffer()
    accessors = []

    def accessor(view, component, count, kind, minimum=None, maximum=None):
        entry = {"bufferView": view, "componentType": component, "count": int(count), "type": kind}
        if minimum is not None:
            entry["min"], entry["max"] = minimum, maximum
        accessors.append(entry)
        return len(accessors) - 1

    attributes = {
        "POSITION": accessor(buffer.add(positions.tobytes(), ARRAY_BUFFER), FLOAT, len(positions), "VEC3",
                             [float(v) for v in positions.min(axis=0)], [float(v) for v in positions.max(axis=0)]),
        "NORMAL": accessor(buffer.add(normals.tobytes(), ARRAY_BUFFER), FLOAT, len(normals), "VEC3"),
        "COLOR_0": accessor(buffer.add(colors.tobytes(), ARRAY_BUFFER), FLOAT, len(colors), "VEC3"),
        "_FEATURE_ID_0": accessor(buffer.add(feature_ids.tobytes(), ARRAY_BUFFER), FLOAT, len(feature_ids), "SCALAR"),
    }
    index_accessor = accessor(buffer.add(indices.tobytes(), ELEMENT_ARRAY_BUFFER), UNSIGNED_INT, len(indices), "SCALAR")
    properties, table = {}, {}
    for column in columns:
        key = property_id(column.name)
        if column.kind == "STRING":
            encoded = [("" if v is None else str(v)).encode("utf-8") for v in column.values]
            offsets = np.zeros(len(encoded) + 1, dtype="<u4")
            offsets[1:] = np.cumsum([len(e) for e in encoded])
            table[key] = {"values": buffer.add(b"".join(encoded)), "stringOffsets": buffer.add(offsets.tobytes()),
                          "stringOffsetType": "UINT32"}
            properties[key] = {"name": str(column.name), "type": "STRING"}
        else:
            values = np.array([PropertyColumn.NO_DATA if v is None else float(v) for v in column.values], dtype="<f8")
            table[key] = {"values": buffer.add(values.tobytes())}
            properties[key] = {"name": str(column.name), "type": "SCALAR", "componentType": "FLOAT64",
                               "noData": PropertyColumn.NO_DATA}
        if column.description:
            properties[key]["description"] = column.description
    document = {
        "asset": {"version": "2.0", "generator": "Urban Twin (QGIS plugin)"},
        "extensionsUsed": ["EXT_mesh_features", "EXT_structural_metadata"],
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": [{"mesh": 0}],
        "materials": [{"pbrMetallicRoughness": {"baseColorFactor": [1.0, 1.0, 1.0, 1.0], "metallicFactor": 0.0,
                                                "roughnessFactor": 1.0}, "doubleSided": True}],
        "meshes": [{"primitives": [{
            "attributes": attributes, "indices": index_accessor, "material": 0, "mode": 4,
            "extensions": {"EXT_mesh_features": {"featureIds": [
                {"featureCount": int(feature_count), "attribute": 0, "propertyTable": 0}]}},
        }]}],
        "accessors": accessors,
        "bufferViews": buffer.views,
        "buffers": [{"byteLength": buffer.length}],
        "extensions": {"EXT_structural_metadata": {
            "schema": {"id": "urban_twin", "classes": {class_name: {"name": "Gebäude", "properties": properties}}},
            "propertyTables": [{"class": class_name, "count": int(feature_count), "properties": table}],
        }},
    }
    if extras:
        document["asset"]["extras"] = extras
    json_chunk = _pad(json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode("utf-8"), 4, b" ")
    bin_chunk = _pad(b"".join(buffer.chunks), 4)
    total = 12 + 8 + len(json_chunk) + 8 + len(bin_chunk)
    return b"".join([
        struct.pack("<III", 0x46546C67, 2, total),
        struct.pack("<II", len(json_chunk), 0x4E4F534A), json_chunk,
        struct.pack("<II", len(bin_chunk), 0x004E4942), bin_chunk,
    ])
