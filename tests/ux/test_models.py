"""Item 10: the shipped models (toolbox: Urban Twin → Modelle) run end to end with qgis_process on the
Musterquartier and leave a council sheet PDF with all rows."""

import os
import shutil
import subprocess

TILES_MODEL = "urbantwin:Kachelordner → Gebäude → Solarkataster → Ratsvorlage"
PLAN_MODEL = "urbantwin:Bebauungsplan prüfen: Plan + Gebäude + Flurstücke → Prüfung → Ratsvorlage"


def _pdf(path):
    pages = int([line.split()[-1] for line in subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True)
                 .stdout.splitlines() if line.startswith("Pages:")][0])
    return pages, " ".join(subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout.split())


def test_models_are_in_the_toolbox_group_modelle(urbantwin_provider):
    from qgis.core import QgsApplication, QgsProcessingModelAlgorithm

    models = [a for a in QgsApplication.processingRegistry().algorithms()
              if a.provider().id() == "urbantwin" and isinstance(a, QgsProcessingModelAlgorithm)]
    assert sorted(a.id() for a in models) == sorted([PLAN_MODEL, TILES_MODEL])
    assert all(a.group() == "Modelle" for a in models)
    plan_model = QgsApplication.processingRegistry().algorithmById(PLAN_MODEL)
    assert {d.name() for d in plan_model.destinationParameterDefinitions()} == {"check:Prüfung je Planfläche oder Flurstück",
                                                                                  "sheet:Ratsvorlage (PDF)"}


def test_plan_check_model_end_to_end(qgis_process, imported_quarter, tmp_path):
    from osgeo import ogr

    pdf = str(tmp_path / "ratsvorlage.pdf")
    check = str(tmp_path / "pruefung.gpkg")
    result = qgis_process("run", PLAN_MODEL, "--",
                          "PLAN={}|layername=bp_baugebietsteilflaeche".format(imported_quarter["xplan"]),
                          "BUILDINGS={}|layername=buildings".format(imported_quarter["citymodel"]),
                          "PARCELS={}|layername=flurstuecke".format(imported_quarter["parcels"]),
                          "TITLE=Bebauungsplan Nr. 42", "check:Prüfung je Planfläche oder Flurstück=" + check,
                          "sheet:Ratsvorlage (PDF)=" + pdf, env={"URBANTWIN_LOCALE": "de_DE"})
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    dataset = ogr.Open(check)
    rows = [f.GetField("parcel_id") for f in dataset.GetLayer(0)]
    parcel_file = ogr.Open(imported_quarter["parcels"])  # kept open: the layer belongs to it
    parcels = parcel_file.GetLayer(0).GetFeatureCount()
    assert 0 < len(rows) <= parcels
    pages, text = _pdf(pdf)
    assert pages >= 2 and "Anlage: Kennzahlen, Seite {} von {}".format(pages, pages) in text
    assert "Bebauungsplan Nr. 42" in text and all(row in text for row in rows)  # every parcel row is printed


def test_tile_folder_model_end_to_end(qgis_process, musterquartier, tmp_path):
    from osgeo import ogr

    tiles = tmp_path / "kacheln"
    tiles.mkdir()
    shutil.copyfile(musterquartier["citygml"], tiles / "LoD2_32_356_5702.gml")
    pdf = str(tmp_path / "solar.pdf")
    buildings = str(tmp_path / "solar_gebaeude.gpkg")
    result = qgis_process("run", TILES_MODEL, "--", "TILES=" + str(tiles), "TITLE=Solarkataster Musterquartier",
                          "solar:Solarkataster (Dachflächen)=" + str(tmp_path / "solar.gpkg"),
                          "solar:Solarkataster (Gebäude)=" + buildings, "sheet:Ratsvorlage (PDF)=" + pdf,
                          env={"URBANTWIN_LOCALE": "de_DE"})
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert os.path.exists(tiles / "stadtmodell.urbantwin.gpkg")  # the city model beside the tiles
    building_file = ogr.Open(buildings)
    per_building = building_file.GetLayer(0).GetFeatureCount()
    assert per_building == musterquartier["buildings"]
    pages, text = _pdf(pdf)
    assert "Solarkataster Musterquartier" in text and pages >= 2
    assert "Kennzahlen ({} Zeilen, s. Anlage)".format(per_building) in text
