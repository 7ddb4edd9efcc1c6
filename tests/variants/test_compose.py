"""urbantwin:composevariant: existing − demolished + planned, statuses, the demolished layer, the name, errors."""

import os

import pytest
from osgeo import ogr

X0, Y0 = 403700.0, 5756800.0


def _wkt(x0, y0, x1, y1):
    return "Polygon(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


def _rows(path, sql):
    dataset = ogr.Open(path)
    result = dataset.ExecuteSQL(sql)
    rows = [tuple(f.GetField(i) for i in range(f.GetFieldCount())) for f in result]
    dataset.ReleaseResultSet(result)
    return rows


@pytest.fixture()
def city_and_plan(run_alg, layers, tmp_path):
    existing = layers.footprints([(_wkt(30 * i, 0, 30 * i + 10, 10), dict(storeys=2, name="Haus {}".format(i))) for i in range(4)])
    city = str(tmp_path / "city.gpkg")
    run_alg("urbantwin:massing", {"INPUT": existing, "TERRAIN_HEIGHT": 50.0, "OUTPUT": city})
    dataset = ogr.Open(city, 1)
    for name in ("buildings", "footprints"):
        dataset.ExecuteSQL("UPDATE {} SET status = 'Bestand'".format(name))
    dataset = None
    planned = str(tmp_path / "plan.gpkg")
    run_alg("urbantwin:massing", {"INPUT": layers.footprints([(_wkt(0, 40, 20, 52), dict(storeys=4, roof_type="3100", roof_pitch=30))]),
                                  "TERRAIN_HEIGHT": 50.0, "OUTPUT": planned})
    ids = {name: building for building, name in _rows(city, "SELECT building_id, name FROM buildings")}
    return city, planned, ids


def test_compose_with_demolition_by_ids_and_by_polygon(run_alg, layers, tmp_path, city_and_plan):
    from urban_twin.core.variants.compose import variant_name

    city, planned, ids = city_and_plan
    output = str(tmp_path / "variante.gpkg")
    before = open(city, "rb").read()
    result = run_alg("urbantwin:composevariant", {"CITY": city, "PLANNED": [planned], "DEMOLISH": "{}, nicht-da".format(ids["Haus 0"]),
                                                  "NAME": "Variante Nord", "OUTPUT": output})
    assert (result["EXISTING"], result["PLANNED_COUNT"], result["DEMOLISHED"]) == (3, 1, 1)
    assert open(city, "rb").read() == before  # the input is untouched
    statuses = sorted(_rows(output, "SELECT status, count(*) FROM buildings GROUP BY status"))
    assert statuses == [("Bestand", 3), ("geplant", 1)]
    assert _rows(output, "SELECT name, status FROM demolished") == [("Haus 0", "Abriss-markiert")]
    surfaces = _rows(output, "SELECT count(*) FROM building_surfaces WHERE building_id = '{}'".format(ids["Haus 0"]))
    assert surfaces == [(0,)]
    assert _rows(output, "SELECT count(*) FROM footprints") == [(4,)]
    assert variant_name(output) == "Variante Nord"
    # polygons: houses 2 and 3 lie inside, house 1 only touches the polygon's edge with its footprint corner outside
    demolition = layers.footprints([(_wkt(55, -5, 120, 15), dict(name="Abrissfläche"))])
    output2 = str(tmp_path / "variante2.gpkg")
    result = run_alg("urbantwin:composevariant", {"CITY": city, "PLANNED": [planned], "DEMOLISH": demolition, "NAME": "Variante Süd", "OUTPUT": output2})
    assert result["DEMOLISHED"] == 2
    assert sorted(r[0] for r in _rows(output2, "SELECT name FROM demolished")) == ["Haus 2", "Haus 3"]
    assert not [f for f in os.listdir(tmp_path) if ".part" in f]


