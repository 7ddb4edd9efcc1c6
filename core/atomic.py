"""Atomic outputs: write to a temporary name beside the target, rename at the very end.

A cancelled or failed run leaves no half file and never touches the previous output (the
rename replaces it only on success, after the written file passed a check: ``PRAGMA
integrity_check`` for GeoPackages, the PDF trailer for PDFs, a caller's own ``verify``).
Inputs are never opened for writing.

Temporary files are named ``.<target>.ut<pid>-<host>-<random>.part<ext>``: a run killed with SIGKILL
cannot clean up, so the next run into the same folder removes temporary files of exactly this
naming that are older than the running process and whose process is gone — on this computer checked
by its process id; for another computer's file in a shared folder only when it has not been written
to for an hour. Nothing else is ever touched. A SIGTERM removes the temporary files of the running
writes before the process ends.
"""

import contextlib
import errno
import os
import re
import signal
import socket
import tempfile
import threading
import time

from .errors import UrbanTwinError
from .i18n import tr

# When this module was first imported: every temporary file this process creates is younger.
PROCESS_START = time.time()
# Ours only: a hidden name, our process id and host (files of 0.1 have neither), 8 random characters
# from tempfile, ".part", the extension and SQLite's side files.
TEMPORARY_NAME = re.compile(r"^\..+?\.(?:ut(?P<pid>\d+)-(?:(?P<host>[A-Za-z0-9]{1,24})-)?)?[a-z0-9_]{8}\.part"
                            r"(?:\.[A-Za-z0-9]{1,8})?(?:-journal|-wal|-shm)?$")
SIDE_FILES = ("", "-journal", "-wal", "-shm")
# Where the writer's process cannot be asked (another computer, Windows, files of 0.1): a temporary file
# nobody wrote to for this long is stale (a running import commits every few seconds).
UNWRITTEN_FOR = 3600
HOST = re.sub(r"[^A-Za-z0-9]", "", socket.gethostname())[:24] or "host"

try:  # lxml reports a failed write (full disk) as its own error, not as OSError
    from lxml.etree import SerialisationError as _SerialisationError
except ImportError:  # pragma: no cover - lxml ships with QGIS
    _SerialisationError = OSError
WRITE_ERRORS = (OSError, _SerialisationError)
DISK_ERRNOS = {getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EIO", "EROFS", "EFBIG") if hasattr(errno, name)}

_active = set()
_active_lock = threading.Lock()
_previous_sigterm = None


def check_writable_target(path):
    """Raise a clear error when ``path`` is a folder or its folder cannot be written."""
    if os.path.isdir(path):
        raise UrbanTwinError(tr("The output is a folder; please choose a file name."), path=path)
    folder = os.path.dirname(os.path.abspath(path)) or "."
    if not os.path.isdir(folder):
        raise UrbanTwinError(tr("The output folder does not exist."), path=folder)
    if not os.access(folder, os.W_OK):
        raise UrbanTwinError(tr("The output folder is not writable."), path=folder)


def _process_alive(pid):
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, belongs to someone else
    return True


def remove_stale_temporaries(folder, now=None):
    """Remove our temporary files in ``folder`` left by killed runs; returns the removed names.

    Only names of our own pattern, only when older than this process and (where the name carries
    a process id) that process no longer runs. Anything else in the folder is never touched."""
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        match = TEMPORARY_NAME.match(name)
        if not match:
            continue
        path = os.path.join(folder, name)
        try:
            modified = os.lstat(path).st_mtime
        except OSError:
            continue
        if modified >= PROCESS_START or not os.path.isfile(path) or os.path.islink(path):
            continue
        pid, host = match.group("pid"), match.group("host")
        if pid is not None and host == HOST and os.name == "posix":
            if _process_alive(int(pid)):
                continue
        elif (now or time.time()) - modified < UNWRITTEN_FOR:
            continue
        with contextlib.suppress(OSError):
            os.unlink(path)
            removed.append(name)
    return removed


def _remove_with_side_files(path):
    for leftover in (path + side for side in SIDE_FILES):
        if os.path.lexists(leftover):
            with contextlib.suppress(OSError):
                os.unlink(leftover)


def _on_sigterm(signum, frame):
    """Remove the temporary files of running writes, then end as the previous handler would."""
    with _active_lock:
        paths = list(_active)
    for path in paths:
        _remove_with_side_files(path)
    previous = _previous_sigterm
    if callable(previous):
        previous(signum, frame)
        return
    if previous == signal.SIG_IGN:
        return
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGTERM)


