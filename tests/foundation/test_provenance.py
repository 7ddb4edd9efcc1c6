"""Provenance written into a GeoPackage is read back by QGIS itself, and rewriting replaces it."""

import sqlite3

from qgis.core import QgsLayerMetadata, QgsVectorLayer

from urban_twin.core.provenance import apply_to_metadata, build_provenance, read_from_metadata, save_into_geopackage


def _gpkg(tmp_path):
    from osgeo import ogr, osr

    path = str(tmp_path / "result.gpkg")
    source = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    layer = source.CreateLayer("result", srs, ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((0 0,10 0,10 10,0 10,0 0))"))
    layer.CreateFeature(feature)
    source = None
    return path


def test_metadata_round_trip_and_replace(tmp_path):
    path = _gpkg(tmp_path)
    first = build_provenance("urbantwin:plancompliance", {"STOREY_HEIGHT": 3.0}, ["city.gpkg"])
    save_into_geopackage(path, "result", apply_to_metadata(QgsLayerMetadata(), first, title="Bebauungsplan-Check"))
    second = build_provenance("urbantwin:plancompliance", {"STOREY_HEIGHT": 2.8}, ["city.gpkg"])
    save_into_geopackage(path, "result", apply_to_metadata(QgsLayerMetadata(), second, title="Bebauungsplan-Check 2"))

    layer = QgsVectorLayer(path + "|layername=result", "result", "ogr")
    assert layer.isValid()
    assert layer.metadata().title() == "Bebauungsplan-Check 2"
    provenance = read_from_metadata(layer.metadata())
    assert provenance["algorithm"] == "urbantwin:plancompliance"
    assert provenance["parameters"] == {"STOREY_HEIGHT": 2.8}
    del layer
    db = sqlite3.connect(path)
    try:
        references = db.execute("SELECT COUNT(*) FROM gpkg_metadata_reference WHERE table_name = 'result'").fetchone()[0]
        rows = db.execute("SELECT COUNT(*) FROM gpkg_metadata").fetchone()[0]
    finally:
        db.close()
    assert (references, rows) == (1, 1)
