"""urbantwin:plancompliance on hand-made cases; every expected number is worked out by hand here."""

import pytest
from qgis.core import QgsCategorizedSymbolRenderer

from urban_twin.core.fieldtypes import FieldType

ALG = "urbantwin:plancompliance"


def run_check(run_alg, tmp_path, buildings, plan, **extra):
    params = {
        "BUILDINGS": buildings,
        "PLAN": plan,
        "OUTPUT": str(tmp_path / "areas.gpkg"),
        "OUTPUT_BUILDINGS": str(tmp_path / "bld.gpkg"),
    }
    params.update(extra)
    return run_alg(ALG, params)


def test_flat_roof_building_on_wa_zone_complies(run_alg, tmp_path, shapes, make_buildings, make_plan, read_layer):
    # 20 × 10 m flat roof, 9 m high, no storeys in the model → 9 / 3.0 = 3 storeys (estimate)
    buildings = make_buildings(
        [{"wkt": shapes.rect(10, 10, 20, 10), "z_min": 100.0, "eaves_z": 109.0, "z_max": 109.0, "height": 9.0}]
    )
    # 40 × 25 = 1,000 m² WA, GRZ 0.4, GFZ 1.2, Z = III
    plan = make_plan([{"wkt": shapes.rect(0, 0, 40, 25), "baugebiet_token": "WA", "GRZ": 0.4, "GFZ": 1.2, "Z": 3}])
    result = run_check(run_alg, tmp_path, buildings, plan)
    areas, layer = read_layer(result["OUTPUT"], "plan_compliance")
    zone = areas["Z1"]
    assert zone["area"] == pytest.approx(1000.0)
    assert zone["built_area"] == pytest.approx(200.0)
    assert zone["grz_actual"] == pytest.approx(200.0 / 1000.0)  # 0.20
    assert zone["grz_limit"] == pytest.approx(0.4)
    assert zone["grz_status"] == "complies"
    assert zone["gf_estimate"] == pytest.approx(600.0)  # 200 m² × 3 storeys
    assert zone["gfz_actual"] == pytest.approx(0.6)
    assert zone["gfz_status"] == "complies"
    assert zone["z_actual"] == 3 and zone["z_status"] == "complies"
    assert zone["status"] == "complies"
    assert zone["basis"] == "plan_area"
    assert zone["gh_status"] == "not_determinable"  # the plan sets no height
    assert result["N_COMPLIES"] == 1 and result["N_EXCEEDS"] == 0
    # styled traffic light stored in the GeoPackage as default style
    assert isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)
    colours = {c.value(): c.symbol().color().name() for c in layer.renderer().categories()}
    assert colours == {"complies": "#1a9641", "exceeds": "#d7191c", "not_determinable": "#bdbdbd"}
    assert layer.attributeAlias(layer.fields().indexFromName("grz_actual")) == "GRZ: actual"


def test_three_storey_gabled_house_exceeds_z_two(run_alg, tmp_path, shapes, make_buildings, make_plan, read_layer):
    # LoD2-like surfaces: 12 × 10 m, eaves 9 m, ridge 14 m → 9 / 3 = 3 storeys estimated; model storeys absent
    wkt = shapes.box(5, 5, 12, 10, 50.0, 59.0, 64.0)
    buildings = make_buildings([{"wkt": wkt, "z_min": 50.0, "eaves_z": 59.0, "z_max": 64.0, "height": 14.0}], surfaces=True)
    plan = make_plan([{"wkt": shapes.rect(0, 0, 30, 30), "baugebiet_token": "WA", "GRZ": 0.4, "Z": 2}])
    result = run_check(run_alg, tmp_path, buildings, plan)
    areas, _ = read_layer(result["OUTPUT"], "plan_compliance")
    zone = areas["Z1"]
    assert zone["built_area"] == pytest.approx(120.0)  # roof/ground projected, walls dropped
    assert zone["grz_actual"] == pytest.approx(120.0 / 900.0)
    assert zone["z_actual"] == 3
    assert zone["z_status"] == "exceeds" and zone["z_excess"] == pytest.approx(1.0)
    assert zone["status"] == "exceeds" and zone["exceeded"] == "Z"
    per_building, _ = read_layer(result["OUTPUT_BUILDINGS"], "plan_compliance_buildings")
    house = per_building["B1"]
    assert house["breaks"] == "Z" and house["status"] == "exceeds"
    assert house["storeys"] == 3 and house["eaves_height"] == pytest.approx(9.0) and house["total_height"] == pytest.approx(14.0)
    # the model's own storey count wins over the estimate
    buildings = make_buildings(
        [{"wkt": wkt, "z_min": 50.0, "eaves_z": 59.0, "z_max": 64.0, "height": 14.0, "storeys_above_ground": 2}], surfaces=True
    )
    (tmp_path / "x").mkdir()
    result = run_check(run_alg, tmp_path / "x", buildings, plan)
    areas, _ = read_layer(result["OUTPUT"], "plan_compliance")
    assert areas["Z1"]["z_actual"] == 2 and areas["Z1"]["z_status"] == "complies"


