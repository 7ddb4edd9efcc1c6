"""urbantwin:musterquartier — generate the sample district (CityGML 2.0 + XPlanGML 6.0 + parcels + districts)."""

import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
)

from ..demo.musterquartier import generate_musterquartier
from ..errors import UrbanTwinError
from ..i18n import tr
from ..provenance import build_provenance
from .base import UrbanTwinAlgorithm


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "musterquartier"
    ALG_GROUP = "import"

    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    BUILDINGS = "BUILDINGS"
    SEED = "SEED"

    def display_name(self):
        return tr("Create sample district (Musterquartier)")

    def help_text(self):
        return tr(
            "Generates the fictitious sample district \"Musterquartier\" (EPSG:25832) that the demo and the tests use: "
            "a CityGML 2.0 city model with LoD2 buildings in the AdV style (flat, gabled, hipped and shed roofs), "
            "a Bebauungsplan as XPlanGML 6.0 over it (WA and MI zones with GRZ, GFZ, number of storeys and heights, "
            "building limits, street area), parcels and districts with population as GeoPackages. A few buildings "
            "deliberately exceed the plan, so compliance checks have something to find.\n\n"
            "Output folder: where the four files are written (existing files of the same name are replaced).\n"
            "Number of buildings: how many buildings the district gets (10 to 5000).\n"
            "Random seed: the same seed always gives identical files; another seed gives another district."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, tr("Output folder")))
        self.addParameter(QgsProcessingParameterNumber(
            self.BUILDINGS, tr("Number of buildings"), QgsProcessingParameterNumber.Type.Integer, 200, False, 10, 5000))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, tr("Random seed"), QgsProcessingParameterNumber.Type.Integer, 2026, False, 0))
        self.addOutput(QgsProcessingOutputFile("CITYGML", tr("City model (CityGML 2.0)")))
        self.addOutput(QgsProcessingOutputFile("XPLAN", tr("Development plan (XPlanGML 6.0)")))
        self.addOutput(QgsProcessingOutputFile("PARCELS", tr("Parcels (GeoPackage)")))
        self.addOutput(QgsProcessingOutputFile("DISTRICTS", tr("Districts (GeoPackage)")))
        self.addOutput(QgsProcessingOutputNumber("BUILDING_COUNT", tr("Number of buildings")))
        self.addOutput(QgsProcessingOutputFile("DEM", tr("Terrain model DGM1 (GeoTIFF)")))
        self.addOutput(QgsProcessingOutputFile("TREES", tr("Trees (GeoPackage)")))

    def run_algorithm(self, parameters, context, feedback):
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        count = self.parameterAsInt(parameters, self.BUILDINGS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as err:
            raise QgsProcessingException(tr("Cannot create the output folder {}: {}").format(folder, err)) from err
        try:
            provenance = build_provenance("urbantwin:" + self.ALG_NAME, dict(BUILDINGS=count, SEED=seed))
            result = generate_musterquartier(folder, n_buildings=count, seed=seed, feedback=feedback, provenance=provenance)
        except UrbanTwinError as err:
            raise QgsProcessingException(str(err)) from err
        feedback.pushInfo(tr("Sample district written to {}: {} buildings, {} zones, {} buildings or zones exceeding the plan.").format(
            folder, result["buildings"], len(result["zones"]), len(result["exceeding"])))
        return {
            self.OUTPUT_FOLDER: folder,
            "CITYGML": result["citygml"],
            "XPLAN": result["xplan"],
            "PARCELS": result["parcels"],
            "DISTRICTS": result["districts"],
            "BUILDING_COUNT": result["buildings"],
            "DEM": result["dem"],
            "TREES": result["trees"],
        }
