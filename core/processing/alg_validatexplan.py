"""urbantwin:validatexplan — schema, geometry and semantic checks of an XPlanGML plan with JSON/HTML reports."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsWkbTypes,
)

from ..fieldtypes import FieldType
from ..i18n import tr
from .base import UrbanTwinAlgorithm


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "validatexplan"
    ALG_GROUP = "xplanung"
    ICON = "validate_xplan.svg"

    def display_name(self):
        return tr("Validate XPlanGML plan")

    def help_text(self):
        return tr(
            "Checks an XPlanGML plan like the XPlanValidator of the XLeitstelle: the XML schema of its version, "
            "geometry (closed and correctly oriented rings, self-intersections, duplicate points, objects inside the "
            "Geltungsbereich within 1 mm, Flächenschluss gaps and overlaps above 2 mm) and semantic rules "
            "(allgArt/besondereArt, relative heights need the plan's Bezugshöhe, Doppelbelegung, xlink integrity).\n\n"
            "Input: the XPlanGML file or XPlanArchiv (ZIP).\n"
            "Report (JSON): where to write the machine-readable report; an HTML report with the same name is written beside it.\n"
            "Schema folder: optional folder with XPlanGML_<version>/XPlanung-Operationen.xsd; empty = the folder from the "
            "settings (urban_twin/xplan_schema_dir), else the official XSDs 4.0 to 6.0 shipped with the plugin, else "
            "downloaded schemas. The report states which schema version and source were used.\n"
            "Skip schema validation: check only geometry and semantics.\n"
            "Error locations: optional point layer with one point per finding (rule, message, gml:id).")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile(
            "INPUT", tr("XPlanGML file or XPlanArchiv (ZIP)"), behavior=QgsProcessingParameterFile.Behavior.File,
            fileFilter=tr("XPlanGML (*.gml *.xml *.zip)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_REPORT", tr("Validation report (JSON)"), fileFilter=tr("JSON (*.json)")))
        self.addParameter(QgsProcessingParameterFile(
            "SCHEMA_DIR", tr("Schema folder (XPlanGML XSDs)"), behavior=QgsProcessingParameterFile.Behavior.Folder,
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean("SKIP_SCHEMA", tr("Skip schema validation"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_ERRORS", tr("Error locations"), QgsProcessing.SourceType.TypeVectorPoint, optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputFile("OUTPUT_HTML", tr("Validation report (HTML)")))
        self.addOutput(QgsProcessingOutputBoolean("VALID", tr("Plan is valid")))
        self.addOutput(QgsProcessingOutputNumber("ERRORS", tr("Number of errors")))

    def run_algorithm(self, parameters, context, feedback):
        from ..errors import UrbanTwinError
        from ..xplan.report import html_path_for, write_html_report, write_json_report
        from ..xplan.validate import validate_xplan

        source = self.parameterAsFile(parameters, "INPUT", context)
        report_path = self.parameterAsFileOutput(parameters, "OUTPUT_REPORT", context)
        schema_dir = self.parameterAsFile(parameters, "SCHEMA_DIR", context) or None
        skip_schema = self.parameterAsBoolean(parameters, "SKIP_SCHEMA", context)
        try:
            result = validate_xplan(source, schema_dir=schema_dir, feedback=feedback, check_schema=not skip_schema)
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled by the user."))
            write_json_report(result, report_path)
            html_path = write_html_report(result, html_path_for(report_path))
        except UrbanTwinError as err:
            raise QgsProcessingException(str(err)) from err
        outputs = {"OUTPUT_REPORT": report_path, "OUTPUT_HTML": html_path, "VALID": result.valid,
                   "ERRORS": len(result.errors)}
        fields = QgsFields()
        for name in ("rule", "severity", "message", "gml_id", "xplan_class"):
            fields.append(QgsField(name, FieldType.STRING))
        fields.append(QgsField("line", FieldType.INT))
        crs = QgsCoordinateReferenceSystem("EPSG:{}".format(result.epsg)) if result.epsg else QgsCoordinateReferenceSystem()
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT_ERRORS", context, fields, QgsWkbTypes.Type.Point, crs)
        if sink is not None:
            for finding in result.findings:
                feature = QgsFeature(fields)
                feature.setAttributes([finding.rule, finding.severity, finding.message, finding.gml_id,
                                       finding.xplan_class, finding.line])
                if finding.location is not None and not finding.location.isEmpty():
                    feature.setGeometry(finding.location.pointOnSurface())
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            outputs["OUTPUT_ERRORS"] = dest_id
        for finding in result.findings:
            text = "[{}] {}{}".format(finding.rule, finding.gml_id + ": " if finding.gml_id else "", finding.message)
            if finding.severity == "error":
                feedback.reportError(text)
            else:
                feedback.pushWarning(text)
        from ..xplan.report import report_dict, schema_text

        feedback.pushInfo(tr("XML schema: {}").format(schema_text(report_dict(result))))
        feedback.pushInfo(tr("The plan is valid.") if result.valid else tr("The plan is not valid: {} errors.").format(len(result.errors)))
        return outputs
