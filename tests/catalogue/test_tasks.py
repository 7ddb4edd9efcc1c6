"""Background search and download (core/catalogue/tasks.py) against the real pygeoapi server, run by the QGIS
task manager while the test keeps the event loop turning (pytest-qgis' wait_until/process_events)."""

import json
import os

import pytest

pytestmark = pytest.mark.integration

WAIT_MS = 30000


def make_record(title, bbox, description=""):
    from urban_twin.core.catalogue.record import attach_asset, build_record, finalise

    record = build_record(title, description, ["Test"], bbox=bbox, license_id="DL-DE-BY-2.0", publisher="Testkommune",
                          provenance={"algorithm": "urbantwin:shadow"})
    attach_asset(record, "file:///tmp/none.gpkg", "0" * 64, 10)
    return finalise(record)


def run_task(task, timeout_ms=WAIT_MS):
    """Add the task to the QGIS task manager and wait for its ``done`` signal (emitted in the main thread)."""
    from pytest_qgis.utils import process_events, wait_until
    from qgis.core import QgsApplication

    finished = []
    task.done.connect(finished.append)
    QgsApplication.taskManager().addTask(task)
    assert wait_until(lambda: bool(finished), timeout_milliseconds=timeout_ms), "task did not finish"
    process_events()
    return finished[0]


@pytest.fixture()
def oarec_connection(catalogue_url, tmp_path):
    """A saved OGC API – Records connection to the real server with a folder asset store (the Browser and the
    dock resolve connections by name)."""
    from urban_twin.core.catalogue.connections import Connection, remove_connection, save_connection

    connection = Connection("tasks-test", "oarec", catalogue_url, "", str(tmp_path / "share" / "assets"))
    save_connection(connection)
    yield connection
    remove_connection(connection.name)


def test_search_task_returns_what_the_synchronous_search_returns(qgis_app, catalogue_url, tmp_path):
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.catalogue.tasks import SearchTask

    catalogue = OARecCatalogue(catalogue_url, index_dir=str(tmp_path / "index"))
    for i, title in enumerate(["Verschattung Altona", "Verschattung Ottensen", "Lärm Altona", "Solar Harburg"]):
        catalogue.create(make_record(title, (9.90 + i * 0.01, 53.50, 9.95 + i * 0.01, 53.55), "Ergebnis {}".format(i)))

    def backend():
        return OARecCatalogue(catalogue_url, index_dir=str(tmp_path / "index_task"))

    for params in [{"q": "Verschattung"}, {"q": "Altona", "bbox": (9.89, 53.49, 9.96, 53.56)}, {"limit": 3, "offset": 0},
                   {"limit": 3, "offset": 3}, {"q": "Nirgendwo"}]:
        expected = catalogue.search(**params)
        task = run_task(SearchTask(backend, **params))
        assert task.error is None and not task.cancelled
        page = task.page
        assert not page.offline and not expected.offline
        assert [r["id"] for r in page.records] == [r["id"] for r in expected.records]
        assert json.dumps(page.records, sort_keys=True) == json.dumps(expected.records, sort_keys=True)
        assert (page.matched, page.next_offset) == (expected.matched, expected.next_offset)
    assert run_task(SearchTask(backend, q="Verschattung")).page.matched == 2


def test_cancel_stops_a_search_task(qgis_app, stand_in_server, tmp_path):
    """The server takes 8 s to answer (the search timeout is 15 s); a cancel ends the task at once, without
    a result and without falling back to the offline copy."""
    from pytest_qgis.utils import wait_until
    from qgis.core import QgsApplication, QgsTask

    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.catalogue.tasks import SearchTask

    body = json.dumps({"type": "FeatureCollection", "features": [], "numberMatched": 0}).encode()
    stand_in_server.script = [(200, {"Content-Type": "application/geo+json"}, body, 8)]
    task = SearchTask(lambda: OARecCatalogue(stand_in_server.base + "/collections/results", index_dir=str(tmp_path / "ix"), retries=0))
    finished = []
    task.done.connect(finished.append)
    QgsApplication.taskManager().addTask(task)
    assert wait_until(lambda: bool(stand_in_server.requests), timeout_milliseconds=WAIT_MS)  # the request is on the wire
    assert task.status() == QgsTask.TaskStatus.Running
    task.cancel()
    # well before the server's 8 s answer
    assert wait_until(lambda: bool(finished), timeout_milliseconds=4000), "cancelled task still running"
    assert finished[0] is task and task.cancelled and task.page is None and task.error is None
    assert len(stand_in_server.requests) == 1  # no retry after the cancel


