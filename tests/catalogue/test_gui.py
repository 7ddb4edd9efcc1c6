"""The Katalog dock and the Browser items, headless (pytest-qgis iface)."""

import os

import pytest


@pytest.fixture()
def local_catalogue_dir(tmp_path, monkeypatch):
    folder = str(tmp_path / "local_catalogue")
    monkeypatch.setenv("URBANTWIN_CATALOGUE_DIR", folder)
    return folder


def wait_for_sync(dock, seconds=60, attribute="sync_task"):
    import time

    from qgis.core import QgsApplication

    deadline = time.time() + seconds
    while getattr(dock, attribute) is not None and time.time() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)
    assert getattr(dock, attribute) is None, "background task did not finish"


def search(dock, offset=None):
    """Start the dock's search task and wait (event loop running) until its results are shown."""
    from pytest_qgis.utils import wait_until

    task = dock.run_search(offset)
    assert dock.search_task is task and dock.status_label.text() == "Searching…"
    assert wait_until(lambda: dock.search_task is None, timeout_milliseconds=30000), "search task did not finish"
    return dock.last_search_count


def with_provenance(layer):
    from urban_twin.core.provenance import apply_to_metadata, build_provenance

    metadata = layer.metadata()
    apply_to_metadata(metadata, build_provenance("urbantwin:sunhours", {"DATE": "2024-03-21"}), title="Besonnung März",
                      abstract="Sonnenstunden", licence="DL-DE-BY-2.0")
    metadata.addKeywords("Themen", ["Besonnung", "Klima"])
    layer.setMetadata(metadata)
    return layer


def test_publish_form_is_prefilled_from_metadata(qgis_app, small_layer):
    from urban_twin.ui.catalogue_dock import PublishDialog

    dialog = PublishDialog(with_provenance(small_layer))
    values = dialog.values()
    assert values["title"] == "Besonnung März"
    assert values["description"] == "Sonnenstunden"
    assert values["keywords"] == ["Besonnung", "Klima"]
    assert values["license_id"] == "DL-DE-BY-2.0"


def test_dock_publish_search_extent_load_outbox(qgis_app, qgis_iface, qgis_canvas, tmp_path, local_catalogue_dir, small_layer):
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle

    from urban_twin.core.catalogue.outbox import Outbox
    from urban_twin.ui.catalogue_dock import CatalogueDock

    dock = CatalogueDock(qgis_iface, None)
    dock.outbox = Outbox(str(tmp_path / "outbox"))
    assert dock.connection_combo.itemData(0) == "local"
    values = {"title": "Besonnung März", "description": "Sonnenstunden im Quartier", "keywords": ["Besonnung"],
              "license_id": "DL-DE-ZERO-2.0", "publisher": "Stadt Musterstadt"}
    record_id = dock.publish(with_provenance(small_layer), values)
    assert record_id and "outbox" in dock.status_label.text()
    wait_for_sync(dock)
    assert dock.last_sync_report == {"done": 1, "pending": 0, "failed": 0}
    assert "1 sent" in dock.status_label.text() and "0 waiting" in dock.outbox_label.text()
    assert dock.refresh_outbox() == {"pending": 0, "done": 1, "failed": 0}

    dock.search_edit.setText("Besonnung")
    assert search(dock) == 1
    item = dock.results.topLevelItem(0)
    assert [item.text(c) for c in (0, 2)] == ["Besonnung März", "DL-DE-ZERO-2.0"]
    assert item.text(3).startswith(("Hours of direct sun of ", "Besonnungsdauer vom "))  # Herkunft in words (#18), not the id

    # map extent filter: the canvas far away (Munich, UTM 32) finds nothing, over Altona it finds the record
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:25832"))
    dock.extent_check.setChecked(True)
    qgis_canvas.setExtent(QgsRectangle(690000, 5330000, 695000, 5335000))
    assert search(dock) == 0
    qgis_canvas.setExtent(QgsRectangle(561000, 5932000, 564000, 5935000))
    assert search(dock) == 1

    dock.results.topLevelItem(0).setSelected(True)
    dock.load_selected()
    wait_for_sync(dock, attribute="load_task")
    layers = dock.loaded_layers
    assert "Loaded" in dock.status_label.text()
    assert len(layers) == 1 and layers[0].featureCount() == 2 and layers[0].readOnly()
    assert QgsProject.instance().mapLayer(layers[0].id()) is not None
    QgsProject.instance().removeMapLayer(layers[0].id())


