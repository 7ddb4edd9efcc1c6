"""CityGML 1.0 / 2.0 / 3.0 samples: counts, attributes, CRS and geometry against independent parses."""

import math

import numpy as np
import pytest
from osgeo import ogr

from urban_twin.core.citymodel.importer import import_citymodel

GML_SAMPLES = {
    # file: (horizontal EPSG, vertical EPSG)
    "de_nrw_LoD2_32_280_5657_1_NW.gml": (25832, 7837),
    "de_sn_LoD2_33_416_5656_2_SN_14bldg.gml": (25833, 7837),
    "citygml2_sig3d_Building_and_garage_LOD2-EPSG25832.gml": (25832, 5783),
    "citygml3_sig3d_Building_and_garage_LOD2-EPSG25832.gml": (25832, 5783),
    "citygml3_Building_LOD2_with_several_attributes_DEBY.gml": (31468, 5783),
}
THEMATIC = {"RoofSurface", "WallSurface", "GroundSurface", "ClosureSurface", "OuterCeilingSurface", "OuterFloorSurface"}


def _local(element):
    return element.tag.rsplit("}", 1)[-1]


def _independent_counts(tree):
    """Top-level buildings, parts and thematic surfaces with polygons, counted with a whole-DOM parse."""
    root = tree.getroot()
    members = [m for m in root if isinstance(m.tag, str) and _local(m) == "cityObjectMember"]
    buildings = sum(1 for m in members for child in m if isinstance(child.tag, str) and _local(child) == "Building")
    parts = sum(1 for e in root.iter() if isinstance(e.tag, str) and _local(e) == "BuildingPart")
    surfaces = sum(
        1 for e in root.iter()
        if isinstance(e.tag, str) and _local(e) in THEMATIC and any(_local(p) == "Polygon" or _local(p) == "baseSurface"
                                                                   for p in e.iter() if isinstance(p.tag, str))
    )
    others = sum(1 for m in members for child in m if isinstance(child.tag, str) and _local(child) != "Building")
    return buildings, parts, surfaces, others


@pytest.mark.parametrize("name", sorted(GML_SAMPLES))
def test_counts_and_crs_match_an_independent_parse(name, sample, xml_counts, gpkg_rows, tmp_path):
    path = sample(name)
    _counts, tree = xml_counts(path)
    buildings, parts, surfaces, others = _independent_counts(tree)
    output = str(tmp_path / "out.gpkg")
    report = import_citymodel([path], output)

    assert (report.buildings, report.parts, report.surfaces, report.other_objects) == (buildings, parts, surfaces, others)
    assert report.skipped_count == 0 and report.errors == []
    rows = gpkg_rows(output, "SELECT object_type, is_part, COUNT(*) FROM buildings GROUP BY 1, 2")
    by_type = {(t, p): n for t, p, n in rows}
    assert by_type.get(("Building", 0), 0) == buildings
    assert by_type.get(("BuildingPart", 1), 0) == parts
    assert gpkg_rows(output, "SELECT COUNT(*) FROM building_surfaces")[0][0] == surfaces
    assert gpkg_rows(output, "SELECT COUNT(*) FROM footprints")[0][0] == buildings
    horizontal, vertical = GML_SAMPLES[name]
    srs_ids = {row[0] for row in gpkg_rows(output, "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name != 'footprints'")}
    assert srs_ids == {horizontal}
    assert report.crs_authid == "EPSG:{}".format(horizontal)
    assert report.vertical_crs == "EPSG:{}".format(vertical)


