"""Benchmark inputs built from the shared samples (never committed, rebuilt on demand).

``make_nrw_x20(folder)`` is a stable interface: the solar benchmark reuses it.
"""

import json
import os
import re

SHARED = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared"))
CITYMODEL = os.path.join(SHARED, "data", "citymodel")
NRW_SAMPLE = os.path.join(CITYMODEL, "de_nrw_LoD2_32_280_5657_1_NW.gml")
DELFT_SAMPLE = os.path.join(CITYMODEL, "cityjson_delft_cjio.json")
_MEMBER_START = "<core:cityObjectMember>"
_IDS = re.compile(r'(gml:id="|xlink:href="#)')


def make_nrw_x(folder, copies, name=None):
    """The NRW LoD2 tile with its buildings repeated ``copies`` times, ids made unique per copy."""
    os.makedirs(folder, exist_ok=True)
    target = os.path.join(folder, name or "nrw_LoD2_x{}.gml".format(copies))
    if os.path.exists(target) and os.path.getmtime(target) >= os.path.getmtime(NRW_SAMPLE):
        return target
    with open(NRW_SAMPLE, encoding="utf-8") as handle:
        text = handle.read()
    start = text.index(_MEMBER_START)
    end = text.rindex("</core:CityModel>")
    head, body, tail = text[:start], text[start:end], text[end:]
    partial = target + ".part"
    with open(partial, "w", encoding="utf-8") as out:
        out.write(head)
        for copy in range(copies):
            out.write(_IDS.sub(lambda m, c=copy: "{}c{}_".format(m.group(1), c), body))
        out.write(tail)
    os.replace(partial, target)
    return target


def make_nrw_x20(folder):
    """NRW tile ×20 (~37 MB, 1,660 buildings + 1,000 parts, 21,380 surfaces); returns the path."""
    return make_nrw_x(folder, 20, "nrw_LoD2_x20.gml")


def _offset(boundaries, offset):
    if isinstance(boundaries, list):
        return [_offset(item, offset) for item in boundaries]
    return boundaries + offset


def make_delft_x10(folder):
    """Delft CityJSON ×10 (1,600 buildings, 5,700 objects) with unique ids and shared transform."""
    os.makedirs(folder, exist_ok=True)
    target = os.path.join(folder, "delft_x10.city.json")
    if os.path.exists(target):
        return target
    with open(DELFT_SAMPLE, encoding="utf-8") as handle:
        document = json.load(handle)
    vertices = document["vertices"]
    objects = {}
    for copy in range(10):
        offset = copy * len(vertices)
        for key, obj in document["CityObjects"].items():
            clone = dict(obj)
            clone["geometry"] = [dict(g, boundaries=_offset(g["boundaries"], offset)) for g in obj.get("geometry", [])]
            for relation in ("parents", "children"):
                if obj.get(relation):
                    clone[relation] = ["{}_c{}".format(v, copy) for v in obj[relation]]
            objects["{}_c{}".format(key, copy)] = clone
    document["CityObjects"] = objects
    document["vertices"] = vertices * 10
    partial = target + ".part"
    with open(partial, "w", encoding="utf-8") as out:
        json.dump(document, out, separators=(",", ":"))
    os.replace(partial, target)
    return target


def _collect_indices(boundaries, out):
    if isinstance(boundaries, list):
        for item in boundaries:
            _collect_indices(item, out)
    else:
        out.append(boundaries)
    return out


def _remap(boundaries, mapping):
    if isinstance(boundaries, list):
        return [_remap(item, mapping) for item in boundaries]
    return mapping[boundaries]


def make_delft_x10_seq(folder):
    """Delft ×10 as CityJSONSeq (one CityJSONFeature line per top-level object, vertices local to the line)."""
    target = os.path.join(folder, "delft_x10.city.jsonl")
    if os.path.exists(target):
        return target
    source = make_delft_x10(folder)
    with open(source, encoding="utf-8") as handle:
        document = json.load(handle)
    vertices, objects = document["vertices"], document["CityObjects"]
    header = {"type": "CityJSON", "version": document.get("version", "2.0"), "transform": document["transform"],
              "metadata": document.get("metadata", {}), "CityObjects": {}, "vertices": []}
    partial = target + ".part"
    with open(partial, "w", encoding="utf-8") as out:
        out.write(json.dumps(header, separators=(",", ":")) + "\n")
        for key, obj in objects.items():
            if obj.get("parents"):
                continue
            members = {key: obj}
            members.update({child: objects[child] for child in obj.get("children", []) if child in objects})
            used = []
            for member in members.values():
                for geometry in member.get("geometry", []):
                    _collect_indices(geometry["boundaries"], used)
            mapping = {old: new for new, old in enumerate(dict.fromkeys(used))}
            feature_objects = {}
            for name, member in members.items():
                clone = dict(member)
                clone["geometry"] = [dict(g, boundaries=_remap(g["boundaries"], mapping)) for g in member.get("geometry", [])]
                feature_objects[name] = clone
            feature = {"type": "CityJSONFeature", "id": key, "CityObjects": feature_objects,
                       "vertices": [vertices[old] for old in mapping]}
            out.write(json.dumps(feature, separators=(",", ":")) + "\n")
    os.replace(partial, target)
    return target
