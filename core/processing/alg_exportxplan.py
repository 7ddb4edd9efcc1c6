"""urbantwin:exportxplan — imported (and possibly edited) XPlan GeoPackage → XPlanGML 6.0, checked against the 6.0 schema."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..i18n import tr
from .base import UrbanTwinAlgorithm


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "exportxplan"
    ALG_GROUP = "xplanung"
    ICON = "export_xplan.svg"

    def display_name(self):
        return tr("Export XPlanGML 6.0")

    def help_text(self):
        return tr(
            "Writes the layers of a GeoPackage made by 'Import XPlanGML plan' (edited or not) as one XPlanGML 6.0 "
            "document in the element order of the official schema. Plans from XPlanGML 4.0 to 5.4 are converted: "
            "classes that 6.0 no longer has become their 6.0 successor (or the nearest general 6.0 class, keeping the "
            "original class and attributes as generic attributes), and values that 6.0 requires are filled in; each "
            "conversion is a warning in the log. Labels, tokens and normalised heights are derived fields and are not "
            "written.\n\n"
            "After writing, the file is checked against the XPlanGML 6.0 schema (shipped with the plugin). An invalid "
            "export fails and leaves nothing under the output name, unless 'Write even if schema-invalid' is set.\n\n"
            "Input GeoPackage: the imported plan.\n"
            "Output: the XPlanGML file to write (replaced only when the export succeeds).\n"
            "Schema folder: optional folder with XPlanGML_6_0/XPlanung-Operationen.xsd instead of the shipped schemas.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile(
            "INPUT", tr("XPlan GeoPackage"), behavior=QgsProcessingParameterFile.Behavior.File,
            fileFilter=tr("GeoPackage (*.gpkg)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("XPlanGML 6.0 file"), fileFilter=tr("XPlanGML (*.gml)")))
        self.addParameter(QgsProcessingParameterBoolean(
            "ALLOW_INVALID", tr("Write even if schema-invalid"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFile(
            "SCHEMA_DIR", tr("Schema folder (XPlanGML XSDs)"), behavior=QgsProcessingParameterFile.Behavior.Folder,
            optional=True))
        self.addOutput(QgsProcessingOutputNumber("FEATURES", tr("Number of objects")))
        self.addOutput(QgsProcessingOutputNumber("SCHEMA_ERRORS", tr("Number of schema errors")))
        self.addOutput(QgsProcessingOutputString("SCHEMA", tr("XML schema used")))

    def run_algorithm(self, parameters, context, feedback):
        from ..xplan.schemas import source_label
        from ..xplan.writer import export_xplan

        source = self.parameterAsFile(parameters, "INPUT", context)
        target = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        allow_invalid = self.parameterAsBoolean(parameters, "ALLOW_INVALID", context)
        schema_dir = self.parameterAsFile(parameters, "SCHEMA_DIR", context) or None
        result = export_xplan(source, target, feedback, allow_invalid=allow_invalid, schema_dir=schema_dir)
        for message in result.warnings:
            feedback.pushWarning(message)
        schema = tr("XPlanGML 6.0 – {} ({})").format(source_label(result.schema_source), result.schema_file)
        feedback.pushInfo(tr("Checked against: {}").format(schema))
        feedback.pushInfo(tr("{} objects written as XPlanGML 6.0.").format(result.count))
        return {"OUTPUT": target, "FEATURES": result.count, "SCHEMA_ERRORS": len(result.schema_errors), "SCHEMA": schema}
