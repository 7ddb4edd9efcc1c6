"""German UI: every source string has a German translation, and a German QGIS shows a German menu."""

import os
import subprocess
import sys

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from urban_twin.core import i18n

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_every_source_string_has_a_german_translation():
    result = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "i18n.py"), "check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert result.stdout.strip().endswith("0 strings without German translation")


def test_check_detects_an_untranslated_string(tmp_path):
    """The check itself must be able to fail: a glossary without the menu string reports it."""
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    try:
        import importlib

        i18n_script = importlib.import_module("i18n")
    finally:
        sys.path.pop(0)
    ts = tmp_path / "probe.ts"
    i18n_script.extract(str(ts))
    glossary = i18n_script.load_glossary()
    glossary.pop("Import 3D city model…")
    missing = i18n_script.fill(str(ts), glossary)
    assert missing == ["Import 3D city model…"]


def test_committed_ts_is_complete():
    ts_path = os.path.join(ROOT, "i18n", "urban_twin_de.ts")
    with open(ts_path, encoding="utf-8") as handle:
        text = handle.read()
    assert 'type="unfinished"' not in text
    assert "<source>Import 3D city model…</source>" in text


def _ensure_qm():
    qm = os.path.join(ROOT, "i18n", "urban_twin_de.qm")
    if not os.path.exists(qm):  # make test builds it; a bare pytest run compiles it here the same way
        subprocess.run(["lrelease", "-silent", os.path.join(ROOT, "i18n", "urban_twin_de.ts")], check=True)
    return qm


def test_german_locale_gives_german_menu(iface_with_plugin_menu, qgis_processing, flush):
    _ensure_qm()
    settings = QgsSettings()
    old = settings.value("locale/userLocale", "")
    settings.setValue("locale/userLocale", "de_DE")
    import urban_twin

    plugin = urban_twin.classFactory(iface_with_plugin_menu)
    try:
        assert plugin.translator is not None
        assert i18n.tr("Help") == "Hilfe"
        plugin.initGui()
        texts = [action.text() for action in plugin.gui.menu.actions() if action.text()]
        assert "Hilfe" in texts
        assert "Beispielquartier erzeugen (Musterquartier)…" in texts  # menu = toolbox name (#18)
        algorithm = plugin.provider or None
        from qgis.core import QgsApplication

        alg = QgsApplication.processingRegistry().algorithmById("urbantwin:musterquartier")
        assert alg.group() == "Import"
        assert algorithm is None or algorithm.longName().startswith("Urban Twin – Werkzeuge")
    finally:
        plugin.unload()
        flush()
        settings.setValue("locale/userLocale", old)
    assert QCoreApplication.translate("@default", "Help") == "Help"  # translator removed with the plugin


def test_english_locale_keeps_english():
    settings = QgsSettings()
    old = settings.value("locale/userLocale", "")
    settings.setValue("locale/userLocale", "en_US")
    try:
        translator = i18n.install_translator()
        assert translator is None  # no English .qm: source strings are English
        assert i18n.tr("Help") == "Help"
    finally:
        settings.setValue("locale/userLocale", old)
