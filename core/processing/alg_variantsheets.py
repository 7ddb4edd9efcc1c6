"""urbantwin:variantsheets — council map "Variantenvergleich": one page per variant plus a comparison page (PDF)."""

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..i18n import tr
from ..variants.council import export_variant_sheets
from .base import UrbanTwinAlgorithm


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "variantsheets"
    ALG_GROUP = "variants"
    ICON = "variant_sheets.svg"

    def display_name(self):
        return tr("Council map: variant comparison")

    def tags(self):
        return ["variantenvergleich", "ratsvorlage", "pdf", "karte", "council"]

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading  # layouts are not thread-safe

    def help_text(self):
        return tr(
            "Council map template “Variantenvergleich” (A3 landscape PDF): one page per variant with the map "
            "(planned buildings orange) and its key figures with the difference from the base, then a comparison "
            "page with small multiples of the base and all variants and the table of key figures.\n\n"
            "Comparison: the table written by “Compare planning variants” (its source field names the GeoPackage of "
            "each scenario). Plan areas (optional): drawn on every map. Title: the sheet title."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile("COMPARISON", tr("Variant comparison (GeoPackage)"), extension="gpkg"))
        self.addParameter(QgsProcessingParameterVectorLayer("PLAN", tr("Plan areas (Baugebiete)"), optional=True))
        self.addParameter(QgsProcessingParameterString("TITLE", tr("Title"), tr("Variant comparison")))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Council map (PDF)"), tr("PDF (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Pages")))

    def run_algorithm(self, parameters, context, feedback):
        plan = self.parameterAsVectorLayer(parameters, "PLAN", context) if parameters.get("PLAN") else None
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        pages = export_variant_sheets(self.parameterAsFile(parameters, "COMPARISON", context), output, plan,
                                      self.parameterAsString(parameters, "TITLE", context))
        feedback.pushInfo(tr("{} pages written to {}.").format(pages, output))
        feedback.setProgress(100)
        return {"OUTPUT": output, "PAGES": pages}
