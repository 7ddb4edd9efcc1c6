"""CSW 2.0.2 / CSW-T against a real pycsw 2.6.2 on 127.0.0.1 (conftest): publish, search, update, delete, read back
as ISO 19139 and as Dublin Core, and the same hardening as the OGC API – Records backend."""

import os

import pytest

pytestmark = pytest.mark.integration


def sample_record(title="Verschattung Altona", bbox=(9.9, 53.5, 10.1, 53.6), keywords=("Verschattung", "Gebäude"), **kwargs):
    from urban_twin.core.catalogue.record import attach_asset, build_record, finalise

    provenance = {"algorithm": "urbantwin:shadowhours", "algorithmVersion": "0.2.0", "pluginVersion": "0.2.0", "qgisVersion": "3.22.16",
                  "parameters": {"DATE": "2024-06-21"}, "runAt": "2024-07-01T09:58:12Z",
                  "inputs": [{"name": "LoD2 Hamburg 2023", "sha256": "ab" * 32}]}
    record = build_record(title, "Ergebnis der Verschattungsanalyse im Quartier.", list(keywords), bbox=bbox,
                          license_id="DL-DE-BY-2.0", publisher="Freie und Hansestadt Hamburg", provenance=provenance, **kwargs)
    record["properties"]["contacts"][0]["emails"] = [{"value": "geodaten@example.org"}]
    attach_asset(record, "https://files.example.org/results/" + "cd" * 32 + ".gpkg", "cd" * 32, 4096)
    return finalise(record)


def raw(url, body=None):
    import urllib.request

    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/xml"} if body else {})
    with urllib.request.urlopen(request, timeout=20) as response:
        return response.read()


def test_publish_search_update_delete_on_real_pycsw(qgis_app, csw_url):
    from lxml import etree

    from urban_twin.core.catalogue.csw import CSWCatalogue
    from urban_twin.core.catalogue.record import content_hash, version_token

    catalogue = CSWCatalogue(csw_url)
    first = sample_record()
    second = sample_record("Solarpotenzial Bergedorf", bbox=(10.15, 53.45, 10.3, 53.52), keywords=("Solar",))
    catalogue.create(first)
    catalogue.create(second)
    catalogue.create(first)  # a retry after a lost answer: same content, same id → success, no duplicate

    stored = catalogue.get(first["id"])
    assert stored["properties"]["title"] == "Verschattung Altona"
    assert stored["properties"]["license"] == "DL-DE-BY-2.0" and stored["properties"]["udt:version"] == 1
    assert stored["properties"]["udt:provenance"]["algorithm"] == "urbantwin:shadowhours"
    assert [round(v, 6) for v in catalogue.search(q="Altona").records[0]["geometry"]["coordinates"][0][2]] == [10.1, 53.6]

    # search: full text, bbox (lon/lat, CRS84), type, date, paging
    assert [r["id"] for r in catalogue.search(q="Altona").records] == [first["id"]]
    assert {r["id"] for r in catalogue.search(q="Verschattungsanalyse").records} == {first["id"], second["id"]}  # both abstracts
    assert [r["id"] for r in catalogue.search(q="Bergedorf").records] == [second["id"]]
    assert [r["id"] for r in catalogue.search(bbox=(9.95, 53.52, 10.0, 53.55)).records] == [first["id"]]
    assert catalogue.search(bbox=(11.0, 48.0, 12.0, 49.0)).records == []
    assert len(catalogue.search(record_type="dataset").records) == 2
    assert catalogue.search(record_type="service").records == []
    assert len(catalogue.search(datetime="2000-01-01/..").records) == 2
    assert catalogue.search(datetime="../2000-01-01").records == []
    page = catalogue.search(limit=1)
    assert page.matched == 2 and len(page.records) == 1 and page.next_offset == 1
    page2 = catalogue.search(limit=1, offset=page.next_offset)
    assert page2.next_offset is None and {page.records[0]["id"], page2.records[0]["id"]} == {first["id"], second["id"]}

    # read back as ISO 19139 and as Dublin Core
    iso = catalogue.get_xml(first["id"])
    assert iso.find("{http://www.isotc211.org/2005/gmd}MD_Metadata") is not None
    dc = catalogue.get_xml(first["id"], schema="http://www.opengis.net/cat/csw/2.0.2")
    ns = {"csw": "http://www.opengis.net/cat/csw/2.0.2", "dc": "http://purl.org/dc/elements/1.1/"}
    assert dc.findtext("csw:Record/dc:identifier", namespaces=ns) == first["id"]
    assert dc.findtext("csw:Record/dc:title", namespaces=ns) == "Verschattung Altona"
    assert "Verschattung" in [e.text for e in dc.iterfind("csw:Record/dc:subject", ns)]

    # update (compare-before-write, verified) and delete
    token = version_token(stored)
    changed = dict(stored, properties=dict(stored["properties"], title="Verschattung Altona (korrigiert)"))
    result = catalogue.replace(first["id"], changed, token)
    assert catalogue.get(first["id"])["properties"]["title"] == "Verschattung Altona (korrigiert)"
    assert content_hash(catalogue.get(first["id"])) == content_hash(result)
    from urban_twin.core.catalogue.backend import ConflictError

    with pytest.raises(ConflictError):
        catalogue.replace(first["id"], changed, token)  # the stale base is refused, nothing written
    assert catalogue.delete(second["id"]) is True
    assert catalogue.get(second["id"]) is None and catalogue.delete(second["id"]) is False
    assert [r["id"] for r in catalogue.search().records] == [first["id"]]
    # an independent reader (plain HTTP, no Urban Twin code) sees the same single record
    answer = etree.fromstring(raw(csw_url + "?service=CSW&version=2.0.2&request=GetRecords&typeNames=csw:Record&resultType=hits&elementSetName=brief"))
    assert answer.find("{http://www.opengis.net/cat/csw/2.0.2}SearchResults").get("numberOfRecordsMatched") == "1"


