"""Persistent outbox: a publication is committed here before any network I/O, so it survives a crash,
a network failure or a QGIS restart. Entries carry only the catalogue connection name, the record
JSON and the staged asset path (never a token or password). Also remembers the version token of
pulled records for conflict detection.
"""

import contextlib
import json
import os
import random
import time

from .index import thread_connection

PENDING, DONE, FAILED = "pending", "done", "failed"
MAX_ATTEMPTS = 10
MAX_DELAY_S = 15 * 60

SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, op TEXT NOT NULL, catalogue TEXT NOT NULL, record_id TEXT NOT NULL,
    payload_json TEXT NOT NULL, asset_path TEXT, sha256 TEXT, attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL DEFAULT 0, state TEXT NOT NULL, last_error TEXT, created_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS pulled (
    catalogue TEXT NOT NULL, record_id TEXT NOT NULL, token_json TEXT NOT NULL, PRIMARY KEY (catalogue, record_id));
"""


class OutboxEntry:
    def __init__(self, row):
        (self.seq, self.op, self.catalogue, self.record_id, payload, self.asset_path, self.sha256, self.attempts,
         self.next_attempt_at, self.state, self.last_error, self.created_at) = row
        self.record = json.loads(payload)


def retry_delay(attempts):
    """Full-jitter exponential backoff 2^n s, capped at 15 minutes."""
    return random.uniform(0, min(MAX_DELAY_S, 2 ** attempts))


class Outbox:
    def __init__(self, folder=None):
        from ..paths import profile_data_dir

        self.folder = os.path.abspath(folder) if folder else profile_data_dir("catalogue")
        self.staging_dir = os.path.join(self.folder, "staged")
        os.makedirs(self.staging_dir, exist_ok=True)
        self.db_path = os.path.join(self.folder, "outbox.sqlite")
        with self._db() as db:
            db.executescript(SCHEMA)

    @contextlib.contextmanager
    def _db(self):
        # WAL + NORMAL on a kept-open connection: a committed entry survives a crash of QGIS
        db = thread_connection(self.db_path)
        with db:
            yield db

    def staging_path(self, record_id):
        return os.path.join(self.staging_dir, record_id.replace(":", "~") + ".gpkg")

    def enqueue(self, catalogue, record, asset_path, sha256, op="publish"):
        with self._db() as db:
            cursor = db.execute(
                "INSERT INTO outbox (op, catalogue, record_id, payload_json, asset_path, sha256, state, created_at) VALUES (?,?,?,?,?,?,?,?)",
                (op, catalogue, record["id"], json.dumps(record, ensure_ascii=False), asset_path, sha256, PENDING, time.time()))
            return cursor.lastrowid

    def entries(self, state=None, catalogue=None):
        sql, args = "SELECT * FROM outbox WHERE 1=1", []
        if state:
            sql += " AND state = ?"
            args.append(state)
        if catalogue:
            sql += " AND catalogue = ?"
            args.append(catalogue)
        with self._db() as db:
            return [OutboxEntry(row) for row in db.execute(sql + " ORDER BY seq", args).fetchall()]

    def due(self, now=None, catalogue=None):
        now = time.time() if now is None else now
        return [e for e in self.entries(PENDING, catalogue) if e.next_attempt_at <= now]

    def get(self, seq):
        with self._db() as db:
            row = db.execute("SELECT * FROM outbox WHERE seq = ?", (seq,)).fetchone()
        return OutboxEntry(row) if row else None

    def mark_done(self, seq):
        entry = self.get(seq)
        with self._db() as db:
            db.execute("UPDATE outbox SET state = ?, last_error = NULL WHERE seq = ?", (DONE, seq))
        if entry and entry.asset_path and os.path.dirname(entry.asset_path) == self.staging_dir and os.path.exists(entry.asset_path):
            os.unlink(entry.asset_path)  # the catalogue's asset store has its own verified copy now

    def mark_retry(self, seq, error, permanent=False, now=None):
        """Count a failed attempt; after MAX_ATTEMPTS (or a permanent error) the entry is 'failed' (UI: retry/discard)."""
        now = time.time() if now is None else now
        entry = self.get(seq)
        attempts = entry.attempts + 1
        state = FAILED if permanent or attempts >= MAX_ATTEMPTS else PENDING
        with self._db() as db:
            db.execute("UPDATE outbox SET attempts = ?, next_attempt_at = ?, state = ?, last_error = ? WHERE seq = ?",
                       (attempts, now + retry_delay(attempts), state, str(error)[:2000], seq))

    def retry_now(self, seq):
        with self._db() as db:
            db.execute("UPDATE outbox SET state = ?, next_attempt_at = 0 WHERE seq = ?", (PENDING, seq))

    def discard(self, seq):
        entry = self.get(seq)
        with self._db() as db:
            db.execute("DELETE FROM outbox WHERE seq = ?", (seq,))
        if entry and entry.asset_path and os.path.dirname(entry.asset_path) == self.staging_dir and os.path.exists(entry.asset_path):
            os.unlink(entry.asset_path)

    def counts(self):
        with self._db() as db:
            rows = dict(db.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
        return {state: rows.get(state, 0) for state in (PENDING, DONE, FAILED)}

    # -- version tokens of pulled records (conflict detection) ---------------------------------------------
    def remember_pulled(self, catalogue, record_id, token):
        with self._db() as db:
            db.execute("INSERT OR REPLACE INTO pulled (catalogue, record_id, token_json) VALUES (?,?,?)",
                       (catalogue, record_id, json.dumps(token, sort_keys=True)))

    def pulled_token(self, catalogue, record_id):
        with self._db() as db:
            row = db.execute("SELECT token_json FROM pulled WHERE catalogue = ? AND record_id = ?", (catalogue, record_id)).fetchone()
        return json.loads(row[0]) if row else None
