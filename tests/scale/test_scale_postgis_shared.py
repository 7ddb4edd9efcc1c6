"""What a team built on the shared tables survives a re-import (issue #16, items 3 and 6), against a real
PostgreSQL 15 + PostGIS 3 started by the tests.

The administrator grants the planners' role SELECT, GIS staff build a view on ``buildings``, someone comments a
table. A full re-import (no ``update=true``) and a re-run of an analysis into the same table must keep all of it:
before core/storage/postgis_swap.py the swap dropped the views (``DROP … CASCADE``) and the new tables had no grants.
"""

import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "bench"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import pgserver  # noqa: E402
from test_scale_postgis import LAYERS, _gpkg_content, _pg_content, _uri  # noqa: E402


def _query(server, sql, params=(), commit=False):
    return pgserver.query(server, sql, params, commit=commit)


def _as(server, user):
    return dict(server, user=user)


@pytest.fixture(scope="module")
def one_tile(pg_tiles, tmp_path_factory):
    folder = tmp_path_factory.mktemp("one_tile")
    name = sorted(os.listdir(pg_tiles))[0]
    os.link(os.path.join(pg_tiles, name), str(folder / name))
    return str(folder)


def test_a_full_reimport_keeps_views_grants_and_comments_and_old_snapshots(postgis_server, pg_tiles, one_tile, tmp_path):
    import psycopg2

    from urban_twin.core.citymodel.importer import import_citymodel

    uri = _uri(postgis_server, "team_geteilt")
    first = import_citymodel([one_tile], uri, workers=1)
    for sql in ("CREATE ROLE team_leser LOGIN", "GRANT USAGE ON SCHEMA team_geteilt TO team_leser",
                "GRANT SELECT ON team_geteilt.buildings, team_geteilt.building_surfaces, team_geteilt.footprints TO team_leser",
                "CREATE VIEW team_geteilt.hauptgebaeude AS SELECT gml_id, height FROM team_geteilt.buildings WHERE parent_id IS NULL",
                "GRANT SELECT ON team_geteilt.hauptgebaeude TO team_leser",
                "COMMENT ON TABLE team_geteilt.buildings IS 'Gebäude LoD2 (Stadtmessungsamt)'",
                "COMMENT ON TABLE team_geteilt.footprints IS 'Grundrisse'",
                "CREATE ROLE team_spalten LOGIN", "GRANT USAGE ON SCHEMA team_geteilt TO team_spalten",
                "GRANT SELECT (surface_id, area) ON team_geteilt.building_surfaces TO team_spalten"):
        _query(postgis_server, sql, commit=True)
    assert _query(_as(postgis_server, "team_leser"), "SELECT count(*) FROM team_geteilt.hauptgebaeude")[0][0] == first.buildings

    # a report script's REPEATABLE READ snapshot, taken before the re-import
    reader = psycopg2.connect(**postgis_server)
    reader.set_session(isolation_level="REPEATABLE READ")
    with reader.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM team_geteilt.buildings")
        before = cursor.fetchone()[0]
    assert before == first.buildings + first.parts

    reference = str(tmp_path / "reference.gpkg")
    import_citymodel([pg_tiles], reference, workers=1)
    again = import_citymodel([pg_tiles], uri, workers=1)
    assert again.buildings > first.buildings

    with reader.cursor() as cursor:  # the rows were replaced in place: the old snapshot still sees the old rows
        cursor.execute("SELECT count(*) FROM team_geteilt.buildings")
        assert cursor.fetchone()[0] == before
    reader.rollback()
    reader.close()

    # the view survived and shows the new rows, the planners' role reads every table and the view
    reading = _as(postgis_server, "team_leser")
    assert _query(reading, "SELECT count(*) FROM team_geteilt.hauptgebaeude")[0][0] == again.buildings
    assert _query(reading, "SELECT count(*) FROM team_geteilt.buildings")[0][0] == again.buildings + again.parts
    assert _query(reading, "SELECT count(*) FROM team_geteilt.building_surfaces")[0][0] == again.surfaces
    assert _query(reading, "SELECT count(*) FROM team_geteilt.footprints")[0][0] == again.footprints
    columns_only = _as(postgis_server, "team_spalten")  # a column grant on the swapped table went with it
    assert _query(columns_only, "SELECT count(surface_id), round(sum(area)) FROM team_geteilt.building_surfaces")[0] == (
        again.surfaces, round(_query(postgis_server, "SELECT sum(area) FROM team_geteilt.building_surfaces")[0][0]))
    with pytest.raises(psycopg2.errors.InsufficientPrivilege):
        _query(columns_only, "SELECT tilt FROM team_geteilt.building_surfaces LIMIT 1")
    comments = dict(_query(postgis_server, "SELECT relname, obj_description(c.oid, 'pg_class') FROM pg_class c "
                                           "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE nspname = 'team_geteilt'"))
    assert comments["buildings"] == "Gebäude LoD2 (Stadtmessungsamt)" and comments["footprints"] == "Grundrisse"
    # the log says why buildings took the slower path
    assert any("buildings" in note and "team_geteilt.hauptgebaeude" in note for note in again.notes)
    # the refilled table holds exactly what a GeoPackage import of the same tiles holds, with fids 1 … n
    expected = _gpkg_content(reference)
    found = _pg_content(postgis_server, "team_geteilt", {table: expected[table][0] for table in LAYERS})
    for table in LAYERS:
        assert found[table] == expected[table], table
    assert _query(postgis_server, "SELECT min(fid), max(fid), count(*) FROM team_geteilt.buildings")[0] == (
        1, again.buildings + again.parts, again.buildings + again.parts)
    # the swapped tables' GiST index has its stable name (update runs look for it), and no duplicate index
    indexes = [row[0] for row in _query(postgis_server, "SELECT indexname FROM pg_indexes WHERE schemaname = 'team_geteilt' "
                                                        "AND indexdef LIKE '%USING gist%' ORDER BY 1")]
    assert "building_surfaces_geom_gist" in indexes and "footprints_geom_gist" in indexes
    assert len(indexes) == 3, indexes
    leftovers = _query(postgis_server, "SELECT tablename FROM pg_tables WHERE schemaname = 'team_geteilt' AND tablename LIKE '\\_ut\\_new%'")
    assert leftovers == []


