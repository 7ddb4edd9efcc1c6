"""Loading the GeoPackage into a project: a group of three styled layers and a 3D renderer."""

from urban_twin.core.citymodel.importer import import_citymodel
from urban_twin.core.citymodel.project import add_citymodel_to_project


def test_group_with_styles_and_3d(sample, tmp_path, qgis_app):
    from qgis.core import QgsProject

    output = str(tmp_path / "nrw.urbantwin.gpkg")
    import_citymodel([sample("de_nrw_LoD2_32_280_5657_1_NW.gml")], output)
    project = QgsProject()
    group = add_citymodel_to_project(output, project)
    layers = [node.layer() for node in group.findLayers()]
    assert group.name().endswith("nrw")
    assert [layer.featureCount() for layer in layers] == [133, 1069, 83]
    buildings, surfaces, footprints = layers
    assert buildings.crs().authid() == "EPSG:25832"
    assert buildings.renderer().type() == "categorizedSymbol"
    assert buildings.renderer().classAttribute() == "function_group"
    values = {c.value() for c in buildings.renderer().categories()}
    assert {"residential", "agricultural", "ancillary"} <= values
    assert surfaces.renderer().classAttribute() == "surface_type"
    assert {c.value() for c in surfaces.renderer().categories()} >= {"RoofSurface", "WallSurface", "GroundSurface", "ClosureSurface"}
    assert group.findLayers()[0].itemVisibilityChecked() and not group.findLayers()[1].itemVisibilityChecked()
    renderer3d = buildings.renderer3D()
    assert renderer3d is not None and renderer3d.type() == "rulebased"
    # the 3D renderer draws whole buildings only and keeps absolute heights: check its XML
    from qgis.core import QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument()
    element = document.createElement("renderer")
    renderer3d.writeXml(element, QgsReadWriteContext())
    document.appendChild(element)
    xml = document.toString()
    assert "parent_id" in xml and "IS NULL" in xml
    assert 'alt-clamping="absolute"' in xml
    assert footprints.wkbType() in (6, 1006, 3006) or footprints.geometryType() == 2
    # aliases for the schema fields (English source strings; German through the translation)
    assert buildings.attributeAlias(buildings.fields().indexOf("function_label")) == "Function"
    assert surfaces.attributeAlias(surfaces.fields().indexOf("tilt")) == "Tilt (°)"


def test_background_task_import_then_styled_group(urbantwin_provider, sample, tmp_path, qgis_app):
    """What the drop handler does: QgsProcessingAlgRunnerTask in the task manager, then the project loader."""
    import time

    from qgis.core import (
        QgsApplication,
        QgsProcessingAlgRunnerTask,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProject,
    )

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("urbantwin:importcitymodel")
    context = QgsProcessingContext()
    project = QgsProject()
    context.setProject(project)
    feedback = QgsProcessingFeedback()
    progress = []
    feedback.progressChanged.connect(progress.append)
    target = str(tmp_path / "drop.urbantwin.gpkg")
    task = QgsProcessingAlgRunnerTask(algorithm, {"INPUT": [sample("cityjson_zurich_subset_lod2.json")], "OUTPUT": target},
                                      context, feedback)
    outcome = {}
    task.executed.connect(lambda ok, results: outcome.update(ok=ok, results=results))
    QgsApplication.taskManager().addTask(task)
    deadline = time.time() + 120
    while "ok" not in outcome and time.time() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.01)
    assert outcome.get("ok") is True
    assert outcome["results"]["BUILDINGS"] == 49 and progress and max(progress) == 100.0
    group = add_citymodel_to_project(outcome["results"]["OUTPUT"], project)
    assert [node.layer().featureCount() for node in group.findLayers()] == [49 + 161, 2039, 49]


def _painted_pixels(layer, extent):
    """Render one layer into a white image and count the pixels that are not white."""
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(200, 200))
    settings.setBackgroundColor(QColor("#ffffff"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    white = QColor("#ffffff").rgb()
    return sum(1 for x in range(image.width()) for y in range(image.height()) if image.pixel(x, y) != white)


def _styled_copy(layer, expression):
    from qgis.core import QgsFeatureRequest

    copy = layer.materialize(QgsFeatureRequest().setFilterExpression(expression))
    copy.setRenderer(layer.renderer().clone())
    return copy


def test_2d_map_draws_whole_buildings_not_parts_on_top(sample, tmp_path, qgis_app):
    """Parts (here without a function: group 'other') must not hide their building's colour in 2D."""
    from qgis.core import QgsProject

    output = str(tmp_path / "nrw.urbantwin.gpkg")
    import_citymodel([sample("de_nrw_LoD2_32_280_5657_1_NW.gml")], output)
    project = QgsProject()
    buildings = add_citymodel_to_project(output, project).findLayers()[0].layer()
    extent = buildings.extent()
    extent.scale(1.05)
    parts, whole = (_styled_copy(buildings, expression) for expression in ('"parent_id" IS NOT NULL', '"parent_id" IS NULL'))
    assert (parts.featureCount(), whole.featureCount()) == (50, 83)  # the tile's BuildingParts and Buildings
    assert _painted_pixels(parts, extent) == 0
    assert _painted_pixels(whole, extent) > 0
    # the function group shows its label in attribute table and forms; the data keeps the key
    setup = buildings.editorWidgetSetup(buildings.fields().indexOf("function_group"))
    assert setup.type() == "ValueMap"
    mapping = {label: key for entry in setup.config()["map"] for label, key in entry.items()}
    assert mapping["Residential"] == "residential" and set(mapping.values()) >= {"agricultural", "ancillary", "other"}
