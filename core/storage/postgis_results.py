"""Analysis results into PostGIS: one table per result, atomic, styled and self-describing like the GeoPackage.

A result destination may be a database target (``postgres://user@host:port/db?schema=S[&table=T]``,
``pgconn:NAME?schema=S[&table=T]`` or QGIS's own ``postgres://dbname='…' … table="s"."t" (geom)`` from "Save to
database table"). Without a table name the result's own layer name is used (``compliance``, ``solar_surfaces`` …).

Atomic: the rows go into a new table under a temporary name (``COPY … FROM STDIN``), the row count is checked, the
spatial index built, and only then — in the same transaction — the old table is dropped and the new one renamed
and the provenance written into ``<schema>.urbantwin_metadata``; COMMIT last. A failed run leaves the old table.
The style (renderer, aliases, labels, time settings) goes into the database's ``layer_styles`` as the default
style, so QGIS draws the table the same wherever it is opened.
"""

import io
import json
import uuid

from ..errors import UrbanTwinError
from ..i18n import tr
from .postgis import (
    connection_parameters,
    copy_text,
    describe,
    ensure_postgis_schema,
    ewkb,
    layer_uri,
    lock_timeout,
    target_table,
)
from .postgis_swap import lock_for_swap, replace_table, swap_candidates

METADATA_XML_KEY = "qgis_layer_metadata"

# Postgres column types by QVariant/QMetaType number (the same numbers in both enums)
_COLUMN_TYPES = {1: "boolean", 2: "integer", 3: "bigint", 4: "bigint", 5: "bigint", 6: "double precision",
                 10: "text", 14: "date", 15: "time", 16: "timestamp"}


def result_table(target, layer_name):
    return target_table(target) or layer_name


def loadable_source(target, table, has_geometry=True):
    """What Processing and the next algorithm of a model load: ``postgres://`` + the QGIS data source."""
    return "postgres://" + layer_uri(_without_table(target), table, "geom" if has_geometry else None)


def _without_table(target):
    from .postgis import is_qgis_uri_form

    if is_qgis_uri_form(target):
        from qgis.core import QgsDataSourceUri

        uri = QgsDataSourceUri(target.strip().split("://", 1)[1])
        uri.setDataSource(uri.schema() or "public", "", "")
        # layer_uri rebuilds the connection from the parameters; keep the form it understands
        return "postgres://" + uri.uri(True)
    return target


def _geometry_type(wkb_type):
    from qgis.core import QgsWkbTypes

    name = QgsWkbTypes.displayString(wkb_type).replace("25D", "Z")  # "MultiPolygonZ", "Point" … (PostGIS spelling)
    return name if name and name != "Unknown" and name != "NoGeometry" else "Geometry"


def _conform(geometry, wkb_type):
    """A geometry as the column wants it: multi where the column is multi, Z where it has Z."""
    from qgis.core import QgsGeometry, QgsWkbTypes

    geometry = QgsGeometry(geometry)
    if QgsWkbTypes.isMultiType(wkb_type) and not geometry.isMultipart():
        geometry.convertToMultiType()
    if QgsWkbTypes.hasZ(wkb_type) and not QgsWkbTypes.hasZ(geometry.wkbType()):
        geometry.get().addZValue(0.0)
    return geometry


def write_result_table(target, layer_name, fields, rows, wkb_type, crs):
    """Write rows [(QgsGeometry or None, [values])] into ``<schema>.<table>``, replacing it in one transaction.

    Returns (number of rows, table, whether it has a geometry column)."""
    import psycopg2
    from qgis.core import QgsWkbTypes

    params, schema = connection_parameters(target)
    table = result_table(target, layer_name)
    if not table.replace("_", "").isalnum():
        raise UrbanTwinError(tr("The table name may contain only letters, digits and underscores."), path=describe(target))
    srid = int(crs.postgisSrid() or 0) if crs is not None and crs.isValid() else 0
    has_geometry = QgsWkbTypes.displayString(wkb_type) not in ("NoGeometry", "Unknown", "")
    columns = []
    for index in range(fields.count()):
        field = fields.at(index)
        kind = _COLUMN_TYPES.get(int(field.type()), "text")
        columns.append((field.name(), kind))
    token = uuid.uuid4().hex[:10]
    staging = '"{}"."_ut_new_{}_{}"'.format(schema, table, token)
    column_sql = ", ".join('"{}" {}'.format(name, kind) for name, kind in columns)
    geometry_sql = "geom geometry({}, {}), ".format(_geometry_type(wkb_type), srid) if has_geometry else ""
    names = (['"geom"'] if has_geometry else []) + ['"{}"'.format(name) for name, _kind in columns]
    try:
        connection = psycopg2.connect(**params)
    except psycopg2.Error as error:
        raise UrbanTwinError(tr("The database cannot be reached: {}").format(str(error).strip()), path=describe(target)) from error
    written = 0
    try:
        ensure_postgis_schema(connection, schema)
        with connection.cursor() as cursor:
            cursor.execute("CREATE TABLE {} (fid bigserial PRIMARY KEY, {}{})".format(staging, geometry_sql, column_sql).replace(", )", ")"))
            buffer = []
            for geometry, values in rows:
                cells = []
                if has_geometry:
                    cells.append(ewkb(bytes(_conform(geometry, wkb_type).asWkb()), srid).hex() if geometry is not None and not geometry.isNull() else "\\N")
                cells.extend(copy_text(value) for value in values)
                buffer.append("\t".join(cells))
                written += 1
                if len(buffer) >= 5000:
                    _copy(cursor, staging, names, buffer)
            _copy(cursor, staging, names, buffer)
            cursor.execute("SELECT count(*) FROM {}".format(staging))
            found = cursor.fetchone()[0]
            if found != written:
                raise UrbanTwinError(tr("Only {} of {} features were written.").format(found, written), path=describe(target), obj=table)
            if has_geometry:
                cursor.execute('CREATE INDEX "_ut_{}_{}_geom" ON {} USING GIST (geom)'.format(table, token, staging))
            # readers of the old table finish their query first; a lock held for longer fails the run (old table kept)
            cursor.execute("SET LOCAL lock_timeout = %s", ("{}ms".format(int(lock_timeout(target) * 1000)),))
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", ("urbantwin:{}.{}".format(schema, table),))
            # readers of the old table go on while we wait for it; views, grants and comments survive (postgis_swap)
            lock_for_swap(cursor, schema, swap_candidates(cursor, schema, [table]), None, lock_timeout(target), table,
                          describe(target))
            replace_table(cursor, schema, table, "_ut_new_{}_{}".format(table, token),
                          "_ut_{}_{}_geom".format(table, token) if has_geometry else None)
        connection.commit()
    except psycopg2.Error as error:
        connection.rollback()
        raise UrbanTwinError(tr("Writing failed: {}").format(str(error).strip()), path=describe(target), obj=table) from error
    except BaseException:
        connection.rollback()
        raise
    finally:
        connection.close()
    return written, table, has_geometry