def test_a_rerun_of_an_analysis_keeps_the_view_and_grants_on_its_result_table(postgis_server):
    from qgis.core import QgsCoordinateReferenceSystem, QgsField, QgsFields, QgsGeometry, QgsPointXY, QgsWkbTypes

    from urban_twin.core.fieldtypes import FieldType
    from urban_twin.core.storage.postgis_results import write_result_table

    target = _uri(postgis_server, "ergebnis_team") + "&table=grz_check"
    crs = QgsCoordinateReferenceSystem("EPSG:25832")

    def fields(*names):
        result = QgsFields()
        for name, kind in names:
            result.append(QgsField(name, kind))
        return result

    def rows(count, extra=False):
        return [(QgsGeometry.fromPointXY(QgsPointXY(280000.0 + index, 5657000.0)),
                 ["Baufeld {}".format(index), 0.1 * index] + ([index % 2] if extra else [])) for index in range(count)]

    first_fields = fields(("baufeld", FieldType.STRING), ("grz", FieldType.DOUBLE))
    write_result_table(target, "grz_check", first_fields, rows(3), QgsWkbTypes.Type.Point, crs)
    for sql in ("CREATE ROLE team_rat LOGIN", "GRANT USAGE ON SCHEMA ergebnis_team TO team_rat",
                "GRANT SELECT ON ergebnis_team.grz_check TO team_rat",
                "CREATE VIEW ergebnis_team.grz_hoch AS SELECT baufeld, grz FROM ergebnis_team.grz_check WHERE grz > 0.15",
                "GRANT SELECT ON ergebnis_team.grz_hoch TO team_rat"):
        _query(postgis_server, sql, commit=True)
    # the second run has five rows and one more field
    second_fields = fields(("baufeld", FieldType.STRING), ("grz", FieldType.DOUBLE), ("ueberschritten", FieldType.INT))
    written, table, _geometry = write_result_table(target, "grz_check", second_fields, rows(5, extra=True), QgsWkbTypes.Type.Point, crs)
    assert (written, table) == (5, "grz_check")
    council = _as(postgis_server, "team_rat")
    expected_high = sum(1 for index in range(5) if 0.1 * index > 0.15)  # 2, 3, 4
    assert _query(council, "SELECT count(*) FROM ergebnis_team.grz_hoch")[0][0] == expected_high == 3
    assert _query(council, "SELECT sum(ueberschritten), count(*) FROM ergebnis_team.grz_check")[0] == (2, 5)
    # no view on it: a result table is swapped, and the grant goes with it
    _query(postgis_server, "DROP VIEW ergebnis_team.grz_hoch", commit=True)
    write_result_table(target, "grz_check", first_fields, rows(4), QgsWkbTypes.Type.Point, crs)
    assert _query(council, "SELECT count(*) FROM ergebnis_team.grz_check")[0][0] == 4
    assert [row[0] for row in _query(postgis_server, "SELECT column_name FROM information_schema.columns WHERE "
                                                     "table_schema = 'ergebnis_team' AND table_name = 'grz_check' "
                                                     "ORDER BY ordinal_position")] == ["fid", "geom", "baufeld", "grz"]


