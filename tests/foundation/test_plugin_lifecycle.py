"""The plugin loads in QGIS, wires its GUI, and unload removes every trace of it."""

from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QAction, QMenu, QToolBar

import urban_twin
from urban_twin.ui.menu_entries import menu_entries


def _counts(main_window):
    return (
        len(main_window.findChildren(QAction)),
        len(main_window.findChildren(QToolBar)),
        len(main_window.findChildren(QMenu)),
    )


def test_init_gui_adds_menu_and_actions_and_unload_removes_them(iface_with_plugin_menu, qgis_processing, flush):
    iface = iface_with_plugin_menu
    main_window = iface.mainWindow()
    flush()
    before = _counts(main_window)
    registry = QgsApplication.processingRegistry()
    provider_before = registry.providerById("urbantwin")

    plugin = urban_twin.classFactory(iface)
    plugin.initGui()
    flush()

    menu = plugin.gui.menu
    assert menu.title() in ("Urban Twin",)
    available = [e for e in menu_entries() if e["kind"] != "separator"]
    registered = [e for e in available if e["kind"] != "algorithm" or registry.algorithmById(e["target"])]
    # every entry whose algorithm is registered has an action, plus Help
    assert len(plugin.gui.actions) == len(registered) + 1
    assert menu.menuAction() in iface.pluginMenu().actions()
    assert registry.providerById("urbantwin") is not None
    assert iface.registerCustomDropHandler.called
    during = _counts(main_window)
    assert during[0] >= before[0] + len(plugin.gui.actions)
    assert during[1] == before[1] + 1  # one toolbar
    # the Browser shows the catalogues; the dock and the council-map dialog open from the menu
    browser_providers = [p.name() for p in QgsApplication.dataItemProviderRegistry().providers()]
    assert "Urban Twin catalogues" in browser_providers
    dock = plugin.gui.toggle_dock("catalogue_dock.CatalogueDock", True)
    dialog = plugin.gui.open_dialog("councilmap_dialog.CouncilMapDialog")
    assert not dock.isHidden() and not dialog.isHidden()  # the test main window itself is never shown
    flush()

    plugin.unload()
    flush()
    assert _counts(main_window) == before
    assert [p.name() for p in QgsApplication.dataItemProviderRegistry().providers()] == [
        n for n in browser_providers if n != "Urban Twin catalogues"]
    assert menu not in main_window.findChildren(QMenu)
    assert iface.unregisterCustomDropHandler.called
    assert registry.providerById("urbantwin") is provider_before  # provider removed again (or the test one untouched)


def test_class_factory_without_iface_runs_init_processing(qgis_processing):
    """qgis_process calls classFactory(None) and then only initProcessing()."""
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("urbantwin")  # the session fixture's provider, if a test registered it
    plugin = urban_twin.classFactory(None)
    plugin.initProcessing()
    provider = registry.providerById("urbantwin")
    assert provider is not None
    ids = {alg.id() for alg in provider.algorithms()}
    assert "urbantwin:musterquartier" in ids
    groups = {alg.groupId() for alg in provider.algorithms()}
    assert groups <= {"import", "xplanung", "analysis", "catalogue", "layout", "export3d"}
    plugin.unload()
    # unload removes only what this plugin instance registered
    assert (registry.providerById("urbantwin") is None) == (existing is None)


def test_broken_algorithm_module_does_not_hide_the_others(monkeypatch):
    """One alg_*.py with an import error costs only that algorithm, not the whole provider."""
    import importlib

    from urban_twin.core.processing import provider as provider_module

    real_import = importlib.import_module

    def failing_import(name, *args):
        if name.endswith(".alg_shadow"):
            raise ImportError("simulated broken module")
        return real_import(name, *args)

    monkeypatch.setattr(provider_module.importlib, "import_module", failing_import)
    modules = provider_module.algorithm_modules()
    names = {m.__name__.rsplit(".", 1)[-1] for m in modules}
    assert "alg_shadow" not in names
    assert {"alg_musterquartier", "alg_importcitymodel", "alg_sunhours"} <= names