def _copy(cursor, staging, names, buffer):
    if buffer:
        cursor.copy_expert("COPY {} ({}) FROM STDIN".format(staging, ", ".join(names)), io.StringIO("\n".join(buffer) + "\n"))
        buffer.clear()


def save_metadata(target, table, metadata):
    """Provenance and the layer's QGIS metadata into ``<schema>.urbantwin_metadata`` (the GeoPackage keeps them
    in gpkg_metadata); one transaction, the table's earlier entries replaced."""
    import psycopg2
    from qgis.core import QgsLayerMetadata  # noqa: F401 - the type written
    from qgis.PyQt.QtXml import QDomDocument

    from ..provenance import read_from_metadata

    document = QDomDocument("qgis")
    root = document.createElement("qgis")
    document.appendChild(root)
    metadata.writeMetadataXml(root, document)
    entries = {METADATA_XML_KEY: document.toString(), "title": metadata.title(), "abstract": metadata.abstract()}
    provenance = read_from_metadata(metadata)
    if provenance:
        entries["provenance"] = json.dumps(provenance, ensure_ascii=False, sort_keys=True)
    params, schema = connection_parameters(target)
    try:
        connection = psycopg2.connect(**params)
    except psycopg2.Error as error:
        raise UrbanTwinError(tr("The database cannot be reached: {}").format(str(error).strip()), path=describe(target)) from error
    try:
        with connection.cursor() as cursor:
            cursor.execute('CREATE TABLE IF NOT EXISTS "{}".urbantwin_metadata (table_name text, key text, value text)'.format(schema))
            cursor.execute('DELETE FROM "{}".urbantwin_metadata WHERE table_name = %s'.format(schema), (table,))
            for key, value in entries.items():
                cursor.execute('INSERT INTO "{}".urbantwin_metadata VALUES (%s, %s, %s)'.format(schema), (table, key, value))
        connection.commit()
    except psycopg2.Error as error:
        connection.rollback()
        raise UrbanTwinError(tr("Writing failed: {}").format(str(error).strip()), path=describe(target), obj=table) from error
    finally:
        connection.close()


def load_metadata(layer):
    """The QgsLayerMetadata stored for a PostGIS layer's table (None for other layers or when none is stored)."""
    if layer is None or layer.providerType() != "postgres":
        return None
    import psycopg2
    from qgis.core import QgsDataSourceUri, QgsLayerMetadata
    from qgis.PyQt.QtXml import QDomDocument

    uri = QgsDataSourceUri(layer.source())
    target = "postgres://" + uri.uri(True)
    try:
        params, _schema = connection_parameters(target)
        connection = psycopg2.connect(**params)
    except (psycopg2.Error, UrbanTwinError):
        return None
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT to_regclass(%s)", ('"{}".urbantwin_metadata'.format(uri.schema() or "public"),))
            if cursor.fetchone()[0] is None:
                return None
            cursor.execute('SELECT value FROM "{}".urbantwin_metadata WHERE table_name = %s AND key = %s'.format(
                uri.schema() or "public"), (uri.table(), METADATA_XML_KEY))
            row = cursor.fetchone()
    except psycopg2.Error:
        return None
    finally:
        connection.close()
    if not row:
        return None
    document = QDomDocument()
    document.setContent(row[0])
    metadata = QgsLayerMetadata()
    metadata.readMetadataXml(document.documentElement())
    return metadata


def attach_metadata(layer):
    """Give a PostGIS layer opened without its metadata (Processing, a model) the stored title and provenance.
    True if metadata was attached; a layer that has a title already is left as it is."""
    if layer is None or layer.providerType() != "postgres" or layer.metadata().title():
        return False
    metadata = load_metadata(layer)
    if metadata is None:
        return False
    layer.setMetadata(metadata)
    return True
