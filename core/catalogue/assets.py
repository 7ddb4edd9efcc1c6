"""Asset stores (where the GeoPackage of a record lives) and the verified, content-addressed download.

A store has ``put(path, sha256_hex) -> href`` and ``verify(href, sha256_hex, size)``. The folder
store (local disk or a network share) writes ``<sha256>.gpkg`` temp-then-rename, so a reader never
sees half a file and a repeated upload is a no-op. An S3-compatible store would implement the same
two methods (presigned PUT, HEAD for size).
"""

import os
import shutil
import tempfile
import urllib.parse
import urllib.request

from ..errors import UrbanTwinError
from ..i18n import tr
from .record import sha256_file


class IntegrityError(UrbanTwinError):
    """A downloaded or uploaded asset does not match its SHA-256 / size: rejected, nothing kept."""


class LinkRefused(IntegrityError):
    """A record's data link points somewhere the client must not read (a local file outside the connection's
    asset folder, plain http to another host, ftp, …): refused before anything is read."""


def is_below(path, root):
    """True when ``path`` (symlinks and '..' resolved) lies inside the folder ``root``."""
    real, base = os.path.realpath(path), os.path.realpath(root)
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


def check_asset_href(href, allowed_roots=(), record_id=None):
    """Where a data link may point: ``https``; ``http`` only to loopback (test servers); ``file://`` (or a
    bare path) only below one of ``allowed_roots`` — the asset folder the connection itself configures.
    A record from a server never makes the client read an arbitrary local file (``file:///etc/passwd``
    with a matching hash would otherwise be copied into the cache). Returns the local path or None."""
    from ..net.http import is_loopback

    parts = urllib.parse.urlsplit(href or "")
    scheme = parts.scheme.lower()
    if scheme == "https" and parts.hostname:
        return None
    if scheme == "http" and is_loopback(href):
        return None
    if scheme in ("file", "") and href:
        local = href_to_path(href)
        if parts.netloc not in ("", "localhost"):
            local = None  # file://host/share: a UNC path the connection did not name
        if local and any(root and is_below(local, root) for root in allowed_roots or ()):
            return local
        raise LinkRefused(tr("The record's data link points to a local file outside the catalogue's asset folder; refused: {}"
                             ).format(href[:200]), obj=record_id)
    raise LinkRefused(tr("The record's data link uses a scheme that is not allowed (only https, or a file in the catalogue's "
                         "asset folder); refused: {}").format(href[:200]), obj=record_id)


def path_to_href(path):
    from qgis.PyQt.QtCore import QUrl

    return QUrl.fromLocalFile(os.path.abspath(path)).toString()


def href_to_path(href):
    parts = urllib.parse.urlsplit(href)
    if parts.scheme == "file":
        return urllib.request.url2pathname(parts.path)
    if not parts.scheme:
        return href
    return None


def copy_atomic(source, target):
    """Copy via a temp file in the target folder and rename (network shares included)."""
    folder = os.path.dirname(os.path.abspath(target))
    os.makedirs(folder, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=".", suffix=".part", dir=folder)
    os.close(handle)
    try:
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


class FolderAssetStore:
    """Assets as ``<folder>/<sha256>.gpkg``; href is a file:// URL valid for everyone who mounts the share."""

    def __init__(self, folder):
        self.folder = os.path.abspath(folder)

    def target(self, sha256_hex):
        return os.path.join(self.folder, "{}.gpkg".format(sha256_hex))

    def put(self, path, sha256_hex):
        target = self.target(sha256_hex)
        if not (os.path.exists(target) and sha256_file(target) == sha256_hex):
            copy_atomic(path, target)
        self.verify(path_to_href(target), sha256_hex, os.path.getsize(path))
        return path_to_href(target)

    def verify(self, href, sha256_hex, size):
        path = href_to_path(href)
        if path is None or not os.path.exists(path) or os.path.getsize(path) != size or sha256_file(path) != sha256_hex:
            raise IntegrityError(tr("The uploaded asset could not be verified (size or SHA-256 differ)."), path=href)

    def list_assets(self):
        if not os.path.isdir(self.folder):
            return []
        return sorted(name for name in os.listdir(self.folder) if name.endswith(".gpkg"))


def fetch_verified(href, cache_dir, sha256_hex, size=None, authcfg=None, feedback=None, timeout_s=120, allowed_roots=(), record_id=None):
    """The asset as ``<cache_dir>/<sha256>.gpkg`` (content-addressed: reused when present and valid).

    The link is checked first (``check_asset_href``: local files only below ``allowed_roots``). Downloads
    to a ``.part`` file, checks size and SHA-256, and only then renames; a mismatch raises IntegrityError
    and leaves nothing behind.
    """
    from ..net import request

    local = check_asset_href(href, allowed_roots, record_id)
    if not sha256_hex:
        raise IntegrityError(tr("The record gives no SHA-256 checksum for its data; refusing to load unverified data."), path=href)
    os.makedirs(cache_dir, exist_ok=True)
    target = os.path.join(cache_dir, "{}.gpkg".format(sha256_hex))
    if os.path.exists(target) and sha256_file(target) == sha256_hex:
        return target
    handle, part = tempfile.mkstemp(prefix=".{}.".format(sha256_hex[:12]), suffix=".part", dir=cache_dir)
    os.close(handle)
    try:
        if local is not None:
            if not os.path.exists(local):
                raise IntegrityError(tr("The data file of the record is missing."), path=local)
            shutil.copyfile(local, part)
        else:
            response = request("GET", href, authcfg=authcfg, timeout_s=timeout_s, feedback=feedback)
            with open(part, "wb") as out:
                out.write(response.body)
        actual_size = os.path.getsize(part)
        if size is not None and int(size) != actual_size:
            raise IntegrityError(tr("Downloaded data has {} bytes, the record says {}; rejected.").format(actual_size, size), path=href)
        actual = sha256_file(part)
        if actual != sha256_hex:
            raise IntegrityError(tr("Downloaded data does not match the record's SHA-256 checksum; rejected."), path=href)
        os.replace(part, target)
        return target
    finally:
        if os.path.exists(part):
            os.unlink(part)
