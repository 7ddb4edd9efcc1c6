"""urbantwin:exportvariant — a variant (or import) GeoPackage as CityGML 2.0 or CityJSON 2.0."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..i18n import tr
from ..variants.export_citygml import write_citygml
from ..variants.export_cityjson import write_cityjson
from ..variants.export_source import read_export_source
from .base import UrbanTwinAlgorithm


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "exportvariant"
    ALG_GROUP = "variants"
    ICON = "variant_export.svg"

    def display_name(self):
        return tr("Export variant as CityGML or CityJSON")

    def tags(self):
        return ["citygml", "cityjson", "variante", "export", "lod2", "3d-portal"]

    def help_text(self):
        return tr(
            "Writes the buildings of a variant GeoPackage (or of a city model import) as CityGML 2.0 (.gml) or "
            "CityJSON 2.0 (.json), chosen by the file extension: bldg:Building / Building with roof, wall and ground "
            "surfaces, AdV function and roof type codes, creation date and the generic attribute status. Planned "
            "buildings are written as closed LoD2 solids, existing ones as LoD2 surfaces. This is how a variant "
            "reaches other viewers and the state's 3D portal; the plugin's import reads the files back unchanged "
            "(coordinates to 0.1 mm in CityGML, 1 mm in CityJSON).\n\n"
            "Only planned buildings: leave the existing city out (just the masses of the variant)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("Variant or city model (GeoPackage)"), extension="gpkg"))
        self.addParameter(QgsProcessingParameterBoolean("ONLY_PLANNED", tr("Only planned buildings"), False))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("CityGML 2.0 or CityJSON 2.0 file"), tr("CityGML 2.0 (*.gml);;CityJSON 2.0 (*.json)")))
        self.addOutput(QgsProcessingOutputNumber("BUILDINGS", tr("Buildings written")))

    def run_algorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, "INPUT", context)
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        source = read_export_source(path, self.parameterAsBoolean(parameters, "ONLY_PLANNED", context))
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled by the user."))
        lower = output.lower()
        if lower.endswith((".json", ".city.json")):
            count = write_cityjson(output, source)
        elif lower.endswith((".gml", ".xml")):
            count = write_citygml(output, source)
        else:
            raise QgsProcessingException(tr("Choose a file ending in .gml (CityGML 2.0) or .json (CityJSON 2.0)."))
        feedback.pushInfo(tr("{} buildings written to {}.").format(count, output))
        feedback.setProgress(100)
        return {"OUTPUT": output, "BUILDINGS": count}
