"""Push and pull: self-describing GeoPackage, outbox, verified cache, styles, versions, conflicts."""

import json
import os
import sqlite3

import pytest


def provenance_layer(layer):
    """Give the layer the provenance a Processing result carries (core/provenance)."""
    from urban_twin.core.provenance import apply_to_metadata, build_provenance

    metadata = layer.metadata()
    provenance = build_provenance("urbantwin:shadow", {"DATE": "2024-06-21", "INTERVAL_MIN": 30}, inputs=["urn:udt:dataset:lod2-hh"])
    apply_to_metadata(metadata, provenance, title="Verschattung Altona", abstract="Schattenstunden am 21. Juni", licence="dl-de/zero-2.0")
    layer.setMetadata(metadata)
    return provenance


def test_publish_local_then_fetch_and_load(qgis_app, tmp_path, small_layer):
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer, QgsVectorLayer

    from urban_twin.core.catalogue.local import LocalCatalogue
    from urban_twin.core.catalogue.outbox import Outbox
    from urban_twin.core.catalogue.record import enclosure, sha256_file, sha256_from_checksum
    from urban_twin.core.catalogue.sync import fetch_record, publish_layer, result_layers

    provenance = provenance_layer(small_layer)
    small_layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"color": "12,34,56,255"})))
    catalogue = LocalCatalogue(str(tmp_path / "Katalog Ämter & Büros"))  # spaces, umlauts, & in the path and file:// href
    outbox = Outbox(str(tmp_path / "outbox"))
    record_id, outcome = publish_layer(small_layer, catalogue, keywords=["Schatten", "LoD2"], outbox=outbox)
    assert outcome == "done"
    assert outbox.counts() == {"pending": 0, "done": 1, "failed": 0}
    assert os.listdir(outbox.staging_dir) == []  # staged copy removed once the catalogue has its own

    record = catalogue.get(record_id)
    props = record["properties"]
    # title, description and licence prefilled from the layer metadata
    assert props["title"] == "Verschattung Altona"
    assert props["description"] == "Schattenstunden am 21. Juni"
    assert props["license"] == "DL-DE-ZERO-2.0"
    assert props["udt:provenance"]["algorithm"] == "urbantwin:shadow"
    assert props["udt:provenance"]["parameters"] == provenance["parameters"]
    # the bbox of two 100 m squares around (562000..562600, 5933000..5933500) in UTM 32 is near 9.94 E, 53.54 N
    minx, miny, maxx, maxy = (record["geometry"]["coordinates"][0][0] + record["geometry"]["coordinates"][0][2])
    assert 9.9 < minx < maxx < 10.0 and 53.5 < miny < maxy < 53.6
    link = enclosure(record)
    asset = os.path.join(catalogue.folder, "assets", sha256_from_checksum(link["file:checksum"]) + ".gpkg")
    assert sha256_file(asset) == sha256_from_checksum(link["file:checksum"])
    assert os.path.getsize(asset) == link["file:size"]

    # the asset describes itself: QGIS reads title, identifier and provenance back from the GeoPackage
    reloaded = QgsVectorLayer(asset + "|layername=result", "x", "ogr")
    assert reloaded.metadata().title() == "Verschattung Altona"
    assert reloaded.metadata().identifier() == record_id
    assert any("urbantwin:shadow" in item for item in reloaded.metadata().history())
    styles = sqlite3.connect(asset).execute("SELECT count(*) FROM layer_styles WHERE useAsDefault").fetchone()[0]
    assert styles == 1

    cache = str(tmp_path / "cache")
    fetched, path = fetch_record(catalogue, record_id, cache_dir=cache, outbox=outbox)
    assert os.path.basename(path) == sha256_from_checksum(link["file:checksum"]) + ".gpkg"
    layers = result_layers(path, fetched)
    assert len(layers) == 1
    loaded = layers[0]
    assert loaded.featureCount() == 2
    assert sorted(f["hours"] for f in loaded.getFeatures()) == [2.5, 5.0]
    assert loaded.renderer().symbol().color().name() == "#0c2238"  # the published style came along
    assert loaded.customProperty("udt/record_id") == record_id
    assert outbox.pulled_token("local", record_id)["hash"] == props["udt:contentHash"]

    # re-publishing the loaded layer is a new, linked version (results are immutable)
    new_id, outcome = publish_layer(loaded, catalogue, title="Verschattung Altona (neu)", outbox=outbox)
    successor = catalogue.get(new_id)
    assert new_id != record_id
    assert successor["properties"]["udt:version"] == 2
    assert [lk["href"] for lk in successor["links"] if lk["rel"] == "predecessor-version"] == [record_id]
    assert catalogue.get(record_id)["properties"]["title"] == "Verschattung Altona"


