"""One level of detail per object: buildings often carry LoD1, LoD2 and LoD3 side by side.

Merging them would count every roof two or three times; ``select_lod`` keeps the shell and the semantic
surfaces of a single LoD per object (building and each part): the requested one where present, else the
highest below it, else the lowest above it, LoD0 last (a footprint, no volume).
"""

DEFAULT_LOD = 2


def lod_order(requested=None):
    """The LoDs to try, best first: (2, 1, 3, 4, 0) for the default."""
    requested = int(requested or DEFAULT_LOD)
    if requested not in (1, 2, 3, 4):
        raise ValueError("LoD must be 1, 2, 3 or 4, not {}".format(requested))
    return tuple(range(requested, 0, -1)) + tuple(range(requested + 1, 5)) + (0,)


def object_lods(obj):
    """LoDs the object has in the source (shell properties and semantic surfaces)."""
    lods = set(obj.available_lods) | {lod for lod, polygons in obj.geometry.items() if polygons}
    lods.update(surface.lod for surface in obj.surfaces if surface.lod is not None and surface.polygons)
    return lods


def select_lod(record, order):
    """Reduce the record (and its parts) to one LoD each, in place.

    Returns (LoDs of the whole object in the source, LoD taken for the top-level object or its parts).
    """
    available, taken = set(), set()
    for obj in record.all_objects():
        lods = object_lods(obj)
        available |= lods
        chosen = next((lod for lod in order if lod in lods), None)
        if chosen is None:
            continue
        taken.add(chosen)
        if len(lods) > 1:
            obj.geometry = {chosen: obj.geometry[chosen]} if chosen in obj.geometry else {}
            obj.surfaces = [surface for surface in obj.surfaces if surface.lod in (chosen, None)]
    best = next((lod for lod in order if lod in taken), None)
    return available, best
