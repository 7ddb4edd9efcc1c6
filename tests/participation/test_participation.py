"""Participation: import from GeoJSON, CSV, a real OGC API – Features server and a layer; personal data minimised;
summary per area with counts, categories, votes, keywords and top contributions computed independently here."""

import hashlib
import hmac
import json
import math

import pytest
from osgeo import ogr
from pyproj import Transformer

from .conftest import write_geojson

TO_WGS84 = Transformer.from_crs("EPSG:25832", "EPSG:4326", always_xy=True)
# two 100 m squares side by side in EPSG:25832 (area A west of x=500100, area B east of it)
X0, Y0 = 500000.0, 5700000.0
AREAS = {"A": (X0, Y0, X0 + 100, Y0 + 100), "B": (X0 + 100, Y0, X0 + 200, Y0 + 100)}
CONTRIBUTIONS = [  # x, y (EPSG:25832), text, category, votes, author
    (X0 + 10, Y0 + 10, "Der Radweg ist gefährlich", "Verkehr", 12, "Erika Mustermann"),
    (X0 + 20, Y0 + 30, "Mehr Radwege bitte", "Verkehr", 3, "Max Muster"),
    (X0 + 50, Y0 + 50, "Zu wenige Radwegen und Bäume", "Grün", 7, "Erika Mustermann"),
    (X0 + 150, Y0 + 50, "Spielplatz fehlt", "Soziales", 1, None),
    (X0 + 170, Y0 + 80, "Der Spielplatz sollte größer sein", "Soziales", 9, "Anna Beispiel"),
    (X0 + 95, Y0 + 60, "Parkplätze fehlen", "Verkehr", 2, "Max Muster"),
    (X0 + 500, Y0 + 500, "Weit weg", "Sonstiges", 0, None),  # outside every area
]


def feature(index, x, y, text, category, votes, author, geometry=None):
    lon, lat = TO_WGS84.transform(x, y)
    properties = {"beitrag": text, "kategorie": category, "datum": "0{}.03.2026".format(1 + index), "likes": votes,
                  "autor": author, "email": "person{}@example.org".format(index)}
    return {"type": "Feature", "id": "c{}".format(index), "properties": properties,
            "geometry": geometry or {"type": "Point", "coordinates": [lon, lat]}}


def contributions_geojson(path):
    features = [feature(i, *c) for i, c in enumerate(CONTRIBUTIONS)]
    return write_geojson(path, features)


def read(path, layer=None):
    source = ogr.Open(path)
    lyr = source.GetLayerByName(layer) if layer else source.GetLayer(0)
    rows = [{lyr.GetLayerDefn().GetFieldDefn(i).GetName(): f.GetField(i) for i in range(f.GetFieldCount())} for f in lyr]
    return rows


def expected_pseudonym(name):
    from qgis.core import QgsSettings

    salt = QgsSettings().value("urban_twin/participation/salt")
    return "p-" + hmac.new(salt.encode(), name.lower().encode(), hashlib.sha256).hexdigest()[:12]


def test_geojson_import_maps_fields_and_minimises_personal_data(urbantwin_provider, tmp_path):
    import processing

    source = contributions_geojson(tmp_path / "dipas.geojson")
    output = str(tmp_path / "contributions.gpkg")
    result = processing.run("urbantwin:importparticipation", {"INPUT": source, "TEXT_FIELD": "beitrag", "CATEGORY_FIELD": "kategorie",
                                                              "DATE_FIELD": "datum", "VOTES_FIELD": "likes", "AUTHOR_FIELD": "autor",
                                                              "OUTPUT": output})
    assert result["CONTRIBUTIONS"] == len(CONTRIBUTIONS) and result["WITHOUT_LOCATION"] == 0
    rows = read(output)
    assert [r["text"] for r in rows] == [c[2] for c in CONTRIBUTIONS]
    assert [r["votes"] for r in rows] == [c[4] for c in CONTRIBUTIONS]
    assert rows[0]["date"] == "2026-03-01" and rows[0]["category"] == "Verkehr"
    assert rows[0]["author_pseudonym"] == rows[2]["author_pseudonym"] == expected_pseudonym("Erika Mustermann")
    assert rows[1]["author_pseudonym"] != rows[0]["author_pseudonym"] and rows[3]["author_pseudonym"] is None
    assert "email" not in rows[0] and "autor" not in rows[0]
    blob = open(output, "rb").read()
    for private in (b"Mustermann", b"example.org", b"Anna Beispiel"):
        assert private not in blob
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(output, "c", "ogr")
    assert "DSGVO" in layer.metadata().abstract() or "personal data" in layer.metadata().abstract().lower()
    dropped = str(tmp_path / "dropped.gpkg")
    processing.run("urbantwin:importparticipation", {"INPUT": source, "TEXT_FIELD": "beitrag", "AUTHOR_FIELD": "autor",
                                                     "AUTHOR_HANDLING": 1, "OUTPUT": dropped})
    assert {r["author_pseudonym"] for r in read(dropped)} == {None}


