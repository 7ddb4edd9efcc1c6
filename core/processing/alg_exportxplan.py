"""urbantwin:exportxplan — imported (and possibly edited) XPlan GeoPackage → XPlanGML 6.0."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
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
            "document in the element order of the official schema. Labels, tokens and normalised heights are derived "
            "fields and are not written; properties that XPlanGML 6.0 does not have (from 5.x plans) are left out "
            "with a warning.\n\n"
            "Input GeoPackage: the imported plan.\n"
            "Output: the XPlanGML file to write (replaced only when the export succeeds).")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile(
            "INPUT", tr("XPlan GeoPackage"), behavior=QgsProcessingParameterFile.Behavior.File,
            fileFilter=tr("GeoPackage (*.gpkg)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("XPlanGML 6.0 file"), fileFilter=tr("XPlanGML (*.gml)")))
        self.addOutput(QgsProcessingOutputNumber("FEATURES", tr("Number of objects")))

    def run_algorithm(self, parameters, context, feedback):
        from ..errors import UrbanTwinError
        from ..xplan.writer import export_xplan

        source = self.parameterAsFile(parameters, "INPUT", context)
        target = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        try:
            count, warnings = export_xplan(source, target, feedback)
        except UrbanTwinError as err:
            raise QgsProcessingException(str(err)) from err
        for message in warnings:
            feedback.pushWarning(message)
        feedback.pushInfo(tr("{} objects written as XPlanGML 6.0.").format(count))
        return {"OUTPUT": target, "FEATURES": count}