def _install_sigterm_cleanup():
    """Only possible from the main thread (qgis_process, scripts); desktop runs rely on the stale clean-up."""
    global _previous_sigterm
    if threading.current_thread() is not threading.main_thread():
        return
    current = signal.getsignal(signal.SIGTERM)
    if current is _on_sigterm:
        return
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signal.SIGTERM, _on_sigterm)
        _previous_sigterm = current


def verify_written(path, target):
    """Check a finished temporary file before it replaces ``target`` (by the target's extension)."""
    if not os.path.isfile(path):
        raise UrbanTwinError(tr("The output was not written."), path=target)
    extension = os.path.splitext(target)[1].lower()
    if extension in (".gpkg", ".sqlite", ".db"):
        from .write_checks import check_sqlite_integrity

        check_sqlite_integrity(path, target)
    elif extension == ".pdf":
        from .write_checks import check_pdf_complete

        check_pdf_complete(path, target)


@contextlib.contextmanager
def atomic_path(target, suffix=None, verify=None):
    """Yield a temporary path in the target's folder; on success check it, then rename it onto ``target``.

    ``verify(temporary_path)`` (optional) runs after the built-in check and may raise. On an exception
    (including cancellation and a failed check) the temporary file is removed and the target is left
    exactly as it was.
    """
    check_writable_target(target)
    folder = os.path.dirname(os.path.abspath(target)) or "."
    remove_stale_temporaries(folder)
    _install_sigterm_cleanup()
    base = os.path.basename(target)
    suffix = suffix if suffix is not None else os.path.splitext(base)[1]
    handle, tmp = tempfile.mkstemp(prefix=".{}.ut{}-{}-".format(base, os.getpid(), HOST), suffix=".part" + suffix, dir=folder)
    os.close(handle)
    os.unlink(tmp)  # writers (OGR, QGIS) want to create the file themselves
    with _active_lock:
        _active.add(tmp)
    try:
        yield tmp
        verify_written(tmp, target)
        if verify is not None:
            verify(tmp)
        _remove_with_side_files_only(tmp)
        os.replace(tmp, target)
    except WRITE_ERRORS as error:
        if isinstance(error, OSError) and not _is_write_error(error, tmp, target):
            raise  # e.g. an input that vanished: not ours to rename
        raise UrbanTwinError(tr("The output could not be written: {}").format(_write_error_text(error, folder)),
                             path=target) from error
    except UrbanTwinError as error:
        if error.path == tmp:  # name the output the user chose, not our hidden temporary file
            error.path = target
        raise
    finally:
        with _active_lock:
            _active.discard(tmp)
        _remove_with_side_files(tmp)


def _is_write_error(error, tmp, target):
    if error.errno in DISK_ERRNOS:
        return True
    names = {os.fspath(name) for name in (error.filename, error.filename2) if name is not None}
    return not names or bool(names & {tmp, target, tmp + "-journal", tmp + "-wal"})


def _write_error_text(error, folder):
    """The system's reason; writers that do not say why (lxml: "IO_WRITE") get "No space left" when that is the cause."""
    text = getattr(error, "strerror", None) or str(error)
    if not isinstance(error, OSError) and hasattr(os, "statvfs"):
        with contextlib.suppress(OSError):
            stat = os.statvfs(folder)
            if stat.f_bavail * stat.f_frsize < 256 * 1024:
                text = "{} ({})".format(os.strerror(errno.ENOSPC), text)
    return text


def _remove_with_side_files_only(path):
    """An empty -journal/-wal left by a closed SQLite connection must not stay behind the renamed file."""
    for side in SIDE_FILES[1:]:
        if os.path.lexists(path + side):
            with contextlib.suppress(OSError):
                os.unlink(path + side)
