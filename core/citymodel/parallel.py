"""Parallel import of tile folders: worker processes read tiles into feature rows, this process alone writes.

Why this shape: reading a tile (XML parse, geometry checks, footprints, surface figures) is CPU work that splits
by file; writing is one GeoPackage (or database) that wants a single writer. Each worker turns one tile into a
plain, picklable result — per object its id, its counts and its feature rows (field values in schema order plus
ISO WKB, made by the same code the single-process writer uses) — and the parent applies the results **in file
order** exactly as the serial import applies records: tile-border duplicates (first seen wins), the extent
filter, the CRS rules, skipped objects and unreadable files all end up the same, whatever the number of workers.

Start method: ``spawn`` always (the only one on Windows and macOS; ``fork`` is unsafe in a process that runs Qt
threads). A spawned worker is a fresh Python that imports only this module's reading code (lxml, numpy, OGR —
no QgsApplication, no qgis.gui (worker_start); a QCoreApplication only to translate messages). Inside QGIS ``sys.executable`` is the QGIS
program, not Python, so :func:`python_interpreter` finds the Python QGIS runs on and hands it to
``multiprocessing.set_executable``; when none is found the import runs in one process (and says so).
"""

import contextlib
import json
import multiprocessing
import os
import subprocess
import sys
import time

from ..errors import CancelledError, InputFormatError, UrbanTwinError
from ..i18n import tr
from . import worker_start
from .geometry import GeometryProblem

POLL_SECONDS = 0.1  # how often the parent looks at the cancel flag while it waits for a tile
AHEAD_PER_WORKER = 2  # tiles handed out per worker before their results are written (bounds the writer's memory)
MAX_WORKERS = 64
STARTUP_SECONDS = 90  # a spawned worker imports numpy, lxml, OGR and Qt: seconds on a busy machine

_checked_interpreters = {}


# Automatic worker count: below this much input one process is faster, because starting a worker (a fresh Python
# importing numpy, lxml, OGR and Qt's core) costs about half a second. Measured on 2 cores with NRW tiles of 1.9 MB
# (1 / 2 workers, best of 3, Python API): 2 tiles 0.30 / 0.44 s, 4 tiles 0.58 / 0.60 s, 6 tiles 0.86 / 0.76 s, 8 tiles
# 1.14 / 0.86 s, 16 tiles 2.18 / 1.39 s; qgis_process adds the interpreter probe (0.3 s) to the parallel run, which
# moves its break-even to ≈ 15 MB; more cores break even earlier. (Before the workers declined qgis.gui: 24 MB.)
AUTO_MIN_BYTES = 12 * 1024 * 1024


def worker_count(workers, file_count, input_bytes=None):
    """Workers for ``file_count`` files of ``input_bytes`` bytes in all: None or 0 → automatic (the number of cores,
    one process for less than AUTO_MIN_BYTES of input); never more than files; 1 → serial."""
    if not workers:
        small = input_bytes is not None and input_bytes < AUTO_MIN_BYTES
        workers = 1 if small else (os.cpu_count() or 1)
    workers = max(1, min(int(workers), MAX_WORKERS, file_count))
    return workers


def _is_python(path):
    name = os.path.basename(path or "").lower()
    return name.startswith("python") or name.startswith("pypy")


def _candidates():
    """Where the Python of a QGIS installation lives, when sys.executable is the QGIS program itself."""
    version = "{}.{}".format(*sys.version_info[:2])
    found = []
    if os.environ.get("URBANTWIN_PYTHON"):
        found.append(os.environ["URBANTWIN_PYTHON"])
    program_dir = os.path.dirname(sys.executable or "")
    if os.name == "nt":
        # OSGeo4W / standalone installer: <root>/bin/qgis-bin.exe, <root>/bin/python3.exe and <root>/apps/Python3x/python.exe
        found += [os.path.join(program_dir, "python3.exe"), os.path.join(program_dir, "python.exe"),
                  os.path.join(sys.exec_prefix, "python.exe"), os.path.join(sys.base_exec_prefix, "python.exe")]
    else:
        # macOS: QGIS.app/Contents/MacOS/QGIS beside …/MacOS/bin/python3; Linux: /usr/bin/python3.x
        found += [os.path.join(program_dir, "bin", "python" + version), os.path.join(program_dir, "bin", "python3"),
                  "/usr/bin/python" + version, "/usr/bin/python3",
                  os.path.join(sys.exec_prefix, "bin", "python" + version), os.path.join(sys.exec_prefix, "bin", "python3")]
    return found


