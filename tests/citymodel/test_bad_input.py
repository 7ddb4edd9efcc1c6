"""Hostile and broken input: clear messages naming file and object/line, good buildings kept, nothing
half-written, inputs untouched, no entity ever resolved."""

import hashlib
import json
import os
import shutil

import pytest

from urban_twin.core.citymodel.importer import import_citymodel
from urban_twin.core.errors import CancelledError, InputFormatError


def _digest(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def _folder_listing(folder):
    return sorted(os.listdir(folder))


def test_broken_geometry_skips_only_the_broken_buildings(write_citygml, make_building, make_box, gpkg_rows, tmp_path):
    good = make_building("GOOD_1", 0, 0)
    unclosed = make_box(20, 0)
    unclosed["RoofSurface"] = ["20 0 106 30 0 106 30 10 106 20 10 106 20 0.5 106"]
    few = make_box(40, 0)
    few["WallSurface"][0] = "40 0 100 50 0 100 40 0 100"
    nan = make_box(60, 0)
    nan["GroundSurface"] = ["60 0 100 NaN 10 100 70 10 100 70 0 100 60 0 100"]
    letters = make_box(80, 0)
    letters["GroundSurface"] = ["80 0 100 eighty 10 100 90 10 100 90 0 100 80 0 100"]
    path = write_citygml("broken.gml", [
        good,
        make_building("BAD_UNCLOSED", polygons=unclosed),
        make_building("BAD_FEW", polygons=few),
        make_building("BAD_NAN", polygons=nan),
        make_building("BAD_TEXT", polygons=letters),
        make_building("GOOD_2", 100, 0),
    ])
    before = _digest(path)
    output = str(tmp_path / "out.gpkg")
    report = import_citymodel([path], output)
    assert report.buildings == 2
    assert sorted(r[0] for r in gpkg_rows(output, "SELECT gml_id FROM buildings")) == ["GOOD_1", "GOOD_2"]
    assert report.skipped_count == 4
    messages = {s.object_id: str(s) for s in report.skipped}
    assert set(messages) == {"BAD_UNCLOSED", "BAD_FEW", "BAD_NAN", "BAD_TEXT"}
    for object_id, message in messages.items():
        assert "broken.gml" in message and object_id in message
    assert "not closed" in messages["BAD_UNCLOSED"] and "BAD_UNCLOSED_p" in messages["BAD_UNCLOSED"]
    assert "too few points" in messages["BAD_FEW"]
    assert "NaN" in messages["BAD_NAN"]
    assert "not numbers" in messages["BAD_TEXT"]
    assert all(s.line for s in report.skipped)
    assert _digest(path) == before


def test_dangling_xlink_names_the_reference(write_citygml, make_building, gpkg_rows, tmp_path):
    path = write_citygml("dangling.gml", [
        make_building("B1", 0, 0),
        make_building("B2", 20, 0, solid_refs=["B2_p1", "B2_p2", "NOT_THERE"]),
    ])
    output = str(tmp_path / "out.gpkg")
    report = import_citymodel([path], output)
    assert report.buildings == 1 and report.skipped_count == 1
    message = str(report.skipped[0])
    assert "dangling.gml" in message and "B2" in message and "#NOT_THERE" in message and "dangling" in message


def test_truncated_citygml_keeps_complete_members_and_names_the_line(sample, gpkg_rows, tmp_path):
    source = sample("de_nrw_LoD2_32_280_5657_1_NW.gml")
    with open(source, "rb") as handle:
        data = handle.read()
    cut = data[: len(data) * 6 // 10]
    complete = cut.count(b"</core:cityObjectMember>")
    path = tmp_path / "truncated.gml"
    path.write_bytes(cut)
    output = str(tmp_path / "out.gpkg")
    report = import_citymodel([str(path)], output, allow_partial=True)
    assert report.buildings == complete > 10
    assert len(report.errors) == 1
    assert "truncated.gml" in report.errors[0] and "line" in report.errors[0]
    assert gpkg_rows(output, "SELECT COUNT(*) FROM buildings WHERE parent_id IS NULL")[0][0] == complete


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("notes.gml", "This is just text, no XML.\n", "neither CityGML nor CityJSON"),
        ("other.xml", '<?xml version="1.0"?><root xmlns="urn:x"><a/></root>', "neither CityGML nor CityJSON"),
        ("other.json", '{"type": "FeatureCollection", "features": []}', "neither CityGML nor CityJSON"),
        ("invalid.gml", '<?xml version="1.0"?>\n<core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0">\n'
                        "<core:cityObjectMember><bldg:Building></core:cityObjectMember>\n", "line"),
        ("truncated.json", '{"type": "CityJSON", "version": "2.0", "CityObjects": {"a": {"type": "Buil', "Invalid or truncated JSON"),
    ],
)
def test_unreadable_files_fail_cleanly_without_output(name, content, expected, tmp_path):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    output = tmp_path / "out.gpkg"
    with pytest.raises(InputFormatError) as caught:
        import_citymodel([str(path)], str(output))
    assert name in str(caught.value) and expected in str(caught.value)
    assert _folder_listing(tmp_path) == [name]  # no output, no temporary leftovers


