"""Catalogue hardening (issue #12 items 7-9): answers that are not what OGC API – Records promises never close an
outbox entry, record links never make the client read local files, slow servers and bad certificates are errors
(never an empty result).

The real pygeoapi (conftest) is used wherever it can show the behaviour; a loopback http.server stands in only
where a misbehaving server is needed (an HTML login page with status 200, garbage JSON, a server that never
answers, a self-signed certificate) — pygeoapi cannot be made to do that on demand."""

import hashlib
import http.server
import json
import os
import ssl
import subprocess
import threading
import time

import pytest


def folder_store(tmp_path):
    from urban_twin.core.catalogue.assets import FolderAssetStore

    return FolderAssetStore(str(tmp_path / "share" / "assets"))


def publish_to(url, layer, tmp_path, name="stand-in"):
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.catalogue.outbox import Outbox
    from urban_twin.core.catalogue.sync import publish_layer

    outbox = Outbox(str(tmp_path / "outbox"))
    catalogue = OARecCatalogue(url, asset_store=folder_store(tmp_path), name=name, retries=0)
    record_id, state = publish_layer(layer, catalogue, title="Besonnung Altona", outbox=outbox)
    return record_id, state, outbox


LOGIN_PAGE = (200, {"Content-Type": "text/html; charset=utf-8"},
              b"<!DOCTYPE html><html><body><form action='/login'>Proxy-Anmeldung</form></body></html>", 0)


# -- 7: a 200 answer that is not what the protocol promises ---------------------------------------------

@pytest.mark.parametrize("script, reason", [
    ([LOGIN_PAGE], "web page"),
    # garbage JSON: POST 200, then GET 200 with something that is not JSON
    ([(200, {"Content-Type": "application/json"}, b"{}", 0), (200, {"Content-Type": "application/json"}, b"\x00\x01garbage", 0)],
     "valid JSON"),
    # the POST is 'created', the read-back by id is a JSON body without the record
    ([(201, {"Location": "/x"}, b"", 0), (200, {"Content-Type": "application/json"}, b'{"status": "ok"}', 0)],
     "not the requested record"),
    # the POST is 'created', but the record is not there
    ([(201, {}, b"", 0), (404, {"Content-Type": "application/json"}, b'{"description": "not found"}', 0)],
     "does not return it"),
])
def test_unexpected_200_answers_keep_the_entry_pending_with_the_reason(qgis_app, tmp_path, stand_in_server, small_layer, script, reason):
    stand_in_server.script = list(script)
    record_id, state, outbox = publish_to(stand_in_server.base + "/collections/results", small_layer, tmp_path)
    assert state == "pending"
    (entry,) = outbox.entries()
    assert entry.record_id == record_id and entry.state == "pending" and entry.attempts == 1
    assert reason in entry.last_error
    # the verification really asked the server: POST, then a GET of exactly this id (unless the POST answer was already bad)
    methods = [(method, path.split("?")[0]) for method, path, _h, _b in stand_in_server.requests]
    assert methods[0] == ("POST", "/collections/results/items")
    if reason != "web page":
        assert methods[1] == ("GET", "/collections/results/items/" + record_id.replace(":", "%3A"))


def test_dock_shows_why_a_publication_is_still_waiting(qgis_app, qgis_iface, tmp_path, stand_in_server, small_layer):
    from urban_twin.ui.catalogue_dock import CatalogueDock

    stand_in_server.script = [LOGIN_PAGE]
    _record_id, state, outbox = publish_to(stand_in_server.base + "/collections/results", small_layer, tmp_path)
    assert state == "pending"
    dock = CatalogueDock(qgis_iface, None)
    dock.outbox = outbox
    assert dock.refresh_outbox()["pending"] == 1
    assert "1 waiting" in dock.outbox_label.text() and "web page" in dock.outbox_label.text()


def test_real_pygeoapi_publication_is_read_back_before_it_is_done(qgis_app, tmp_path, catalogue_url, small_layer):
    """Against the real server the read-back succeeds and the entry is closed; the stored record equals ours."""
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.catalogue.record import content_hash

    record_id, state, outbox = publish_to(catalogue_url, small_layer, tmp_path, name="pygeoapi")
    assert state == "done" and outbox.counts()["done"] == 1
    stored = OARecCatalogue(catalogue_url).get(record_id)
    assert stored["properties"]["udt:contentHash"] == content_hash(stored)


