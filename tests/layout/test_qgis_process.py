"""urbantwin:councilmap through qgis_process (what batch users and `make demo` run).

qgis_process 3.22 can abort while exiting after a layout export (rc 134/139) although the PDF is
complete (qgis/QGIS #51383 family); the test therefore judges the written file, and accepts only
those two crash codes besides 0.
"""

import json

import pytest

EXIT_CRASH_AFTER_EXPORT = (134, 139, -6, -11)


@pytest.mark.integration
def test_qgis_process_writes_the_atlas_pdf(council_gpkg, qgis_process, pdf_tools, tmp_path):
    output = str(tmp_path / "cli_atlas.pdf")
    districts = council_gpkg + "|layername=districts"
    completed = qgis_process(
        "run", "urbantwin:councilmap", "--json", "--",
        "LAYERS=" + districts, "LAYERS=" + council_gpkg + "|layername=buildings",
        "COVERAGE=" + districts, "PAGE_NAME_FIELD=name", "TEMPLATE=3", "TITLE=Quartiersatlas CLI",
        "FIGURES=" + districts, "OUTPUT=" + output,
        timeout=300,
    )
    assert completed.returncode == 0 or completed.returncode in EXIT_CRASH_AFTER_EXPORT, completed.stderr[-2000:]
    text = completed.stdout
    results = json.loads(text[text.index("{"):])["results"]
    assert results["OUTPUT"] == output and int(results["PAGES"]) == 3
    info = pdf_tools.info(output)
    assert info["Pages"] == "3" and "1191 x 842" in info["Page size"]
    flat = " ".join(pdf_tools.text(output).split())
    assert flat.count("Quartiersatlas CLI") == 3 and "dl-de/by-2-0" in flat
