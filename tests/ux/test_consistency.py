"""Item 9: one language, one name, one icon per algorithm; the translation check sees strings in class
attributes; German attribute values; plugin manager text German first."""

import configparser
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _i18n_script():
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    try:
        import importlib

        return importlib.import_module("i18n")
    finally:
        sys.path.pop(0)


def test_check_catches_strings_hidden_in_class_attributes(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text('GROUPS = {"analysis": "Analysis"}\n\n\nclass A:\n    def group(self):\n        return tr(GROUPS["analysis"])\n\n'
                     'def tr(text):\n    return tr(text)\n')
    found = _i18n_script().hidden_strings([str(probe)])
    assert len(found) == 1 and "tr(GROUPS['analysis'])" in found[0] and ":6:" in found[0]
    assert _i18n_script().hidden_strings() == []  # and the plugin has none left
    result = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "i18n.py"), "check"], capture_output=True, text=True)
    assert result.returncode == 0 and "hidden" not in result.stdout


def test_german_toolbox_groups_names_icons(german, urbantwin_provider):
    from qgis.core import QgsApplication, QgsProcessingModelAlgorithm

    algorithms = [a for a in QgsApplication.processingRegistry().algorithms()
                  if a.provider().id() == "urbantwin" and not isinstance(a, QgsProcessingModelAlgorithm)]
    assert len(algorithms) >= 13
    groups = {a.groupId(): a.group() for a in algorithms}
    assert groups["analysis"] == "Analyse" and groups["catalogue"] == "Katalog"
    icons = {}
    for algorithm in algorithms:
        for parameter in algorithm.parameterDefinitions():
            assert "optional" not in parameter.description().lower() or not parameter.flags() & parameter.Flag.FlagOptional, (
                algorithm.id(), parameter.description())
        icon_name = algorithm.ICON if algorithm.ICON != "urban_twin.svg" else None
        from urban_twin.core.processing.base import ICONS

        icon_name = icon_name or ICONS.get(algorithm.name())
        if True:
            assert icon_name and os.path.exists(os.path.join(ROOT, "resources", "icons", icon_name)), algorithm.id()
            icons[algorithm.id()] = icon_name
    assert len(set(icons.values())) == len(icons)  # an icon of its own each


def test_menu_uses_the_toolbox_names(german, iface_with_plugin_menu, qgis_processing, flush):
    from qgis.core import QgsApplication

    import urban_twin
    from urban_twin.ui.menu_entries import menu_entries

    plugin = urban_twin.classFactory(iface_with_plugin_menu)
    try:
        plugin.initGui()
        texts = [action.text() for action in plugin.gui.menu.actions() if action.text()]
        registry = QgsApplication.processingRegistry()
        for entry in menu_entries():
            if entry["kind"] == "algorithm":
                assert registry.algorithmById(entry["target"]).displayName() + "…" in texts
        assert "Bebauungsplan-Check (GRZ, GFZ, Vollgeschosse, Höhen)…" in texts
    finally:
        plugin.unload()
        flush()


def test_attribute_values_in_german(german, imported_quarter, qgis_new_project):
    from qgis.core import QgsApplication, QgsProject

    from urban_twin.core.citymodel.project import add_citymodel_to_project

    group = add_citymodel_to_project(imported_quarter["citymodel"], QgsProject.instance())
    buildings = group.findLayers()[0].layer()
    registry = QgsApplication.fieldFormatterRegistry()
    shown = {}
    for name in ("object_type", "is_part"):
        index = buildings.fields().indexOf(name)
        setup = buildings.editorWidgetSetup(index)
        formatter = registry.fieldFormatter(setup.type())
        values = {f[name] for f in buildings.getFeatures()}
        shown[name] = {formatter.representValue(buildings, index, setup.config(), None, value) for value in values}
    assert shown["object_type"] == {"Gebäude", "Gebäudeteil"}
    assert shown["is_part"] == {"ja", "nein"}


def test_plugin_manager_text_german_first():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    meta = parser["general"]
    assert meta["description"].startswith("Urbaner digitaler Zwilling")
    assert meta["about"].startswith("Urban Twin bringt")
    assert meta["changelog"].startswith("0.2.0 Planungsvarianten") and "\n0.2.0 Planning variants" in meta["changelog"]
