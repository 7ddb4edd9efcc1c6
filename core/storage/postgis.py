"""PostGIS as a target: the same three tables and fields as the GeoPackage, bulk loaded with COPY, atomic per run.

Targets: ``postgres://user@host:port/dbname?schema=NAME`` (libpq: the password comes from PGPASSWORD or
``~/.pgpass``, never from the text) or ``pgconn:NAME?schema=NAME`` (a PostgreSQL connection stored in QGIS; its
password from the connection's auth configuration in QgsAuthManager). A password inside the text is refused, so
none ends up in settings, models or logs.

Atomic: the whole run is one transaction — new tables under temporary names are created and filled with
``COPY … FROM STDIN``, indexed, and only at the very end they take the old tables' place (postgis_swap: renamed in,
or their rows copied in where views depend on the old table), then COMMIT. A failed or cancelled run rolls back and leaves the old tables as they were; a planner reading meanwhile
sees the old state until the commit and the new one after it, never half.
"""

import io
import json
import os
import re
import struct
import uuid
from urllib.parse import parse_qs, unquote, urlparse

from ..errors import UrbanTwinError
from ..i18n import tr
from .gpkg_bulk import LAYER_FIELDS, RowCollector, feature_row
from .postgis_swap import lock_for_swap, replace_table, swap_candidates

PREFIXES = ("postgres://", "postgresql://", "pgconn:")
_SQL_TYPES = {"OFTString": "text", "OFTInteger": "integer", "OFTReal": "double precision"}
_GEOMETRY = {"buildings": "MultiPolygonZ", "building_surfaces": "MultiPolygonZ", "footprints": "MultiPolygon"}
CONNECT_TIMEOUT = 15


def is_database_target(text):
    return isinstance(text, str) and text.strip().lower().startswith(PREFIXES)


def is_qgis_uri_form(text):
    """``postgres://dbname='…' host=… table="schema"."table" (geom)`` — what QGIS's own "Save to database table"
    of a Processing output writes (provider key, "://", a QgsDataSourceUri), as opposed to a URL."""
    rest = text.strip().split("://", 1)[-1]
    return text.strip().lower().startswith(("postgres://", "postgresql://")) and bool(
        re.match(r"\s*(dbname|service|host|user|port|authcfg|table|sslmode)\s*=", rest))


def _qgis_uri(text):
    from qgis.core import QgsDataSourceUri

    return QgsDataSourceUri(text.strip().split("://", 1)[1])


def describe(text):
    """The target without anything secret (for messages): scheme, host, database, schema."""
    if is_qgis_uri_form(text):
        uri = _qgis_uri(text)
        table = ".".join(part for part in (uri.schema(), uri.table()) if part)
        return "postgres://{}/{}{}".format(uri.host() or uri.service(), uri.database(), " " + table if table else "")
    return text.split("?")[0].split("@")[-1] if "@" in text else text.split("?")[0]


def target_table(text):
    """The table a target names (QGIS form ``table="s"."t"``, or ``…&table=NAME``), else None."""
    if is_qgis_uri_form(text):
        return _qgis_uri(text).table() or None
    table = (parse_qs(text.partition("?")[2]).get("table") or [None])[0]
    if table is not None and not table.replace("_", "").isalnum():
        raise UrbanTwinError(tr("The table name may contain only letters, digits and underscores."), path=describe(text))
    return table


