"""Atomic outputs: write to a temporary name beside the target, rename at the very end.

A cancelled or failed run leaves no half file and never touches the previous output (the
rename replaces it only on success). Inputs are never opened for writing.
"""

import contextlib
import os
import tempfile

from .errors import UrbanTwinError
from .i18n import tr


def check_writable_target(path):
    """Raise a clear error when the folder of ``path`` cannot be written."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    if not os.path.isdir(folder):
        raise UrbanTwinError(tr("The output folder does not exist."), path=folder)
    if not os.access(folder, os.W_OK):
        raise UrbanTwinError(tr("The output folder is not writable."), path=folder)


@contextlib.contextmanager
def atomic_path(target, suffix=None):
    """Yield a temporary path in the target's folder; on success rename it onto ``target``.

    On an exception (including cancellation) the temporary file is removed and the target is
    left exactly as it was.
    """
    check_writable_target(target)
    folder = os.path.dirname(os.path.abspath(target)) or "."
    base = os.path.basename(target)
    suffix = suffix if suffix is not None else os.path.splitext(base)[1]
    handle, tmp = tempfile.mkstemp(prefix=".{}.".format(base), suffix=".part" + suffix, dir=folder)
    os.close(handle)
    os.unlink(tmp)  # writers (OGR, QGIS) want to create the file themselves
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        for leftover in (tmp, tmp + "-journal", tmp + "-wal", tmp + "-shm"):
            if os.path.exists(leftover):
                with contextlib.suppress(OSError):
                    os.unlink(leftover)
