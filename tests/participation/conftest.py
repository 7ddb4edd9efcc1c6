"""A real pygeoapi (OGC API – Features, GeoJSON provider) on 127.0.0.1 serving contributions the way DIPAS publishes
them; the server class of the catalogue tests is reused with another configuration."""

import importlib.util
import json
import os

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))

FEATURES_CONFIG = """server:
  bind: {{host: 127.0.0.1, port: {port}}}
  url: http://127.0.0.1:{port}
  mimetype: application/json; charset=UTF-8
  encoding: utf-8
  languages: [de-DE]
  limits: {{default_items: 10, max_items: 100}}
  map: {{url: 'https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png', attribution: OSM}}
logging: {{level: ERROR}}
metadata:
  identification: {{title: DIPAS-Beiträge (Test), description: Beiträge, keywords: [dipas], keywords_type: theme,
                   terms_of_service: 'https://www.govdata.de/dl-de/by-2-0', url: 'http://127.0.0.1:{port}'}}
  license: {{name: dl-de/by-2.0, url: 'https://www.govdata.de/dl-de/by-2-0'}}
  provider: {{name: Test Kommune, url: 'http://127.0.0.1'}}
  contact: {{name: Test, position: Test, address: Test, city: Test, stateorprovince: Test, postalcode: '00000',
            country: DE, phone: '+49', fax: '+49', email: test@example.org, url: 'http://127.0.0.1',
            hours: 0-24, instructions: none, role: pointOfContact}}
resources:
  contributions:
    type: collection
    title: Beiträge
    description: Beiträge einer Online-Beteiligung
    keywords: [beteiligung]
    links: []
    extents:
      spatial: {{bbox: [5.8, 47.2, 15.1, 55.1], crs: 'http://www.opengis.net/def/crs/OGC/1.3/CRS84'}}
    providers:
      - type: feature
        name: GeoJSON
        data: {data}
        id_field: id
"""


def _catalogue_conftest():
    spec = importlib.util.spec_from_file_location("catalogue_conftest", os.path.join(os.path.dirname(HERE), "catalogue", "conftest.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_geojson(path, features):
    with open(path, "w", encoding="utf-8") as handle:
        json.dump({"type": "FeatureCollection", "features": features}, handle, ensure_ascii=False)
    return str(path)


@pytest.fixture()
def features_server(tmp_path):
    """A function: serve these GeoJSON features as collection ``contributions`` and return the started server."""
    module = _catalogue_conftest()
    servers = []

    def start(features):
        folder = tmp_path / "oapif"
        folder.mkdir()
        data = write_geojson(folder / "contributions.geojson", features)
        original = module.CONFIG
        module.CONFIG = FEATURES_CONFIG.replace("{data}", data)
        try:
            server = module.PygeoapiServer(folder)
        finally:
            module.CONFIG = original
        servers.append(server.start())
        return server

    yield start
    for server in servers:
        server.stop()