def connection_parameters(text):
    """(psycopg2 keyword arguments, schema) for a target text; UrbanTwinError for a bad one."""
    text = text.strip()
    if is_qgis_uri_form(text):
        return _qgis_uri_parameters(text)
    if text.lower().startswith("pgconn:"):
        name, _sep, query = text[len("pgconn:"):].partition("?")
        params = _stored_connection(unquote(name))
    else:
        parsed = urlparse(text)
        if parsed.password:
            raise UrbanTwinError(tr("The PostgreSQL target contains a password; put it into ~/.pgpass, PGPASSWORD or a "
                                    "QGIS connection with an authentication configuration instead."), path=describe(text))
        query = parsed.query
        params = {key: value for key, value in (("host", parsed.hostname), ("port", parsed.port),
                                                ("user", unquote(parsed.username) if parsed.username else None),
                                                ("dbname", unquote(parsed.path.lstrip("/")) or None)) if value}
    options = parse_qs(query)
    schema = (options.get("schema") or ["public"])[0]
    if not schema.replace("_", "").isalnum():
        raise UrbanTwinError(tr("The schema name may contain only letters, digits and underscores."), path=describe(text))
    params["connect_timeout"] = CONNECT_TIMEOUT
    return params, schema


def _qgis_uri_parameters(text):
    """QGIS's own form: the password may be there (a stored connection without auth configuration); it is used
    for the connection only and never shown (describe)."""
    uri = _qgis_uri(text)
    params = {key: value for key, value in (("host", uri.host()), ("port", uri.port()), ("user", uri.username()),
                                            ("password", uri.password()), ("dbname", uri.database()),
                                            ("service", uri.service())) if value}
    sslmode = type(uri).encodeSslMode(uri.sslMode())  # "require", "verify-full" … ("" when not set)
    if sslmode:
        params["sslmode"] = sslmode
    if uri.authConfigId():
        params.update(_auth_credentials(uri.authConfigId()))
    schema = uri.schema() or "public"
    if not schema.replace("_", "").isalnum():
        raise UrbanTwinError(tr("The schema name may contain only letters, digits and underscores."), path=describe(text))
    params["connect_timeout"] = CONNECT_TIMEOUT
    return params, schema


def _auth_credentials(authcfg):
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    config = QgsAuthMethodConfig()
    QgsApplication.authManager().loadAuthenticationConfig(str(authcfg), config, True)
    return {key: config.config(name) for key, name in (("user", "username"), ("password", "password")) if config.config(name)}


LOCK_TIMEOUT_S = 60  # analysis results: waiting for readers of the old table before it is replaced


def lock_timeout(target):
    """Seconds to wait for readers before a table is replaced: ``…&lock_timeout=SECONDS``, else LOCK_TIMEOUT_S."""
    if is_qgis_uri_form(target):
        return LOCK_TIMEOUT_S
    value = (parse_qs(target.partition("?")[2]).get("lock_timeout") or [LOCK_TIMEOUT_S])[0]
    try:
        return max(0.1, float(value))
    except ValueError:
        raise UrbanTwinError(tr("lock_timeout must be a number of seconds."), path=describe(target)) from None


def is_update(text):
    """``…&update=true``: merge changed tiles into the existing tables instead of replacing them."""
    query = text.partition("?")[2]
    return (parse_qs(query).get("update") or ["false"])[0].lower() in ("true", "1", "yes")


def tiles_to_load(target, files):
    """(files to read, unchanged files, {file name: sha256} of the files to read) for an update run; else (files, [], None).

    A tile is unchanged when a tile of the same file name with the same SHA-256 was loaded before (table
    ``<schema>.urbantwin_tiles``)."""
    if not is_update(target):
        return files, [], None
    import hashlib

    import psycopg2

    hashes = {}
    for path in files:
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        hashes[path] = digest.hexdigest()
    params, schema = connection_parameters(target)
    known = {}
    try:
        connection = psycopg2.connect(**params)
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT to_regclass(%s)", ('"{}".urbantwin_tiles'.format(schema),))
                if cursor.fetchone()[0] is not None:
                    cursor.execute('SELECT source_file, sha256 FROM "{}".urbantwin_tiles'.format(schema))
                    known = dict(cursor.fetchall())
        finally:
            connection.close()
    except psycopg2.Error as error:
        raise UrbanTwinError(tr("The database cannot be reached: {}").format(str(error).strip()), path=describe(target)) from error
    unchanged = [path for path in files if known.get(os.path.basename(path)) == hashes[path]]
    load = [path for path in files if path not in unchanged]
    return load, unchanged, {os.path.basename(path): hashes[path] for path in load}


