"""The ``urbantwin`` provider. Algorithms are discovered from ``alg_*.py`` modules in this package,
each exposing ``Algorithm`` (a QgsProcessingAlgorithm subclass): adding an algorithm is adding a file.
"""

import importlib
import os
import pkgutil

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from .base import ICON_DIR

PROVIDER_ID = "urbantwin"


def algorithm_modules():
    """Import every alg_*.py; a module that fails to import costs only its own algorithm (logged)."""
    package_dir = os.path.dirname(os.path.abspath(__file__))
    names = sorted(m.name for m in pkgutil.iter_modules([package_dir]) if m.name.startswith("alg_"))
    modules = []
    for name in names:
        try:
            modules.append(importlib.import_module("{}.{}".format(__package__, name)))
        except Exception as err:  # noqa: BLE001 - a broken module must not hide the other algorithms
            QgsMessageLog.logMessage("Cannot load {}: {!r}".format(name, err), "Urban Twin", Qgis.MessageLevel.Critical)
    return modules


MODEL_DIR = os.path.join(os.path.dirname(ICON_DIR), "models")


def shipped_models():
    """The .model3 models under resources/models (toolbox: Urban Twin → Modelle; built by scripts/build_models.py)."""
    from qgis.core import QgsProcessingModelAlgorithm

    models = []
    for name in sorted(os.listdir(MODEL_DIR)) if os.path.isdir(MODEL_DIR) else []:
        if not name.endswith(".model3"):
            continue
        model = QgsProcessingModelAlgorithm()
        if model.fromFile(os.path.join(MODEL_DIR, name)):
            models.append(model)
        else:
            QgsMessageLog.logMessage("Cannot load model " + name, "Urban Twin", Qgis.MessageLevel.Warning)
    return models


class UrbanTwinProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return "Urban Twin"

    def longName(self):  # noqa: N802 - QGIS API
        return tr("Urban Twin – urban digital twin tools")

    def icon(self):
        return QIcon(os.path.join(ICON_DIR, "urban_twin.svg"))

    def loadAlgorithms(self):  # noqa: N802 - QGIS API
        for module in algorithm_modules():
            algorithm_class = getattr(module, "Algorithm", None)
            if algorithm_class is None:
                QgsMessageLog.logMessage(
                    "{} has no Algorithm class".format(module.__name__), "Urban Twin", Qgis.MessageLevel.Warning
                )
                continue
            self.addAlgorithm(algorithm_class())
        for model in shipped_models():
            self.addAlgorithm(model)
        if not getattr(self, "_models_resolved", False):
            # the models' steps are this provider's own algorithms, which the registry knows only once the
            # provider is registered: load once more then, so the models get their outputs (PDF, layers)
            self._models_resolved = True
            registry = QgsApplication.processingRegistry()

            def reload(provider_id):
                if provider_id == PROVIDER_ID:
                    registry.providerAdded.disconnect(reload)
                    self.refreshAlgorithms()

            registry.providerAdded.connect(reload)
