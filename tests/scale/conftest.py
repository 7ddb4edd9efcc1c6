"""Helpers for the scale tests (plain sqlite, independent of OGR/QGIS)."""

import sqlite3

import pytest


@pytest.fixture()
def gpkg_rows():
    def _rows(path, sql):
        connection = sqlite3.connect("file:{}?mode=ro".format(path), uri=True)
        try:
            return connection.execute(sql).fetchall()
        finally:
            connection.close()

    return _rows


PG_BIN = "/usr/lib/postgresql/15/bin"


@pytest.fixture(scope="session")
def postgis_server(tmp_path_factory):
    """A real PostgreSQL 15 + PostGIS 3 (Debian packages, mk/scale.mk) in a temporary data directory on 127.0.0.1,
    run as the postgres user (initdb refuses root), stopped and removed at the end. Trust authentication on the
    loopback address: the tests need no password, and none is written anywhere."""
    import os
    import shutil
    import socket
    import subprocess
    import tempfile

    if not os.path.exists(os.path.join(PG_BIN, "initdb")) or not os.path.exists("/usr/share/postgresql/15/extension/postgis.control"):
        pytest.fail("PostgreSQL 15 + PostGIS 3 are not installed: run make deps (mk/scale.mk)")
    base = tempfile.mkdtemp(prefix="urbantwin-pg-")  # pytest's own folders are 0700 root: postgres could not enter
    data, sockets = os.path.join(base, "data"), os.path.join(base, "sock")
    os.makedirs(sockets)
    shutil.chown(base, "postgres")
    shutil.chown(sockets, "postgres")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    def as_postgres(*command, timeout=120):
        return subprocess.run(["runuser", "-u", "postgres", "--"] + list(command), capture_output=True, text=True,
                              timeout=timeout, check=True)

    as_postgres(os.path.join(PG_BIN, "initdb"), "-D", data, "-A", "trust", "-U", "postgres", "--no-sync")
    options = "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off".format(port, sockets)
    as_postgres(os.path.join(PG_BIN, "pg_ctl"), "-D", data, "-o", options, "-l", os.path.join(base, "log"), "-w", "start")
    try:
        as_postgres(os.path.join(PG_BIN, "createdb"), "-h", "127.0.0.1", "-p", str(port), "city")
        yield {"host": "127.0.0.1", "port": port, "user": "postgres", "dbname": "city"}
    finally:
        as_postgres(os.path.join(PG_BIN, "pg_ctl"), "-D", data, "-m", "fast", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)
