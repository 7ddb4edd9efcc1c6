"""urbantwin:exportisometadata — a layer's metadata and provenance as an ISO 19139 file (gmd:MD_Metadata)."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMapLayer,
)

from ..catalogue.isometa import export_layer_iso
from ..catalogue.isorules import convention_problems
from ..errors import UrbanTwinError
from ..i18n import tr
from .base import UrbanTwinAlgorithm


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "exportisometadata"
    ALG_GROUP = "catalogue"
    ICON = "iso_export.svg"

    def display_name(self):
        return tr("Export ISO 19139 metadata")

    def help_text(self):
        return tr(
            "Writes the metadata of a layer as an ISO 19139 XML file (root gmd:MD_Metadata), e.g. for the municipality's "
            "metadata editor or a GDI-DE catalogue: title, abstract, keywords (INSPIRE theme where one applies), "
            "contacts, licence with text and URL, bounding box, reference system, the processing history (algorithm, "
            "version, inputs with SHA-256) as lineage, identifier and dates. The file is checked against the GDI-DE / "
            "INSPIRE rules that can be checked offline; what is missing is reported as a warning.\n\n"
            "Layer: the layer whose QGIS metadata and provenance are exported.\n"
            "Output: the .xml file."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterMapLayer("INPUT", tr("Layer")))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("ISO 19139 file"), tr("ISO 19139 XML (*.xml)")))
        self.addOutput(QgsProcessingOutputString("IDENTIFIER", tr("Metadata identifier")))
        self.addOutput(QgsProcessingOutputNumber("PROBLEMS", tr("Number of GDI-DE/INSPIRE rules not met")))

    def run_algorithm(self, parameters, context, feedback):
        layer = self.parameterAsLayer(parameters, "INPUT", context)
        if layer is None:
            raise UrbanTwinError(tr("The layer could not be loaded."))
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if not output.lower().endswith(".xml"):
            output += ".xml"
        identifier = export_layer_iso(layer, output)
        feedback.setProgress(80)
        with open(output, "rb") as handle:
            problems = convention_problems(handle.read())
        for rule_id, message in problems:
            feedback.pushWarning(tr("{}: {} (layer {})").format(rule_id, message, layer.name()))
        feedback.pushInfo(tr("ISO 19139 metadata of {} written to {}.").format(layer.name(), output))
        feedback.setProgress(100)
        return {"OUTPUT": output, "IDENTIFIER": identifier, "PROBLEMS": len(problems)}
