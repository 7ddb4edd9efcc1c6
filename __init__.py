"""Urban Twin QGIS plugin entry point (QGIS calls classFactory; qgis_process passes iface=None)."""


def classFactory(iface):  # noqa: N802 - name fixed by QGIS
    from .plugin import UrbanTwinPlugin

    return UrbanTwinPlugin(iface)