def _running_program():
    """The real path of the program this process runs (Linux, where /proc says it), else None: then probe."""
    try:
        return os.path.realpath(os.readlink("/proc/self/exe"))
    except OSError:
        return None


def python_interpreter():
    """A Python interpreter of this process's very build to start workers with, or None.

    Checked, not trusted: an embedded Python (QGIS desktop, qgis_process) reports as ``sys.executable`` the QGIS
    program or whatever ``python3`` comes first on PATH (a pyenv, another 3.x), which cannot load QGIS's numpy
    or GDAL. A candidate is used when it reports the same ``sys.version`` (same build) and imports numpy, lxml
    and OGR with our ``sys.path``. Candidates: ``sys.executable``, URBANTWIN_PYTHON, then :func:`_candidates`. Not
    probed (a third of a second): ``sys.executable`` when it is the very program running (seen in /proc on Linux).
    """
    if _is_python(sys.executable) and _running_program() == os.path.realpath(sys.executable):
        return sys.executable  # a plain Python run (Python API, scripts): the workers get this very program
    probe = ("import json, sys; sys.path[:0] = json.loads(sys.argv[1]); import numpy, lxml.etree, osgeo.ogr; "
             "print(repr(sys.version))")
    for path in [sys.executable] + _candidates():
        if not path or not os.path.isfile(path) or not _is_python(path):
            continue
        if path not in _checked_interpreters:
            try:
                answer = subprocess.run([path, "-c", probe, json.dumps(sys.path)], capture_output=True, text=True, timeout=60)
                _checked_interpreters[path] = answer.returncode == 0 and answer.stdout.strip() == repr(sys.version)
            except (OSError, subprocess.SubprocessError):
                _checked_interpreters[path] = False
        if _checked_interpreters[path]:
            return path
    return None


# --- in the worker ---------------------------------------------------------------------------------------

_worker_state = {}


def _init_worker(locale):
    """Translate messages as the parent does (a QCoreApplication is enough for QTranslator)."""
    if not locale:
        return
    with contextlib.suppress(Exception):
        from qgis.PyQt.QtCore import QCoreApplication

        from ..i18n import install_translator

        _worker_state["app"] = QCoreApplication.instance() or QCoreApplication([])
        install_translator(locale)


def _worker_main(connection, locale):
    """A worker's life: say ready, then read every tile the parent sends until it sends None or goes away."""
    _init_worker(locale)
    connection.send(os.getpid())
    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        connection.send(read_tile(*task))


class PreparedObject:
    """An object a worker already turned into feature rows (plausibility checked, one LoD, figures measured): the
    parent only applies the file-order rules (first seen wins, extent) and writes the rows. Made only where the
    parent would not change the object first (no TARGET_CRS, coordinates not geographic); see read_tile."""

    __slots__ = ("gml_id", "object_types", "repairs", "lods", "bbox", "rows")

    def __init__(self, gml_id, object_types, repairs, lods, bbox, rows):
        self.gml_id, self.object_types, self.repairs, self.lods, self.bbox, self.rows = (
            gml_id, object_types, repairs, lods, bbox, rows)

    def __getstate__(self):
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setstate__(self, state):
        for name, value in zip(self.__slots__, state):
            setattr(self, name, value)


PREPARE_CHUNK = 200  # objects of a tile whose surfaces are measured in one numpy pass (bounds the extra memory)


