"""The HTTP transport against a misbehaving server: 500, timeouts, 503 with Retry-After, expired
credentials. The stand-in is a loopback http.server because pygeoapi cannot answer those on demand."""

import pytest


@pytest.fixture()
def sleeps(monkeypatch):
    from urban_twin.core.net import http

    monkeypatch.setattr(http, "BACKOFF_BASE_S", 0.01)
    return []


def test_503_retry_after_is_honoured(qgis_app, stand_in_server, sleeps):
    from urban_twin.core.net import request

    stand_in_server.script = [(503, {"Retry-After": "2"}, b"busy", 0), (429, {"Retry-After": "1"}, b"slow down", 0), (200, {}, b'{"ok": 1}', 0)]
    response = request("GET", stand_in_server.base + "/x", sleep=sleeps.append, retries=3)
    assert response.json() == {"ok": 1}
    assert len(stand_in_server.requests) == 3
    assert sleeps == [2.0, 1.0]


def test_500_is_not_retried_and_message_is_shown(qgis_app, stand_in_server, sleeps):
    from urban_twin.core.net import HttpError, request

    stand_in_server.script = [(500, {"Content-Type": "application/json"}, b'{"code": "NoApplicableCode", "description": "generic error"}', 0)]
    with pytest.raises(HttpError) as info:
        request("GET", stand_in_server.base + "/items", sleep=sleeps.append)
    assert info.value.status == 500
    assert "generic error" in str(info.value)
    assert len(stand_in_server.requests) == 1 and sleeps == []


def test_post_without_client_id_is_never_retried(qgis_app, stand_in_server, sleeps):
    from urban_twin.core.net import HttpError, request

    stand_in_server.script = [(503, {}, b"", 0)]
    with pytest.raises(HttpError):
        request("POST", stand_in_server.base + "/items", body=b"{}", sleep=sleeps.append)
    assert len(stand_in_server.requests) == 1
    with pytest.raises(HttpError):
        request("POST", stand_in_server.base + "/items", body=b"{}", idempotent=True, retries=2, sleep=sleeps.append)
    assert len(stand_in_server.requests) == 1 + 3


def test_timeout_is_reported_and_retried_for_get(qgis_app, stand_in_server, sleeps):
    from urban_twin.core.net import HttpError, request

    stand_in_server.script = [(200, {}, b"late", 2.5)]
    with pytest.raises(HttpError) as info:
        request("GET", stand_in_server.base + "/slow", timeout_s=1, retries=1, sleep=sleeps.append)
    assert info.value.status == 0
    assert info.value.attempts == 2
    assert "1 s" in str(info.value)


def test_expired_credentials_fail_clearly_without_retry(qgis_app, stand_in_server, auth_db, sleeps):
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.net import HttpError

    authcfg = auth_db("planer", "abgelaufen-2023")
    stand_in_server.script = [(401, {"WWW-Authenticate": 'Basic realm="udt"'}, b'{"description": "token expired"}', 0)]
    catalogue = OARecCatalogue(stand_in_server.base + "/collections/results", authcfg=authcfg)
    with pytest.raises(HttpError) as info:
        catalogue.search(q="Solar")
    assert info.value.status == 401
    assert "authentication configuration" in str(info.value)
    # QGIS may re-send once with credentials after the challenge; never a retry loop
    assert 1 <= len(stand_in_server.requests) <= 2
    assert sleeps == []


def test_writes_need_https_except_loopback_and_logs_are_redacted(qgis_app):
    from urban_twin.core.net import HttpError, redact_headers, redact_url, request

    with pytest.raises(HttpError):
        request("POST", "http://catalogue.example.org/items", body=b"{}")
    assert redact_url("https://user:pw@host.de/a?q=Solar&token=abc") == "https://host.de/a?q=Solar&token=%2A%2A%2A"
    assert redact_headers({"Authorization": "Basic eDp5", "Accept": "x"}) == {"Authorization": "***", "Accept": "x"}


def test_push_to_failing_server_stays_in_outbox(qgis_app, tmp_path, stand_in_server, small_layer, sleeps):
    from urban_twin.core.catalogue.assets import FolderAssetStore
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.catalogue.outbox import Outbox
    from urban_twin.core.catalogue.sync import publish_layer

    stand_in_server.script = [(500, {}, b'{"description": "database locked"}', 0)]
    catalogue = OARecCatalogue(stand_in_server.base + "/collections/results", asset_store=FolderAssetStore(str(tmp_path / "a")), name="srv")
    outbox = Outbox(str(tmp_path / "ob"))
    record_id, outcome = publish_layer(small_layer, catalogue, title="Bei Serverfehler", outbox=outbox)
    assert outcome == "pending"
    [entry] = outbox.entries("pending")
    assert entry.attempts == 1 and "500" in entry.last_error
    assert entry.next_attempt_at > 0
    # a 400 (validation error) is permanent: shown, not retried forever
    stand_in_server.script = [(400, {}, b'{"description": "Bad CQL JSON"}', 0)]
    outbox.retry_now(entry.seq)
    from urban_twin.core.catalogue.sync import push_entry

    assert push_entry(outbox, outbox.get(entry.seq), catalogue) == "failed"
    assert "Bad CQL JSON" in outbox.get(entry.seq).last_error