def test_nrw_xlinked_solids_become_full_shells(sample, xml_counts, tmp_path):
    """Every one of the 1,144 xlinks of the NRW tile resolves into a polygon of a building shell."""
    path = sample("de_nrw_LoD2_32_280_5657_1_NW.gml")
    counts, tree = xml_counts(path)
    hrefs = [e for e in tree.iter() if isinstance(e.tag, str) and e.get("{http://www.w3.org/1999/xlink}href")]
    output = str(tmp_path / "nrw.gpkg")
    import_citymodel([path], output)
    dataset = ogr.Open(output)
    layer = dataset.GetLayerByName("buildings")
    layer.SetAttributeFilter("parent_id IS NULL")
    polygons = sum(feature.GetGeometryRef().GetGeometryCount() for feature in layer if feature.GetGeometryRef())
    assert len(hrefs) == 1144
    assert polygons == len(hrefs) == counts["Polygon"]
    # GDAL's own GML driver gives ground lines here; ours gives closed 3D polygons
    assert layer.GetGeomType() in (ogr.wkbMultiPolygon25D, ogr.wkbMultiPolygonZM, 1006)


def test_nrw_attributes_are_text_with_german_labels(sample, gpkg_rows, tmp_path):
    output = str(tmp_path / "nrw.gpkg")
    import_citymodel([sample("de_nrw_LoD2_32_280_5657_1_NW.gml")], output)
    row = gpkg_rows(
        output,
        "SELECT function, function_label, function_group, roof_type, roof_type_label, measured_height, "
        "gemeindeschluessel, typeof(gemeindeschluessel), street, generic_attributes, source_file "
        "FROM buildings WHERE gml_id = 'DENW43AL00001j2W'",
    )[0]
    assert row[:5] == ("31001_2723", "Schuppen", "agricultural", "1000", "Flachdach")
    assert row[5] == pytest.approx(1.482)
    assert row[6] == "05370024" and row[7] == "text"  # leading zero kept
    assert row[8] == "Von-Byland-Straße"
    assert '"DatenquelleDachhoehe": "1000"' in row[9] and '"Grundrissaktualitaet": "2020-07-01"' in row[9]
    assert row[10] == "de_nrw_LoD2_32_280_5657_1_NW.gml"
    labelled = gpkg_rows(output, "SELECT COUNT(*) FROM buildings WHERE function IS NOT NULL AND function_label IS NULL")
    assert labelled[0][0] == 0  # every AdV function code of the tile is decoded


def _polygon_area_and_tilt(points):
    """Area by triangle fan (cross products) and tilt of the plane, independent of the importer's Newell code."""
    origin = points[0]
    total = np.zeros(3)
    for a, b in zip(points[1:-2], points[2:-1]):
        total += np.cross(a - origin, b - origin)
    area = np.linalg.norm(total) / 2.0
    tilt = math.degrees(math.acos(total[2] / np.linalg.norm(total)))
    return area, tilt


def test_area_and_tilt_of_a_known_roof(sample, xml_counts, gpkg_rows, tmp_path):
    path = sample("de_nrw_LoD2_32_280_5657_1_NW.gml")
    _counts, tree = xml_counts(path)
    roofs = [e for e in tree.iter() if isinstance(e.tag, str) and _local(e) == "RoofSurface"]
    checked = 0
    output = str(tmp_path / "nrw.gpkg")
    import_citymodel([path], output)
    for roof in roofs:
        pos_lists = [e for e in roof.iter() if isinstance(e.tag, str) and _local(e) == "posList"]
        if len(pos_lists) != 1:
            continue
        points = np.array(pos_lists[0].text.split(), dtype=float).reshape(-1, 3)
        area, tilt = _polygon_area_and_tilt(points)
        if tilt < 10:  # want a pitched roof
            continue
        roof_id = roof.get("{http://www.opengis.net/gml}id")
        stored = gpkg_rows(output, "SELECT area, tilt, azimuth FROM building_surfaces WHERE surface_id = ?".replace("?", "'{}'".format(roof_id)))
        assert stored, roof_id
        assert stored[0][0] == pytest.approx(area, rel=1e-6)
        assert stored[0][1] == pytest.approx(tilt, abs=1e-6)
        assert 0.0 <= stored[0][2] < 360.0
        checked += 1
        if checked == 5:
            break
    assert checked == 5


