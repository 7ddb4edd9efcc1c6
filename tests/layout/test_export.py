"""Export headless through urbantwin:councilmap and read the PDF back with poppler."""

import datetime
import os

import numpy as np
from osgeo import ogr

from urban_twin.core.layout.template_builder import sheet_geometry

# the sheet series: 1, 1.25, 1.5, 1.75, 2, 2.5, 3, 3.5, 4, 5, 6, 7, 8 × 10^n (neighbours within 25 %: >= 80 % fill)
ROUND = sorted({int(m * 10 ** e) for e in range(2, 6) for m in (1, 1.25, 1.5, 1.75, 2, 2.5, 3, 3.5, 4, 5, 6, 7, 8)})
PT_PER_MM = 72.0 / 25.4
# from tests/layout/conftest.py (kept literal here: test modules cannot import each other)
DISTRICTS = [("Altstadt", 0.0, 300.0, 200.0), ("Nordviertel", 500.0, 600.0, 400.0), ("Bahnhof", 1300.0, 150.0, 120.0)]
LICENCE = "dl-de/by-2-0"
RIGHTS = "© Stadt Musterstadt, Stadtplanungsamt"
ATTRIBUTION = "© GeoBasis-DE / LGB 2026"


def _round_scale(width_m, height_m, frame_mm, margin):
    """Independent: the smallest round scale at which the area plus margin fits the frame."""
    needed = max(width_m * (1 + 2 * margin) * 1000 / frame_mm[0], height_m * (1 + 2 * margin) * 1000 / frame_mm[1])
    return min(value for value in ROUND if value >= needed)


def _german(scale):
    return "1:" + "{:,}".format(scale).replace(",", ".")


def _add_to_project(*layers):
    from qgis.core import QgsProject

    for layer in layers:
        QgsProject.instance().addMapLayer(layer)


def test_a3_landscape_of_the_visible_project_layers(council_sheet_inputs, run_alg, pdf_tools, tmp_path, qgis_new_project):
    districts, buildings = council_sheet_inputs
    _add_to_project(districts, buildings)
    output = str(tmp_path / "ratsvorlage.pdf")
    result = run_alg(
        "urbantwin:councilmap",
        {"LAYERS": [], "TEMPLATE": 3, "TITLE": "Rahmenplan Musterstadt", "SUBTITLE": "Bauausschuss am 3. Dezember",
         "FIGURES": districts.id(), "OUTPUT": output},
    )
    assert result["OUTPUT"] == output and result["PAGES"] == 1
    info = pdf_tools.info(output)
    assert info["Pages"] == "1"
    assert info["Page size"].startswith("1190.55 x 841.89") or info["Page size"].startswith("1191 x 842")

    # the area: all districts together, 1450 m x 400 m; frame of the A3 landscape map
    frame = sheet_geometry("a3_landscape")["main_map"]
    expected = _round_scale(1450.0, 400.0, (frame[2], frame[3]), 0.02)
    assert result["SCALES"] == _german(expected)

    text = pdf_tools.text(output)
    flat = " ".join(text.split())
    for needle in ("Rahmenplan Musterstadt", "Bauausschuss am 3. Dezember", "Legende", "Stadtteile", "Gebäude",
                   "Wohngebäude", "Nebengebäude", "Kennzahlen", LICENCE, RIGHTS, ATTRIBUTION,
                   "Maßstab " + _german(expected), "Stand: " + datetime.date.today().strftime("%d.%m.%Y")):
        assert needle in flat, needle
    for name, _dx, _w, _h in DISTRICTS:  # the key-figures table lists every district (no labels on the map)
        assert name in flat
    assert "Hauptgebäude" not in flat  # project layers keep the user's style, not the one stored in the file

    # the map frame is not blank: dark (non-white) share ≈ district area / ground area of the frame
    dpi = 40
    gray = pdf_tools.render_gray(output, 1, dpi, tmp_path)
    px_per_mm = dpi / 25.4
    x, y, w, h = frame
    inset = 2.0
    window = gray[int((y + inset) * px_per_mm): int((y + h - inset) * px_per_mm), int((x + inset) * px_per_mm): int((x + w - inset) * px_per_mm)]
    coloured = float(np.mean(window < 250))
    frame_ground_m2 = ((w - 2 * inset) * expected / 1000.0) * ((h - 2 * inset) * expected / 1000.0)
    district_m2 = sum(wd * ht for _n, _dx, wd, ht in DISTRICTS)
    assert window.std() > 5
    assert 0.8 * district_m2 / frame_ground_m2 < coloured < 1.6 * district_m2 / frame_ground_m2