def _stored_connection(name):
    from qgis.core import QgsSettings

    settings = QgsSettings()
    key = "PostgreSQL/connections/{}/".format(name)
    if settings.value(key + "database") is None and settings.value(key + "service") is None:
        raise UrbanTwinError(tr("There is no PostgreSQL connection of this name in QGIS."), path="pgconn:" + name)
    params = {}
    for setting, keyword in (("host", "host"), ("port", "port"), ("database", "dbname"), ("service", "service"),
                             ("sslmode", "sslmode"), ("username", "user")):
        value = settings.value(key + setting)
        if value not in (None, ""):
            params[keyword] = str(value)
    if params.get("sslmode", "").startswith("Ssl"):  # QGIS stores its enum name (SslPrefer …)
        params["sslmode"] = params["sslmode"][3:].lower()
    authcfg = settings.value(key + "authcfg")
    if authcfg:
        params.update(_auth_credentials(authcfg))
    return params


def ewkb(wkb, srid, multi=False):
    """ISO WKB → EWKB with the SRID (what a typed geometry column wants; ISO adds 1000 Z, 2000 M, 3000 ZM to the type);
    with ``multi`` a lone polygon becomes a multipolygon. The parts of a multi-geometry keep their ISO codes:
    PostGIS reads those inside EWKB."""
    kind = struct.unpack_from("<I", wkb, 1)[0]
    base, dims = kind % 1000, kind // 1000
    flags = 0x20000000 | (0x80000000 if dims in (1, 3) else 0) | (0x40000000 if dims in (2, 3) else 0)
    if base == 3 and multi:
        return struct.pack("<BIII", 1, 6 | flags, srid, 1) + wkb
    return struct.pack("<BII", 1, base | flags, srid) + wkb[5:]


def copy_text(value):
    """One value in COPY's text format (NULL, NaN → NULL, booleans, dates, JSON for maps and lists)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, float):
        return repr(value) if value == value else "\\N"
    if hasattr(value, "toString") and hasattr(value, "isValid"):  # QDate / QDateTime
        from qgis.PyQt.QtCore import Qt

        value = value.toString(Qt.DateFormat.ISODate)
    elif isinstance(value, (dict, list)):
        value = json.dumps(value, ensure_ascii=False)
    return _escaped(str(value))


def _escaped(text):
    """Backslash, tab, newline and carriage return as COPY's text format writes them."""
    if "\\" in text or "\t" in text or "\n" in text or "\r" in text:
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return text


def copy_row(values):
    """A row of plain values (None, str, int, float — feature_row's types) as one line of COPY text: copy_text's result
    for each, at a third of its cost (the import's writer spent half its time there); anything else goes to copy_text."""
    cells = []
    for value in values:
        kind = type(value)
        if kind is str:
            cells.append(_escaped(value))
        elif value is None:
            cells.append("\\N")
        elif kind is float:
            cells.append(repr(value) if value == value else "\\N")
        elif kind is int:
            cells.append(str(value))
        else:
            cells.append(copy_text(value))
    return "\t".join(cells)


def ensure_postgis_schema(connection, schema):
    """The PostGIS extension and the schema, committed at once and one process at a time: two loaders starting
    together would otherwise both try to create them. Leaves the connection in transaction mode."""
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(hashtext('urbantwin:setup'))")
        try:
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
            if cursor.fetchone() is None:
                cursor.execute("CREATE EXTENSION IF NOT EXISTS postgis")
            # only when missing: CREATE SCHEMA needs CREATE on the whole database even with IF NOT EXISTS, and a
            # planner's role typically has CREATE on a schema the administrator made for the team, nothing more
            cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (schema,))
            if cursor.fetchone() is None:
                cursor.execute('CREATE SCHEMA IF NOT EXISTS "{}"'.format(schema))
        finally:
            cursor.execute("SELECT pg_advisory_unlock(hashtext('urbantwin:setup'))")
    connection.autocommit = False


