"""Builds the Urban Twin menu, toolbar, docks and drop handler, and removes all of it again."""

import importlib
import os

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from ..core.i18n import tr
from .menu_entries import menu_entries

# modules in ui/ with setup(iface) -> state and teardown(state), e.g. the catalogue's Browser items
GUI_EXTENSIONS = ["catalogue_browser", "settings_page", "measure_tool"]

ICON_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "icons")


def icon(name):
    path = os.path.join(ICON_DIR, name)
    return QIcon(path if os.path.exists(path) else os.path.join(ICON_DIR, "urban_twin.svg"))


def open_algorithm_dialog(algorithm_id):
    from processing import execAlgorithmDialog

    execAlgorithmDialog(algorithm_id, {})


class MainGui:
    def __init__(self, iface):
        self.iface = iface
        self.menu = None
        self.toolbar = None
        self.actions = []
        self.docks = {}
        self.dialogs = {}
        self.drop_handler = None
        self.extensions = []

    # -- set up -------------------------------------------------------------------------
    def setup(self):
        main_window = self.iface.mainWindow()
        self.menu = QMenu(tr("Urban Twin"), main_window)
        self.menu.setObjectName("UrbanTwinMenu")
        self.toolbar = self.iface.addToolBar(tr("Urban Twin"))
        self.toolbar.setObjectName("UrbanTwinToolbar")
        registry = QgsApplication.processingRegistry()
        for entry in menu_entries():
            if entry["kind"] == "separator":
                self.menu.addSeparator()
                continue
            if entry["kind"] == "algorithm" and registry.algorithmById(entry["target"]) is None:
                QgsMessageLog.logMessage("Menu entry skipped, algorithm missing: " + entry["target"], "Urban Twin", Qgis.MessageLevel.Warning)
                continue
            text = entry["text"]
            if entry["kind"] == "algorithm":  # one name per algorithm: the toolbox's, with the dialog ellipsis
                text = registry.algorithmById(entry["target"]).displayName() + "…"
            action = QAction(icon(entry.get("icon", "urban_twin.svg")), text, main_window)
            action.setObjectName("urbantwin_" + entry["target"].split(":")[-1].split(".")[-1])
            action.triggered.connect(self._handler(entry))
            if entry["kind"] == "dock":
                action.setCheckable(True)
            self.menu.addAction(action)
            if entry.get("toolbar"):
                self.toolbar.addAction(action)
            self.actions.append(action)
        self.menu.addSeparator()
        help_action = QAction(icon("urban_twin.svg"), tr("Help"), main_window)
        help_action.setObjectName("urbantwin_help")
        help_action.triggered.connect(self._open_help)
        self.menu.addAction(help_action)
        self.actions.append(help_action)
        self.iface.pluginMenu().addMenu(self.menu)
        self._register_drop_handler()
        self._setup_extensions()
        from . import dialog_defaults, result_styles

        dialog_defaults.install()  # our algorithms' dialogs pre-fill layer inputs by layer kind
        self.styled_project = result_styles.install(QgsProject.instance())  # results styled however they arrive

    def _setup_extensions(self):
        """GUI extensions of capability areas: modules in ui/ with setup(iface) -> state, teardown(state)."""
        for name in GUI_EXTENSIONS:
            try:
                module = importlib.import_module("{}.{}".format(__package__, name))
            except ImportError as err:
                QgsMessageLog.logMessage("GUI extension {} unavailable: {}".format(name, err), "Urban Twin", Qgis.MessageLevel.Warning)
                continue
            self.extensions.append((module, module.setup(self.iface)))

    def _handler(self, entry):
        kind, target = entry["kind"], entry["target"]
        if kind == "algorithm":
            return lambda checked=False: open_algorithm_dialog(target)
        if kind == "dock":
            return lambda checked=False: self.toggle_dock(target, checked)
        return lambda checked=False: self.open_dialog(target)

    def _load_class(self, target):
        module_name, class_name = target.rsplit(".", 1)
        module = importlib.import_module("{}.{}".format(__package__, module_name))
        return getattr(module, class_name)

    def toggle_dock(self, target, visible=True):
        dock = self.docks.get(target)
        if dock is None:
            dock = self._load_class(target)(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.docks[target] = dock
        dock.setVisible(bool(visible))
        return dock

    def open_dialog(self, target):
        dialog = self.dialogs.get(target)
        if dialog is None:
            dialog = self._load_class(target)(self.iface, self.iface.mainWindow())
            self.dialogs[target] = dialog
        dialog.show()
        dialog.raise_()
        return dialog

    def _open_help(self):
        from qgis.PyQt.QtCore import QUrl
        from qgis.PyQt.QtGui import QDesktopServices

        # the German HTML help shipped with the plugin (scripts/build_help.py), offline; not the README as Markdown
        index = os.path.join(os.path.dirname(ICON_DIR), "help", "index.html")
        QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.abspath(index)))

    def _register_drop_handler(self):
        from .drop_handler import UrbanTwinDropHandler

        self.drop_handler = UrbanTwinDropHandler(self.iface)
        self.iface.registerCustomDropHandler(self.drop_handler)

    # -- tear down ----------------------------------------------------------------------
    def teardown(self):
        from . import dialog_defaults, result_styles

        dialog_defaults.uninstall()
        if getattr(self, "styled_project", None) is not None:
            result_styles.uninstall(self.styled_project)
            self.styled_project = None
        for module, state in reversed(self.extensions):
            module.teardown(state)
        self.extensions.clear()
        if self.drop_handler is not None:
            self.iface.unregisterCustomDropHandler(self.drop_handler)
            self.drop_handler = None
        for dock in self.docks.values():
            self.iface.removeDockWidget(dock)
            dock.close()
            dock.deleteLater()
        self.docks.clear()
        for dialog in self.dialogs.values():
            dialog.close()
            dialog.deleteLater()
        self.dialogs.clear()
        for action in self.actions:
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions.clear()
        if self.menu is not None:
            self.iface.pluginMenu().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
