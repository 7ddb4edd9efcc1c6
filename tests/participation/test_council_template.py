"""The council map "Beteiligungsergebnisse": urbantwin:councilmap with the participation template, one page per area,
each page showing that area's most supported contributions (read back from the PDF per page)."""

import json
import subprocess

from pyproj import Transformer

from urban_twin.core.participation.council_template import TEMPLATE_PATH, TITLE, TOP_HEADING

from .conftest import write_geojson

TO_WGS84 = Transformer.from_crs("EPSG:25832", "EPSG:4326", always_xy=True)


def test_template_has_the_contract_ids_and_the_top_box(qgis_app):
    from qgis.core import QgsPrintLayout, QgsProject, QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    from urban_twin.core.layout.template_builder import ITEM_IDS

    document = QDomDocument()
    with open(TEMPLATE_PATH, encoding="utf-8") as handle:
        assert document.setContent(handle.read())
    layout = QgsPrintLayout(QgsProject.instance())
    layout.loadFromTemplate(document, QgsReadWriteContext())
    assert set(ITEM_IDS) <= {item.id() for item in layout.items() if hasattr(item, "id")}
    assert layout.itemById("title").text() == TITLE and "from_json(\"top\")" in layout.itemById("top_contributions").text()


def test_one_page_per_area_with_its_own_top_contributions(urbantwin_provider, run_alg, musterquartier, tmp_path):
    from osgeo import ogr

    districts = ogr.Open(musterquartier["districts"])
    layer = districts.GetLayer(0)
    features = []
    for number, district in enumerate(layer):
        centre = district.GetGeometryRef().PointOnSurface()
        lon, lat = TO_WGS84.transform(centre.GetX(), centre.GetY())
        name = district.GetField("name")
        for votes in (3, 40 + number):
            features.append({"type": "Feature", "properties": {"text": "Wunsch im {} mit {} Stimmen".format(name, votes),
                                                               "category": "Grün", "votes": votes},
                             "geometry": {"type": "Point", "coordinates": [lon, lat]}})
    contributions = str(tmp_path / "c.gpkg")
    run_alg("urbantwin:importparticipation", {"INPUT": write_geojson(tmp_path / "c.geojson", features), "OUTPUT": contributions})
    summary = str(tmp_path / "areas.gpkg")
    run_alg("urbantwin:participationsummary", {"INPUT": contributions, "AREAS": musterquartier["districts"] + "|layername=quartiere",
                                               "AREA_NAME_FIELD": "name", "TOP_N": 1, "OUTPUT": summary})
    pdf = str(tmp_path / "beteiligung.pdf")
    result = run_alg("urbantwin:councilmap", {"LAYERS": [contributions, summary], "COVERAGE": summary, "PAGE_NAME_FIELD": "area_name",
                                              "TEMPLATE_FILE": TEMPLATE_PATH, "TITLE": TITLE, "FIGURES": summary, "OUTPUT": pdf})
    summary_source = ogr.Open(summary)  # kept alive while its layer is read
    rows = summary_source.GetLayer(0)
    expected = {f.GetField("area_name"): json.loads(f.GetField("top"))[0]["text"] for f in rows}
    assert result["PAGES"] == len(expected) == len(musterquartier["quartiere"])
    seen = {}
    for page in range(1, result["PAGES"] + 1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", pdf, "-"], capture_output=True,
                              text=True, timeout=60).stdout
        words = " ".join(text.split())
        assert TITLE in words and TOP_HEADING in words
        for name, top in expected.items():
            if top in words:
                seen[name] = page
    assert set(seen) == set(expected)  # every area's own best contribution (the one with 40+ votes) is on a page
    assert len(set(seen.values())) == len(expected)  # … each on its own page
