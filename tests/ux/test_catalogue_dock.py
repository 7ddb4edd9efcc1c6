"""Item 8: the catalogue in the planner's words — connections as a drop-down (also in the publish/fetch
dialogs, qgis_process still takes a name), "Herkunft" in words, a confirmation with "Im Katalog anzeigen",
titles and descriptions suggested from the layer's metadata."""

import pytest


@pytest.fixture()
def catalogue_folder(tmp_path, monkeypatch):
    folder = str(tmp_path / "katalog")
    monkeypatch.setenv("URBANTWIN_CATALOGUE_DIR", folder)
    return folder


@pytest.fixture()
def result_layer(qgis_app):
    from qgis.core import QgsFeature, QgsGeometry, QgsLayerMetadata, QgsVectorLayer

    from urban_twin.core.provenance import apply_to_metadata, build_provenance

    layer = QgsVectorLayer("Polygon?crs=EPSG:25832&field=status:string", "Prüfung", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((561000 5932000, 561100 5932000, 561100 5932100, 561000 5932000))"))
    feature.setAttributes(["complies"])
    layer.dataProvider().addFeatures([feature])
    provenance = build_provenance("urbantwin:plancompliance", {})
    provenance["runAt"] = "2026-12-03T09:15:00Z"
    layer.setMetadata(apply_to_metadata(QgsLayerMetadata(), provenance, title="Prüfung B-Plan 42"))
    return layer


def test_herkunft_in_words(german):
    from urban_twin.ui.catalogue_dock import provenance_in_words

    assert provenance_in_words({"algorithm": "urbantwin:plancompliance", "runAt": "2026-12-03T09:15:00Z"}) == \
        "Bebauungsplan-Check vom 03.12.2026"
    assert provenance_in_words({}) == ""


def test_publish_form_suggests_from_metadata(german, result_layer):
    from urban_twin.ui.catalogue_dock import PublishDialog

    dialog = PublishDialog(result_layer)
    values = dialog.values()
    assert values["title"] == "Prüfung B-Plan 42"
    assert values["description"] == "Ergebnis: Bebauungsplan-Check vom 03.12.2026"
    dialog.deleteLater()


def test_publish_and_fetch_dialogs_offer_the_connections(catalogue_folder, urbantwin_provider, dialog_iface, tmp_path):
    import processing

    from urban_twin.core.catalogue.connections import Connection, list_connections, remove_connection, save_connection

    save_connection(Connection(name="amt", kind="oarec", url="http://127.0.0.1:9/records"))
    try:
        names = [c.name for c in list_connections()]
        assert "amt" in names
        for algorithm_id in ("urbantwin:publish", "urbantwin:fetch"):
            dialog = processing.createAlgorithmDialog(algorithm_id, {})
            wrapper = dialog.mainWidget().wrappers["CATALOGUE"]
            combo = wrapper.widget
            assert [combo.itemData(i) for i in range(combo.count())] == names  # the configured connections
            wrapper.setValue("amt")
            assert wrapper.value() == "amt"
            combo.setEditText("ein-name-von-hand")  # a name typed by hand still passes through
            assert wrapper.value() == "ein-name-von-hand"
            dialog.deleteLater()
    finally:
        remove_connection("amt")


def test_confirmation_after_publishing_opens_the_record(catalogue_folder, qgis_iface, result_layer, tmp_path):
    from qgis.PyQt.QtWidgets import QPushButton

    from urban_twin.ui.catalogue_dock import CatalogueDock

    dock = CatalogueDock(qgis_iface, None)
    item = dock.confirm_published("Prüfung B-Plan 42", "rec-42")
    assert "rec-42" in item.text() and "Prüfung B-Plan 42" in item.text()
    buttons = [b for b in item.findChildren(QPushButton) if b.objectName() == "urbantwin_open_record"]
    assert len(buttons) == 1 and buttons[0].text() == "Open in catalogue"
    searched = []
    dock.run_search = lambda offset=None: searched.append(dock.search_edit.text())
    buttons[0].click()
    assert searched == ["Prüfung B-Plan 42"] and dock.pending_selection == "rec-42"
    dock.deleteLater()
