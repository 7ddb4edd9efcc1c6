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
