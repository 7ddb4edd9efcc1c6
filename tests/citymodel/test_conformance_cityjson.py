"""Issue #11.4/#11.5: CityJSON edge cases and absurd coordinates — a clear message naming file and object,
the rest imported, never a traceback or silently wrong geometry."""

import json

import pytest

from urban_twin.core.citymodel import cityjson_reader
from urban_twin.core.citymodel.importer import import_citymodel
from urban_twin.core.errors import InputFormatError
from urban_twin.tests.citymodel.conformance_files import (
    GROUND_AREA,
    ROOF_AREA,
    cityjson_house,
    house_member,
    write_citygml,
    write_cityjson,
)

X0, Y0 = 360000.0, 5650000.0


def _three_houses(tmp_path, edit_vertices=None, edit_objects=None, transform=None, name="edge.city.json"):
    """H1, H2, H3 (each the known house, 30 m apart) sharing one vertex list; edits break one of them."""
    vertices, objects = [], {}
    for number in range(3):
        house_vertices, geometries = cityjson_house(X0 + 30 * number, Y0)
        offset = len(vertices)
        vertices.extend(house_vertices)
        shifted = json.loads(json.dumps(geometries, default=list))
        for geometry in shifted:
            geometry["boundaries"] = _shift(geometry["boundaries"], offset)
        objects["H{}".format(number + 1)] = {"type": "Building", "geometry": shifted}
    if edit_objects:
        edit_objects(objects, vertices)
    raw = None
    if edit_vertices:
        raw = edit_vertices(vertices)
    return write_cityjson(tmp_path / name, objects, [] if raw is not None else vertices, transform=transform,
                          raw_vertices=raw)


def _shift(boundaries, offset):
    if isinstance(boundaries, list):
        return [_shift(item, offset) for item in boundaries]
    return boundaries + offset


def _first_vertex_of(objects, key):
    return objects[key]["geometry"][1]["boundaries"][0][0][0][0]


def _imported(gpkg_rows, output):
    return sorted(row[0] for row in gpkg_rows(output, "SELECT gml_id FROM buildings"))


def test_negative_vertex_index_is_an_error_naming_the_object(gpkg_rows, tmp_path):
    def negative(objects, _vertices):
        objects["H2"]["geometry"][1]["boundaries"][0][0][0][1] = -1  # would wrap around to the last vertex

    path = _three_houses(tmp_path, edit_objects=negative)
    output = str(tmp_path / "out.gpkg")
    report = import_citymodel([path], output)
    assert _imported(gpkg_rows, output) == ["H1", "H3"]
    assert [s.object_id for s in report.skipped] == ["H2"]
    message = str(report.skipped[0])
    assert "negative vertex index -1" in message and "edge.city.json" in message and "H2" in message
    roofs = gpkg_rows(output, "SELECT building_id, SUM(area) FROM building_surfaces WHERE surface_type = 'RoofSurface' GROUP BY 1")
    assert dict(roofs) == pytest.approx({"H1": 2 * ROOF_AREA, "H3": 2 * ROOF_AREA}, abs=1e-6)


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_non_finite_vertex_skips_its_object_not_the_file(literal, gpkg_rows, tmp_path):
    broken = {}

    def edit(vertices):
        index = None
        for number, vertex in enumerate(vertices):
            if vertex[0] == X0 + 30 and vertex[1] == Y0 and vertex[2] == 100.0:  # a corner of H2 only
                index = number
        broken["index"] = index
        text = [json.dumps(v) for v in vertices]
        text[index] = "[{}, {}, 100.0]".format(literal, Y0)
        return "[" + ", ".join(text) + "]"

    path = _three_houses(tmp_path, edit_vertices=edit)
    output = str(tmp_path / "out.gpkg")
    report = import_citymodel([path], output)
    assert _imported(gpkg_rows, output) == ["H1", "H3"]
    assert [s.object_id for s in report.skipped] == ["H2"]
    assert "NaN or infinite" in str(report.skipped[0]) and "edge.city.json" in str(report.skipped[0])


