"""urbantwin:fetch — find a result in a catalogue, download and verify it, save it as GeoPackage and load it."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..catalogue.assets import copy_atomic
from ..catalogue.connections import LOCAL_NAME, open_catalogue
from ..catalogue.outbox import Outbox
from ..catalogue.sync import fetch_record, result_layers
from ..errors import UrbanTwinError
from ..i18n import tr
from .base import UrbanTwinAlgorithm


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "fetch"
    ALG_GROUP = "catalogue"

    CATALOGUE = "CATALOGUE"
    QUERY = "QUERY"
    RECORD_ID = "RECORD_ID"
    EXTENT = "EXTENT"
    OUTPUT = "OUTPUT"

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def display_name(self):
        return tr("Fetch result from catalogue")

    def help_text(self):
        return tr(
            "Finds a published result in a catalogue, downloads its GeoPackage into the cache (verified against the "
            "record's SHA-256; a mismatch is rejected and nothing is loaded), saves it as the output GeoPackage and "
            "loads it with its published style.\n\n"
            "Catalogue: name of a catalogue connection; \"local\" is the local catalogue.\n"
            "Search text: words in title, description or keywords; the most recent match is fetched.\n"
            "Record id: fetch exactly this record (wins over the search text).\n"
            "Extent: only records overlapping this area.\n"
            "Output: the GeoPackage to write."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(self.CATALOGUE, tr("Catalogue connection"), defaultValue=LOCAL_NAME))
        self.addParameter(QgsProcessingParameterString(self.QUERY, tr("Search text"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.RECORD_ID, tr("Record id"), optional=True))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Extent"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Output GeoPackage"), tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputString("FETCHED_ID", tr("Record id")))
        self.addOutput(QgsProcessingOutputString("TITLE", tr("Title")))
        self.addOutput(QgsProcessingOutputNumber("MATCHES", tr("Number of matching records")))

    def _bbox(self, parameters, context):
        if not parameters.get(self.EXTENT):
            return None
        extent = self.parameterAsExtent(parameters, self.EXTENT, context)
        if extent.isNull():
            return None
        crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
        transform = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), context.transformContext())
        box = transform.transformBoundingBox(extent)
        return (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())

    def run_algorithm(self, parameters, context, feedback):
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        record_id = (self.parameterAsString(parameters, self.RECORD_ID, context) or "").strip()
        query = (self.parameterAsString(parameters, self.QUERY, context) or "").strip()
        try:
            catalogue = open_catalogue(self.parameterAsString(parameters, self.CATALOGUE, context) or LOCAL_NAME)
            matches = 1
            if not record_id:
                page = catalogue.search(bbox=self._bbox(parameters, context), q=query or None, limit=10, feedback=feedback)
                if page.offline and not page.records:
                    raise QgsProcessingException(tr("Catalogue {} cannot be reached and its offline copy has no matching record.").format(
                        catalogue.name))
                if page.offline:
                    feedback.pushWarning(tr("Catalogue {} cannot be reached: searching the records last seen (offline).").format(catalogue.name))
                if not page.records:
                    raise QgsProcessingException(tr("No record in catalogue {} matches the search.").format(catalogue.name))
                matches = page.matched if page.matched is not None else len(page.records)
                newest = max(page.records, key=lambda r: (r.get("properties") or {}).get("updated") or "")
                record_id = newest["id"]
                if matches > 1:
                    feedback.pushWarning(tr("{} records match; fetching the most recent one: {}").format(matches, record_id))
            if feedback.isCanceled():
                return {}
            feedback.setProgress(20)
            record, cached = fetch_record(catalogue, record_id, outbox=Outbox(), feedback=feedback)
            feedback.setProgress(80)
            copy_atomic(cached, output)
            layers = result_layers(output, record)
        except UrbanTwinError as err:
            raise QgsProcessingException(str(err)) from err
        title = (record.get("properties") or {}).get("title") or record_id
        for layer in layers:
            # loads with the style stored in the GeoPackage (layer_styles, useAsDefault)
            details = QgsProcessingContext.LayerDetails(title, context.project(), self.OUTPUT)
            context.addLayerToLoadOnCompletion(layer.source(), details)
        feedback.pushInfo(tr("Fetched {} ({}) into {}.").format(title, record_id, output))
        feedback.setProgress(100)
        return {self.OUTPUT: output, "FETCHED_ID": record_id, "TITLE": title, "MATCHES": matches}
