"""Synthetic tile folders from one real CityGML tile: shifted copies with their own ids, plus border duplicates.

Copy k of the source moves by (k mod columns × step, k div columns × step) metres and appends ``_t<k>`` to every
gml:id and local xlink:href, so each copy is a new set of buildings. ``border`` > 0 appends, to copy k > 0, the
first ``border`` city object members of copy k − 1 unchanged (same ids, same coordinates) — what neighbouring
official tiles do with buildings on the tile edge. Used by tests/scale and bench/bench_scale.py.
"""

import os
import re

import numpy as np

COORDINATES = re.compile(r"(<gml:(?:posList|pos|lowerCorner|upperCorner)\b[^>]*>)([^<]*)(<)")
IDS = re.compile(r'(gml:id="|xlink:href="#)([^"]+)(")')
MEMBER = re.compile(r"<(\w+:)?cityObjectMember>.*?</(\w+:)?cityObjectMember>", re.S)
MODEL_END = re.compile(r"</(\w+:)?CityModel>\s*$")


def _shift(text, dx, dy):
    def move(match):
        values = np.array(match.group(2).split(), dtype=float).reshape(-1, 3)
        values[:, 0] += dx
        values[:, 1] += dy
        return match.group(1) + " ".join(repr(float(v)) for v in values.ravel()) + match.group(3)

    return COORDINATES.sub(move, text)


def shifted_copy(text, index, step=2000.0, columns=10):
    dx, dy = (index % columns) * step, (index // columns) * step
    text = IDS.sub(lambda m: "{}{}_t{}{}".format(m.group(1), m.group(2), index, m.group(3)), text)
    return _shift(text, dx, dy)


def make_tiles(source, folder, count, border=0, step=2000.0, columns=10):
    """Write ``count`` tiles into ``folder`` (tile_0000.gml …); returns their paths. Existing tiles are kept."""
    os.makedirs(folder, exist_ok=True)
    with open(source, encoding="utf-8") as handle:
        text = handle.read()
    paths, previous = [], None
    for index in range(count):
        path = os.path.join(folder, "tile_{:04d}.gml".format(index))
        tile = shifted_copy(text, index, step, columns)
        if border and previous is not None:
            members = [match.group(0) for match in MEMBER.finditer(previous)][:border]
            end = MODEL_END.search(tile)
            tile = tile[:end.start()] + "\n".join(members) + "\n" + tile[end.start():]
        previous = tile
        if not os.path.exists(path):
            with open(path + ".part", "w", encoding="utf-8") as handle:
                handle.write(tile)
            os.replace(path + ".part", path)
        paths.append(path)
    return paths