def _surface_figures(records):
    """{id(record): (metrics, envelopes) of its surfaces} from one surfaces_metrics call for all ``records``: the
    same numbers, bit for bit, as one call per record (each surface depends on its own rings), at a tenth of the
    cost. The records have passed check_plausible; numpy's overflow warnings are silenced all the same, as a record's
    figures are its own and a warning would only be noise in the worker."""
    import numpy as np

    from .geometry import surfaces_metrics

    owned = [[surface.polygons for obj in record.all_objects() for surface in obj.surfaces] for record in records]
    with np.errstate(all="ignore"):
        metrics, envelopes = surfaces_metrics([polygons for group in owned for polygons in group], envelopes=True)
    figures, start = {}, 0
    for record, group in zip(records, owned):
        figures[id(record)] = (metrics[start:start + len(group)], envelopes[start:start + len(group)])
        start += len(group)
    return figures


def _prepare_chunk(pending, events, name, lod_order, collector):
    """Prepare the objects read so far (in file order, skips kept in place) and empty ``pending``.

    The parent's prepare + write for each object, done here in two passes: first the checks and the LoD choice (which
    drops the other LoDs' surfaces), then one surfaces_metrics pass for the chunk, then the rows. An object where a
    step raised stays raw: the parent reaches the same GeometryProblem and reports the skip with its own message."""
    from .importer import _bbox_of
    from .lod import select_lod
    from .metric import check_plausible
    from .model import SkippedObject

    if collector is None:
        events.extend(pending)
        pending.clear()
        return
    chosen = {}  # id(object) → (lods, bbox) of the objects that passed the checks
    for item in pending:
        if isinstance(item, SkippedObject):
            continue
        try:
            check_plausible(item, False)
            lods = select_lod(item, lod_order)
            chosen[id(item)] = (lods, _bbox_of(item))
        except GeometryProblem:
            continue
    figures = _surface_figures([item for item in pending if id(item) in chosen])
    for item in pending:
        if id(item) not in chosen:
            events.append(item)
            continue
        try:
            collector.write(item, name, surface_figures=figures[id(item)])
        except GeometryProblem:
            collector.take()
            events.append(item)
            continue
        lods, bbox = chosen[id(item)]
        types = [(obj is item, obj.object_type) for obj in item.all_objects()]
        events.append(PreparedObject(item.gml_id, types, dict(item.repairs), lods, bbox, collector.take()))
    pending.clear()


def read_tile(path, override_epsg, lod_order, ring_tolerance, rows_in_worker=False):
    """One tile → a picklable result: how it opened, its objects and skips in file order, the error that stopped it.

    The worker only parses (the costly part), configured exactly as the serial import configures its reader
    (importer.configure_reader); the parent prepares and writes every object with the serial rules
    (importer._ImportRun.take), so results do not depend on the number of workers."""
    from ..crs import parse_srs_name
    from .importer import configure_reader, open_reader
    from .metric import is_geographic, is_known

    result = {"opened": False, "srs_name": None, "licence": None, "events": [], "error": None}
    try:
        reader, srs_name, licence = open_reader(path)
        result.update(opened=True, srs_name=srs_name, licence=licence)
        file_info = parse_srs_name(srs_name) if srs_name else None
        if file_info is not None and not is_known(file_info.horizontal_epsg):
            file_info = None
        source_epsg = override_epsg or (file_info.horizontal_epsg if file_info else None)
        configure_reader(reader, file_info, override_epsg is not None, source_epsg, lod_order, ring_tolerance)
        collector = None
        if rows_in_worker and not (source_epsg and is_geographic(source_epsg)):
            from ..storage.gpkg_bulk import RowCollector

            collector = RowCollector()
            collector.lod_preference = lod_order
        name = os.path.basename(path)
        pending = []
        try:
            for item in reader:
                if item is None:
                    continue
                pending.append(item)
                if collector is None or len(pending) >= PREPARE_CHUNK:
                    _prepare_chunk(pending, result["events"], name, lod_order, collector)
        finally:  # what was read before an error (a truncated file) is kept, as serially
            _prepare_chunk(pending, result["events"], name, lod_order, collector)
    except UrbanTwinError as err:  # the same messages as the serial import (_ImportRun.run)
        result["error"] = str(err)
    except GeometryProblem as err:
        result["error"] = str(InputFormatError(str(err), path=path))
    except RecursionError:
        result["error"] = str(InputFormatError(tr("The file is nested too deeply to be read."), path=path))
    except Exception as err:  # noqa: BLE001 - a worker must report, not die: the parent names the tile
        result["error"] = str(InputFormatError(tr("The file could not be read: {}").format(err), path=path))
    return result


