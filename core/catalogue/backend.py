"""What every catalogue backend offers (local, shared folder, OGC API – Records)."""

from ..errors import UrbanTwinError
from ..i18n import tr
from .record import version_token


class ConflictError(UrbanTwinError):
    """The record changed in the catalogue since it was pulled; nothing was written.

    ``ours`` and ``theirs`` are the two version tokens, so the GUI can show the difference."""

    def __init__(self, record_id, ours=None, theirs=None, message=None):
        super().__init__(message or tr("The record was changed in the catalogue since you loaded it; your change was not written."), obj=record_id)
        self.record_id = record_id
        self.ours = ours
        self.theirs = theirs


class SearchPage:
    """One page of search results: ``records`` (full dicts), ``matched`` (total or None), ``next_offset`` or None;
    ``offline`` is True when a remote catalogue answered from its offline copy."""

    offline = False

    def __init__(self, records, matched, offset, limit):
        self.records = records
        self.matched = matched
        self.offset = offset
        self.limit = limit
        more = (offset + len(records) < matched) if matched is not None else len(records) == limit
        self.next_offset = offset + len(records) if more and records else None


def check_base(record_id, current, base_token):
    """Compare-before-write: raise ConflictError unless the stored record still matches ``base_token``."""
    if base_token is None:
        return
    theirs = version_token(current) if current else None
    if theirs != base_token:
        raise ConflictError(record_id, ours=base_token, theirs=theirs)


class CatalogueBackend:
    kind = ""
    name = ""

    def search(self, bbox=None, q=None, datetime=None, record_type=None, limit=10, offset=0, feedback=None):
        raise NotImplementedError

    def get(self, record_id, feedback=None, offline_ok=False):
        """The record dict, or None when there is none with this id (``offline_ok``: a remote backend may
        answer from its offline copy)."""
        raise NotImplementedError

    def create(self, record, feedback=None):
        raise NotImplementedError

    def replace(self, record_id, record, base_token, feedback=None):
        raise NotImplementedError

    def delete(self, record_id, base_token=None, feedback=None):
        raise NotImplementedError

    def upload_asset(self, path, sha256_hex, feedback=None):
        """Store the data file, verify it, return its href."""
        return self.asset_store.put(path, sha256_hex)

    def fetch_asset(self, record, cache_dir, feedback=None):
        from .assets import fetch_verified
        from .record import enclosure, sha256_from_checksum

        link = enclosure(record)
        if not link:
            from .record import RecordError

            raise RecordError(tr("The record has no data file (no enclosure link)."), obj=record.get("id"))
        store = getattr(self, "asset_store", None)
        roots = [store.folder] if store is not None and getattr(store, "folder", None) else []
        return fetch_verified(link.get("href", ""), cache_dir, sha256_from_checksum(link.get("file:checksum")),
                              link.get("file:size", link.get("length")), authcfg=getattr(self, "authcfg", None), feedback=feedback,
                              allowed_roots=roots, record_id=record.get("id"))

    def capabilities(self):
        return {"transactions": True, "etag": False, "patch": False, "q_fields": ["title", "description"]}
