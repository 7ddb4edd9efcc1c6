"""SQLite index of records: FTS5 full text (title, description, keywords) and an R-tree on the bbox.

Used as the store of the local catalogue and as the per-user cache index of a shared folder
catalogue (never a SQLite file on a network share: SMB locking is unreliable).
"""

import contextlib
import json
import os
import re
import sqlite3
import threading

from .record import HASH_MEMBER, record_bbox

SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, json TEXT NOT NULL, title TEXT, updated TEXT,
    t_start TEXT, t_end TEXT, type TEXT, version INTEGER, content_hash TEXT, source_stamp TEXT);
CREATE VIRTUAL TABLE IF NOT EXISTS records_fts USING fts5(title, description, keywords);
CREATE VIRTUAL TABLE IF NOT EXISTS records_rtree USING rtree(rowid, minx, maxx, miny, maxy);
"""


_connections = threading.local()


def thread_connection(db_path):
    """A SQLite connection per (thread, file) in WAL mode with synchronous=NORMAL: a committed
    transaction survives a crash of QGIS; sqlite3 connections must not cross threads."""
    cache = getattr(_connections, "cache", None)
    if cache is None:
        cache = _connections.cache = {}
    db = cache.get(db_path)
    if db is not None and not os.path.exists(db_path):
        db.close()  # the file was removed (folder deleted or moved): never write into a dead inode
        db = None
    if db is None:
        db = sqlite3.connect(db_path, timeout=15)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        cache[db_path] = db
    return db


def close_thread_connections():
    for db in (getattr(_connections, "cache", None) or {}).values():
        db.close()
    _connections.cache = {}


def fts_query(text):
    """User text → an FTS5 expression of quoted prefix terms (AND); no FTS syntax from the user gets through."""
    terms = [t for t in re.split(r"[\s,;]+", text or "") if t]
    return " ".join('"{}"*'.format(t.replace('"', '""')) for t in terms)


def parse_interval(datetime_text):
    """'a/b', 'a/..', '../b' or one instant → (start or None, end or None)."""
    if not datetime_text:
        return None, None
    if "/" in datetime_text:
        start, end = datetime_text.split("/", 1)
    else:
        start = end = datetime_text
    start = None if start in ("", "..") else start
    end = None if end in ("", "..") else end
    return start, end


class RecordIndex:
    def __init__(self, db_path):
        self.db_path = db_path
        with self.connect() as db:
            db.executescript(SCHEMA)

    @contextlib.contextmanager
    def connect(self):
        """One transaction on this thread's connection (kept open: opening and closing a WAL database
        per statement cost a checkpoint each time)."""
        db = thread_connection(self.db_path)
        with db:
            yield db

    def put(self, record, source_stamp=None, db=None):
        if db is None:
            with self.connect() as conn:
                return self.put(record, source_stamp, conn)
        props = record.get("properties") or {}
        interval = ((record.get("time") or {}).get("interval") or [None, None]) if isinstance(record.get("time"), dict) else [None, None]
        start = interval[0] if interval else None
        end = interval[-1] if interval else None
        self.remove(record["id"], db)
        cursor = db.execute(
            "INSERT INTO records (id, json, title, updated, t_start, t_end, type, version, content_hash, source_stamp) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (record["id"], json.dumps(record, ensure_ascii=False), props.get("title"), props.get("updated"), start, end,
             props.get("type"), props.get("udt:version"), props.get(HASH_MEMBER), source_stamp))
        rowid = cursor.lastrowid
        db.execute("INSERT INTO records_fts (rowid, title, description, keywords) VALUES (?,?,?,?)",
                   (rowid, props.get("title") or "", props.get("description") or "", " ".join(props.get("keywords") or [])))
        bbox = record_bbox(record)
        if bbox:
            db.execute("INSERT INTO records_rtree (rowid, minx, maxx, miny, maxy) VALUES (?,?,?,?,?)", (rowid, bbox[0], bbox[2], bbox[1], bbox[3]))
        return rowid

    def remove(self, record_id, db):
        row = db.execute("SELECT rowid FROM records WHERE id = ?", (record_id,)).fetchone()
        if row:
            db.execute("DELETE FROM records WHERE rowid = ?", row)
            db.execute("DELETE FROM records_fts WHERE rowid = ?", row)
            db.execute("DELETE FROM records_rtree WHERE rowid = ?", row)

    def get(self, record_id):
        with self.connect() as db:
            row = db.execute("SELECT json FROM records WHERE id = ?", (record_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def stamps(self):
        with self.connect() as db:
            return dict(db.execute("SELECT id, source_stamp FROM records").fetchall())

    def search(self, bbox=None, q=None, datetime=None, record_type=None, limit=10, offset=0):
        where, args = [], []
        expression = fts_query(q)
        if expression:
            where.append("rowid IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)")
            args.append(expression)
        if bbox:
            minx, miny, maxx, maxy = bbox
            where.append("rowid IN (SELECT rowid FROM records_rtree WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?)")
            args += [maxx, minx, maxy, miny]
        start, end = parse_interval(datetime)
        if end:  # the record starts before the query interval ends (ISO strings compare in time order)
            where.append("COALESCE(t_start, updated) <= ?")
            args.append(end)
        if start:
            where.append("COALESCE(t_end, updated) >= substr(?, 1, length(COALESCE(t_end, updated)))")
            args.append(start)
        if record_type:
            where.append("type = ?")
            args.append(record_type)
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        with self.connect() as db:
            matched = db.execute("SELECT count(*) FROM records" + clause, args).fetchone()[0]
            rows = db.execute("SELECT json FROM records" + clause + " ORDER BY updated DESC, id LIMIT ? OFFSET ?",
                              args + [int(limit), int(offset)]).fetchall()
        return [json.loads(r[0]) for r in rows], matched

    def delete(self, record_id):
        with self.connect() as db:
            self.remove(record_id, db)

    def count(self):
        with self.connect() as db:
            return db.execute("SELECT count(*) FROM records").fetchone()[0]
