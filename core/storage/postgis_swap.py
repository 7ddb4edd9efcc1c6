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
  the run fails and the old table stays), the new one renamed, and the old table's grants (also those on single
  columns) and comment are given to the new one.

The new table's GiST index gets the stable name ``<table>_geom_gist`` (update runs look for that name).

Swapping needs the old table to itself (ACCESS EXCLUSIVE). A plain ``DROP TABLE`` waits for every open reader — for
ever behind a forgotten idle transaction, uncancellable, and, worse, every planner who opens the table meanwhile
queues behind the waiting DROP (PostgreSQL's lock queue): one idle pgAdmin session froze all readers. So
:func:`lock_for_swap` asks for the locks a short while at a time, lets the readers through between attempts, says
whose transaction it waits for, and stops on cancel or at the caller's deadline.
"""

import time

from ..errors import CancelledError, UrbanTwinError
from ..i18n import tr

IN_PLACE, SWAPPED, CREATED = "in_place", "swapped", "created"
ATTEMPT_SECONDS = 1.0  # how long one attempt may hold up readers queued behind it
PAUSE_SECONDS = 2.0  # readers go on between attempts
REPORT_EVERY_SECONDS = 30.0


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
    """(grantee or PUBLIC, privilege — with its columns for a column grant —, grantable) of the table and of its
    columns, the owner's own rights left out."""
    cursor.execute(
        "SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END, a.privilege_type, a.is_grantable "
        "FROM pg_class c, aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee "
        "WHERE c.oid = %s AND a.grantee <> c.relowner ORDER BY 1, 2", (oid,))
    grants = cursor.fetchall()
    cursor.execute(
        "SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END, "
        "a.privilege_type || ' (' || string_agg(quote_ident(t.attname), ', ' ORDER BY t.attnum) || ')', a.is_grantable "
        "FROM pg_class c JOIN pg_attribute t ON t.attrelid = c.oid, aclexplode(t.attacl) a "
        "LEFT JOIN pg_roles r ON r.oid = a.grantee WHERE c.oid = %s AND t.attacl IS NOT NULL AND NOT t.attisdropped "
        "AND a.grantee <> c.relowner GROUP BY 1, a.privilege_type, a.is_grantable ORDER BY 1, 2", (oid,))
    return grants + cursor.fetchall()


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


def swap_candidates(cursor, schema, tables):
    """The tables of ``tables`` that exist and that nothing depends on: those replace_table will swap."""
    found = []
    for table in tables:
        oid = _oid(cursor, schema, table)
        if oid is not None and not dependents(cursor, oid):
            found.append(table)
    return found


def _holders(cursor, schema, tables):
    """Other sessions holding a lock on the tables: (pid, user, application, state, seconds in transaction)."""
    cursor.execute(
        "SELECT DISTINCT a.pid, a.usename, a.application_name, a.state, "
        "COALESCE(EXTRACT(epoch FROM now() - a.xact_start), 0)::int FROM pg_locks l "
        "JOIN pg_stat_activity a ON a.pid = l.pid JOIN pg_class c ON c.oid = l.relation "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relname = ANY(%s) "
        "AND l.granted AND l.pid <> pg_backend_pid() ORDER BY 1", (schema, list(tables)))
    return cursor.fetchall()


def lock_for_swap(cursor, schema, tables, feedback=None, deadline_seconds=None, label=None, path=None):
    """ACCESS EXCLUSIVE locks on ``schema.tables`` for the rest of the open transaction, taken in short attempts.

    Between attempts the readers that queued behind us go on; the log names the sessions we wait for (every
    REPORT_EVERY_SECONDS). ``feedback.isCanceled()`` → CancelledError; after ``deadline_seconds`` (None: no limit) →
    UrbanTwinError naming them. The caller's transaction is left as it was before each failed attempt (savepoint)."""
    import psycopg2

    if not tables:
        return
    names = ", ".join('"{}"."{}"'.format(schema, table) for table in tables)
    started = time.monotonic()
    reported = None
    while True:
        cursor.execute("SAVEPOINT ut_lock")
        cursor.execute("SET LOCAL lock_timeout = %s", ("{}ms".format(int(ATTEMPT_SECONDS * 1000)),))
        try:
            cursor.execute("LOCK TABLE {} IN ACCESS EXCLUSIVE MODE".format(names))
        except psycopg2.errors.LockNotAvailable:
            cursor.execute("ROLLBACK TO SAVEPOINT ut_lock")
        else:
            cursor.execute("SET LOCAL lock_timeout = 0")
            cursor.execute("RELEASE SAVEPOINT ut_lock")
            return
        holders = _holders(cursor, schema, tables)
        who = "; ".join(tr("session {} ({}, {}, {}, for {} s)").format(pid, user or "?", application or "?", state or "?",
                                                                        seconds)
                        for pid, user, application, state, seconds in holders) or tr("a session that just ended")
        waited = time.monotonic() - started
        if deadline_seconds is not None and waited >= deadline_seconds:
            raise UrbanTwinError(tr("The table cannot be replaced: other sessions are reading it ({}). Nothing was "
                                    "changed; run again when they are done.").format(who), path=path, obj=label or names)
        if reported is None or time.monotonic() - reported >= REPORT_EVERY_SECONDS:
            reported = time.monotonic()
            if feedback is not None and hasattr(feedback, "pushInfo"):
                feedback.pushInfo(tr("Waiting for other sessions to finish reading {}: {}. Readers are not held up "
                                     "meanwhile; cancel to stop (nothing is changed).").format(names, who))
        pause_until = time.monotonic() + PAUSE_SECONDS
        while time.monotonic() < pause_until:
            if feedback is not None and feedback.isCanceled():
                raise CancelledError()
            time.sleep(0.1)