@pytest.mark.parametrize("scale, expected", [
    ([0.001, 0, 0.001], "none of them 0"),
    (["0.001", "0.001", "0.001"], '"0.001"'),
    ([0.001, 0.001], "three finite numbers"),
    ("0.001", "three finite numbers"),
])
def test_bad_transform_scale_is_a_clear_message(scale, expected, gpkg_rows, tmp_path):
    transform = {"scale": scale, "translate": [0, 0, 0]}
    bad = _three_houses(tmp_path, transform=transform, name="scaled.city.json")
    with pytest.raises(InputFormatError) as caught:
        import_citymodel([bad], str(tmp_path / "bad.gpkg"))
    message = str(caught.value)
    assert "transform.scale" in message and expected in message and "scaled.city.json" in message
    # beside a good file: with allow_partial (the rule for incomplete input, #12) that one is imported, the bad one reported
    good = _three_houses(tmp_path, name="good.city.json")
    output = str(tmp_path / "out.gpkg")
    with pytest.raises(InputFormatError):
        import_citymodel([bad, good], output)
    report = import_citymodel([bad, good], output, allow_partial=True)
    assert report.buildings == 3 and len(report.errors) == 1 and "transform.scale" in report.errors[0]


def _seq(tmp_path, lines, name="edge.city.jsonl"):
    header = {"type": "CityJSON", "version": "2.0", "transform": {"scale": [1, 1, 1], "translate": [0, 0, 0]},
              "metadata": {"referenceSystem": "https://www.opengis.net/def/crs/EPSG/0/25832"}, "CityObjects": {}, "vertices": []}
    path = tmp_path / name
    path.write_text("\n".join([json.dumps(header)] + lines) + "\n", encoding="utf-8")
    return str(path)


def _feature(identifier, x):
    vertices, geometries = cityjson_house(x, Y0)
    return json.dumps({"type": "CityJSONFeature", "id": identifier, "vertices": vertices,
                       "CityObjects": {identifier: {"type": "Building", "geometry": geometries}}})


def test_cityjsonseq_deeply_nested_and_overlong_lines(gpkg_rows, tmp_path, monkeypatch):
    nested = '{"type": "CityJSONFeature", "id": "DEEP", "CityObjects": ' + "[" * 100_000 + "]" * 100_000 + "}"
    long_line = _feature("LONG", X0 + 90).replace('"id"', '"padding": "' + "x" * 300_000 + '", "id"')
    path = _seq(tmp_path, [_feature("A", X0), nested, _feature("B", X0 + 30), long_line, _feature("C", X0 + 60)])
    monkeypatch.setattr(cityjson_reader, "MAX_LINE_BYTES", 256 * 1024)  # the limit (256 MB) scaled down for the test
    output = str(tmp_path / "out.gpkg")
    report = import_citymodel([path], output)
    assert _imported(gpkg_rows, output) == ["A", "B", "C"]
    messages = [str(s) for s in report.skipped]
    assert len(messages) == 2
    assert "line 3" in messages[0] and "nested too deeply" in messages[0]
    assert "line 5" in messages[1] and "longer than 0.25 MB" in messages[1]
    assert gpkg_rows(output, "SELECT footprint_area FROM buildings WHERE gml_id = 'C'")[0][0] == pytest.approx(GROUND_AREA)


def test_cityjson_deeply_nested_object_is_skipped(gpkg_rows, tmp_path):
    def deep(objects, _vertices):
        objects["H2"]["attributes"] = {"deep": "PLACEHOLDER"}

    path = _three_houses(tmp_path, edit_objects=deep)
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text.replace('"PLACEHOLDER"', "[" * 100_000 + "]" * 100_000))
    output = str(tmp_path / "out.gpkg")
    report = import_citymodel([path], output)
    assert _imported(gpkg_rows, output) == ["H1", "H3"]
    assert [s.object_id for s in report.skipped] == ["H2"] and "nested too deeply" in str(report.skipped[0])


