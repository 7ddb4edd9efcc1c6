"""urbantwin:publish — publish a result layer with its provenance to a catalogue (local by default)."""

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..catalogue.connections import LOCAL_NAME, open_catalogue
from ..catalogue.outbox import Outbox
from ..catalogue.record import license_choices
from ..catalogue.sync import publish_layer, sync_outbox
from ..errors import UrbanTwinError
from ..i18n import tr
from .base import UrbanTwinAlgorithm


def split_keywords(text):
    return [word.strip() for word in (text or "").replace(";", ",").split(",") if word.strip()]


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "publish"
    ALG_GROUP = "catalogue"

    INPUT = "INPUT"
    CATALOGUE = "CATALOGUE"
    TITLE = "TITLE"
    DESCRIPTION = "DESCRIPTION"
    KEYWORDS = "KEYWORDS"
    LICENSE = "LICENSE"
    PUBLISHER = "PUBLISHER"

    def flags(self):
        # exports the layer and talks to the network: keep it on the thread that owns the layer
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def display_name(self):
        return tr("Publish layer to catalogue")

    def help_text(self):
        return tr(
            "Publishes a result layer as an immutable catalogue record: the layer is written to a GeoPackage that "
            "describes itself (metadata, provenance and style inside), its SHA-256 is computed, the publication is "
            "kept in the outbox, the data file is stored and verified, and only then the record is created. If the "
            "server cannot be reached, the publication stays in the outbox and is completed by a later sync.\n\n"
            "Layer: the result to publish.\n"
            "Catalogue: name of a catalogue connection (dock \"Catalogue\"); \"local\" is the local catalogue in your profile.\n"
            "Title, description, keywords (comma-separated): empty fields are taken from the layer metadata.\n"
            "Licence: dl-de/by-2.0 requires attribution, dl-de/zero-2.0 does not.\n"
            "Publisher: organisation named as publisher (optional).\n"
            "Output: the record id (urn:udt:result:…)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterVectorLayer(self.INPUT, tr("Layer to publish")))
        self.addParameter(QgsProcessingParameterString(self.CATALOGUE, tr("Catalogue connection"), defaultValue=LOCAL_NAME))
        self.addParameter(QgsProcessingParameterString(self.TITLE, tr("Title"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.DESCRIPTION, tr("Description"), multiLine=True, optional=True))
        self.addParameter(QgsProcessingParameterString(self.KEYWORDS, tr("Keywords (comma-separated)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.LICENSE, tr("Licence"), options=[label for _id, label in license_choices()],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterString(self.PUBLISHER, tr("Publisher (organisation)"), optional=True))
        self.addOutput(QgsProcessingOutputString("RECORD_ID", tr("Record id")))
        self.addOutput(QgsProcessingOutputString("STATE", tr("Publication state")))

    def run_algorithm(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(tr("The layer to publish could not be loaded."))
        license_id = license_choices()[self.parameterAsEnum(parameters, self.LICENSE, context)][0]
        keywords = split_keywords(self.parameterAsString(parameters, self.KEYWORDS, context)) or None
        outbox = Outbox()
        try:
            catalogue = open_catalogue(self.parameterAsString(parameters, self.CATALOGUE, context) or LOCAL_NAME)
            feedback.setProgress(10)
            record_id, state = publish_layer(
                layer, catalogue,
                title=self.parameterAsString(parameters, self.TITLE, context) or None,
                description=self.parameterAsString(parameters, self.DESCRIPTION, context) or None,
                keywords=keywords, license_id=license_id,
                publisher=self.parameterAsString(parameters, self.PUBLISHER, context) or None,
                outbox=outbox, feedback=feedback)
        except UrbanTwinError as err:
            raise QgsProcessingException(str(err)) from err
        feedback.setProgress(100)
        if state == "failed":
            entries = [e for e in outbox.entries("failed") if e.record_id == record_id]
            raise QgsProcessingException(tr("Publication failed: {}").format(entries[-1].last_error if entries else record_id))
        if state == "pending":
            feedback.pushWarning(tr("The catalogue could not be reached; the publication is kept in the outbox and will be sent by the next sync."))
        else:
            feedback.pushInfo(tr("Published as {} to catalogue {}.").format(record_id, catalogue.name))
            # the catalogue answers again: also send earlier publications that are due in the outbox
            earlier = sync_outbox(outbox)
            if earlier["done"]:
                feedback.pushInfo(tr("Also sent {} earlier publications from the outbox.").format(earlier["done"]))
        return {"RECORD_ID": record_id, "STATE": state}
