"""Domain logic of Urban Twin. Nothing here imports qgis.gui, iface or a widget."""