def test_owslib_reads_what_we_published(qgis_app, csw_url):
    """A second implementation (OWSLib, as MetaSearch uses it) finds and parses our record."""
    from owslib.csw import CatalogueServiceWeb
    from owslib.fes import PropertyIsLike

    from urban_twin.core.catalogue.csw import CSWCatalogue

    record = sample_record()
    CSWCatalogue(csw_url).create(record)
    csw = CatalogueServiceWeb(csw_url, timeout=20)
    csw.getrecords2(constraints=[PropertyIsLike("csw:AnyText", "%Altona%")], esn="full", outputschema="http://www.isotc211.org/2005/gmd")
    assert list(csw.records) == [record["id"]]
    iso = csw.records[record["id"]]
    identification = iso.identificationinfo[0]
    assert identification.title == "Verschattung Altona"
    words = [getattr(k, "name", k) for block in identification.keywords2 for k in block.keywords]
    assert "Verschattung" in words and "Gebäude" in words
    assert iso.dataquality.lineage.startswith("Produced with Urban Twin") or "urbantwin:shadowhours" in iso.dataquality.lineage


def test_publish_layer_through_csw_connection_and_fetch(qgis_app, csw_url, tmp_path, small_layer):
    """publish and fetch through a saved `csw` connection: outbox, asset folder, verify-after-write, hash-checked download."""
    from urban_twin.core.catalogue.connections import Connection, open_catalogue, remove_connection, save_connection
    from urban_twin.core.catalogue.outbox import Outbox
    from urban_twin.core.catalogue.sync import fetch_record, publish_layer

    save_connection(Connection("sdi-test", "csw", csw_url, "", str(tmp_path / "assets")))
    try:
        catalogue = open_catalogue("sdi-test")
        assert catalogue.kind == "csw"
        record_id, state = publish_layer(small_layer, catalogue, title="Besonnung Altona", outbox=Outbox(str(tmp_path / "ob")))
        assert state == "done"
        record, path = fetch_record(open_catalogue("sdi-test"), record_id, cache_dir=str(tmp_path / "cache"))
    finally:
        remove_connection("sdi-test")
    assert record["properties"]["title"] == "Besonnung Altona"
    from osgeo import ogr

    assert ogr.Open(path).GetLayer(0).GetFeatureCount() == small_layer.featureCount() == 2
    assert os.path.dirname(path) == str(tmp_path / "cache")


def test_login_page_and_exception_report_never_close_the_entry(qgis_app, tmp_path, stand_in_server, small_layer):
    """A loopback stand-in (pycsw cannot be made to answer a proxy login page): the entry stays pending with the reason;
    an ows:ExceptionReport to an Insert is the server's refusal (failed, with its message)."""
    from urban_twin.core.catalogue.assets import FolderAssetStore
    from urban_twin.core.catalogue.csw import CSWCatalogue
    from urban_twin.core.catalogue.outbox import Outbox
    from urban_twin.core.catalogue.sync import publish_layer

    catalogue = CSWCatalogue(stand_in_server.base + "/csw", asset_store=FolderAssetStore(str(tmp_path / "assets")), retries=0)
    stand_in_server.script = [(200, {"Content-Type": "text/html"}, b"<html><body>Anmeldung</body></html>", 0)]
    outbox = Outbox(str(tmp_path / "ob"))
    _id, state = publish_layer(small_layer, catalogue, title="A", outbox=outbox)
    assert state == "pending" and "web page" in outbox.entries()[0].last_error
    report = (b'<?xml version="1.0"?><ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows" version="1.2.0">'
              b'<ows:Exception exceptionCode="NoApplicableCode"><ows:ExceptionText>Transactions not allowed</ows:ExceptionText>'
              b'</ows:Exception></ows:ExceptionReport>')
    get_empty = (b'<?xml version="1.0"?><csw:GetRecordByIdResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2"/>')
    stand_in_server.script = [(200, {"Content-Type": "application/xml"}, report, 0), (200, {"Content-Type": "application/xml"}, get_empty, 0)]
    outbox2 = Outbox(str(tmp_path / "ob2"))
    _id, state = publish_layer(small_layer, catalogue, title="B", outbox=outbox2)
    assert state == "failed" and "Transactions not allowed" in outbox2.entries()[0].last_error