def test_garbage_search_answer_is_an_error_not_an_empty_list(qgis_app, stand_in_server):
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.net import HttpError

    catalogue = OARecCatalogue(stand_in_server.base + "/collections/results")
    for answer in (LOGIN_PAGE, (200, {"Content-Type": "application/json"}, b'{"items": []}', 0)):
        stand_in_server.script = [answer]
        with pytest.raises(HttpError) as info:
            catalogue.search(q="Solar")
        assert info.value.kind == "protocol"


# -- 8: record links never read local files --------------------------------------------------------------

def passwd_record(href, path="/etc/passwd"):
    from urban_twin.core.catalogue.record import attach_asset, build_record, finalise

    data = open(path, "rb").read()
    record = build_record("Harmlos aussehendes Ergebnis", bbox=(9.9, 53.5, 10.1, 53.6))
    attach_asset(record, href, hashlib.sha256(data).hexdigest(), len(data))
    return finalise(record)


def test_file_etc_passwd_with_matching_hash_is_refused_by_the_real_server_path(qgis_app, tmp_path, catalogue_url):
    from urban_twin.core.catalogue.assets import LinkRefused
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.catalogue.sync import fetch_record

    catalogue = OARecCatalogue(catalogue_url, asset_store=folder_store(tmp_path), index_dir=str(tmp_path / "index"))
    record = catalogue.create(passwd_record("file:///etc/passwd"))
    cache = tmp_path / "cache"
    with pytest.raises(LinkRefused) as info:
        fetch_record(catalogue, record["id"], cache_dir=str(cache))
    assert record["id"] in str(info.value) and "asset folder" in str(info.value)
    assert not cache.exists() or os.listdir(cache) == []


def test_link_rules(qgis_app, tmp_path):
    from urban_twin.core.catalogue.assets import LinkRefused, check_asset_href, fetch_verified

    assets = tmp_path / "assets"
    assets.mkdir()
    inside = assets / "a.gpkg"
    inside.write_bytes(b"GPKG data")
    sha = hashlib.sha256(b"GPKG data").hexdigest()
    roots = [str(assets)]
    assert check_asset_href(inside.as_uri(), roots) == str(inside)
    assert check_asset_href("https://files.example.org/r.gpkg", roots) is None
    assert check_asset_href("http://127.0.0.1:8080/r.gpkg", roots) is None
    os.symlink("/etc/passwd", str(assets / "escape.gpkg"))  # a link inside the folder pointing out of it
    (tmp_path / "outside.gpkg").write_bytes(b"GPKG data")
    for href in ("file:///etc/passwd", str(assets / "escape.gpkg"), "file://" + str(assets) + "/../outside.gpkg",
                 "http://files.example.org/r.gpkg", "ftp://127.0.0.1/r.gpkg", "smb://server/share/r.gpkg",
                 "file://fileserver/share/r.gpkg", "javascript:alert(1)", "/etc/passwd"):
        with pytest.raises(LinkRefused) as info:
            check_asset_href(href, roots, record_id="urn:udt:result:x1")
        assert "urn:udt:result:x1" in str(info.value), href
    with pytest.raises(LinkRefused):
        check_asset_href(inside.as_uri(), [])  # a connection without an asset folder reads no local file
    cache = tmp_path / "cache"
    assert open(fetch_verified(inside.as_uri(), str(cache), sha, 9, allowed_roots=roots), "rb").read() == b"GPKG data"


# -- 9: slow and dead servers, bad certificates -----------------------------------------------------------

def test_slow_search_is_an_error_after_the_timeout_not_an_empty_result(qgis_app, stand_in_server, tmp_path):
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.net import HttpError

    body = json.dumps({"type": "FeatureCollection", "features": [], "numberMatched": 0}).encode()
    stand_in_server.script = [(200, {"Content-Type": "application/geo+json"}, body, 4)]
    catalogue = OARecCatalogue(stand_in_server.base + "/collections/results", timeout_s=2, index_dir=str(tmp_path / "index"))
    start = time.monotonic()
    with pytest.raises(HttpError) as info:
        catalogue.search(q="Solar")
    elapsed = time.monotonic() - start
    assert info.value.kind == "timeout" and "did not answer in 2 s" in str(info.value)
    assert 1.8 < elapsed < 3.5  # one attempt: a search is never retried into minutes
    assert len(stand_in_server.requests) == 1


