"""Item 4: every XPlanung class 4.0–6.0 has a German title (layer panel and council legend), grouped under
headings; PlanZV symbols for the common line and point classes."""

import json
import os
import re

import pytest

ASCII_TRANSCRIPTIONS = re.compile(r"Flaeche|flaeche|Gruen|gruen|Strasse|strasse|Massnahme|massnahme|Gewaesser|Laerm|Gebaeude|Ueber|ueber")


def _all_classes():
    from urban_twin.core.xplan.titles import CLASSES_FILE

    with open(CLASSES_FILE, encoding="utf-8") as handle:
        versions = json.load(handle)
    assert set(versions) >= {"4.0", "4.1", "5.0", "5.1", "5.2", "5.3", "5.4", "6.0"}
    return sorted({name for names in versions.values() for name in names})


def test_every_class_of_every_version_has_a_german_title():
    from urban_twin.core.xplan.provenance_gpkg import layer_title

    classes = _all_classes()
    assert len(classes) > 300
    for name in classes:
        title = layer_title(name.lower())
        assert title != name.lower() and "_" not in title, name
        assert not ASCII_TRANSCRIPTIONS.search(title), (name, title)  # umlauts and ß, as a planner writes
        assert title[0].isupper(), (name, title)
    assert layer_title("bp_nebenanlagenflaeche") == "Nebenanlagenflächen"
    assert layer_title("bp_landwirtschaft") == "Flächen für die Landwirtschaft"
    assert layer_title("bp_anpflanzungbindungerhaltung_point") == "Anpflanzen, Bindungen und Erhaltung"
    assert layer_title("so_schutzgebietwasserrecht") == "Schutzgebiete nach Wasserrecht"


def test_headings_group_by_plan_type_and_theme():
    from urban_twin.core.xplan.titles import heading

    assert heading("bp_baugrenze") == "Bebauungsplan – Buildings and use"
    assert heading("bp_strassenverkehrsflaeche") == "Bebauungsplan – Traffic"
    assert heading("bp_gruenflaeche") == "Bebauungsplan – Green, nature and water"
    assert heading("fp_gemeinbedarf") == "Flächennutzungsplan – Community facilities, play and sport"
    assert heading("plans") == "Plan and scope" and heading("xp_ppo") == "Presentation"


def test_real_plan_shows_no_table_names(xplan_dir, tmp_path, qgis_new_project):
    """The plan from the report: today 12 of 21 layers showed table names such as bp_nebenanlagenflaeche."""
    from qgis.core import QgsProject

    from urban_twin.core.xplan.gpkg import import_xplan
    from urban_twin.core.xplan.project import add_xplan_to_project

    shown = 0
    for name in ("rub_v5-0_BP2070.gml", "rub_v5-0_Demo.gml", "sagis_v5-3_bp_plan1_minimal.gml", "synthetic_BPlan_6-0_arcs_hoehen.gml"):
        target = str(tmp_path / (name + ".gpkg"))
        import_xplan(os.path.join(xplan_dir, name), target)
        group = add_xplan_to_project(target, QgsProject.instance())
        for node in group.findLayers():
            layer = node.layer()
            table = layer.source().split("|layername=")[-1]
            title = layer.name().split(" – ")[0]
            assert title != table and not re.match(r"^(bp|fp|so|xp|lp|rp)_", title), (name, layer.name())
            assert layer.customProperty("urbantwin/legend_heading"), layer.name()
            shown += 1
    assert shown >= 21


def test_council_legend_groups_plan_layers_under_headings(imported_quarter, qgis_new_project, tmp_path):
    from qgis.core import QgsLayerTreeGroup, QgsProject

    from urban_twin.core.layout.councilmap import CouncilMapRequest, build_council_layout
    from urban_twin.core.xplan.project import add_xplan_to_project

    group = add_xplan_to_project(imported_quarter["xplan"], QgsProject.instance())
    layers = [node.layer() for node in group.findLayers()]
    layout = build_council_layout(CouncilMapRequest(layers=layers, output_pdf=str(tmp_path / "x.pdf"), language="de"))
    legend = layout.itemById("legend")
    groups = {child.name(): [n.layer().id() for n in child.findLayers()]
              for child in legend.model().rootGroup().children() if isinstance(child, QgsLayerTreeGroup)}
    assert "Bebauungsplan – Buildings and use" in groups or "Bebauungsplan – Bebauung und Nutzung" in groups
    zones = [layer for layer in layers if layer.source().endswith("layername=bp_baugebietsteilflaeche")][0]
    building_heading = [name for name, ids in groups.items() if zones.id() in ids]
    assert building_heading and building_heading[0].startswith("Bebauungsplan – ")


@pytest.mark.parametrize("table, geometry, symbol_type", [
    ("bp_nutzungsartengrenze", "LineString", "MarkerLine"),
    ("bp_firstrichtungslinie", "LineString", "ArrowLine"),
    ("bp_bereichohneeinausfahrtlinie", "LineString", "MarkerLine"),
])
def test_planzv_line_symbols(table, geometry, symbol_type, qgis_app):
    from qgis.core import QgsVectorLayer

    from urban_twin.core.xplan.styling import style_layer

    layer = QgsVectorLayer("{}?crs=EPSG:25832".format(geometry), table, "memory")
    style_layer(layer, table)
    assert layer.renderer().symbol().symbolLayer(0).layerType() == symbol_type


def test_planzv_point_symbols(qgis_app):
    from qgis.core import QgsVectorLayer

    from urban_twin.core.xplan.styling import style_layer

    trees = QgsVectorLayer("Point?crs=EPSG:25832&field=massnahme:integer", "t", "memory")
    style_layer(trees, "bp_anpflanzungbindungerhaltung_point")
    rules = trees.renderer().rootRule().children()
    assert [r.label() for r in rules] == ["Bäume erhalten", "Bäume anpflanzen"]
    keep, plant = (r.symbol().symbolLayer(0) for r in rules)
    assert keep.color().alpha() == 255 and plant.color().alpha() == 0  # filled = keep, open = plant (PlanZV 13.2)
    entry = QgsVectorLayer("Point?crs=EPSG:25832", "e", "memory")
    style_layer(entry, "bp_einfahrtpunkt")
    assert entry.renderer().symbol().symbolLayer(0).shape() == entry.renderer().symbol().symbolLayer(0).Shape.Triangle
