"""The "Katalog" dock: connections, search (text + map extent), results (title, date, licence,
provenance), load, publish the selected layer, and the outbox state with "Sync now".

All catalogue logic lives in core/catalogue; this module only wires widgets to it.
"""

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsMapLayerType,
    QgsProject,
    QgsTask,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.catalogue.backend import ConflictError
from ..core.catalogue.connections import Connection, list_connections, open_catalogue, remove_connection, save_connection
from ..core.catalogue.outbox import Outbox
from ..core.catalogue.record import enclosure, license_choices, metadata_to_fields, summary, version_token
from ..core.catalogue.services import service_layer, service_links
from ..core.catalogue.sync import publish_layer, result_layers, sync_outbox, update_metadata
from ..core.catalogue.tasks import FetchTask, SearchTask
from ..core.errors import UrbanTwinError
from ..core.i18n import tr

PAGE_SIZE = 25


class RecordFormDialog(QDialog):
    """Title, description, keywords, licence (+ publisher) of a record."""

    def __init__(self, defaults, window_title, parent=None, with_publisher=True):
        super().__init__(parent)
        self.setWindowTitle(window_title)
        form = QFormLayout(self)
        self.title_edit = QLineEdit(defaults.get("title") or "")
        self.description_edit = QPlainTextEdit(defaults.get("description") or "")
        self.keywords_edit = QLineEdit(", ".join(defaults.get("keywords") or []))
        self.license_combo = QComboBox()
        for spdx, label in license_choices():
            self.license_combo.addItem(label, spdx)
        if defaults.get("license"):
            index = self.license_combo.findData(defaults["license"])
            if index >= 0:
                self.license_combo.setCurrentIndex(index)
        self.publisher_edit = QLineEdit()
        provenance = defaults.get("provenance") or {}
        form.addRow(tr("Title"), self.title_edit)
        form.addRow(tr("Description"), self.description_edit)
        form.addRow(tr("Keywords (comma-separated)"), self.keywords_edit)
        form.addRow(tr("Licence"), self.license_combo)
        if with_publisher:
            form.addRow(tr("Publisher (organisation)"), self.publisher_edit)
        form.addRow(tr("Provenance"), QLabel(provenance_in_words(provenance) or tr("none recorded")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self):
        return {
            "title": self.title_edit.text().strip(),
            "description": self.description_edit.toPlainText(),
            "keywords": [k.strip() for k in self.keywords_edit.text().replace(";", ",").split(",") if k.strip()],
            "license_id": self.license_combo.currentData(),
            "publisher": self.publisher_edit.text().strip() or None,
        }


def provenance_in_words(provenance):
    """ "Bebauungsplan-Check vom 03.12.2026" (German UI) for a record's or layer's provenance, '' when unknown."""
    from ..core.layout.sheet_text import algorithm_in_words

    if not isinstance(provenance, dict) or not provenance.get("algorithm"):
        return ""
    pattern = tr("{name} of {date}")
    german = pattern != "{name} of {date}"  # the German translation is active
    name = algorithm_in_words(provenance["algorithm"], english=not german)
    day = str(provenance.get("runAt") or "")[:10]
    if len(day) == 10 and day[4] == "-" and day[7] == "-":
        return pattern.format(name=name, date="{}.{}.{}".format(day[8:10], day[5:7], day[0:4]) if german else day)
    return name


class PublishDialog(RecordFormDialog):
    """The publication form, prefilled from the layer metadata: its title (else the layer name) and a
    description saying what made it ("Ergebnis: Bebauungsplan-Check vom 03.12.2026")."""

    def __init__(self, layer, parent=None):
        defaults = metadata_to_fields(layer.metadata())
        defaults["title"] = defaults.get("title") or layer.name()
        made = provenance_in_words(defaults.get("provenance"))
        if not (defaults.get("description") or "").strip() and made:
            defaults["description"] = tr("Result: {}").format(made)
        super().__init__(defaults, tr("Publish layer to catalogue"), parent)


class ConnectionDialog(QDialog):
    """A catalogue connection: shared folder or OGC API – Records URL, with a QGIS auth configuration."""

    def __init__(self, parent=None):
        super().__init__(parent)
        from qgis.gui import QgsAuthConfigSelect

        self.setWindowTitle(tr("New catalogue connection"))
        form = QFormLayout(self)
        self.name_edit = QLineEdit()
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(tr("OGC API – Records server"), "oarec")
        self.kind_combo.addItem(tr("Shared folder (network drive)"), "folder")
        self.kind_combo.addItem(tr("CSW catalogue (GDI-DE, GeoNetwork, pycsw)"), "csw")
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://…/collections/results")
        self.auth_select = QgsAuthConfigSelect(self)
        self.asset_edit = QLineEdit()
        browse = QPushButton(tr("Folder…"))
        browse.clicked.connect(self._choose_asset_folder)
        asset_row = QHBoxLayout()
        asset_row.addWidget(self.asset_edit)
        asset_row.addWidget(browse)
        form.addRow(tr("Name"), self.name_edit)
        form.addRow(tr("Type"), self.kind_combo)
        form.addRow(tr("URL or folder"), self.url_edit)
        form.addRow(tr("Authentication"), self.auth_select)
        form.addRow(tr("Folder for data files"), asset_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _choose_asset_folder(self):
        folder = QFileDialog.getExistingDirectory(self, tr("Folder for data files"))
        if folder:
            self.asset_edit.setText(folder)

    def connection(self):
        return Connection(self.name_edit.text().strip(), self.kind_combo.currentData(), self.url_edit.text().strip(),
                          self.auth_select.configId(), self.asset_edit.text().strip())


class CatalogueDock(QDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Catalogue"), parent)
        self.setObjectName("UrbanTwinCatalogueDock")
        self.iface = iface
        self.outbox = Outbox()
        self.sync_task = None
        self.load_task = None
        self.search_task = None
        self._searches = set()
        self.last_search_count = None
        self.loaded_layers = []
        self.last_sync_report = None
        self.records = {}
        self.next_offset = None
        self._build()
        self.reload_connections()
        self.refresh_outbox()

    # -- widgets ----------------------------------------------------------------------------------
    def _build(self):
        body = QWidget(self)
        layout = QVBoxLayout(body)
        row = QHBoxLayout()
        self.connection_combo = QComboBox()
        add_button = QPushButton(tr("Add…"))
        add_button.clicked.connect(self.add_connection)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current_connection)
        row.addWidget(self.connection_combo, 1)
        row.addWidget(add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)

        row = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(tr("Search title, description, keywords"))
        self.search_edit.returnPressed.connect(self.run_search)
        self.extent_check = QCheckBox(tr("Map extent only"))
        search_button = QPushButton(tr("Search"))
        search_button.clicked.connect(self.run_search)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.extent_check)
        row.addWidget(search_button)
        layout.addLayout(row)

        self.results = QTreeWidget()
        self.results.setHeaderLabels([tr("Title"), tr("Date"), tr("Licence"), tr("Provenance")])
        self.results.setRootIsDecorated(False)
        self.results.itemDoubleClicked.connect(lambda item, column: self.load_selected())
        layout.addWidget(self.results, 1)

        row = QHBoxLayout()
        self.more_button = QPushButton(tr("More results"))
        self.more_button.setEnabled(False)
        self.more_button.clicked.connect(lambda: self.run_search(self.next_offset))
        load_button = QPushButton(tr("Load"))
        load_button.clicked.connect(self.load_selected)
        publish_button = QPushButton(tr("Publish selected layer…"))
        publish_button.clicked.connect(self.publish_current_layer)
        correct_button = QPushButton(tr("Correct metadata…"))
        correct_button.clicked.connect(self.correct_selected_metadata)
        row.addWidget(self.more_button)
        row.addWidget(load_button)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(publish_button)
        row.addWidget(correct_button)
        layout.addLayout(row)

        row = QHBoxLayout()
        self.outbox_label = QLabel()
        sync_button = QPushButton(tr("Sync now"))
        sync_button.clicked.connect(self.sync_now)
        retry_button = QPushButton(tr("Retry failed"))
        retry_button.clicked.connect(self.retry_failed)
        row.addWidget(self.outbox_label, 1)
        row.addWidget(sync_button)
        row.addWidget(retry_button)
        layout.addLayout(row)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.setWidget(body)

    def _show(self, message, error=False):
        self.status_label.setText(message)
        bar = getattr(self.iface, "messageBar", None)
        if error and bar is not None:
            try:
                from qgis.core import Qgis

                bar().pushMessage(tr("Catalogue"), message, Qgis.MessageLevel.Critical)
            except (AttributeError, TypeError):
                pass

    # -- connections --------------------------------------------------------------------------------
    def reload_connections(self):
        self.connection_combo.clear()
        for connection in list_connections():
            self.connection_combo.addItem(connection.label(), connection.name)

    def current_connection(self):
        return self.connection_combo.currentData()

    def add_connection(self):
        dialog = ConnectionDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            save_connection(dialog.connection())
        except UrbanTwinError as err:
            self._show(str(err), error=True)
            return
        self.reload_connections()

    def remove_current_connection(self):
        name = self.current_connection()
        if name and name != "local":
            remove_connection(name)
            self.reload_connections()

    # -- search and load ---------------------------------------------------------------------------
    def canvas_bbox_crs84(self):
        canvas = self.iface.mapCanvas()
        extent = canvas.extent()
        if extent.isEmpty():
            return None
        transform = QgsCoordinateTransform(canvas.mapSettings().destinationCrs(), QgsCoordinateReferenceSystem("EPSG:4326"),
                                           QgsProject.instance())
        box = transform.transformBoundingBox(extent)
        return (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())

    def run_search(self, offset=None):
        """Start the search in a QgsTask (the dock stays usable); a new search cancels the running one.
        Returns the task; the results are shown when it has finished (``search_finished``)."""
        offset = offset or 0
        self.cancel_search()
        bbox = self.canvas_bbox_crs84() if self.extent_check.isChecked() else None
        task = SearchTask(self.current_connection(), bbox=bbox, q=self.search_edit.text().strip() or None, limit=PAGE_SIZE, offset=offset)
        task.done.connect(self.search_finished)
        self.search_task = task
        self._searches.add(task)  # a cancelled search stays referenced until its "done" (PyQGIS tasks need that)
        self.more_button.setEnabled(False)
        self._show(tr("Searching…"))
        QgsApplication.taskManager().addTask(task)
        return task

    def cancel_search(self):
        task, self.search_task = self.search_task, None
        if task is not None:
            task.cancel()  # its late "done" is ignored: it is no longer self.search_task

    def search_finished(self, task):
        self._searches.discard(task)
        if task is not self.search_task:
            return  # a search that was replaced by a newer one
        self.search_task = None
        if task.cancelled:
            self._show(tr("Search cancelled."))
            return
        if task.error is not None:
            self.last_search_count = 0
            self._show(task.error, error=True)
            return
        page = task.page
        if task.params["offset"] == 0:
            self.results.clear()
            self.records = {}
        for record in page.records:
            info = summary(record)
            provenance = (record.get("properties") or {}).get("udt:provenance") or {}
            made = provenance_in_words(provenance) or info["algorithm"]
            item = QTreeWidgetItem([info["title"], info["updated"][:10], info["license"], made])
            item.setData(0, Qt.ItemDataRole.UserRole, info["id"])
            item.setToolTip(0, info["description"][:500])
            self.results.addTopLevelItem(item)
            self.records[info["id"]] = record
        self.next_offset = page.next_offset
        self.more_button.setEnabled(page.next_offset is not None)
        total = page.matched if page.matched is not None else self.results.topLevelItemCount()
        message = tr("{} of {} records shown.").format(self.results.topLevelItemCount(), total)
        if page.offline:
            message += " " + tr("The catalogue cannot be reached: these are the records last seen (offline).")
        self.last_search_count = len(page.records)
        self._show(message)
        wanted = getattr(self, "pending_selection", None)
        for index in range(self.results.topLevelItemCount()):
            entry = self.results.topLevelItem(index)
            if wanted and entry.data(0, Qt.ItemDataRole.UserRole) == wanted:
                self.results.setCurrentItem(entry)
                self.pending_selection = None

    def selected_record_id(self):
        items = self.results.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def load_selected(self):
        """Download (verified, cached) in a QgsTask; add the layers to the project when it is done."""
        record_id = self.selected_record_id()
        if not record_id:
            self._show(tr("Select a record first."))
            return None
        if self.load_task is not None:
            return self.load_task
        self.loaded_layers = []
        record = self.records.get(record_id)
        if record is not None and enclosure(record) is None and service_links(record):
            return self.load_services(record)
        self._show(tr("Downloading {}…").format(record_id))
        self.load_task = FetchTask(self.current_connection(), record_id, outbox_folder=self.outbox.folder)
        self.load_task.done.connect(self.load_finished)
        QgsApplication.taskManager().addTask(self.load_task)
        return self.load_task

    def load_services(self, record):
        """A record without a data file that links OGC services (typical for SDI records): the services' layers
        through QGIS's own providers (WMS, WFS, OGC API – Features)."""
        title = (record.get("properties") or {}).get("title") or record["id"]
        errors = []
        for link in service_links(record):
            try:
                self.loaded_layers.append(service_layer(link, "{} ({})".format(title, link["name"] or link["kind"].upper())))
            except UrbanTwinError as err:
                errors.append(str(err))
        for layer in self.loaded_layers:
            QgsProject.instance().addMapLayer(layer)
        if errors and not self.loaded_layers:
            self._show("; ".join(errors), error=True)
        else:
            self._show(tr("Loaded {} service layers of {}.").format(len(self.loaded_layers), title) + (" " + "; ".join(errors) if errors else ""))
        return None

    def load_finished(self, task):
        self.load_task = None
        if task.cancelled:
            self._show(tr("Loading cancelled."))
            return
        if task.error is not None or task.path is None:
            self._show(task.error or tr("Loading failed."), error=True)
            return
        try:
            self.loaded_layers = result_layers(task.path, task.record, read_only=True)
        except UrbanTwinError as err:
            self._show(str(err), error=True)
            return
        for layer in self.loaded_layers:
            QgsProject.instance().addMapLayer(layer)
        self._show(tr("Loaded {}.").format((task.record.get("properties") or {}).get("title", task.record_id)))

    # -- publish and outbox ------------------------------------------------------------------------
    def publish_current_layer(self):
        layer = self.iface.activeLayer()
        if layer is None or layer.type() != QgsMapLayerType.VectorLayer:
            self._show(tr("Select a vector layer in the layer panel first."), error=True)
            return None
        dialog = PublishDialog(layer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.publish(layer, dialog.values())

    def publish(self, layer, values):
        """Export + outbox entry now (needs the layer, fast), sending in a background task."""
        try:
            record_id, _state = publish_layer(layer, open_catalogue(self.current_connection()), outbox=self.outbox,
                                              sync_now=False, **values)
        except (UrbanTwinError, ConflictError) as err:
            self._show(str(err), error=True)
            return None
        self.refresh_outbox()
        self._show(tr("{} is in the outbox and is being sent…").format(record_id))
        self.sync_now()
        self.confirm_published(values.get("title") or layer.name(), record_id)
        return record_id

    def confirm_published(self, title, record_id):
        """A clear confirmation in the message bar with the record and "Im Katalog anzeigen"."""
        from qgis.core import Qgis

        bar = self.iface.messageBar() if self.iface is not None else None
        if bar is None:
            return None
        item = bar.createMessage(tr("Urban Twin"), tr("Published “{title}” to the catalogue (record {record}).").format(
            title=title, record=record_id))
        button = QPushButton(tr("Open in catalogue"))
        button.setObjectName("urbantwin_open_record")
        button.clicked.connect(lambda checked=False: self.show_record(title, record_id))
        item.layout().addWidget(button)
        bar.pushWidget(item, Qgis.MessageLevel.Success, 10)
        return item

    def show_record(self, title, record_id):
        """Show the dock with a search for the record; it is selected when the results arrive."""
        self.setVisible(True)
        self.raise_()
        self.pending_selection = record_id
        self.search_edit.setText(title)
        self.extent_check.setChecked(False)
        self.run_search()

    def refresh_outbox(self):
        counts = self.outbox.counts()
        self.outbox_label.setText(tr("Outbox: {} waiting, {} failed").format(counts["pending"], counts["failed"]))
        failed = self.outbox.entries("failed")
        # a pending entry keeps the reason of its last attempt (server unreachable, a proxy login page instead of
        # the catalogue, …): shown, so "waiting" is never a silent state
        waiting = [e for e in self.outbox.entries("pending") if e.last_error]
        if waiting:
            self.outbox_label.setText(self.outbox_label.text() + " — " + tr("last reason: {}").format(waiting[-1].last_error[:200]))
        self.outbox_label.setToolTip("\n".join("{}: {}".format(e.record_id, e.last_error) for e in (failed[-5:] + waiting[-5:])))
        return counts

    def retry_failed(self):
        for entry in self.outbox.entries("failed"):
            self.outbox.retry_now(entry.seq)
        return self.sync_now()

    # -- metadata corrections (compare-before-write) ---------------------------------------------------
    def correct_selected_metadata(self):
        record_id = self.selected_record_id()
        if not record_id:
            self._show(tr("Select a record first."))
            return None
        record = self.records[record_id]
        props = record.get("properties") or {}
        defaults = {"title": props.get("title"), "description": props.get("description"), "keywords": props.get("keywords"),
                    "license": props.get("license"), "provenance": props.get("udt:provenance")}
        dialog = RecordFormDialog(defaults, tr("Correct metadata"), self, with_publisher=False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        values = dialog.values()
        return self.correct_metadata(record_id, {"title": values["title"], "description": values["description"],
                                                 "keywords": values["keywords"], "license": values["license_id"]})

    def correct_metadata(self, record_id, changes):
        """Write a correction based on the version shown in the result list; a newer version in the
        catalogue is a conflict: shown, nothing written."""
        base = version_token(self.records[record_id])
        try:
            stored = update_metadata(open_catalogue(self.current_connection()), record_id, changes, outbox=self.outbox, base_token=base)
        except ConflictError as err:
            theirs = err.theirs or {}
            self._show(tr("Conflict: the record was changed in the catalogue on {} (version {}) after you loaded it. "
                          "Your correction was not written; search again to see the current version.").format(
                theirs.get("updated") or "?", theirs.get("version") or "?"), error=True)
            return None
        except UrbanTwinError as err:
            self._show(str(err), error=True)
            return None
        self.records[record_id] = stored
        self._show(tr("Metadata corrected."))
        return stored

    def sync_now(self):
        """Send the outbox in a QgsTask, so a slow or unreachable server never freezes QGIS."""
        if self.sync_task is not None:
            return self.sync_task
        outbox_folder = self.outbox.folder

        def run(task):
            return sync_outbox(Outbox(outbox_folder), only_due=False)

        def finished(exception, report=None):
            self.sync_task = None
            self.refresh_outbox()
            if exception is not None or report is None:
                self._show(tr("Sync failed: {}").format(exception), error=True)
                return
            self.last_sync_report = report
            self._show(tr("Sync: {} sent, {} waiting, {} failed.").format(report["done"], report["pending"], report["failed"]),
                       error=bool(report["failed"]))

        self.sync_task = QgsTask.fromFunction(tr("Urban Twin: sending the catalogue outbox"), run, on_finished=finished)
        QgsApplication.taskManager().addTask(self.sync_task)
        return self.sync_task