def test_fields_are_guessed_and_an_unknown_field_is_an_error(urbantwin_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    features = [{"type": "Feature", "properties": {"text": "Radweg", "category": "Verkehr", "votes": 4},
                 "geometry": {"type": "LineString", "coordinates": [[8.0, 51.0], [8.001, 51.0]]}}]
    source = write_geojson(tmp_path / "consul.geojson", features)
    output = str(tmp_path / "out.gpkg")
    processing.run("urbantwin:importparticipation", {"INPUT": source, "OUTPUT": output})
    (row,) = read(output)
    assert (row["text"], row["category"], row["votes"], row["source_geometry"]) == ("Radweg", "Verkehr", 4, "LineString")
    with pytest.raises(QgsProcessingException, match="nicht_da"):
        processing.run("urbantwin:importparticipation", {"INPUT": source, "TEXT_FIELD": "nicht_da", "OUTPUT": str(tmp_path / "x.gpkg")})
    assert not (tmp_path / "x.gpkg").exists()


def test_csv_export_with_lon_lat(urbantwin_provider, tmp_path):
    import processing

    csv_path = tmp_path / "decidim.csv"
    lines = ["id;body;category;lon;lat;endorsements_count"]
    for i, (x, y, text, category, votes, _author) in enumerate(CONTRIBUTIONS):
        lon, lat = TO_WGS84.transform(x, y)
        lines.append("{};{};{};{:.8f};{:.8f};{}".format(i, text, category, lon, lat, votes))
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = str(tmp_path / "csv.gpkg")
    result = processing.run("urbantwin:importparticipation", {"INPUT": str(csv_path), "OUTPUT": output})
    assert result["CONTRIBUTIONS"] == len(CONTRIBUTIONS) and result["WITHOUT_LOCATION"] == 0
    assert [r["votes"] for r in read(output)] == [c[4] for c in CONTRIBUTIONS]


@pytest.mark.integration
def test_ogc_api_features_collection_with_paging(urbantwin_provider, features_server, tmp_path):
    """DIPAS-style: contributions from a real pygeoapi on 127.0.0.1, 230 features over three pages of 100."""
    import processing

    features = [feature(i, X0 + (i % 20) * 5, Y0 + (i // 20) * 5, "Beitrag {}".format(i), "Verkehr", i % 7, "Person {}".format(i % 9))
                for i in range(230)]
    server = features_server(features)
    output = str(tmp_path / "oapif.gpkg")
    result = processing.run("urbantwin:importparticipation", {"INPUT": server.base + "/collections/contributions",
                                                              "TEXT_FIELD": "beitrag", "VOTES_FIELD": "likes", "AUTHOR_FIELD": "autor",
                                                              "OUTPUT": output})
    rows = read(output)
    assert result["CONTRIBUTIONS"] == len(rows) == 230
    assert sorted(r["votes"] for r in rows) == sorted(i % 7 for i in range(230))
    assert len({r["author_pseudonym"] for r in rows}) == 9


def _areas_layer(tmp_path):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsField,
        QgsGeometry,
        QgsRectangle,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )

    from urban_twin.core.fieldtypes import FieldType

    layer = QgsVectorLayer("Polygon?crs=EPSG:25832", "areas", "memory")
    layer.dataProvider().addAttributes([QgsField("name", FieldType.STRING)])
    layer.updateFields()
    for name, (xmin, ymin, xmax, ymax) in AREAS.items():
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(xmin, ymin, xmax, ymax)))
        f["name"] = name
        layer.dataProvider().addFeature(f)
    path = str(tmp_path / "areas.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsCoordinateTransformContext(), options)
    assert QgsCoordinateReferenceSystem("EPSG:25832").isValid()
    return path


def test_summary_per_area_equals_hand_counts(urbantwin_provider, tmp_path):
    import processing

    contributions = str(tmp_path / "contributions.gpkg")
    processing.run("urbantwin:importparticipation", {"INPUT": contributions_geojson(tmp_path / "d.geojson"), "TEXT_FIELD": "beitrag",
                                                     "CATEGORY_FIELD": "kategorie", "VOTES_FIELD": "likes", "OUTPUT": contributions})
    output, hotspots = str(tmp_path / "summary.gpkg"), str(tmp_path / "hotspots.gpkg")
    result = processing.run("urbantwin:participationsummary", {"INPUT": contributions, "AREAS": _areas_layer(tmp_path),
                                                               "AREA_NAME_FIELD": "name", "TOP_N": 2, "HEX_SIZE": 25.0,
                                                               "OUTPUT": output, "OUTPUT_HOTSPOTS": hotspots})
    rows = {r["area_name"]: r for r in read(output)}

    def inside(name, x, y):
        xmin, ymin, xmax, ymax = AREAS[name]
        return xmin <= x <= xmax and ymin <= y <= ymax

    for name in AREAS:
        members = [c for c in CONTRIBUTIONS if inside(name, c[0], c[1])]
        assert rows[name]["contributions"] == len(members), name
        assert rows[name]["votes"] == sum(c[4] for c in members)
        categories = {}
        for c in members:
            categories[c[3]] = categories.get(c[3], 0) + 1
        assert json.loads(rows[name]["categories"]) == categories
        top = json.loads(rows[name]["top"])
        assert [t["votes"] for t in top] == sorted((c[4] for c in members), reverse=True)[:2]
    assert result["OUTSIDE"] == sum(1 for c in CONTRIBUTIONS if not any(inside(n, c[0], c[1]) for n in AREAS)) == 1
    keywords_a = json.loads(rows["A"]["keywords"])
    assert keywords_a["radweg"] == 3  # Radweg / Radwege / Radwegen folded; stop words (der, ist, mehr, zu) dropped
    assert not {"der", "ist", "bitte", "und"} & set(keywords_a)
    assert json.loads(rows["B"]["keywords"])["spielplatz"] == 2
    cells = read(hotspots)
    assert sum(c["contributions"] for c in cells) == len(CONTRIBUTIONS)


def test_a_contribution_on_a_shared_border_counts_for_both_areas():
    from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle

    from urban_twin.core.participation.summary import Area, summarise

    areas = [Area(n, QgsGeometry.fromRect(QgsRectangle(*box))) for n, box in AREAS.items()]
    border = QgsGeometry.fromPointXY(QgsPointXY(X0 + 100, Y0 + 60))
    rows, outside = summarise(areas, [(border, {"text": "Grenze", "votes": 2})])
    assert [r["contributions"] for r in rows] == [1, 1] and outside == 0


def test_hexagon_bins_hold_their_points():
    from qgis.core import QgsGeometry, QgsPointXY

    from urban_twin.core.participation.summary import hexagon_bins

    points = [(x * 13.7, y * 9.1) for x in range(-10, 10) for y in range(-8, 8)]
    size = 20.0
    bins = hexagon_bins(points, size)
    assert sum(count for _g, count, _v in bins) == len(points)
    for hexagon, _count, _votes in bins:
        assert hexagon.area() == pytest.approx(3 * math.sqrt(3) / 2 * size ** 2, rel=1e-9)
    for x, y in points:
        holding = [g for g, _c, _v in bins if g.intersects(QgsGeometry.fromPointXY(QgsPointXY(x, y)))]
        assert 1 <= len(holding) <= 3  # inside one hexagon (or on a shared edge/corner)


def test_participation_package_is_self_contained_and_keeps_every_object(urbantwin_provider, musterquartier, tmp_path):
    """The page makes no request (CSP default-src 'none', no external src/href/fetch), embeds every object, and its
    WGS 84 coordinates equal an independent pyproj transformation of the source footprints."""
    import re

    import processing
    from osgeo import ogr as _ogr

    city = str(tmp_path / "city.gpkg")
    processing.run("urbantwin:importcitymodel", {"INPUT": [musterquartier["citygml"]], "OUTPUT": city})
    contributions = str(tmp_path / "c.gpkg")
    processing.run("urbantwin:importparticipation", {"INPUT": contributions_geojson(tmp_path / "d.geojson"), "TEXT_FIELD": "beitrag",
                                                     "OUTPUT": contributions})
    folder = tmp_path / "paket"
    result = processing.run("urbantwin:participationpackage", {"TITLE": "Musterquartier <Entwurf>", "BUILDINGS": city + "|layername=footprints",
                                                               "CONTRIBUTIONS": contributions, "OUTPUT_FOLDER": str(folder)})
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert "default-src 'none'" in page and "&lt;Entwurf&gt;" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:|fetch\(|XMLHttpRequest|@import|url\(\s*["']?https?:""", page, re.I)
    city_source = _ogr.Open(city)  # keep the data source alive while its layer is used
    footprints = city_source.GetLayerByName("footprints")
    n_buildings = footprints.GetFeatureCount()
    assert result["FEATURES"] == n_buildings + len(CONTRIBUTIONS)
    data = json.loads(re.search(r'<script type="application/json" id="layers">(.*?)</script>', page, re.S).group(1))
    assert {layer["key"]: len(layer["data"]["features"]) for layer in data} == {"buildings": n_buildings, "contributions": len(CONTRIBUTIONS)}
    footprints.ResetReading()
    first = footprints.GetNextFeature()
    x, y = first.GetGeometryRef().GetGeometryRef(0).GetGeometryRef(0).GetPoint_2D(0)
    lon, lat = TO_WGS84.transform(x, y)
    coordinates = json.loads((folder / "buildings.geojson").read_text(encoding="utf-8"))["features"][0]["geometry"]["coordinates"]
    flat = [p for polygon in (coordinates if isinstance(coordinates[0][0][0], list) else [coordinates]) for ring in polygon for p in ring]
    assert min(math.hypot(p[0] - lon, p[1] - lat) for p in flat) < 1e-6  # < 0.1 m


def test_participation_page_renders_every_object_in_a_real_browser(urbantwin_provider, tmp_path):
    """Headless Chromium (Debian package, make deps) opens the page from a file with networking disabled; the script
    draws one SVG element per object and records the count in the DOM."""
    import re
    import shutil
    import subprocess

    import processing

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.fail("chromium is missing: make deps installs it")
    contributions = str(tmp_path / "c.gpkg")
    processing.run("urbantwin:importparticipation", {"INPUT": contributions_geojson(tmp_path / "d.geojson"), "TEXT_FIELD": "beitrag",
                                                     "OUTPUT": contributions})
    folder = tmp_path / "paket"
    processing.run("urbantwin:participationpackage", {"TITLE": "Test", "PLAN": _areas_layer(tmp_path), "CONTRIBUTIONS": contributions,
                                                      "OUTPUT_FOLDER": str(folder)})
    result = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync",
                             "--user-data-dir={}".format(tmp_path / "chromium"), "--dump-dom", (folder / "index.html").as_uri()],
                            capture_output=True, text=True, timeout=120)
    drawn = re.search(r'data-drawn="(\d+)"', result.stdout)
    assert drawn, result.stdout[-2000:] + result.stderr[-2000:]
    assert int(drawn.group(1)) == len(AREAS) + len(CONTRIBUTIONS)
    assert "Planflächen" in result.stdout or "Plan areas" in result.stdout
