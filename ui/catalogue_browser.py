"""QGIS Browser entries for the catalogues: "Urban Twin Katalog" → one folder per connection → the newest
records. A record can be dragged onto the map or double-clicked: its GeoPackage is fetched into the
verified cache (SHA-256 checked) in a background task and loaded with its published style when the task
has finished (see RecordItem for how a drop behaves).

``setup(iface) -> state`` and ``teardown(state)`` are called by ui/main_gui.py.
"""

import os

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsDataCollectionItem,
    QgsDataItem,
    QgsDataItemProvider,
    QgsDataProvider,
    QgsErrorItem,
    QgsMessageLog,
    QgsMimeDataUtils,
    QgsProject,
)

from ..core.catalogue.connections import list_connections, open_catalogue
from ..core.catalogue.record import enclosure, sha256_from_checksum, summary
from ..core.catalogue.services import layer_uri, service_links
from ..core.catalogue.sync import default_cache_dir, fetch_record, result_layers
from ..core.catalogue.tasks import FetchTask
from ..core.errors import UrbanTwinError
from ..core.i18n import tr

BROWSER_LIMIT = 50
PROVIDER_NAME = "Urban Twin catalogues"


def fetch_layers(connection_name, record_id):
    """Fetch (verified, cached) and return the loaded-ready layers of a record (blocking: scripts only)."""
    catalogue = open_catalogue(connection_name)
    record, path = fetch_record(catalogue, record_id)
    return result_layers(path, record, read_only=True)


def cached_asset_path(record, cache_dir=None):
    """The record's data file in the content-addressed cache, or None when it is not there yet.

    No network and no hashing: a file only gets its ``<sha256>.gpkg`` name in the cache after its SHA-256
    was verified (``assets.fetch_verified`` renames it into place last); its size is checked against the record."""
    link = enclosure(record)
    sha256_hex = sha256_from_checksum(link.get("file:checksum")) if link else None
    if not sha256_hex:
        return None
    path = os.path.join(cache_dir or default_cache_dir(), "{}.gpkg".format(sha256_hex))
    size = link.get("file:size", link.get("length"))
    if not os.path.isfile(path) or (size is not None and int(size) != os.path.getsize(path)):
        return None
    return path


# downloads started from the Browser: record id -> FetchTask (a reference keeps the Python task alive)
_DOWNLOADS = {}


def start_download(connection_name, record_id, add_to_project=True):
    """Fetch a record in a QgsTask; when it has finished, load its layers (main thread) and add them to the
    project. One download per record at a time: a second call returns the running task."""
    task = _DOWNLOADS.get(record_id)
    if task is not None:
        return task
    task = FetchTask(connection_name, record_id)
    _DOWNLOADS[record_id] = task

    def finished(done_task):
        _DOWNLOADS.pop(record_id, None)
        done_task.layers = []
        if done_task.cancelled:
            _report(tr("Loading of {} was cancelled.").format(record_id), Qgis.MessageLevel.Info)
            return
        if done_task.error is not None:
            _report(tr("Could not load {}: {}").format(record_id, done_task.error), Qgis.MessageLevel.Critical)
            return
        try:
            done_task.layers = result_layers(done_task.path, done_task.record, read_only=True)
        except UrbanTwinError as err:
            _report(tr("Could not load {}: {}").format(record_id, err), Qgis.MessageLevel.Critical)
            return
        if add_to_project:
            for layer in done_task.layers:
                QgsProject.instance().addMapLayer(layer)
        title = (done_task.record.get("properties") or {}).get("title") or record_id
        _report(tr("Loaded {}.").format(title), Qgis.MessageLevel.Success)

    task.done.connect(finished)
    QgsApplication.taskManager().addTask(task)
    return task


def _report(message, level):
    QgsMessageLog.logMessage(message, "Urban Twin", level)
    iface = _STATE.get("iface")
    if iface is not None and level != Qgis.MessageLevel.Info:
        try:
            iface.messageBar().pushMessage(tr("Catalogue"), message, level)
        except (AttributeError, TypeError):
            pass


_STATE = {}


