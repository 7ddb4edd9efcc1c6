"""The transport uses QGIS's network stack: the QGIS proxy applies, TLS is verified, authcfg is injected."""

import http.server
import ssl
import subprocess
import threading

import pytest


def test_requests_go_through_the_qgis_proxy(qgis_app, stand_in_server):
    """The stand-in plays the HTTP proxy configured in the QGIS options: it receives the absolute URL."""
    from qgis.core import QgsNetworkAccessManager, QgsSettings

    from urban_twin.core.net import request

    settings = QgsSettings()
    keys = ["proxy/proxyEnabled", "proxy/proxyType", "proxy/proxyHost", "proxy/proxyPort"]
    saved = {key: settings.value(key) for key in keys}
    settings.setValue("proxy/proxyEnabled", True)
    settings.setValue("proxy/proxyType", "HttpProxy")
    settings.setValue("proxy/proxyHost", "127.0.0.1")
    settings.setValue("proxy/proxyPort", stand_in_server.base.rsplit(":", 1)[1])
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()
    try:
        stand_in_server.script = [(200, {}, b'{"via": "proxy"}', 0)]
        assert request("GET", "http://catalogue.kommune.invalid/collections/results?f=json", retries=0).json() == {"via": "proxy"}
    finally:
        for key, value in saved.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)
        QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()
    [(method, path, headers, _)] = stand_in_server.requests
    assert method == "GET" and path == "http://catalogue.kommune.invalid/collections/results?f=json"


@pytest.fixture()
def self_signed_https(tmp_path):
    """An https server on loopback with a self-signed certificate (no CA in QGIS trusts it)."""
    key, cert = str(tmp_path / "key.pem"), str(tmp_path / "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server API
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    # handshake in the handler thread: a client that drops the handshake must not block serve_forever/shutdown
    server.socket = context.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield "https://127.0.0.1:{}".format(server.server_address[1])
    server.shutdown()
    server.server_close()


def test_tls_verification_is_not_disabled(qgis_app, self_signed_https):
    from urban_twin.core.net import HttpError, request

    with pytest.raises(HttpError) as info:
        request("GET", self_signed_https + "/collections/results?f=json", retries=0, timeout_s=10)
    assert info.value.status == 0


def test_authcfg_basic_against_real_pygeoapi(qgis_app, catalogue_url, auth_db):
    """pygeoapi has no access control of its own; this shows the authcfg is applied on the real POST."""
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.catalogue.record import attach_asset, build_record, finalise

    catalogue = OARecCatalogue(catalogue_url, authcfg=auth_db("planer", "pw-for-real-server"))
    record = finalise(attach_asset(build_record("Mit Anmeldung", bbox=(9.9, 53.5, 10.0, 53.6)), "file:///x.gpkg", "c" * 64, 1))
    catalogue.create(record)
    assert catalogue.get(record["id"])["properties"]["title"] == "Mit Anmeldung"