def test_gf_fixture_and_parcels_change_the_verdict(
    run_alg, tmp_path, shapes, make_buildings, make_plan, make_polygons, read_layer
):
    # 200 m² × 3 storeys + 300 m² × 5 storeys = 2,100 m² GF (analyses.md fixture) on a 100 × 30 = 3,000 m² zone
    buildings = make_buildings(
        [
            {"wkt": shapes.rect(5, 5, 20, 10), "storeys_above_ground": 3, "z_min": 0.0, "z_max": 10.0, "eaves_z": 10.0},
            {"wkt": shapes.rect(60, 5, 20, 15), "storeys_above_ground": 5, "z_min": 0.0, "z_max": 16.0, "eaves_z": 16.0},
        ]
    )
    plan = make_plan([{"wkt": shapes.rect(0, 0, 100, 30), "baugebiet_token": "MI", "GRZ": 0.2, "GFZ": 0.8, "Z": 5}])
    result = run_check(run_alg, tmp_path, buildings, plan)
    areas, _ = read_layer(result["OUTPUT"], "plan_compliance")
    zone = areas["Z1"]
    assert zone["gf_estimate"] == pytest.approx(2100.0)
    assert zone["gfz_actual"] == pytest.approx(0.7) and zone["gfz_status"] == "complies"
    assert zone["grz_actual"] == pytest.approx(500.0 / 3000.0) and zone["grz_status"] == "complies"
    # the same zone split into two parcels of 1,500 m²: the second carries 300 m² × 5 → GFZ 1.0 > 0.8
    parcels = make_polygons(
        [
            {"wkt": shapes.rect(0, 0, 50, 30), "flurstueckskennzeichen": "P1"},
            {"wkt": shapes.rect(50, 0, 50, 30), "flurstueckskennzeichen": "P2"},
        ],
        [("flurstueckskennzeichen", FieldType.STRING)],
    )
    (tmp_path / "p").mkdir()
    result = run_check(run_alg, tmp_path / "p", buildings, plan, PARCELS=parcels)
    areas, _ = read_layer(result["OUTPUT"], "plan_compliance")
    assert set(areas) == {"P1 / Z1", "P2 / Z1"}
    p1, p2 = areas["P1 / Z1"], areas["P2 / Z1"]
    assert p1["basis"] == p2["basis"] == "parcel"
    assert p1["area"] == pytest.approx(1500.0) and p1["gfz_actual"] == pytest.approx(0.4) and p1["gfz_status"] == "complies"
    assert p2["gfz_actual"] == pytest.approx(1.0) and p2["gfz_status"] == "exceeds" and p2["gfz_excess"] == pytest.approx(0.2)
    assert p2["grz_actual"] == pytest.approx(0.2) and p2["grz_status"] == "complies"
    # the whole zone's figures stay beside each parcel: GRZ 500 / 3,000, GFZ 2,100 / 3,000
    assert p1["zone_grz_actual"] == p2["zone_grz_actual"] == pytest.approx(500.0 / 3000.0)
    assert p1["zone_gfz_actual"] == p2["zone_gfz_actual"] == pytest.approx(0.7)
    assert result["N_EXCEEDS"] == 1 and result["N_COMPLIES"] == 1
    per_building, _ = read_layer(result["OUTPUT_BUILDINGS"], "plan_compliance_buildings")
    assert per_building["B2"]["area_breaks"] == "GFZ" and not per_building["B2"]["breaks"]
    assert per_building["B1"]["status"] == "complies"