def test_atlas_one_page_per_district_with_png(council_gpkg, run_alg, pdf_tools, tmp_path, qgis_new_project):
    from qgis.PyQt.QtGui import QImage

    output = str(tmp_path / "atlas.pdf")
    coverage = council_gpkg + "|layername=districts"
    result = run_alg(
        "urbantwin:councilmap",
        {"LAYERS": [coverage, council_gpkg + "|layername=buildings"], "COVERAGE": coverage, "PAGE_NAME_FIELD": "name",
         "TEMPLATE": 0, "TITLE": "Quartiersatlas", "FIGURES": coverage, "WRITE_PNG": True, "OUTPUT": output},
    )
    dataset = ogr.Open(council_gpkg)
    feature_count = dataset.GetLayerByName("districts").GetFeatureCount()
    dataset = None
    assert feature_count == 3
    info = pdf_tools.info(output)
    assert int(info["Pages"]) == feature_count == result["PAGES"]
    assert info["Page size"].startswith("595") and "842" in info["Page size"]  # A4 portrait

    frame = sheet_geometry("a4_portrait")["main_map"]
    by_name = sorted(DISTRICTS)  # pages sorted by the page-name field
    expected_scales = [_german(_round_scale(w, h, (frame[2], frame[3]), 0.0)) for _n, _dx, w, h in by_name]
    assert result["SCALES"].split("; ") == expected_scales
    for page, (name, _dx, _w, _h) in enumerate(by_name, start=1):
        flat = " ".join(pdf_tools.text(output, page, page).split())
        assert "Quartiersatlas" in flat
        assert "Hauptgebäude" in flat and "Garage/Nebenanlage" in flat  # file layers get their stored style
        assert name in flat  # subtitle (page name) and the key-figures row of this district
        others = [other for other, *_ in DISTRICTS if other != name]
        assert not any(other in flat for other in others), (page, others)  # table filtered to the page's district
        assert "Maßstab " + expected_scales[page - 1] in flat
        area = dict((n, w * h) for n, _dx, w, h in DISTRICTS)[name]
        assert "{:,.0f}".format(area).replace(",", ".") in flat  # key figure in German number format

    # page 1 (Altstadt, 300 m x 200 m): its outline is drawn in red (the rest of the map is veiled)
    dpi = 50
    rgb = pdf_tools.render_rgb(output, 1, dpi, tmp_path).astype(int)
    px_per_mm = dpi / 25.4
    x, y, w, h = frame
    window = rgb[int(y * px_per_mm) + 2: int((y + h) * px_per_mm) - 2, int(x * px_per_mm) + 2: int((x + w) * px_per_mm) - 2]
    red = (window[:, :, 0] > 150) & (window[:, :, 1] < 90) & (window[:, :, 2] < 90)
    scale = _round_scale(300.0, 200.0, (frame[2], frame[3]), 0.0)
    perimeter_px = 2 * (300.0 + 200.0) * 1000.0 / scale * px_per_mm
    assert 0.5 * perimeter_px < red.sum() < 4 * perimeter_px

    pngs = result["PNG_FILES"].split(";")
    assert [os.path.basename(p) for p in pngs] == ["atlas_01.png", "atlas_02.png", "atlas_03.png"]
    for path in pngs:
        image = QImage(path)
        # A4 at 150 dpi (QGIS truncates to whole pixels)
        assert abs(image.width() - 210 / 25.4 * 150) <= 1 and abs(image.height() - 297 / 25.4 * 150) <= 1
    assert not [f for f in os.listdir(tmp_path) if ".part" in f]


