"""urbantwin:buildingmeasures — volume, areas, roof faces, façades and heights of every building as fields."""

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterVectorDestination,
)

from ..analysis.result_layers import DefaultStylePostProcessor, write_layer
from ..analysis.solar.geometry import polygons_from_wkb
from ..errors import CancelledError, UrbanTwinError
from ..export3d import gpkg_source, measures, measures_output
from ..features import iter_features
from ..i18n import tr
from ..provenance import build_provenance
from .base import UrbanTwinAlgorithm


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "buildingmeasures"
    ALG_GROUP = "export3d"
    ICON = "building_measures.svg"

    def display_name(self):
        return tr("Measure buildings")

    def help_text(self):
        return tr(
            "Measures of every building (or of the selected ones) as fields of a new layer: volume, ground area, "
            "footprint perimeter, roof area and usable roof area, wall area, façade area per orientation (N/E/S/W), "
            "eaves and ridge height above terrain and in m NHN.\n\n"
            "Input: the buildings layer of a city model import or planning variant; the semantic surfaces are read "
            "from the layer 'building_surfaces' of the same GeoPackage.\n"
            "Volume: by the divergence theorem on the closed shell (computed relative to a local origin). Where the "
            "shell is not closed, footprint × height is used and the field volume_method says so.\n"
            "Heights above terrain refer to the lowest point of the building; heights in m NHN are the z values of "
            "the city model (in Germany DHHN2016)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "INPUT", tr("Buildings (buildings layer of an import or variant)"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT", tr("Building measures")))

    def run_algorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        if source is None or layer is None:
            raise UrbanTwinError(tr("The buildings layer is required."))
        gpkg_path, _layer_name = gpkg_source.geopackage_of(layer.source())
        fields = source.fields()
        for name in ("gml_id", "building_id"):
            if fields.indexFromName(name) < 0:
                raise UrbanTwinError(tr("The layer lacks the field {} (expected a buildings layer).").format(name), path=gpkg_path)
        features = list(iter_features(source, QgsFeatureRequest(), feedback.isCanceled))
        if feedback.isCanceled():
            raise CancelledError()
        building_ids = {str(f["building_id"]) for f in features if f["building_id"]}
        feedback.pushInfo(tr("Reading the surfaces of {} buildings from {}.").format(len(building_ids), gpkg_path))
        grouped = gpkg_source.read_surfaces(gpkg_path, building_ids, feedback.isCanceled)
        feedback.setProgress(20)
        copied = measures_output.copied_definitions(fields)
        definitions = copied + measures_output.measure_field_definitions()
        rows, fallbacks = [], 0
        has_part = fields.indexFromName("is_part") >= 0
        for number, feature in enumerate(features):
            if feedback.isCanceled():
                raise CancelledError()
            unit_id, building_id = str(feature["gml_id"]), str(feature["building_id"])
            is_part = bool(has_part and feature["is_part"] == 1)
            geometry = feature.geometry()
            shell = []
            if not geometry.isNull() and not geometry.isEmpty():
                try:
                    shell = polygons_from_wkb(bytes(geometry.asWkb()))
                except UrbanTwinError:
                    shell = []
            surfaces = gpkg_source.unit_surfaces(grouped, unit_id, building_id, is_part)
            result = measures.measure(shell, surfaces)
            if result.volume_method == measures.FOOTPRINT_X_HEIGHT:
                fallbacks += 1
            rows.append((geometry, [feature[name] for name, _t, _a in copied] + measures_output.measure_values(result)))
            feedback.setProgress(20 + 70 * (number + 1) / max(1, len(features)))
        if fallbacks:
            feedback.pushWarning(
                tr("{} of {} buildings have no closed shell; their volume is footprint × height (volume_method).").format(
                    fallbacks, len(rows))
            )
        output = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        provenance = build_provenance("urbantwin:" + self.ALG_NAME, {"INPUT": layer.source()}, [gpkg_path], {})
        write_layer(output, "building_measures", definitions, rows, source.wkbType(), source.sourceCrs(),
                    provenance=provenance, title=tr("Building measures"))
        feedback.pushInfo(tr("{} buildings measured.").format(len(rows)))
        feedback.setProgress(100)
        DefaultStylePostProcessor.attach(context, output)
        return {"OUTPUT": output}
