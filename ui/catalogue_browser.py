"""QGIS Browser entries for the catalogues: "Urban Twin Katalog" → one folder per connection → the newest
records. A record can be dragged onto the map or double-clicked: its GeoPackage is fetched into the
verified cache (SHA-256 checked) and loaded with its published style.

``setup(iface) -> state`` and ``teardown(state)`` are called by ui/main_gui.py.
"""

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
from ..core.catalogue.record import summary
from ..core.catalogue.sync import fetch_record, result_layers
from ..core.errors import UrbanTwinError
from ..core.i18n import tr

BROWSER_LIMIT = 50
PROVIDER_NAME = "Urban Twin catalogues"


def fetch_layers(connection_name, record_id):
    """Fetch (verified, cached) and return the loaded-ready layers of a record."""
    catalogue = open_catalogue(connection_name)
    record, path = fetch_record(catalogue, record_id)
    return result_layers(path, record, read_only=True)


class RecordItem(QgsDataItem):
    def __init__(self, parent, connection_name, record):
        info = summary(record)
        super().__init__(Qgis.BrowserItemType.Custom, parent, info["title"] or info["id"],
                         "/urbantwin/{}/{}".format(connection_name, info["id"]), "urbantwin")
        self.connection_name = connection_name
        self.record_id = info["id"]
        self.setToolTip("{}\n{} · {} · {}".format(info["description"][:300], info["updated"][:10], info["license"], info["algorithm"]))
        self.setState(QgsDataItem.State.Populated)
        self.setIcon(QgsApplication.getThemeIcon("/mIconVector.svg"))

    def hasDragEnabled(self):  # noqa: N802 - QGIS API
        return True

    def mimeUri(self):  # noqa: N802 - QGIS API
        uri = QgsMimeDataUtils.Uri()
        try:
            layers = fetch_layers(self.connection_name, self.record_id)
        except UrbanTwinError as err:
            QgsMessageLog.logMessage(str(err), "Urban Twin", Qgis.MessageLevel.Warning)
            return uri
        if layers:
            uri.layerType = "vector"
            uri.providerKey = "ogr"
            uri.name = layers[0].name()
            uri.uri = layers[0].source()
        return uri

    def mimeUris(self):  # noqa: N802 - QGIS API
        uri = self.mimeUri()
        return [uri] if uri.uri else []

    def handleDoubleClick(self):  # noqa: N802 - QGIS API
        try:
            for layer in fetch_layers(self.connection_name, self.record_id):
                QgsProject.instance().addMapLayer(layer)
        except UrbanTwinError as err:
            QgsMessageLog.logMessage(str(err), "Urban Twin", Qgis.MessageLevel.Critical)
        return True


class ConnectionItem(QgsDataCollectionItem):
    def __init__(self, parent, connection):
        super().__init__(parent, connection.label(), "/urbantwin/" + connection.name, "urbantwin")
        self.connection_name = connection.name
        self.setIcon(QgsApplication.getThemeIcon("/mIconFolder.svg" if connection.kind != "oarec" else "/mIconWms.svg"))

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
    timer = QTimer()
    timer.setInterval(SYNC_INTERVAL_MS)
    timer.timeout.connect(start_background_sync)
    timer.start()
    QTimer.singleShot(5000, start_background_sync)
    return CatalogueGuiState(provider, timer)


def teardown(state):
    if state is not None:
        state.timer.stop()
        QgsApplication.dataItemProviderRegistry().removeProvider(state.provider)
