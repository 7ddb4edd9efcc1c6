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