def test_real_buildings_to_pygeoapi_and_back(qgis_app, tmp_path, catalogue_url, nrw_buildings):
    """A real layer (NRW LoD2 tile from ../shared) published to pygeoapi with a folder asset store."""
    from urban_twin.core.catalogue.assets import FolderAssetStore
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.catalogue.outbox import Outbox
    from urban_twin.core.catalogue.sync import fetch_record, publish_layer, result_layers

    layer, count = nrw_buildings
    assert count > 0
    catalogue = OARecCatalogue(catalogue_url, asset_store=FolderAssetStore(str(tmp_path / "share" / "assets")), name="srv")
    record_id, outcome = publish_layer(layer, catalogue, title="LoD2 Kachel 280/5657", description="Gebäude NRW",
                                       keywords=["LoD2"], license_id="DL-DE-BY-2.0", outbox=Outbox(str(tmp_path / "ob")))
    assert outcome == "done"
    # the tile 32 280 5657 is the UTM 32 km square 280..281 E, 5657..5658 N; its centre in WGS84 (GDAL's osr)
    from osgeo import osr

    utm, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(25832)
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, lat, _ = osr.CoordinateTransformation(utm, wgs84).TransformPoint(280500, 5657500)
    hits = catalogue.search(bbox=(lon - 0.01, lat - 0.01, lon + 0.01, lat + 0.01))
    assert [r["id"] for r in hits.records] == [record_id]
    assert catalogue.search(bbox=(lon + 0.05, lat, lon + 0.06, lat + 0.01)).matched == 0
    record, path = fetch_record(catalogue, record_id, cache_dir=str(tmp_path / "cache_user2"))
    assert result_layers(path, record)[0].featureCount() == count


def test_outbox_survives_stopped_server(qgis_app, tmp_path, killable_server, small_layer, monkeypatch):
    """Server stopped in the middle of a push: the asset is already on the share, the record POST fails.
    The outbox keeps the publication; a later sync completes it with exactly one record and one asset."""
    from urban_twin.core.catalogue.assets import FolderAssetStore
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.catalogue.outbox import Outbox
    from urban_twin.core.catalogue.sync import publish_layer, sync_outbox
    from urban_twin.core.net import http

    monkeypatch.setattr(http, "BACKOFF_BASE_S", 0.01)
    assets = tmp_path / "share" / "assets"
    catalogue = OARecCatalogue(killable_server.collection_url, asset_store=FolderAssetStore(str(assets)), name="srv", timeout_s=5, retries=1)
    outbox = Outbox(str(tmp_path / "ob"))
    killable_server.stop()
    record_id, outcome = publish_layer(small_layer, catalogue, title="Offline veröffentlicht", outbox=outbox)
    assert outcome == "pending"
    assert outbox.counts()["pending"] == 1
    assert len(os.listdir(assets)) == 1  # data first; no record points to it yet
    [entry] = outbox.entries("pending")
    assert entry.record_id == record_id and "No answer" in entry.last_error or "answer" in entry.last_error

    # "QGIS restart": a new Outbox object on the same folder still has the entry; server back
    killable_server.start()
    reopened = Outbox(str(tmp_path / "ob"))
    report = sync_outbox(reopened, resolve=lambda name: catalogue, only_due=False)
    assert report == {"done": 1, "pending": 0, "failed": 0}
    # a second sync (e.g. a timer) changes nothing
    assert sync_outbox(reopened, resolve=lambda name: catalogue, only_due=False) == {"done": 0, "pending": 0, "failed": 0}
    assert catalogue.search(limit=100).matched == 1
    assert catalogue.get(record_id)["properties"]["title"] == "Offline veröffentlicht"
    assert len(os.listdir(assets)) == 1


