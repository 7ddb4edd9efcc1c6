"""Item 1: dialog inputs are pre-filled by what a layer is, never "the selected layer" for everything."""

import pytest


def _layer_by_name(project, prefix):
    matches = [layer for layer in project.mapLayers().values() if layer.name().startswith(prefix)]
    assert len(matches) == 1, [layer.name() for layer in project.mapLayers().values()]
    return matches[0]


def _dialog_values(algorithm_id, active_layer, iface, install=True):
    """Open the dialog the way toolbox, menu and locator do (through createCustomParametersWidget, here via
    processing.createAlgorithmDialog) with ``active_layer`` selected, and read the layer inputs."""
    import processing
    from qgis.core import QgsApplication

    from urban_twin.ui import dialog_defaults

    if install:
        dialog_defaults.install()
    try:
        iface.select_layer(active_layer)
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        dialog = processing.createAlgorithmDialog(algorithm_id, {})
        panel = dialog.mainWidget()
        values = {name: wrapper.parameterValue() for name, wrapper in panel.wrappers.items() if name in algorithm.input_kinds()}
        dialog.deleteLater()
        return values
    finally:
        dialog_defaults.uninstall()


def _layer_id(value):
    return value.id() if hasattr(value, "id") else value


def test_parcels_selected_do_not_become_buildings_or_plan(planner_project, urbantwin_provider, dialog_iface):
    project, parcels = planner_project
    buildings = _layer_by_name(project, "Buildings – LoD2_32_356_5702")
    zones = _layer_by_name(project, "Building zones – Bebauungsplan")
    values = _dialog_values("urbantwin:plancompliance", parcels, dialog_iface)
    assert _layer_id(values["BUILDINGS"]) == buildings.id()
    assert _layer_id(values["PLAN"]) == zones.id()
    assert _layer_id(values["PARCELS"]) == parcels.id()  # the Flurstücke go where parcels belong


def test_without_our_dialog_qgis_puts_the_selection_everywhere(planner_project, urbantwin_provider, dialog_iface):
    """The bug as reported (control: the test above would catch it): QGIS alone fills Gebäude with Flurstücke."""
    project, parcels = planner_project
    values = _dialog_values("urbantwin:plancompliance", parcels, dialog_iface, install=False)
    assert _layer_id(values["BUILDINGS"]) == parcels.id()


@pytest.mark.parametrize("algorithm_id, parameter, prefix", [
    ("urbantwin:solarpotential", "SURFACES", "Building surfaces – "),
    ("urbantwin:solarpotential", "BUILDINGS", "Buildings – "),
    ("urbantwin:shadow", "BUILDINGS", "Buildings – "),
    ("urbantwin:sunhours", "BUILDINGS", "Building surfaces – "),
    ("urbantwin:districtfigures", "DISTRICTS", "Quartiere"),
    ("urbantwin:districtfigures", "BUILDINGS", "Buildings – "),
])
def test_solar_shadow_sunhours_districts_take_the_right_kind(planner_project, urbantwin_provider, dialog_iface, algorithm_id, parameter, prefix):
    project, parcels = planner_project
    values = _dialog_values(algorithm_id, parcels, dialog_iface)
    assert _layer_id(values[parameter]) == _layer_by_name(project, prefix).id()


def test_ambiguous_inputs_stay_empty_and_same_tile_is_paired(planner_project, imported_quarter, urbantwin_provider, dialog_iface):
    """With two tiles and no buildings layer selected, the input stays empty rather than a guess; once the
    surfaces of tile B are selected, the shading buildings of tile B (same file) go with them."""
    from qgis.core import QgsProject

    from urban_twin.core.citymodel.project import add_citymodel_to_project

    project, parcels = planner_project
    add_citymodel_to_project(imported_quarter["citymodel_b"], QgsProject.instance())
    values = _dialog_values("urbantwin:shadow", parcels, dialog_iface)
    assert values["BUILDINGS"] in (None, "")
    surfaces_b = _layer_by_name(project, "Building surfaces – LoD2_32_357_5702")
    values = _dialog_values("urbantwin:solarpotential", surfaces_b, dialog_iface)
    assert _layer_id(values["SURFACES"]) == surfaces_b.id()
    assert _layer_id(values["BUILDINGS"]) == _layer_by_name(project, "Buildings – LoD2_32_357_5702").id()


def test_no_fitting_layer_leaves_the_input_empty(qgis_new_project, imported_quarter, urbantwin_provider, dialog_iface):
    from qgis.core import QgsProject, QgsVectorLayer

    parcels = QgsVectorLayer(imported_quarter["parcels"] + "|layername=flurstuecke", "Flurstücke", "ogr")
    QgsProject.instance().addMapLayer(parcels)
    values = _dialog_values("urbantwin:plancompliance", parcels, dialog_iface)
    assert values["BUILDINGS"] in (None, "") and values["PLAN"] in (None, "")


def test_layer_kinds_of_our_outputs_and_foreign_layers(planner_project):
    from urban_twin.core.layer_kinds import layer_kind

    project, parcels = planner_project
    kinds = {layer.name(): layer_kind(layer) for layer in project.mapLayers().values()}
    assert kinds["Buildings – LoD2_32_356_5702"] == "buildings"
    assert kinds["Building surfaces – LoD2_32_356_5702"] == "surfaces"
    assert kinds["Footprints – LoD2_32_356_5702"] == "footprints"
    assert kinds["Flurstücke"] == "parcels" and kinds["Quartiere"] == "districts"
    zones = [name for name, kind in kinds.items() if kind == "plan_zones"]
    assert zones == ["Building zones – Bebauungsplan Nr. 42"] or (len(zones) == 1 and zones[0].startswith("Building zones – "))
    # the property travels with the project file
    buildings = _layer_by_name(project, "Buildings – ")
    assert buildings.customProperty("urbantwin/layer_kind") == "buildings"


def test_german_layer_names_tell_tiles_and_plans_apart(german, imported_quarter, qgis_new_project):
    from qgis.core import QgsProject

    from urban_twin.core.citymodel.project import add_citymodel_to_project
    from urban_twin.core.xplan.project import add_xplan_to_project

    project = QgsProject.instance()
    add_citymodel_to_project(imported_quarter["citymodel"], project)
    add_citymodel_to_project(imported_quarter["citymodel_b"], project)
    add_xplan_to_project(imported_quarter["xplan"], project)
    names = {layer.name() for layer in project.mapLayers().values()}
    assert {"Gebäude – LoD2_32_356_5702", "Gebäude – LoD2_32_357_5702"} <= names
    assert "Baugebiete – Bebauungsplan Nr. 42" in names or any(n.startswith("Baugebiete – Bebauungsplan Nr. 42") for n in names)
