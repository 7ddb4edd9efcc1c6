"""Shared base class for Urban Twin algorithms: groups, icon, help, translation, provenance."""

import os

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from .. import layer_kinds
from ..errors import UrbanTwinError
from ..i18n import tr

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


# Set by ui/ while the desktop GUI runs: factory(algorithm, parent) -> parameters dialog with inputs pre-filled by
# layer kind (toolbox, menu, locator all ask createCustomParametersWidget). None under qgis_process and in tests.
PARAMETERS_DIALOG_FACTORY = None


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
        """Runs ``run_algorithm()``; user errors (UrbanTwinError, naming file and object) become Processing errors."""
        try:
            return self.run_algorithm(parameters, context, feedback)
        except UrbanTwinError as error:
            raise QgsProcessingException(str(error)) from error

    def run_algorithm(self, parameters, context, feedback):
        raise NotImplementedError

    def preprocessParameters(self, parameters):  # noqa: N802 - QGIS API
        """Imports with a temporary target write beside their input (menu, toolbox and drop alike)."""
        from .result_loading import output_beside_input

        return output_beside_input(self.name(), parameters)

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        self._prepared_parameters = dict(parameters)  # postProcessAlgorithm gets no parameters
        return True

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802 - QGIS API
        """What a desktop run adds to the map is what a drop adds; results get their stored style."""
        from ..analysis.result_layers import DefaultStylePostProcessor
        from . import result_loading

        if result_loading.is_desktop(context):
            if self.name() == "importcitymodel":
                result_loading.load_citymodel_as_group(context)
            elif self.name() == "musterquartier":
                folder = self.parameterAsString(getattr(self, "_prepared_parameters", {}), "OUTPUT_FOLDER", context)
                if folder and os.path.isdir(folder):
                    result_loading.load_musterquartier(folder, context.project())
        DefaultStylePostProcessor.attach_all(context)
        return {}

    def input_kinds(self):
        """{parameter: layer kinds it takes, best first} for pre-filling the dialog (core/layer_kinds.py)."""
        return layer_kinds.INPUT_KINDS.get("urbantwin:" + self.name(), {})

    def createCustomParametersWidget(self, parent=None):  # noqa: N802 - QGIS API
        if PARAMETERS_DIALOG_FACTORY is None or not self.input_kinds():
            return None
        return PARAMETERS_DIALOG_FACTORY(self, parent)

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    def tr(self, text):
        return tr(text)