def test_shared_wall_via_orientable_surface_is_reversed(sample, gpkg_rows, tmp_path):
    """SIG3D garage reuses the house's east wall with orientation="-": same area, facing west."""
    for name in ("citygml2_sig3d_Building_and_garage_LOD2-EPSG25832.gml", "citygml3_sig3d_Building_and_garage_LOD2-EPSG25832.gml"):
        output = str(tmp_path / (name + ".gpkg"))
        import_citymodel([sample(name)], output)
        walls = gpkg_rows(output, "SELECT part_id, round(area, 6), round(azimuth, 3) FROM building_surfaces "
                                  "WHERE surface_type = 'WallSurface'")
        house = {(area, azimuth) for part, area, azimuth in walls if part is None}
        garage = {(area, azimuth) for part, area, azimuth in walls if part is not None}
        assert (20.0, 90.0) in house  # east wall of the house (5 m × 4 m)
        assert (9.6, 270.0) in garage  # the garage's west wall faces west; it is the reversed house wall part


def test_citygml2_and_citygml3_versions_give_the_same_model(sample, gpkg_rows, tmp_path):
    results = []
    for name in ("citygml2_sig3d_Building_and_garage_LOD2-EPSG25832.gml", "citygml3_sig3d_Building_and_garage_LOD2-EPSG25832.gml"):
        output = str(tmp_path / (name + ".gpkg"))
        import_citymodel([sample(name)], output)
        results.append(gpkg_rows(output, "SELECT surface_type, round(SUM(area), 6), COUNT(*) FROM building_surfaces GROUP BY 1 ORDER BY 1")
                       + gpkg_rows(output, "SELECT object_type, round(z_min, 3), round(z_max, 3), round(footprint_area, 3), "
                                           "storeys_above_ground FROM buildings ORDER BY 1"))
    assert results[0] == results[1]
    roof_area = [row for row in results[0] if row[0] == "RoofSurface"][0][1]
    # two roof planes 10 m × sqrt(2.5² + 2²) m each plus the garage roof
    assert roof_area == pytest.approx(2 * 10 * math.hypot(2.5, 2.0) + 10.012, abs=0.01)


def test_citygml3_adv_attributes_address_and_gauss_krueger_axis_order(sample, gpkg_rows, tmp_path):
    output = str(tmp_path / "deby.gpkg")
    report = import_citymodel([sample("citygml3_Building_LOD2_with_several_attributes_DEBY.gml")], output)
    row = gpkg_rows(output, "SELECT function, function_label, roof_type, roof_type_label, measured_height, gemeindeschluessel, "
                            "street, house_number, postal_code, locality FROM buildings")[0]
    assert row[0] == "31001_9998" and row[1].startswith("Nach Quellenlage")
    assert row[2:] == ("3100", "Satteldach", 8.55, "09175128", "Am Hang", "15", "85665", "Moosach")
    # GK4 files are written easting first: no swap (envelope lower corner 4490655.5 5322005.28)
    extent = gpkg_rows(output, "SELECT min_x, min_y FROM gpkg_contents WHERE table_name = 'buildings'")[0]
    assert extent[0] == pytest.approx(4490655.5, abs=0.01) and extent[1] == pytest.approx(5322005.28, abs=0.01)
    assert report.crs_authid == "EPSG:31468"


def test_saxony_roof_types_and_part_heights(sample, xml_counts, gpkg_rows, tmp_path):
    path = sample("de_sn_LoD2_33_416_5656_2_SN_14bldg.gml")
    _counts, tree = xml_counts(path)
    roof_types = sorted({e.text.strip() for e in tree.iter() if isinstance(e.tag, str) and _local(e) == "roofType"})
    output = str(tmp_path / "sn.gpkg")
    import_citymodel([path], output)
    stored = sorted({r[0] for r in gpkg_rows(output, "SELECT roof_type FROM buildings WHERE roof_type IS NOT NULL")})
    assert stored == roof_types
    labels = dict(gpkg_rows(output, "SELECT DISTINCT roof_type, roof_type_label FROM buildings WHERE roof_type IS NOT NULL"))
    assert labels["3400"] == "Mansardendach" and labels["3300"] == "Krüppelwalmdach"
    # z range of the whole building = lowest/highest posList value over building + parts, from the XML
    for building in [e for e in tree.iter() if isinstance(e.tag, str) and _local(e) == "Building"][:5]:
        z = np.concatenate([np.array(p.text.split(), dtype=float).reshape(-1, 3)[:, 2]
                            for p in building.iter() if isinstance(p.tag, str) and _local(p) == "posList"])
        building_id = building.get("{http://www.opengis.net/gml}id")
        z_min, z_max, height = gpkg_rows(output, "SELECT z_min, z_max, height FROM buildings WHERE gml_id = '{}'".format(building_id))[0]
        assert (z_min, z_max) == (pytest.approx(z.min()), pytest.approx(z.max()))
        assert height == pytest.approx(z.max() - z.min())


