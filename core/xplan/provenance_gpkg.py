"""Provenance of an XPlan GeoPackage, stored in every layer's metadata (core/provenance)."""

from qgis.core import QgsLayerMetadata

from ..provenance import apply_to_metadata, save_into_geopackage


def store_provenance(gpkg_path, layer_names, provenance):
    for name in layer_names:
        metadata = apply_to_metadata(QgsLayerMetadata(), provenance, title=name)
        save_into_geopackage(gpkg_path, name, metadata)