def test_a_refill_the_team_constrained_fails_cleanly_and_keeps_table_and_view(postgis_server, one_tile):
    """A rule the team put on a table (here a CHECK the new rows break) is theirs to adapt: the run fails with the
    database's reason and the old rows, the view and everything else stay as they were."""
    from urban_twin.core.citymodel.importer import import_citymodel
    from urban_twin.core.errors import UrbanTwinError

    uri = _uri(postgis_server, "team_regel")
    first = import_citymodel([one_tile], uri, workers=1)
    for sql in ("CREATE VIEW team_regel.hohe AS SELECT gml_id, height FROM team_regel.footprints WHERE height > 10",
                "ALTER TABLE team_regel.footprints ADD CONSTRAINT niedrig CHECK (height < 5) NOT VALID"):
        _query(postgis_server, sql, commit=True)
    high = _query(postgis_server, "SELECT count(*) FROM team_regel.hohe")[0][0]
    assert 0 < high < first.footprints
    with pytest.raises(UrbanTwinError) as raised:
        import_citymodel([one_tile], uri, workers=1)
    assert "niedrig" in str(raised.value)
    assert _query(postgis_server, "SELECT count(*) FROM team_regel.footprints")[0][0] == first.footprints
    assert _query(postgis_server, "SELECT count(*) FROM team_regel.buildings")[0][0] == first.buildings + first.parts
    assert _query(postgis_server, "SELECT count(*) FROM team_regel.hohe")[0][0] == high
    leftovers = _query(postgis_server, "SELECT tablename FROM pg_tables WHERE schemaname = 'team_regel' "
                                       "AND tablename LIKE '\\_ut\\_new%'")
    assert leftovers == []


def test_an_import_waits_for_a_reader_without_freezing_the_others_names_it_and_can_be_cancelled(postgis_server, pg_tiles,
                                                                                                 one_tile):
    """Someone's session keeps a transaction open on a table (a pgAdmin window, a script): the swap cannot take the
    table. The import waits — in short attempts, so the other planners' reads go on (a plain DROP TABLE queued them all
    behind it) —, names the session in the log, stops on cancel with nothing changed, and completes once the reader
    is done."""
    import threading
    import time

    import psycopg2
    from qgis.core import QgsProcessingFeedback

    from urban_twin.core.citymodel.importer import import_citymodel
    from urban_twin.core.errors import CancelledError

    uri = _uri(postgis_server, "warten")
    first = import_citymodel([one_tile], uri, workers=1)
    blocker = psycopg2.connect(application_name="pgAdmin-Test", **postgis_server)
    with blocker.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM warten.footprints")  # … and the transaction stays open
    blocker_pid = blocker.get_backend_pid()

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.infos = []

        def pushInfo(self, info):  # noqa: N802 - QGIS API
            self.infos.append(info)

    def start(feedback, outcome):
        def run():
            try:
                outcome["report"] = import_citymodel([pg_tiles], uri, workers=1, feedback=feedback)
            except Exception as error:  # noqa: BLE001 - the assertions look at it
                outcome["error"] = error
        thread = threading.Thread(target=run)
        thread.start()
        return thread

    def wait_for_waiting(feedback, thread):
        deadline = time.monotonic() + 120
        while not any("Waiting for other sessions" in info for info in feedback.infos):
            assert thread.is_alive() and time.monotonic() < deadline, feedback.infos
            time.sleep(0.2)
        return next(info for info in feedback.infos if "Waiting for other sessions" in info)

    try:
        feedback, outcome = Feedback(), {}
        thread = start(feedback, outcome)
        message = wait_for_waiting(feedback, thread)
        assert str(blocker_pid) in message and "pgAdmin-Test" in message and "idle in transaction" in message
        reader = psycopg2.connect(**postgis_server)  # another planner opens the table meanwhile
        reader.autocommit = True
        with reader.cursor() as cursor:
            cursor.execute("SET statement_timeout = '5s'")
            for _attempt in range(4):
                started = time.monotonic()
                cursor.execute("SELECT count(*) FROM warten.footprints")
                assert cursor.fetchone()[0] == first.footprints  # the old state, and not held up for long
                assert time.monotonic() - started < 3.0
                time.sleep(0.6)
        reader.close()
        cancelled_at = time.monotonic()
        feedback.cancel()
        thread.join(30)
        assert not thread.is_alive() and time.monotonic() - cancelled_at < 5.0
        assert isinstance(outcome.get("error"), CancelledError), outcome
        assert _query(postgis_server, "SELECT count(*) FROM warten.buildings")[0][0] == first.buildings + first.parts
        assert _query(postgis_server, "SELECT tablename FROM pg_tables WHERE schemaname = 'warten' "
                                      "AND tablename LIKE '\\_ut\\_new%'") == []

        feedback, outcome = Feedback(), {}
        thread = start(feedback, outcome)
        wait_for_waiting(feedback, thread)
        blocker.rollback()  # the reader is done
        thread.join(60)
        assert not thread.is_alive() and "error" not in outcome, outcome
        report = outcome["report"]
        assert _query(postgis_server, "SELECT count(*) FROM warten.buildings")[0][0] == report.buildings + report.parts
        assert _query(postgis_server, "SELECT count(*) FROM warten.footprints")[0][0] == report.footprints > first.footprints
    finally:
        blocker.rollback()
        blocker.close()