def test_browser_items_list_records_and_drag_gives_verified_layer(qgis_app, tmp_path, local_catalogue_dir, small_layer):
    from pytest_qgis.utils import process_events, wait_until
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

    from urban_twin.core.catalogue.connections import open_catalogue
    from urban_twin.core.catalogue.outbox import Outbox
    from urban_twin.core.catalogue.sync import default_cache_dir, publish_layer
    from urban_twin.ui import catalogue_browser

    record_id, _ = publish_layer(small_layer, open_catalogue("local"), title="Grünflächen", outbox=Outbox(str(tmp_path / "ob")))
    state = catalogue_browser.setup(None)
    provider = state.provider
    try:
        assert provider in QgsApplication.dataItemProviderRegistry().providers()
        root = provider.createDataItem("", None)
        connections = root.createChildren()
        local = [c for c in connections if c.connection_name == "local"][0]
        [item] = local.createChildren()
        assert item.name() == "Grünflächen" and item.record_id == record_id
        assert item.hasDragEnabled()
        # not in the cache yet: the drag carries no URI (nothing blocks), a download task starts instead
        layers_before = set(QgsProject.instance().mapLayers())
        assert item.mimeUris() == []
        task = catalogue_browser._DOWNLOADS[record_id]
        assert item.download() is task  # one download per record
        # the task manager deletes the finished task: wait for its "done" handler instead of its status
        assert wait_until(lambda: record_id not in catalogue_browser._DOWNLOADS, timeout_milliseconds=30000)
        process_events()
        assert task.error is None and not task.cancelled and len(task.layers) == 1
        added = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - layers_before]
        assert len(added) == 1 and added[0].featureCount() == 2 and added[0].readOnly()
        assert added[0].customProperty("udt/record_id") == record_id
        QgsProject.instance().removeMapLayer(added[0].id())
        # now in the verified cache: the drop gets the cached file's URI synchronously
        uri = item.mimeUri()
        assert uri.providerKey == "ogr" and os.path.exists(uri.uri.split("|")[0])
        assert os.path.dirname(uri.uri.split("|")[0]) == os.path.abspath(default_cache_dir())
        dropped = QgsVectorLayer(uri.uri, uri.name, "ogr")
        assert dropped.featureCount() == 2
        QgsProject.instance().addMapLayer(dropped)
        assert dropped.readOnly()  # a layer pointing into the cache is protected when it is added
        QgsProject.instance().removeMapLayer(dropped.id())
    finally:
        catalogue_browser.teardown(state)
    assert provider not in QgsApplication.dataItemProviderRegistry().providers()


def test_dock_shows_conflict_and_never_overwrites(qgis_app, qgis_iface, tmp_path, local_catalogue_dir, small_layer):
    from urban_twin.core.catalogue.connections import open_catalogue
    from urban_twin.core.catalogue.outbox import Outbox
    from urban_twin.core.catalogue.record import version_token
    from urban_twin.ui.catalogue_dock import CatalogueDock

    dock = CatalogueDock(qgis_iface, None)
    dock.outbox = Outbox(str(tmp_path / "outbox"))
    record_id = dock.publish(small_layer, {"title": "Lärmkartierung", "description": "v1", "keywords": [], "license_id": "DL-DE-BY-2.0",
                                           "publisher": None})
    wait_for_sync(dock)
    assert search(dock) == 1
    # a colleague corrects the record after our search
    colleague = open_catalogue("local")
    theirs = colleague.get(record_id)
    theirs["properties"]["description"] = "Korrektur der Kollegin"
    colleague.replace(record_id, theirs, version_token(theirs))
    assert dock.correct_metadata(record_id, {"description": "meine Korrektur"}) is None
    assert "Conflict" in dock.status_label.text()
    assert colleague.get(record_id)["properties"]["description"] == "Korrektur der Kollegin"
    # after a new search the correction is based on the current version and goes through
    assert search(dock) == 1
    stored = dock.correct_metadata(record_id, {"description": "meine Korrektur"})
    assert stored["properties"]["description"] == "meine Korrektur"
    assert colleague.get(record_id)["properties"]["description"] == "meine Korrektur"


def test_dock_rejects_a_tampered_data_file(qgis_app, qgis_iface, tmp_path, local_catalogue_dir, small_layer):
    from qgis.core import QgsProject

    from urban_twin.core.catalogue.connections import open_catalogue
    from urban_twin.core.catalogue.outbox import Outbox
    from urban_twin.core.catalogue.record import enclosure, sha256_from_checksum
    from urban_twin.core.catalogue.sync import publish_layer
    from urban_twin.ui.catalogue_dock import CatalogueDock

    small_layer.dataProvider().changeAttributeValues({1: {1: 42.0}})  # new content → new hash, not in the cache
    record_id, _ = publish_layer(small_layer, open_catalogue("local"), title="Manipuliert", outbox=Outbox(str(tmp_path / "ob")))
    catalogue = open_catalogue("local")
    sha = sha256_from_checksum(enclosure(catalogue.get(record_id))["file:checksum"])
    asset = tmp_path / "local_catalogue" / "assets" / (sha + ".gpkg")
    data = bytearray(asset.read_bytes())
    data[-100] ^= 0x01
    asset.write_bytes(bytes(data))
    dock = CatalogueDock(qgis_iface, None)
    dock.outbox = Outbox(str(tmp_path / "ob"))
    layers_before = len(QgsProject.instance().mapLayers())
    assert search(dock) == 1
    dock.results.topLevelItem(0).setSelected(True)
    dock.load_selected()
    wait_for_sync(dock, attribute="load_task")
    assert dock.loaded_layers == []
    assert "SHA-256" in dock.status_label.text()
    assert len(QgsProject.instance().mapLayers()) == layers_before
