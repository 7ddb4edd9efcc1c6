"""The embedded catalogues (no server): SQLite with FTS5 + R-tree, and the shared-folder mode."""

import json
import os
import sqlite3

import pytest


def record(title, bbox, description="", keywords=None, interval=None, record_type="dataset"):
    from urban_twin.core.catalogue.record import attach_asset, build_record, finalise

    rec = build_record(title, description, keywords or [], bbox=bbox, time_interval=interval, record_type=record_type)
    attach_asset(rec, "file:///tmp/x.gpkg", "a" * 64, 1)
    return finalise(rec)


@pytest.fixture(params=["local", "folder"])
def catalogue(request, tmp_path, qgis_app):
    from urban_twin.core.catalogue.local import LocalCatalogue, SharedFolderCatalogue

    if request.param == "local":
        return LocalCatalogue(str(tmp_path / "cat"))
    return SharedFolderCatalogue(str(tmp_path / "share"), index_dir=str(tmp_path / "index_user1"))


def test_search_text_bbox_time_type_and_paging(catalogue):
    hh = [record("Gründachpotenzial Hamburg {}".format(i), (9.9, 53.5, 10.0, 53.6), keywords=["Stadtklima"],
                 interval=["2024-06-{:02d}".format(10 + i), "2024-06-{:02d}".format(10 + i)]) for i in range(5)]
    muc = [record("Lärmkarte München", (11.5, 48.1, 11.6, 48.2), "Straßenlärm nachts", interval=["2023-01-01", "2023-12-31"],
                  record_type="service")]
    for rec in hh + muc:
        catalogue.create(rec)
    assert catalogue.search(limit=100).matched == 6
    assert {r["id"] for r in catalogue.search(q="Hamburg", limit=100).records} == {r["id"] for r in hh}
    # prefix and diacritics as typed, keywords indexed too
    assert catalogue.search(q="Gründach").matched == 5
    assert catalogue.search(q="stadtklima").matched == 5
    assert catalogue.search(q="Straßenlärm").matched == 1
    # FTS syntax in user text is quoted, not interpreted
    assert catalogue.search(q='Hamburg" OR "München').matched == 0
    assert catalogue.search(bbox=(11.0, 48.0, 12.0, 49.0)).matched == 1
    assert catalogue.search(bbox=(9.95, 53.52, 10.0, 53.55)).matched == 5
    assert catalogue.search(bbox=(7.0, 50.0, 7.1, 50.1)).matched == 0
    # temporal extent overlap: 2024-06-12..2024-06-13 hits the records of the 12th and 13th
    assert catalogue.search(datetime="2024-06-12/2024-06-13").matched == 2
    assert catalogue.search(datetime="2023-06-01T00:00:00Z/..").matched == 6
    assert catalogue.search(datetime="../2023-12-31").matched == 1
    assert catalogue.search(record_type="service").matched == 1
    pages, offset, seen = 0, 0, []
    while offset is not None:
        page = catalogue.search(limit=4, offset=offset)
        seen += [r["id"] for r in page.records]
        offset, pages = page.next_offset, pages + 1
    assert pages == 2 and len(set(seen)) == 6


def test_idempotent_create_conflict_and_compare_before_write(catalogue):
    from urban_twin.core.catalogue.backend import ConflictError
    from urban_twin.core.catalogue.record import version_token

    rec = record("Einwohnerdichte", (9.9, 53.5, 10.0, 53.6))
    catalogue.create(rec)
    catalogue.create(rec)  # a retry: same content, no duplicate
    assert catalogue.search().matched == 1
    other = json.loads(json.dumps(rec))
    other["properties"]["title"] = "Etwas anderes"
    with pytest.raises(ConflictError):
        catalogue.create(other)
    base = version_token(catalogue.get(rec["id"]))
    mine = catalogue.get(rec["id"])
    mine["properties"]["description"] = "von Nutzerin A"
    catalogue.replace(rec["id"], mine, base)
    theirs = catalogue.get(rec["id"])
    theirs["properties"]["description"] = "von Nutzer B"
    with pytest.raises(ConflictError) as info:
        catalogue.replace(rec["id"], theirs, base)  # B worked on the old version
    assert info.value.ours == base
    assert catalogue.get(rec["id"])["properties"]["description"] == "von Nutzerin A"


