"""The variant comparison counts the participation per variant: by the platform's variant field, or by location
(within the radius of each variant's planned buildings) — counts checked against the contributions written here."""

import pytest
from osgeo import ogr
from pyproj import Transformer

from .conftest import write_geojson

TO_WGS84 = Transformer.from_crs("EPSG:25832", "EPSG:4326", always_xy=True)
X0, Y0 = 403700.0, 5756800.0


def square(x0, y0, size):
    return "POLYGON(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(x0, y0, x0 + size, y0 + size)


@pytest.fixture(scope="module")
def scenarios(urbantwin_provider, tmp_path_factory):
    import processing
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer

    from urban_twin.core.fieldtypes import FieldType

    folder = tmp_path_factory.mktemp("variant_participation")

    def footprints(rows):
        layer = QgsVectorLayer("Polygon?crs=EPSG:25832", "f", "memory")
        layer.dataProvider().addAttributes([QgsField("storeys", FieldType.INT), QgsField("name", FieldType.STRING)])
        layer.updateFields()
        for wkt, storeys, name in rows:
            feature = QgsFeature(layer.fields())
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
            feature.setAttributes([storeys, name])
            layer.dataProvider().addFeature(feature)
        return layer

    base = str(folder / "bestand.gpkg")
    processing.run("urbantwin:massing", {"INPUT": footprints([(square(X0, Y0, 12), 2, "Altbau")]), "TERRAIN_HEIGHT": 50.0, "OUTPUT": base})
    dataset = ogr.Open(base, 1)
    for name in ("buildings", "footprints"):
        dataset.ExecuteSQL("UPDATE {} SET status = 'Bestand'".format(name))
    dataset = None
    paths = {}
    for name, x in (("Variante A", X0 + 60), ("Variante B", X0 + 400)):
        planned = str(folder / (name[-1] + "_planned.gpkg"))
        processing.run("urbantwin:massing", {"INPUT": footprints([(square(x, Y0, 15), 3, name)]), "TERRAIN_HEIGHT": 50.0, "OUTPUT": planned})
        paths[name] = str(folder / (name[-1] + ".gpkg"))
        processing.run("urbantwin:composevariant", {"CITY": base, "PLANNED": [planned], "NAME": name, "OUTPUT": paths[name]})
    return dict(base=base, variants=paths, folder=folder)


def contributions(folder, rows, with_field):
    import processing

    features = []
    for i, (x, y, variant, votes) in enumerate(rows):
        lon, lat = TO_WGS84.transform(x, y)
        properties = {"text": "Beitrag {}".format(i), "votes": votes}
        if with_field:
            properties["variante"] = variant
        features.append({"type": "Feature", "properties": properties, "geometry": {"type": "Point", "coordinates": [lon, lat]}})
    source = write_geojson(folder / "c{}.geojson".format(int(with_field)), features)
    output = str(folder / "c{}.gpkg".format(int(with_field)))
    processing.run("urbantwin:importparticipation", {"INPUT": source, "OUTPUT": output})
    if with_field:  # the import keeps only mapped fields; the platform's variant tag is added back as a layer field here
        dataset = ogr.Open(output, 1)
        dataset.ExecuteSQL("ALTER TABLE contributions ADD COLUMN variante TEXT")
        for i, (_x, _y, variant, _votes) in enumerate(rows):
            dataset.ExecuteSQL("UPDATE contributions SET variante = '{}' WHERE source_id = '{}'".format(variant, i))
        dataset = None
    return output


def compare(scenarios, participation, name):
    import processing

    output = str(scenarios["folder"] / name)
    processing.run("urbantwin:comparevariants", {"BASE": [scenarios["base"]], "VARIANTS": list(scenarios["variants"].values()),
                                                 "DATES": "2026-03-21", "STEP_MINUTES": 60, "FACADE_SPACING": 10.0, "RADIUS": 50.0,
                                                 "PARTICIPATION": participation, "OUTPUT": output})
    dataset = ogr.Open(output)
    layer = dataset.GetLayer(0)
    return {f.GetField("variant"): (f.GetField("contributions"), f.GetField("contribution_votes"), f.GetField("contributions_delta"))
            for f in layer}


def test_counts_by_the_platforms_variant_field(scenarios):
    rows = [(X0 + 1000, Y0, "Variante A", 3), (X0, Y0 + 900, "variante a", 1), (X0, Y0, "Variante B", 5), (X0, Y0, "", 2)]
    table = compare(scenarios, contributions(scenarios["folder"], rows, True), "by_field.gpkg")
    assert table["Variante A"][:2] == (2, 4)  # names matched without regard to case; location does not matter here
    assert table["Variante B"][:2] == (1, 5)
    base_name = [n for n in table if n not in ("Variante A", "Variante B")][0]
    assert table[base_name][:2] == (0, 0) and table["Variante A"][2] == 2


def test_counts_by_location_near_the_planned_buildings(scenarios):
    rows = [(X0 + 67, Y0 + 7, None, 4), (X0 + 60 + 15 + 40, Y0 + 7, None, 1), (X0 + 60 + 15 + 70, Y0 + 7, None, 9),
            (X0 + 407, Y0 + 30, None, 2), (X0 + 5, Y0 + 5, None, 6)]
    table = compare(scenarios, contributions(scenarios["folder"], rows, False), "by_location.gpkg")
    # within 50 m of A's 15 m square at x0+60: the point on it and the one 40 m east of it; 70 m east is outside
    assert table["Variante A"][:2] == (2, 5)
    assert table["Variante B"][:2] == (1, 2)
