"""Parcels and districts GeoPackages: fields, tiling, one building per parcel, plausible population."""

from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayer, QgsWkbTypes


def _layer(path, name):
    layer = QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
    assert layer.isValid(), path
    return layer


def _ground_geometry(ring):
    return QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y, _ in ring] + [QgsPointXY(ring[0][0], ring[0][1])]])


def test_parcels_tile_the_plan_and_hold_one_building_each(musterquartier, citymodel, helpers):
    _, buildings = citymodel
    layer = _layer(musterquartier["parcels"], "flurstuecke")
    assert layer.crs().authid() == "EPSG:25832"
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    names = layer.fields().names()
    assert "flurstueckskennzeichen" in names
    parcels = [(f["flurstueckskennzeichen"], f.geometry()) for f in layer.getFeatures()]
    ids = [p[0] for p in parcels]
    assert len(set(ids)) == len(ids) == musterquartier["parcel_count"]
    assert all(len(i) == 20 and i.startswith("05") for i in ids)  # AdV Flurstückskennzeichen
    total = sum(g.area() for _, g in parcels)
    geltungsbereich = QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in musterquartier["geltungsbereich"]]])
    assert abs(geltungsbereich.area() - musterquartier["geltungsbereich_area"]) < 0.01
    assert abs(total - geltungsbereich.area()) < 0.01  # parcels (incl. the street parcel) tile the plan area
    union = QgsGeometry.unaryUnion([g for _, g in parcels])
    assert abs(union.area() - total) < 0.01  # without overlaps
    assert geltungsbereich.symDifference(union).area() < 0.01  # and exactly over the plan area
    occupied = {}
    for b in buildings:
        for record in [b] + b["parts"]:
            for ring in helpers.ground_rings(record):
                ground = _ground_geometry(ring)
                hosts = [pid for pid, g in parcels if g.contains(ground)]
                assert len(hosts) == 1, record["id"]
                occupied.setdefault(hosts[0], set()).add(b["id"])
    assert all(len(v) == 1 for v in occupied.values())  # each building on its own parcel
    assert len(occupied) == len(buildings)


def test_districts_have_names_and_population(musterquartier, citymodel, helpers):
    _, buildings = citymodel
    layer = _layer(musterquartier["districts"], "quartiere")
    features = list(layer.getFeatures())
    assert 3 <= len(features) <= 5
    assert {"name", "einwohner"} <= set(layer.fields().names())
    names = [f["name"] for f in features]
    assert len(set(names)) == len(names) and all(n for n in names)
    populations = [f["einwohner"] for f in features]
    assert all(isinstance(p, int) and p > 0 for p in populations)
    residential = sum(1 for b in buildings if b["function"] in ("31001_1000", "31001_1010"))
    assert 1.5 * residential < sum(populations) < 6 * residential  # a few residents per house
    assert [dict(name=n, einwohner=p) for n, p in zip(names, populations)] == musterquartier["quartiere"]
    # every building lies in exactly one district
    for b in buildings:
        ring = helpers.ground_rings(b)[0]
        centre = QgsGeometry.fromPointXY(QgsPointXY(sum(p[0] for p in ring) / 4, sum(p[1] for p in ring) / 4))
        assert sum(1 for f in features if f.geometry().contains(centre)) == 1
