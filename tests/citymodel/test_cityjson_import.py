"""CityJSON 1.1 / 2.0 and CityJSONSeq samples against independent counts made with json in the test."""

import json
import math

import numpy as np
import pytest

from urban_twin.core.citymodel.importer import import_citymodel


def _best_geometry(geometries):
    """Same rule as documented for the importer: highest LoD 2.x, else 1.x, else 3.x, else 0.x."""
    for wanted in (2, 1, 3, 4, 0):
        candidates = [g for g in geometries if math.floor(float(g.get("lod", 0))) == wanted]
        if candidates:
            return max(candidates, key=lambda g: float(g["lod"]))
    return None


def _semantic_surface_count(objects):
    count = 0
    for obj in objects.values():
        geometry = _best_geometry(obj.get("geometry") or [])
        if not geometry or "semantics" not in geometry:
            continue
        values = geometry["semantics"]["values"]
        flat = values if geometry["type"] in ("MultiSurface", "CompositeSurface") else [v for shell in values for v in shell]
        count += sum(1 for v in flat if v is not None)
    return count


@pytest.mark.parametrize(
    "name, epsg",
    [
        ("cityjson_zurich_subset_lod2.json", 2056),
        ("cityjson_delft_cjio.json", 28992),
        ("cityjson_3dbag_b2.city.json", 28992),
    ],
)
def test_counts_and_crs_match_the_json(name, epsg, sample, load_json, gpkg_rows, tmp_path):
    path = sample(name)
    document = load_json(path)
    objects = document["CityObjects"]
    types = [o["type"] for o in objects.values()]
    output = str(tmp_path / "out.gpkg")
    report = import_citymodel([path], output)
    assert report.buildings == types.count("Building")
    assert report.parts == types.count("BuildingPart")
    assert report.other_objects == len(types) - types.count("Building") - types.count("BuildingPart")
    assert report.surfaces == _semantic_surface_count(objects)
    assert gpkg_rows(output, "SELECT COUNT(*) FROM buildings")[0][0] == len(objects)
    assert gpkg_rows(output, "SELECT COUNT(*) FROM building_surfaces")[0][0] == report.surfaces
    assert {r[0] for r in gpkg_rows(output, "SELECT srs_id FROM gpkg_geometry_columns")} == {epsg}
    parents = {k: o["parents"][0] for k, o in objects.items() if o.get("parents")}
    stored = dict(gpkg_rows(output, "SELECT gml_id, parent_id FROM buildings WHERE parent_id IS NOT NULL"))
    assert stored == parents


def test_zurich_transform_and_roof_area(sample, load_json, gpkg_rows, tmp_path):
    path = sample("cityjson_zurich_subset_lod2.json")
    document = load_json(path)
    scale, translate = np.array(document["transform"]["scale"]), np.array(document["transform"]["translate"])
    vertices = np.array(document["vertices"]) * scale + translate
    output = str(tmp_path / "zh.gpkg")
    import_citymodel([path], output)
    part_id, part = next((k, o) for k, o in document["CityObjects"].items() if o["type"] == "BuildingPart" and o.get("geometry"))
    geometry = part["geometry"][0]
    used = [i for surface in geometry["boundaries"] for ring in surface for i in ring]
    z_min, z_max = gpkg_rows(output, "SELECT z_min, z_max FROM buildings WHERE gml_id = '{}'".format(part_id))[0]
    assert z_min == pytest.approx(vertices[used, 2].min()) and z_max == pytest.approx(vertices[used, 2].max())
    roof_types = geometry["semantics"]["surfaces"]
    roof_area = 0.0
    for surface, value in zip(geometry["boundaries"], geometry["semantics"]["values"]):
        if value is not None and roof_types[value]["type"] == "RoofSurface":
            points = vertices[surface[0]]
            cross = sum(np.cross(points[i] - points[0], points[i + 1] - points[0]) for i in range(1, len(points) - 1))
            roof_area += np.linalg.norm(cross) / 2.0
    stored = gpkg_rows(output, "SELECT SUM(area) FROM building_surfaces WHERE part_id = '{}' AND surface_type = 'RoofSurface'".format(part_id))
    assert roof_area > 0 and stored[0][0] == pytest.approx(roof_area, rel=1e-9)


def test_cityjson_and_cityjsonseq_give_the_same_result(sample, gpkg_rows, tmp_path):
    results = []
    for name in ("cityjson_3dbag_b2.city.json", "cityjsonseq_3dbag_b2.city.jsonl"):
        output = str(tmp_path / (name + ".gpkg"))
        report = import_citymodel([sample(name)], output)
        assert (report.buildings, report.parts, report.skipped_count) == (2, 2, 0)
        results.append((
            gpkg_rows(output, "SELECT gml_id, parent_id, lod, round(z_min, 3), round(z_max, 3), round(footprint_area, 3) FROM buildings ORDER BY 1"),
            gpkg_rows(output, "SELECT surface_type, COUNT(*), round(SUM(area), 3) FROM building_surfaces GROUP BY 1 ORDER BY 1"),
        ))
    assert results[0] == results[1]
    assert {row[2] for row in results[0][0]} == {2}  # LoD 2.2 chosen among 1.2/1.3/2.2


