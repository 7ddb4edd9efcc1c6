"""Item 6: menu, toolbox and drop put the same things in the same place: one group per city model with the
same layer names and order, results above plans, the GeoPackage beside the source (never a temporary file);
the Musterquartier adds its four results to the map."""

import os
import shutil


def _tree(group):
    return [node.layer().name() for node in group.findLayers()]


def test_temporary_import_target_goes_beside_the_source(musterquartier, tmp_path, urbantwin_provider, dialog_iface):
    """The dialog (menu, toolbox, batch) hands its parameters through preprocessParameters: a temporary target
    becomes <source>.urbantwin.gpkg beside the source; a target the user chose stays."""
    import processing

    source = tmp_path / "LoD2_32_356_5702.gml"
    shutil.copyfile(musterquartier["citygml"], source)
    plan = tmp_path / "bplan42.gml"
    shutil.copyfile(musterquartier["xplan"], plan)
    for algorithm_id, value, expected in (("urbantwin:importcitymodel", [str(source)], "LoD2_32_356_5702.urbantwin.gpkg"),
                                         ("urbantwin:importxplan", str(plan), "bplan42.urbantwin.gpkg")):
        dialog = processing.createAlgorithmDialog(algorithm_id, {"INPUT": value})
        parameters = dialog.createProcessingParameters()
        assert parameters["OUTPUT"] == str(tmp_path / expected), parameters
        dialog.deleteLater()
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("urbantwin:importxplan")
    chosen = str(tmp_path / "eigener_name.gpkg")
    assert algorithm.preprocessParameters({"INPUT": str(plan), "OUTPUT": chosen})["OUTPUT"] == chosen


def test_toolbox_run_loads_the_same_group_as_a_drop(imported_quarter, urbantwin_provider, qgis_new_project):
    """The toolbox asks Processing to load three loose layers; they become the drop's group."""
    from qgis.core import QgsProcessingContext, QgsProject

    from urban_twin.core.citymodel.project import add_citymodel_to_project
    from urban_twin.core.processing.result_loading import load_citymodel_as_group

    project = QgsProject.instance()
    gpkg = imported_quarter["citymodel"]
    context = QgsProcessingContext()
    context.setProject(project)
    for table in ("buildings", "building_surfaces", "footprints"):
        context.addLayerToLoadOnCompletion("{}|layername={}".format(gpkg, table), QgsProcessingContext.LayerDetails(table, project, table))
    (menu_group,) = load_citymodel_as_group(context)
    assert not context.layersToLoadOnCompletion()  # nothing loaded twice
    dropped = add_citymodel_to_project(gpkg, project)  # what the drop handler calls
    assert menu_group.name() == dropped.name() == "3D city model LoD2_32_356_5702"
    assert _tree(menu_group) == _tree(dropped) == [
        "Buildings – LoD2_32_356_5702", "Building surfaces – LoD2_32_356_5702", "Footprints – LoD2_32_356_5702"]
    buildings = menu_group.findLayers()[0].layer()
    assert buildings.renderer().type() == "categorizedSymbol"  # styled like the drop


def test_results_stay_above_plans_and_city_models(imported_quarter, qgis_new_project, tmp_path):
    from qgis.core import QgsLayerTree, QgsProject, QgsVectorLayer

    from urban_twin.core.citymodel.project import add_citymodel_to_project
    from urban_twin.core.layer_kinds import RESULTS, set_layer_kind
    from urban_twin.core.xplan.project import add_xplan_to_project

    project = QgsProject.instance()
    result = QgsVectorLayer("Polygon?crs=EPSG:25832", "Prüfung", "memory")
    set_layer_kind(result, RESULTS)
    project.addMapLayer(result)
    add_xplan_to_project(imported_quarter["xplan"], project)
    add_citymodel_to_project(imported_quarter["citymodel"], project)
    top = project.layerTreeRoot().children()
    assert QgsLayerTree.isLayer(top[0]) and top[0].layer() is result
    assert top[1].name() == "3D city model LoD2_32_356_5702" and top[2].name().startswith("Bebauungsplan Nr. 42")


def test_musterquartier_adds_its_four_results(tmp_path, urbantwin_provider, qgis_new_project):
    import processing
    from qgis.core import QgsProject

    from urban_twin.core.layer_kinds import layer_kind
    from urban_twin.core.processing.result_loading import load_musterquartier

    folder = str(tmp_path / "quartier")
    processing.run("urbantwin:musterquartier", {"OUTPUT_FOLDER": folder, "BUILDINGS": 40})
    project = QgsProject.instance()
    added = load_musterquartier(folder, project)
    assert len(added) == 4
    kinds = sorted(filter(None, (layer_kind(layer) for layer in project.mapLayers().values())))
    assert {"buildings", "surfaces", "footprints", "plan_zones", "parcels", "districts"} <= set(kinds)
    assert os.path.exists(os.path.join(folder, "musterquartier_lod2.urbantwin.gpkg"))  # beside the files, not in /tmp


def test_result_dropped_into_a_plan_group_goes_on_top(imported_quarter, qgis_new_project):
    from qgis.core import QgsProject, QgsVectorLayer

    from urban_twin.core.analysis.result_layers import raise_above_sources
    from urban_twin.core.xplan.project import add_xplan_to_project

    project = QgsProject.instance()
    plan_group = add_xplan_to_project(imported_quarter["xplan"], project)
    result = QgsVectorLayer("Polygon?crs=EPSG:25832", "Prüfung", "memory")
    project.addMapLayer(result, False)
    plan_group.insertLayer(2, result)  # where Processing's insertion point would put it (a selected plan layer)
    assert raise_above_sources(result, project)
    root = project.layerTreeRoot()
    assert root.children()[0].layer().id() == result.id()
    assert plan_group.findLayer(result.id()) is None
    assert not raise_above_sources(result, project)  # already on top: nothing moves
