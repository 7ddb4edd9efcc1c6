"""Bad input: clear messages naming the layer or file, and never a half PDF (nor a lost old one)."""

import os

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback


def _leftovers(folder):
    return sorted(name for name in os.listdir(folder) if ".part" in name)


def test_empty_coverage_layer_names_the_layer_and_keeps_the_old_pdf(council_gpkg, run_alg, tmp_path, qgis_new_project):
    output = tmp_path / "atlas.pdf"
    output.write_bytes(b"%PDF-1.4 previous council map\n")
    with pytest.raises(QgsProcessingException) as raised:
        run_alg("urbantwin:councilmap", {
            "LAYERS": [council_gpkg + "|layername=districts"],
            "COVERAGE": council_gpkg + "|layername=empty_coverage",
            "PAGE_NAME_FIELD": "name",
            "OUTPUT": str(output),
        })
    message = str(raised.value)
    assert "no features" in message and "empty_coverage" in message
    assert output.read_bytes() == b"%PDF-1.4 previous council map\n"
    assert _leftovers(tmp_path) == []


def _shapefile_without_prj(folder):
    from osgeo import ogr

    path = str(folder / "ohne_prj.shp")
    dataset = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(path)
    layer = dataset.CreateLayer("ohne_prj", None, ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((0 0,10 0,10 10,0 10,0 0))"))
    layer.CreateFeature(feature)
    dataset = None
    return path


@pytest.mark.parametrize("variant", ["shapefile_without_prj", "geopackage_undefined_srs"])
def test_layer_without_crs_is_refused_by_name(variant, council_gpkg, run_alg, tmp_path, qgis_new_project):
    source_dir = tmp_path / "in"
    source_dir.mkdir()
    bad = _shapefile_without_prj(source_dir) if variant == "shapefile_without_prj" else council_gpkg + "|layername=no_crs"
    output = tmp_path / "map.pdf"
    with pytest.raises(QgsProcessingException) as raised:
        run_alg("urbantwin:councilmap", {"LAYERS": [council_gpkg + "|layername=districts", bad], "OUTPUT": str(output)})
    message = str(raised.value)
    assert "coordinate reference system" in message
    assert ("ohne_prj" if variant == "shapefile_without_prj" else "no_crs") in message
    assert not output.exists() and _leftovers(tmp_path) == []


@pytest.mark.parametrize("where", ["missing_folder", "folder_is_a_file", "output_is_a_folder"])
def test_unwritable_output_path(where, council_gpkg, run_alg, tmp_path, qgis_new_project):
    blocker = tmp_path / "not_a_folder.txt"
    blocker.write_text("x")
    output = {
        "missing_folder": tmp_path / "does" / "not" / "exist" / "map.pdf",
        "folder_is_a_file": blocker / "map.pdf",
        "output_is_a_folder": tmp_path,
    }[where]
    with pytest.raises(QgsProcessingException) as raised:
        run_alg("urbantwin:councilmap", {"LAYERS": [council_gpkg + "|layername=districts"], "OUTPUT": str(output)})
    message = str(raised.value)
    expected = {
        "missing_folder": "output folder does not exist",
        "folder_is_a_file": "output folder does not exist",
        "output_is_a_folder": "is a folder",
    }[where]
    assert expected in message
    assert str(output.parent if where != "output_is_a_folder" else output) in message
    assert _leftovers(tmp_path) == []


def test_cancelled_export_leaves_nothing(council_gpkg, run_alg, tmp_path, qgis_new_project):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    output = tmp_path / "map.pdf"
    with pytest.raises(QgsProcessingException):
        run_alg("urbantwin:councilmap", {"LAYERS": [council_gpkg + "|layername=districts"], "OUTPUT": str(output)}, feedback=feedback)
    assert not output.exists() and _leftovers(tmp_path) == []


def test_unknown_page_name_field_is_named(council_sheet_inputs, tmp_path, qgis_new_project):
    from urban_twin.core.errors import UrbanTwinError
    from urban_twin.core.layout.councilmap import CouncilMapRequest, export_council_map

    districts, buildings = council_sheet_inputs
    request = CouncilMapRequest(layers=[buildings], coverage_layer=districts, page_name_field="stadtteil", output_pdf=str(tmp_path / "a.pdf"))
    with pytest.raises(UrbanTwinError) as raised:
        export_council_map(request)
    assert "stadtteil" in str(raised.value) and "Stadtteile" in str(raised.value)
    assert not (tmp_path / "a.pdf").exists()


def test_no_layers_and_an_empty_project(run_alg, tmp_path, qgis_new_project):
    with pytest.raises(QgsProcessingException) as raised:
        run_alg("urbantwin:councilmap", {"LAYERS": [], "OUTPUT": str(tmp_path / "m.pdf")})
    assert "No layers" in str(raised.value)


def test_unknown_key_figure_column_is_named(council_gpkg, run_alg, tmp_path, qgis_new_project):
    with pytest.raises(QgsProcessingException) as raised:
        run_alg("urbantwin:councilmap", {
            "LAYERS": [council_gpkg + "|layername=districts"], "FIGURES": council_gpkg + "|layername=districts",
            "FIGURES_FIELDS": ["name", "einwohnerzahl"], "OUTPUT": str(tmp_path / "m.pdf"),
        })
    assert "no field named einwohnerzahl" in str(raised.value) and "layername=districts" in str(raised.value)
    assert not (tmp_path / "m.pdf").exists()
