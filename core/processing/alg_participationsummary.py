"""urbantwin:participationsummary — contributions per area: counts, categories, votes, keywords, top contributions, hotspots."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorDestination,
    QgsProject,
    QgsWkbTypes,
)

from ..analysis.result_layers import DefaultStylePostProcessor, write_layer
from ..errors import UrbanTwinError
from ..fieldtypes import FieldType
from ..i18n import tr
from ..participation import summary
from ..participation.styles import hotspot_renderer
from ..provenance import build_provenance
from .base import UrbanTwinAlgorithm


def area_definitions():
    return [
        ("area_name", FieldType.STRING, tr("Area name")),
        ("contributions", FieldType.INT, tr("Contributions")),
        ("votes", FieldType.INT, tr("Votes")),
        ("categories", FieldType.STRING, tr("Contributions per category (JSON)")),
        ("keywords", FieldType.STRING, tr("Keywords (JSON)")),
        ("top", FieldType.STRING, tr("Most supported contributions (JSON)")),
        ("stances", FieldType.STRING, tr("Stances from the platform (JSON)")),
    ]


def hotspot_definitions():
    return [("contributions", FieldType.INT, tr("Contributions")), ("votes", FieldType.INT, tr("Votes"))]


def metric_crs(crs, extent):
    """``crs`` if projected, else the ETRS89/WGS 84 UTM zone of the extent's centre (areas and hexagons in metres)."""
    if crs.isValid() and not crs.isGeographic():
        return crs
    centre = extent.center()
    lon, lat = centre.x(), centre.y()
    if crs.isValid() and crs.authid() != "EPSG:4326":
        point = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()).transform(centre)
        lon, lat = point.x(), point.y()
    zone = int((lon + 180.0) // 6.0) + 1
    code = "EPSG:258{:02d}".format(zone) if -30 <= lon <= 42 and lat > 0 else "EPSG:{}{:02d}".format(326 if lat >= 0 else 327, zone)
    return QgsCoordinateReferenceSystem(code)


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "participationsummary"
    ALG_GROUP = "participation"
    ICON = "participation_summary.svg"

    def display_name(self):
        return tr("Summarise participation per area")

    def help_text(self):
        return tr(
            "Reads the imported contributions against areas — the plan's Geltungsbereich or Baugebiete, the variants' "
            "areas, districts or any polygon layer — for the report to the council.\n\n"
            "Per area: number of contributions, votes, contributions per category, the most frequent keywords (German "
            "stop words removed, word forms folded by simple rules, offline) and the most supported contributions "
            "with their text; stances only where the platform provided them.\n"
            "Hotspots (optional): hexagons of the chosen size with the number of contributions, to see where people "
            "spoke up.\n"
            "A contribution on the border of two areas counts for both. Contributions outside every area are counted "
            "in the log."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", tr("Contributions (from the participation import)"),
                                                              [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource("AREAS", tr("Areas (plan, variants, districts …)"),
                                                              [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField("AREA_NAME_FIELD", tr("Area name field"), None, "AREAS", optional=True))
        self.addParameter(QgsProcessingParameterNumber("TOP_N", tr("Most supported contributions per area"),
                                                       QgsProcessingParameterNumber.Type.Integer, 5, minValue=1, maxValue=50))
        self.addParameter(QgsProcessingParameterNumber("HEX_SIZE", tr("Hotspot hexagon size (m, centre to corner)"),
                                                       QgsProcessingParameterNumber.Type.Double, 50.0, minValue=5.0, maxValue=5000.0))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT", tr("Participation per area"),
                                                                  QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT_HOTSPOTS", tr("Participation hotspots"),
                                                                  QgsProcessing.SourceType.TypeVectorPolygon, optional=True,
                                                                  createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("CONTRIBUTIONS", tr("Contributions read")))
        self.addOutput(QgsProcessingOutputNumber("OUTSIDE", tr("Contributions outside every area")))

    def run_algorithm(self, parameters, context, feedback):
        points_source = self.parameterAsSource(parameters, "INPUT", context)
        areas_source = self.parameterAsSource(parameters, "AREAS", context)
        if points_source is None or areas_source is None:
            raise UrbanTwinError(tr("Contributions and areas are required."))
        name_field = self.parameterAsString(parameters, "AREA_NAME_FIELD", context) or ""
        if name_field and areas_source.fields().indexOf(name_field) < 0:
            raise UrbanTwinError(tr("The field {} does not exist in the areas layer.").format(name_field))
        missing = [n for n in ("text", "votes") if points_source.fields().indexOf(n) < 0]
        if missing:
            raise UrbanTwinError(tr("The contributions layer lacks the field(s) {}; import it with “Import participation "
                                    "contributions” first.").format(", ".join(missing)))
        working = metric_crs(areas_source.sourceCrs(), areas_source.sourceExtent())
        to_working = QgsCoordinateTransform(areas_source.sourceCrs(), working, context.transformContext())
        areas = []
        for feature in areas_source.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                continue
            geometry.transform(to_working)
            label = feature[name_field] if name_field else None
            areas.append(summary.Area(str(label) if label not in (None, "") else str(feature.id()), geometry))
        if not areas:
            raise UrbanTwinError(tr("The areas layer has no polygons."))
        points_to_working = QgsCoordinateTransform(points_source.sourceCrs(), working, context.transformContext())
        field_names = [f.name() for f in points_source.fields()]
        records = []
        for feature in points_source.getFeatures():
            if feedback.isCanceled():
                raise UrbanTwinError(tr("Cancelled by the user."))
            geometry = QgsGeometry(feature.geometry())
            if not geometry.isNull() and not geometry.isEmpty():
                geometry.transform(points_to_working)
            else:
                geometry = None
            values = {name: (None if feature[name] is None or (hasattr(feature[name], "isNull") and feature[name].isNull())
                             else feature[name]) for name in ("text", "category", "date", "votes", "stance") if name in field_names}
            records.append((geometry, values))
        feedback.setProgress(40)
        top_n = self.parameterAsInt(parameters, "TOP_N", context)
        rows, outside = summary.summarise(areas, records, top_n)
        if outside:
            feedback.pushInfo(tr("{} contributions lie outside every area.").format(outside))
        provenance = build_provenance("urbantwin:" + self.ALG_NAME, {"TOP_N": top_n, "AREA_NAME_FIELD": name_field},
                                      [parameters.get("INPUT"), parameters.get("AREAS")])
        output = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        columns = [name for name, _type, _alias in area_definitions()]
        write_layer(output, "participation_areas", area_definitions(),
                    [(area.geometry, [row[c] for c in columns]) for area, row in zip(areas, rows)],
                    QgsWkbTypes.Type.MultiPolygon, working, hotspot_renderer(), provenance, tr("Participation per area"))
        DefaultStylePostProcessor.attach(context, output)
        results = {"OUTPUT": output, "CONTRIBUTIONS": len(records), "OUTSIDE": outside}
        hotspots = self.parameterAsOutputLayer(parameters, "OUTPUT_HOTSPOTS", context) if parameters.get("OUTPUT_HOTSPOTS") else None
        if hotspots:
            located = [(g.asPoint().x(), g.asPoint().y(), r.get("votes")) for g, r in records if g is not None]
            bins = summary.hexagon_bins([(x, y) for x, y, _v in located], self.parameterAsDouble(parameters, "HEX_SIZE", context),
                                        [v for _x, _y, v in located])
            write_layer(hotspots, "participation_hotspots", hotspot_definitions(),
                        [(geometry, [count, votes]) for geometry, count, votes in bins], QgsWkbTypes.Type.Polygon, working,
                        hotspot_renderer(), provenance, tr("Participation hotspots"))
            DefaultStylePostProcessor.attach(context, hotspots)
            results["OUTPUT_HOTSPOTS"] = hotspots
        return results