def test_lost_answer_retry_does_not_duplicate(qgis_app, tmp_path, catalogue_url, small_layer):
    """The POST reached the server but the client never saw the answer: the outbox pushes again,
    pygeoapi answers 500 (duplicate id), the client compares the content hash and counts it done."""
    from urban_twin.core.catalogue.assets import FolderAssetStore
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.catalogue.outbox import Outbox
    from urban_twin.core.catalogue.sync import publish_layer, push_entry

    catalogue = OARecCatalogue(catalogue_url, asset_store=FolderAssetStore(str(tmp_path / "assets")), name="srv")
    outbox = Outbox(str(tmp_path / "ob"))
    record_id, _ = publish_layer(small_layer, catalogue, title="Doppelt gesendet", outbox=outbox, sync_now=False)
    [entry] = outbox.entries("pending")
    real_mark_done = outbox.mark_done

    def crash(seq):
        raise RuntimeError("QGIS crashed after the POST")

    outbox.mark_done = crash
    with pytest.raises(RuntimeError):
        push_entry(outbox, entry, catalogue)
    assert catalogue.search(limit=100).matched == 1
    outbox.mark_done = real_mark_done
    [again] = outbox.entries("pending")
    assert push_entry(outbox, again, catalogue) == "done"
    assert catalogue.search(limit=100).matched == 1
    assert catalogue.get(record_id) is not None


def test_conflict_detected_not_overwritten(qgis_app, tmp_path, catalogue_url, small_layer):
    from urban_twin.core.catalogue.assets import FolderAssetStore
    from urban_twin.core.catalogue.backend import ConflictError
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.catalogue.outbox import Outbox
    from urban_twin.core.catalogue.record import RecordError, version_token
    from urban_twin.core.catalogue.sync import fetch_record, publish_layer, update_metadata

    store = FolderAssetStore(str(tmp_path / "assets"))
    anna = OARecCatalogue(catalogue_url, asset_store=store, name="srv")
    bernd = OARecCatalogue(catalogue_url, asset_store=store, name="srv")
    anna_outbox, bernd_outbox = Outbox(str(tmp_path / "anna")), Outbox(str(tmp_path / "bernd"))
    record_id, _ = publish_layer(small_layer, anna, title="Grünflächenbilanz", outbox=anna_outbox)
    fetch_record(anna, record_id, cache_dir=str(tmp_path / "c1"), outbox=anna_outbox)
    fetch_record(bernd, record_id, cache_dir=str(tmp_path / "c2"), outbox=bernd_outbox)
    update_metadata(bernd, record_id, {"description": "Bernds Korrektur"}, outbox=bernd_outbox)
    with pytest.raises(ConflictError) as info:
        update_metadata(anna, record_id, {"description": "Annas Korrektur"}, outbox=anna_outbox)
    assert info.value.theirs == version_token(anna.get(record_id))
    assert anna.get(record_id)["properties"]["description"] == "Bernds Korrektur"
    # results are immutable: changing anything but metadata is refused
    with pytest.raises(RecordError):
        update_metadata(bernd, record_id, {"udt:provenance": {}}, outbox=bernd_outbox)


