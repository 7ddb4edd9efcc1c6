"""The bulk GeoPackage writer (sqlite3 executemany + GeoPackage blobs) against the OGR writer it replaces.

The OGR writer (core/citymodel/gpkg_writer.GeoPackageWriter: OGR features, OGR's own geometry blobs) is the second
implementation: both get the same records, every column of every row — geometry blobs included, byte for byte —
and the extents must be the same; the bulk file must pass SQLite's integrity check, be read by ogrinfo and QGIS,
and carry the R-tree spatial index.
"""

import os
import sqlite3
import subprocess

import pytest

SAMPLES = ["de_nrw_LoD2_32_280_5657_1_NW.gml", "de_sn_LoD2_33_416_5656_2_SN_14bldg.gml", "cityjson_zurich_subset_lod2.json"]
LAYERS = ("buildings", "building_surfaces", "footprints")


def _write(writer_class, source, path):
    from urban_twin.core.citymodel.importer import open_reader
    from urban_twin.core.citymodel.model import SkippedObject
    from urban_twin.core.crs import parse_srs_name

    reader, srs_name, _licence = open_reader(source)
    info = parse_srs_name(srs_name) if srs_name else None
    writer = writer_class(path, info.horizontal_epsg if info else 25832)
    for item in reader:
        if item is not None and not isinstance(item, SkippedObject):
            writer.write(item, os.path.basename(source))
    writer.set_metadata({"SOURCE": os.path.basename(source)})
    writer.close()
    return writer


def _dump(path):
    connection = sqlite3.connect("file:{}?mode=ro".format(path), uri=True)
    try:
        dump = {}
        for table in LAYERS:
            columns = [row[1] for row in connection.execute('PRAGMA table_info("{}")'.format(table))]
            dump[table] = connection.execute('SELECT * FROM "{}" ORDER BY fid'.format(table)).fetchall(), columns
        dump["contents"] = connection.execute(
            "SELECT table_name, min_x, min_y, max_x, max_y, srs_id FROM gpkg_contents ORDER BY table_name").fetchall()
        dump["counts"] = connection.execute("SELECT table_name, feature_count FROM gpkg_ogr_contents ORDER BY table_name").fetchall()
        dump["rtree"] = {table: connection.execute('SELECT COUNT(*) FROM "rtree_{}_geom"'.format(table)).fetchone()[0]
                         for table in LAYERS}
        dump["rtree_entries"] = {table: connection.execute('SELECT * FROM "rtree_{}_geom" ORDER BY id'.format(table)).fetchall()
                                 for table in LAYERS}
        dump["triggers"] = connection.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' "
                                              "ORDER BY name").fetchall()
        dump["extensions"] = connection.execute("SELECT * FROM gpkg_extensions ORDER BY table_name, extension_name").fetchall()
        dump["integrity"] = connection.execute("PRAGMA integrity_check").fetchall()
        return dump
    finally:
        connection.close()


