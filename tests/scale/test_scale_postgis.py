"""PostGIS as a target (issue #16 item 3) against a real PostgreSQL 15 + PostGIS 3 started by the tests.

The GeoPackage import of the same tiles is the reference: every column of every row and every geometry
(ISO WKB from ST_AsBinary against the WKB inside the GeoPackage blob) must match.
"""

import os
import sqlite3
import struct
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "bench"))

import pgserver  # noqa: E402
import tilegen  # noqa: E402

LAYERS = ("buildings", "building_surfaces", "footprints")


def _uri(server, schema):
    return "postgres://{user}@{host}:{port}/{dbname}?schema={schema}".format(schema=schema, **server)


def _gpkg_content(path):
    connection = sqlite3.connect("file:{}?mode=ro".format(path), uri=True)
    try:
        content = {}
        for table in LAYERS:
            columns = [row[1] for row in connection.execute('PRAGMA table_info("{}")'.format(table)) if row[1] not in ("fid", "geom")]
            rows = []
            for row in connection.execute('SELECT {}, geom FROM "{}"'.format(", ".join('"{}"'.format(c) for c in columns), table)):
                blob = row[-1]
                envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(blob[3] >> 1) & 0x07]
                rows.append(tuple(row[:-1]) + (bytes(blob[8 + envelope:]),))
            content[table] = (columns, sorted(rows, key=repr))
        return content
    finally:
        connection.close()


def _pg_content(server, schema, columns_of):
    import psycopg2

    connection = psycopg2.connect(**server)
    try:
        content = {}
        with connection.cursor() as cursor:
            for table in LAYERS:
                columns = columns_of[table]
                cursor.execute('SELECT {}, ST_AsBinary(geom) FROM "{}"."{}"'.format(
                    ", ".join('"{}"'.format(c) for c in columns), schema, table))
                content[table] = (columns, sorted((tuple(r[:-1]) + (bytes(r[-1]),) for r in cursor.fetchall()), key=repr))
        return content
    finally:
        connection.close()


def _query(server, sql, params=()):
    return pgserver.query(server, sql, params)


def test_postgis_target_holds_what_the_geopackage_holds(postgis_server, pg_tiles, tmp_path):
    from urban_twin.core.citymodel.importer import import_citymodel

    gpkg = str(tmp_path / "reference.gpkg")
    reference = import_citymodel([pg_tiles], gpkg, workers=1)
    report = import_citymodel([pg_tiles], _uri(postgis_server, "stadt"), workers=2)
    assert (report.buildings, report.parts, report.surfaces) == (reference.buildings, reference.parts, reference.surfaces)
    expected = _gpkg_content(gpkg)
    found = _pg_content(postgis_server, "stadt", {table: expected[table][0] for table in LAYERS})
    for table in LAYERS:
        assert len(found[table][1]) == len(expected[table][1]) > 0
        assert found[table][1] == expected[table][1], table
    srids = _query(postgis_server, "SELECT f_table_name, srid, type, coord_dimension FROM geometry_columns "
                                   "WHERE f_table_schema = 'stadt' ORDER BY 1")
    assert srids == [("building_surfaces", 25832, "MULTIPOLYGON", 3), ("buildings", 25832, "MULTIPOLYGON", 3),
                     ("footprints", 25832, "MULTIPOLYGON", 2)]
    indexes = _query(postgis_server, "SELECT tablename FROM pg_indexes WHERE schemaname = 'stadt' AND indexdef LIKE '%gist%'")
    assert sorted(row[0] for row in indexes) == sorted(LAYERS)
    metadata = dict(_query(postgis_server, "SELECT key, value FROM stadt.urbantwin_metadata WHERE table_name = 'buildings'"))
    assert metadata["CRS"] == "EPSG:25832" and "tile_0000.gml" in metadata["SOURCE"]


