"""Test layers for council maps (a small GeoPackage written here, with licence and attribution in
the metadata) and helpers that read the exported PDF with the poppler tools."""

import os
import subprocess

import numpy as np
import pytest
from osgeo import ogr, osr

# Three districts (name, x offset, width, height in m) and buildings between them, EPSG:25832.
ORIGIN = (390000.0, 5820000.0)
DISTRICTS = [("Altstadt", 0.0, 300.0, 200.0), ("Nordviertel", 500.0, 600.0, 400.0), ("Bahnhof", 1300.0, 150.0, 120.0)]
BUILDING_GRID = 6  # per district: 6 x 6 buildings, alternating residential / garage
LICENCE = "dl-de/by-2-0"
RIGHTS = "© Stadt Musterstadt, Stadtplanungsamt"
ATTRIBUTION = "© GeoBasis-DE / LGB 2026"


def _write_gpkg(path):
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    districts = dataset.CreateLayer("districts", srs, ogr.wkbPolygon)
    districts.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    districts.CreateField(ogr.FieldDefn("buildings", ogr.OFTInteger))
    area_field = ogr.FieldDefn("area_m2", ogr.OFTReal)
    districts.CreateField(area_field)
    buildings = dataset.CreateLayer("buildings", srs, ogr.wkbPolygon)
    buildings.CreateField(ogr.FieldDefn("function_label", ogr.OFTString))
    x0, y0 = ORIGIN
    for name, dx, width, height in DISTRICTS:
        feature = ogr.Feature(districts.GetLayerDefn())
        feature["name"] = name
        feature["buildings"] = BUILDING_GRID * BUILDING_GRID
        feature["area_m2"] = width * height
        x = x0 + dx
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(x, y0, x + width, y0 + height)))
        districts.CreateFeature(feature)
        for i in range(BUILDING_GRID):
            for j in range(BUILDING_GRID):
                bx = x + (i + 0.3) * width / BUILDING_GRID
                by = y0 + (j + 0.3) * height / BUILDING_GRID
                w, h = width / BUILDING_GRID * 0.5, height / BUILDING_GRID * 0.5
                building = ogr.Feature(buildings.GetLayerDefn())
                building["function_label"] = "Wohnhaus" if (i + j) % 2 == 0 else "Garage"
                building.SetGeometry(ogr.CreateGeometryFromWkt(
                    "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(bx, by, bx + w, by + h)))
                buildings.CreateFeature(building)
    empty = dataset.CreateLayer("empty_coverage", srs, ogr.wkbPolygon)
    empty.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    no_crs = dataset.CreateLayer("no_crs", None, ogr.wkbPolygon)
    feature = ogr.Feature(no_crs.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((0 0,10 0,10 10,0 10,0 0))"))
    no_crs.CreateFeature(feature)
    dataset = None


@pytest.fixture()
def council_gpkg(tmp_path, qgis_app):
    """GeoPackage with districts (licence + rights in gpkg_metadata), buildings, an empty layer and
    a layer without CRS."""
    from qgis.core import QgsVectorLayer

    from urban_twin.core.provenance import save_into_geopackage

    path = str(tmp_path / "musterstadt.gpkg")
    _write_gpkg(path)
    districts = QgsVectorLayer(path + "|layername=districts", "Stadtteile", "ogr")
    metadata = districts.metadata()
    metadata.setTitle("Stadtteile")
    metadata.setLicenses([LICENCE])
    metadata.setRights([RIGHTS])
    ok, error = save_into_geopackage(path, "districts", metadata)
    assert ok, error
    # a style stored in the GeoPackage (as the analysis outputs do), with its own class labels
    from qgis.core import QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsRendererCategory

    buildings = QgsVectorLayer(path + "|layername=buildings", "buildings", "ogr")
    buildings.setRenderer(QgsCategorizedSymbolRenderer("function_label", [
        QgsRendererCategory("Wohnhaus", QgsFillSymbol.createSimple({"color": "90,110,170"}), "Hauptgebäude"),
        QgsRendererCategory("Garage", QgsFillSymbol.createSimple({"color": "120,120,120"}), "Garage/Nebenanlage"),
    ]))
    buildings.saveStyleToDatabase("buildings", "stored style", True, "")
    return path


@pytest.fixture()
def council_sheet_inputs(council_gpkg):
    """(districts, buildings) layers, styled like a planner would (categories for the legend)."""
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsFillSymbol,
        QgsRendererCategory,
        QgsSingleSymbolRenderer,
        QgsVectorLayer,
    )

    districts = QgsVectorLayer(council_gpkg + "|layername=districts", "Stadtteile", "ogr")
    buildings = QgsVectorLayer(council_gpkg + "|layername=buildings", "Gebäude", "ogr")
    assert districts.isValid() and buildings.isValid()
    buildings.setAttribution(ATTRIBUTION)
    buildings.setRenderer(QgsCategorizedSymbolRenderer("function_label", [
        QgsRendererCategory("Wohnhaus", QgsFillSymbol.createSimple({"color": "200,80,60"}), "Wohngebäude"),
        QgsRendererCategory("Garage", QgsFillSymbol.createSimple({"color": "150,150,150"}), "Nebengebäude"),
    ]))
    districts.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "230,240,200", "outline_color": "40,90,40", "outline_width": "0.5"})))
    yield districts, buildings
    hand_over_to_project(districts, buildings)


