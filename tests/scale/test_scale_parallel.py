"""Parallel import of tile folders (issue #16): same result as the serial import, per-tile progress, cancel, broken tiles.

Tiles are shifted copies of the real NRW LoD2 tile (bench/tilegen.py) with border duplicates: every tile after the
first repeats the first objects of its neighbour (same ids). Expected figures come from a plain lxml count in the
test, the comparison serial ↔ parallel compares every column of every row (order-independent).
"""

import multiprocessing
import os
import sys
import time

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "bench"))

import tilegen  # noqa: E402

NRW = "de_nrw_LoD2_32_280_5657_1_NW.gml"
BORDER = 4


@pytest.fixture(scope="module")
def tiles(tmp_path_factory, citymodel_dir):
    folder = tmp_path_factory.mktemp("tiles")
    tilegen.make_tiles(os.path.join(citymodel_dir, NRW), str(folder), 4, border=BORDER)
    return str(folder)


def _independent_counts(folder):
    """(distinct top-level buildings, distinct parts, border duplicates) with a plain lxml parse."""
    from lxml import etree

    buildings, parts, duplicates = set(), set(), 0
    gml_id = "{http://www.opengis.net/gml}id"
    for name in sorted(os.listdir(folder)):
        tree = etree.parse(os.path.join(folder, name), etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
        for member in tree.getroot():
            if etree.QName(member).localname != "cityObjectMember":
                continue
            building = member[0]
            if building.get(gml_id) in buildings:
                duplicates += 1
                continue
            buildings.add(building.get(gml_id))
            parts.update(e.get(gml_id) for e in building.iter("{*}BuildingPart"))
    return len(buildings), len(parts), duplicates


def _content(path):
    """Every row of the three tables without fid, sorted: the order-independent content of the GeoPackage."""
    import sqlite3

    connection = sqlite3.connect("file:{}?mode=ro".format(path), uri=True)
    try:
        content = {}
        for table in ("buildings", "building_surfaces", "footprints"):
            columns = [row[1] for row in connection.execute('PRAGMA table_info("{}")'.format(table)) if row[1] != "fid"]
            rows = connection.execute('SELECT {} FROM "{}"'.format(", ".join('"{}"'.format(c) for c in columns), table)).fetchall()
            content[table] = sorted(rows, key=repr)
        return content
    finally:
        connection.close()


def test_parallel_equals_serial_with_border_duplicates(tiles, tmp_path):
    from urban_twin.core.citymodel.importer import import_citymodel

    buildings, parts, duplicates = _independent_counts(tiles)
    assert duplicates == 3 * BORDER
    serial = import_citymodel([tiles], str(tmp_path / "serial.gpkg"), workers=1)
    parallel = import_citymodel([tiles], str(tmp_path / "parallel.gpkg"), workers=2)
    for report in (serial, parallel):
        assert (report.buildings, report.parts) == (buildings, parts)
        assert len(report.duplicates) == duplicates
        assert report.complete
    assert sorted(parallel.duplicates) == sorted(serial.duplicates)
    assert parallel.surfaces == serial.surfaces and parallel.footprints == serial.footprints
    assert _content(str(tmp_path / "serial.gpkg")) == _content(str(tmp_path / "parallel.gpkg"))


def test_one_failing_tile_is_reported_and_the_rule_for_incomplete_input_holds(tiles, tmp_path):
    import shutil

    from urban_twin.core.citymodel.importer import import_citymodel
    from urban_twin.core.errors import InputFormatError

    folder = tmp_path / "with_broken"
    shutil.copytree(tiles, folder)
    broken = folder / "tile_0002.gml"
    data = broken.read_bytes()
    broken.write_bytes(data[: len(data) // 2])  # truncated in the middle of a building
    (folder / "tile_0009.gml").write_text("not xml at all", encoding="utf-8")
    output = tmp_path / "out.gpkg"
    with pytest.raises(InputFormatError) as raised:
        import_citymodel([str(folder)], str(output), workers=2)
    assert "tile_0002.gml" in str(raised.value) and "tile_0009.gml" in str(raised.value)
    assert not output.exists() and os.listdir(tmp_path).count("out.gpkg") == 0
    reports = [import_citymodel([str(folder)], str(tmp_path / "p{}.gpkg".format(w)), workers=w, allow_partial=True)
               for w in (1, 2)]
    serial, parallel = reports
    assert not parallel.complete and len(parallel.errors) == 2
    assert parallel.errors == serial.errors
    assert (parallel.buildings, parallel.parts, len(parallel.duplicates)) == (serial.buildings, serial.parts, len(serial.duplicates))
    # The truncated tile's complete members before the cut are imported, the rest of the tiles entirely.
    assert 3 * 83 < parallel.buildings < 4 * 83
    assert _content(str(tmp_path / "p1.gpkg")) == _content(str(tmp_path / "p2.gpkg"))


class _CancelAfterFirstTile:
    """A QgsProcessingFeedback that cancels as soon as the first tile is written and remembers when."""

    def __init__(self):
        from qgis.core import QgsProcessingFeedback

        self.feedback = QgsProcessingFeedback()
        self.cancelled_at = None
        self.worker_pids = []
        self.feedback.progressChanged.connect(self._progress)

    def _progress(self, value):
        if value >= 100.0 / 12 and self.cancelled_at is None:
            self.worker_pids = [child.pid for child in multiprocessing.active_children()]
            self.cancelled_at = time.monotonic()
            self.feedback.cancel()


def test_cancel_stops_all_workers_within_a_second(tmp_path, citymodel_dir):
    from urban_twin.core.citymodel.importer import import_citymodel
    from urban_twin.core.errors import CancelledError

    folder = tmp_path / "many"
    tilegen.make_tiles(os.path.join(citymodel_dir, NRW), str(folder), 12)
    watcher = _CancelAfterFirstTile()
    output = tmp_path / "cancelled.gpkg"
    with pytest.raises(CancelledError):
        import_citymodel([str(folder)], str(output), workers=2, feedback=watcher.feedback)
    stopped_after = time.monotonic() - watcher.cancelled_at
    assert stopped_after < 1.0, stopped_after
    assert len(watcher.worker_pids) == 2
    for pid in watcher.worker_pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert not output.exists()
    assert [name for name in os.listdir(tmp_path) if name != "many"] == []  # no temporary file left


def test_progress_per_tile_and_worker_count(tiles, tmp_path):
    from qgis.core import QgsProcessingFeedback

    from urban_twin.core.citymodel.importer import import_citymodel
    from urban_twin.core.citymodel.parallel import worker_count

    assert worker_count(None, 100) == (os.cpu_count() or 1)
    assert worker_count(8, 3) == 3 and worker_count(1, 5) == 1
    feedback = QgsProcessingFeedback()
    values = []
    feedback.progressChanged.connect(values.append)
    import_citymodel([tiles], str(tmp_path / "p.gpkg"), workers=2, feedback=feedback)
    assert values == sorted(values) and values[-1] == 100.0
    for tile_done in (25.0, 50.0, 75.0):  # four tiles: a step at the end of each
        assert tile_done in values


def test_automatic_worker_count_reads_small_inputs_in_one_process(tiles, monkeypatch):
    """WORKERS=0 (the algorithm's default) or workers=None: the number of cores, but one process below AUTO_MIN_BYTES
    (starting workers costs more than it saves there); an explicit number is always taken (up to the file count)."""
    from urban_twin.core.citymodel import importer, parallel

    cores = os.cpu_count() or 1
    mib = 1024 * 1024
    assert parallel.AUTO_MIN_BYTES == 12 * mib
    for automatic in (None, 0):
        assert parallel.worker_count(automatic, 100, 12 * mib - 1) == 1
        assert parallel.worker_count(automatic, 100, 12 * mib) == min(cores, 100)
        assert parallel.worker_count(automatic, 100) == min(cores, 100)  # size unknown: as before
    assert parallel.worker_count(2, 100, 1) == 2 and parallel.worker_count(3, 2, 1) == 2
    files = importer.expand_inputs([tiles])
    size = sum(os.path.getsize(path) for path in files)
    assert len(files) == 4 and size < 12 * mib  # the test tiles: small
    assert importer._run_class(None, files) is importer._ImportRun
    assert importer._run_class(0, files) is importer._ImportRun
    assert importer._run_class(2, files) is not importer._ImportRun  # explicit: parallel
    monkeypatch.setattr(parallel, "AUTO_MIN_BYTES", size)  # the same files, counted as big enough
    if cores > 1:
        assert importer._run_class(None, files) is not importer._ImportRun


def test_the_algorithm_defaults_to_the_automatic_worker_count():
    from urban_twin.core.processing.alg_importcitymodel import Algorithm

    algorithm = Algorithm()
    algorithm.initAlgorithm()
    parameter = algorithm.parameterDefinition("WORKERS")
    assert (parameter.defaultValue(), parameter.minimum(), parameter.maximum()) == (0, 0, 64)
    assert "0 = automatic" in parameter.description()


def test_python_interpreter_for_workers_inside_qgis(monkeypatch):
    """Inside QGIS sys.executable is the QGIS program: the workers get a real python3 of the same version."""
    import subprocess

    from urban_twin.core.citymodel import parallel

    monkeypatch.setattr(parallel.sys, "executable", "/usr/bin/qgis")
    interpreter = parallel.python_interpreter()
    assert interpreter and os.path.basename(interpreter).startswith("python")
    version = subprocess.run([interpreter, "-c", "import sys; print(sys.version_info[:2])"], capture_output=True, text=True).stdout
    assert version.strip() == str(sys.version_info[:2])


def test_algorithm_workers_parameter(run_alg, tiles, tmp_path):
    results = {}
    for workers in (1, 2):
        output = str(tmp_path / "alg{}.gpkg".format(workers))
        results[workers] = run_alg("urbantwin:importcitymodel", {"INPUT": [tiles], "WORKERS": workers, "OUTPUT": output})
    buildings, parts, _duplicates = _independent_counts(tiles)
    for result in results.values():
        assert (result["BUILDINGS"], result["PARTS"], result["COMPLETE"]) == (buildings, parts, True)
    assert _content(str(tmp_path / "alg1.gpkg")) == _content(str(tmp_path / "alg2.gpkg"))


def test_qgis_process_with_two_workers(qgis_process, tiles, tmp_path, gpkg_rows):
    """qgis_process: sys.executable is qgis_process, the workers must still start (spawn + a real python3)."""
    output = str(tmp_path / "cli.gpkg")
    result = qgis_process("run", "urbantwin:importcitymodel", "--", "INPUT=" + tiles, "WORKERS=2", "OUTPUT=" + output)
    assert result.returncode == 0, result.stderr + result.stdout
    buildings, parts, _duplicates = _independent_counts(tiles)
    assert "BUILDINGS:\t{}".format(buildings) in result.stdout
    assert gpkg_rows(output, "SELECT COUNT(*) FROM buildings")[0][0] == buildings + parts


def test_inside_a_qgstask_as_qgis_desktop_runs_it(urbantwin_provider, tiles, tmp_path, monkeypatch):
    """The toolbox dialog runs the algorithm in a QgsProcessingAlgRunnerTask (a worker thread of QGIS); inside the
    desktop sys.executable is the QGIS program — simulated here — so the workers must start from a real python3."""
    from qgis.core import QgsApplication, QgsProcessingAlgRunnerTask, QgsProcessingContext, QgsProcessingFeedback, QgsTask

    from urban_twin.core.citymodel import parallel

    monkeypatch.setattr(parallel.sys, "executable", "/usr/bin/qgis")
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("urbantwin:importcitymodel")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    output = str(tmp_path / "task.gpkg")
    task = QgsProcessingAlgRunnerTask(algorithm, {"INPUT": [tiles], "WORKERS": 2, "OUTPUT": output}, context, feedback)
    outcome = {}
    task.executed.connect(lambda ok, results: outcome.update(ok=ok, results=results))
    QgsApplication.taskManager().addTask(task)
    deadline = time.monotonic() + 300
    while "ok" not in outcome and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.05)
    assert outcome.get("ok"), outcome
    buildings, parts, _duplicates = _independent_counts(tiles)
    assert (outcome["results"]["BUILDINGS"], outcome["results"]["PARTS"]) == (buildings, parts)
    assert parallel.python_interpreter() != "/usr/bin/qgis"
    assert task.status() == QgsTask.TaskStatus.Complete


def test_extent_and_crs_override_give_the_same_result_in_parallel(tiles, tmp_path):
    """The extent filter (bounding boxes made in the workers) and a CRS override behave as in the serial import."""
    from urban_twin.core.citymodel.importer import import_citymodel

    # Tile 0 and 1 lie side by side 2 km apart (bench/tilegen.py): this extent cuts tile 0 in half and misses tile 1.
    extent = (280800.0, 5657100.0, 281000.0, 5657400.0)
    reports = [import_citymodel([tiles], str(tmp_path / "e{}.gpkg".format(w)), workers=w, extent=extent,
                                crs_override="EPSG:25832") for w in (1, 2)]
    serial, parallel = reports
    assert 0 < parallel.buildings < 83
    assert (parallel.buildings, parallel.parts, parallel.outside_extent) == (serial.buildings, serial.parts, serial.outside_extent)
    assert _content(str(tmp_path / "e1.gpkg")) == _content(str(tmp_path / "e2.gpkg"))


def test_a_killed_worker_fails_the_run_instead_of_hanging(tmp_path, citymodel_dir):
    """kill -9 of a worker (what the OOM killer does): Pool would wait forever for its tile; the run must fail."""
    import signal

    from qgis.core import QgsProcessingFeedback

    from urban_twin.core.citymodel.importer import import_citymodel
    from urban_twin.core.errors import UrbanTwinError

    folder = tmp_path / "kill"
    tilegen.make_tiles(os.path.join(citymodel_dir, NRW), str(folder), 10)
    feedback = QgsProcessingFeedback()
    killed = []

    def kill_one(value):
        if value >= 10.0 and not killed:
            victim = multiprocessing.active_children()[0]
            os.kill(victim.pid, signal.SIGKILL)
            killed.append(victim.pid)

    feedback.progressChanged.connect(kill_one)
    output = tmp_path / "killed.gpkg"
    started = time.monotonic()
    try:
        import_citymodel([str(folder)], str(output), workers=2, feedback=feedback)
    except UrbanTwinError as error:
        assert "worker process ended unexpectedly" in str(error)
        assert not output.exists() and [name for name in os.listdir(tmp_path) if name != "kill"] == []
    else:  # the killed worker had already delivered every tile it took: then the run is complete, never hung
        assert output.exists()
    assert killed and time.monotonic() - started < 120


def test_rows_made_in_the_workers_equal_the_serial_import_on_every_class_of_file(tmp_path, citymodel_dir):
    """The workers make the feature rows themselves (no TARGET_CRS, projected data): several LoDs side by side,
    nearly closed rings, an implausible vertex, CityGML 2 and 3 and a building with parts, each file twice (border
    duplicates) — every row, the counts, the skipped objects and the LoD log lines equal the serial import."""
    import importlib.util
    import shutil

    from urban_twin.core.citymodel.importer import import_citymodel

    spec = importlib.util.spec_from_file_location(
        "conformance_files", os.path.join(ROOT, "tests", "citymodel", "conformance_files.py"))
    files = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(files)
    folder = tmp_path / "classes"
    folder.mkdir()

    def gap(name, ring):  # a ring that is nearly closed (0.4 mm), closed by the reader
        return ring[:-1] + [(ring[-1][0] + 0.0004, ring[-1][1], ring[-1][2])] if name == "roof_s" else ring

    def far(name, ring):  # one vertex thousands of km away: the object is skipped
        return [ring[0]] + [(9.9e6, ring[1][1], ring[1][2])] + ring[2:] if name == "wall_e" else ring

    files.write_citygml(str(folder / "lods.gml"), [files.house_member("H{}".format(i), x0=500000.0 + 20.0 * i, y0=5700000.0) for i in range(6)]
                        + [files.house_member("G1", lods=(1, 2), x0=500200.0, y0=5700000.0, ring_edit=gap),
                           files.house_member("BAD", lods=(2,), x0=500300.0, y0=5700000.0, ring_edit=far)])
    for name in ("citygml2_sig3d_Building_and_garage_LOD2-EPSG25832.gml", "citygml3_sig3d_Building_and_garage_LOD2-EPSG25832.gml"):
        shutil.copy(os.path.join(citymodel_dir, name), folder / name)
    for name in list(os.listdir(folder)):
        shutil.copy(folder / name, folder / ("copy_" + name))
    reports = {workers: import_citymodel([str(folder)], str(tmp_path / "w{}.gpkg".format(workers)), workers=workers,
                                         allow_partial=True) for workers in (1, 2)}
    serial, parallel = reports[1], reports[2]
    assert serial.buildings >= 8 and serial.lod_counts and len(serial.skipped) == 1 and serial.closed_rings  # BAD: skipped once, then a duplicate
    for field in ("buildings", "parts", "other_objects", "surfaces", "footprints", "lod_counts", "lod_taken",
                  "closed_rings", "duplicate_ids", "errors", "warnings", "notes"):
        assert getattr(parallel, field) == getattr(serial, field), field
    assert [str(item) for item in parallel.skipped] == [str(item) for item in serial.skipped]
    assert sorted(parallel.duplicates) == sorted(serial.duplicates) and parallel.duplicates
    assert _content(str(tmp_path / "w2.gpkg")) == _content(str(tmp_path / "w1.gpkg"))


def test_workers_start_without_the_qgis_widget_library_and_still_speak_german(tiles, tmp_path, monkeypatch):
    """A worker declines qgis.gui (core/citymodel/worker_start.py): half a second and some 40 MB less per worker. Seen
    from outside, in /proc/<pid>/maps of the running workers: no libqgis_gui, but PyQt's QtCore (the translator) — and
    a tile's message still arrives in the planner's language; the tile's rows equal those of this process."""
    import pickle

    from urban_twin.core import i18n
    from urban_twin.core.citymodel import parallel
    from urban_twin.core.citymodel.lod import lod_order

    monkeypatch.setattr(i18n, "user_locale", lambda: "de_DE")
    broken = tmp_path / "broken.gml"
    source = os.path.join(tiles, "tile_0001.gml")
    broken.write_bytes(open(source, "rb").read()[:5000])
    args = (None, lod_order(), 0.001, True)
    with parallel.TilePool(2, None, args) as pool:
        maps = [open("/proc/{}/maps".format(pid), encoding="utf-8").read() for pid in pool.pids]
        results = dict(pool.results([source, str(broken)]))
    assert all("libqgis_gui" not in text for text in maps)
    assert all("QtCore" in text for text in maps)
    assert "Ungültiges oder abgeschnittenes XML" in results[str(broken)]["error"]
    here = parallel.read_tile(source, *args)
    assert pickle.dumps([getattr(e, "rows", None) for e in results[source]["events"]]) == pickle.dumps(
        [getattr(e, "rows", None) for e in here["events"]])


def test_a_plain_python_starts_its_workers_without_probing(monkeypatch):
    """When sys.executable is the program running (a Python-API run), no probe subprocess is started (a third of a
    second before the first tile); the QGIS program still gets the probed python3 (test above)."""
    import subprocess

    from urban_twin.core.citymodel import parallel

    monkeypatch.setattr(parallel, "_checked_interpreters", {})
    monkeypatch.setattr(subprocess, "run", lambda *args, **kwargs: pytest.fail("probed"))
    assert os.path.realpath(parallel.python_interpreter()) == os.path.realpath("/proc/self/exe")
