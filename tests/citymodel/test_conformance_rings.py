"""Issue #11.3: nearly closed rings are closed (tolerance 1 mm, counted), really open ones cost their building,
duplicate polygon gml:ids inside one building cost nothing."""

import numpy as np
import pytest
from osgeo import ogr

from urban_twin.core.citymodel.importer import import_citymodel
from urban_twin.tests.citymodel.conformance_files import (
    GROUND_AREA,
    ROOF_AREA,
    SHELL_AREA_LOD2,
    WALL_AREA,
    house_member,
    write_citygml,
)

X0, Y0 = 360000.0, 5650000.0


def _gap(dx, names=("roof_s", "wall_e")):
    """ring_edit moving the last point of the named rings by dx metres in x (the ring no longer closes exactly)."""
    def edit(name, ring):
        if name not in names:
            return ring
        last = ring[-1]
        return ring[:-1] + [(last[0] + dx, last[1], last[2])]
    return edit


def _shell_area(output, building_id):
    """3D area of the building's shell read back with OGR, summed with an own Newell formula per polygon."""
    dataset = ogr.Open(output)  # kept referenced: a layer of a collected dataset crashes OGR
    layer = dataset.GetLayerByName("buildings")
    layer.SetAttributeFilter("gml_id = '{}'".format(building_id))
    feature = layer.GetNextFeature()
    geometry = feature.GetGeometryRef()
    total, rings = 0.0, []
    for index in range(geometry.GetGeometryCount()):
        ring = np.array(geometry.GetGeometryRef(index).GetGeometryRef(0).GetPoints())
        rings.append(tuple(map(tuple, np.round(ring, 6))))
        relative = ring - ring[0]
        total += np.linalg.norm(np.cross(relative[:-1], relative[1:]).sum(axis=0)) / 2.0
    return total, rings


@pytest.mark.parametrize("version", ["2.0", "3.0"])
def test_rings_missing_their_start_by_less_than_a_millimetre_are_closed(version, gpkg_rows, tmp_path):
    path = write_citygml(tmp_path / "gaps.gml", [
        house_member("NEAR_1", version, (2,), X0, Y0, ring_edit=_gap(0.0004)),  # 0.4 mm: closed, counted
        house_member("OPEN_1", version, (2,), X0 + 30, Y0, ring_edit=_gap(0.05)),  # 5 cm: really open
        house_member("EXACT_1", version, (2,), X0 + 60, Y0),
    ], version)
    output = str(tmp_path / "out.gpkg")
    report = import_citymodel([path], output)
    assert sorted(r[0] for r in gpkg_rows(output, "SELECT gml_id FROM buildings")) == ["EXACT_1", "NEAR_1"]
    assert report.closed_rings == 2
    assert any("2 nearly closed rings" in note and "1.0 mm" in note for note in report.notes)
    assert [s.object_id for s in report.skipped] == ["OPEN_1"]
    message = str(report.skipped[0])
    assert "not closed" in message and "0.05 m" in message and "gaps.gml" in message and "Polygon OPEN_1_" in message
    rows = dict(gpkg_rows(output, "SELECT surface_id, area FROM building_surfaces WHERE building_id = 'NEAR_1'"))
    assert rows["NEAR_1_roof_s_lod2_s"] == pytest.approx(ROOF_AREA, abs=1e-3)
    assert rows["NEAR_1_wall_e_lod2_s"] == pytest.approx(WALL_AREA, abs=1e-3)
    area, rings = _shell_area(output, "NEAR_1")
    assert area == pytest.approx(SHELL_AREA_LOD2, abs=1e-2)
    assert all(ring[0] == ring[-1] for ring in rings)  # written closed


def test_tolerance_is_a_parameter_and_metres_also_for_degrees(gpkg_rows, tmp_path):
    path = write_citygml(tmp_path / "gaps.gml", [house_member("NEAR_1", "2.0", (2,), X0, Y0, ring_edit=_gap(0.0004))])
    report = import_citymodel([path], str(tmp_path / "strict.gpkg"), ring_tolerance=0.0001)
    assert report.buildings == 0 and report.skipped[0].object_id == "NEAR_1"
    # the same gaps in a lat/lon file: 0.4 mm ≈ 3.6e-9°, 5 cm ≈ 4.5e-7°
    degree = 1.0 / 111_320.0
    geo = write_citygml(tmp_path / "geo.gml", [
        house_member("GEO_NEAR", "2.0", (2,), 7.0, 51.0, transform=lambda p: (p[1], p[0], p[2]),
                     ring_edit=lambda n, r: [(p[0] * 1e-5 + 7.0 * (1 - 1e-5), p[1] * 1e-5 + 51.0 * (1 - 1e-5), p[2])
                                             for p in r[:-1]] + [(r[0][0] * 1e-5 + 7.0 * (1 - 1e-5) + 0.0004 * degree,
                                                                  r[0][1] * 1e-5 + 51.0 * (1 - 1e-5), r[0][2])]),
    ], "2.0", srs="urn:ogc:def:crs:EPSG::4326")
    report = import_citymodel([geo], str(tmp_path / "geo.gpkg"))
    assert report.buildings == 1 and report.closed_rings == 7


def test_duplicate_polygon_ids_inside_one_building_cost_nothing(gpkg_rows, tmp_path):
    # an exporter gave the south roof and the east wall the same gml:id; the lod2Solid references it twice
    members = [house_member("DUP_1", "3.0", (2,), X0, Y0, polygon_ids={"roof_s": "DUPLICATE", "wall_e": "DUPLICATE"}),
               house_member("DUP_2", "3.0", (2,), X0 + 30, Y0, polygon_ids={"ground": "SAME_ID"})]
    path = write_citygml(tmp_path / "dup.gml", members, "3.0")
    output = str(tmp_path / "out.gpkg")
    report = import_citymodel([path], output)
    assert report.buildings == 2 and report.skipped_count == 0
    assert report.duplicate_ids == 1
    area, rings = _shell_area(output, "DUP_1")
    assert len(rings) == 7 and len(set(rings)) == 7  # every polygon once (not the wall twice, the roof missing)
    assert area == pytest.approx(SHELL_AREA_LOD2, abs=1e-6)
    totals = dict(gpkg_rows(output, "SELECT surface_type, SUM(area) FROM building_surfaces WHERE building_id = 'DUP_1' "
                                    "GROUP BY 1"))
    assert totals == pytest.approx({"RoofSurface": 2 * ROOF_AREA, "WallSurface": 4 * WALL_AREA,
                                    "GroundSurface": GROUND_AREA}, abs=1e-6)
