"""Fixtures of the catalogue tests: a real pygeoapi 0.24 server on loopback, a temp QGIS auth DB,
a misbehaving stand-in server, and small real layers made from ../shared data."""

import http.server
import os
import socket
import subprocess
import threading
import time
import urllib.request

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

CONFIG = """server:
  bind: {{host: 127.0.0.1, port: {port}}}
  url: http://127.0.0.1:{port}
  mimetype: application/json; charset=UTF-8
  encoding: utf-8
  languages: [de-DE, en-US]
  limits: {{default_items: 10, max_items: 100}}
  map: {{url: 'https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png', attribution: OSM}}
  pretty_print: true
logging: {{level: ERROR}}
metadata:
  identification: {{title: UDT Ergebniskatalog (Test), description: Test catalogue for shared analysis results,
                   keywords: [udt, catalogue], keywords_type: theme,
                   terms_of_service: 'https://www.govdata.de/dl-de/by-2-0', url: 'http://127.0.0.1:{port}'}}
  license: {{name: dl-de/by-2.0, url: 'https://www.govdata.de/dl-de/by-2-0'}}
  provider: {{name: Test Kommune, url: 'http://127.0.0.1'}}
  contact: {{name: Test, position: Test, address: Test, city: Test, stateorprovince: Test, postalcode: '00000',
            country: DE, phone: '+49', fax: '+49', email: test@example.org, url: 'http://127.0.0.1',
            hours: 0-24, instructions: none, role: pointOfContact}}
resources:
  results:
    type: collection
    title: Analyseergebnisse
    description: Shared analysis results (OGC API - Records)
    keywords: [results]
    links: []
    extents:
      spatial: {{bbox: [5.8, 47.2, 15.1, 55.1], crs: 'http://www.opengis.net/def/crs/OGC/1.3/CRS84'}}
    providers:
      - type: record
        name: TinyDBCatalogue
        data: {data}
        editable: true
        id_field: id
        time_field: updated
        title_field: title
"""