def hand_over_to_project(*layers):
    """File-backed layers freed by pytest after the test segfault on QGIS 3.22 (pytest-qgis
    documents this); handing them to the project and removing them there deletes them cleanly."""
    from qgis.core import QgsProject

    project = QgsProject.instance()
    for layer in layers:
        project.addMapLayer(layer, False)
        project.removeMapLayer(layer.id())


def pdf_info(path):
    """{'Pages': '3', 'Page size': '1191 x 842 pts (A3)', …} from pdfinfo."""
    output = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    info = {}
    for line in output.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def pdf_text(path, first=None, last=None):
    args = ["pdftotext"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    return subprocess.run(args + [path, "-"], capture_output=True, text=True, check=True).stdout


def pdf_words(path, page=1):
    """[(word, xMin, yMin, xMax, yMax)] in pt from pdftotext -bbox."""
    import re

    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), path, "-"], capture_output=True, text=True, check=True).stdout
    words = []
    for match in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html):
        x1, y1, x2, y2 = (float(match.group(i)) for i in range(1, 5))
        words.append((match.group(5), x1, y1, x2, y2))
    return words


def render_page_gray(path, page, dpi, tmp_dir):
    """The page rendered by pdftoppm as a 2D uint8 array (grey levels)."""
    stem = os.path.join(str(tmp_dir), "render")
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", path, stem], check=True)
    with open(stem + ".pgm", "rb") as handle:
        data = handle.read()
    # binary PGM: "P5\n<w> <h>\n<max>\n" then bytes
    parts = data.split(b"\n", 3)
    width, height = (int(v) for v in parts[1].split())
    return np.frombuffer(parts[3][: width * height], dtype=np.uint8).reshape(height, width)


def render_page_rgb(path, page, dpi, tmp_dir):
    """The page rendered by pdftoppm as a (h, w, 3) uint8 array."""
    stem = os.path.join(str(tmp_dir), "render_rgb")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", path, stem], check=True)
    with open(stem + ".ppm", "rb") as handle:
        data = handle.read()
    parts = data.split(b"\n", 3)
    width, height = (int(v) for v in parts[1].split())
    return np.frombuffer(parts[3][: width * height * 3], dtype=np.uint8).reshape(height, width, 3)


@pytest.fixture()
def pdf_tools():
    class Tools:
        info = staticmethod(pdf_info)
        text = staticmethod(pdf_text)
        words = staticmethod(pdf_words)
        render_gray = staticmethod(render_page_gray)
        render_rgb = staticmethod(render_page_rgb)

    return Tools
