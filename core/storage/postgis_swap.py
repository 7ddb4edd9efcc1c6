"""Put a freshly loaded table in place of the old one without losing what a team built on the old one.

A shared database is more than our tables: the administrator grants the planners' role SELECT, GIS staff build
views on ``buildings`` (residential buildings of a district, a materialised view for a web map), someone writes a
comment. A plain swap (``DROP TABLE … CASCADE`` + rename) silently dropped those views and left the new table
without the grants — the next morning every planner got "permission denied". So, inside the caller's transaction:

* **No old table**: the new one is renamed into place.
* **Views, foreign keys, triggers or row security depend on the old table**: its rows are replaced **in place**
  (``DELETE`` + ``INSERT … SELECT`` from the new table, missing columns added first). Views, grants, comments,
  triggers and policies stay, and every reader — also a REPEATABLE READ snapshot taken before — sees the old rows
  or the new ones (MVCC). Slower (the indexes are maintained row by row), hence only when needed.
* **Otherwise the fast swap**: the old table is dropped (without CASCADE: should anything unforeseen depend on it,
  the run fails and the old table stays), the new one renamed, and the old table's grants and comment are given
  to the new one.

The new table's GiST index gets the stable name ``<table>_geom_gist`` (update runs look for that name).
"""

IN_PLACE, SWAPPED, CREATED = "in_place", "swapped", "created"


def _oid(cursor, schema, table):
    cursor.execute("SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                   "WHERE n.nspname = %s AND c.relname = %s AND c.relkind IN ('r', 'p')", (schema, table))
    row = cursor.fetchone()
    return row[0] if row else None


def dependents(cursor, oid):
    """Names of what would be lost with the table: views and materialised views on it, foreign keys pointing at
    it, its own triggers, policies and row security."""
    cursor.execute(
        "SELECT DISTINCT v.oid::regclass::text FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid "
        "JOIN pg_class v ON v.oid = r.ev_class WHERE d.classid = 'pg_rewrite'::regclass AND d.refobjid = %s "
        "AND v.oid <> %s ORDER BY 1", (oid, oid))
    found = [row[0] for row in cursor.fetchall()]
    cursor.execute("SELECT conname FROM pg_constraint WHERE confrelid = %s AND contype = 'f' ORDER BY 1", (oid,))
    found += ["FOREIGN KEY " + row[0] for row in cursor.fetchall()]
    cursor.execute("SELECT tgname FROM pg_trigger WHERE tgrelid = %s AND NOT tgisinternal ORDER BY 1", (oid,))
    found += ["TRIGGER " + row[0] for row in cursor.fetchall()]
    cursor.execute("SELECT polname FROM pg_policy WHERE polrelid = %s ORDER BY 1", (oid,))
    found += ["POLICY " + row[0] for row in cursor.fetchall()]
    cursor.execute("SELECT relrowsecurity FROM pg_class WHERE oid = %s", (oid,))
    if cursor.fetchone()[0]:
        found.append("ROW LEVEL SECURITY")
    return found


def _columns(cursor, oid):
    cursor.execute("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = %s "
                   "AND attnum > 0 AND NOT attisdropped ORDER BY attnum", (oid,))
    return cursor.fetchall()


def _grants(cursor, oid):
    """(grantee or PUBLIC, privilege, grantable) of the table, the owner's own rights left out."""
    cursor.execute(
        "SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END, a.privilege_type, a.is_grantable "
        "FROM pg_class c, aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee "
        "WHERE c.oid = %s AND a.grantee <> c.relowner ORDER BY 1, 2", (oid,))
    return cursor.fetchall()


def replace_table(cursor, schema, table, staging_name, index_name=None):
    """Replace ``schema.table`` by ``schema.staging_name`` (both unquoted names) in the open transaction.

    ``index_name``: the staging table's GiST index, renamed to ``<table>_geom_gist`` when the new table takes the
    old one's place. Returns (IN_PLACE | SWAPPED | CREATED, [what depends on the table])."""
    final = '"{}"."{}"'.format(schema, table)
    staging = '"{}"."{}"'.format(schema, staging_name)
    old = _oid(cursor, schema, table)
    kept = dependents(cursor, old) if old is not None else []
    if kept:
        new_columns = _columns(cursor, _oid(cursor, schema, staging_name))
        present = {name for name, _type in _columns(cursor, old)}
        for name, kind in new_columns:
            if name not in present:  # a newer version's field: added, the views keep working
                cursor.execute('ALTER TABLE {} ADD COLUMN "{}" {}'.format(final, name, kind))
        names = ", ".join('"{}"'.format(name) for name, _type in new_columns)
        cursor.execute("DELETE FROM {}".format(final))
        # the fids of the new load (1 … n, as in the GeoPackage); the deleted rows no longer count for the key
        cursor.execute("INSERT INTO {0} ({1}) SELECT {1} FROM {2} ORDER BY fid".format(final, names, staging))
        cursor.execute("SELECT setval(pg_get_serial_sequence(%s, 'fid'), GREATEST((SELECT max(fid) FROM {}), 1))"
                       .format(final), (final,))
        cursor.execute("DROP TABLE {}".format(staging))
        return IN_PLACE, kept
    grants, comment = [], None
    if old is not None:
        grants = _grants(cursor, old)
        cursor.execute("SELECT obj_description(%s, 'pg_class')", (old,))
        comment = cursor.fetchone()[0]
        cursor.execute("DROP TABLE {}".format(final))  # no CASCADE: nothing may vanish unseen
    cursor.execute('ALTER TABLE {} RENAME TO "{}"'.format(staging, table))
    if index_name:
        cursor.execute('ALTER INDEX "{}"."{}" RENAME TO "{}_geom_gist"'.format(schema, index_name, table))
    for grantee, privilege, grantable in grants:
        cursor.execute("GRANT {} ON {} TO {}{}".format(privilege, final, grantee, " WITH GRANT OPTION" if grantable else ""))
    if comment is not None:
        cursor.execute("COMMENT ON TABLE {} IS %s".format(final), (comment,))
    return (SWAPPED if old is not None else CREATED), []
