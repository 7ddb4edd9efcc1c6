"""Item 5: a council sheet the council accepts — identified rows, every row (annex pages), German headers,
the municipality's name and logo, sources in words, a map that fills its frame, context in the overview,
a colour-blind-safe "überschritten", German numbers whatever the system locale. Read back with pdftotext."""

import re
import subprocess

import pytest


def _pdf_text(path, first=None, last=None):
    args = ["pdftotext", "-layout"]
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run(args + [path, "-"], capture_output=True, text=True, check=True).stdout


def _pdf_pages(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int([line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")][0])


@pytest.fixture()
def checked_quarter(imported_quarter, urbantwin_provider, qgis_new_project, tmp_path):
    """The Bebauungsplan-Check of the Musterquartier per parcel, as the toolbox would leave it."""
    import processing
    from qgis.core import QgsProject, QgsVectorLayer

    output = str(tmp_path / "pruefung.gpkg")
    processing.run("urbantwin:plancompliance", {
        "BUILDINGS": imported_quarter["citymodel"] + "|layername=buildings",
        "PLAN": imported_quarter["xplan"] + "|layername=bp_baugebietsteilflaeche",
        "PARCELS": imported_quarter["parcels"] + "|layername=flurstuecke", "OUTPUT": output})
    result = QgsVectorLayer(output + "|layername=plan_compliance", "Prüfung", "ogr")
    districts = QgsVectorLayer(imported_quarter["districts"] + "|layername=quartiere", "Quartiere", "ogr")
    assert result.isValid() and districts.isValid() and result.featureCount() > 20
    QgsProject.instance().addMapLayers([result, districts])
    return result, districts


@pytest.fixture()
def system_locale():
    """Simulate the machine's locale (the sheet must not depend on it)."""
    from qgis.PyQt.QtCore import QLocale

    previous = QLocale()

    def set_locale(name):
        QLocale.setDefault(QLocale(name))

    yield set_locale
    QLocale.setDefault(previous)


@pytest.mark.parametrize("machine_locale", ["en_US", "de_DE"])
def test_council_sheet_of_the_plan_check(checked_quarter, tmp_path, system_locale, machine_locale):
    from qgis.PyQt.QtGui import QColor, QImage

    from urban_twin.core.layout.councilmap import CouncilMapRequest, build_council_layout, export_council_map
    from urban_twin.core.layout.template_builder import sheet_geometry

    system_locale(machine_locale)
    result, districts = checked_quarter
    logo = str(tmp_path / "wappen.png")
    image = QImage(120, 140, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e9c"))
    assert image.save(logo)
    output = str(tmp_path / "ratsvorlage.pdf")
    request = CouncilMapRequest(layers=[result], template="a4_landscape", title="Bebauungsplan Nr. 42 – Prüfung",
                                figures_layer=result, output_pdf=output, language="de", logo=logo,
                                municipality="Stadt Musterstadt", office="Stadtplanungsamt",
                                licence_text="Datenlizenz Deutschland – Namensnennung 2.0")
    sheet = export_council_map(request)
    pages = _pdf_pages(output)
    text = _pdf_text(output)
    flat = " ".join(text.split())
    features = list(result.getFeatures())

    # every row, identified by its Flurstück, on the sheet or the annex pages
    parcels = {f["parcel_id"] for f in features}
    assert len(parcels) == len(features) and all(parcel in flat for parcel in parcels)
    assert "Flurstück" in flat and "Baugebiet" in flat and "Ergebnis" in flat  # German, human headers
    assert "Status (label)" not in flat and "parcel_id" not in flat
    if pages > 1:
        assert sheet.pages == pages
        for page in range(2, pages + 1):
            assert "Anlage: Kennzahlen, Seite {} von {}".format(page, pages) in flat
        assert "von {} Zeilen".format(len(features)) not in flat
    # the municipality, not the plugin; sources in words
    assert "Stadt Musterstadt · Stadtplanungsamt" in flat
    assert "Bebauungsplan-Check, Urban Twin 0.2" in flat and "urbantwin:" not in flat
    assert "Datenlizenz Deutschland – Namensnennung 2.0" in flat
    images = subprocess.run(["pdfimages", "-list", output], capture_output=True, text=True).stdout.splitlines()[2:]
    assert any(" 120 " in line and " 140 " in line for line in images), images  # the municipality's logo
    # German numbers whatever the machine's locale: every GRZ in the table with a decimal comma
    from urban_twin.core.layout.key_figures import displayed_fields

    shown = displayed_fields(result)
    assert shown[:2] == ["zone_id", "parcel_id"]  # the rows say which zone and which Flurstück
    numeric = [name for name in shown if name.endswith("_actual")]
    assert numeric
    for feature in features[:20]:
        value = feature[numeric[0]]
        if value is not None and value == value:
            assert "{:.2f}".format(value).replace(".", ",") in flat
    assert not re.search(r"\b0\.\d\d\b", flat)  # no English decimal point
    assert "Maßstab 1:" in flat and "Stand: " in flat

    assert re.search(r"\d{2}\.\d{2}\.\d{4}", flat)  # German date
    # the map fills its frame: area + margin >= 80 % of the frame in the limiting direction
    extent = result.extent()
    frame = sheet_geometry("a4_landscape")["main_map"]
    scale = sheet.scales[0]
    fill = max(extent.width() * 1.04 * 1000 / frame[2], extent.height() * 1.04 * 1000 / frame[3]) / scale
    assert 0.8 <= fill <= 1.0, (scale, fill)
    # the overview shows context: the Quartiere found in the project, not just the sheet's own layer
    layout = build_council_layout(request)
    assert districts.id() in [layer.id() for layer in layout.itemById("overview").layers()]


def test_exceeded_is_not_told_by_colour_alone():
    from urban_twin.core.analysis import baunvo
    from urban_twin.core.analysis.result_layers import traffic_light_renderer

    renderer = traffic_light_renderer()
    categories = renderer.categories()  # kept: the symbols belong to these copies
    layers = {c.value(): [layer.layerType() for layer in c.symbol().symbolLayers()] for c in categories}
    assert "LinePatternFill" in layers[baunvo.EXCEEDS]
    assert layers[baunvo.COMPLIES] == ["SimpleFill"]
    exceeds = [c for c in categories if c.value() == baunvo.EXCEEDS][0]
    symbol = exceeds.symbol()
    assert abs(symbol.symbolLayer(1).lineAngle() - 45.0) < 1e-6


def test_sheet_settings_fill_the_sheet_when_the_dialog_leaves_them_empty(checked_quarter, tmp_path):
    from qgis.core import QgsSettings

    from urban_twin.core.layout.councilmap import CouncilMapRequest, export_council_map
    from urban_twin.core.layout.sheet_settings import KEYS, save_sheet_settings, sheet_settings

    before = sheet_settings()
    try:
        save_sheet_settings({"municipality": "Gemeinde Beispielheim", "office": "Bauamt", "logo": "", "licence": "CC BY 4.0"})
        result, _districts = checked_quarter
        output = str(tmp_path / "einstellungen.pdf")
        export_council_map(CouncilMapRequest(layers=[result], output_pdf=output, language="de"))
        flat = " ".join(_pdf_text(output).split())
        assert "Gemeinde Beispielheim · Bauamt" in flat and "CC BY 4.0" in flat
    finally:
        save_sheet_settings(before)
        assert QgsSettings().value(KEYS["municipality"], "") == before["municipality"]


def test_settings_page_saves_and_the_dialog_prefills(qgis_iface, qgis_new_project):
    from urban_twin.core.layout.sheet_settings import save_sheet_settings, sheet_settings
    from urban_twin.ui.councilmap_dialog import CouncilMapDialog
    from urban_twin.ui.settings_page import SheetSettingsFactory

    before = sheet_settings()
    try:
        page = SheetSettingsFactory().createWidget(None)
        page.municipality_edit.setText("Stadt Musterstadt")
        page.office_edit.setText("Stadtplanungsamt")
        page.licence_edit.setPlainText("dl-de/by-2-0")
        page.apply()
        assert sheet_settings()["municipality"] == "Stadt Musterstadt" and sheet_settings()["licence"] == "dl-de/by-2-0"
        dialog = CouncilMapDialog(qgis_iface, None)
        assert dialog.municipality_edit.text() == "Stadt Musterstadt" and dialog.office_edit.text() == "Stadtplanungsamt"
        request = dialog.request()
        assert request.municipality == "Stadt Musterstadt" and request.office == "Stadtplanungsamt"
        dialog.deleteLater()
        page.deleteLater()
    finally:
        save_sheet_settings(before)