def test_seq_line_count_matches_features(sample, gpkg_rows, tmp_path):
    path = sample("cityjsonseq_3dbag_b2.city.jsonl")
    with open(path, encoding="utf-8") as handle:
        lines = [json.loads(line) for line in handle if line.strip()]
    features = [line for line in lines if line["type"] == "CityJSONFeature"]
    output = str(tmp_path / "seq.gpkg")
    import_citymodel([path], output)
    assert gpkg_rows(output, "SELECT COUNT(*) FROM buildings WHERE parent_id IS NULL")[0][0] == len(features)
    assert sorted(r[0] for r in gpkg_rows(output, "SELECT building_id FROM footprints")) == sorted(f["id"] for f in features)


def test_all_cityobject_types_are_read_and_missing_crs_is_a_warning(sample, load_json, gpkg_rows, tmp_path):
    path = sample("cityjson20_conformance_cityobject_all_types.city.json")
    types = sorted(o["type"] for o in load_json(path)["CityObjects"].values())
    output = str(tmp_path / "types.gpkg")
    report = import_citymodel([path], output)
    assert sorted(r[0] for r in gpkg_rows(output, "SELECT object_type FROM buildings")) == types
    assert len(types) == 33
    assert report.crs_authid is None
    assert len(report.warnings) == 1 and "cityjson20_conformance" in report.warnings[0] and "CRS" in report.warnings[0]
    # the Bridge is a member of the CityObjectGroup but a top-level object, its BridgePart a child of it
    parents = dict(gpkg_rows(output, "SELECT gml_id, parent_id FROM buildings"))
    assert parents["Bridge"] is None and parents["BridgePart"] == "Bridge"


def test_delft_lod1_buildings_have_footprints_and_heights(sample, load_json, gpkg_rows, tmp_path):
    path = sample("cityjson_delft_cjio.json")
    document = load_json(path)
    scale, translate = np.array(document["transform"]["scale"]), np.array(document["transform"]["translate"])
    output = str(tmp_path / "delft.gpkg")
    import_citymodel([path], output)
    building_id, building = next((k, o) for k, o in document["CityObjects"].items() if o["type"] == "Building")
    solid = building["geometry"][0]
    indices = [i for shell in solid["boundaries"] for surface in shell for ring in surface for i in ring]
    z = np.array(document["vertices"])[indices, 2] * scale[2] + translate[2]
    row = gpkg_rows(output, "SELECT lod, z_min, z_max, footprint_area FROM buildings WHERE gml_id = '{}'".format(building_id))[0]
    assert row[0] == 1 and row[1] == pytest.approx(z.min()) and row[2] == pytest.approx(z.max())
    assert row[3] > 0
    assert gpkg_rows(output, "SELECT COUNT(*) FROM footprints")[0][0] == 160


def test_geometry_instance_template_is_placed(gpkg_rows, tmp_path):
    """A tree as GeometryInstance: template vertices × transformation matrix + reference point."""
    document = {
        "type": "CityJSON", "version": "2.0",
        "transform": {"scale": [0.01, 0.01, 0.01], "translate": [100000.0, 400000.0, 0.0]},
        "metadata": {"referenceSystem": "https://www.opengis.net/def/crs/EPSG/0/7415"},
        "geometry-templates": {
            "templates": [{"type": "MultiSurface", "lod": "2",
                           "boundaries": [[[0, 1, 2, 3]]]}],
            "vertices-templates": [[0.0, 0.0, 0.0], [1.0, 0.0, 0.0], [1.0, 1.0, 0.0], [0.0, 1.0, 0.0]],
        },
        "CityObjects": {"tree": {"type": "SolitaryVegetationObject", "attributes": {"species": "Quercus"},
                                 "geometry": [{"type": "GeometryInstance", "template": 0, "boundaries": [0],
                                               "transformationMatrix": [2, 0, 0, 0, 0, 3, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]}]}},
        "vertices": [[1000, 2000, 500]],
    }
    path = tmp_path / "tree.city.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    output = str(tmp_path / "tree.gpkg")
    report = import_citymodel([str(path)], output)
    assert report.other_objects == 1 and report.skipped_count == 0
    extent = gpkg_rows(output, "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = 'buildings'")[0]
    assert extent == (pytest.approx(100010.0), pytest.approx(400020.0), pytest.approx(100012.0), pytest.approx(400023.0))
    row = gpkg_rows(output, "SELECT object_type, z_min, z_max, generic_attributes FROM buildings")[0]
    assert row[:3] == ("SolitaryVegetationObject", pytest.approx(5.0), pytest.approx(5.0))
    assert json.loads(row[3]) == {"species": "Quercus"}
