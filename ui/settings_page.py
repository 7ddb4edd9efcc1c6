"""Settings → Options → Urban Twin: the municipality's details for council sheets (Gemeinde, Amt, logo, licence)."""

from qgis.gui import QgsFileWidget, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit

from ..core.i18n import tr
from ..core.layout.sheet_settings import save_sheet_settings, sheet_settings
from ..core.runlog import store as runlog_store
from .main_gui import icon


class SheetSettingsPage(QgsOptionsPageWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("UrbanTwinSheetSettings")
        stored = sheet_settings()
        form = QFormLayout(self)
        form.addRow(QLabel(tr("These details appear on every council sheet (dialog, toolbox, models).")))
        self.municipality_edit = QLineEdit(stored["municipality"])
        self.municipality_edit.setPlaceholderText(tr("e.g. Stadt Musterstadt"))
        form.addRow(tr("Municipality"), self.municipality_edit)
        self.office_edit = QLineEdit(stored["office"])
        self.office_edit.setPlaceholderText(tr("e.g. Stadtplanungsamt"))
        form.addRow(tr("Office"), self.office_edit)
        self.logo_widget = QgsFileWidget()
        self.logo_widget.setStorageMode(QgsFileWidget.StorageMode.GetFile)
        self.logo_widget.setFilter(tr("Images (*.svg *.png *.jpg *.jpeg)"))
        self.logo_widget.setFilePath(stored["logo"])
        form.addRow(tr("Logo"), self.logo_widget)
        self.licence_edit = QPlainTextEdit(stored["licence"])
        self.licence_edit.setPlaceholderText(tr("e.g. © Stadt Musterstadt, Datenlizenz Deutschland – Namensnennung 2.0"))
        self.licence_edit.setMaximumHeight(80)
        form.addRow(tr("Default licence text"), self.licence_edit)
        self.runlog_check = QCheckBox(tr("Record every Urban Twin run in the local run log (for the Wirkungsnachweis)"))
        self.runlog_check.setChecked(runlog_store.logging_enabled())
        self.runlog_check.setToolTip(tr("Algorithm, time, duration, success, object counts and content hashes — no names, no "
                                        "paths. Kept in your QGIS profile and sent nowhere."))
        form.addRow(tr("Run log"), self.runlog_check)

    def apply(self):
        save_sheet_settings({
            "municipality": self.municipality_edit.text(),
            "office": self.office_edit.text(),
            "logo": self.logo_widget.filePath(),
            "licence": self.licence_edit.toPlainText(),
        })
        runlog_store.set_logging_enabled(self.runlog_check.isChecked())


class SheetSettingsFactory(QgsOptionsWidgetFactory):
    def __init__(self):
        super().__init__()
        self.setTitle(tr("Urban Twin"))

    def icon(self):
        return icon("urban_twin.svg")

    def createWidget(self, parent=None):  # noqa: N802 - QGIS API
        return SheetSettingsPage(parent)


def setup(iface):
    factory = SheetSettingsFactory()
    iface.registerOptionsWidgetFactory(factory)
    return (iface, factory)


def teardown(state):
    iface, factory = state
    iface.unregisterOptionsWidgetFactory(factory)
