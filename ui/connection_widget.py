"""The catalogue connection in the publish/fetch dialogs: a drop-down of the configured connections.

The parameter stays a string (qgis_process and models pass a connection name); only the dialog shows the
choice. Wired by core/processing/base.py through the parameter's ``widget_wrapper`` metadata.
"""

from processing.gui.wrappers import WidgetWrapper
from qgis.PyQt.QtWidgets import QComboBox

from ..core.catalogue.connections import list_connections


class ConnectionWidgetWrapper(WidgetWrapper):
    def createWidget(self, **kwargs):  # noqa: N802 - QGIS API
        combo = QComboBox()
        combo.setObjectName("urbantwin_catalogue_connection")
        combo.setEditable(True)  # a name typed by hand still works (batch, connections made later)
        for connection in list_connections():
            combo.addItem(connection.label(), connection.name)
        return combo

    def setValue(self, value):  # noqa: N802 - QGIS API
        index = self.widget.findData(value)
        if index >= 0:
            self.widget.setCurrentIndex(index)
        elif value:
            self.widget.setEditText(str(value))

    def value(self):
        return self.comboValue()
