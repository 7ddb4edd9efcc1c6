"""Shared helpers for the city model tests: independent counts made with lxml/json in the test."""

import json
import os
import sqlite3

import pytest


@pytest.fixture()
def gpkg_rows():
    """gpkg_rows(path, sql) → list of tuples (plain sqlite, independent of OGR/QGIS)."""

    def _rows(path, sql):
        connection = sqlite3.connect("file:{}?mode=ro".format(path), uri=True)
        try:
            return connection.execute(sql).fetchall()
        finally:
            connection.close()

    return _rows


@pytest.fixture()
def xml_counts():
    """Count elements by local name with a plain lxml parse (not our streaming reader)."""
    from lxml import etree

    def _counts(path):
        tree = etree.parse(path, etree.XMLParser(resolve_entities=False, no_network=True))
        counts = {}
        for element in tree.iter(tag=etree.Element):
            name = etree.QName(element).localname
            counts[name] = counts.get(name, 0) + 1
        return counts, tree

    return _counts


@pytest.fixture()
def load_json():
    def _load(path):
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)

    return _load


@pytest.fixture()
def sample(citymodel_dir):
    def _sample(name):
        path = os.path.join(citymodel_dir, name)
        assert os.path.exists(path), path
        return path

    return _sample
