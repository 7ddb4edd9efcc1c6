"""Shared base class for Urban Twin algorithms: groups, icon, help, translation, provenance."""

import os
import re
import time

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from .. import layer_kinds
from ..analysis.result_layers import database_results
from ..errors import CancelledError, UrbanTwinError
from ..i18n import tr
from ..runlog.recorder import record_run
from ..runlog.store import utc_now_iso

ICON_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "resources", "icons")

# groupId → English group name (ids and source names; the toolbox shows group_names(), translated)
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




def group_names():
    """Translated group names: literal tr() calls, so the translation tool sees them (a string inside GROUPS
    and tr(GROUPS[key]) left "Analysis" English in a German toolbox)."""
    return {
        "import": tr("Import"),
        "xplanung": tr("XPlanung"),
        "analysis": tr("Analysis"),
        "catalogue": tr("Catalogue"),
        "layout": tr("Layout"),
        "variants": tr("Planning variants"),
        "climate": tr("Climate adaptation"),
        "export3d": tr("Measuring and 3D export"),
        "participation": tr("Participation and benefit"),
        "models": tr("Models"),
    }


# own icon of every algorithm that does not name one (resources/icons/)
ICONS = {
    "plancompliance": "plancompliance.svg", "districtfigures": "districtfigures.svg", "solarpotential": "solar.svg",
    "shadow": "shadow.svg", "sunhours": "sunhours.svg", "publish": "publish.svg", "fetch": "fetch.svg",
    "musterquartier": "musterquartier.svg",
}
OPTIONAL_MARK = re.compile(r"\s*\(optional\)|,\s*optional(?=\))", re.IGNORECASE)


CONNECTION_WIDGET = "{}.ui.connection_widget.ConnectionWidgetWrapper".format(__package__.split(".")[0])
HELP_DIR = os.path.join(os.path.dirname(ICON_DIR), "help")


def help_file(name):
    return os.path.join(HELP_DIR, name + ".html")


def _layer_titles():
    """GeoPackage table → the name the planner sees in the layer panel."""
    return {
        "building_surfaces": tr("Building surfaces"),
        "bp_baugebietsteilflaeche": tr("Building zones"),
        "bp_ueberbaubaregrundstuecksflaeche": tr("Buildable plot areas"),
        "buildings": tr("Buildings"),
        "footprints": tr("Footprints"),
    }


def visible_layer_names(text):
    """Help speaks of the layers the user sees ("Gebäude", "Baugebiete"), not of table names (buildings,
    bp_baugebietsteilflaeche): table names in quotes, in brackets, next to "layer"/"Layer" or with an underscore."""
    titles = _layer_titles()

    def title(match):
        return "„{}“".format(titles[match.group("name")])

    names = "|".join(sorted(titles, key=len, reverse=True))
    text = re.sub(r"['‚„“\"](?P<name>{})['‘“”\"]".format(names), title, text)
    text = re.sub(r"(?<=\()(?P<name>{})(?=\))".format(names), lambda m: titles[m.group("name")], text)
    text = re.sub(r"\b(?P<name>building_surfaces|bp_baugebietsteilflaeche|bp_ueberbaubaregrundstuecksflaeche)\b", title, text)
    text = re.sub(r"\b(?P<name>buildings|footprints)(?=[ -](?:layer|Layer|oder|or)\b| \()", title, text)
    text = re.sub(r"(?<=\b(?:Layer|layer|Ebene) )(?P<name>buildings|footprints)\b", title, text)
    text = re.sub(r"(?:(?<=\boder )|(?<=\bor ))(?P<name>buildings|footprints)\b", title, text)
    return text


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
        return group_names().get(self.ALG_GROUP, GROUPS.get(self.ALG_GROUP, self.ALG_GROUP))

    def groupId(self):  # noqa: N802 - QGIS API
        return self.ALG_GROUP

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return visible_layer_names(self.help_text())

    def helpUrl(self):  # noqa: N802 - QGIS API
        """The help button opens the German HTML help shipped with the plugin (offline), not a web page."""
        path = help_file(self.ALG_NAME)
        if not os.path.exists(path):
            return ""
        from qgis.PyQt.QtCore import QUrl

        return QUrl.fromLocalFile(path).toString()

    def help_text(self):
        return ""

    def icon(self):
        name = self.ICON if self.ICON != UrbanTwinAlgorithm.ICON else ICONS.get(self.ALG_NAME, self.ICON)
        path = os.path.join(ICON_DIR, name)
        if not os.path.exists(path):
            path = os.path.join(ICON_DIR, "urban_twin.svg")
        return QIcon(path)

    def addParameter(self, definition, createOutput=True):  # noqa: N802,N803 - QGIS API
        """QGIS marks optional parameters itself ("[optional]"); a description saying "(optional)" too read
        "(optional) [optional]"."""
        description = visible_layer_names(definition.description())  # "Gebäude (Layer „Gebäude“ oder „Grundrisse“)"
        if definition.flags() & definition.Flag.FlagOptional:
            description = OPTIONAL_MARK.sub("", description)
        definition.setDescription(description)
        if definition.name() == "CATALOGUE" and definition.type() == "string":
            # dialogs show the configured connections as a drop-down; qgis_process still takes a name
            metadata = definition.metadata()
            metadata["widget_wrapper"] = {"class": CONNECTION_WIDGET}
            definition.setMetadata(metadata)
        return super().addParameter(definition, createOutput)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        """Runs ``run_algorithm()``; user errors (UrbanTwinError, naming file and object) become Processing errors.
        Every run, successful or not, is appended to the local run log (core/runlog; opt-out in the settings)."""
        started_at, started = utc_now_iso(), time.monotonic()
        results, failure = None, None
        try:
            database_results.take_warnings()  # none of an earlier run (or a script) reaches this one's log
            results = self.run_algorithm(parameters, context, feedback)
            results = database_results.rewrite(results, context)  # PostGIS targets → the tables QGIS loads
            for warning in database_results.take_warnings():
                if feedback is not None:
                    feedback.pushWarning(warning)
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
        self._prepared_parameters = dict(parameters)  # postProcessAlgorithm gets no parameters
        ok, message = self._own_checks(parameters, context)
        if not ok:
            raise QgsProcessingException(message)
        return True

    def preprocessParameters(self, parameters):  # noqa: N802 - QGIS API
        """What the dialog entered, cleaned before the run: ``pgconn:`` targets the output widget turned into file
        names are given back as typed; imports with a temporary target write beside their input (menu, toolbox and
        drop alike)."""
        from .destinations import unfold_database_targets
        from .result_loading import output_beside_input

        return output_beside_input(self.name(), unfold_database_targets(self, parameters))

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
