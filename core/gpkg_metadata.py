"""QGIS layer metadata inside a GeoPackage, written directly with SQLite.

This writes exactly what QGIS' own ``saveLayerMetadata`` writes (a ``gpkg_metadata`` row with the QGIS metadata
XML, referenced from the table, plus the metadata extension rows), but QGIS 3.22's provider call fails now and
then ("Storing metadata for the specified uri is not supported") when the file was just written; one plain
SQLite transaction does not.
"""

import sqlite3

QGIS_METADATA_URI = "http://mrcc.com/qgis.dtd"
METADATA_EXTENSION = "http://www.geopackage.org/spec120/#extension_metadata"

METADATA_SCHEMA = """
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


def insert_layer_metadata(db, table, metadata):
    """Within an open sqlite3 transaction: replace the QGIS metadata of ``table`` (idempotent)."""
    for statement in filter(str.strip, METADATA_SCHEMA.split(";")):
        db.execute(statement)
    for extension_table in ("gpkg_metadata", "gpkg_metadata_reference"):
        db.execute("INSERT OR IGNORE INTO gpkg_extensions VALUES (?, NULL, 'gpkg_metadata', ?, 'read-write')",
                   (extension_table, METADATA_EXTENSION))
    # only the QGIS record is replaced: GDAL's own record (SOURCE, LICENCE, CRS … of the import) and any other
    # standard's stay referenced — deleting every reference of the table orphaned them (GDAL then saw none)
    old = [row[0] for row in db.execute(
        "SELECT r.md_file_id FROM gpkg_metadata_reference r JOIN gpkg_metadata m ON m.id = r.md_file_id "
        "WHERE r.reference_scope = 'table' AND r.table_name = ? AND m.md_standard_uri = ?", (table, QGIS_METADATA_URI))]
    for md_id in old:
        db.execute("DELETE FROM gpkg_metadata_reference WHERE reference_scope = 'table' AND table_name = ? AND md_file_id = ?",
                   (table, md_id))
        db.execute("DELETE FROM gpkg_metadata WHERE id = ? AND md_standard_uri = ?", (md_id, QGIS_METADATA_URI))
    md_id = db.execute("INSERT INTO gpkg_metadata (md_scope, md_standard_uri, mime_type, metadata) VALUES ('dataset', ?, 'text/xml', ?)",
                       (QGIS_METADATA_URI, metadata_xml(metadata))).lastrowid
    db.execute("INSERT INTO gpkg_metadata_reference (reference_scope, table_name, md_file_id) VALUES ('table', ?, ?)", (table, md_id))


def write_layer_metadata(gpkg_path, table, metadata):
    """Store ``metadata`` (QgsLayerMetadata) for ``table`` inside the GeoPackage at ``gpkg_path``."""
    try:
        db = sqlite3.connect(gpkg_path, timeout=15)
        try:
            with db:
                insert_layer_metadata(db, table, metadata)
        finally:
            db.close()
    except sqlite3.Error as error:  # e.g. "database or disk is full": the run fails, nothing is renamed into place
        from .errors import UrbanTwinError
        from .i18n import tr

        raise UrbanTwinError(tr("Writing the layer metadata failed: {}").format(error), path=gpkg_path, obj=table) from error
