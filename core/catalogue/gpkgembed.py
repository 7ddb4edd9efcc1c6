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
from ..i18n import tr

QGIS_METADATA_URI = "http://mrcc.com/qgis.dtd"
METADATA_EXTENSION = "http://www.geopackage.org/spec120/#extension_metadata"

SCHEMA = """
CREATE TABLE IF NOT EXISTS gpkg_metadata (id INTEGER CONSTRAINT m_pk PRIMARY KEY ASC NOT NULL,
  md_scope TEXT NOT NULL DEFAULT 'dataset', md_standard_uri TEXT NOT NULL, mime_type TEXT NOT NULL DEFAULT 'text/xml',
  metadata TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS gpkg_metadata_reference (reference_scope TEXT NOT NULL, table_name TEXT, column_name TEXT,
  row_id_value INTEGER, timestamp DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  md_file_id INTEGER NOT NULL, md_parent_id INTEGER,
  CONSTRAINT crmr_mfi_fk FOREIGN KEY (md_file_id) REFERENCES gpkg_metadata(id),
  CONSTRAINT crmr_mpi_fk FOREIGN KEY (md_parent_id) REFERENCES gpkg_metadata(id));
CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL,
  definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
CREATE TABLE IF NOT EXISTS "layer_styles" ("id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "f_table_catalog" TEXT(256),
  "f_table_schema" TEXT(256), "f_table_name" TEXT(256), "f_geometry_column" TEXT(256), "styleName" TEXT(30), "styleQML" TEXT,
  "styleSLD" TEXT, "useAsDefault" BOOLEAN, "description" TEXT, "owner" TEXT(30), "ui" TEXT(30),
  "update_time" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));
"""


def metadata_xml(metadata):
    """The document QGIS stores for a QgsLayerMetadata (as QgsMapLayer.exportNamedMetadata builds it)."""
    from qgis.core import Qgis
    from qgis.PyQt.QtXml import QDomDocument, QDomImplementation

    doctype = QDomImplementation().createDocumentType("qgis", QGIS_METADATA_URI, "SYSTEM")
    document = QDomDocument(doctype)
    root = document.createElement("qgis")
    root.setAttribute("version", Qgis.version())
    document.appendChild(root)
    metadata.writeMetadataXml(root, document)
    return document.toString()


def style_documents(layer):
    """(QML, SLD) of the layer's current style."""
    from qgis.PyQt.QtXml import QDomDocument

    qml = QDomDocument()
    layer.exportNamedStyle(qml)
    sld = QDomDocument()
    layer.exportSldStyle(sld, "")
    return qml.toString(), sld.toString()


def embed_and_settle(path, table, metadata, layer, style_description):
    """Store metadata + default style of ``table`` inside the GeoPackage, then make it byte-stable and fsync it."""
    xml = metadata_xml(metadata)
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
            for extension_table in ("gpkg_metadata", "gpkg_metadata_reference"):
                db.execute("INSERT OR IGNORE INTO gpkg_extensions VALUES (?, NULL, 'gpkg_metadata', ?, 'read-write')",
                           (extension_table, METADATA_EXTENSION))
            md_id = db.execute("INSERT INTO gpkg_metadata (md_scope, md_standard_uri, mime_type, metadata) VALUES ('dataset', ?, 'text/xml', ?)",
                               (QGIS_METADATA_URI, xml)).lastrowid
            db.execute("INSERT INTO gpkg_metadata_reference (reference_scope, table_name, md_file_id) VALUES ('table', ?, ?)", (table, md_id))
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