def test_dock_search_runs_in_background_and_a_new_search_cancels_the_previous(qgis_app, qgis_iface, stand_in_server, tmp_path):
    from pytest_qgis.utils import wait_until

    from urban_twin.core.catalogue.connections import Connection, remove_connection, save_connection
    from urban_twin.core.catalogue.outbox import Outbox
    from urban_twin.ui.catalogue_dock import CatalogueDock

    body = json.dumps({"type": "FeatureCollection", "features": [], "numberMatched": 0}).encode()
    stand_in_server.script = [(200, {"Content-Type": "application/geo+json"}, body, 2)]
    save_connection(Connection("slow-server", "oarec", stand_in_server.base + "/collections/results"))
    try:
        dock = CatalogueDock(qgis_iface, None)
        dock.outbox = Outbox(str(tmp_path / "outbox"))
        dock.connection_combo.setCurrentIndex(dock.connection_combo.findData("slow-server"))
        dock.search_edit.setText("erste Suche")
        first = dock.run_search()
        first_done = []
        first.done.connect(first_done.append)
        assert dock.status_label.text() == "Searching…" and dock.search_task is first
        dock.search_edit.setText("zweite Suche")
        second = dock.run_search()  # returns at once; the first one is cancelled
        assert dock.search_task is second and second is not first
        assert wait_until(lambda: dock.search_task is None, timeout_milliseconds=WAIT_MS)
        assert wait_until(lambda: bool(first_done), timeout_milliseconds=WAIT_MS)
        assert first.cancelled and first.page is None
        assert second.page is not None and dock.last_search_count == 0
        assert dock.status_label.text() == "0 of 0 records shown."
    finally:
        remove_connection("slow-server")


def publish_to_server(layer, catalogue_url, tmp_path, title):
    from urban_twin.core.catalogue.assets import FolderAssetStore
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.catalogue.outbox import Outbox
    from urban_twin.core.catalogue.record import enclosure, sha256_from_checksum
    from urban_twin.core.catalogue.sync import publish_layer

    catalogue = OARecCatalogue(catalogue_url, asset_store=FolderAssetStore(str(tmp_path / "share" / "assets")), name="tasks-test")
    record_id, outcome = publish_layer(layer, catalogue, title=title, outbox=Outbox(str(tmp_path / "ob")))
    assert outcome == "done"
    sha = sha256_from_checksum(enclosure(catalogue.get(record_id))["file:checksum"])
    return record_id, sha, str(tmp_path / "share" / "assets" / (sha + ".gpkg"))


def test_fetch_task_verifies_the_hash_and_the_layer_is_loaded_after_it_finished(qgis_app, tmp_path, oarec_connection, small_layer):
    import hashlib

    from pytest_qgis.utils import process_events, wait_until
    from qgis.core import QgsProject

    from urban_twin.core.catalogue.tasks import FetchTask
    from urban_twin.ui import catalogue_browser

    record_id, sha, _asset = publish_to_server(small_layer, oarec_connection.url, tmp_path, "Besonnung im Hintergrund")
    # the core task alone: the file in the cache is the one the record names (SHA-256 computed here)
    task = run_task(FetchTask(oarec_connection.name, record_id, cache_dir=str(tmp_path / "cache")))
    assert task.error is None and task.record["id"] == record_id
    with open(task.path, "rb") as handle:
        assert hashlib.sha256(handle.read()).hexdigest() == sha
    assert os.path.basename(task.path) == sha + ".gpkg"

    # the Browser's double-click: nothing is added until the task has finished, then the layer is there
    before = set(QgsProject.instance().mapLayers())
    item = catalogue_browser.RecordItem(None, oarec_connection.name, task.record)
    assert item.handleDoubleClick() is True
    download = catalogue_browser._DOWNLOADS[record_id]
    assert set(QgsProject.instance().mapLayers()) == before
    assert wait_until(lambda: record_id not in catalogue_browser._DOWNLOADS, timeout_milliseconds=WAIT_MS)
    process_events()
    added = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - before]
    assert [layer.id() for layer in added] == [layer.id() for layer in download.layers]
    assert len(added) == 1 and added[0].featureCount() == 2 and added[0].readOnly()
    assert added[0].customProperty("udt/record_id") == record_id
    QgsProject.instance().removeMapLayer(added[0].id())


def test_corrupted_asset_in_a_task_loads_nothing_and_says_why(qgis_app, tmp_path, oarec_connection, small_layer):
    from pytest_qgis.utils import process_events, wait_until
    from qgis.core import QgsApplication, QgsProject

    from urban_twin.core.catalogue.sync import default_cache_dir
    from urban_twin.core.catalogue.tasks import FetchTask
    from urban_twin.ui import catalogue_browser

    small_layer.dataProvider().changeAttributeValues({1: {1: 7.5}})
    record_id, sha, asset = publish_to_server(small_layer, oarec_connection.url, tmp_path, "Manipulierte Daten")
    with open(asset, "rb") as handle:
        data = bytearray(handle.read())
    data[len(data) // 2] ^= 0xFF  # one flipped byte, same size
    with open(asset, "wb") as handle:
        handle.write(bytes(data))

    cache = tmp_path / "cache"
    task = run_task(FetchTask(oarec_connection.name, record_id, cache_dir=str(cache)))
    assert task.path is None and "SHA-256" in task.error
    assert [name for name in os.listdir(cache) if name.endswith(".gpkg")] == []

    messages = []

    def collect(message, tag, level):
        if tag == "Urban Twin":
            messages.append(message)

    QgsApplication.messageLog().messageReceived.connect(collect)
    try:
        before = set(QgsProject.instance().mapLayers())
        catalogue_browser.start_download(oarec_connection.name, record_id)
        assert wait_until(lambda: record_id not in catalogue_browser._DOWNLOADS, timeout_milliseconds=WAIT_MS)
        process_events()
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(collect)
    assert set(QgsProject.instance().mapLayers()) == before
    failures = [m for m in messages if record_id in m]
    assert failures and "SHA-256" in failures[-1] and "rejected" in failures[-1]
    assert not os.path.exists(os.path.join(default_cache_dir(), sha + ".gpkg"))
