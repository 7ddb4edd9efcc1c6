"""urbantwin:massing — planned building masses (LoD2 solids) from footprints, in the import's GeoPackage schema."""

import os

from qgis.core import (
    QgsCoordinateTransform,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ..analysis.solar.layers import require_projected
from ..errors import UrbanTwinError
from ..features import iter_features
from ..i18n import tr
from ..provenance import build_provenance
from ..variants.massing import PlannedFootprint, write_massing
from ..variants.terrain import CityGround, DemGround, FixedGround
from .base import UrbanTwinAlgorithm
from .variant_outputs import load_variant_on_completion, save_variant_metadata

# parameter → (default field name, meaning)
FIELD_PARAMETERS = (
    ("STOREYS_FIELD", "storeys"),
    ("EAVES_HEIGHT_FIELD", None),
    ("ROOF_TYPE_FIELD", "roof_type"),
    ("ROOF_PITCH_FIELD", "roof_pitch"),
    ("RIDGE_HEIGHT_FIELD", None),
    ("RIDGE_DIRECTION_FIELD", None),
    ("FUNCTION_FIELD", "function"),
    ("NAME_FIELD", "name"),
)


def footprint_parts(geometry):
    """Polygons (lists of (n, 2) rings) of a polygon / multipolygon geometry; curves are segmentised."""
    import numpy as np

    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry.convertToStraightSegment()
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    return [[np.array([[p.x(), p.y()] for p in ring]) for ring in polygon] for polygon in polygons if polygon]


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "massing"
    ALG_GROUP = "variants"
    ICON = "variant_massing.svg"

    def display_name(self):
        return tr("Building masses from footprints")

    def tags(self):
        return ["variante", "baukörper", "massing", "planung", "lod2", "satteldach", "walmdach", "flachdach"]

    def help_text(self):
        return tr(
            "Builds planned buildings as closed LoD2 solids (roof, wall and ground surfaces) from a polygon layer "
            "of footprints, e.g. drawn by the planner, from a CAD drawing or from a plan's building windows. The "
            "output GeoPackage has exactly the layers and fields of the city model import (buildings, "
            "building_surfaces, footprints, LoD 2) with status = geplant, so plan check, district figures, solar "
            "potential, shadows and sun hours run on it unchanged.\n\n"
            "Heights: storeys × storey height, or an eaves height field (m above terrain; wins over storeys).\n"
            "Roof type: AdV codes 1000 flat, 2100 shed, 3100 gable, 3200 hip, 3400 pyramid (text or number; empty = "
            "flat). Roof pitch in degrees, or a ridge height field (m above terrain; wins over the pitch). The ridge "
            "runs along the longer side of the minimum rotated rectangle unless a ridge direction field (degrees "
            "from north) is given; a shed roof falls towards its southern side.\n"
            "Gable, hip and pyramid roofs need a convex footprint without courtyard; on L, T or U shapes and on "
            "footprints with holes a flat roof at the eaves height is built instead and reported per building.\n"
            "Base height: from a terrain model (lowest point under the footprint), else from the existing city model "
            "(median ground of the buildings within 60 m), else the fixed terrain height.\n"
            "Field names that do not exist on the layer are an error, except the default names, which may be absent."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
        double = QgsProcessingParameterNumber.Type.Double
        numeric = QgsProcessingParameterField.DataType.Numeric
        any_type = QgsProcessingParameterField.DataType.Any
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", tr("Planned footprints"), polygon))
        labels = {
            "STOREYS_FIELD": (tr("Storeys field"), numeric),
            "EAVES_HEIGHT_FIELD": (tr("Eaves height field (m above terrain; wins over storeys)"), numeric),
            "ROOF_TYPE_FIELD": (tr("Roof type field (AdV code)"), any_type),
            "ROOF_PITCH_FIELD": (tr("Roof pitch field (degrees)"), numeric),
            "RIDGE_HEIGHT_FIELD": (tr("Ridge height field (m above terrain; wins over the pitch)"), numeric),
            "RIDGE_DIRECTION_FIELD": (tr("Ridge direction field (degrees from north)"), numeric),
            "FUNCTION_FIELD": (tr("Building function field (AdV code)"), any_type),
            "NAME_FIELD": (tr("Name field"), any_type),
        }
        for name, default in FIELD_PARAMETERS:
            label, data_type = labels[name]
            self.addParameter(QgsProcessingParameterField(name, label, default, "INPUT", data_type, optional=True))
        self.addParameter(QgsProcessingParameterNumber("STOREY_HEIGHT", tr("Storey height (m)"), double, 3.0, minValue=2.0, maxValue=10.0))
        self.addParameter(QgsProcessingParameterRasterLayer("DEM", tr("Terrain model (DEM) for the base height"), optional=True))
        self.addParameter(QgsProcessingParameterNumber("TERRAIN_HEIGHT", tr("Fixed terrain height (m)"), double, None, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("CITY", tr("Existing buildings (ground of the city model)"), polygon, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Planned buildings (GeoPackage)"), tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputNumber("BUILDINGS", tr("Number of planned buildings")))
        self.addOutput(QgsProcessingOutputNumber("FALLBACKS", tr("Buildings with a fallback or default")))

    def _field_names(self, parameters, context, source):
        names = source.fields().names()
        chosen = {}
        for name, default in FIELD_PARAMETERS:
            value = self.parameterAsString(parameters, name, context) if parameters.get(name) not in (None, "") else (default or "")
            if value and value not in names:
                if value == default:
                    value = ""  # a default name that the layer lacks: not used
                else:
                    raise UrbanTwinError(tr("The footprint layer has no field {} ({}).").format(value, name), path=str(parameters.get("INPUT")))
            chosen[name] = value
        if not chosen["STOREYS_FIELD"] and not chosen["EAVES_HEIGHT_FIELD"]:
            raise UrbanTwinError(tr("The footprint layer needs a storeys field or an eaves height field."), path=str(parameters.get("INPUT")))
        return chosen

    def _ground(self, parameters, context, crs, feedback):
        dem = self.parameterAsRasterLayer(parameters, "DEM", context)
        if dem is not None:
            transform = QgsCoordinateTransform(crs, dem.crs(), context.transformContext()) if dem.crs() != crs else None
            return DemGround(dem, transform)
        city = self.parameterAsSource(parameters, "CITY", context)
        if city is not None:
            transform = QgsCoordinateTransform(crs, city.sourceCrs(), context.transformContext()) if city.sourceCrs() != crs else None
            return CityGround(city, transform, is_canceled=feedback.isCanceled)
        if parameters.get("TERRAIN_HEIGHT") not in (None, ""):
            return FixedGround(self.parameterAsDouble(parameters, "TERRAIN_HEIGHT", context))
        feedback.pushWarning(tr("No terrain model, terrain height or city model given: the buildings stand at 0 m."))
        return FixedGround(0.0)

    def run_algorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(tr("The footprint layer is required."))
        input_name = str(parameters.get("INPUT"))
        crs = require_projected(source, input_name)
        fields = self._field_names(parameters, context, source)
        ground = self._ground(parameters, context, crs, feedback)
        storey_height = self.parameterAsDouble(parameters, "STOREY_HEIGHT", context)
        footprints, skipped = [], []
        for feature in iter_features(source, None, feedback.isCanceled):
            label = str(feature[fields["NAME_FIELD"]]) if fields["NAME_FIELD"] and feature[fields["NAME_FIELD"]] not in (None, "") else "fid {}".format(feature.id())
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                skipped.append(str(UrbanTwinError(tr("The footprint has no geometry."), path=input_name, obj=label)))
                continue
            parts = footprint_parts(geometry)
            base = ground.base_of(parts)
            if base is None:
                skipped.append(str(UrbanTwinError(tr("No base height: the footprint lies outside the terrain model."), path=input_name, obj=label)))
                continue

            def value(name, feature=feature):
                field_name = fields[name]
                if not field_name:
                    return None
                raw = feature[field_name]
                return None if raw is None or (hasattr(raw, "isNull") and raw.isNull()) else raw

            footprints.append(PlannedFootprint(
                str(feature.id()), parts, value("STOREYS_FIELD"), value("EAVES_HEIGHT_FIELD"), value("ROOF_TYPE_FIELD"),
                value("ROOF_PITCH_FIELD"), value("RIDGE_HEIGHT_FIELD"), value("RIDGE_DIRECTION_FIELD"),
                value("FUNCTION_FIELD"), value("NAME_FIELD"), base))
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled by the user."))
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if not output.lower().endswith(".gpkg"):
            output += ".gpkg"
        epsg = crs.postgisSrid() or None
        provenance = build_provenance("urbantwin:massing", {k: v for k, v in parameters.items() if k != "OUTPUT"}, [input_name],
                                      {"baseHeight": ground.describe()})

        def store_metadata(temporary, report):
            abstract = tr("Planned building masses from {} (base height: {}).").format(input_name, ground.describe())
            save_variant_metadata(temporary, provenance, tr("Planned buildings"), abstract, crs.authid())

        report = write_massing(output, footprints, epsg, storey_height, os.path.basename(input_name.split("|")[0]),
                               feedback=feedback, on_written=store_metadata)
        for message in skipped + report.skipped:
            feedback.reportError(message, False)
        for building_id, name, note in report.notes:
            feedback.pushWarning(tr("Building {} ({}): {}").format(name, building_id, note))
        feedback.pushInfo(tr("{} planned buildings written; roof types built: {}; base height from the {}.").format(
            report.buildings, ", ".join("{} × {}".format(n, code) for code, n in sorted(report.roof_types.items())), ground.describe()))
        load_variant_on_completion(output, context, tr("Planned buildings"))
        feedback.setProgress(100)
        return {"OUTPUT": output, "BUILDINGS": report.buildings, "FALLBACKS": len({b for b, _n, _m in report.notes})}