def test_very_long_title_stays_inside_its_box(council_gpkg, run_alg, pdf_tools, tmp_path, qgis_new_project):
    output = str(tmp_path / "lang.pdf")
    words = ["Planungsabschnitt{:02d}".format(i) for i in range(80)]
    run_alg("urbantwin:councilmap", {"LAYERS": [council_gpkg + "|layername=districts"], "TEMPLATE": 1, "TITLE": " ".join(words), "OUTPUT": output})
    x, y, w, h = sheet_geometry("a4_landscape")["title"]
    box = (x * PT_PER_MM, y * PT_PER_MM, (x + w) * PT_PER_MM, (y + h) * PT_PER_MM)
    placed = [word for word in pdf_tools.words(output) if word[0].startswith("Planungsabschnitt")]
    assert 3 <= len(placed) < len(words)  # shortened, not all 80 words
    for _text, x1, y1, x2, y2 in placed:
        assert box[0] - 1 <= x1 and x2 <= box[2] + 1, _text
        assert box[1] - 1 <= y1 and y2 <= box[3] + 1, _text
    assert "…" in pdf_tools.text(output)


def test_long_legend_stays_inside_its_box(council_sheet_inputs, pdf_tools, tmp_path, qgis_new_project):
    """30 categories: the legend goes to two columns and smaller text, every entry inside its box."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsRendererCategory

    from urban_twin.core.layout.councilmap import CouncilMapRequest, export_council_map

    districts, buildings = council_sheet_inputs
    categories = []
    for index in range(30):
        symbol = QgsFillSymbol.createSimple({"color": "{},{},{}".format(40 + index * 7, 200 - index * 5, 120)})
        categories.append(QgsRendererCategory(index + 1, symbol, "Klasse{:02d}".format(index + 1)))
    buildings.setRenderer(QgsCategorizedSymbolRenderer("fid", categories))
    output = str(tmp_path / "legende.pdf")
    export_council_map(CouncilMapRequest(layers=[districts, buildings], template="a4_landscape", title="Legendentest", output_pdf=output))
    x, y, w, h = sheet_geometry("a4_landscape")["legend"]
    # without key figures the legend also gets the table's place (down to the overview)
    bottom = sheet_geometry("a4_landscape")["overview"][1]
    box = (x * PT_PER_MM, y * PT_PER_MM, (x + w) * PT_PER_MM, bottom * PT_PER_MM)
    entries = [word for word in pdf_tools.words(output) if word[0].startswith("Klasse")]
    assert sorted(word[0] for word in entries) == ["Klasse{:02d}".format(i) for i in range(1, 31)]
    for text, x1, y1, x2, y2 in entries:
        assert box[0] - 1 <= x1 and x2 <= box[2] + 1 and box[1] - 1 <= y1 and y2 <= box[3] + 1, text


def test_atlas_over_the_musterquartier_districts(musterquartier, run_alg, pdf_tools, tmp_path, qgis_new_project):
    """The colleague's generated sample district: one page per Quartier, named after it."""
    districts = musterquartier["districts"] + "|layername=quartiere"
    names = sorted(d["name"] for d in musterquartier["quartiere"])
    output = str(tmp_path / "quartiere.pdf")
    result = run_alg("urbantwin:councilmap", {
        "LAYERS": [districts, musterquartier["parcels"] + "|layername=flurstuecke"], "COVERAGE": districts,
        "PAGE_NAME_FIELD": "name", "TEMPLATE": 1, "TITLE": "Musterquartier", "FIGURES": districts, "OUTPUT": output,
    })
    assert int(pdf_tools.info(output)["Pages"]) == len(names) == result["PAGES"]
    for page, name in enumerate(names, start=1):
        flat = " ".join(pdf_tools.text(output, page, page).split())
        assert name in flat and "Musterquartier" in flat
        residents = [d["einwohner"] for d in musterquartier["quartiere"] if d["name"] == name][0]
        assert "{:,}".format(residents).replace(",", ".") in flat  # Einwohner in the key figures


