"""The embedded catalogues: no server needed.

* ``LocalCatalogue`` – one user: ``<folder>/udt_catalogue.sqlite`` (records + FTS5 + R-tree) and
  ``<folder>/assets/<sha256>.gpkg`` beside it. Default folder: the QGIS profile.
* ``SharedFolderCatalogue`` – a team on a network share: one JSON file per record in
  ``<folder>/records/`` and assets in ``<folder>/assets/``, all written temp-then-rename; every user
  indexes the files into a private SQLite cache (no shared SQLite locking).
"""

import hashlib
import json
import os
import tempfile

from ..i18n import tr
from .assets import FolderAssetStore
from .backend import CatalogueBackend, ConflictError, SearchPage, check_base
from .index import RecordIndex
from .record import HASH_MEMBER, RecordError, check_record, client_copy, content_hash, now_iso, validate_id

DB_NAME = "udt_catalogue.sqlite"


def _same_content(a, b):
    return content_hash(a) == content_hash(b)


class LocalCatalogue(CatalogueBackend):
    kind = "local"

    def __init__(self, folder, name="local"):
        self.folder = os.path.abspath(folder)
        self.name = name
        os.makedirs(self.folder, exist_ok=True)
        self.index = RecordIndex(os.path.join(self.folder, DB_NAME))
        self.asset_store = FolderAssetStore(os.path.join(self.folder, "assets"))

    def search(self, bbox=None, q=None, datetime=None, record_type=None, limit=10, offset=0, feedback=None):
        records, matched = self.index.search(bbox, q, datetime, record_type, limit, offset)
        return SearchPage(records, matched, offset, limit)

    def get(self, record_id, feedback=None, offline_ok=False):
        validate_id(record_id)
        return self.index.get(record_id)

    def create(self, record, feedback=None):
        """Insert; a repeat with identical content is a no-op (retries never duplicate)."""
        record = check_record(client_copy(record))
        existing = self.get(record["id"])
        if existing is not None:
            if _same_content(existing, record):
                return existing
            raise ConflictError(record["id"], message=tr("A different record with this id already exists."))
        self.index.put(record)
        return record

    def replace(self, record_id, record, base_token, feedback=None):
        validate_id(record_id)
        record = check_record(client_copy(record))
        if record["id"] != record_id:
            raise RecordError(tr("The record id does not match the id it replaces."), obj=record_id)
        check_base(record_id, self.get(record_id), base_token)
        record["properties"]["updated"] = now_iso()
        record["properties"][HASH_MEMBER] = content_hash(record)
        self.index.put(record)
        return record

    def delete(self, record_id, base_token=None, feedback=None):
        validate_id(record_id)
        current = self.get(record_id)
        if current is None:
            return False
        check_base(record_id, current, base_token)
        self.index.delete(record_id)
        return True


def record_file_name(record_id):
    # ':' is not allowed in SMB/Windows file names; '~' never occurs in an id, so the mapping is reversible
    return validate_id(record_id).replace(":", "~") + ".json"


class SharedFolderCatalogue(CatalogueBackend):
    kind = "folder"

    def __init__(self, folder, name="folder", index_dir=None):
        from ..paths import profile_data_dir

        self.folder = os.path.abspath(folder)
        self.name = name
        self.records_dir = os.path.join(self.folder, "records")
        os.makedirs(self.records_dir, exist_ok=True)
        self.asset_store = FolderAssetStore(os.path.join(self.folder, "assets"))
        index_dir = index_dir or profile_data_dir("catalogue", "index")
        os.makedirs(index_dir, exist_ok=True)
        key = hashlib.sha1(self.folder.encode("utf-8")).hexdigest()[:16]
        self.index = RecordIndex(os.path.join(index_dir, "folder-{}.sqlite".format(key)))

    # -- files -----------------------------------------------------------------------------------
    def _path(self, record_id):
        return os.path.join(self.records_dir, record_file_name(record_id))

    def _read(self, path):
        try:
            with open(path, encoding="utf-8") as handle:
                return check_record(json.load(handle), source=path)
        except (OSError, ValueError) as err:
            raise RecordError(tr("Cannot read the record file: {}").format(err), path=path) from err

    def _write(self, record):
        handle, tmp = tempfile.mkstemp(prefix=".", suffix=".part", dir=self.records_dir)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(record, out, ensure_ascii=False, indent=1, sort_keys=True)
            os.replace(tmp, self._path(record["id"]))
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)

    def refresh(self):
        """Bring the private index up to date with the files other users wrote (changed, new, removed)."""
        known = self.index.stamps()
        seen = set()
        with self.index.connect() as db:
            for entry in os.scandir(self.records_dir):
                if not entry.name.endswith(".json") or entry.name.startswith("."):
                    continue
                stat = entry.stat()
                stamp = "{}:{}".format(stat.st_mtime_ns, stat.st_size)
                record_id = entry.name[:-5].replace("~", ":")
                seen.add(record_id)
                if known.get(record_id) == stamp:
                    continue
                try:
                    record = self._read(entry.path)
                except RecordError:
                    continue  # a broken file is skipped in search; get() reports it
                self.index.put(record, stamp, db)
            for record_id in set(known) - seen:
                self.index.remove(record_id, db)

    # -- backend API -------------------------------------------------------------------------------
    def search(self, bbox=None, q=None, datetime=None, record_type=None, limit=10, offset=0, feedback=None):
        self.refresh()
        records, matched = self.index.search(bbox, q, datetime, record_type, limit, offset)
        return SearchPage(records, matched, offset, limit)

    def get(self, record_id, feedback=None, offline_ok=False):
        path = self._path(record_id)
        return self._read(path) if os.path.exists(path) else None

    def create(self, record, feedback=None):
        record = check_record(client_copy(record))
        existing = self.get(record["id"])
        if existing is not None:
            if _same_content(existing, record):
                return existing
            raise ConflictError(record["id"], message=tr("A different record with this id already exists."))
        self._write(record)
        return record

    def replace(self, record_id, record, base_token, feedback=None):
        record = check_record(client_copy(record))
        if record["id"] != record_id:
            raise RecordError(tr("The record id does not match the id it replaces."), obj=record_id)
        check_base(record_id, self.get(record_id), base_token)
        record["properties"]["updated"] = now_iso()
        record["properties"][HASH_MEMBER] = content_hash(record)
        self._write(record)
        return record

    def delete(self, record_id, base_token=None, feedback=None):
        current = self.get(record_id)
        if current is None:
            return False
        check_base(record_id, current, base_token)
        os.unlink(self._path(record_id))
        return True
