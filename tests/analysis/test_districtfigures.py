"""urbantwin:districtfigures on a hand-made district pair (all figures worked out by hand) and the Musterquartier."""

import pytest
from osgeo import ogr
from qgis.core import QgsFeature, QgsField, QgsVectorLayer

from urban_twin.core.fieldtypes import FieldType

ALG = "urbantwin:districtfigures"


@pytest.fixture()
def two_districts(shapes, make_buildings, make_polygons):
    districts = make_polygons(
        [{"wkt": shapes.rect(0, 0, 100, 100), "name": "Nord"}, {"wkt": shapes.rect(100, 0, 100, 100), "name": "Süd"}],
        [("name", FieldType.STRING)],
    )
    buildings = make_buildings(
        [
            # A: 100 m², 2 storeys, flat 6 m → GF 200, volume 600
            {
                "wkt": shapes.rect(10, 10, 10, 10),
                "function_group": "residential",
                "storeys_above_ground": 2,
                "z_min": 0.0,
                "eaves_z": 6.0,
                "z_max": 6.0,
                "roof_type": "1000",
                "year_of_construction": 1960,
            },
            # B: 200 m², flat 8 m, no storeys → round(8 / 3) = 3 → GF 600, volume 1,600
            {
                "wkt": shapes.rect(30, 10, 20, 10),
                "function_group": "commercial",
                "z_min": 0.0,
                "eaves_z": 8.0,
                "z_max": 8.0,
                "roof_type": "1000",
                "year_of_construction": 1990,
            },
            # C: 100 m² across the border (60 m² Nord, 40 m² Süd, point in Nord), gabled 6/10 m → 2 storeys,
            #    GF 200, volume 100 × (6 + 2) = 800
            {
                "wkt": shapes.rect(94, 50, 10, 10),
                "function_group": "residential",
                "z_min": 0.0,
                "eaves_z": 6.0,
                "z_max": 10.0,
                "roof_type": "3100",
            },
            # D: 100 m² in Süd, 1 storey, flat 3 m → GF 100, volume 300
            {
                "wkt": shapes.rect(150, 50, 10, 10),
                "function_group": "residential",
                "storeys_above_ground": 1,
                "z_min": 0.0,
                "eaves_z": 3.0,
                "z_max": 3.0,
                "roof_type": "1000",
                "year_of_construction": 2000,
            },
        ]
    )
    return districts, buildings


def test_figures_by_hand(run_alg, tmp_path, two_districts, read_layer):
    districts, buildings = two_districts
    result = run_alg(ALG, {"DISTRICTS": districts, "BUILDINGS": buildings, "OUTPUT": str(tmp_path / "d.gpkg")})
    rows, layer = read_layer(result["OUTPUT"], "district_figures", key="name")
    nord, sued = rows["Nord"], rows["Süd"]
    assert nord["area"] == pytest.approx(10000.0)
    assert nord["n_buildings"] == 3 and sued["n_buildings"] == 1
    assert nord["built_area"] == pytest.approx(360.0) and sued["built_area"] == pytest.approx(140.0)
    assert nord["grz_actual"] == pytest.approx(0.036)
    assert nord["gf_estimate"] == pytest.approx(920.0) and sued["gf_estimate"] == pytest.approx(180.0)
    assert nord["gfz_actual"] == pytest.approx(0.092)
    assert nord["volume"] == pytest.approx(2680.0) and sued["volume"] == pytest.approx(620.0)
    assert nord["mean_height"] == pytest.approx(8.0) and nord["max_height"] == pytest.approx(10.0)
    assert nord["share_residential"] == pytest.approx(0.4) and nord["share_commercial"] == pytest.approx(0.6)
    assert sued["share_residential"] == pytest.approx(1.0)
    assert nord["roof_types"] == "1000: 2, 3100: 1" and nord["main_roof_type"] == "1000"
    assert (nord["n_year_known"], nord["year_min"], nord["year_median"], nord["year_max"]) == (2, 1960, 1975, 1990)
    assert layer.attributeAlias(layer.fields().indexFromName("gf_estimate")) == "Floor area estimate (m²)"
    # graduated by GRZ in the §17 steps, stored in the GeoPackage
    assert layer.renderer().classAttribute() == "grz_actual"
    assert [(r.lowerValue(), r.upperValue()) for r in layer.renderer().ranges()][:4] == [
        (0.0, 0.2),
        (0.2, 0.4),
        (0.4, 0.6),
        (0.6, 0.8),
    ]