def test_english_sheet_when_qgis_runs_in_english(council_sheet_inputs, pdf_tools, tmp_path, qgis_new_project):
    from qgis.core import QgsSettings

    from urban_twin.core.layout.councilmap import CouncilMapRequest, export_council_map

    districts, buildings = council_sheet_inputs
    settings = QgsSettings()
    previous = settings.value("locale/userLocale", "")
    settings.setValue("locale/userLocale", "en_GB")
    try:
        output = str(tmp_path / "english.pdf")
        result = export_council_map(CouncilMapRequest(layers=[districts, buildings], template="a4_landscape", title="Council map",
                                                      figures_layer=districts, output_pdf=output))
    finally:
        settings.setValue("locale/userLocale", previous)
    flat = " ".join(pdf_tools.text(output).replace("\ufb01", "fi").split())  # the font's "fi" ligature
    frame = sheet_geometry("a4_landscape")["main_map"]
    expected = _round_scale(1450.0, 400.0, (frame[2], frame[3]), 0.02)
    assert round(result.scales[0]) == expected
    for needle in ("Legend", "Key figures", "Sources:", "licence " + LICENCE, "Date: " + datetime.date.today().isoformat(),
                   "Scale 1:{:,}".format(expected), "240,000"):
        assert needle in flat, needle
    assert "Legende" not in flat and "Quellen" not in flat


def test_3d_snapshot_is_placed_as_an_inset_and_the_page_is_complete_without(council_gpkg, run_alg, pdf_tools, tmp_path, qgis_new_project):
    """Headless there is no 3D engine: an image (e.g. saved from a 3D view) is placed when given."""
    import subprocess

    from qgis.PyQt.QtGui import QColor, QImage

    snapshot = str(tmp_path / "view3d.png")
    image = QImage(400, 264, QImage.Format.Format_RGB32)
    image.fill(QColor(20, 60, 200))  # a blue the map does not use
    assert image.save(snapshot)
    layers = [council_gpkg + "|layername=districts"]
    with_snapshot, without = str(tmp_path / "with.pdf"), str(tmp_path / "without.pdf")
    run_alg("urbantwin:councilmap", {"LAYERS": layers, "TEMPLATE": 1, "TITLE": "3D", "SNAPSHOT_3D": snapshot, "OUTPUT": with_snapshot})
    run_alg("urbantwin:councilmap", {"LAYERS": layers, "TEMPLATE": 1, "TITLE": "3D", "OUTPUT": without})

    def blue_share(path):
        rgb = pdf_tools.render_rgb(path, 1, 40, tmp_path).astype(int)
        px_per_mm = 40 / 25.4
        x, y, w, h = sheet_geometry("a4_landscape")["main_map"]
        window = rgb[int(y * px_per_mm): int((y + h) * px_per_mm), int(x * px_per_mm): int((x + w) * px_per_mm)]
        return float(np.mean((window[:, :, 2] > 150) & (window[:, :, 0] < 60) & (window[:, :, 1] < 100)))

    # inset: 32 % of the map width, aspect 0.66 → about 0.32 * 0.32 * 0.66 * w/h of the frame
    x, y, w, h = sheet_geometry("a4_landscape")["main_map"]
    expected_share = (0.32 * w) * (0.32 * w * 0.66) / (w * h)
    assert 0.6 * expected_share < blue_share(with_snapshot) < 1.3 * expected_share
    assert blue_share(without) == 0.0
    images = subprocess.run(["pdfimages", "-list", with_snapshot], capture_output=True, text=True).stdout.splitlines()[2:]
    assert len(images) >= 1
    # everything else is on the page in both cases
    for path in (with_snapshot, without):
        flat = " ".join(pdf_tools.text(path).split())
        assert "Legende" in flat and "Maßstab 1:" in flat and LICENCE in flat


