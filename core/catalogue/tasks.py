"""Background work of the catalogue GUI as QgsTasks (no widgets here: the ui starts a task, keeps a
reference and reacts to its ``done`` signal, which is emitted in the main thread).

* ``SearchTask`` — one page of a catalogue search (``page`` or ``error`` when done);
* ``FetchTask`` — get a record and its data file into the content-addressed cache, SHA-256 verified
  (``record``, ``path`` or ``error`` when done). Loading the layers (``sync.result_layers``) and adding
  them to the project stays in the main thread.

Both report progress and can be cancelled: ``cancel()`` also cancels the QgsFeedback handed to the one
HTTP transport (core/net), which aborts a running request at once (its timeouts and TLS rules apply
unchanged). A cancelled task ends with ``cancelled`` True and neither a result nor an error.

``catalogue`` is a connection name (resolved in the worker thread, like every backend object is
created in the thread that uses it) or a callable returning a backend object.
"""

from qgis.core import QgsFeedback, QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..errors import UrbanTwinError
from ..i18n import tr


def _resolve(catalogue):
    if callable(catalogue):
        return catalogue()
    from .connections import open_catalogue

    return open_catalogue(catalogue)


class CatalogueTask(QgsTask):
    """Common part: a QgsFeedback tied to the task's cancel and progress, errors kept as a message."""

    done = pyqtSignal(object)  # the task itself, emitted in the main thread when it has finished or was cancelled

    def __init__(self, description):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.feedback = QgsFeedback()
        self.error = None
        self.cancelled = False

    def cancel(self):  # noqa: D401 - QgsTask API
        self.feedback.cancel()
        super().cancel()

    def _progress(self, value):
        self.setProgress(value)

    def run(self):
        self.feedback.progressChanged.connect(self._progress)
        try:
            self.work()
        except UrbanTwinError as err:
            self.error = str(err)
        except Exception as err:  # noqa: BLE001 - a worker thread must never take QGIS down
            self.error = tr("Unexpected error: {}").format(err)
        if self.isCanceled() or self.feedback.isCanceled():
            self.cancelled = True
            self.error = None
            return False
        return self.error is None

    def work(self):
        raise NotImplementedError

    def finished(self, result):  # runs in the main thread
        if not result and self.error is None and not self.cancelled:
            self.cancelled = True  # cancelled before it started
        self.done.emit(self)


class SearchTask(CatalogueTask):
    """One page of ``backend.search(**params)``; ``page`` (SearchPage) when done."""

    def __init__(self, catalogue, bbox=None, q=None, datetime=None, record_type=None, limit=25, offset=0):
        super().__init__(tr("Urban Twin: searching the catalogue"))
        self.catalogue = catalogue
        self.params = {"bbox": bbox, "q": q, "datetime": datetime, "record_type": record_type, "limit": limit, "offset": offset}
        self.page = None

    def work(self):
        backend = _resolve(self.catalogue)
        self.setProgress(10)
        page = backend.search(feedback=self.feedback, **self.params)
        if not self.isCanceled():
            self.page = page
            self.setProgress(100)


class FetchTask(CatalogueTask):
    """A record and its verified data file in the cache; ``record`` and ``path`` when done.

    ``outbox_folder``: remember the pulled version there (base of later metadata corrections)."""

    def __init__(self, catalogue, record_id, cache_dir=None, outbox_folder=None):
        super().__init__(tr("Urban Twin: loading a catalogue record"))
        self.catalogue = catalogue
        self.record_id = record_id
        self.record = None
        self.cache_dir = cache_dir
        self.outbox_folder = outbox_folder
        self.path = None

    def work(self):
        from .outbox import Outbox
        from .sync import default_cache_dir, fetch_record

        backend = _resolve(self.catalogue)
        self.setProgress(5)
        outbox = Outbox(self.outbox_folder) if self.outbox_folder else None
        record, path = fetch_record(backend, self.record_id, cache_dir=self.cache_dir or default_cache_dir(), outbox=outbox,
                                    feedback=self.feedback)
        if not self.isCanceled():
            self.record, self.path = record, path
            self.setProgress(100)
