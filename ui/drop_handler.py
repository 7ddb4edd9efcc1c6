"""Dropping city model or XPlanGML files on QGIS imports them in the background and loads them styled."""

import importlib

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.gui import QgsCustomDropHandler

from ..core import formats
from ..core.i18n import tr
from ..core.paths import default_import_target

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
        feedback = QgsProcessingFeedback()
        task = QgsProcessingAlgRunnerTask(algorithm, import_parameters(algorithm_id, path, target), context, feedback)
        entry = (task, context, feedback, algorithm)
        self.running.append(entry)

        def finished(successful, results):
            self.running.remove(entry)
            bar = self.iface.messageBar()
            if not successful:
                bar.pushMessage(tr("Urban Twin"), tr("Import failed: {}").format(path), level=Qgis.MessageLevel.Critical)
                return
            module = importlib.import_module("{}.{}".format(__package__.rsplit(".", 1)[0], loader_module))
            getattr(module, loader_name)(results.get("OUTPUT", target), QgsProject.instance())
            bar.pushMessage(tr("Urban Twin"), tr("Imported {} into {}").format(path, target), level=Qgis.MessageLevel.Success)

        task.executed.connect(finished)
        QgsApplication.taskManager().addTask(task)
        return task