class PostGISWriter(RowCollector):
    """BulkGeoPackageWriter's interface (write, write_rows, count_rows, set_metadata, close, abort) for PostGIS."""

    def __init__(self, target, epsg=None, batch_size=5000, tiles=None):
        super().__init__()
        self.update = is_update(target)
        self.tiles = tiles or {}
        import psycopg2

        self.target = describe(target)
        self.batch_size = batch_size
        self.srid = int(epsg or 0)
        params, self.schema = connection_parameters(target)
        try:
            self.connection = psycopg2.connect(**params)
        except psycopg2.Error as error:
            raise UrbanTwinError(tr("The database cannot be reached: {}").format(str(error).strip()), path=self.target) from error
        self.token = uuid.uuid4().hex[:10]
        self._buffers = {name: [] for name in LAYER_FIELDS}
        self._metadata = {}
        self.replaced = {}  # table → (postgis_swap mode, [views … that depend on it and were kept])
        self.feedback = None  # set by the importer: cancel and the log while the swap waits for readers
        # no limit unless the target says &lock_timeout=SECONDS: a night's load rather waits than fails
        self.lock_deadline = lock_timeout(target) if "lock_timeout=" in target else None
        try:
            ensure_postgis_schema(self.connection, self.schema)
            with self.connection.cursor() as cursor:
                for name in LAYER_FIELDS:
                    self._create(cursor, self._staging(name), name)
        except psycopg2.Error as error:
            self.abort()
            raise UrbanTwinError(tr("Writing failed: {}").format(str(error).strip()), path=self.target) from error

    def _create(self, cursor, qualified, name, if_not_exists=False):
        columns = ", ".join('"{}" {}'.format(field, _SQL_TYPES[_ogr_name(kind)]) for field, kind in LAYER_FIELDS[name])
        cursor.execute('CREATE TABLE {}{} (fid bigserial PRIMARY KEY, geom geometry({}, {}), {})'.format(
            "IF NOT EXISTS " if if_not_exists else "", qualified, _GEOMETRY[name], self.srid, columns))

    def _merge(self, cursor):
        """Update run: under a per-schema lock, replace the rows of the loaded tiles, keep every other tile's rows;
        a building already present from another tile (border duplicate) is not inserted again."""
        schema = self.schema
        cursor.execute('CREATE TABLE IF NOT EXISTS "{}".urbantwin_tiles (source_file text PRIMARY KEY, sha256 text NOT NULL, '
                       "loaded_at timestamptz NOT NULL DEFAULT now())".format(schema))
        names = sorted(self.tiles)
        for name in LAYER_FIELDS:
            final = '"{}"."{}"'.format(schema, name)
            self._create(cursor, final, name, if_not_exists=True)
            cursor.execute('CREATE INDEX IF NOT EXISTS "{0}_geom_gist" ON {1} USING GIST (geom)'.format(name, final))
            cursor.execute('CREATE INDEX IF NOT EXISTS "{0}_building_id" ON {1} (building_id)'.format(name, final))
            cursor.execute('CREATE INDEX IF NOT EXISTS "{0}_source_file" ON {1} (source_file)'.format(name, final))
            cursor.execute("DELETE FROM {} WHERE source_file = ANY(%s)".format(final), (names,))
        cursor.execute('CREATE TEMP TABLE "_ut_present_{0}" ON COMMIT DROP AS SELECT DISTINCT s.building_id FROM {1} s '
                       'JOIN "{2}".buildings b ON b.building_id = s.building_id'.format(self.token, self._staging("buildings"), schema))
        for name, fields in LAYER_FIELDS.items():
            columns = ", ".join(['"geom"'] + ['"{}"'.format(field) for field, _kind in fields])
            cursor.execute('INSERT INTO "{0}"."{1}" ({2}) SELECT {2} FROM {3} WHERE building_id NOT IN '
                           '(SELECT building_id FROM "_ut_present_{4}") ORDER BY fid'.format(
                               schema, name, columns, self._staging(name), self.token))
            cursor.execute("DROP TABLE {}".format(self._staging(name)))
        for file_name in names:
            cursor.execute('INSERT INTO "{}".urbantwin_tiles (source_file, sha256) VALUES (%s, %s) ON CONFLICT (source_file) '
                           "DO UPDATE SET sha256 = EXCLUDED.sha256, loaded_at = now()".format(schema), (file_name, self.tiles[file_name]))

    def _replace_tables(self, cursor):
        """The new tables take the old ones' place; views, grants and comments the team made survive (postgis_swap).
        Tables refilled in place first (no lock that stops readers), then the swaps, locked without freezing the
        readers while we wait for the locks — so readers of a swapped table wait only for the swap itself."""
        swapped = swap_candidates(cursor, self.schema, LAYER_FIELDS)
        for name in [name for name in LAYER_FIELDS if name not in swapped]:
            self.replaced[name] = replace_table(cursor, self.schema, name, self._staging_name(name),
                                                "_ut_{}_{}_geom".format(name, self.token))
        lock_for_swap(cursor, self.schema, swapped, self.feedback, self.lock_deadline, path=self.target)
        for name in swapped:
            self.replaced[name] = replace_table(cursor, self.schema, name, self._staging_name(name),
                                                "_ut_{}_{}_geom".format(name, self.token))

    def _staging(self, name):
        return '"{}"."{}"'.format(self.schema, self._staging_name(name))

    def _staging_name(self, name):
        return "_ut_new_{}_{}".format(name, self.token)

    def _feature(self, layer, values, polygons, geometry=None, envelope=None):
        self.write_rows([feature_row(layer, values, polygons, geometry, self._wkb_cache, envelope)])

    def write_rows(self, rows):
        for name, row, wkb, _envelope in rows:
            geometry = ewkb(wkb, self.srid, name == "footprints").hex() if wkb else None
            self._buffers[name].append(copy_row((geometry,) + row))
            self.written[name] = self.written.get(name, 0) + 1
        if sum(len(buffer) for buffer in self._buffers.values()) >= self.batch_size:
            self._copy()

    def count_rows(self, rows):
        for name, _row, _wkb, _envelope in rows:
            if name == "building_surfaces":
                self.counts["surfaces"] += 1
            elif name == "footprints":
                self.counts["footprints"] += 1

    def flush(self):
        self.pending = 0

    def _copy(self):
        import psycopg2

        try:
            with self.connection.cursor() as cursor:
                for name, buffer in self._buffers.items():
                    if not buffer:
                        continue
                    columns = ", ".join(['"geom"'] + ['"{}"'.format(field) for field, _kind in LAYER_FIELDS[name]])
                    cursor.copy_expert("COPY {} ({}) FROM STDIN".format(self._staging(name), columns),
                                       io.StringIO("\n".join(buffer) + "\n"))
                    buffer.clear()
        except psycopg2.Error as error:
            raise UrbanTwinError(tr("Writing failed: {}").format(str(error).strip()), path=self.target) from error

    def set_metadata(self, items):
        self._metadata = {key: str(value) for key, value in items.items() if value is not None}

    def close(self):
        """Index the new tables, then in the same transaction replace the old ones and COMMIT."""
        import psycopg2

        if self.connection is None:
            return
        self._copy()
        try:
            with self.connection.cursor() as cursor:
                for name in LAYER_FIELDS:  # the feature-count check of the GeoPackage path, before anything is swapped
                    cursor.execute("SELECT count(*) FROM {}".format(self._staging(name)))
                    found = cursor.fetchone()[0]
                    if found != self.written.get(name, 0):
                        raise UrbanTwinError(tr("Only {} of {} features were written.").format(found, self.written.get(name, 0)),
                                             path=self.target, obj=name)
                    cursor.execute('CREATE INDEX "_ut_{0}_{1}_geom" ON {2} USING GIST (geom)'.format(name, self.token,
                                                                                                     self._staging(name)))
                # One run at a time finishes per schema (held until COMMIT): concurrent loaders must not race on
                # CREATE TABLE IF NOT EXISTS, and merges must see each other's buildings.
                cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", ("urbantwin:" + self.schema,))
                cursor.execute('CREATE TABLE IF NOT EXISTS "{}".urbantwin_metadata (table_name text, key text, value text)'
                               .format(self.schema))
                if self.update:
                    self._merge(cursor)
                else:
                    self._replace_tables(cursor)
                for name in LAYER_FIELDS:
                    cursor.execute('DELETE FROM "{}".urbantwin_metadata WHERE table_name = %s'.format(self.schema), (name,))
                    for key, value in self._metadata.items():
                        cursor.execute('INSERT INTO "{}".urbantwin_metadata VALUES (%s, %s, %s)'.format(self.schema),
                                       (name, key, value))
            self.connection.commit()
            with self.connection.cursor() as cursor:
                self.connection.autocommit = True
                for name in LAYER_FIELDS:
                    cursor.execute('ANALYZE "{}"."{}"'.format(self.schema, name))
        except psycopg2.Error as error:
            self.abort()
            raise UrbanTwinError(tr("Writing failed: {}").format(str(error).strip()), path=self.target) from error
        except UrbanTwinError:
            self.abort()
            raise
        finally:
            if self.connection is not None:
                self.connection.close()
                self.connection = None

    def abort(self):
        if self.connection is not None:
            try:
                self.connection.rollback()  # the new tables vanish with the transaction; the old ones were never touched
                self.connection.close()
            except Exception:  # noqa: BLE001 - the run already failed; closing drops the session and its transaction
                pass
            self.connection = None


