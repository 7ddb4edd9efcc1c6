"""The record model: OARec shape, licences, integrity fields, content hash, metadata mapping both ways."""

import json

import pytest


def test_record_shape_follows_oarec_and_metasearch_rules(qgis_app):
    from urban_twin.core.catalogue.record import attach_asset, build_record, finalise, multihash, sha256_from_checksum

    record = build_record("Verschattung", "Test", ["A"], bbox=(9.9, 53.5, 10.1, 53.6), time_interval=["2024-06-21", "2024-06-21"],
                          license_id="dl-de/by-2.0", publisher="Hamburg", provenance={"algorithm": "urbantwin:shadow"},
                          predecessor_id="urn:udt:result:abc")
    attach_asset(record, "file:///share/x.gpkg", "ab" * 32, 4096)
    finalise(record)
    ring = record["geometry"]["coordinates"][0]
    assert ring[0] == [9.9, 53.5] and ring[2] == [10.1, 53.6] and ring[-1] == ring[0]
    # counter-clockwise: the shoelace sum is positive
    area2 = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:]))
    assert area2 > 0
    assert record["id"].startswith("urn:udt:result:") and record["type"] == "Feature"
    props = record["properties"]
    assert props["type"] == "dataset" and props["license"] == "DL-DE-BY-2.0"
    assert props["extent"]["temporal"]["interval"] == record["time"]["interval"] == ["2024-06-21", "2024-06-21"]
    assert props["contacts"] == [{"organization": "Hamburg", "roles": ["publisher"]}]
    assert props["udt:version"] == 1 and props["udt:contentHash"].startswith("sha256:")
    rels = [link["rel"] for link in record["links"]]
    assert rels == ["enclosure", "license", "predecessor-version"]
    enclosure = record["links"][0]
    assert enclosure["file:checksum"] == multihash("ab" * 32) == "1220" + "ab" * 32
    assert sha256_from_checksum(enclosure["file:checksum"]) == "ab" * 32
    assert enclosure["file:size"] == enclosure["length"] == 4096


@pytest.mark.parametrize("text, spdx", [("dl-de/by-2.0", "DL-DE-BY-2.0"), ("DL-DE-ZERO-2.0", "DL-DE-ZERO-2.0"),
                                        ("https://www.govdata.de/dl-de/zero-2-0", "DL-DE-ZERO-2.0"), ("cc-by-4.0", "CC-BY-4.0"),
                                        ("Eigene Lizenz", "Eigene Lizenz")])
def test_licence_normalisation(qgis_app, text, spdx):
    from urban_twin.core.catalogue.record import normalise_license

    assert normalise_license(text) == spdx


def test_content_hash_ignores_server_additions_only(qgis_app):
    from urban_twin.core.catalogue.record import build_record, content_hash

    record = build_record("a < b", "x > y", bbox=(1, 2, 3, 4))
    server_copy = json.loads(json.dumps(record))
    server_copy["links"] += [{"rel": "self", "href": "http://srv/items/1"}, {"rel": "root", "href": "http://srv/"}]
    server_copy["properties"]["_metadata-anytext"] = "a < b x > y"
    server_copy["properties"]["title"] = "a &lt; b"
    server_copy["properties"]["description"] = "x &gt; y"
    assert content_hash(server_copy) == content_hash(record)
    server_copy["properties"]["description"] = "x > z"
    assert content_hash(server_copy) != content_hash(record)


@pytest.mark.parametrize("bad", [None, [], {"id": "urn:x"}, {"id": "a b", "properties": {"title": "t"}},
                                 {"id": "urn:x", "properties": {"title": 5}}])
def test_malformed_records_raise_a_clear_error(qgis_app, bad):
    from urban_twin.core.catalogue.record import RecordError, check_record

    with pytest.raises(RecordError):
        check_record(bad, source="server.json")


def test_metadata_mapping_both_ways(qgis_app):
    from qgis.core import QgsLayerMetadata

    from urban_twin.core.catalogue.record import build_record, metadata_to_fields, record_to_metadata
    from urban_twin.core.provenance import read_from_metadata

    provenance = {"algorithm": "urbantwin:solarpotential", "parameters": {"MONTHLY_GHI": "1000"}, "inputs": ["urn:udt:dataset:x"]}
    record = build_record("Solarpotenzial Dächer", "Jahreseinstrahlung", ["Solar", "Dach"], bbox=(9.9, 53.5, 10.1, 53.6),
                          license_id="DL-DE-ZERO-2.0", publisher="Bezirksamt Altona", provenance=provenance)
    metadata = record_to_metadata(record, QgsLayerMetadata())
    assert metadata.identifier() == record["id"]
    assert metadata.licenses() == ["DL-DE-ZERO-2.0"]
    assert read_from_metadata(metadata) == provenance
    box = metadata.extent().spatialExtents()[0].bounds
    assert (round(box.xMinimum(), 3), round(box.yMaximum(), 3)) == (9.9, 53.6)
    assert metadata.contacts()[0].organization == "Bezirksamt Altona"
    fields = metadata_to_fields(metadata)
    assert fields["title"] == "Solarpotenzial Dächer" and fields["description"] == "Jahreseinstrahlung"
    assert sorted(fields["keywords"]) == ["Dach", "Solar"]
    assert fields["license"] == "DL-DE-ZERO-2.0" and fields["provenance"] == provenance
