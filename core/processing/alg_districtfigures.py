"""urbantwin:districtfigures — key figures per district polygon or plan area."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorDestination,
    QgsWkbTypes,
)

from ..analysis import compliance, compliance_io, district, district_output
from ..analysis.result_layers import DefaultStylePostProcessor, grz_renderer, write_layer
from ..analysis.working_crs import choose_working_crs, describe_working_crs
from ..i18n import tr
from ..provenance import build_provenance
from .base import UrbanTwinAlgorithm


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "districtfigures"
    ALG_GROUP = "analysis"

    def display_name(self):
        return tr("District key figures")

    def help_text(self):
        return tr(
            "Key figures per district polygon (Quartier, statistical district) or per plan area: number of "
            "buildings, built area, estimated gross floor area, building volume, mean and maximum height, "
            "GRZ and GFZ as built, shares of building functions by AdV function group (by floor area), roof "
            "types and years of construction where the city model has them.\n\n"
            "Districts: any polygon layer (e.g. Quartiere, or the Baugebiete of the XPlanung import); "
            "the name field labels the rows.\n"
            "Buildings: the 'buildings' or 'footprints' layer of the city model import. Areas, floor area and "
            "volume use the footprints clipped to the district; counts, heights, functions and years assign "
            "each building to the district holding a point of its footprint.\n"
            "Storey height: for estimating full storeys where the city model has none (floor area = footprint "
            "× storeys; an estimate).\n"
            "Statistics (optional): a polygon grid (e.g. Zensus 100 m) whose numeric fields are apportioned "
            "to buildings by residential floor area and summed per district, or a table joined by the "
            "district name (key field)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource("DISTRICTS", tr("Districts or plan areas"), polygon))
        self.addParameter(
            QgsProcessingParameterField("NAME_FIELD", tr("District name field"), "name", "DISTRICTS", optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource("BUILDINGS", tr("Buildings (buildings or footprints layer)"), polygon)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "STOREY_HEIGHT",
                tr("Storey height for estimating full storeys (m)"),
                QgsProcessingParameterNumber.Type.Double,
                compliance.DEFAULT_STOREY_HEIGHT,
                minValue=1.0,
                maxValue=10.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "STATISTICS",
                tr("Statistics: polygon grid or table (optional)"),
                [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVector],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "STATISTICS_FIELDS",
                tr("Statistics fields to apportion or join"),
                None,
                "STATISTICS",
                QgsProcessingParameterField.DataType.Numeric,
                allowMultiple=True,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "STATISTICS_KEY_FIELD", tr("Table key field (matches the district name)"), None, "STATISTICS", optional=True
            )
        )
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT", tr("District key figures")))
        self.addOutput(QgsProcessingOutputNumber("N_BUILDINGS", tr("Buildings read from the input")))

    def run_algorithm(self, parameters, context, feedback):
        districts_source = self.parameterAsSource(parameters, "DISTRICTS", context)
        buildings_source = self.parameterAsSource(parameters, "BUILDINGS", context)
        if districts_source is None or buildings_source is None:
            raise QgsProcessingException(tr("Districts and buildings layers are required."))
        statistics_source = self.parameterAsSource(parameters, "STATISTICS", context)
        stat_fields = self.parameterAsFields(parameters, "STATISTICS_FIELDS", context) if statistics_source else []
        key_field = self.parameterAsString(parameters, "STATISTICS_KEY_FIELD", context) or ""
        name_field = self.parameterAsString(parameters, "NAME_FIELD", context) or ""
        storey_height = self.parameterAsDouble(parameters, "STOREY_HEIGHT", context)
        candidates = [districts_source.sourceCrs(), buildings_source.sourceCrs()]
        working_crs = choose_working_crs(candidates, [districts_source, buildings_source], context.transformContext())
        feedback.pushInfo(describe_working_crs(working_crs, candidates))

        def canceled():
            return feedback.isCanceled()

        def transform_for(source, name):
            transform = compliance_io.make_transform(source.sourceCrs(), working_crs, context.transformContext())
            if transform is not None:
                feedback.pushWarning(
                    tr("{} is in {} and is reprojected to {} for the check.").format(
                        name, source.sourceCrs().authid(), working_crs.authid()
                    )
                )
            return transform

        buildings = compliance_io.read_buildings(
            compliance_io.features_of(buildings_source, canceled),
            transform_for(buildings_source, tr("The buildings layer")),
            None,
            feedback.pushWarning,
            canceled,
        )
        if not buildings:
            feedback.pushWarning(tr("No buildings in the input: every district gets 0 buildings; the figures say nothing about "
                                    "the built stock."))
        feedback.setProgress(30)
        districts = []
        transform = transform_for(districts_source, tr("The district layer"))
        for feature in compliance_io.features_of(districts_source, canceled):
            name = compliance_io.value_or_none(feature, name_field)
            label = str(name) if name is not None else compliance_io.feature_label(feature, ("gml_id", "id"))
            geometry = compliance_io.polygon_2d(compliance_io.transformed(feature.geometry(), transform))
            if geometry is None:
                feedback.pushWarning(tr("District {} has no usable polygon geometry and is left out.").format(label))
                continue
            districts.append(district.District(label, label, geometry))
        if not districts:
            raise QgsProcessingException(tr("The district layer has no usable polygons."))
        cells = None
        if statistics_source is not None and stat_fields:
            cells = self._read_statistics(statistics_source, stat_fields, key_field, transform_for, feedback, canceled)
        results = district.district_figures(districts, buildings, storey_height, cells, stat_fields, canceled)
        if canceled():
            raise QgsProcessingException(tr("Cancelled by the user."))
        feedback.setProgress(90)
        provenance = build_provenance(
            "urbantwin:" + self.ALG_NAME,
            {k: v for k, v in parameters.items() if k != "OUTPUT"},
            [parameters.get(k) for k in ("DISTRICTS", "BUILDINGS", "STATISTICS") if parameters.get(k)],
            {"storeyHeight": storey_height},
        )
        output = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        geometries = {d.district_id: d.geometry for d in districts}
        write_layer(
            output,
            "district_figures",
            district_output.district_field_definitions(stat_fields),
            [(geometries[r["district_id"]], district_output.district_row(r, stat_fields)) for r in results],
            QgsWkbTypes.Type.MultiPolygon,
            working_crs,
            grz_renderer(),
            provenance,
            tr("District key figures"),
        )
        total = sum(r["n_buildings"] for r in results)
        feedback.pushInfo(tr("{} districts, {} buildings assigned.").format(len(results), total))
        feedback.setProgress(100)
        DefaultStylePostProcessor.attach(context, output)
        return {"OUTPUT": output, "N_BUILDINGS": len(buildings)}

    def _read_statistics(self, source, stat_fields, key_field, transform_for, feedback, canceled):
        geometry_type = QgsWkbTypes.geometryType(source.wkbType())
        tabular = geometry_type in (QgsWkbTypes.GeometryType.NullGeometry, QgsWkbTypes.GeometryType.UnknownGeometry)
        if tabular and not key_field:
            raise QgsProcessingException(tr("A statistics table without geometry needs a key field matching the district name."))
        transform = None if tabular else transform_for(source, tr("The statistics layer"))
        cells = []
        for feature in compliance_io.features_of(source, canceled):
            values = {name: compliance_io.number_or_none(feature, name) for name in stat_fields}
            if tabular:
                key = compliance_io.value_or_none(feature, key_field)
                cells.append(district.StatisticsCell(None, values, str(key) if key is not None else None))
                continue
            geometry = compliance_io.polygon_2d(compliance_io.transformed(feature.geometry(), transform))
            if geometry is None:
                feedback.pushWarning(
                    tr("Statistics cell {} has no usable polygon geometry and is left out.").format(feature.id())
                )
                continue
            cells.append(district.StatisticsCell(geometry, values))
        return cells
