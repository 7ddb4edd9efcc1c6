"""The OGC API – Records client against a real pygeoapi 0.24 server on loopback (CRUD, search, paging)."""

import json
import urllib.request

import pytest

pytestmark = pytest.mark.integration


def make_record(title, bbox, description="", keywords=None, interval=None):
    from urban_twin.core.catalogue.record import attach_asset, build_record, finalise

    record = build_record(title, description, keywords or ["Test"], bbox=bbox, time_interval=interval, license_id="dl-de/by-2.0",
                          publisher="Testkommune", provenance={"algorithm": "urbantwin:shadow", "parameters": {"DATE": "2024-06-21"}})
    attach_asset(record, "file:///tmp/none.gpkg", "0" * 64, 10)
    return finalise(record)


def raw_get(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


def test_create_get_replace_delete(qgis_app, catalogue_url):
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.catalogue.record import content_hash, version_token

    catalogue = OARecCatalogue(catalogue_url)
    record = make_record("Verschattungsanalyse Altona", (9.90, 53.50, 10.10, 53.60), "Ergebnis <LoD2> & Co")
    catalogue.create(record)
    raw = raw_get(catalogue_url + "/items?f=json")
    assert raw["numberMatched"] == 1
    fetched = catalogue.get(record["id"])
    # the server escapes < and >; the client's copy is identical to what we sent
    assert fetched["properties"]["description"] == "Ergebnis <LoD2> & Co"
    assert content_hash(fetched) == content_hash(record)
    # repeating the create (a retry after a lost answer) does not duplicate
    catalogue.create(record)
    assert raw_get(catalogue_url + "/items?f=json")["numberMatched"] == 1

    changed = json.loads(json.dumps(fetched))
    changed["properties"]["description"] = "Korrigierte Beschreibung Ottensen"
    catalogue.replace(record["id"], changed, version_token(fetched))
    assert catalogue.get(record["id"])["properties"]["description"] == "Korrigierte Beschreibung Ottensen"
    # full-text search still finds it after the replace (pygeoapi drops its index field on PUT otherwise)
    assert [r["id"] for r in catalogue.search(q="Ottensen").records] == [record["id"]]
    # server links are not accumulated on round trips
    assert not [link for link in raw_get(catalogue_url + "/items/" + urllib.parse.quote(record["id"], safe=""))["links"]
                if link.get("rel") == "self" and link.get("href", "").startswith("file")]

    assert catalogue.delete(record["id"]) is True
    assert catalogue.get(record["id"]) is None
    assert catalogue.delete(record["id"]) is False


def test_search_text_bbox_time_type_paging(qgis_app, catalogue_url):
    from urban_twin.core.catalogue.oarec import OARecCatalogue

    catalogue = OARecCatalogue(catalogue_url)
    hamburg = [make_record("Solarpotenzial Hamburg {}".format(i), (9.9 + i * 0.01, 53.5, 9.95 + i * 0.01, 53.55)) for i in range(5)]
    munich = [make_record("Solarpotenzial München {}".format(i), (11.5, 48.1, 11.6, 48.2)) for i in range(2)]
    for record in hamburg + munich:
        catalogue.create(record)

    assert catalogue.search(limit=100).matched == 7
    assert {r["id"] for r in catalogue.search(q="Hamburg", limit=100).records} == {r["id"] for r in hamburg}
    assert {r["id"] for r in catalogue.search(q="München", limit=100).records} == {r["id"] for r in munich}
    in_munich = catalogue.search(bbox=(11.0, 48.0, 12.0, 49.0), limit=100)
    assert in_munich.matched == 2
    assert catalogue.search(bbox=(7.0, 50.0, 7.1, 50.1)).matched == 0
    # time filter works on `updated` (set to now by build_record)
    assert catalogue.search(datetime="2000-01-01T00:00:00Z/..", limit=100).matched == 7
    assert catalogue.search(datetime="../2000-01-01T00:00:00Z", limit=100).matched == 0
    assert catalogue.search(record_type="dataset", limit=100).matched == 7
    assert catalogue.search(record_type="service", limit=100).matched == 0

    # paging: 7 records in pages of 3 → 3 + 3 + 1, no id twice
    seen, offset, pages = [], 0, 0
    while offset is not None:
        page = catalogue.search(limit=3, offset=offset)
        seen += [r["id"] for r in page.records]
        offset = page.next_offset
        pages += 1
    assert pages == 3
    assert sorted(seen) == sorted(r["id"] for r in hamburg + munich)


def test_unicode_huge_description_and_injection_safe_id(qgis_app, catalogue_url):
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.catalogue.record import RecordError, content_hash

    catalogue = OARecCatalogue(catalogue_url)
    description = ("Größenänderung ÄÖÜß – 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓ 日本語 " * 4000)
    record = make_record("Straßenraum Überörtlich – Ökologie 🌳", (9.9, 53.5, 10.0, 53.6), description, keywords=["Grünfläche", "Łódź"])
    assert len(description.encode("utf-8")) > 200_000
    catalogue.create(record)
    back = catalogue.get(record["id"])
    assert back["properties"]["title"] == "Straßenraum Überörtlich – Ökologie 🌳"
    assert len(back["properties"]["description"]) == len(description)
    assert back["properties"]["keywords"] == ["Grünfläche", "Łódź"]
    assert content_hash(back) == content_hash(record)
    assert [r["id"] for r in catalogue.search(q="Überörtlich").records] == [record["id"]]
    with pytest.raises(RecordError):
        catalogue.get("x' OR '1'='1")
    assert catalogue.search().matched == 1


def test_null_geometry_record_is_never_sent(qgis_app, catalogue_url):
    """A record without geometry would break every later bbox query of pygeoapi (HTTP 500)."""
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.catalogue.record import RecordError, build_record

    catalogue = OARecCatalogue(catalogue_url)
    record = make_record("Ohne Geometrie", (9.9, 53.5, 10.0, 53.6))
    record["geometry"] = None
    with pytest.raises(RecordError):
        catalogue.create(record)
    # build_record without a bbox never yields a null geometry (whole world instead)
    worldwide = build_record("Ohne Ausdehnung")
    assert worldwide["geometry"]["coordinates"][0][0] == [-180.0, -90.0]
    assert catalogue.search(bbox=(9.0, 53.0, 10.0, 54.0)).matched == 0
