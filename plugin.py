"""Urban Twin plugin class: wires menus, toolbar, dock, provider and drop handler. Nothing else.

qgis_process calls classFactory(None) and then only initProcessing(); so the constructor and
initProcessing() never touch iface.
"""

from qgis.core import QgsApplication

from .core.i18n import install_translator, remove_translator
from .core.processing.provider import UrbanTwinProvider


class UrbanTwinPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.translator = install_translator()
        self.provider = None
        self.gui = None

    def initProcessing(self):  # noqa: N802 - QGIS API
        if self.provider is None:
            provider = UrbanTwinProvider()
            # addProvider refuses a second provider with the same id; then we own nothing to remove
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    def initGui(self):  # noqa: N802 - QGIS API
        self.initProcessing()
        from .ui.main_gui import MainGui

        self.gui = MainGui(self.iface)
        self.gui.setup()

    def unload(self):
        if self.gui is not None:
            self.gui.teardown()
            self.gui = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
