"""The council map template "Starkregen-/Hitzevorsorge" through urbantwin:councilmap (TEMPLATE_FILE)."""

import os
import shutil
import subprocess
import unicodedata

import pytest

from urban_twin.core.climate.council_template import CAVEAT, TEMPLATE_PATH, TITLE


def test_template_has_the_contract_ids_and_the_caveat(qgis_app):
    from qgis.core import QgsPrintLayout, QgsProject, QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    from urban_twin.core.layout.template_builder import ITEM_IDS

    document = QDomDocument()
    with open(TEMPLATE_PATH, encoding="utf-8") as handle:
        assert document.setContent(handle.read())
    layout = QgsPrintLayout(QgsProject.instance())
    layout.loadFromTemplate(document, QgsReadWriteContext())
    ids = {item.id() for item in layout.items() if hasattr(item, "id")}
    assert set(ITEM_IDS) <= ids and "caveat" in ids
    assert layout.itemById("caveat").text() == CAVEAT
    assert layout.itemById("title").text() == TITLE


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) reads the PDF back")
def test_council_map_per_district_with_affected_buildings(mq_city, run_alg, tmp_path):
    generated, city = mq_city
    rain = run_alg("urbantwin:heavyrain", {
        "DEM": generated["dem"], "BUILDINGS": city + "|layername=footprints", "DISTRICTS": generated["districts"],
        "OUTPUT_SINKS": str(tmp_path / "sinks.gpkg"), "OUTPUT_FLOWPATHS": str(tmp_path / "paths.gpkg"),
        "OUTPUT_BUILDINGS": str(tmp_path / "buildings.gpkg"), "OUTPUT_DISTRICTS": str(tmp_path / "districts.gpkg")})
    pdf = str(tmp_path / "starkregen.pdf")
    result = run_alg("urbantwin:councilmap", {
        "LAYERS": [rain["OUTPUT_BUILDINGS"], rain["OUTPUT_FLOWPATHS"], rain["OUTPUT_SINKS"], city + "|layername=footprints"],
        "COVERAGE": generated["districts"], "PAGE_NAME_FIELD": "name", "TEMPLATE_FILE": TEMPLATE_PATH,
        "TITLE": TITLE, "FIGURES": rain["OUTPUT_DISTRICTS"], "OUTPUT": pdf})
    assert result["PAGES"] == len(generated["quartiere"])
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, timeout=60).stdout
    assert "Starkregen-/Hitzevorsorge" in text
    words = " ".join(unicodedata.normalize("NFKC", text).split())  # PDF text has ligatures (ﬂ)
    assert "kein Überflutungsmodell" in words
    assert os.path.getsize(pdf) > 10000