def test_slow_csw_search_is_an_error(qgis_app, stand_in_server):
    import time

    from urban_twin.core.catalogue.csw import CSWCatalogue
    from urban_twin.core.net import HttpError

    stand_in_server.script = [(200, {"Content-Type": "application/xml"}, b"<x/>", 4)]
    start = time.monotonic()
    with pytest.raises(HttpError) as info:
        CSWCatalogue(stand_in_server.base + "/csw", timeout_s=2).search(q="x")
    assert info.value.kind == "timeout" and "did not answer in 2 s" in str(info.value)
    assert time.monotonic() - start < 3.5


def test_csw_record_with_local_file_link_is_refused(qgis_app, csw_url, tmp_path):
    import hashlib

    from urban_twin.core.catalogue.assets import FolderAssetStore, LinkRefused
    from urban_twin.core.catalogue.csw import CSWCatalogue
    from urban_twin.core.catalogue.record import attach_asset, finalise
    from urban_twin.core.catalogue.sync import fetch_record

    data = open("/etc/passwd", "rb").read()
    record = sample_record()
    attach_asset(record, "file:///etc/passwd", hashlib.sha256(data).hexdigest(), len(data))
    catalogue = CSWCatalogue(csw_url, asset_store=FolderAssetStore(str(tmp_path / "assets")))
    catalogue.create(finalise(record))
    with pytest.raises(LinkRefused) as info:
        fetch_record(catalogue, record["id"], cache_dir=str(tmp_path / "cache"))
    assert record["id"] in str(info.value)


def test_csw_30_where_offered_gives_the_same_results_as_202(qgis_app, csw_url):
    """pycsw offers CSW 3.0.0: the automatic choice uses it; every filter answers exactly as over 2.0.2."""
    from urban_twin.core.catalogue.csw import CSWCatalogue

    first = sample_record()
    second = sample_record("Solarpotenzial Bergedorf", bbox=(10.15, 53.45, 10.3, 53.52), keywords=("Solar",))
    for record in (first, second):
        CSWCatalogue(csw_url).create(record)
    auto, v2, v3 = CSWCatalogue(csw_url), CSWCatalogue(csw_url, version="2.0.2"), CSWCatalogue(csw_url, version="3.0.0")
    assert auto.search_version() == "3.0.0"
    for params in (dict(q="Altona"), dict(q="Verschattungsanalyse"), dict(bbox=(9.95, 53.52, 10.0, 53.55)), dict(bbox=(11, 48, 12, 49)),
                   dict(record_type="dataset"), dict(datetime="2000-01-01/.."), dict(limit=1), dict(limit=1, offset=1)):
        page2, page3 = v2.search(**params), v3.search(**params)
        # a map-extent search goes over 2.0.2 (pycsw 2.6 refuses GML envelopes in CSW 3.0 filters)
        assert page3.protocol == ("CSW 2.0.2" if "bbox" in params else "CSW 3.0.0") and page2.protocol == "CSW 2.0.2"
        assert [r["id"] for r in page3.records] == [r["id"] for r in page2.records], params
        assert (page3.matched, page3.next_offset) == (page2.matched, page2.next_offset), params
    assert {r["id"] for r in auto.search().records} == {first["id"], second["id"]}


def test_csw_credentials_come_from_the_qgis_auth_database(qgis_app, stand_in_server, auth_db):
    """A loopback stand-in records the request headers (pycsw has no authentication of its own): the Basic
    credentials of the authcfg are injected by QGIS; the connection itself only knows the authcfg id."""
    import base64

    from urban_twin.core.catalogue.connections import Connection, get_connection, remove_connection, save_connection
    from urban_twin.core.catalogue.csw import CSWCatalogue

    authcfg = auth_db("katalog-redaktion", "geheim-2026", name="csw-test")
    answer = (b'<?xml version="1.0"?><csw:GetRecordsResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2">'
              b'<csw:SearchResults numberOfRecordsMatched="0" numberOfRecordsReturned="0" nextRecord="0"/></csw:GetRecordsResponse>')
    stand_in_server.script = [(200, {"Content-Type": "application/xml"}, answer, 0)]
    save_connection(Connection("csw-auth", "csw", stand_in_server.base + "/csw", authcfg))
    try:
        stored = get_connection("csw-auth")
        assert (stored.kind, stored.authcfg) == ("csw", authcfg)
        page = CSWCatalogue(stored.url, authcfg=stored.authcfg, version="2.0.2").search(q="Altona")
    finally:
        remove_connection("csw-auth")
    assert page.records == [] and page.matched == 0
    method, path, headers, body = stand_in_server.requests[-1]
    assert method == "POST" and b"csw:AnyText" in body and b"%Altona%" in body
    expected = "Basic " + base64.b64encode(b"katalog-redaktion:geheim-2026").decode()
    assert {k.lower(): v for k, v in headers.items()}.get("authorization") == expected