def test_corrupted_download_rejected(qgis_app, tmp_path, stand_in_server, small_layer):
    """The asset server delivers other bytes than the record's SHA-256 names: rejected, nothing in the cache."""
    from urban_twin.core.catalogue.assets import IntegrityError, fetch_verified
    from urban_twin.core.catalogue.local import LocalCatalogue
    from urban_twin.core.catalogue.outbox import Outbox
    from urban_twin.core.catalogue.record import enclosure, sha256_from_checksum
    from urban_twin.core.catalogue.sync import publish_layer

    catalogue = LocalCatalogue(str(tmp_path / "cat"))
    record_id, _ = publish_layer(small_layer, catalogue, title="Integrität", outbox=Outbox(str(tmp_path / "ob")))
    link = enclosure(catalogue.get(record_id))
    sha = sha256_from_checksum(link["file:checksum"])
    good = open(os.path.join(catalogue.folder, "assets", sha + ".gpkg"), "rb").read()
    corrupted = bytearray(good)
    corrupted[len(corrupted) // 2] ^= 0xFF  # one flipped byte, same size
    stand_in_server.script = [(200, {"Content-Type": "application/geopackage+sqlite3"}, bytes(corrupted), 0)]
    cache = tmp_path / "cache"
    with pytest.raises(IntegrityError) as info:
        fetch_verified(stand_in_server.base + "/assets/" + sha + ".gpkg", str(cache), sha, len(good))
    assert "SHA-256" in str(info.value)
    assert os.listdir(cache) == []
    # same for a file on a share that was tampered with
    tampered = tmp_path / "tampered.gpkg"
    tampered.write_bytes(bytes(corrupted))
    with pytest.raises(IntegrityError):
        fetch_verified(tampered.as_uri(), str(cache), sha, len(good), allowed_roots=[str(tmp_path)])
    assert os.listdir(cache) == []
    # and the good bytes pass
    stand_in_server.script = [(200, {}, good, 0)]
    assert os.path.getsize(fetch_verified(stand_in_server.base + "/a.gpkg", str(cache), sha, len(good))) == len(good)


def test_outbox_holds_no_secret(qgis_app, tmp_path, auth_db, small_layer, stand_in_server, monkeypatch):
    """Credentials live in the auth DB; the outbox, the settings and the log only know the authcfg id."""
    from qgis.core import QgsApplication, QgsSettings

    from urban_twin.core.catalogue.assets import FolderAssetStore
    from urban_twin.core.catalogue.connections import Connection, get_connection, remove_connection, save_connection
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.catalogue.outbox import Outbox
    from urban_twin.core.catalogue.sync import publish_layer
    from urban_twin.core.net import http

    secret = "Geheim-Passwort-4711"
    authcfg = auth_db("planer", secret)
    logged = []
    QgsApplication.messageLog().messageReceived.connect(lambda message, tag, level: logged.append(message))
    monkeypatch.setattr(http, "BACKOFF_BASE_S", 0.01)
    save_connection(Connection("Testserver", "oarec", stand_in_server.base + "/collections/results", authcfg, str(tmp_path / "a")))
    stand_in_server.script = [(503, {"Retry-After": "0"}, b'{"code": "x", "description": "busy"}', 0)]
    catalogue = OARecCatalogue(stand_in_server.base + "/collections/results", authcfg=authcfg,
                               asset_store=FolderAssetStore(str(tmp_path / "a")), name="Testserver", retries=1)
    outbox = Outbox(str(tmp_path / "ob"))
    _, outcome = publish_layer(small_layer, catalogue, title="Mit Anmeldung", outbox=outbox)
    assert outcome == "pending"
    # the credentials were sent (Basic), so the stand-in saw them …
    assert any(headers.get("Authorization", "").startswith("Basic ") for _, _, headers, _ in stand_in_server.requests)
    QgsSettings().sync()
    assert get_connection("Testserver").authcfg == authcfg
    # … but they are nowhere we write
    for path in [outbox.db_path, QgsSettings().fileName()]:
        assert secret.encode() not in open(path, "rb").read(), path
    assert not [m for m in logged if secret in m or "Basic " in m]
    assert secret.encode() not in open(QgsApplication.authManager().authenticationDatabasePath(), "rb").read()
    remove_connection("Testserver")
    assert get_connection("Testserver") is None
    json.dumps(outbox.counts())


def test_search_and_load_keep_working_offline(qgis_app, tmp_path, killable_server, small_layer, monkeypatch):
    """Records seen online are searchable and loadable (from the verified cache) when the server is down;
    writes never rely on that copy."""
    from urban_twin.core.catalogue.assets import FolderAssetStore
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.catalogue.outbox import Outbox
    from urban_twin.core.catalogue.sync import fetch_record, publish_layer, result_layers
    from urban_twin.core.net import HttpError, http

    monkeypatch.setattr(http, "BACKOFF_BASE_S", 0.01)
    catalogue = OARecCatalogue(killable_server.collection_url, asset_store=FolderAssetStore(str(tmp_path / "assets")), name="srv",
                               retries=0, index_dir=str(tmp_path / "offline_index"))
    record_id, _ = publish_layer(small_layer, catalogue, title="Klimaanalyse Altona", outbox=Outbox(str(tmp_path / "ob")))
    online = catalogue.search(q="Klimaanalyse")
    assert online.offline is False and online.matched == 1
    cache = str(tmp_path / "cache")
    fetch_record(catalogue, record_id, cache_dir=cache)
    killable_server.stop()

    offline = catalogue.search(q="Klimaanalyse")
    assert offline.offline is True
    assert [r["id"] for r in offline.records] == [record_id]
    assert catalogue.search(q="Lärm").matched == 0
    record, path = fetch_record(catalogue, record_id, cache_dir=cache)
    assert result_layers(path, record)[0].featureCount() == 2
    with pytest.raises(HttpError):
        catalogue.get(record_id)  # write decisions never use the offline copy