# --- in the parent ---------------------------------------------------------------------------------------

class TilePool:
    """Spawned worker processes reading tiles; results come back in file order; cancel kills them all.

    Not ``multiprocessing.Pool``: its workers share one task queue and one result queue, each behind a lock. A worker
    killed while holding one (out of memory, kill -9) leaves the lock taken for ever, and Pool's own clean-up —
    ``terminate()``, and the finaliser it registers for interpreter exit — then waits for ever (a CI run hung after
    the last test for that reason). Here every worker has its own pipe: a dead worker breaks only its pipe, and the
    parent notices it (EOF / exit code) and fails the run."""

    def __init__(self, workers, feedback=None, reader_args=(None, None, 0.001)):
        self.workers = workers
        self.feedback = feedback
        self.args = tuple(reader_args)  # (override EPSG or None, LoD order, ring tolerance, rows in worker): read_tile
        self.processes = []
        self.connections = []
        self.pids = []

    def __enter__(self):
        interpreter = python_interpreter()
        context = multiprocessing.get_context("spawn")
        context.set_executable(interpreter)  # always: an embedded Python's sys.executable is not to be trusted
        from ..i18n import user_locale

        locale = None
        with contextlib.suppress(Exception):
            locale = user_locale()
        try:
            for _number in range(self.workers):
                parent_end, child_end = context.Pipe(duplex=True)
                process = context.Process(target=worker_start.main, args=(child_end, locale), daemon=True)
                process.start()
                child_end.close()
                self.processes.append(process)
                self.connections.append(parent_end)
            self._wait_until_started()
        except BaseException:
            self._kill_all()
            raise
        self.pids = [process.pid for process in self.processes]
        return self

    def _wait_until_started(self):
        """Every worker says "ready" once its imports are done; give up after STARTUP_SECONDS."""
        deadline = time.monotonic() + STARTUP_SECONDS
        for process, connection in zip(self.processes, self.connections):
            while not connection.poll(POLL_SECONDS):
                self._check_cancel()
                if time.monotonic() > deadline or process.exitcode is not None:
                    raise UrbanTwinError(tr("The worker processes did not start; run the import with WORKERS=1."))
            try:
                connection.recv()
            except (EOFError, OSError):
                raise UrbanTwinError(tr("The worker processes did not start; run the import with WORKERS=1.")) from None

    def __exit__(self, kind, value, traceback):
        if not self.processes:
            return
        if kind is None:
            for connection in self.connections:
                with contextlib.suppress(Exception):
                    connection.send(None)  # done: the worker returns
            for process in self.processes:
                process.join(5)
        self._kill_all()  # cancel or failure: now, not after the tile a worker is reading

    def _kill_all(self):
        for process in self.processes:
            if process.exitcode is None:
                with contextlib.suppress(Exception):
                    process.kill()
        for process in self.processes:
            with contextlib.suppress(Exception):
                process.join(5)
        for connection in self.connections:
            with contextlib.suppress(Exception):
                connection.close()
        self.processes, self.connections = [], []

    def results(self, files):
        """(path, result) in file order; raises CancelledError within POLL_SECONDS of a cancel.

        Up to AHEAD_PER_WORKER tiles wait per worker; a worker answers its tiles in the order it got them, so the
        oldest tile overall is the next answer of its worker."""
        pending = []  # (path, worker index), oldest first
        queue = list(files)
        queue.reverse()
        load = [0] * len(self.processes)
        while queue or pending:
            while queue and min(load) < AHEAD_PER_WORKER:
                worker = load.index(min(load))
                path = queue.pop()
                self.connections[worker].send((path,) + self.args)
                load[worker] += 1
                pending.append((path, worker))
            path, worker = pending.pop(0)
            connection = self.connections[worker]
            while not connection.poll(POLL_SECONDS):
                self._check_cancel()
                self._check_workers(path)
            self._check_cancel()
            try:
                result = connection.recv()
            except (EOFError, OSError):  # the worker died: killed, out of memory
                self.processes[worker].join(1)
                self._check_workers(path)
                raise UrbanTwinError(tr("A worker process ended unexpectedly; nothing was written."), path=path) from None
            load[worker] -= 1
            yield path, result

    def _check_workers(self, path):
        """A worker never ends on its own while the pool is open: one that did was killed (out of memory, kill -9);
        fail the run instead of waiting for its tiles."""
        dead = [process for process in self.processes if process.exitcode is not None]
        if dead:
            raise UrbanTwinError(tr("A worker process ended unexpectedly (exit code {}), perhaps for lack of memory; "
                                    "nothing was written. Run the import again, with fewer WORKERS.").format(dead[0].exitcode),
                                 path=path)

    def _check_cancel(self):
        if self.feedback is not None and self.feedback.isCanceled():
            raise CancelledError()


