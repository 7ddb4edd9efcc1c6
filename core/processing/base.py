"""Shared base class for Urban Twin algorithms: groups, icon, help, translation, provenance."""

import os
import time

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ..errors import CancelledError, UrbanTwinError
from ..i18n import tr
from ..runlog.recorder import record_run
from ..runlog.store import utc_now_iso

ICON_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "resources", "icons")

# groupId → English group name (translated at call time)
GROUPS = {
    "import": "Import",
    "xplanung": "XPlanung",
    "analysis": "Analysis",
    "catalogue": "Catalogue",
    "layout": "Layout",
    "variants": "Planning variants",
    "climate": "Climate adaptation",
    "export3d": "Measuring and 3D export",
    "participation": "Participation and benefit",
    "models": "Models",
}


class UrbanTwinAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ALG_NAME, ALG_GROUP (a GROUPS key) and implement display_name(), help_text()."""

    ALG_NAME = ""
    ALG_GROUP = "import"
    ICON = "urban_twin.svg"

    def name(self):
        return self.ALG_NAME

    def displayName(self):  # noqa: N802 - QGIS API
        return self.display_name()

    def display_name(self):
        raise NotImplementedError

    def group(self):
        return tr(GROUPS[self.ALG_GROUP])

    def groupId(self):  # noqa: N802 - QGIS API
        return self.ALG_GROUP

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.help_text()

    def help_text(self):
        return ""

    def icon(self):
        path = os.path.join(ICON_DIR, self.ICON)
        if not os.path.exists(path):
            path = os.path.join(ICON_DIR, "urban_twin.svg")
        return QIcon(path)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        """Runs ``run_algorithm()``; user errors (UrbanTwinError, naming file and object) become Processing errors.
        Every run, successful or not, is appended to the local run log (core/runlog; opt-out in the settings)."""
        started_at, started = utc_now_iso(), time.monotonic()
        results, failure = None, None
        try:
            results = self.run_algorithm(parameters, context, feedback)
            if feedback is not None and feedback.isCanceled():
                failure = CancelledError()
            return results
        except UrbanTwinError as error:
            failure = error
            raise QgsProcessingException(str(error)) from error
        except BaseException as error:
            failure = error
            raise
        finally:
            record_run(self, parameters, context, results, started_at, time.monotonic() - started, failure)

    def run_algorithm(self, parameters, context, feedback):
        raise NotImplementedError

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        """Early refusal (dialog, qgis_process): an output that is an input, a folder or not writable; a field
        parameter that names a field its layer does not have."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        return self._own_checks(parameters, context)

    def _own_checks(self, parameters, context):
        from .destinations import check_destinations
        from .field_check import unknown_field_messages

        try:
            check_destinations(self, parameters, context)
        except UrbanTwinError as error:
            return False, str(error)
        problems = unknown_field_messages(self, parameters, context)
        return (False, "\n".join(problems)) if problems else (True, "")

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        """The same checks before any work for every way of running (inside models QGIS does not check)."""
        ok, message = self._own_checks(parameters, context)
        if not ok:
            raise QgsProcessingException(message)
        return True

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    def tr(self, text):
        return tr(text)
