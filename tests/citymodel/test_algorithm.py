"""urbantwin:importcitymodel in-process (as the modeler/batch run it) and through qgis_process."""

import os
import shutil
import sqlite3

import numpy as np
import pytest

NRW = "de_nrw_LoD2_32_280_5657_1_NW.gml"


def test_algorithm_metadata(urbantwin_provider):
    algorithm = urbantwin_provider.algorithm("importcitymodel")
    assert algorithm is not None
    names = [p.name() for p in algorithm.parameterDefinitions()]
    assert names == ["INPUT", "EXTENT", "CRS", "LOD", "TARGET_CRS", "ALLOW_PARTIAL", "WORKERS", "OUTPUT"]
    assert algorithm.parameterDefinition("EXTENT").flags() & algorithm.parameterDefinition("EXTENT").Flag.FlagOptional
    assert algorithm.parameterDefinition("CRS").flags() & algorithm.parameterDefinition("CRS").Flag.FlagOptional
    assert {o.name() for o in algorithm.outputDefinitions()} >= {"OUTPUT", "BUILDINGS", "SURFACES", "SKIPPED"}
    assert "CRS" in algorithm.shortHelpString() and algorithm.displayName()


def test_run_with_a_folder_and_files(run_alg, sample, gpkg_rows, tmp_path):
    folder = tmp_path / "tiles"
    folder.mkdir()
    shutil.copy(sample(NRW), folder / NRW)
    output = str(tmp_path / "result.gpkg")
    results = run_alg("urbantwin:importcitymodel", {"INPUT": [str(folder)], "OUTPUT": output})
    assert results["OUTPUT"] == output
    assert (results["BUILDINGS"], results["SURFACES"], results["SKIPPED"]) == (83, 1069, 0)
    assert gpkg_rows(output, "SELECT COUNT(*) FROM buildings")[0][0] == 133
    metadata = gpkg_rows(output, "SELECT metadata FROM gpkg_metadata")
    assert any("urbantwin:importcitymodel" in row[0] and NRW in row[0] for row in metadata)


def test_extent_filter(run_alg, sample, xml_counts, tmp_path):
    """Buildings whose outline touches the extent, counted from the posLists in the test."""
    path = sample(NRW)
    _counts, tree = xml_counts(path)
    extent = (280850.0, 280950.0, 5657300.0, 5657500.0)  # xmin, xmax, ymin, ymax
    expected = 0
    for building in tree.getroot().iter("{http://www.opengis.net/citygml/building/1.0}Building"):
        points = np.concatenate([np.array(p.text.split(), dtype=float).reshape(-1, 3)
                                 for p in building.iter("{http://www.opengis.net/gml}posList")
                                 if p.getparent().tag.endswith("LinearRing")])
        if not (points[:, 0].max() < extent[0] or points[:, 0].min() > extent[1]
                or points[:, 1].max() < extent[2] or points[:, 1].min() > extent[3]):
            expected += 1
    assert 0 < expected < 83
    results = run_alg("urbantwin:importcitymodel", {
        "INPUT": [path], "OUTPUT": str(tmp_path / "part.gpkg"),
        "EXTENT": "{},{},{},{} [EPSG:25832]".format(*extent),
    })
    assert results["BUILDINGS"] == expected