def test_shared_folder_two_users_see_each_other(tmp_path, qgis_app):
    """Two users on one share, each with a private index: files only, no SQLite on the share."""
    from urban_twin.core.catalogue.local import SharedFolderCatalogue

    share = str(tmp_path / "share")
    anna = SharedFolderCatalogue(share, index_dir=str(tmp_path / "anna"))
    bernd = SharedFolderCatalogue(share, index_dir=str(tmp_path / "bernd"))
    first = record("Solar Quartier Nord", (9.9, 53.5, 10.0, 53.6))
    anna.create(first)
    assert [r["id"] for r in bernd.search(q="Solar").records] == [first["id"]]
    second = record("Solar Quartier Süd", (9.9, 53.4, 10.0, 53.5))
    bernd.create(second)
    assert anna.search(q="Solar").matched == 2
    bernd.delete(first["id"])
    assert [r["id"] for r in anna.search(q="Solar").records] == [second["id"]]
    names = sorted(os.listdir(os.path.join(share, "records")))
    assert names == [second["id"].replace(":", "~") + ".json"]
    assert not [n for n in os.listdir(share) if n.endswith((".sqlite", ".db"))]
    # a broken file from somebody's crashed editor does not break search
    with open(os.path.join(share, "records", "urn~udt~result~broken.json"), "w") as handle:
        handle.write("{not json")
    assert anna.search().matched == 1


def test_local_catalogue_is_sqlite_with_fts5_and_rtree(tmp_path, qgis_app):
    from urban_twin.core.catalogue.local import DB_NAME, LocalCatalogue

    catalogue = LocalCatalogue(str(tmp_path / "cat"))
    for i in range(3):
        catalogue.create(record("R{}".format(i), (9 + i, 53, 9.5 + i, 53.5)))
    db = sqlite3.connect(os.path.join(catalogue.folder, DB_NAME))
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    assert {"records", "records_fts", "records_rtree"} <= tables
    boxes = db.execute("SELECT minx, maxx FROM records_rtree ORDER BY minx").fetchall()
    assert [(round(a, 3), round(b, 3)) for a, b in boxes] == [(9.0, 9.5), (10.0, 10.5), (11.0, 11.5)]


def test_foreign_record_with_null_geometry_is_found_by_text_not_by_bbox(tmp_path, qgis_app):
    """A record another tool wrote into the shared folder without geometry: searchable, never a crash."""
    from urban_twin.core.catalogue.local import SharedFolderCatalogue, record_file_name
    from urban_twin.core.catalogue.record import summary

    share = tmp_path / "share"
    catalogue = SharedFolderCatalogue(str(share), index_dir=str(tmp_path / "idx"))
    foreign = {"id": "urn:uuid:0b7c", "type": "Feature", "geometry": None, "time": None,
               "properties": {"type": "dataset", "title": "Baumkataster ohne Raumbezug"}, "links": []}
    (share / "records" / record_file_name(foreign["id"])).write_text(json.dumps(foreign), encoding="utf-8")
    assert [r["id"] for r in catalogue.search(q="Baumkataster").records] == ["urn:uuid:0b7c"]
    assert catalogue.search(bbox=(-180, -90, 180, 90)).matched == 0
    info = summary(catalogue.get("urn:uuid:0b7c"))
    assert info["bbox"] is None and info["license"] == "" and info["size"] is None


def test_orphan_sweeper_removes_only_old_unreferenced_assets(tmp_path, qgis_app, small_layer):
    import time

    from urban_twin.core.catalogue.local import LocalCatalogue
    from urban_twin.core.catalogue.outbox import Outbox
    from urban_twin.core.catalogue.sync import publish_layer, sweep_orphan_assets

    catalogue = LocalCatalogue(str(tmp_path / "cat"))
    publish_layer(small_layer, catalogue, title="Behalten", outbox=Outbox(str(tmp_path / "ob")))
    assets = tmp_path / "cat" / "assets"
    [kept] = os.listdir(assets)
    old_orphan, young_orphan = assets / ("1" * 64 + ".gpkg"), assets / ("2" * 64 + ".gpkg")
    old_orphan.write_bytes(b"x")
    young_orphan.write_bytes(b"y")
    forty_days_ago = time.time() - 40 * 86400
    os.utime(old_orphan, (forty_days_ago, forty_days_ago))
    os.utime(assets / kept, (forty_days_ago, forty_days_ago))  # old but referenced
    removed = sweep_orphan_assets(catalogue, older_than_days=30)
    assert removed == [str(old_orphan)]
    assert sorted(os.listdir(assets)) == sorted([kept, young_orphan.name])
