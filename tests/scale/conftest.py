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


@pytest.fixture(scope="module")
def pg_tiles(tmp_path_factory, citymodel_dir):
    """Three shifted copies of the NRW LoD2 tile with two tile-border duplicates each (bench/tilegen.py)."""
    import os
    import sys

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "bench"))
    import tilegen

    folder = tmp_path_factory.mktemp("pgtiles")
    tilegen.make_tiles(os.path.join(citymodel_dir, "de_nrw_LoD2_32_280_5657_1_NW.gml"), str(folder), 3, border=2)
    return str(folder)


@pytest.fixture()
def stored_connection(postgis_server):
    """store(name, authcfg=None): a PostgreSQL connection NAME in QGIS's settings pointing at the test server (what
    a planner saves in the Browser), removed again after the test."""
    from qgis.core import QgsSettings

    names = []

    def store(name, authcfg=None):
        settings = QgsSettings()
        key = "PostgreSQL/connections/{}/".format(name)
        values = [("host", "127.0.0.1"), ("port", str(postgis_server["port"])), ("database", postgis_server["dbname"]),
                  ("username", postgis_server["user"])] + ([("authcfg", authcfg)] if authcfg else [])
        for setting, value in values:
            settings.setValue(key + setting, value)
        names.append(name)
        return "pgconn:" + name

    yield store
    for name in names:
        QgsSettings().remove("PostgreSQL/connections/" + name)
