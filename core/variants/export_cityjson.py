"""A variant as CityJSON 2.0: one Building per building, geometry Solid (planned, closed) or MultiSurface
(existing), lod "2", semantic surfaces, AdV codes in the attributes, status and creationDate; integer vertices
with a 1 mm transform (the round trip stays within 0.5 mm)."""

import json

from ..atomic import atomic_path

SCALE = 0.001


def reference_system(epsg):
    return "https://www.opengis.net/def/crs/EPSG/0/{}".format(epsg) if epsg else None


def write_cityjson(path, source):
    """Write ``source`` (ExportSource) as CityJSON 2.0 to ``path`` (atomic)."""
    rings = [ring for b in source.buildings for _i, _t, polygons in b.surfaces for rings in polygons for ring in rings]
    translate = [min(float(r[:, k].min()) for r in rings) for k in range(3)]
    vertices, index = [], {}

    def vertex(point):
        key = tuple(int(round((float(point[k]) - translate[k]) / SCALE)) for k in range(3))
        number = index.get(key)
        if number is None:
            number = index[key] = len(vertices)
            vertices.append(list(key))
        return number

    city_objects = {}
    for building in source.buildings:
        boundaries, types, values = [], [], []
        for _surface_id, surface_type, polygons in building.surfaces:
            types.append({"type": surface_type})
            for polygon in polygons:
                boundaries.append([[vertex(p) for p in ring[:-1]] for ring in polygon])  # CityJSON rings are open
                values.append(len(types) - 1)
        if building.closed:
            geometry = {"type": "Solid", "lod": "2", "boundaries": [boundaries], "semantics": {"surfaces": types, "values": [values]}}
        else:
            geometry = {"type": "MultiSurface", "lod": "2", "boundaries": boundaries, "semantics": {"surfaces": types, "values": values}}
        attributes = {"status": building.status, "creationDate": source.creation_date}
        for key, name in (("function", "function"), ("roof_type", "roofType"), ("measured_height", "measuredHeight"),
                          ("storeys_above_ground", "storeysAboveGround"), ("name", "name")):
            value = building.attributes.get(key)
            if value is not None and value != "":
                attributes[name] = value
        city_objects[building.building_id] = {"type": "Building", "attributes": attributes, "geometry": [geometry]}
    document = {
        "type": "CityJSON",
        "version": "2.0",
        "transform": {"scale": [SCALE, SCALE, SCALE], "translate": translate},
        "metadata": {"referenceSystem": reference_system(source.epsg), "title": source.name or "Urban Twin variant"},
        "CityObjects": city_objects,
        "vertices": vertices,
    }
    if document["metadata"]["referenceSystem"] is None:
        del document["metadata"]["referenceSystem"]
    with atomic_path(path) as temporary:
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, separators=(",", ":"))
    return len(city_objects)
