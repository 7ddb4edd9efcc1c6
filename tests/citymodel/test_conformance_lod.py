"""Issue #11.1: several LoDs of one building in one file — one LoD per output, never the sum of all."""

import pytest

from urban_twin.core.citymodel.importer import import_citymodel
from urban_twin.tests.citymodel.conformance_files import (
    GROUND_AREA,
    ROOF_AREA,
    ROOF_AREA_LOD3,
    ROOF_TILT,
    WALL_AREA,
    cityjson_house,
    house_member,
    write_citygml,
    write_cityjson,
)

X0, Y0 = 360000.0, 5650000.0


def _surfaces(gpkg_rows, output, building_id):
    return gpkg_rows(output, "SELECT surface_type, area, tilt, azimuth, lod FROM building_surfaces WHERE building_id = '{}'"
                     .format(building_id))


def _building(gpkg_rows, output, building_id):
    return gpkg_rows(output, "SELECT lod, z_min, z_max, height, eaves_z, footprint_area FROM buildings WHERE gml_id = '{}'"
                     .format(building_id))[0]


def _by_type(rows):
    totals = {}
    for surface_type, area, *_rest in rows:
        totals[surface_type] = totals.get(surface_type, 0.0) + area
    return totals


@pytest.mark.parametrize("version", ["1.0", "2.0", "3.0"])
def test_default_takes_lod2_surfaces_only(version, gpkg_rows, tmp_path):
    path = write_citygml(tmp_path / "lods.gml", [
        house_member("HOUSE_123", version, (0, 1, 2, 3), X0, Y0),
        house_member("BLOCK_1", version, (0, 1), X0 + 50, Y0),
        house_member("FINE_3", version, (3,), X0 + 100, Y0),
        house_member("FLAT_0", version, (0,), X0 + 150, Y0),
    ], version)
    output = str(tmp_path / "out.gpkg")
    report = import_citymodel([path], output)
    assert report.buildings == 4
    rows = _surfaces(gpkg_rows, output, "HOUSE_123")
    totals = _by_type(rows)
    # one LoD: the single-LoD figures, not LoD2 + LoD3 (2 × 105 m² roofs, 480 m² walls before the fix)
    assert totals["RoofSurface"] == pytest.approx(2 * ROOF_AREA, abs=1e-6)
    assert totals["WallSurface"] == pytest.approx(4 * WALL_AREA, abs=1e-6)
    assert totals["GroundSurface"] == pytest.approx(GROUND_AREA, abs=1e-6)
    assert len(rows) == 7 and {row[4] for row in rows} == {2}
    roofs = sorted((round(tilt, 4), round(azimuth, 4)) for kind, _a, tilt, azimuth, _l in rows if kind == "RoofSurface")
    assert roofs == [(round(ROOF_TILT, 4), 0.0), (round(ROOF_TILT, 4), 180.0)]
    lod, z_min, z_max, height, eaves, footprint = _building(gpkg_rows, output, "HOUSE_123")
    assert (lod, z_min, z_max, height, eaves) == (2, 100.0, 109.0, 9.0, 106.0)
    assert footprint == pytest.approx(GROUND_AREA, abs=1e-6)
    # LoD1 only: the highest below LoD2; LoD3 only: the one there is
    assert _building(gpkg_rows, output, "BLOCK_1")[:4] == (1, 100.0, 106.0, 6.0)
    assert _building(gpkg_rows, output, "FINE_3")[0] == 3
    assert _by_type(_surfaces(gpkg_rows, output, "FINE_3"))["RoofSurface"] == pytest.approx(2 * ROOF_AREA_LOD3, abs=1e-6)
    # LoD0 only: the footprint, no volume
    assert _building(gpkg_rows, output, "FLAT_0") == (0, 100.0, 100.0, 0.0, None, pytest.approx(GROUND_AREA))
    assert report.lod_counts == {"0+1+2+3": 1, "0+1": 1, "3": 1, "0": 1}
    assert report.lod_taken == {2: 1, 1: 1, 3: 1, 0: 1}
    assert any("1 with LoD 0+1+2+3" in note and "LoD2 for 1" in note for note in report.notes)


@pytest.mark.parametrize("lod, roof, walls, ground, z_max, footprint", [
    (1, None, None, None, 106.0, GROUND_AREA),
    (2, 2 * ROOF_AREA, 4 * WALL_AREA, GROUND_AREA, 109.0, GROUND_AREA),
    (3, 2 * ROOF_AREA_LOD3, 4 * WALL_AREA, None, 109.0, 11.0 * 8.0),  # footprint: the overhanging roof's outline
    (4, 2 * ROOF_AREA_LOD3, 4 * WALL_AREA, None, 109.0, 11.0 * 8.0),  # no LoD4: the highest below
])
def test_lod_parameter_takes_surfaces_shell_footprint_and_heights_from_one_lod(lod, roof, walls, ground, z_max, footprint,
                                                                             gpkg_rows, tmp_path):
    path = write_citygml(tmp_path / "lods.gml", [house_member("HOUSE_123", "2.0", (1, 2, 3), X0, Y0)])
    output = str(tmp_path / "out.gpkg")
    report = import_citymodel([path], output, lod=lod)
    totals = _by_type(_surfaces(gpkg_rows, output, "HOUSE_123"))
    assert totals.get("RoofSurface") == (pytest.approx(roof, abs=1e-6) if roof else None)
    assert totals.get("WallSurface") == (pytest.approx(walls, abs=1e-6) if walls else None)
    assert totals.get("GroundSurface") == (pytest.approx(ground, abs=1e-6) if ground else None)
    taken, z_min, top, height, _eaves, area = _building(gpkg_rows, output, "HOUSE_123")
    assert taken == min(lod, 3) and (z_min, top, height) == (100.0, z_max, z_max - 100.0)
    assert area == pytest.approx(footprint, abs=1e-6)
    assert report.lod_taken == {min(lod, 3): 1}
    # the shell is the chosen LoD's too: LoD1 box 2·80 + 2·60 + 2·48 m², LoD2 house 420 m²
    shell = gpkg_rows(output, "SELECT COUNT(*) FROM building_surfaces")[0][0]
    assert shell == {1: 0, 2: 7, 3: 6, 4: 6}[lod]


def test_cityjson_lod_parameter_and_counts(gpkg_rows, tmp_path):
    vertices, geometries = cityjson_house(X0, Y0)
    objects = {"H1": {"type": "Building", "geometry": geometries},
               "H2": {"type": "Building", "geometry": [geometries[0]]}}
    path = write_cityjson(tmp_path / "lods.city.json", objects, vertices)
    for lod, expected in ((None, {"H1": 2, "H2": 1}), (1, {"H1": 1, "H2": 1}), (3, {"H1": 2, "H2": 1})):
        output = str(tmp_path / "out_{}.gpkg".format(lod))
        report = import_citymodel([path], output, lod=lod)
        assert dict(gpkg_rows(output, "SELECT gml_id, lod FROM buildings")) == expected
        roofs = gpkg_rows(output, "SELECT SUM(area) FROM building_surfaces WHERE surface_type = 'RoofSurface'")[0][0]
        assert roofs == (pytest.approx(2 * ROOF_AREA, abs=1e-6) if expected["H1"] == 2 else None)
        assert report.lod_counts == {"1+2": 1, "1": 1}
        assert report.lod_taken == ({1: 2} if lod == 1 else {1: 1, 2: 1})
