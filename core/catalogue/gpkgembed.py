"""Make a freshly written GeoPackage self-describing and byte-stable, in one SQLite transaction.

Writes what QGIS's own ``saveLayerMetadata`` and ``saveStyleToDatabase`` write (a ``gpkg_metadata`` row
with the QGIS metadata XML referenced from the table, and a default ``layer_styles`` row), but without
reopening the file through the provider twice (two fsyncs and two GDAL opens per push; the first one
also fails now and then under load). Then checkpoints and switches to the rollback journal: a file left
in WAL mode is flipped by the next QGIS open, which would change its bytes and so its SHA-256.
"""

import os
import sqlite3

from ..errors import UrbanTwinError
from ..gpkg_metadata import insert_layer_metadata
from ..i18n import tr

SCHEMA = """
CREATE TABLE IF NOT EXISTS "layer_styles" ("id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "f_table_catalog" TEXT(256),
  "f_table_schema" TEXT(256), "f_table_name" TEXT(256), "f_geometry_column" TEXT(256), "styleName" TEXT(30), "styleQML" TEXT,
  "styleSLD" TEXT, "useAsDefault" BOOLEAN, "description" TEXT, "owner" TEXT(30), "ui" TEXT(30),
  "update_time" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));
"""


def style_documents(layer):
    """(QML, SLD) of the layer's current style."""
    from qgis.PyQt.QtXml import QDomDocument

    qml = QDomDocument()
    layer.exportNamedStyle(qml)
    sld = QDomDocument()
    layer.exportSldStyle(sld, "")
    return qml.toString(), sld.toString()


ISO_METADATA_URI = "http://www.isotc211.org/2005/gmd"


def insert_iso_metadata(db, table, iso_xml):
    """Within an open transaction: the ISO 19139 document of ``table`` as a second gpkg_metadata row (any
    GeoPackage reader that knows ISO finds it; QGIS keeps reading its own row)."""
    old = [row[0] for row in db.execute(
        "SELECT r.md_file_id FROM gpkg_metadata_reference r JOIN gpkg_metadata m ON m.id = r.md_file_id "
        "WHERE r.reference_scope = 'table' AND r.table_name = ? AND m.md_standard_uri = ?", (table, ISO_METADATA_URI))]
    for md_id in old:
        db.execute("DELETE FROM gpkg_metadata_reference WHERE md_file_id = ?", (md_id,))
        db.execute("DELETE FROM gpkg_metadata WHERE id = ?", (md_id,))
    md_id = db.execute("INSERT INTO gpkg_metadata (md_scope, md_standard_uri, mime_type, metadata) VALUES ('dataset', ?, 'text/xml', ?)",
                       (ISO_METADATA_URI, iso_xml.decode("utf-8") if isinstance(iso_xml, bytes) else iso_xml)).lastrowid
    db.execute("INSERT INTO gpkg_metadata_reference (reference_scope, table_name, md_file_id) VALUES ('table', ?, ?)", (table, md_id))


def embed_and_settle(path, table, metadata, layer, style_description, iso_xml=None):
    """Store metadata (QGIS, and ISO 19139 when given) + default style of ``table`` inside the GeoPackage, then make it
    byte-stable and fsync it."""
    qml, sld = style_documents(layer)
    db = sqlite3.connect(path, timeout=15)
    try:
        # a temp file until renamed: no fsync per statement, one fsync at the end
        db.execute("PRAGMA synchronous=OFF")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with db:
            for statement in filter(str.strip, SCHEMA.split(";")):
                db.execute(statement)
            row = db.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (table,)).fetchone()
            geometry_column = row[0] if row else ""
            insert_layer_metadata(db, table, metadata)
            if iso_xml:
                insert_iso_metadata(db, table, iso_xml)
            db.execute("UPDATE layer_styles SET useAsDefault = 0 WHERE f_table_name = ?", (table,))
            db.execute("INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, styleQML, "
                       "styleSLD, useAsDefault, description, owner, ui) VALUES ('', '', ?, ?, ?, ?, ?, 1, ?, '', '')",
                       (table, geometry_column, table, qml, sld, style_description))
            db.execute("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier) VALUES ('layer_styles', 'attributes', 'layer_styles')")
        mode = db.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    finally:
        db.close()
    if mode.lower() != "delete":
        raise UrbanTwinError(tr("The GeoPackage is still in use and cannot be finalised."), path=path)
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
