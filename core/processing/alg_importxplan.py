"""urbantwin:importxplan — XPlanGML file or XPlanArchiv ZIP → normalised, styled GeoPackage."""

from qgis.core import (
    QgsApplication,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..i18n import tr
from .base import UrbanTwinAlgorithm


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "importxplan"
    ALG_GROUP = "xplanung"
    ICON = "import_xplan.svg"

    def display_name(self):
        return tr("Import XPlanGML plan")

    def help_text(self):
        return tr(
            "Reads an XPlanGML plan (versions 4.0 to 6.1, XPlanAuszug or FeatureCollection, several plans per file) "
            "or an XPlanArchiv ZIP with xplan.gml and writes a GeoPackage: a layer 'plans' (Geltungsbereich), "
            "'bereiche' and one layer per class of plan content, with codes and German labels, GRZ/GFZ/Z and "
            "normalised heights as fields. Arcs are kept as curves.\n\n"
            "Input: the XPlanGML file (.gml, .xml) or XPlanArchiv (.zip).\n"
            "Output GeoPackage: the file to write (replaced only when the import succeeds).\n\n"
            "A truncated or unreadable file is always refused (a plan is never written in part). Objects that cannot "
            "be imported (unknown class, repeated gml:id) stop the import unless “Allow partial import” is set; "
            "then the rest is imported, SKIPPED counts them and COMPLETE is false.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile(
            "INPUT", tr("XPlanGML file or XPlanArchiv (ZIP)"), behavior=QgsProcessingParameterFile.Behavior.File,
            fileFilter=tr("XPlanGML (*.gml *.xml *.zip)")))
        self.addParameter(QgsProcessingParameterBoolean(
            "ALLOW_PARTIAL", tr("Allow partial import (skip objects of unknown classes)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Output GeoPackage"), fileFilter=tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputNumber("FEATURES", tr("Number of objects")))
        self.addOutput(QgsProcessingOutputNumber("SKIPPED", tr("Number of skipped objects")))
        self.addOutput(QgsProcessingOutputBoolean("COMPLETE", tr("All objects of the plan were imported")))

    def run_algorithm(self, parameters, context, feedback):
        from ..errors import InputFormatError
        from ..provenance import build_provenance
        from ..xplan.gpkg import import_xplan
        from ..xplan.provenance_gpkg import store_provenance

        source = self.parameterAsFile(parameters, "INPUT", context)
        target = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if not target.lower().endswith(".gpkg"):
            target += ".gpkg"
        allow_partial = self.parameterAsBoolean(parameters, "ALLOW_PARTIAL", context)

        def finish(document, temporary, counts):
            # Before the rename: a refused or failed step leaves the old output as it was.
            if document.skipped and not allow_partial:
                raise InputFormatError(tr(
                    "{} object(s) could not be imported ({}), so the output was not written (an existing one is "
                    "unchanged). Set “Allow partial import” (ALLOW_PARTIAL) to import the rest.").format(
                    len(document.skipped), ", ".join(str(i) for i in document.skipped[:10])), path=source)
            provenance = build_provenance("urbantwin:importxplan", {"INPUT": source, "OUTPUT": target}, [source],
                                          {"xplanVersion": document.version})
            store_provenance(temporary, counts, provenance)

        document, counts = import_xplan(source, target, feedback, finish=finish)
        total = sum(counts.values())
        feedback.pushInfo(tr("{} objects in {} layers imported (XPlanGML {}).").format(total, len(counts), document.version))
        self._loaded_target = target
        return {"OUTPUT": target, "FEATURES": total, "SKIPPED": len(document.skipped), "COMPLETE": not document.skipped}

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802 - QGIS API
        # Only the desktop application shows results; qgis_process and scripts do not want layers added.
        target = getattr(self, "_loaded_target", None)
        if target and context.project() is not None and QgsApplication.instance().platform() == "desktop":
            from ..xplan.project import add_xplan_to_project

            add_xplan_to_project(target, context.project())
        return {}