XXE = """<?xml version="1.0"?>
<!DOCTYPE core:CityModel [ <!ENTITY secret SYSTEM "file:///etc/passwd"> <!ENTITY remote SYSTEM "http://127.0.0.1:9/x"> ]>
<core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:gml="http://www.opengis.net/gml">
<gml:name>&secret;&remote;</gml:name></core:CityModel>
"""
LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [ <!ENTITY lol "lol"> <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"> ]>
<core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0"><core:cityObjectMember>&lol3;</core:cityObjectMember></core:CityModel>
"""


@pytest.mark.parametrize("name, content", [("xxe.gml", XXE), ("laughs.gml", LAUGHS)])
def test_entities_are_refused(name, content, tmp_path):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputFormatError) as caught:
        import_citymodel([str(path)], str(tmp_path / "out.gpkg"))
    assert name in str(caught.value) and "entities" in str(caught.value)
    assert "root:" not in str(caught.value)
    assert _folder_listing(tmp_path) == [name]


def test_bad_file_among_good_ones_is_reported_and_the_rest_imported(write_citygml, make_building, tmp_path):
    good = write_citygml("good.gml", [make_building("G1", 0, 0), make_building("G2", 20, 0)])
    bad = tmp_path / "bad.gml"
    bad.write_text(XXE, encoding="utf-8")
    report = import_citymodel([good, str(bad)], str(tmp_path / "out.gpkg"), allow_partial=True)
    assert report.buildings == 2
    assert len(report.errors) == 1 and "bad.gml" in report.errors[0]


def test_failed_run_leaves_an_existing_output_untouched(tmp_path):
    output = tmp_path / "existing.gpkg"
    output.write_bytes(b"previous result")
    bad = tmp_path / "bad.gml"
    bad.write_text("not a city model", encoding="utf-8")
    with pytest.raises(InputFormatError):
        import_citymodel([str(bad)], str(output))
    assert output.read_bytes() == b"previous result"
    assert _folder_listing(tmp_path) == ["bad.gml", "existing.gpkg"]


class _CancelAfter:
    def __init__(self, calls):
        self.calls = calls
        self.progress = []

    def isCanceled(self):  # noqa: N802 - QgsFeedback API
        self.calls -= 1
        return self.calls < 0

    def setProgress(self, value):  # noqa: N802
        self.progress.append(value)

    def reportError(self, message, fatal=False):  # noqa: N802
        pass


def test_cancel_leaves_no_file(sample, tmp_path):
    source = sample("de_nrw_LoD2_32_280_5657_1_NW.gml")
    feedback = _CancelAfter(2)
    with pytest.raises(CancelledError):
        import_citymodel([source], str(tmp_path / "out.gpkg"), feedback=feedback)
    assert os.listdir(tmp_path) == []


def test_cancel_with_real_qgis_feedback(sample, tmp_path, qgis_app):
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value > 5 else None)
    with pytest.raises(CancelledError):
        import_citymodel([sample("de_nrw_LoD2_32_280_5657_1_NW.gml")], str(tmp_path / "out.gpkg"), feedback=feedback)
    assert os.listdir(tmp_path) == []


def test_tile_border_duplicates_are_imported_once(sample, gpkg_rows, tmp_path):
    source = sample("de_nrw_LoD2_32_280_5657_1_NW.gml")
    for folder in ("tile_a", "tile_b"):
        os.makedirs(tmp_path / folder)
        shutil.copy(source, tmp_path / folder / "tile.gml")
    output = str(tmp_path / "out.gpkg")
    report = import_citymodel([str(tmp_path)], output)
    assert len(report.files) == 2
    assert report.buildings == 83 and len(report.duplicates) == 83
    assert gpkg_rows(output, "SELECT COUNT(*), COUNT(DISTINCT gml_id) FROM buildings")[0] == (133, 133)


def test_unknown_crs_warns_and_override_assigns(write_citygml, make_building, gpkg_rows, tmp_path):
    path = write_citygml("unknown.gml", [make_building("U1", 0, 0)], srs="urn:example:crs:local")
    report = import_citymodel([path], str(tmp_path / "a.gpkg"))
    assert report.crs_authid is None
    assert len(report.warnings) == 1 and "unknown.gml" in report.warnings[0] and "urn:example:crs:local" in report.warnings[0]
    report = import_citymodel([path], str(tmp_path / "b.gpkg"), crs_override="EPSG:25833")
    assert report.warnings == [] and report.crs_authid == "EPSG:25833"
    assert {r[0] for r in gpkg_rows(str(tmp_path / "b.gpkg"), "SELECT srs_id FROM gpkg_geometry_columns")} == {25833}


def test_geographic_urn_coordinates_are_swapped_to_lon_lat(write_citygml, make_building, make_box, gpkg_rows, tmp_path):
    box = make_box(0, 0, size=0.001, height=5)
    lat_lon = {kind: [[(p[1] + 51.0, p[0] + 7.0, p[2]) for p in ring] for ring in rings] for kind, rings in box.items()}
    path = write_citygml("geo.gml", [make_building("GEO", polygons=lat_lon)], srs="urn:ogc:def:crs:EPSG::4326")
    output = str(tmp_path / "geo.gpkg")
    report = import_citymodel([path], output)
    assert report.crs_authid == "EPSG:4326"
    min_x, min_y = gpkg_rows(output, "SELECT min_x, min_y FROM gpkg_contents WHERE table_name = 'buildings'")[0]
    assert min_x == pytest.approx(7.0) and min_y == pytest.approx(51.0)  # x = longitude


def test_cityjsonseq_broken_line_is_skipped_with_its_line_number(sample, tmp_path):
    source = sample("cityjsonseq_3dbag_b2.city.jsonl")
    with open(source, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    lines.insert(2, '{"type": "CityJSONFeature", "id": "x", "CityObjects": {')
    path = tmp_path / "seq.city.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_citymodel([str(path)], str(tmp_path / "out.gpkg"))
    assert report.buildings == 2 and report.skipped_count == 1
    assert report.skipped[0].line == 3 and "seq.city.jsonl" in str(report.skipped[0])


def test_cityjson_vertex_index_out_of_range_skips_the_object(sample, load_json, tmp_path):
    document = load_json(sample("cityjson_3dbag_b2.city.json"))
    broken_id = next(k for k, o in document["CityObjects"].items() if o.get("geometry"))
    document["CityObjects"][broken_id]["geometry"][0]["boundaries"][0][0][0][0] = 10 ** 7
    path = tmp_path / "broken.city.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    report = import_citymodel([str(path)], str(tmp_path / "out.gpkg"))
    parent = document["CityObjects"][broken_id]["parents"][0]
    assert report.buildings == 1 and [s.object_id for s in report.skipped] == [parent]
    assert "vertex" in str(report.skipped[0]) and "broken.city.json" in str(report.skipped[0])


@pytest.mark.parametrize(
    "srs_name, epsg, vertical",
    [
        ("urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH*GCG2016", 25832, "EPSG:7837"),
        ("urn:adv:crs:ETRS89_UTM33*DE_DHHN92_NH", 25833, "EPSG:5783"),
        ("urn:adv:crs:DE_DHDN_3GK3*DE_DHHN92_NH", 31467, "EPSG:5783"),
        ("urn:ogc:def:crs,crs:EPSG::25832,crs:EPSG::5783", 25832, "EPSG:5783"),
        ("urn:ogc:def:crs:EPSG::25833", 25833, None),
        ("EPSG:25833", 25833, None),
        ("http://www.opengis.net/def/crs/EPSG/0/25832", 25832, None),
    ],
)
def test_srs_name_forms(srs_name, epsg, vertical, write_citygml, make_building, gpkg_rows, tmp_path):
    path = write_citygml("crs.gml", [make_building("C1", 1000, 2000)], srs=srs_name)
    output = str(tmp_path / "crs.gpkg")
    report = import_citymodel([path], output)
    assert report.warnings == []
    assert (report.crs_authid, report.vertical_crs) == ("EPSG:{}".format(epsg), vertical)
    assert {r[0] for r in gpkg_rows(output, "SELECT srs_id FROM gpkg_geometry_columns")} == {epsg}
    # projected CRSs are never swapped: x stays the easting written first
    assert gpkg_rows(output, "SELECT min_x FROM gpkg_contents WHERE table_name = 'buildings'")[0][0] == pytest.approx(1000.0)


LOD3 = """<?xml version="1.0" encoding="UTF-8"?>
<core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:bldg="http://www.opengis.net/citygml/building/2.0"
 xmlns:gml="http://www.opengis.net/gml" xmlns:frn="http://www.opengis.net/citygml/cityfurniture/2.0">
<gml:boundedBy><gml:Envelope srsName="EPSG:25832"><gml:lowerCorner>0 0 0</gml:lowerCorner><gml:upperCorner>9 9 9</gml:upperCorner></gml:Envelope></gml:boundedBy>
<core:cityObjectMember><bldg:Building gml:id="LOD3_HOUSE"><bldg:yearOfConstruction>1911</bldg:yearOfConstruction>
<bldg:boundedBy><bldg:WallSurface gml:id="W1"><bldg:lod3MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon>
<gml:exterior><gml:LinearRing><gml:posList>0 0 0 10 0 0 10 0 5 0 0 5 0 0 0</gml:posList></gml:LinearRing></gml:exterior>
<gml:interior><gml:LinearRing><gml:posList>2 0 1 2 0 2 4 0 2 4 0 1 2 0 1</gml:posList></gml:LinearRing></gml:interior>
</gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod3MultiSurface>
<bldg:opening><bldg:Window gml:id="WIN1"><bldg:lod3MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon>
<gml:exterior><gml:LinearRing><gml:posList>2 0 1 4 0 1 4 0 2 2 0 2 2 0 1</gml:posList></gml:LinearRing></gml:exterior>
</gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod3MultiSurface></bldg:Window></bldg:opening>
</bldg:WallSurface></bldg:boundedBy></bldg:Building></core:cityObjectMember>
<core:cityObjectMember><frn:CityFurniture gml:id="BENCH"><frn:function>1000</frn:function><frn:lod3Geometry><gml:MultiSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>20 20 0 21 20 0 21 21 0 20 21 0 20 20 0</gml:posList>
</gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></frn:lod3Geometry></frn:CityFurniture></core:cityObjectMember>
</core:CityModel>
"""


def test_lod3_building_with_opening_and_other_object_types(gpkg_rows, tmp_path):
    path = tmp_path / "lod3.gml"
    path.write_text(LOD3, encoding="utf-8")
    output = str(tmp_path / "lod3.gpkg")
    report = import_citymodel([str(path)], output)
    assert (report.buildings, report.other_objects, report.surfaces, report.skipped_count) == (1, 1, 1, 0)
    rows = dict((r[0], r[1:]) for r in gpkg_rows(output, "SELECT gml_id, object_type, lod, year_of_construction, function FROM buildings"))
    assert rows["LOD3_HOUSE"] == ("Building", 3, 1911, None)
    assert rows["BENCH"] == ("CityFurniture", 3, None, "1000")
    # wall 10 m × 5 m minus the 2 m × 1 m window hole
    area, tilt, azimuth = gpkg_rows(output, "SELECT area, tilt, azimuth FROM building_surfaces WHERE surface_id = 'W1'")[0]
    assert area == pytest.approx(48.0) and tilt == pytest.approx(90.0) and azimuth == pytest.approx(180.0)


@pytest.mark.parametrize(
    "text, expected",
    [
        ('{"type": "CityJSON", "version": "2.0",\n "CityObjects": {"a": {"type": "Building"}\n "b": {}}, "vertices": []}',
         "line 3"),
        ('{"type": "CityJSON", "version": "2.0", "CityObjects": {},\n"vertices": [[1, 2, 3], [4, 5]]}', "3 coordinates"),
    ],
)
def test_malformed_cityjson_structure(text, expected, tmp_path):
    path = tmp_path / "malformed.city.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputFormatError) as caught:
        import_citymodel([str(path)], str(tmp_path / "out.gpkg"))
    assert "malformed.city.json" in str(caught.value) and expected in str(caught.value)
    assert _folder_listing(tmp_path) == ["malformed.city.json"]


def test_feature_member_instead_of_city_object_member(write_citygml, make_building, tmp_path):
    member = make_building("FM1", 0, 0).replace("core:cityObjectMember", "gml:featureMember")
    path = write_citygml("fm.gml", [member, make_building("CM1", 20, 0)])
    report = import_citymodel([path], str(tmp_path / "fm.gpkg"))
    assert report.buildings == 2 and report.skipped_count == 0


def test_file_in_another_crs_is_reported_not_mixed(sample, gpkg_rows, tmp_path):
    nrw, saxony = sample("de_nrw_LoD2_32_280_5657_1_NW.gml"), sample("de_sn_LoD2_33_416_5656_2_SN_14bldg.gml")
    output = str(tmp_path / "mixed.gpkg")
    report = import_citymodel([nrw, saxony], output, allow_partial=True)
    assert report.buildings == 83 and report.crs_authid == "EPSG:25832"
    assert len(report.errors) == 1
    assert "de_sn_LoD2_33_416_5656_2_SN_14bldg.gml" in report.errors[0] and "EPSG:25833" in report.errors[0]
    assert gpkg_rows(output, "SELECT COUNT(DISTINCT source_file) FROM buildings")[0][0] == 1
