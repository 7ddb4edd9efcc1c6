"""What makes a variant GeoPackage: the import's three layers, the status values, GDAL layer metadata."""

from osgeo import gdal

PLANNED, EXISTING, DEMOLISHED = "geplant", "Bestand", "Abriss-markiert"
LAYERS = ("buildings", "building_surfaces", "footprints")


def set_gdal_metadata(gpkg_path, layer_names, items):
    """GDAL layer metadata (VARIANT, GENERATOR …), written after the QGIS metadata: storing QGIS metadata
    replaces every metadata reference of a table, GDAL keeps the other standards' rows."""
    dataset = gdal.OpenEx(gpkg_path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    for name in layer_names:
        layer = dataset.GetLayerByName(name)
        if layer is not None:
            layer.SetMetadata({key: str(value) for key, value in items.items() if value is not None})
    dataset = None
