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



@pytest.fixture(scope="session")
def postgis_server():
    """A real PostgreSQL 15 + PostGIS 3 on 127.0.0.1 in a temporary data directory (bench/pgserver.py), stopped and
    removed at the end; trust authentication on loopback, so no password is needed or written anywhere."""
    import os
    import sys

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "bench"))
    import pgserver

    if not pgserver.available():
        pytest.fail("PostgreSQL 15 + PostGIS 3 are not installed: run make deps (mk/scale.mk)")
    with pgserver.temporary_server() as params:
        yield params