@pytest.mark.parametrize("sample_name", SAMPLES)
def test_bulk_writer_writes_what_the_ogr_writer_writes(sample_name, citymodel_dir, tmp_path):
    from urban_twin.core.citymodel.gpkg_writer import GeoPackageWriter
    from urban_twin.core.storage.gpkg_bulk import BulkGeoPackageWriter

    source = os.path.join(citymodel_dir, sample_name)
    ogr_path, bulk_path = str(tmp_path / "ogr.gpkg"), str(tmp_path / "bulk.gpkg")
    ogr_writer = _write(GeoPackageWriter, source, ogr_path)
    bulk_writer = _write(BulkGeoPackageWriter, source, bulk_path)
    assert bulk_writer.written == ogr_writer.written and bulk_writer.counts == ogr_writer.counts
    expected, found = _dump(ogr_path), _dump(bulk_path)
    assert found["integrity"] == [("ok",)]
    for table in LAYERS:
        assert found[table][1] == expected[table][1]  # same columns in the same order
        assert len(found[table][0]) == ogr_writer.written[table] > 0
        assert found[table][0] == expected[table][0]  # every value, geometry blobs byte for byte
    # OGR writes the extent through text (…117999999); ours is the exact minimum/maximum of the coordinates.
    assert [row[0] for row in found["contents"]] == [row[0] for row in expected["contents"]]
    for ours, theirs in zip(found["contents"], expected["contents"]):
        assert ours[1:] == pytest.approx(theirs[1:], abs=1e-6)
    assert found["counts"] == expected["counts"]
    # … and exactly the writer's own figures, untouched by OGR's metadata pass at the end
    extents = {row[0]: row[1:5] for row in found["contents"]}
    for table in LAYERS:
        low_x, high_x, low_y, high_y = bulk_writer._extent[table]
        assert extents[table] == (low_x, low_y, high_x, high_y)
    assert dict(found["counts"]) == {table: bulk_writer.written[table] for table in LAYERS}
    assert found["rtree"] == expected["rtree"] == {table: ogr_writer.written[table] for table in LAYERS}
    # The R-trees are filled during the load (triggers set aside) — the same entries as OGR's CreateSpatialIndex
    # builds at the end, and OGR's triggers and extension rows are back.
    assert found["rtree_entries"] == expected["rtree_entries"]
    assert len(expected["triggers"]) >= 3 * 7 and found["triggers"] == expected["triggers"]
    assert found["extensions"] == expected["extensions"]


def test_bulk_geopackage_keeps_its_index_and_count_up_to_date_when_edited_later(citymodel_dir, tmp_path):
    """The triggers put back at the end work: a feature added and one deleted later (by QGIS, by OGR) update the
    R-tree and the feature count, as in a file OGR wrote."""
    from osgeo import ogr

    from urban_twin.core.storage.gpkg_bulk import BulkGeoPackageWriter

    path = str(tmp_path / "bulk.gpkg")
    writer = _write(BulkGeoPackageWriter, os.path.join(citymodel_dir, SAMPLES[0]), path)
    count = writer.written["footprints"]
    dataset = ogr.Open(path, 1)
    layer = dataset.GetLayerByName("footprints")
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("gml_id", "added")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("MULTIPOLYGON (((1 2, 5 2, 5 7, 1 2)))"))
    assert layer.CreateFeature(feature) == 0
    added = feature.GetFID()
    assert layer.DeleteFeature(1) == 0
    dataset = None
    connection = sqlite3.connect(path)
    try:
        boxes = dict((row[0], row[1:]) for row in connection.execute("SELECT * FROM rtree_footprints_geom"))
        assert boxes[added] == pytest.approx((1, 5, 2, 7)) and 1 not in boxes and len(boxes) == count
        assert connection.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'footprints'"
                                  ).fetchone()[0] == count
        assert connection.execute("SELECT count(*) FROM footprints").fetchone()[0] == count
    finally:
        connection.close()


def test_bulk_geopackage_opens_in_ogrinfo_and_qgis(citymodel_dir, tmp_path):
    from qgis.core import QgsFeatureSource, QgsVectorLayer

    from urban_twin.core.storage.gpkg_bulk import BulkGeoPackageWriter

    path = str(tmp_path / "bulk.gpkg")
    writer = _write(BulkGeoPackageWriter, os.path.join(citymodel_dir, SAMPLES[0]), path)
    info = subprocess.run(["ogrinfo", "-so", "-al", path], capture_output=True, text=True, timeout=60)
    assert info.returncode == 0, info.stderr
    assert "Feature Count: {}".format(writer.written["building_surfaces"]) in info.stdout
    assert "SOURCE=" + SAMPLES[0] in info.stdout  # the layer metadata OGR stored
    for table in LAYERS:
        layer = QgsVectorLayer("{}|layername={}".format(path, table), table, "ogr")
        assert layer.isValid()
        assert layer.featureCount() == writer.written[table]
        assert layer.hasSpatialIndex() == QgsFeatureSource.SpatialIndexPresence.SpatialIndexPresent
        assert layer.crs().authid() == "EPSG:25832"
        assert all(feature.hasGeometry() and feature.geometry().isGeosValid() or table != "footprints"
                   for feature in layer.getFeatures())
