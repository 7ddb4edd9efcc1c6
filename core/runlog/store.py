"""The local, append-only run log: one row per Urban Twin algorithm run, in the QGIS profile.

Why: municipalities want evidence of what the twin saves ("Wirkungsnachweis"); nobody can show it unless runs are
recorded. What is recorded is deliberately thin and contains no personal data: algorithm id and version, start (UTC),
duration, success, how the run was started (desktop, qgis_process …), counts of objects handled, and content hashes
of inputs and outputs — never paths (they often carry user names), parameter values, user names or machine names.
The log stays on this machine; it is sent nowhere unless the user publishes a benefit report.

Storage: ``<QGIS profile>/urban_twin/runlog.sqlite`` (``URBANTWIN_RUNLOG`` overrides the path, e.g. for tests).
SQLite in WAL mode with a busy timeout, so concurrent runs (two ``qgis_process`` at once) both land; triggers refuse
UPDATE and DELETE, so the log is append-only. Opt-out: setting ``urban_twin/runlog/enabled`` = false (Settings
dialog) — then nothing is written.
"""

import datetime
import hashlib
import json
import os
import sqlite3

RUNLOG_ENV = "URBANTWIN_RUNLOG"
ENABLED_KEY = "urban_twin/runlog/enabled"
SCHEMA_VERSION = 1
FULL_HASH_LIMIT = 64 * 1024 * 1024  # larger files get a fingerprint (size + first and last MiB), see file_hash
BUSY_TIMEOUT_S = 30

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    algorithm TEXT NOT NULL,
    algorithm_version TEXT,
    started_at TEXT NOT NULL,
    duration_s REAL NOT NULL,
    succeeded INTEGER NOT NULL,
    error_kind TEXT,
    platform TEXT,
    objects INTEGER NOT NULL DEFAULT 0,
    counts TEXT,
    input_hashes TEXT,
    output_hashes TEXT
);
CREATE INDEX IF NOT EXISTS runs_started_at ON runs (started_at);
CREATE TRIGGER IF NOT EXISTS runs_append_only_update BEFORE UPDATE ON runs
BEGIN SELECT RAISE(ABORT, 'the Urban Twin run log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS runs_append_only_delete BEFORE DELETE ON runs
BEGIN SELECT RAISE(ABORT, 'the Urban Twin run log is append-only'); END;
"""
COLUMNS = ("algorithm", "algorithm_version", "started_at", "duration_s", "succeeded", "error_kind", "platform", "objects",
           "counts", "input_hashes", "output_hashes")


def runlog_path():
    """Where the run log lives: ``URBANTWIN_RUNLOG`` or ``<QGIS profile>/urban_twin/runlog.sqlite``."""
    override = os.environ.get(RUNLOG_ENV)
    if override:
        return override
    from qgis.core import QgsApplication

    return os.path.join(QgsApplication.qgisSettingsDirPath(), "urban_twin", "runlog.sqlite")


def logging_enabled():
    from qgis.core import QgsSettings

    value = QgsSettings().value(ENABLED_KEY, True)
    return str(value).lower() not in ("false", "0", "no")


def set_logging_enabled(enabled):
    from qgis.core import QgsSettings

    QgsSettings().setValue(ENABLED_KEY, bool(enabled))


def connect(path=None):
    path = path or runlog_path()
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
    connection.execute("PRAGMA busy_timeout = {}".format(BUSY_TIMEOUT_S * 1000))
    connection.execute("PRAGMA journal_mode = WAL")
    connection.executescript(SCHEMA)
    connection.execute("PRAGMA user_version = {}".format(SCHEMA_VERSION))
    return connection


def utc_now_iso():
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def file_hash(path):
    """sha256 of a file's content; files over 64 MiB get ``fp:`` + sha256 of size, first and last MiB (cheap, stable)."""
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as handle:
            digest = hashlib.sha256()
            if size <= FULL_HASH_LIMIT:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
                return digest.hexdigest()
            digest.update(str(size).encode())
            digest.update(handle.read(1 << 20))
            handle.seek(-(1 << 20), os.SEEK_END)
            digest.update(handle.read(1 << 20))
            return "fp:" + digest.hexdigest()
    except OSError:
        return None


def append(record, path=None):
    """Append one run (a dict with the COLUMNS keys; JSON for counts and hashes is made here)."""
    row = dict(record)
    row.setdefault("objects", 0)
    for key in ("counts", "input_hashes", "output_hashes"):
        if not isinstance(row.get(key), str) and row.get(key) is not None:
            row[key] = json.dumps(row[key], sort_keys=True)
    connection = connect(path)
    try:
        with connection:
            connection.execute("INSERT INTO runs ({}) VALUES ({})".format(", ".join(COLUMNS), ", ".join("?" * len(COLUMNS))),
                               [row.get(column) for column in COLUMNS])
    finally:
        connection.close()


def read_runs(start=None, end=None, path=None):
    """Runs with ``start <= started_at < end`` (ISO strings or dates; None = open), oldest first, as dicts."""
    path = path or runlog_path()
    if not os.path.exists(path):
        return []
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
    connection.row_factory = sqlite3.Row
    try:
        clauses, values = [], []
        if start is not None:
            clauses.append("started_at >= ?")
            values.append(_iso(start))
        if end is not None:
            clauses.append("started_at < ?")
            values.append(_iso(end))
        sql = "SELECT * FROM runs" + (" WHERE " + " AND ".join(clauses) if clauses else "") + " ORDER BY started_at, id"
        rows = []
        for row in connection.execute(sql, values):
            item = dict(row)
            for key in ("counts", "input_hashes", "output_hashes"):
                item[key] = json.loads(item[key]) if item[key] else ({} if key == "counts" else [])
            rows.append(item)
        return rows
    finally:
        connection.close()


def _iso(value):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(datetime.timezone.utc).replace(tzinfo=None)
        return value.replace(microsecond=0).isoformat() + "Z"
    if isinstance(value, datetime.date):
        return value.isoformat() + "T00:00:00Z"
    return str(value)
