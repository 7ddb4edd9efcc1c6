"""Item 2: the message bar after a drop says what happened — counts, what was skipped and why — never a green
"imported" for half a tile, and a failure says why."""

import os
import time

import pytest


def _drop(iface, path, timeout=120):
    """Drop ``path`` on QGIS the way the desktop does and wait for the background import to finish."""
    from qgis.core import QgsApplication

    from urban_twin.core import formats
    from urban_twin.ui.drop_handler import UrbanTwinDropHandler

    handler = UrbanTwinDropHandler(iface)
    assert handler.handleFileDrop(path)
    deadline = time.time() + timeout
    while handler.last_outcome is None and time.time() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)
    assert handler.last_outcome is not None, "import did not finish in {} s".format(timeout)
    assert formats.sniff_format(path)
    return handler.last_outcome


def _bar_texts(iface):
    bar = iface.messageBar()
    item = bar.currentItem()
    assert item is not None
    buttons = [w.text() for w in item.findChildren(__import__("qgis.PyQt.QtWidgets", fromlist=["QPushButton"]).QPushButton)]
    return item.text(), item.level(), buttons


@pytest.fixture()
def drop_folder(tmp_path):
    return tmp_path


def test_truncated_tile_is_refused_with_the_reason(musterquartier, drop_folder, qgis_iface, qgis_new_project, urbantwin_provider):
    """The robustness rule (#12): a file that ends before its root element closes is an error unless ALLOW_PARTIAL is
    set (not possible on a drop) — the bar says so in words with file and line, never a green "importiert"."""
    from qgis.core import Qgis, QgsProject

    data = open(musterquartier["citygml"], "rb").read()
    truncated = drop_folder / "LoD2_32_356_5702.gml"
    truncated.write_bytes(data[: len(data) // 2])
    outcome = _drop(qgis_iface, str(truncated))
    assert outcome.level == Qgis.MessageLevel.Critical
    text, level, buttons = _bar_texts(qgis_iface)
    assert level == Qgis.MessageLevel.Critical and text == outcome.text
    assert text.startswith("Import of LoD2_32_356_5702.gml failed: ")
    assert "truncated" in text and "line" in text.lower()
    assert not [layer for layer in QgsProject.instance().mapLayers().values() if layer.name().startswith("Buildings – ")]
    assert "Details" in buttons


def test_failed_import_says_why(drop_folder, qgis_iface, qgis_new_project, urbantwin_provider):
    from qgis.core import Qgis

    broken = drop_folder / "leer.gml"
    broken.write_text('<?xml version="1.0"?>\n<core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0">\n<core:cityObjectMember>')
    outcome = _drop(qgis_iface, str(broken))
    assert outcome.level == Qgis.MessageLevel.Critical
    text, level, buttons = _bar_texts(qgis_iface)
    assert text.startswith("Import of leer.gml failed: ")
    reason = text[len("Import of leer.gml failed: "):]
    assert reason and reason != str(broken) and ("truncated" in reason or "Nothing" in reason or "damaged" in reason), reason
    assert "Details" in buttons


def test_complete_import_is_a_success_with_counts(musterquartier, drop_folder, qgis_iface, qgis_new_project, urbantwin_provider):
    import shutil

    from qgis.core import Qgis

    tile = drop_folder / "musterquartier_lod2.gml"
    shutil.copyfile(musterquartier["citygml"], tile)
    outcome = _drop(qgis_iface, str(tile))
    assert outcome.level == Qgis.MessageLevel.Success, outcome.text
    assert outcome.text.startswith("musterquartier_lod2.gml imported: {} buildings".format(musterquartier["buildings"]))
    assert os.path.exists(drop_folder / "musterquartier_lod2.urbantwin.gpkg")  # beside the source, not in /tmp


def test_robustness_keys_are_read_when_present():
    """SKIPPED and COMPLETE of the robustness work (#12): a run that says COMPLETE=False is never a success."""
    from qgis.core import Qgis

    from urban_twin.ui.import_messages import CollectingFeedback, import_outcome

    feedback = CollectingFeedback()
    outcome = import_outcome("urbantwin:importcitymodel", "/x/a.gml", True, {"BUILDINGS": 7, "SKIPPED": 0, "COMPLETE": False}, feedback)
    assert outcome.level == Qgis.MessageLevel.Warning and "incomplete" in outcome.text and "7 buildings" in outcome.text
    feedback.reportError("File /x/a.gml, object B1, line 40: Polygon has fewer than 3 points", False)
    outcome = import_outcome("urbantwin:importcitymodel", "/x/a.gml", True, {"BUILDINGS": 7, "SKIPPED": 1}, feedback)
    assert "skipped objects: 1" in outcome.text and "object B1, line 40" in outcome.text
    outcome = import_outcome("urbantwin:importxplan", "/x/p.gml", True, {"FEATURES": 21}, CollectingFeedback())
    assert outcome.level == Qgis.MessageLevel.Success and "21 plan objects" in outcome.text


@pytest.mark.parametrize("message, meaning", [
    ("File a.gml, line 812: Invalid or truncated XML: Premature end of data in tag Building line 790", "truncated"),
    ("Opening and ending tag mismatch: Building line 3 and CityModel", "start and end tags do not match"),
    ("Expecting value: line 1 column 1 (char 0)", "JSON is damaged"),
])
def test_parser_messages_get_a_sentence_and_keep_the_original(message, meaning):
    from urban_twin.ui.import_messages import explain

    sentence = explain(message)
    assert meaning in sentence and message in sentence


def test_message_bar_text_is_german(german):
    from urban_twin.ui.import_messages import CollectingFeedback, import_outcome

    feedback = CollectingFeedback()
    feedback.reportError("File /x/a.gml, line 9: Invalid or truncated XML: Premature end of data in tag Building", False)
    outcome = import_outcome("urbantwin:importcitymodel", "/x/a.gml", True, {"BUILDINGS": 7, "SURFACES": 30, "SKIPPED": 2}, feedback)
    assert outcome.text.startswith("a.gml nur teilweise importiert: 7 Gebäude, 30 Flächen; übersprungene Objekte: 2. Grund: die Datei bricht")
    failed = import_outcome("urbantwin:importxplan", "/x/p.gml", False, {}, CollectingFeedback())
    assert failed.text == "Import von p.gml fehlgeschlagen: kein Grund gemeldet; siehe Protokoll"