def test_extent_sets_the_round_scale_and_the_table_lists_what_is_on_the_map(council_gpkg, run_alg, pdf_tools, tmp_path, qgis_new_project):
    """EXTENT = the Altstadt (300 m x 200 m): 1:1,750 on A4 landscape (1:2,000 would leave the frame a fifth empty);
    only its row in the table."""
    output = str(tmp_path / "altstadt.pdf")
    districts = council_gpkg + "|layername=districts"
    result = run_alg("urbantwin:councilmap", {
        "LAYERS": [districts], "EXTENT": "390000,390300,5820000,5820200 [EPSG:25832]", "TEMPLATE": 1,
        "TITLE": "Altstadt", "FIGURES": districts, "OUTPUT": output,
    })
    frame = sheet_geometry("a4_landscape")["main_map"]
    expected = _round_scale(300.0, 200.0, (frame[2], frame[3]), 0.02)
    assert expected == 1750 and result["SCALES"] == _german(expected)
    fill = max(300.0 * 1.04 * 1000 / frame[2], 200.0 * 1.04 * 1000 / frame[3]) / expected
    assert fill >= 0.8  # the area plus its margin fills at least 80 % of the frame
    # ground shown: frame × scale, centred on the Altstadt; Nordviertel starts 500 m east of its west edge
    half_width_m = frame[2] * expected / 1000.0 / 2
    assert 150.0 + half_width_m < 500.0
    flat = " ".join(pdf_tools.text(output).split())
    assert "Altstadt" in flat and "Nordviertel" not in flat and "Bahnhof" not in flat


def test_all_key_figure_rows_continue_on_annex_pages(council_sheet_inputs, pdf_tools, tmp_path, qgis_new_project):
    """108 buildings as key figures on one A4 sheet: every row is printed, what does not fit on annex pages
    titled "Anlage: Kennzahlen, Seite 2 von N" (not "14 von 108 Zeilen")."""
    import re

    from urban_twin.core.layout.councilmap import CouncilMapRequest, export_council_map

    districts, buildings = council_sheet_inputs
    output = str(tmp_path / "rows.pdf")
    result = export_council_map(CouncilMapRequest(layers=[districts, buildings], template="a4_landscape", title="Zeilen",
                                                  figures_layer=buildings, output_pdf=output))
    pages = int(pdf_tools.info(output)["Pages"])
    assert pages >= 2 and result.pages == pages
    flat = " ".join(pdf_tools.text(output).split())
    assert "Kennzahlen (108 Zeilen, s. Anlage)" in flat
    for page in range(2, pages + 1):
        assert "Anlage: Kennzahlen, Seite {} von {}".format(page, pages) in flat
    rows_in_pdf = len(re.findall(r"\b(Wohnhaus|Garage)\b", flat))  # only table rows carry the raw codes
    assert rows_in_pdf == 3 * 6 * 6  # every building, none lost


