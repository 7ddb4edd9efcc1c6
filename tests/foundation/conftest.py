import pytest
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QMenu


def flush_deletes():
    """Run deleteLater() so counts after unload reflect what is really gone."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


@pytest.fixture()
def iface_with_plugin_menu(qgis_iface):
    """pytest-qgis' iface returns a MagicMock for pluginMenu(); give it a real menu to count on."""
    plugin_menu = qgis_iface.mainWindow().menuBar().findChild(QMenu, "mPluginMenu")
    if plugin_menu is None:
        plugin_menu = qgis_iface.mainWindow().menuBar().addMenu("&Plugins")
        plugin_menu.setObjectName("mPluginMenu")
    qgis_iface.pluginMenu = lambda: plugin_menu
    return qgis_iface


@pytest.fixture()
def flush():
    return flush_deletes