def test_population_grid_apportioned_by_residential_floor_area(
    run_alg, tmp_path, shapes, two_districts, make_polygons, read_layer
):
    districts, buildings = two_districts
    # G1 (90 people) holds A and C (200 m² residential GF each; B is commercial) → 45 + 45 to Nord;
    # G2 (30) holds D → Süd; G3 (10) has no building → by area, half to each district
    grid = make_polygons(
        [
            {"wkt": shapes.rect(0, 0, 100, 80), "einwohner": 90.0},
            {"wkt": shapes.rect(100, 0, 100, 80), "einwohner": 30.0},
            {"wkt": shapes.rect(0, 80, 200, 20), "einwohner": 10.0},
        ],
        [("einwohner", FieldType.DOUBLE)],
    )
    result = run_alg(
        ALG,
        {
            "DISTRICTS": districts,
            "BUILDINGS": buildings,
            "STATISTICS": grid,
            "STATISTICS_FIELDS": ["einwohner"],
            "OUTPUT": str(tmp_path / "d.gpkg"),
        },
    )
    rows = read_layer(result["OUTPUT"], "district_figures", key="name")[0]
    assert rows["Nord"]["stat_einwohner"] == pytest.approx(95.0)
    assert rows["Süd"]["stat_einwohner"] == pytest.approx(35.0)


def test_statistics_table_joined_by_name(run_alg, tmp_path, two_districts, read_layer):
    districts, buildings = two_districts
    table = QgsVectorLayer("None", "statistik", "memory")
    table.dataProvider().addAttributes([QgsField("quartier", FieldType.STRING), QgsField("haushalte", FieldType.DOUBLE)])
    table.updateFields()
    rows = []
    for name, value in (("Nord", 512.0), ("Süd", 77.0)):
        feature = QgsFeature(table.fields())
        feature.setAttributes([name, value])
        rows.append(feature)
    table.dataProvider().addFeatures(rows)
    result = run_alg(
        ALG,
        {
            "DISTRICTS": districts,
            "BUILDINGS": buildings,
            "STATISTICS": table,
            "STATISTICS_FIELDS": ["haushalte"],
            "STATISTICS_KEY_FIELD": "quartier",
            "OUTPUT": str(tmp_path / "d.gpkg"),
        },
    )
    rows = read_layer(result["OUTPUT"], "district_figures", key="name")[0]
    assert rows["Nord"]["stat_haushalte"] == 512.0 and rows["Süd"]["stat_haushalte"] == 77.0


def test_musterquartier_district_counts(run_alg, tmp_path, musterquartier, read_layer):
    city = str(tmp_path / "city.gpkg")
    run_alg("urbantwin:importcitymodel", {"INPUT": [musterquartier["citygml"]], "OUTPUT": city})
    result = run_alg(
        ALG,
        {
            "DISTRICTS": musterquartier["districts"],
            "NAME_FIELD": "name",
            "BUILDINGS": city + "|layername=footprints",
            "STATISTICS": musterquartier["districts"],
            "STATISTICS_FIELDS": ["einwohner"],
            "OUTPUT": str(tmp_path / "d.gpkg"),
        },
    )
    rows = read_layer(result["OUTPUT"], "district_figures", key="name")[0]
    # reference with OGR: footprints whose point on surface lies in the district; built area clipped
    district_dataset, city_dataset = ogr.Open(musterquartier["districts"]), ogr.Open(city)  # keep open while reading
    districts = district_dataset.GetLayer(0)
    footprints = [f.GetGeometryRef().Clone() for f in city_dataset.GetLayerByName("footprints")]
    assert set(rows) == {q["name"] for q in musterquartier["quartiere"]}
    for feature in districts:
        geometry = feature.GetGeometryRef()
        row = rows[feature.GetField("name")]
        assert row["n_buildings"] == sum(1 for f in footprints if geometry.Contains(f.PointOnSurface()))
        assert row["built_area"] == pytest.approx(sum(f.Intersection(geometry).GetArea() for f in footprints), rel=1e-6)
        assert row["area"] == pytest.approx(geometry.GetArea())
    # a district layer used as its own statistics grid hands its whole population on (apportioned, then summed)
    total = sum(q["einwohner"] for q in musterquartier["quartiere"])
    assert sum(r["stat_einwohner"] for r in rows.values()) == pytest.approx(total)
