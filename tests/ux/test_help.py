"""Item 7: the Hilfe entry and every algorithm's help button open German HTML shipped with the plugin; help
speaks of the layers the user sees."""

import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HELP_DIR = os.path.join(ROOT, "resources", "help")
OWN_ALGORITHMS = ["councilmap", "districtfigures", "exportxplan", "fetch", "importcitymodel", "importxplan", "musterquartier",
                  "plancompliance", "publish", "shadow", "solarpotential", "sunhours", "validatexplan"]
TABLE_NAMES = re.compile(r"bp_baugebietsteilflaeche|building_surfaces|\b(buildings|footprints)\b")


def test_every_algorithm_links_its_german_help_page(urbantwin_provider):
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QUrl

    index = open(os.path.join(HELP_DIR, "index.html"), encoding="utf-8").read()
    assert 'lang="de"' in index and "Kurzanleitung" in index
    registry = QgsApplication.processingRegistry()
    for name in OWN_ALGORITHMS:
        algorithm = registry.algorithmById("urbantwin:" + name)
        url = QUrl(algorithm.helpUrl())
        assert url.isLocalFile(), name
        path = url.toLocalFile()
        assert os.path.realpath(path) == os.path.join(HELP_DIR, name + ".html") and os.path.exists(path)
        text = open(path, encoding="utf-8").read()
        assert 'lang="de"' in text and "<h2>Parameter</h2>" in text
        assert '<a href="{}.html">'.format(name) in index  # reachable from the Hilfe page
        body = re.sub(r"<code>.*?</code>", "", text)  # parameter ids stay as they are
        assert not TABLE_NAMES.search(body), (name, TABLE_NAMES.search(body).group(0))
    compliance = open(os.path.join(HELP_DIR, "plancompliance.html"), encoding="utf-8").read()
    assert "Bebauungsplan-Check" in compliance and "„Gebäude“" in compliance


def test_help_texts_name_visible_layers(german, urbantwin_provider):
    from qgis.core import QgsApplication

    text = QgsApplication.processingRegistry().algorithmById("urbantwin:plancompliance").shortHelpString()
    assert "„Gebäude“" in text and "Baugebiete" in text
    assert not TABLE_NAMES.search(text)
    from urban_twin.core.processing.base import visible_layer_names

    assert visible_layer_names("der Layer buildings oder footprints") == "der Layer „Gebäude“ oder „Grundrisse“"
    assert visible_layer_names("(bp_baugebietsteilflaeche)") == "(Baugebiete)"


def test_hilfe_menu_opens_the_help_index(iface_with_plugin_menu, qgis_processing, flush, monkeypatch):
    from qgis.PyQt.QtGui import QDesktopServices

    import urban_twin

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    plugin = urban_twin.classFactory(iface_with_plugin_menu)
    try:
        plugin.initGui()
        help_action = [a for a in plugin.gui.menu.actions() if a.objectName() == "urbantwin_help"][0]
        help_action.trigger()
        assert [os.path.realpath(p) for p in opened] == [os.path.join(HELP_DIR, "index.html")]
    finally:
        plugin.unload()
        flush()
