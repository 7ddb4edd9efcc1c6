"""urbantwin:plancompliance — check buildings against the Bebauungsplan (GRZ, GRZ II, GFZ, storeys, heights)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorDestination,
    QgsWkbTypes,
)

from ..analysis import baunvo, compliance, compliance_io, compliance_output
from ..analysis.result_layers import DefaultStylePostProcessor, traffic_light_renderer, write_layer
from ..analysis.working_crs import choose_working_crs, describe_working_crs
from ..i18n import tr
from ..provenance import build_provenance
from .base import UrbanTwinAlgorithm

HEIGHT_POINTS = ["GH", "FH", "TH", "OK"]


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "plancompliance"
    ALG_GROUP = "analysis"

    def display_name(self):
        return tr("Bebauungsplan compliance check (GRZ, GFZ, storeys, heights)")

    def help_text(self):
        return tr(
            "Compares buildings with the Bebauungsplan and marks each plan area (or parcel) as complies, "
            "exceeds or not determinable for GRZ, GRZ II, GFZ, full storeys (Z) and heights (GH, FH, TH, OK).\n\n"
            "Buildings: the 'buildings' or 'footprints' layer of the city model import (only whole buildings, "
            "parent_id empty, are used).\n"
            "Garages, carports and Nebenanlagen (AdV function group 'ancillary', e.g. 31001_2463 Garage, "
            "51009_1611 Carport) count only towards GRZ II, not towards GRZ or the floor area (§19(4), §20(4) "
            "BauNVO). With the 'buildings' layer garages modelled as BuildingParts are recognised and cut out of "
            "their house; the 'footprints' layer merges the parts, so there only whole garage buildings are "
            "recognised (the GRZ note says so).\n"
            "Plan: the Baugebiete (bp_baugebietsteilflaeche) or überbaubare Grundstücksflächen of the XPlanung "
            "import, or any polygon layer; choose the fields holding GRZ, GFZ, Z and the zone type. "
            "GRZmax/GFZmax/Zmax are used where set; heights come from the h_<TOKEN>_max fields of the import, "
            "or from the height field chosen here.\n"
            "Parcels (optional): Flurstücke. GRZ and GFZ are legally measured per Baugrundstück; with parcels "
            "the check is made per parcel within each plan area, otherwise per plan area. The output says which.\n"
            "Terrain (optional): a DEM for heights above terrain, or one terrain height for the whole area; "
            "without either the lowest point of each building is used. Absolute plan heights (NHN) are compared with absolute building heights.\n"
            "Storey height: used to estimate full storeys (eaves height ÷ storey height) where the city model "
            "has no storey count — an estimate, not a Vollgeschoss determination under the Landesbauordnung.\n"
            "§17 BauNVO: when ticked, the §17 upper limits for the zone type fill in where the plan sets no "
            "GRZ/GFZ; they are marked as such.\n"
            "Outputs: one layer per plan area or parcel (traffic-light style) and one per building saying which "
            "rule it breaks. Everything is computed in metres: in the plan's projected CRS (layers in other CRSs, "
            "also lat/lon, are reprojected with a warning), or in the UTM zone of the data when all inputs are "
            "geographic. An empty buildings layer gives 'not determinable' (no buildings in the input), never "
            "'complies'. A field parameter naming a field the layer does not have stops the run before any work."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
        numeric = QgsProcessingParameterField.DataType.Numeric
        self.addParameter(
            QgsProcessingParameterFeatureSource("BUILDINGS", tr("Buildings (buildings or footprints layer)"), polygon)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource("PLAN", tr("Plan areas (Baugebiete or any polygon layer)"), polygon)
        )
        self.addParameter(QgsProcessingParameterField("PLAN_ID_FIELD", tr("Plan area id field"), "gml_id", "PLAN", optional=True))
        self.addParameter(QgsProcessingParameterField("GRZ_FIELD", tr("GRZ field"), "GRZ", "PLAN", numeric, optional=True))
        self.addParameter(QgsProcessingParameterField("GFZ_FIELD", tr("GFZ field"), "GFZ", "PLAN", numeric, optional=True))
        self.addParameter(
            QgsProcessingParameterField("Z_FIELD", tr("Full storeys field (Z)"), "Z", "PLAN", numeric, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterField(
                "ZONE_TYPE_FIELD", tr("Zone type field (WA, MI … for §17 BauNVO)"), "baugebiet_token", "PLAN", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "HEIGHT_FIELD",
                tr("Maximum height field (layers without XPlanung height fields)"),
                None,
                "PLAN",
                numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "HEIGHT_POINT",
                tr("Height field means"),
                [tr("Building height (GH)"), tr("Ridge height (FH)"), tr("Eaves height (TH)"), tr("Top edge (OK)")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "HEIGHT_REFERENCE",
                tr("Height field is measured"),
                [tr("above terrain"), tr("absolute (m above NHN)")],
                defaultValue=0,
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSource("PARCELS", tr("Parcels (Flurstücke)"), polygon, optional=True))
        self.addParameter(
            QgsProcessingParameterField(
                "PARCEL_ID_FIELD", tr("Parcel id field"), "flurstueckskennzeichen", "PARCELS", optional=True
            )
        )
        self.addParameter(QgsProcessingParameterRasterLayer("DEM", tr("Terrain model (DEM)"), optional=True))
        self.addParameter(
            QgsProcessingParameterNumber(
                "TERRAIN_HEIGHT",
                tr("Terrain height when there is no DEM (m NHN)"),
                QgsProcessingParameterNumber.Type.Double,
                None,
                optional=True,
            )
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
            QgsProcessingParameterBoolean("USE_BAUNVO17", tr("Use §17 BauNVO upper limits where the plan sets no GRZ/GFZ"), False)
        )
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT", tr("Compliance per plan area or parcel")))
        self.addParameter(
            QgsProcessingParameterVectorDestination("OUTPUT_BUILDINGS", tr("Compliance per building"), optional=True)
        )
        self.addOutput(QgsProcessingOutputNumber("N_COMPLIES", tr("Areas that comply")))
        self.addOutput(QgsProcessingOutputNumber("N_EXCEEDS", tr("Areas that exceed")))
        self.addOutput(QgsProcessingOutputNumber("N_NOT_DETERMINABLE", tr("Areas not determinable")))

    def run_algorithm(self, parameters, context, feedback):
        buildings_source = self.parameterAsSource(parameters, "BUILDINGS", context)
        plan_source = self.parameterAsSource(parameters, "PLAN", context)
        if buildings_source is None or plan_source is None:
            raise QgsProcessingException(tr("Buildings and plan layers are required."))
        parcels_source = self.parameterAsSource(parameters, "PARCELS", context)
        dem_layer = self.parameterAsRasterLayer(parameters, "DEM", context)
        transform_context = context.transformContext()
        candidates = [plan_source.sourceCrs(), buildings_source.sourceCrs()]
        working_crs = choose_working_crs(candidates, [plan_source, buildings_source], transform_context)
        feedback.pushInfo(describe_working_crs(working_crs, candidates))

        def transform_for(source, name):
            transform = compliance_io.make_transform(source.sourceCrs(), working_crs, transform_context)
            if transform is not None:
                feedback.pushWarning(
                    tr("{} is in {} and is reprojected to {} for the check.").format(
                        name, source.sourceCrs().authid(), working_crs.authid()
                    )
                )
            return transform

        fields = compliance_io.ZoneFields(
            id_field=self.parameterAsString(parameters, "PLAN_ID_FIELD", context) or "",
            grz=self.parameterAsString(parameters, "GRZ_FIELD", context) or "",
            gfz=self.parameterAsString(parameters, "GFZ_FIELD", context) or "",
            z=self.parameterAsString(parameters, "Z_FIELD", context) or "",
            zone_type=self.parameterAsString(parameters, "ZONE_TYPE_FIELD", context) or "",
            height_field=self.parameterAsString(parameters, "HEIGHT_FIELD", context) or "",
            height_token=HEIGHT_POINTS[self.parameterAsEnum(parameters, "HEIGHT_POINT", context)],
            height_reference="NHN" if self.parameterAsEnum(parameters, "HEIGHT_REFERENCE", context) == 1 else None,
        )
        plan_names = plan_source.fields().names()
        for label, name in (("GRZ", fields.grz), ("GFZ", fields.gfz), ("Z", fields.z)):
            if name and name not in plan_names:
                feedback.pushWarning(tr("The plan layer has no field {}: {} is not determinable.").format(name, label))
        if not any(n.startswith("h_") and n.endswith("_max") for n in plan_names) and not fields.height_field:
            feedback.pushWarning(tr("The plan layer has no height fields: heights are not checked."))
        storey_height = self.parameterAsDouble(parameters, "STOREY_HEIGHT", context)
        use_baunvo17 = self.parameterAsBool(parameters, "USE_BAUNVO17", context)

        def canceled():
            return feedback.isCanceled()

        feedback.pushInfo(tr("Reading buildings …"))
        dem = None
        terrain_height = parameters.get("TERRAIN_HEIGHT")
        if dem_layer is None and terrain_height not in (None, ""):
            dem = compliance_io.ConstantTerrain(self.parameterAsDouble(parameters, "TERRAIN_HEIGHT", context))
        if dem_layer is not None:
            dem = compliance_io.DemSampler(
                dem_layer, compliance_io.make_transform(working_crs, dem_layer.crs(), transform_context)
            )
        buildings = compliance_io.read_buildings(
            compliance_io.features_of(buildings_source, canceled),
            transform_for(buildings_source, tr("The buildings layer")),
            dem,
            feedback.pushWarning,
            canceled,
        )
        feedback.setProgress(20)
        zones = compliance_io.read_zones(
            compliance_io.features_of(plan_source, canceled),
            fields,
            transform_for(plan_source, tr("The plan layer")),
            use_baunvo17,
            feedback.pushWarning,
        )
        parcels = None
        if parcels_source is not None:
            parcels = compliance_io.read_parcels(
                compliance_io.features_of(parcels_source, canceled),
                self.parameterAsString(parameters, "PARCEL_ID_FIELD", context) or "",
                transform_for(parcels_source, tr("The parcel layer")),
                feedback.pushWarning,
            )
        if canceled():
            raise QgsProcessingException(tr("Cancelled by the user."))
        if not zones:
            raise QgsProcessingException(tr("The plan layer has no usable plan areas."))
        if not buildings:
            feedback.pushWarning(tr("No buildings in the input: no area can be checked; every area is 'not determinable'."))
        units = compliance_io.build_units(zones, parcels)
        basis = compliance_output.BASIS_PARCEL if parcels else compliance_output.BASIS_ZONE
        feedback.pushInfo(compliance_output.basis_label(basis))
        feedback.setProgress(30)
        unit_results, building_results = compliance.check_units(
            units,
            buildings,
            storey_height,
            progress=lambda fraction: feedback.setProgress(30 + 60 * fraction),
            is_canceled=canceled,
        )
        if canceled():
            raise QgsProcessingException(tr("Cancelled by the user."))
        provenance = build_provenance(
            "urbantwin:" + self.ALG_NAME,
            {k: v for k, v in parameters.items() if not k.startswith("OUTPUT")},
            [parameters.get(k) for k in ("BUILDINGS", "PLAN", "PARCELS", "DEM") if parameters.get(k)],
            {"basis": basis, "storeyHeight": storey_height, "baunvo17": use_baunvo17},
        )
        output = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        unit_geometries = {unit.unit_id: unit.geometry for unit in units}
        write_layer(
            output,
            "plan_compliance",
            compliance_output.unit_field_definitions(),
            [(unit_geometries[r["unit_id"]], compliance_output.unit_row(r, basis)) for r in unit_results],
            QgsWkbTypes.Type.MultiPolygon,
            working_crs,
            traffic_light_renderer(),
            provenance,
            tr("Bebauungsplan compliance"),
            compliance_output.basis_label(basis),
        )
        DefaultStylePostProcessor.attach(context, output)
        results = {"OUTPUT": output}
        building_output = self.parameterAsOutputLayer(parameters, "OUTPUT_BUILDINGS", context)
        if building_output:
            write_layer(
                building_output,
                "plan_compliance_buildings",
                compliance_output.building_field_definitions(),
                [(b.footprint, compliance_output.building_row(r)) for b, r in zip(buildings, building_results)],
                QgsWkbTypes.Type.MultiPolygon,
                working_crs,
                traffic_light_renderer(),
                provenance,
                tr("Bebauungsplan compliance per building"),
            )
            DefaultStylePostProcessor.attach(context, building_output)
            results["OUTPUT_BUILDINGS"] = building_output
        feedback.setProgress(100)
        summary, by_measure = compliance.summarise(unit_results)
        feedback.pushInfo(
            tr("{} areas: {} comply, {} exceed, {} not determinable.").format(
                len(unit_results), summary[baunvo.COMPLIES], summary[baunvo.EXCEEDS], summary[baunvo.NOT_DETERMINABLE]
            )
        )
        exceeded = ", ".join("{} {}".format(compliance.MEASURE_NAMES[m], n) for m, n in by_measure.items() if n)
        if exceeded:
            feedback.pushInfo(tr("Exceeded (number of areas): {}").format(exceeded))
        results.update(
            {
                "N_COMPLIES": summary[baunvo.COMPLIES],
                "N_EXCEEDS": summary[baunvo.EXCEEDS],
                "N_NOT_DETERMINABLE": summary[baunvo.NOT_DETERMINABLE],
            }
        )
        return results