def test_bad_input_raises_a_processing_error_naming_the_file(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    bad = tmp_path / "plan.gml"
    bad.write_text("<?xml version='1.0'?><x/>", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as caught:
        run_alg("urbantwin:importcitymodel", {"INPUT": [str(bad)], "OUTPUT": str(tmp_path / "o.gpkg")})
    assert "plan.gml" in str(caught.value)
    assert not os.path.exists(tmp_path / "o.gpkg")


def test_crs_parameter_assigns_the_crs(run_alg, sample, gpkg_rows, tmp_path):
    output = str(tmp_path / "types.gpkg")
    run_alg("urbantwin:importcitymodel", {
        "INPUT": [sample("cityjson20_conformance_cityobject_all_types.city.json")], "OUTPUT": output, "CRS": "EPSG:25832",
    })
    assert {r[0] for r in gpkg_rows(output, "SELECT srs_id FROM gpkg_geometry_columns")} == {25832}


def test_qgis_process_cli(qgis_process, sample, gpkg_rows, tmp_path):
    output = str(tmp_path / "cli.gpkg")
    result = qgis_process("run", "urbantwin:importcitymodel", "--",
                                                  "INPUT=" + sample("cityjson_zurich_subset_lod2.json"), "OUTPUT=" + output)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "BUILDINGS:\t49" in result.stdout
    assert gpkg_rows(output, "SELECT COUNT(*) FROM buildings WHERE object_type = 'BuildingPart'")[0][0] == 161


def test_toolbox_run_loads_the_three_styled_layers(run_alg, sample, tmp_path):
    """A toolbox run (context with project) registers the layers to load, each with a style post-processor."""
    from qgis.core import QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    output = str(tmp_path / "styled.gpkg")
    run_alg("urbantwin:importcitymodel", {"INPUT": [sample(NRW)], "OUTPUT": output}, context=context)
    to_load = context.layersToLoadOnCompletion()
    assert sorted(uri.split("layername=")[1] for uri in to_load) == ["building_surfaces", "buildings", "footprints"]
    assert all(details.postProcessor() is not None for details in to_load.values())


def test_algorithm_inside_a_graphical_model(urbantwin_provider, sample, gpkg_rows, tmp_path):
    """The algorithm as a child of a QgsProcessingModelAlgorithm (what the graphical modeler builds)."""
    import processing
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelParameter,
        QgsProcessingParameterFile,
    )

    model = QgsProcessingModelAlgorithm("import_tiles", "tests")
    model.addModelParameter(QgsProcessingParameterFile("tiles", "Tiles", behavior=QgsProcessingParameterFile.Behavior.Folder),
                            QgsProcessingModelParameter("tiles"))
    child = QgsProcessingModelChildAlgorithm("urbantwin:importcitymodel")
    child.setChildId("import")
    child.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("tiles")])
    output = str(tmp_path / "model.gpkg")
    child.addParameterSources("OUTPUT", [QgsProcessingModelChildParameterSource.fromStaticValue(output)])
    model.addChildAlgorithm(child)
    folder = tmp_path / "tiles"
    folder.mkdir()
    shutil.copy(sample("de_sn_LoD2_33_416_5656_2_SN_14bldg.gml"), folder / "sn.gml")
    processing.run(model, {"tiles": str(folder)}, context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
    assert gpkg_rows(output, "SELECT COUNT(*) FROM buildings WHERE parent_id IS NULL")[0][0] == 14


def test_progress_is_reported_and_reaches_100(run_alg, sample, tmp_path):
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    values = []
    feedback.progressChanged.connect(values.append)
    run_alg("urbantwin:importcitymodel", {"INPUT": [sample(NRW), sample("de_sn_LoD2_33_416_5656_2_SN_14bldg.gml")],
                                          "ALLOW_PARTIAL": True, "OUTPUT": str(tmp_path / "p.gpkg")}, feedback=feedback)
    assert values[-1] == 100.0
    assert values == sorted(values) and len(set(values)) >= 4


def test_import_keeps_gdal_metadata_beside_the_qgis_metadata(run_alg, sample, tmp_path):
    """GDAL's layer metadata (source, licence, CRS) and QGIS's metadata (provenance) both stay readable: storing the
    QGIS record used to delete every metadata reference of the table, orphaning GDAL's (GDAL then reported none)."""
    from osgeo import ogr
    from qgis.core import QgsVectorLayer

    output = str(tmp_path / "both.gpkg")
    run_alg("urbantwin:importcitymodel", {"INPUT": [sample(NRW)], "OUTPUT": output})
    dataset = ogr.Open(output)
    for table in ("buildings", "building_surfaces", "footprints"):
        gdal_items = dataset.GetLayerByName(table).GetMetadata()
        assert gdal_items.get("CRS") == "EPSG:25832" and NRW in gdal_items.get("SOURCE", ""), (table, gdal_items)
        layer = QgsVectorLayer("{}|layername={}".format(output, table), table, "ogr")
        assert "urbantwin:importcitymodel" in str(layer.metadata().history()), table
    dataset = None
    orphans = sqlite3.connect(output).execute(
        "SELECT count(*) FROM gpkg_metadata m WHERE NOT EXISTS (SELECT 1 FROM gpkg_metadata_reference r WHERE r.md_file_id = m.id)"
    ).fetchone()[0]
    assert orphans == 0