def test_grz_two_counts_garages(run_alg, tmp_path, shapes, make_buildings, make_plan, read_layer):
    # main house 350 m² + garage 300 m², GRZ 0.4 → GRZ II limit min(1.5 × 0.4, 0.8) = 0.6
    buildings = make_buildings(
        [
            {"wkt": shapes.rect(0, 0, 35, 10), "function_group": "residential", "storeys_above_ground": 1},
            {"wkt": shapes.rect(0, 20, 30, 10), "function_group": "ancillary", "storeys_above_ground": 1},
        ]
    )
    plan = make_plan([{"wkt": shapes.rect(0, 0, 50, 40), "GRZ": 0.4}])
    # zone 50 × 40 = 2,000 m² → GRZ 350/2000 = 0.175, GRZ II 650/2000 = 0.325 (limit 0.6): both comply
    result = run_check(run_alg, tmp_path, buildings, plan)
    zone = read_layer(result["OUTPUT"], "plan_compliance")[0]["Z1"]
    assert zone["grz_actual"] == pytest.approx(0.175) and zone["grz2_actual"] == pytest.approx(0.325)
    assert zone["grz2_limit"] == pytest.approx(0.6) and zone["grz2_status"] == "complies"
    assert zone["gf_estimate"] == pytest.approx(350.0)  # garage not counted in GF (§20(4))
    small = make_plan([{"wkt": shapes.rect(0, 0, 40, 30), "GRZ": 0.4}])  # 1,200 m²: GRZ 0.2917, GRZ II 650/1200 = 0.5417
    (tmp_path / "s").mkdir()
    zone = read_layer(run_check(run_alg, tmp_path / "s", buildings, small)["OUTPUT"], "plan_compliance")[0]["Z1"]
    assert zone["grz2_actual"] == pytest.approx(650.0 / 1200.0) and zone["grz2_status"] == "complies"
    tiny = make_plan([{"wkt": shapes.rect(0, 0, 35, 30), "GRZ": 0.4}])  # 1,050 m²: GRZ 0.333, GRZ II 0.619 > 0.6
    (tmp_path / "t").mkdir()
    zone = read_layer(run_check(run_alg, tmp_path / "t", buildings, tiny)["OUTPUT"], "plan_compliance")[0]["Z1"]
    assert zone["grz_status"] == "complies"
    assert zone["grz2_status"] == "exceeds" and zone["grz2_excess"] == pytest.approx(650.0 / 1050.0 - 0.6)


def test_building_parts_count_with_their_own_storeys(run_alg, tmp_path, shapes, make_buildings, make_plan, read_layer):
    # house 20 × 10 m (3 storeys) whose east 5 × 10 m is a one-storey garage BuildingPart:
    # GF = 150 × 3 + 50 × 1 = 500 m² (not 200 × 3 = 600); the part is not a building of its own
    buildings = make_buildings(
        [
            {"wkt": shapes.rect(0, 0, 20, 10), "gml_id": "H", "storeys_above_ground": 3},
            {
                "wkt": shapes.rect(15, 0, 5, 10),
                "gml_id": "H_garage",
                "building_id": "H",
                "parent_id": "H",
                "object_type": "BuildingPart",
                "storeys_above_ground": 1,
            },
        ]
    )
    plan = make_plan([{"wkt": shapes.rect(0, 0, 50, 20), "GRZ": 0.4, "GFZ": 1.0}])
    result = run_check(run_alg, tmp_path, buildings, plan)
    zone = read_layer(result["OUTPUT"], "plan_compliance")[0]["Z1"]
    assert zone["n_buildings"] == 1 and zone["built_area"] == pytest.approx(200.0)
    assert zone["gf_estimate"] == pytest.approx(500.0) and zone["gfz_actual"] == pytest.approx(0.5)
    figures = run_alg(
        "urbantwin:districtfigures",
        {"DISTRICTS": plan, "NAME_FIELD": "gml_id", "BUILDINGS": buildings, "OUTPUT": str(tmp_path / "d.gpkg")},
    )
    district = read_layer(figures["OUTPUT"], "district_figures", key="name")[0]["Z1"]
    assert district["gf_estimate"] == pytest.approx(500.0) and district["n_buildings"] == 1