def _ogr_name(kind):
    from osgeo import ogr

    return {ogr.OFTString: "OFTString", ogr.OFTInteger: "OFTInteger", ogr.OFTReal: "OFTReal"}[kind]


def count_rows(target, table):
    """Rows of a table of the target (used by the feature-count check after the commit)."""
    import psycopg2

    params, schema = connection_parameters(target)
    with psycopg2.connect(**params) as connection, connection.cursor() as cursor:
        cursor.execute('SELECT count(*) FROM "{}"."{}"'.format(schema, table))
        count = cursor.fetchone()[0]
    connection.close()
    return count



def layer_uri(target, table, geometry_column="geom"):
    """A QGIS ``postgres`` data source for one table of the target (no password: libpq files or the authcfg)."""
    from qgis.core import QgsDataSourceUri, QgsSettings

    params, schema = connection_parameters(target)
    params.pop("password", None)
    authcfg = None
    if target.strip().lower().startswith("pgconn:"):
        name = unquote(target.strip()[len("pgconn:"):].partition("?")[0])
        authcfg = QgsSettings().value("PostgreSQL/connections/{}/authcfg".format(name))
        if authcfg:
            params.pop("user", None)
    uri = QgsDataSourceUri()
    uri.setConnection(str(params.get("host", "")), str(params.get("port", "5432")), str(params.get("dbname", "")),
                      str(params.get("user", "")), "")
    if authcfg:
        uri.setAuthConfigId(str(authcfg))  # after setConnection, which would reset it
    uri.setDataSource(schema, table, geometry_column or "", "", "fid")
    return uri.uri(False)


def save_styles(target, titles, apply_style):
    """Each table's style into the database's ``layer_styles`` (default style: QGIS applies it on every load)."""
    from qgis.core import QgsVectorLayer

    saved = []
    for table in LAYER_FIELDS:
        layer = QgsVectorLayer(layer_uri(target, table), titles.get(table, table), "postgres")
        if not layer.isValid():
            raise UrbanTwinError(tr("The imported table cannot be opened in QGIS."), path=describe(target), obj=table)
        apply_style(layer, table)
        message = layer.saveStyleToDatabase(table, "Urban Twin", True, "")
        saved.append((table, message))
    return saved
