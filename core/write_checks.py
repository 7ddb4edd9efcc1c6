"""Checks that make a failed write a failed run (disk full, I/O errors), before anything is renamed into place.

GDAL's Python bindings without exceptions only log a failed COMMIT ("database or disk is full") and go
on; ``gdal_write_errors`` collects every GDAL error raised while writing and turns it into an
UrbanTwinError. The finished file is then checked as a whole (``PRAGMA integrity_check``, feature counts,
the PDF trailer) — a file that cannot prove it is complete never replaces an earlier output.
"""

import contextlib
import os
import sqlite3

from .errors import UrbanTwinError
from .i18n import tr


class _Collector:
    def __init__(self):
        self.messages = []

    def __call__(self, error_class, number, message):
        from osgeo import gdal

        if error_class in (gdal.CE_Failure, gdal.CE_Fatal):
            self.messages.append(str(message).strip())


@contextlib.contextmanager
def gdal_write_errors(target):
    """Within the block, every GDAL failure is collected; at its end any failure raises UrbanTwinError naming ``target``.

    RuntimeError (GDAL with exceptions switched on) becomes the same error."""
    from osgeo import gdal

    collector = _Collector()
    gdal.PushErrorHandler(collector)
    try:
        yield collector
    except RuntimeError as error:
        raise UrbanTwinError(tr("Writing failed: {}").format(error), path=target) from error
    finally:
        gdal.PopErrorHandler()
    if collector.messages:
        raise UrbanTwinError(tr("Writing failed: {}").format("; ".join(dict.fromkeys(collector.messages))), path=target)


def check_ogr(result, target, what):
    """OGR calls return 0 (OGRERR_NONE) on success; anything else is a failed write."""
    if result not in (0, None):
        from osgeo import gdal

        detail = gdal.GetLastErrorMsg() or what
        raise UrbanTwinError(tr("Writing failed: {} (OGR error {}).").format(detail, result), path=target)


def check_sqlite_integrity(path, target):
    """``PRAGMA integrity_check`` must answer ``ok``; a full disk or a torn write fails here."""
    try:
        connection = sqlite3.connect("file:{}?mode=ro".format(path), uri=True)
        try:
            answer = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise UrbanTwinError(tr("The written GeoPackage is damaged: {}").format(error), path=target) from error
    if answer != [("ok",)]:
        raise UrbanTwinError(tr("The written GeoPackage is damaged: {}").format("; ".join(str(row[0]) for row in answer[:3])),
                             path=target)


def check_feature_counts(path, expected, target):
    """Every layer in ``expected`` ({table: count}) holds exactly that many rows (read back with plain SQLite)."""
    connection = sqlite3.connect("file:{}?mode=ro".format(path), uri=True)
    try:
        for table, count in expected.items():
            try:
                found = connection.execute('SELECT COUNT(*) FROM "{}"'.format(table.replace('"', '""'))).fetchone()[0]
            except sqlite3.DatabaseError as error:
                raise UrbanTwinError(tr("The written GeoPackage is damaged: {}").format(error), path=target, obj=table) from error
            if found != count:
                raise UrbanTwinError(tr("Only {} of {} features were written.").format(found, count), path=target, obj=table)
    finally:
        connection.close()


def check_pdf_complete(path, target):
    """A PDF starts with %PDF- and ends with %%EOF (a full disk cuts the end off)."""
    size = os.path.getsize(path)
    with open(path, "rb") as handle:
        head = handle.read(5)
        handle.seek(max(0, size - 2048))
        tail = handle.read()
    if head != b"%PDF-" or b"%%EOF" not in tail:
        raise UrbanTwinError(tr("The written PDF is incomplete."), path=target)