def test_footprint_area_equals_ground_surface_area(sample, gpkg_rows, tmp_path):
    """Footprint = 2D union of the ground surfaces; for flat ground surfaces both areas agree."""
    output = str(tmp_path / "nrw.gpkg")
    import_citymodel([sample("de_nrw_LoD2_32_280_5657_1_NW.gml")], output)
    ground = dict(gpkg_rows(output, "SELECT building_id, SUM(area) FROM building_surfaces WHERE surface_type = 'GroundSurface' GROUP BY 1"))
    footprints = dict(gpkg_rows(output, "SELECT building_id, footprint_area FROM footprints"))
    assert len(footprints) == 83
    close = sum(1 for key, area in ground.items() if footprints[key] == pytest.approx(area, rel=1e-3))
    assert close >= 0.95 * len(ground)


def test_musterquartier_sample_district(musterquartier, xml_counts, gpkg_rows, tmp_path):
    """The generated demo district (CityGML 2.0) imports completely; counts from an independent parse."""
    path = musterquartier["citygml"]
    _counts, tree = xml_counts(path)
    buildings, parts, surfaces, _others = _independent_counts(tree)
    output = str(tmp_path / "mq.gpkg")
    report = import_citymodel([path], output)
    assert (report.buildings, report.parts, report.surfaces, report.skipped_count) == (buildings, parts, surfaces, 0)
    roofs = gpkg_rows(output, "SELECT COUNT(*) FROM building_surfaces WHERE surface_type = 'RoofSurface' AND tilt < 90")
    assert roofs[0][0] == sum(1 for e in tree.iter() if isinstance(e.tag, str) and _local(e) == "RoofSurface")


def test_xplan_file_gets_a_pointed_message(xplan_dir, tmp_path):
    import glob

    from urban_twin.core.errors import InputFormatError

    plan = sorted(glob.glob(xplan_dir + "/*.gml"))[0]
    with pytest.raises(InputFormatError) as caught:
        import_citymodel([plan], str(tmp_path / "x.gpkg"))
    assert "XPlanGML" in str(caught.value) and plan in str(caught.value)


def test_generic_attributes_are_typed(write_citygml, make_building, gpkg_rows, tmp_path):
    import json

    typed = (
        '<gen:intAttribute name="Geschosse"><gen:value>3</gen:value></gen:intAttribute>'
        '<gen:doubleAttribute name="Traufhoehe"><gen:value>7.25</gen:value></gen:doubleAttribute>'
        '<gen:dateAttribute name="Stand"><gen:value>2024-05-01</gen:value></gen:dateAttribute>'
    )
    member = make_building("TYPED", 0, 0).replace("<bldg:lod2Solid>", typed + "<bldg:lod2Solid>")
    output = str(tmp_path / "typed.gpkg")
    import_citymodel([write_citygml("typed.gml", [member])], output)
    generic = json.loads(gpkg_rows(output, "SELECT generic_attributes FROM buildings")[0][0])
    assert generic == {"Gemeindeschluessel": "05370024", "Geschosse": 3, "Traufhoehe": 7.25, "Stand": "2024-05-01"}
    assert gpkg_rows(output, "SELECT gemeindeschluessel FROM buildings")[0][0] == "05370024"