WIDGET_VALUES = """
import json, os, sys
from qgis.core import (QgsApplication, QgsProcessingParameterFeatureSink, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterVectorDestination, QgsSettings)
app = QgsApplication([], True)
app.initQgis()
QgsSettings().setValue("/Processing/Configuration/OUTPUTS_FOLDER", sys.argv[2])
from qgis.gui import QgsProcessingLayerOutputDestinationWidget
values = {}
for kind, parameter in (("file", QgsProcessingParameterFileDestination("OUTPUT", "T", "GeoPackage (*.gpkg)")),
                        ("sink", QgsProcessingParameterFeatureSink("OUTPUT", "T"))):
    widget = QgsProcessingLayerOutputDestinationWidget(parameter, False)
    widget.setValue(sys.argv[1])
    value = widget.value()
    values[kind] = value if isinstance(value, str) else value.sink.staticValue()
print(json.dumps(values))
"""


def test_a_pgconn_target_typed_into_the_dialog_reaches_the_database(urbantwin_provider, postgis_server, one_tile, tmp_path,
                                                                    stored_connection):
    """The dialog's output widget puts the output folder in front of "pgconn:NAME?schema=S" (it keeps only
    postgres:/memory: texts as they are): the import wrote a GeoPackage named "pgconn:…" into that folder instead of
    the database. preprocessParameters (what the dialog calls before a run) gives the target back as typed."""
    import json
    import subprocess

    import processing
    from qgis.core import QgsApplication, QgsProcessingOutputLayerDefinition, QgsProperty

    typed = "pgconn:Team_Dialog?schema=dialog"
    outputs = tmp_path / "ausgaben"
    outputs.mkdir()
    home = tmp_path / "home"  # the widget's settings go into a throw-away QGIS profile
    home.mkdir()
    answer = subprocess.run(["/usr/bin/python3", "-c", WIDGET_VALUES, typed, str(outputs)], capture_output=True, text=True,
                            timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home)))
    assert answer.returncode == 0, answer.stderr[-2000:]
    values = json.loads(answer.stdout.strip().splitlines()[-1])
    assert values["file"] == values["sink"] == os.path.join(str(outputs), typed)  # what the real widget hands over

    algorithm = QgsApplication.processingRegistry().algorithmById("urbantwin:importcitymodel")
    parameters = algorithm.preprocessParameters({"INPUT": [one_tile], "OUTPUT": values["file"], "WORKERS": 1})
    assert parameters["OUTPUT"] == typed
    stored_connection("Team_Dialog")
    results = processing.run("urbantwin:importcitymodel", parameters)
    assert _query(postgis_server, "SELECT count(*) FROM dialog.buildings")[0][0] == results["BUILDINGS"] + results["PARTS"] > 0
    assert os.listdir(str(outputs)) == []  # no GeoPackage named after the target
    # a layer output (feature sink) of an analysis: the same, as an output layer definition
    shadow = QgsApplication.processingRegistry().algorithmById("urbantwin:shadow")
    definition = QgsProcessingOutputLayerDefinition(QgsProperty.fromValue(values["sink"]))
    definition.destinationName = "Schatten"
    cleaned = shadow.preprocessParameters({"OUTPUT": definition})["OUTPUT"]
    assert cleaned.sink.staticValue() == typed and cleaned.destinationName == "Schatten"
    # file names that only contain "pgconn" stay file names
    for path in (str(tmp_path / "pgconn_export.gpkg"), str(tmp_path / "pgconn:x" / "ergebnis.gpkg")):
        assert algorithm.preprocessParameters({"INPUT": [one_tile], "OUTPUT": path})["OUTPUT"] == path