def test_absurd_coordinates_skip_the_object(gpkg_rows, tmp_path):
    def absurd(vertices):
        text = [json.dumps(v) for v in vertices]
        text[len(vertices) // 3] = "[1e308, 1e308, 100.0]"  # a vertex of H2
        return "[" + ", ".join(text) + "]"

    path = _three_houses(tmp_path, edit_vertices=absurd)
    output = str(tmp_path / "out.gpkg")
    report = import_citymodel([path], output)
    assert _imported(gpkg_rows, output) == ["H1", "H3"]
    assert [s.object_id for s in report.skipped] == ["H2"] and "absurd" in str(report.skipped[0])
    # CityGML: one vertex 10,000 km north of the rest of its building, another at 1e308
    def far(name, ring):
        return ring[:2] + [(ring[2][0], ring[2][1] + 1e7, ring[2][2])] + ring[3:] if name == "roof_s" else ring

    def huge(name, ring):
        return [(1e308, p[1], p[2]) if i == 1 else p for i, p in enumerate(ring)] if name == "wall_s" else ring

    gml = write_citygml(tmp_path / "absurd.gml", [house_member("OK", "2.0", (2,), X0, Y0),
                                                  house_member("FAR", "2.0", (2,), X0 + 30, Y0, ring_edit=far),
                                                  house_member("HUGE", "2.0", (2,), X0 + 60, Y0, ring_edit=huge)])
    output = str(tmp_path / "gml.gpkg")
    report = import_citymodel([gml], output)
    assert _imported(gpkg_rows, output) == ["OK"]
    messages = {s.object_id: str(s) for s in report.skipped}
    assert set(messages) == {"FAR", "HUGE"}
    assert "10,000 km" in messages["FAR"] and "absurd" in messages["HUGE"] and "absurd.gml" in messages["HUGE"]


def test_unknown_epsg_code_is_a_warning_and_the_crs_parameter_assigns_one(gpkg_rows, tmp_path):
    path = write_citygml(tmp_path / "unknown.gml", [house_member("H", "2.0", (2,), X0, Y0)], srs="EPSG:999999")
    output = str(tmp_path / "out.gpkg")
    report = import_citymodel([path], output)
    assert report.buildings == 1 and report.crs_authid is None
    assert len(report.warnings) == 1
    assert "EPSG:999999" in report.warnings[0] and "CRS parameter" in report.warnings[0] and "unknown.gml" in report.warnings[0]
    assert {row[0] for row in gpkg_rows(output, "SELECT srs_id FROM gpkg_geometry_columns")} <= {0, -1}
    assigned = str(tmp_path / "assigned.gpkg")
    report = import_citymodel([path], assigned, crs_override="EPSG:25832")
    assert report.warnings == [] and report.crs_authid == "EPSG:25832"
    assert {row[0] for row in gpkg_rows(assigned, "SELECT srs_id FROM gpkg_geometry_columns")} == {25832}
    with pytest.raises(Exception) as caught:
        import_citymodel([path], str(tmp_path / "x.gpkg"), crs_override="EPSG:999999")
    assert "EPSG:999999" in str(caught.value) and "not known" in str(caught.value)


def test_negative_reference_vertex_of_a_geometry_instance(gpkg_rows, tmp_path):
    instance = {"type": "GeometryInstance", "template": 0, "transformationMatrix": [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]}
    document = {
        "type": "CityJSON", "version": "2.0", "metadata": {"referenceSystem": "https://www.opengis.net/def/crs/EPSG/0/25832"},
        "geometry-templates": {"templates": [{"type": "MultiSurface", "lod": "2", "boundaries": [[[0, 1, 2, 3]]]}],
                               "vertices-templates": [[0.0, 0.0, 0.0], [1.0, 0.0, 0.0], [1.0, 1.0, 0.0], [0.0, 1.0, 0.0]]},
        "CityObjects": {"TREE_OK": {"type": "SolitaryVegetationObject", "geometry": [dict(instance, boundaries=[0])]},
                        "TREE_BAD": {"type": "SolitaryVegetationObject", "geometry": [dict(instance, boundaries=[-1])]}},
        "vertices": [[X0, Y0, 100.0], [X0 + 500.0, Y0, 100.0]],
    }
    path = tmp_path / "trees.city.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    output = str(tmp_path / "out.gpkg")
    report = import_citymodel([str(path)], output)
    assert _imported(gpkg_rows, output) == ["TREE_OK"]  # not placed at the last vertex (wrap-around)
    assert [s.object_id for s in report.skipped] == ["TREE_BAD"] and "negative vertex index -1" in str(report.skipped[0])