def test_exceeding_rows_come_first_when_the_table_is_cut(council_gpkg, run_alg, pdf_tools, tmp_path, qgis_new_project):
    """A compliance-like table (status field) with the two findings last in the file: they are printed first,
    on the sheet itself, and every row is printed (annex)."""

    from osgeo import osr

    path = str(tmp_path / "pruefung.gpkg")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    layer = dataset.CreateLayer("plan_compliance", srs, ogr.wkbPolygon)
    for name in ("zone", "status", "status_label"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for index in range(30):
        feature = ogr.Feature(layer.GetLayerDefn())
        exceeds = index >= 28
        feature["zone"] = "Zone{:02d}".format(index)
        feature["status"] = "exceeds" if exceeds else "complies"
        feature["status_label"] = "überschritten" if exceeds else "eingehalten"
        x = 390000 + (index % 6) * 50
        y = 5820000 + (index // 6) * 40
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(x, y, x + 40, y + 30)))
        layer.CreateFeature(feature)
    dataset = None
    output = str(tmp_path / "befund.pdf")
    run_alg("urbantwin:councilmap", {"LAYERS": [path], "TEMPLATE": 0, "TITLE": "Befund", "FIGURES": path, "OUTPUT": output})
    flat = " ".join(pdf_tools.text(output).split())
    assert "Kennzahlen (30 Zeilen, s. Anlage)" in flat and "Anlage: Kennzahlen, Seite 2 von 2" in flat
    first_page = " ".join(pdf_tools.text(output, first=1, last=1).split())
    assert "Zone28" in first_page and "Zone29" in first_page and flat.count("überschritten") == 2
    assert all("Zone{:02d}".format(i) in flat for i in range(30))


def test_no_word_of_the_key_figures_runs_past_its_cell(pdf_tools, tmp_path, qgis_new_project):
    """QGIS wraps table text only at spaces: a column narrower than its longest word let "(Bestand)" and "Überbaute"
    run over the grid and off the frame (seen on the Musterquartier sheet). Six district figures with their German
    headers and a one-word street-long name on A4: every word of the table, as poppler reads it from the PDF, lies
    inside the cell of its column, and the table inside its frame."""
    from osgeo import osr
    from qgis.core import QgsLayoutExporter, QgsVectorLayer

    from urban_twin.core.layout.councilmap import CouncilMapRequest, _pdf_settings, build_council_layout
    from urban_twin.core.layout.sheet_locale import sheet_locale

    path = str(tmp_path / "kennzahlen.gpkg")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    layer = dataset.CreateLayer("quartiere", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for name in ("grz_actual", "gfz_actual", "area", "built_area"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    layer.CreateField(ogr.FieldDefn("n_buildings", ogr.OFTInteger))
    names = ["Kastanienhof", "Hauptstraßenverlängerungsabschnitt", "Am Bahnhof"]
    for index, name in enumerate(names):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature["name"], feature["grz_actual"], feature["gfz_actual"] = name, 0.12 + index / 10, 0.2 + index / 10
        feature["area"], feature["built_area"], feature["n_buildings"] = 123452.0 + index, 12872.5, 26 + index
        x = 390000 + index * 120
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON(({0} 5820000,{1} 5820000,{1} 5820100,{0} 5820100,{0} 5820000))"
                                                      .format(x, x + 100)))
        layer.CreateFeature(feature)
    dataset = None
    figures = QgsVectorLayer(path + "|layername=quartiere", "Quartiere", "ogr")
    assert figures.isValid()
    request = CouncilMapRequest(layers=[figures], template="a4_landscape", title="Kennzahlen", figures_layer=figures,
                                language="de")
    layout = build_council_layout(request)
    frame = layout.itemById("figures")
    table = frame.multiFrame()
    assert len(table.columns()) == 6
    output = str(tmp_path / "kennzahlen.pdf")
    with sheet_locale("de"):
        assert QgsLayoutExporter(layout).exportToPdf(output, _pdf_settings(request.dpi)) == 0  # text as text
    left = frame.pos().x()
    top, bottom = frame.pos().y(), frame.pos().y() + frame.rect().height()
    edges, x = [], left
    for column in table.columns():  # each cell: grid line, margin, text width, margin
        x += table.gridStrokeWidth()
        edges.append((x, x + column.width() + 2 * table.cellMargin()))
        x = edges[-1][1]
    assert x <= left + frame.rect().width() + 0.01  # the columns fit the frame
    words = [(text, x1 / PT_PER_MM, x2 / PT_PER_MM) for text, x1, y1, x2, y2 in pdf_tools.words(output)
             if top <= y1 / PT_PER_MM and y2 / PT_PER_MM <= bottom + 1]
    found = " ".join(word[0] for word in words)
    for needle in ("(Bestand)", "Überbaute", "Hauptstraßenverlängerungsabschnitt", "123.452", "(Anzahl)"):
        assert needle in found
    for text, x1, x2 in words:
        cell = next((edge for edge in edges if edge[0] - 0.3 <= x1 < edge[1]), None)
        assert cell is not None and x2 <= cell[1] + 0.3, (text, x1, x2, edges)


