"""A throw-away PostgreSQL 15 + PostGIS 3 server (Debian packages, mk/scale.mk) for tests and benchmarks.

Data directory in a fresh /tmp folder, listening on 127.0.0.1 on a free port only, run as the ``postgres`` user
(initdb refuses root), trust authentication on loopback (no password exists anywhere), fsync off (throw-away),
stopped and removed on exit. ``with temporary_server() as params:`` gives psycopg2 keyword arguments.
"""

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile

PG_BIN = "/usr/lib/postgresql/15/bin"
POSTGIS_CONTROL = "/usr/share/postgresql/15/extension/postgis.control"


def available():
    return os.path.exists(os.path.join(PG_BIN, "initdb")) and os.path.exists(POSTGIS_CONTROL)


def _as_postgres(*command, timeout=120):
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return subprocess.run(prefix + list(command), capture_output=True, text=True, timeout=timeout, check=True)


@contextlib.contextmanager
def temporary_server(database="city"):
    base = tempfile.mkdtemp(prefix="urbantwin-pg-")
    data, sockets = os.path.join(base, "data"), os.path.join(base, "sock")
    os.makedirs(sockets)
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(sockets, "postgres")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = False
    try:
        _as_postgres(os.path.join(PG_BIN, "initdb"), "-D", data, "-A", "trust", "-U", "postgres", "--no-sync")
        options = "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off".format(port, sockets)
        _as_postgres(os.path.join(PG_BIN, "pg_ctl"), "-D", data, "-o", options, "-l", os.path.join(base, "log"), "-w", "start")
        started = True
        _as_postgres(os.path.join(PG_BIN, "createdb"), "-h", "127.0.0.1", "-p", str(port), database)
        yield {"host": "127.0.0.1", "port": port, "user": "postgres", "dbname": database}
    finally:
        if started:
            _as_postgres(os.path.join(PG_BIN, "pg_ctl"), "-D", data, "-m", "fast", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)


def query(params, sql, args=(), commit=False):
    """Run one statement on a fresh connection: its rows (none for statements without a result); ``commit`` keeps
    what it changed."""
    import psycopg2

    connection = psycopg2.connect(**params)
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, args or None)
            rows = cursor.fetchall() if cursor.description else []
        if commit:
            connection.commit()
        return rows
    finally:
        connection.close()