def server_python():
    return os.environ.get("URBANTWIN_CATALOGUE_SERVER_PY") or os.path.join(ROOT, ".venv-catalogue-server", "bin", "python")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PygeoapiServer:
    """pygeoapi 0.24 under gunicorn on 127.0.0.1 with an editable TinyDB records collection."""

    def __init__(self, folder, port=None):
        python = server_python()
        # a missing server venv is a broken set-up (make deps), not a reason to skip
        assert os.path.exists(python), "catalogue server venv missing ({}); run make deps".format(python)
        self.folder = str(folder)
        os.makedirs(self.folder, exist_ok=True)
        self.python = python
        self.port = port or free_port()
        self.data = os.path.join(self.folder, "catalogue.tinydb")
        if not os.path.exists(self.data):
            with open(self.data, "w") as handle:
                handle.write('{"_default": {}}')
        self.config = os.path.join(self.folder, "pygeoapi.yml")
        with open(self.config, "w") as handle:
            handle.write(CONFIG.format(port=self.port, data=self.data))
        self.openapi = os.path.join(self.folder, "openapi.yml")
        self.env = dict(os.environ, PYGEOAPI_CONFIG=self.config, PYGEOAPI_OPENAPI=self.openapi)
        bindir = os.path.dirname(python)
        subprocess.run([os.path.join(bindir, "pygeoapi"), "openapi", "generate", self.config, "--output-file", self.openapi],
                       check=True, env=self.env, capture_output=True, timeout=60)
        self.process = None
        self.base = "http://127.0.0.1:{}".format(self.port)
        self.collection_url = self.base + "/collections/results"

    def start(self):
        bindir = os.path.dirname(self.python)
        self.process = subprocess.Popen([os.path.join(bindir, "gunicorn"), "-w", "1", "-b", "127.0.0.1:{}".format(self.port),
                                         "pygeoapi.flask_app:APP"], env=self.env, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, cwd=self.folder)
        deadline = time.time() + 15
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise AssertionError("pygeoapi exited with code {}".format(self.process.returncode))
            try:
                with urllib.request.urlopen(self.base + "/?f=json", timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise AssertionError("pygeoapi did not become ready within 15 s")

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.process = None

    def wipe(self):
        """Delete every record through the API (keeps the session server reusable between tests)."""
        import json

        with urllib.request.urlopen(self.collection_url + "/items?f=json&limit=100", timeout=10) as response:
            features = json.loads(response.read())["features"]
        for feature in features:
            req = urllib.request.Request(self.collection_url + "/items/" + urllib.parse.quote(feature["id"], safe=""), method="DELETE")
            urllib.request.urlopen(req, timeout=10).close()


@pytest.fixture(scope="session")
def pygeoapi_server(tmp_path_factory):
    server = PygeoapiServer(tmp_path_factory.mktemp("pygeoapi")).start()
    yield server
    server.stop()


@pytest.fixture()
def catalogue_url(pygeoapi_server):
    """The collection URL of the session server, emptied for this test."""
    pygeoapi_server.wipe()
    return pygeoapi_server.collection_url


@pytest.fixture()
def killable_server(tmp_path):
    """A server of this test alone, so it can be stopped and started again mid-test."""
    server = PygeoapiServer(tmp_path / "server").start()
    yield server
    server.stop()


class StandInHandler(http.server.BaseHTTPRequestHandler):
    """Answers from a script: list of (status, headers, body, delay_s); records requests (method, path, headers)."""

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        body_in = self.rfile.read(length) if length else b""
        self.server.requests.append((self.command, self.path, dict(self.headers), body_in))
        script = self.server.script
        status, headers, body, delay = script.pop(0) if len(script) > 1 else script[0]
        if delay:
            time.sleep(delay)
        try:
            self.send_response(status)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _answer

    def log_message(self, *args):
        pass


@pytest.fixture()
def stand_in_server():
    """A loopback http.server in a thread that stands in for a misbehaving catalogue (500s, timeouts,
    expired credentials): pygeoapi cannot be made to answer those on demand."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), StandInHandler)
    server.requests = []
    server.script = [(200, {}, b"{}", 0)]
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.base = "http://127.0.0.1:{}".format(server.server_address[1])
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture()
def nrw_buildings(shared_dir, tmp_path):
    """A real layer: the buildings of the NRW LoD2 tile (from ../shared), as 2D polygons in a temp GeoPackage.

    Returns (QgsVectorLayer, feature count as OGR counts it)."""
    from osgeo import gdal, ogr
    from qgis.core import QgsVectorLayer

    source = os.path.join(shared_dir, "data", "citymodel", "de_nrw_LoD2_32_280_5657_1_NW.gml")
    target = str(tmp_path / "nrw_buildings.gpkg")
    written = gdal.VectorTranslate(target, gdal.OpenEx(source, gdal.OF_VECTOR, open_options=["WRITE_GFS=NO"]), format="GPKG",
                         layers=["Building"], dim="XY", geometryType="MULTIPOLYGON", layerName="buildings",
                         srcSRS="EPSG:25832", dstSRS="EPSG:25832", selectFields=["gml_id"])
    del written  # closing the dataset flushes it
    dataset = ogr.Open(target)
    count = dataset.GetLayer(0).GetFeatureCount()
    dataset = None
    layer = QgsVectorLayer(target + "|layername=buildings", "NRW Gebäude", "ogr")
    assert layer.isValid()
    return layer, count


@pytest.fixture()
def small_layer(tmp_path):
    """A tiny polygon layer in Hamburg (EPSG:25832) with two features and a known extent."""
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer

    from urban_twin.core.fieldtypes import FieldType

    layer = QgsVectorLayer("Polygon?crs=EPSG:25832", "Verschattung Altona", "memory")
    layer.dataProvider().addAttributes([QgsField("name", FieldType.STRING), QgsField("hours", FieldType.DOUBLE)])
    layer.updateFields()
    features = []
    for i, (x, y) in enumerate([(562000, 5933000), (562500, 5933400)]):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(["Fläche {}".format(i), 2.5 * (i + 1)])
        feature.setGeometry(QgsGeometry.fromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(x, y, x + 100, y + 100)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


@pytest.fixture()
def auth_db(tmp_path_factory):
    """QGIS auth DB in a temp dir with a master password; returns a function making a Basic authcfg."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        manager.setMasterPassword("urbantwin-test-master", True)

    def make_basic(user, password, name="udt-test"):
        config = QgsAuthMethodConfig("Basic")
        config.setName(name)
        config.setConfig("username", user)
        config.setConfig("password", password)
        ok = manager.storeAuthenticationConfig(config)
        assert ok[0] if isinstance(ok, tuple) else ok
        return config.id()

    return make_basic


# -- pycsw 2.6.2 (CSW 2.0.2 + CSW-T) ------------------------------------------------------------------------

# no gzip_compresslevel: pycsw 2.6.2 then keeps the Content-Length of the uncompressed body, and clients that
# accept gzip (Qt does) get a truncated answer
PYCSW_CONFIG = """[server]
home={folder}
url=http://127.0.0.1:{port}/csw
mimetype=application/xml; charset=UTF-8
encoding=UTF-8
language=de-DE
maxrecords={maxrecords}
loglevel=ERROR
logfile=
pretty_print=false
domainquerytype=list
domaincounts=false
profiles=apiso

[manager]
transactions=true
allowed_ips=127.0.0.1
csw_harvest_pagesize=10

[metadata:main]
identification_title=Urban Twin Testkatalog (CSW)
identification_abstract=CSW test server on loopback
identification_keywords=udt,catalogue
identification_keywords_type=theme
identification_fees=None
identification_accessconstraints=None
provider_name=Test Kommune
provider_url=http://127.0.0.1
contact_name=Test
contact_position=Test
contact_address=Test
contact_city=Test
contact_stateorprovince=Test
contact_postalcode=00000
contact_country=DE
contact_phone=+49
contact_fax=+49
contact_email=test@example.org
contact_url=http://127.0.0.1
contact_hours=0-24
contact_instructions=none
contact_role=pointOfContact

[repository]
database=sqlite:///{folder}/records.db
table=records

[metadata:inspire]
enabled=false
"""

PYCSW_SERVE = """import os, sys
from wsgiref.simple_server import WSGIRequestHandler, make_server
os.environ["PYCSW_CONFIG"] = sys.argv[1]
from pycsw.wsgi import application
class Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass
make_server("127.0.0.1", int(sys.argv[2]), application, handler_class=Quiet).serve_forever()
"""


def csw_server_python():
    return os.environ.get("URBANTWIN_CSW_SERVER_PY") or os.path.join(ROOT, ".venv-csw-server", "bin", "python")


def iso_schema_dir():
    """The ISO 19139 (2007-04-17) schemas pycsw ships (offline copy, imports resolve locally)."""
    import glob

    venv = os.path.dirname(os.path.dirname(csw_server_python()))
    found = glob.glob(os.path.join(venv, "lib", "python3*", "site-packages", "pycsw", "plugins", "profiles", "apiso", "schemas",
                                   "ogc", "iso", "19139", "20070417"))
    assert found, "ISO 19139 schemas of pycsw missing; run make deps"
    return found[0]


class PycswServer:
    """pycsw 2.6.2 (wsgiref) on 127.0.0.1 with a SQLite repository and transactions allowed from 127.0.0.1."""

    def __init__(self, folder, maxrecords=100):
        python = csw_server_python()
        assert os.path.exists(python), "CSW server venv missing ({}); run make deps".format(python)
        self.python = python
        self.folder = str(folder)
        os.makedirs(self.folder, exist_ok=True)
        self.port = free_port()
        self.config = os.path.join(self.folder, "pycsw.cfg")
        with open(self.config, "w") as handle:
            handle.write(PYCSW_CONFIG.format(folder=self.folder, port=self.port, maxrecords=maxrecords))
        self.serve_script = os.path.join(self.folder, "serve.py")
        with open(self.serve_script, "w") as handle:
            handle.write(PYCSW_SERVE)
        admin = os.path.join(os.path.dirname(python), "pycsw-admin.py")
        subprocess.run([python, admin, "-c", "setup_db", "-f", self.config], check=True, capture_output=True, timeout=120)
        self.url = "http://127.0.0.1:{}/csw".format(self.port)
        self.process = None

    def start(self):
        self.process = subprocess.Popen([self.python, self.serve_script, self.config, str(self.port)], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, cwd=self.folder)
        deadline = time.time() + 20
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise AssertionError("pycsw exited with code {}".format(self.process.returncode))
            try:
                with urllib.request.urlopen(self.url + "?service=CSW&request=GetCapabilities&version=2.0.2", timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise AssertionError("pycsw did not become ready within 20 s")

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.process = None

    def load(self, xml_files):
        """Load ISO files into the repository with pycsw's own admin tool (records we did not write)."""
        admin = os.path.join(os.path.dirname(self.python), "pycsw-admin.py")
        folder = os.path.dirname(xml_files[0])
        subprocess.run([self.python, admin, "-c", "load_records", "-f", self.config, "-p", folder, "-y"], check=True,
                       capture_output=True, timeout=600)

    def wipe(self):
        import sqlite3

        with sqlite3.connect(os.path.join(self.folder, "records.db")) as db:
            db.execute("DELETE FROM records")


@pytest.fixture(scope="session")
def pycsw_server(tmp_path_factory):
    server = PycswServer(tmp_path_factory.mktemp("pycsw")).start()
    yield server
    server.stop()


@pytest.fixture()
def csw_url(pycsw_server):
    """The CSW endpoint of the session server, emptied for this test."""
    pycsw_server.wipe()
    return pycsw_server.url