def test_compose_refuses_duplicates_and_overwriting_an_input(run_alg, tmp_path, city_and_plan):
    from qgis.core import QgsProcessingException

    city, planned, _ids = city_and_plan
    with pytest.raises(QgsProcessingException, match="twice"):
        run_alg("urbantwin:composevariant", {"CITY": city, "PLANNED": [planned, str(tmp_path / "copy.gpkg")] if _copy(planned, tmp_path) else [],
                                             "NAME": "X", "OUTPUT": str(tmp_path / "dup.gpkg")})
    assert not os.path.exists(tmp_path / "dup.gpkg")
    with pytest.raises(QgsProcessingException, match="is the input"):  # the central destination check of every algorithm
        run_alg("urbantwin:composevariant", {"CITY": city, "PLANNED": [planned], "NAME": "X", "OUTPUT": city})


def _copy(path, folder):
    import shutil

    shutil.copy(path, folder / "copy.gpkg")
    return True


def test_compare_counts_facade_points_of_demolished_buildings_as_gone(run_alg, tmp_path, city_and_plan):
    city, planned, ids = city_and_plan
    kept, demolished = str(tmp_path / "v_kept.gpkg"), str(tmp_path / "v_demolished.gpkg")
    run_alg("urbantwin:composevariant", {"CITY": city, "PLANNED": [planned], "NAME": "Ohne Abriss", "OUTPUT": kept})
    run_alg("urbantwin:composevariant", {"CITY": city, "PLANNED": [planned], "DEMOLISH": ids["Haus 0"], "NAME": "Mit Abriss", "OUTPUT": demolished})
    table = str(tmp_path / "vergleich.gpkg")
    run_alg("urbantwin:comparevariants", {"BASE": [city], "VARIANTS": [kept, demolished], "DATES": "2026-03-21", "OUTPUT": table})
    rows = {r[0]: r[1:] for r in _rows(table, "SELECT variant, sun_points_0321, n_buildings_aoi, sun_points_0321_delta FROM variant_comparison")}
    base_points = rows["Existing city (city)"][0]
    assert rows["Ohne Abriss"][0] == base_points > 0
    house_points = base_points - rows["Mit Abriss"][0]
    assert 0 < house_points < base_points  # Haus 0's façade points are gone, the other houses' remain
    assert rows["Mit Abriss"][2] == -house_points


def test_a_variant_is_published_to_the_catalogue_and_fetched_back(run_alg, tmp_path, city_and_plan, monkeypatch):
    from qgis.core import QgsVectorLayer

    from urban_twin.core.catalogue.local import LocalCatalogue
    from urban_twin.core.provenance import read_from_metadata

    monkeypatch.setenv("URBANTWIN_CATALOGUE_DIR", str(tmp_path / "katalog"))
    city, planned, _ids = city_and_plan
    variant = str(tmp_path / "variante.gpkg")
    run_alg("urbantwin:composevariant", {"CITY": city, "PLANNED": [planned], "NAME": "Variante Katalog", "OUTPUT": variant})
    layer = QgsVectorLayer(variant + "|layername=buildings", "Variante Katalog", "ogr")
    assert read_from_metadata(layer.metadata())["variant"] == "Variante Katalog"  # the file describes itself
    result = run_alg("urbantwin:publish", {"INPUT": layer, "TITLE": "Variante Katalog", "LICENSE": 0})
    record = LocalCatalogue(str(tmp_path / "katalog")).get(result["RECORD_ID"])
    assert record["properties"]["title"] == "Variante Katalog"
    fetched = str(tmp_path / "geholt.gpkg")
    run_alg("urbantwin:fetch", {"RECORD_ID": result["RECORD_ID"], "OUTPUT": fetched})
    back = QgsVectorLayer(fetched + "|layername=result", "x", "ogr")
    statuses = sorted(f["status"] for f in back.getFeatures())
    assert statuses == ["Bestand"] * 4 + ["geplant"]