def _parallel_base():
    from .importer import _ImportRun

    return _ImportRun


class ParallelImportRun(_parallel_base()):
    """_ImportRun that reads in worker processes and applies their results with the serial rules."""

    def __init__(self, *args, workers=2):
        super().__init__(*args)
        self.workers = workers

    def run(self, files):
        report = self.report
        started = time.monotonic()
        if python_interpreter() is None:
            self.problem(report.warnings, tr(
                "No Python interpreter of this QGIS was found to start worker processes, so the files are read in this "
                "process. Set the environment variable URBANTWIN_PYTHON to the python3 of the QGIS installation."))
            return super().run(files)
        # Without TARGET_CRS nothing the parent decides changes an object before it is written: the workers make
        # the feature rows too (half of the work), the parent applies the file-order rules and writes.
        reader_args = (self.override.horizontal_epsg if self.override is not None else None, self.options.lod_order,
                       self.options.ring_tolerance, self.options.target is None)
        with TilePool(self.workers, self.feedback, reader_args) as pool:
            self.worker_pids = pool.pids
            for number, (path, result) in enumerate(pool.results(files)):
                try:
                    self.apply(path, result, number, len(files))
                except CancelledError:
                    raise
                except UrbanTwinError as err:
                    self.problem(report.errors, str(err))
                if self.feedback is not None:
                    self.feedback.setProgress(100.0 * (number + 1) / len(files))
        if self.feedback is not None and hasattr(self.feedback, "pushDebugInfo"):
            self.feedback.pushDebugInfo("{} files read by {} worker processes in {:.1f} s".format(
                len(files), self.workers, time.monotonic() - started))
        if self.writer is None:
            raise InputFormatError("\n".join(report.errors) or tr("Nothing could be read."))
        self.finish_report()
        return self.writer

    def apply(self, path, result, number=0, count=1):
        """A worker's result for one file, with the serial import's rules (importer._ImportRun.begin_file/take)."""
        report = self.report
        if not result["opened"]:
            self.problem(report.errors, result["error"])
            return
        self.begin_file(path, result["srs_name"], result["licence"])
        name = os.path.basename(path)
        events = result["events"]
        for index, item in enumerate(events):
            self.take(item, path, name)
            if index % 25 == 0 and self.feedback is not None:
                if self.feedback.isCanceled():
                    raise CancelledError()
                self.feedback.setProgress(100.0 * (number + index / len(events)) / count)
        if result["error"]:
            self.problem(report.errors, result["error"])