class RecordItem(QgsDataItem):
    """A record in the Browser. Double-click: download task, the layers are added when it has finished.

    Drag and drop: QGIS asks for the URI synchronously when the drag starts (``mimeUris``). If the data
    file is already in the verified cache, the URI points at it and the drop loads it like any GeoPackage
    (the layer is made read-only when it is added). Otherwise the drag carries no URI, a download task
    starts at once and the layers are added to the project when it has finished."""

    def __init__(self, parent, connection_name, record):
        info = summary(record)
        super().__init__(Qgis.BrowserItemType.Custom, parent, info["title"] or info["id"],
                         "/urbantwin/{}/{}".format(connection_name, info["id"]), "urbantwin")
        self.connection_name = connection_name
        self.record_id = info["id"]
        self.record = record
        self.setToolTip("{}\n{} · {} · {}".format(info["description"][:300], info["updated"][:10], info["license"], info["algorithm"]))
        self.setState(QgsDataItem.State.Populated)
        self.setIcon(QgsApplication.getThemeIcon("/mIconVector.svg"))

    def hasDragEnabled(self):  # noqa: N802 - QGIS API
        return True

    def mimeUri(self):  # noqa: N802 - QGIS API
        """The URI of the cached data file, or an empty URI after starting the download task."""
        uri = QgsMimeDataUtils.Uri()
        services = service_links(self.record) if enclosure(self.record) is None else []
        if services:
            # an SDI record that links OGC services: QGIS's own provider opens it on drop
            try:
                uri.providerKey, uri.layerType, uri.uri = layer_uri(services[0])
            except UrbanTwinError:
                return QgsMimeDataUtils.Uri()
            uri.name = (self.record.get("properties") or {}).get("title") or services[0]["name"]
            return uri
        path = cached_asset_path(self.record)
        tables = _tables(path) if path else []
        if not tables:
            self.download()
            return uri
        uri.layerType = "vector"
        uri.providerKey = "ogr"
        uri.name = (self.record.get("properties") or {}).get("title") or tables[0]
        uri.uri = "{}|layername={}".format(path, tables[0])
        return uri

    def mimeUris(self):  # noqa: N802 - QGIS API
        uri = self.mimeUri()
        return [uri] if uri.uri else []

    def download(self):
        return start_download(self.connection_name, self.record_id)

    def handleDoubleClick(self):  # noqa: N802 - QGIS API
        services = service_links(self.record) if enclosure(self.record) is None else []
        if services:
            from qgis.core import QgsProject

            from ..core.catalogue.services import service_layer

            try:
                QgsProject.instance().addMapLayer(service_layer(services[0], (self.record.get("properties") or {}).get("title")))
            except UrbanTwinError as err:
                _report(str(err), Qgis.MessageLevel.Critical)
            return True
        self.download()
        return True


def _tables(path):
    from osgeo import ogr

    dataset = ogr.Open(path)
    if dataset is None:
        return []
    names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
    return [name for name in names if name != "layer_styles"]


def protect_cached_layers(layers):
    """Layers dropped from the Browser that point into the download cache become read-only (an edit would
    break the file's SHA-256)."""
    cache = os.path.normcase(os.path.abspath(default_cache_dir())) + os.sep
    for layer in layers:
        source = layer.source().split("|")[0]
        if layer.providerType() == "ogr" and os.path.normcase(os.path.abspath(source)).startswith(cache):
            layer.setReadOnly(True)


class ConnectionItem(QgsDataCollectionItem):
    def __init__(self, parent, connection):
        super().__init__(parent, connection.label(), "/urbantwin/" + connection.name, "urbantwin")
        self.connection_name = connection.name
        self.setIcon(QgsApplication.getThemeIcon("/mIconFolder.svg" if connection.kind not in ("oarec", "csw") else "/mIconWms.svg"))

    def createChildren(self):  # noqa: N802 - QGIS API (runs in a Browser worker thread)
        try:
            page = open_catalogue(self.connection_name).search(limit=BROWSER_LIMIT)
        except UrbanTwinError as err:
            return [QgsErrorItem(self, str(err), self.path() + "/error")]
        return [RecordItem(self, self.connection_name, record) for record in page.records]


class RootItem(QgsDataCollectionItem):
    def __init__(self, parent=None):
        super().__init__(parent, tr("Urban Twin catalogue"), "/urbantwin", "urbantwin")
        self.setIcon(QgsApplication.getThemeIcon("/mActionAddLayer.svg"))

    def createChildren(self):  # noqa: N802 - QGIS API
        return [ConnectionItem(self, connection) for connection in list_connections()]


class CatalogueItemProvider(QgsDataItemProvider):
    def name(self):
        return PROVIDER_NAME

    def dataProviderKey(self):  # noqa: N802 - QGIS API
        return "urbantwin"

    def capabilities(self):
        return QgsDataProvider.DataCapability.Net

    def createDataItem(self, path, parent):  # noqa: N802 - QGIS API
        return RootItem(parent) if not path else None


SYNC_INTERVAL_MS = 10 * 60 * 1000


def _sync_task(task):
    from ..core.catalogue.sync import sync_outbox

    return sync_outbox()


def start_background_sync():
    """Push due outbox entries in a QgsTask (QGIS start and every 10 minutes): never blocks the UI."""
    from qgis.core import QgsTask

    from ..core.catalogue.outbox import Outbox

    if not Outbox().due():
        return None
    task = QgsTask.fromFunction(tr("Urban Twin: sending the catalogue outbox"), _sync_task)
    QgsApplication.taskManager().addTask(task)
    return task


class CatalogueGuiState:
    def __init__(self, provider, timer):
        self.provider = provider
        self.timer = timer


def setup(iface):
    from qgis.PyQt.QtCore import QTimer

    provider = CatalogueItemProvider()
    QgsApplication.dataItemProviderRegistry().addProvider(provider)
    _STATE["iface"] = iface
    QgsProject.instance().layersAdded.connect(protect_cached_layers)
    timer = QTimer()
    timer.setInterval(SYNC_INTERVAL_MS)
    timer.timeout.connect(start_background_sync)
    timer.start()
    QTimer.singleShot(5000, start_background_sync)
    return CatalogueGuiState(provider, timer)


def teardown(state):
    if state is not None:
        state.timer.stop()
        _STATE.pop("iface", None)
        try:
            QgsProject.instance().layersAdded.disconnect(protect_cached_layers)
        except (TypeError, RuntimeError):
            pass
        for task in list(_DOWNLOADS.values()):
            task.cancel()
        QgsApplication.dataItemProviderRegistry().removeProvider(state.provider)