def test_fetch_algorithm_says_the_server_did_not_answer_in_15_s(qgis_app, run_alg, stand_in_server, tmp_path):
    """The documented search timeout is 15 s: urbantwin:fetch fails with that message after about 15 s."""
    from qgis.core import QgsProcessingException

    from urban_twin.core.catalogue.connections import Connection, remove_connection, save_connection

    stand_in_server.script = [(200, {"Content-Type": "application/geo+json"}, b'{"features": []}', 20)]
    save_connection(Connection("dead-slow", "oarec", stand_in_server.base + "/collections/results"))
    try:
        start = time.monotonic()
        with pytest.raises(QgsProcessingException) as info:
            run_alg("urbantwin:fetch", {"CATALOGUE": "dead-slow", "QUERY": "Solar", "OUTPUT": str(tmp_path / "out.gpkg")})
        elapsed = time.monotonic() - start
    finally:
        remove_connection("dead-slow")
    assert "did not answer in 15 s" in str(info.value)
    assert 14.0 < elapsed < 18  # Qt's transfer timeout is a coarse timer (may fire up to 5 % early)
    assert not (tmp_path / "out.gpkg").exists()


@pytest.fixture()
def self_signed_catalogue(tmp_path):
    """A https server on loopback with a self-signed certificate that would answer a valid (empty) item list."""
    key, cert = str(tmp_path / "key.pem"), str(tmp_path / "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server API
            body = b'{"type": "FeatureCollection", "features": [], "numberMatched": 0}'
            self.send_response(200)
            self.send_header("Content-Type", "application/geo+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    # handshake in the handler thread: a client that drops the handshake must not block shutdown()
    server.socket = context.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield "https://127.0.0.1:{}/collections/results".format(server.server_address[1])
    server.shutdown()
    server.server_close()


def test_bad_certificate_is_an_error_in_search_and_in_the_dock():
    """The check below, in a pytest process of its own with a time limit. QGIS 3.22 hands TLS errors of its download
    thread to the main thread and waits for it; under load that hand-over sometimes never completes and the main
    thread waits inside QgsBlockingNetworkRequest for ever — in C++, where pytest-timeout's signal cannot reach it
    (a whole suite hung there once). A stalled attempt is repeated once; two stalls fail the test."""
    import sys

    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    node = os.path.abspath(__file__) + "::test_bad_certificate_check_in_its_own_process"
    for _attempt in range(2):
        try:
            run = subprocess.run([sys.executable, "-m", "pytest", "-q", node], cwd=root, capture_output=True, text=True,
                                 timeout=180, env=dict(os.environ, URBANTWIN_TLS_CHECK="1"))
        except subprocess.TimeoutExpired:
            continue
        assert run.returncode == 0 and "1 passed" in run.stdout, run.stdout[-4000:] + run.stderr[-2000:]
        return
    pytest.fail("The TLS check stalled twice in QGIS's network layer (180 s each).")


@pytest.mark.skipif(not os.environ.get("URBANTWIN_TLS_CHECK"), reason="run by test_bad_certificate_is_an_error_in_search_"
                    "and_in_the_dock in a process of its own")
def test_bad_certificate_check_in_its_own_process(qgis_app, qgis_iface, self_signed_catalogue, tmp_path):
    from pytest_qgis.utils import wait_until

    from urban_twin.core.catalogue.connections import Connection, remove_connection, save_connection
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.net import HttpError
    from urban_twin.ui.catalogue_dock import CatalogueDock

    with pytest.raises(HttpError) as info:
        OARecCatalogue(self_signed_catalogue, index_dir=str(tmp_path / "index")).search()
    assert info.value.kind == "tls" and "certificate" in str(info.value)
    from urban_twin.core.catalogue.tasks import SearchTask

    save_connection(Connection("self-signed", "oarec", self_signed_catalogue))
    try:
        dock = CatalogueDock(qgis_iface, None)
        dock.connection_combo.setCurrentIndex(dock.connection_combo.findData("self-signed"))
        # the dock's own search task, run in this thread: QGIS hands TLS errors of worker threads to the main
        # thread's handler and waits for it, which a headless test's main thread cannot serve reliably
        task = SearchTask("self-signed")
        task.done.connect(dock.search_finished)
        dock.search_task = task
        task.finished(task.run())
        assert wait_until(lambda: dock.search_task is None, timeout_milliseconds=5000)
    finally:
        remove_connection("self-signed")
    assert "certificate" in dock.status_label.text()
    assert "records shown" not in dock.status_label.text() and dock.results.topLevelItemCount() == 0


def test_unreachable_server_is_offline_not_empty(qgis_app, tmp_path):
    """A refused connection (nothing listens) is 'offline': the page says so; it is not a silent empty result."""
    import socket

    from urban_twin.core.catalogue.oarec import OARecCatalogue

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    page = OARecCatalogue("http://127.0.0.1:{}/collections/results".format(port), index_dir=str(tmp_path / "index")).search(q="x")
    assert page.offline is True and page.records == []
