"""urbantwin:importparticipation — contributions of a participation platform as a point layer, personal data minimised."""

import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterVectorDestination,
    QgsWkbTypes,
)

from ..analysis.result_layers import DefaultStylePostProcessor, write_layer
from ..errors import UrbanTwinError
from ..i18n import tr
from ..net.http import redact_url
from ..participation import contributions, sources
from ..participation.pseudonym import project_salt
from ..participation.styles import contributions_renderer
from ..provenance import build_provenance
from .base import UrbanTwinAlgorithm

ROLES = (("TEXT_FIELD", "text"), ("CATEGORY_FIELD", "category"), ("DATE_FIELD", "date"), ("VOTES_FIELD", "votes"),
         ("AUTHOR_FIELD", "author"), ("REPLY_TO_FIELD", "reply_to"), ("STANCE_FIELD", "stance"))


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "importparticipation"
    ALG_GROUP = "participation"
    ICON = "participation_import.svg"

    def display_name(self):
        return tr("Import participation contributions")

    def help_text(self):
        return tr(
            "Brings the located contributions of a participation (e.g. DIPAS, Consul, Decidim, Adhocracy+ or a web form) "
            "into the map as a point layer, so they can be read against the plan and the variants.\n\n"
            "Input: a GeoJSON or CSV export (CSV with lon/lat, x/y or WKT columns), the address of an OGC API – Features "
            "collection (DIPAS publishes its contributions this way; e.g. https://…/collections/contributions), or a "
            "layer of the project.\n"
            "Fields: which field holds the text, the category, the date, the votes or likes, the author, the reply-to "
            "reference and a stance, where the platform has them. Empty = guessed from the usual names (text, "
            "kategorie, datum, votes …). A named field that does not exist is an error.\n"
            "Personal data (DSGVO): only these fields are taken over — e-mail addresses and everything else stay "
            "behind. Author names are replaced by a pseudonym (a keyed hash; the key belongs to the project and is "
            "never written into the output) or dropped. The output's metadata says so.\n"
            "Lines and areas drawn by participants become a point on their surface. Stance is kept only where the "
            "platform provides one: Urban Twin invents no sentiment scores."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr("Contributions (GeoJSON/CSV file, OGC API – Features collection URL, or layer)"),
            [QgsProcessing.SourceType.TypeVector]))
        labels = {"TEXT_FIELD": tr("Text field"), "CATEGORY_FIELD": tr("Category field"), "DATE_FIELD": tr("Date field"),
                  "VOTES_FIELD": tr("Votes or likes field"), "AUTHOR_FIELD": tr("Author field (pseudonymised)"),
                  "REPLY_TO_FIELD": tr("Reply-to field"), "STANCE_FIELD": tr("Stance field (only if the platform has one)")}
        for name, _role in ROLES:
            self.addParameter(QgsProcessingParameterField(name, labels[name], None, "INPUT", optional=True))
        self.addParameter(QgsProcessingParameterEnum("AUTHOR_HANDLING", tr("Author names"),
                                                     [tr("Pseudonymise (keyed hash)"), tr("Drop")], defaultValue=0))
        self.addParameter(QgsProcessingParameterAuthConfig("AUTHCFG", tr("Authentication (for a protected server)"), optional=True))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT", tr("Contributions"), QgsProcessing.SourceType.TypeVectorPoint))
        self.addOutput(QgsProcessingOutputNumber("CONTRIBUTIONS", tr("Contributions imported")))
        self.addOutput(QgsProcessingOutputNumber("WITHOUT_LOCATION", tr("Contributions without a location")))

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        """An OGC API – Features URL is a valid INPUT although Processing cannot load it as a layer source."""
        if not sources.is_url(parameters.get("INPUT")):
            return super().checkParameterValues(parameters, context)
        for definition in self.parameterDefinitions():
            if definition.name() != "INPUT" and not definition.checkValueIsAcceptable(parameters.get(definition.name()), context):
                return False, tr("Incorrect parameter value for {}").format(definition.description())
        return self._own_checks(parameters, context)

    def _own_checks(self, parameters, context):
        """For a URL only the destination is checked here: loading the URL as a layer to list its fields would go
        to the network outside our transport; the import checks the field names against the answer itself."""
        if not sources.is_url(parameters.get("INPUT")):
            return super()._own_checks(parameters, context)
        from .destinations import check_destinations

        try:
            check_destinations(self, parameters, context)
        except UrbanTwinError as error:
            return False, str(error)
        return True, ""

    def run_algorithm(self, parameters, context, feedback):
        raw = parameters.get("INPUT")
        raw = raw if isinstance(raw, str) else None
        if raw and sources.is_url(raw):
            label = redact_url(raw)
            rows, crs, names = sources.read_ogcapi_features(raw, self.parameterAsString(parameters, "AUTHCFG", context) or None,
                                                            feedback)
        elif raw and os.path.isfile(raw.split("|")[0]) and raw.lower().endswith((".csv", ".txt", ".geojson", ".json")):
            label = os.path.basename(raw)
            rows, crs, names = sources.read_file(raw, feedback)
        else:
            source = self.parameterAsSource(parameters, "INPUT", context)
            if source is None:
                raise UrbanTwinError(tr("The contributions could not be read."), path=raw)
            label = source.sourceName() if hasattr(source, "sourceName") else tr("layer")
            rows, crs, names = sources.read_layer_source(source, feedback)
        requested = {role: self.parameterAsString(parameters, name, context) or None for name, role in ROLES}
        mapping = contributions.resolve_mapping(names, requested, path=label)
        author_mode = self.parameterAsEnum(parameters, "AUTHOR_HANDLING", context)
        salt = project_salt(context.project())
        records = contributions.build(rows, mapping, salt, author_mode)
        without_location = sum(1 for point, _values in records if point is None)
        if without_location:
            feedback.pushWarning(tr("{} contributions have no location; they are kept without geometry.").format(without_location))
        handling = tr("pseudonymised with a keyed hash (HMAC-SHA-256, key of the project, not in this file)") \
            if author_mode == contributions.AUTHOR_PSEUDONYMISE else tr("dropped")
        abstract = tr("Contributions from {}. Personal data minimised (DSGVO): only text, category, date, votes, reply-to and "
                      "stance were taken over; author names {}; e-mail addresses and all other fields were not imported.").format(
            label, handling)
        provenance = build_provenance("urbantwin:" + self.ALG_NAME, {"INPUT": label, "mapping": mapping, "AUTHOR_HANDLING": author_mode},
                                      [label], {"personalData": "minimised", "authors": "pseudonymised" if author_mode == 0 else "dropped"})
        output = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        write_layer(output, "contributions", contributions.field_definitions(), records, QgsWkbTypes.Type.Point,
                    QgsCoordinateReferenceSystem(crs), contributions_renderer({v[1] for _p, v in records if v[1]}), provenance, tr("Participation contributions"),
                    abstract)
        DefaultStylePostProcessor.attach(context, output)
        feedback.pushInfo(tr("{} contributions imported; fields used: {}.").format(
            len(records), ", ".join("{}={}".format(k, v) for k, v in mapping.items() if v)))
        return {"OUTPUT": output, "CONTRIBUTIONS": len(records), "WITHOUT_LOCATION": without_location}
