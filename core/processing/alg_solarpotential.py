"""urbantwin:solarpotential — annual irradiation, usable area, kWp and yield of LoD2 roofs with shading."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)

from ..analysis.solar import climate, layers, outputs
from ..analysis.solar.potential import Cancelled, SolarSettings, compute_solar_potential
from ..errors import CancelledError, UrbanTwinError
from ..i18n import tr
from ..provenance import build_provenance
from .base import UrbanTwinAlgorithm

TIME_STEPS = (60, 30, 15, 10)


def _numbers(values):
    return ", ".join("{:g}".format(v) for v in values)


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "solarpotential"
    ALG_GROUP = "analysis"

    def display_name(self):
        return tr("Solar potential of roofs (with shading)")

    def help_text(self):
        return tr(
            "Computes for every roof surface of a LoD2 city model the annual solar irradiation (kWh/m²a) with and "
            "without shading by neighbouring buildings and terrain, the usable area, the module power (kWp), the "
            "yield (kWh/a) and a suitability class. Works offline: no weather data is downloaded.\n\n"
            "Surfaces: the building_surfaces layer of the city model import (RoofSurface; WallSurface too if "
            "façades are included). Must be 3D (with Z) in a projected CRS.\n"
            "Shading buildings (optional): the buildings layer; without it the surfaces layer itself casts the "
            "shadows. Add planned buildings here to see their effect.\n"
            "Terrain model (optional): a DEM in the same CRS covering the buildings; terrain up to the maximum ray "
            "distance shades, too. Without a DEM the ground is taken from the base of the nearest building.\n"
            "Year and time step: the calendar of the synthetic year (sun positions every step).\n"
            "Monthly global horizontal irradiation: 12 values in kWh/m² (January … December) or one annual value; "
            "the default is a typical central German site, 1,080 kWh/m²a. A clear-sky model with monthly Linke "
            "turbidity is mixed with overcast hours so that each month meets this value with a realistic diffuse "
            "share (about 55 %).\n"
            "Module efficiency: kWp per m² of module area (0.20 = 200 Wp/m²). Performance ratio: system losses "
            "(0.80 = 20 % losses). Minimum usable area: smaller roofs are classed not suitable.\n"
            "Usable area: the roof minus an edge clearance; flat roofs (tilt < 10°) count with a coverage ratio for "
            "elevated rows; north-facing pitched roofs are not suitable.\n"
            "Suitability: share of the best unshaded plane in the same climate: very good ≥ 95 %, good ≥ 80 %, "
            "limited ≥ 75 %, otherwise check on site.\n"
            "Advanced: sky model (Perez or isotropic), Linke turbidity, overcast transmittance, albedo, raster "
            "resolution, number of horizon directions, sample spacing and maximum ray distance."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
        double = QgsProcessingParameterNumber.Type.Double
        self.addParameter(QgsProcessingParameterFeatureSource("SURFACES", tr("Building surfaces (building_surfaces layer)"), polygon))
        self.addParameter(QgsProcessingParameterFeatureSource("BUILDINGS", tr("Shading buildings (buildings layer)"), polygon, optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer("DEM", tr("Terrain model (DEM)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber("YEAR", tr("Year"), QgsProcessingParameterNumber.Type.Integer, 2026, minValue=1950, maxValue=2100))
        self.addParameter(QgsProcessingParameterEnum("TIME_STEP", tr("Time step"), [tr("{} minutes").format(m) for m in TIME_STEPS], defaultValue=0))
        self.addParameter(
            QgsProcessingParameterString(
                "MONTHLY_GHI", tr("Monthly global horizontal irradiation, January … December (kWh/m²)"), _numbers(climate.DEFAULT_MONTHLY_GHI)
            )
        )
        self.addParameter(QgsProcessingParameterNumber("MODULE_EFFICIENCY", tr("Module efficiency (kWp per m²)"), double, 0.20, minValue=0.05, maxValue=0.5))
        self.addParameter(QgsProcessingParameterNumber("PERFORMANCE_RATIO", tr("Performance ratio"), double, 0.80, minValue=0.3, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber("MIN_USABLE_AREA", tr("Minimum usable area (m²)"), double, 10.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean("INCLUDE_FACADES", tr("Include façades (WallSurface)"), False))
        advanced = [
            QgsProcessingParameterEnum("SKY_MODEL", tr("Sky model"), [tr("Perez (1990)"), tr("Isotropic")], defaultValue=0),
            QgsProcessingParameterString("LINKE_TURBIDITY", tr("Monthly Linke turbidity"), _numbers(climate.DEFAULT_LINKE_TURBIDITY)),
            QgsProcessingParameterNumber("OVERCAST_TRANSMITTANCE", tr("Overcast transmittance"), double, climate.DEFAULT_OVERCAST_TRANSMITTANCE, minValue=0.1, maxValue=0.9),
            QgsProcessingParameterNumber("ALBEDO", tr("Ground albedo"), double, climate.DEFAULT_ALBEDO, minValue=0.0, maxValue=1.0),
            QgsProcessingParameterNumber("EDGE_CLEARANCE", tr("Edge clearance (m)"), double, 0.5, minValue=0.0, maxValue=5.0),
            QgsProcessingParameterNumber("RESOLUTION", tr("Height raster resolution (m)"), double, 1.0, minValue=0.25, maxValue=5.0),
            QgsProcessingParameterNumber("AZIMUTHS", tr("Horizon directions"), QgsProcessingParameterNumber.Type.Integer, 36, minValue=8, maxValue=360),
            QgsProcessingParameterNumber("SAMPLE_SPACING", tr("Sample point spacing on roofs (m)"), double, 2.0, minValue=0.25, maxValue=20.0),
            QgsProcessingParameterNumber("MAX_DISTANCE", tr("Maximum shading distance (m)"), double, 300.0, minValue=10.0, maxValue=5000.0),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | parameter.Flag.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT", tr("Solar potential per roof surface")))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT_BUILDINGS", tr("Solar potential per building"), optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("SURFACE_COUNT", tr("Surfaces computed")))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_KWP", tr("Total module power (kWp)")))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_KWH", tr("Total yield (kWh/a)")))

    def run_algorithm(self, parameters, context, feedback):
        try:
            return self._run(parameters, context, feedback)
        except Cancelled:
            raise QgsProcessingException(str(CancelledError())) from None
        except UrbanTwinError as error:
            raise QgsProcessingException(str(error)) from error

    def _settings(self, parameters, context):
        number = self.parameterAsDouble
        return SolarSettings(
            year=self.parameterAsInt(parameters, "YEAR", context),
            step_minutes=TIME_STEPS[self.parameterAsEnum(parameters, "TIME_STEP", context)],
            monthly_ghi=tuple(
                climate.parse_monthly_values(
                    self.parameterAsString(parameters, "MONTHLY_GHI", context), tr("Monthly global horizontal irradiation"), climate.DEFAULT_MONTHLY_GHI
                )
            ),
            linke_turbidity=tuple(
                climate.parse_monthly_values(
                    self.parameterAsString(parameters, "LINKE_TURBIDITY", context), tr("Monthly Linke turbidity"), climate.DEFAULT_LINKE_TURBIDITY, minimum=1.0
                )
            ),
            overcast_transmittance=number(parameters, "OVERCAST_TRANSMITTANCE", context),
            albedo=number(parameters, "ALBEDO", context),
            sky_model=climate.SKY_MODELS[self.parameterAsEnum(parameters, "SKY_MODEL", context)],
            module_efficiency=number(parameters, "MODULE_EFFICIENCY", context),
            performance_ratio=number(parameters, "PERFORMANCE_RATIO", context),
            min_usable_area=number(parameters, "MIN_USABLE_AREA", context),
            edge_clearance=number(parameters, "EDGE_CLEARANCE", context),
            include_facades=self.parameterAsBoolean(parameters, "INCLUDE_FACADES", context),
            resolution=number(parameters, "RESOLUTION", context),
            n_azimuths=self.parameterAsInt(parameters, "AZIMUTHS", context),
            sample_spacing=number(parameters, "SAMPLE_SPACING", context),
            max_distance=number(parameters, "MAX_DISTANCE", context),
        )

    def _run(self, parameters, context, feedback):
        surfaces_source = self.parameterAsSource(parameters, "SURFACES", context)
        if surfaces_source is None:
            raise QgsProcessingException(tr("The surfaces layer is required."))
        surfaces_name = parameters.get("SURFACES")
        crs = layers.working_crs(surfaces_source, str(surfaces_name), feedback, context.transformContext())
        settings = self._settings(parameters, context)
        latitude, longitude = layers.site_of(surfaces_source, crs, context.transformContext())
        feedback.pushInfo(tr("Site: {:.4f} N, {:.4f} E; annual GHI {:.0f} kWh/m²a").format(latitude, longitude, sum(settings.monthly_ghi)))

        records = layers.read_surfaces(surfaces_source, str(surfaces_name), feedback, crs, context.transformContext())
        shading = None
        buildings_source = self.parameterAsSource(parameters, "BUILDINGS", context)
        if buildings_source is not None:
            shading = layers.read_shading_buildings(buildings_source, crs, context.transformContext(), feedback)
        dem_layer = self.parameterAsRasterLayer(parameters, "DEM", context)
        dem_path = dem_layer.source() if dem_layer is not None else None
        if feedback.isCanceled():
            raise Cancelled()

        def progress(fraction, message=None):
            if message:
                feedback.pushInfo(message)
            feedback.setProgress(95.0 * fraction)
            return feedback.isCanceled()

        result = compute_solar_potential(records, latitude, longitude, settings, shading, dem_path, crs.toWkt(), progress)
        for warning in result.warnings:
            feedback.pushWarning(warning)

        provenance = build_provenance(
            "urbantwin:solarpotential",
            {k: v for k, v in parameters.items() if not k.startswith("OUTPUT")},
            [str(parameters.get(k)) for k in ("SURFACES", "BUILDINGS", "DEM") if parameters.get(k)],
            {"site": [round(latitude, 5), round(longitude, 5)], "optimumIrradiation": round(result.optimum_irradiation, 1),
             "method": "NOAA sun, Ineichen clear sky + two-state monthly mix, {} sky, horizon shading".format(settings.sky_model)},
        )
        output = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        outputs.write_surfaces(output, result, crs, provenance)
        results = {"OUTPUT": output, "SURFACE_COUNT": len(result.surface_id),
                   "TOTAL_KWP": float(result.kwp.sum()), "TOTAL_KWH": float(result.kwh.sum())}
        building_output = self.parameterAsOutputLayer(parameters, "OUTPUT_BUILDINGS", context)
        if building_output:
            outputs.write_buildings(building_output, result, crs, provenance)
            results["OUTPUT_BUILDINGS"] = building_output
        feedback.setProgress(100)
        return results
