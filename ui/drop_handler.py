"""Dropping city model or XPlanGML files on QGIS imports them in the background and loads them styled."""

import importlib

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProject,
)
from qgis.gui import QgsCustomDropHandler

from ..core import formats
from ..core.paths import default_import_target
from .import_messages import CollectingFeedback, import_outcome, push_outcome

# format → (algorithm id, module in core/ with the project loader, loader function)
IMPORTERS = {
    formats.CITYGML: ("urbantwin:importcitymodel", "core.citymodel.project", "add_citymodel_to_project"),
    formats.CITYJSON: ("urbantwin:importcitymodel", "core.citymodel.project", "add_citymodel_to_project"),
    formats.CITYJSONSEQ: ("urbantwin:importcitymodel", "core.citymodel.project", "add_citymodel_to_project"),
    formats.XPLAN: ("urbantwin:importxplan", "core.xplan.project", "add_xplan_to_project"),
    formats.XPLAN_ZIP: ("urbantwin:importxplan", "core.xplan.project", "add_xplan_to_project"),
}


def import_parameters(algorithm_id, path, target):
    if algorithm_id == "urbantwin:importcitymodel":
        return {"INPUT": [path], "OUTPUT": target}
    return {"INPUT": path, "OUTPUT": target}


class UrbanTwinDropHandler(QgsCustomDropHandler):
    def __init__(self, iface):
        super().__init__()
        self.iface = iface
        self.running = []  # keep task, context and feedback alive until done
        self.last_task = None
        self.last_outcome = None

    def handleFileDrop(self, file):  # noqa: N802 - QGIS API
        kind = formats.sniff_format(file)
        if kind not in IMPORTERS:
            return False
        return self.start_import(file, kind) is not None

    def start_import(self, path, kind):
        algorithm_id, loader_module, loader_name = IMPORTERS[kind]
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        if algorithm is None:
            return None
        target = default_import_target(path)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = CollectingFeedback()  # keeps what was skipped and why, for the message bar
        task = QgsProcessingAlgRunnerTask(algorithm, import_parameters(algorithm_id, path, target), context, feedback)
        entry = (task, context, feedback, algorithm)
        self.running.append(entry)

        def finished(successful, results):
            self.running.remove(entry)
            self.finish_import(algorithm_id, path, target, successful, results, feedback, loader_module, loader_name)

        task.executed.connect(finished)
        self.last_task = task
        QgsApplication.taskManager().addTask(task)
        return task

    def finish_import(self, algorithm_id, path, target, successful, results, feedback, loader_module, loader_name):
        """Load what was imported (also a partial import) and say in the message bar what happened."""
        outcome = import_outcome(algorithm_id, path, successful, results, feedback)
        if successful:
            module = importlib.import_module("{}.{}".format(__package__.rsplit(".", 1)[0], loader_module))
            getattr(module, loader_name)(results.get("OUTPUT", target), QgsProject.instance())
        push_outcome(self.iface, outcome, path)
        self.last_outcome = outcome
        return outcome
