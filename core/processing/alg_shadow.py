"""urbantwin:shadow — shadow polygons of all buildings for a date and one or more local times."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameters,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)
from qgis.PyQt.QtCore import QDate

from ..analysis.solar import layers, outputs, shadow, times
from ..analysis.solar.sun import sun_position
from ..errors import CancelledError
from ..i18n import tr
from ..provenance import build_provenance
from .base import UrbanTwinAlgorithm


def read_solids(source, name, crs, context, feedback):
    """Buildings from a buildings layer (whole geometry) or a building_surfaces layer."""
    if source.fields().indexFromName("surface_type") >= 0:
        return shadow.group_buildings(layers.read_surfaces(source, name, feedback, crs, context.transformContext()))
    return shadow.group_buildings(layers.read_shading_buildings(source, crs, context.transformContext(), feedback))


def read_date(algorithm, parameters, context, name="DATE"):
    """The DATE parameter as datetime.date (QGIS 3.22 has no QgsProcessingAlgorithm.parameterAsDate)."""
    value = QgsProcessingParameters.parameterAsDate(algorithm.parameterDefinition(name), parameters, context)
    if value is not None and value.isValid():
        return value.toPyDate()
    return times.parse_date(parameters.get(name))


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "shadow"
    ALG_GROUP = "analysis"

    def display_name(self):
        return tr("Shadow polygons of buildings")

    def help_text(self):
        return tr(
            "Casts the shadows of all buildings on the ground for a date and one or more local times, e.g. to show "
            "the shadow of a planned building on 21 March at 10:00.\n\n"
            "Buildings: the buildings or building_surfaces layer of the city model import (3D, with Z, projected CRS). "
            "Every roof and wall face is projected along the sun ray onto the building's lowest point; terrain slope "
            "is ignored.\n"
            "Date: the day (e.g. 21 March or 17 January, the reference days of DIN EN 17037 / DIN 5034-1).\n"
            "Times: local clock times, one (10:00), a list (9:00, 12:00, 15:00) or a series (8:00-16:00/60 = every "
            "60 minutes). Times when the sun is below 2° are skipped with a warning.\n"
            "Time zone: Europe/Berlin by default (summer time is applied).\n"
            "Output: one polygon per building and time, with the sun's elevation and azimuth and the shadow length."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource("BUILDINGS", tr("Buildings (buildings or building_surfaces layer)"), polygon))
        self.addParameter(
            QgsProcessingParameterDateTime("DATE", tr("Date"), QgsProcessingParameterDateTime.Type.Date, QDate(2026, 3, 21))
        )
        self.addParameter(QgsProcessingParameterString("TIMES", tr("Local times (HH:MM, list or series HH:MM-HH:MM/minutes)"), "10:00"))
        self.addParameter(QgsProcessingParameterString("TIMEZONE", tr("Time zone"), times.DEFAULT_TIMEZONE))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT", tr("Shadows")))
        self.addOutput(QgsProcessingOutputNumber("SHADOW_COUNT", tr("Shadow polygons")))

    def run_algorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "BUILDINGS", context)
        if source is None:
            raise QgsProcessingException(tr("The buildings layer is required."))
        name = str(parameters.get("BUILDINGS"))
        crs = layers.working_crs(source, name, feedback, context.transformContext())
        latitude, longitude = layers.site_of(source, crs, context.transformContext())
        date = read_date(self, parameters, context)
        zone = times.time_zone(self.parameterAsString(parameters, "TIMEZONE", context))
        moments = times.local_moments(date, times.parse_times(self.parameterAsString(parameters, "TIMES", context)), zone)
        solids = read_solids(source, name, crs, context, feedback)
        if not solids:
            raise QgsProcessingException(tr("The layer {} contains no 3D building faces.").format(name))

        seconds = [m.timestamp() for m in moments]
        elevations, azimuths = sun_position(seconds, latitude, longitude)
        rows = []
        used = 0
        for step, (moment, elevation, azimuth) in enumerate(zip(moments, elevations, azimuths)):
            label = moment.isoformat(timespec="minutes")
            if elevation < shadow.MIN_ELEVATION:
                feedback.pushWarning(tr("At {} the sun is {:.1f}° high (below {}°); no shadows for this time.").format(label, elevation, shadow.MIN_ELEVATION))
                continue
            used += 1
            for number, solid in enumerate(solids):
                if number % 200 == 0:
                    if feedback.isCanceled():
                        raise QgsProcessingException(str(CancelledError()))
                    feedback.setProgress(90.0 * (step + number / len(solids)) / len(moments))
                geometry, length = shadow.building_shadow(solid, float(elevation), float(azimuth))
                if geometry is None or geometry.isEmpty():
                    continue
                geometry.convertToMultiType()
                rows.append((geometry, [solid.building_id, label, round(float(elevation), 2), round(float(azimuth), 2), round(length, 2), round(geometry.area(), 2)]))
        if not used:
            raise QgsProcessingException(
                tr("The sun is below {}° at every requested time on {} (night or polar night); no shadows.").format(shadow.MIN_ELEVATION, date.isoformat())
            )
        provenance = build_provenance(
            "urbantwin:shadow", {k: v for k, v in parameters.items() if k != "OUTPUT"}, [name],
            {"site": [round(latitude, 5), round(longitude, 5)], "times": [m.isoformat() for m in moments]},
        )
        output = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        outputs.write_shadows(output, rows, crs, provenance)
        feedback.setProgress(100)
        return {"OUTPUT": output, "SHADOW_COUNT": len(rows)}