def test_postgis_run_is_atomic_and_repeatable(postgis_server, pg_tiles, tmp_path):
    import shutil

    from urban_twin.core.citymodel.importer import import_citymodel
    from urban_twin.core.errors import InputFormatError

    uri = _uri(postgis_server, "atomar")
    first = import_citymodel([pg_tiles], uri, workers=1)
    count = _query(postgis_server, "SELECT count(*) FROM atomar.buildings")[0][0]
    assert count == first.buildings + first.parts
    again = import_citymodel([pg_tiles], uri, workers=1)  # a re-run replaces, never duplicates
    assert _query(postgis_server, "SELECT count(*) FROM atomar.buildings")[0][0] == count == again.buildings + again.parts
    broken = tmp_path / "broken"
    shutil.copytree(pg_tiles, broken)
    data = (broken / "tile_0001.gml").read_bytes()
    (broken / "tile_0001.gml").write_bytes(data[: len(data) // 2])
    with pytest.raises(InputFormatError):
        import_citymodel([str(broken)], uri, workers=2)
    assert _query(postgis_server, "SELECT count(*) FROM atomar.buildings")[0][0] == count  # old state intact
    leftovers = _query(postgis_server, "SELECT tablename FROM pg_tables WHERE schemaname = 'atomar' AND tablename LIKE '\\_ut\\_new%'")
    assert leftovers == []


def test_password_in_the_target_is_refused(postgis_server, pg_tiles):
    from urban_twin.core.citymodel.importer import import_citymodel
    from urban_twin.core.errors import UrbanTwinError

    uri = "postgres://postgres:geheim@127.0.0.1:{}/city?schema=x".format(postgis_server["port"])
    with pytest.raises(UrbanTwinError) as raised:
        import_citymodel([pg_tiles], uri, workers=1)
    assert "geheim" not in str(raised.value) and "pgpass" in str(raised.value)
    assert struct.calcsize("<I") == 4


def test_algorithm_writes_to_postgis_with_styles_and_qgis_opens_the_tables(run_alg, postgis_server, pg_tiles):
    from qgis.core import QgsVectorLayer

    from urban_twin.core.storage.postgis import layer_uri

    uri = _uri(postgis_server, "alg")
    results = run_alg("urbantwin:importcitymodel", {"INPUT": [pg_tiles], "WORKERS": 2, "OUTPUT": uri})
    assert results["OUTPUT"] == uri and results["COMPLETE"]
    styles = _query(postgis_server, "SELECT f_table_name, useasdefault, length(styleqml::text) > 1000 FROM public.layer_styles "
                                    "WHERE f_table_schema = 'alg' ORDER BY 1")
    assert styles == [("building_surfaces", True, True), ("buildings", True, True), ("footprints", True, True)]
    layer = QgsVectorLayer(layer_uri(uri, "buildings"), "buildings", "postgres")
    assert layer.isValid()
    assert layer.featureCount() == results["BUILDINGS"] + results["PARTS"]
    assert layer.crs().authid() == "EPSG:25832"


def test_stored_qgis_connection_as_target(postgis_server, pg_tiles, stored_connection):
    from urban_twin.core.citymodel.importer import import_citymodel

    target = stored_connection("urbantwin_test") + "?schema=gespeichert"
    report = import_citymodel([pg_tiles], target, workers=1)
    assert _query(postgis_server, "SELECT count(*) FROM gespeichert.buildings")[0][0] == report.buildings + report.parts > 0


def test_stored_connection_takes_the_user_from_the_qgis_auth_database(postgis_server, pg_tiles, stored_connection):
    """pgconn:NAME with an authcfg: user and password come from QgsAuthManager (test profile's own auth database),
    not from the connection's settings — the tables belong to the authcfg's user."""
    import psycopg2
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    from urban_twin.core.citymodel.importer import import_citymodel
    from urban_twin.core.storage.postgis import layer_uri

    admin = psycopg2.connect(**postgis_server)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        cursor.execute("DO $$ BEGIN CREATE ROLE planer LOGIN PASSWORD 'nur-im-authdb'; "
                       "EXCEPTION WHEN duplicate_object THEN NULL; END $$")
        cursor.execute("GRANT CREATE ON DATABASE city TO planer")
    admin.close()
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        manager.setMasterPassword("urbantwin-test-master", True)  # the test profile's own auth database
    config = QgsAuthMethodConfig("Basic")
    config.setName("urbantwin test")
    config.setConfig("username", "planer")
    config.setConfig("password", "nur-im-authdb")
    stored = manager.storeAuthenticationConfig(config)
    assert stored[0] if isinstance(stored, tuple) else stored
    target = stored_connection("urbantwin_auth", authcfg=config.id()) + "?schema=mitauth"
    import_citymodel([pg_tiles], target, workers=1)
    uri = layer_uri(target, "buildings")
    owners = _query(postgis_server, "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'mitauth'")
    assert owners == [("planer",)]
    assert "authcfg={}".format(config.id()) in uri and "nur-im-authdb" not in uri and "password" not in uri


def _duplicates(server, schema):
    return _query(server, 'SELECT gml_id, count(*) FROM "{}".buildings GROUP BY gml_id HAVING count(*) > 1'.format(schema))


def test_update_run_reloads_only_changed_tiles_without_duplicates(postgis_server, pg_tiles, tmp_path):
    import shutil

    from urban_twin.core.citymodel.importer import import_citymodel

    folder = tmp_path / "update"
    shutil.copytree(pg_tiles, folder)
    uri = _uri(postgis_server, "fortlaufend") + "&update=true"
    first = import_citymodel([str(folder)], uri, workers=1)
    total = _query(postgis_server, "SELECT count(*) FROM fortlaufend.buildings")[0][0]
    assert total == first.buildings + first.parts and _duplicates(postgis_server, "fortlaufend") == []
    fids = _query(postgis_server, "SELECT min(fid), max(fid) FROM fortlaufend.buildings")
    again = import_citymodel([str(folder)], uri, workers=1)  # nothing changed: nothing read, nothing written
    assert len(again.unchanged) == 3 and again.buildings == 0
    assert _query(postgis_server, "SELECT min(fid), max(fid) FROM fortlaufend.buildings") == fids
    # Tile 1 changes (moved by 1 m east): only it is read again; its rows are replaced, nothing is doubled.
    changed = folder / "tile_0001.gml"
    changed.write_text(tilegen._shift(changed.read_text(encoding="utf-8"), 1.0, 0.0), encoding="utf-8")
    before = _query(postgis_server, "SELECT avg(ST_XMin(geom)) FROM fortlaufend.buildings WHERE source_file = 'tile_0001.gml'")[0][0]
    third = import_citymodel([str(folder)], uri, workers=2)
    assert [os.path.basename(p) for p in third.unchanged] == ["tile_0000.gml", "tile_0002.gml"]
    assert _query(postgis_server, "SELECT count(*) FROM fortlaufend.buildings")[0][0] == total
    assert _duplicates(postgis_server, "fortlaufend") == []
    after = _query(postgis_server, "SELECT avg(ST_XMin(geom)) FROM fortlaufend.buildings WHERE source_file = 'tile_0001.gml'")[0][0]
    assert after == pytest.approx(before + 1.0, abs=1e-6)
    surfaces = _query(postgis_server, "SELECT count(*) FROM fortlaufend.building_surfaces")[0][0]
    assert surfaces == first.surfaces


def test_two_imports_into_one_schema_at_the_same_time_give_the_union(postgis_server, citymodel_dir, tmp_path):
    """Two processes load neighbouring tile folders (with border duplicates between them) concurrently: afterwards
    the schema holds every building once — the count from a plain lxml parse of all tiles."""
    import importlib.util
    import subprocess

    spec = importlib.util.spec_from_file_location("scale_parallel", os.path.join(os.path.dirname(__file__), "test_scale_parallel.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    _independent_counts = module._independent_counts

    everything = tmp_path / "all"
    tilegen.make_tiles(os.path.join(citymodel_dir, "de_nrw_LoD2_32_280_5657_1_NW.gml"), str(everything), 6, border=3)
    west, east = tmp_path / "west", tmp_path / "east"
    west.mkdir()
    east.mkdir()
    for index, name in enumerate(sorted(os.listdir(everything))):
        os.link(everything / name, (west if index < 3 else east) / name)
    buildings, parts, _duplicates_count = _independent_counts(str(everything))
    uri = _uri(postgis_server, "gemeinsam") + "&update=true"
    script = ("import sys; sys.path.insert(0, {pkg!r}); from urban_twin.core.citymodel.importer import import_citymodel\n"
              "if __name__ == '__main__':\n    import_citymodel([sys.argv[1]], sys.argv[2], workers=1)\n").format(
        pkg=os.path.join(ROOT, ".build", "pkgpath"))
    runs = [subprocess.Popen([sys.executable, "-c", script, str(folder), uri], stderr=subprocess.PIPE, text=True,
                             env=dict(os.environ, QT_QPA_PLATFORM="offscreen")) for folder in (west, east)]
    for run in runs:
        _out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err[-2000:]
    assert _query(postgis_server, "SELECT count(*) FROM gemeinsam.buildings")[0][0] == buildings + parts
    assert _query(postgis_server, "SELECT count(*) FROM gemeinsam.buildings WHERE parent_id IS NULL")[0][0] == buildings
    assert _duplicates(postgis_server, "gemeinsam") == []
    assert _query(postgis_server, "SELECT count(*) FROM gemeinsam.urbantwin_tiles")[0][0] == 6


def test_a_planner_reading_during_an_import_sees_the_old_or_the_new_state_never_half(postgis_server, pg_tiles, tmp_path):
    """Item 6: while a second import replaces the tables, a reader polls counts of two tables in one statement (READ
    COMMITTED, as QGIS's PostgreSQL provider reads): every observation is the complete old or the complete new state.

    (A REPEATABLE READ transaction that began before the swap would see the new, still empty-for-it tables: a table
    swap is not MVCC-safe for such readers — docs/scale.md says so; QGIS does not read that way.)"""
    import threading

    import psycopg2

    from urban_twin.core.citymodel.importer import import_citymodel

    uri = _uri(postgis_server, "lesen")
    one_tile = tmp_path / "one"
    one_tile.mkdir()
    first_name = sorted(os.listdir(pg_tiles))[0]
    os.link(os.path.join(pg_tiles, first_name), one_tile / first_name)
    import_citymodel([str(one_tile)], uri, workers=1)
    sql = "SELECT (SELECT count(*) FROM lesen.buildings), (SELECT count(*) FROM lesen.building_surfaces), " \
          "(SELECT count(DISTINCT source_file) FROM lesen.buildings)"
    old = _query(postgis_server, sql)[0]
    failures = []

    def load_everything():
        try:
            import_citymodel([pg_tiles], uri, workers=1)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            failures.append(error)

    reader = psycopg2.connect(**postgis_server)
    reader.set_session(isolation_level="READ COMMITTED", autocommit=True)  # one statement, one snapshot
    seen = []
    loader = threading.Thread(target=load_everything)
    loader.start()
    try:
        while loader.is_alive():
            with reader.cursor() as cursor:
                cursor.execute(sql)
                seen.append(cursor.fetchone())
    finally:
        loader.join(300)
        reader.close()
    assert not failures, failures
    new = _query(postgis_server, sql)[0]
    assert new[2] == len(os.listdir(pg_tiles)) > old[2] == 1 and new[0] > old[0]
    assert len(seen) > 10, len(seen)  # the reader really read while the import ran
    assert set(seen) <= {old, new}, sorted(set(seen) - {old, new})


def test_a_toolbox_import_into_postgis_loads_the_three_tables_styled(urbantwin_provider, postgis_server, pg_tiles,
                                                                     qgis_new_project):
    """The dialog's way (destination project set, runAndLoadResults): the three tables appear in the project from the
    database, styled, with their feature counts — as a GeoPackage import does."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    before = set(project.mapLayers())
    results = processing.runAndLoadResults("urbantwin:importcitymodel", {
        "INPUT": [pg_tiles], "WORKERS": 2, "OUTPUT": _uri(postgis_server, "geladen_import")},
        feedback=QgsProcessingFeedback(), context=context)
    layers = [layer for layer_id, layer in project.mapLayers().items() if layer_id not in before]
    assert sorted(layer.dataProvider().uri().table() for layer in layers) == sorted(LAYERS)
    from qgis.core import QgsVectorLayer

    from urban_twin.core.citymodel.project import apply_style

    for layer in layers:
        table = layer.dataProvider().uri().table()
        assert layer.providerType() == "postgres" and layer.isValid(), table
        reference = QgsVectorLayer("MultiPolygon?crs=EPSG:25832&field=function_group:string&field=surface_type:string", "r", "memory")
        apply_style(reference, table)  # the style a GeoPackage import gets for this table
        assert layer.renderer().type() == reference.renderer().type(), table
        rows = _query(postgis_server, 'SELECT count(*) FROM geladen_import."{}"'.format(table))[0][0]
        assert layer.featureCount() == rows > 0, table
    buildings = next(layer for layer in layers if layer.dataProvider().uri().table() == "buildings")
    assert buildings.featureCount() == results["BUILDINGS"] + results["PARTS"]


def test_copy_rows_take_every_kind_of_value_through_a_real_copy(postgis_server):
    """The import's fast COPY line (copy_row) against the general copy_text and against the server itself: text with
    tab, newline, carriage return, backslash and umlauts, "\\N" as text, NaN → NULL, ±inf, -0.0, large integers,
    booleans and None come back from PostgreSQL as they went in."""
    import math

    import psycopg2

    from urban_twin.core.storage.postgis import copy_row, copy_text

    rows = [
        ("Straße\tNr.\n2\r\\ende", 1, 2.5, None, True),
        ("\\N", -(2 ** 40), float("nan"), "", False),
        ("tab\\t literally", 0, float("inf"), "x" * 300, None),
        ("ä€😀", 7, -0.0, "\\", True),
        (None, None, float("-inf"), "a\\nb", False),
    ]
    for row in rows:
        assert copy_row(row) == "\t".join(copy_text(value) for value in row)
    connection = psycopg2.connect(**postgis_server)
    try:
        with connection.cursor() as cursor:
            cursor.execute("CREATE TEMP TABLE copy_check (t text, i bigint, f double precision, u text, b boolean)")
            import io

            cursor.copy_expert("COPY copy_check FROM STDIN", io.StringIO("\n".join(copy_row(row) for row in rows) + "\n"))
            cursor.execute("SELECT t, i, f, u, b FROM copy_check")
            back = cursor.fetchall()
    finally:
        connection.close()
    for sent, got in zip(rows, back):
        expected = tuple(None if isinstance(value, float) and math.isnan(value) else value for value in sent)
        assert got == expected
    assert math.copysign(1.0, back[3][2]) == -1.0  # -0.0 stays negative zero