def test_legend_with_long_layer_titles_stays_inside_its_box(council_sheet_inputs, pdf_tools, tmp_path, qgis_new_project):
    """Four layers with long titles ("Von Starkregen betroffene Gebäude (Screening)") and key figures below: the
    legend's box is short and wide. Before, the fit tried only up to 3 columns and 60 % text and kept the last
    arrangement — wider than the box, cut off at the page edge (seen on the climate sheet). Now titles wrap onto two
    lines and a fourth column is tried: every legend word, read back from the PDF, lies inside the legend's box."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsRendererCategory, QgsVectorLayer

    from urban_twin.core.climate.council_template import TEMPLATE_PATH
    from urban_twin.core.layout.councilmap import CouncilMapRequest, build_council_layout, export_council_map
    districts, _buildings = council_sheet_inputs
    titles = ["Fließwege (Starkregen-Screening)", "Von Starkregen betroffene Gebäude (Screening)",
              "Hitze-Hotspots (Klassen 4 und 5)", "Senken (Starkregen-Screening)"]
    layers = []
    for number, title in enumerate(titles):
        layer = QgsVectorLayer(districts.source(), title, "ogr")
        metadata = layer.metadata()
        metadata.setTitle(title)  # the legend shows the metadata title (the file's says "Stadtteile")
        layer.setMetadata(metadata)
        layer.setRenderer(QgsCategorizedSymbolRenderer("name", [
            QgsRendererCategory(name, QgsFillSymbol.createSimple({"color": "{},120,{}".format(60 * number, 200 - 40 * index)}),
                                "{} Klasse {}".format(index + 1, name))
            for index, (name, _dx, _w, _h) in enumerate(DISTRICTS[:2])]))
        layers.append(layer)
    request = CouncilMapRequest(layers=layers, template=TEMPLATE_PATH, title="Legende mit langen Titeln",
                                figures_layer=districts, language="de")  # the climate sheet: a short legend box
    layout = build_council_layout(request)
    legend = layout.itemById("legend")
    x, y = legend.pos().x(), legend.pos().y()
    w, h = legend.rect().width(), legend.rect().height()
    wrapped = [node.customProperty("legend/title-label") or "" for node in legend.model().rootGroup().findLayers()]
    output = str(tmp_path / "legende_lang.pdf")
    export_council_map(CouncilMapRequest(layers=layers, template=TEMPLATE_PATH, title="Legende mit langen Titeln",
                                         figures_layer=districts, language="de", output_pdf=output))
    words = [word for word in pdf_tools.words(output)
             if word[0] in ("Fließwege", "Gebäude", "(Screening)", "Hitze-Hotspots", "Senken", "(Starkregen-Screening)",
                            "Klasse", "Altstadt", "Nordviertel")]
    assert {"Fließwege", "Hitze-Hotspots", "Senken", "(Screening)"} <= {word[0] for word in words}
    for text, x1, y1, x2, y2 in words:
        if y1 / PT_PER_MM > y + h + 5:  # the same words in the key-figures table further down
            continue
        assert x - 0.5 <= x1 / PT_PER_MM and x2 / PT_PER_MM <= x + w + 0.5, (text, x1 / PT_PER_MM, x2 / PT_PER_MM, x, w)
        assert y - 0.5 <= y1 / PT_PER_MM and y2 / PT_PER_MM <= y + h + 0.5, (text, y1 / PT_PER_MM, y2 / PT_PER_MM, y, h)
    assert any("¶" in title for title in wrapped)  # the legend's wrap string: long titles on two lines
