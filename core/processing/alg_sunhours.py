"""urbantwin:sunhours — hours of direct sun on a day, on a ground raster and/or on façade points."""

import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsPoint,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)
from qgis.PyQt.QtCore import QDate

from ..analysis.solar import layers, outputs, sunhours, times
from ..analysis.solar.facade import facade_points
from ..analysis.solar.geometry import tilt_azimuth
from ..analysis.solar.heightraster import build_height_raster
from ..analysis.solar.horizon import horizon_angles, sky_view
from ..analysis.solar.potential import shading_facets
from ..errors import CancelledError
from ..i18n import tr
from ..provenance import build_provenance
from .alg_shadow import read_date
from .base import UrbanTwinAlgorithm


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "sunhours"
    ALG_GROUP = "analysis"

    def display_name(self):
        return tr("Hours of direct sun (Besonnung)")

    def help_text(self):
        return tr(
            "Counts the hours of direct sun on one day, on the ground (raster) and/or on façade points, taking the "
            "shadows of all buildings (and the terrain, with a DEM) into account. Reference days: 17 January "
            "(mean winter day of DIN 5034-1) and 21 March (equinox); DIN EN 17037 rates 1.5 h / 3 h / 4 h of possible "
            "sunshine on a day between 1 February and 21 March (check the thresholds against the standard text).\n\n"
            "Buildings: the building_surfaces layer (needed for façade points) or the buildings layer (3D, projected CRS).\n"
            "Date, time step and time zone: the local calendar day is sampled every step (5 minutes by default).\n"
            "Ground raster: cell size and the height above ground of the assessed points (0 m = ground, 1.5 m = eye "
            "height). Building cells are left empty (no data).\n"
            "Façade points: points every few metres on every wall, 1 m in front of it; the sun must be in front of "
            "the wall and not hidden. Each point also gets its sky view factor.\n"
            "Sky view factor raster (optional): share of the visible sky for ground cells (slow for large areas).\n"
            "Terrain model (optional): a DEM in the same CRS covering the buildings.\n"
            "Choose at least one output."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
        double = QgsProcessingParameterNumber.Type.Double
        self.addParameter(QgsProcessingParameterFeatureSource("BUILDINGS", tr("Buildings (building_surfaces or buildings layer)"), polygon))
        self.addParameter(QgsProcessingParameterDateTime("DATE", tr("Date"), QgsProcessingParameterDateTime.Type.Date, QDate(2026, 3, 21)))
        self.addParameter(QgsProcessingParameterNumber("STEP_MINUTES", tr("Time step (minutes)"), QgsProcessingParameterNumber.Type.Integer, 5, minValue=1, maxValue=60))
        self.addParameter(QgsProcessingParameterString("TIMEZONE", tr("Time zone"), times.DEFAULT_TIMEZONE))
        self.addParameter(QgsProcessingParameterNumber("CELL_SIZE", tr("Raster cell size (m)"), double, 2.0, minValue=0.25, maxValue=20.0))
        self.addParameter(QgsProcessingParameterNumber("HEIGHT_ABOVE_GROUND", tr("Height above ground of the assessed points (m)"), double, 0.0, minValue=0.0, maxValue=50.0))
        self.addParameter(QgsProcessingParameterNumber("FACADE_SPACING", tr("Spacing of façade points (m)"), double, 3.0, minValue=0.5, maxValue=50.0))
        self.addParameter(QgsProcessingParameterRasterLayer("DEM", tr("Terrain model (DEM)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT_RASTER", tr("Sun hours on the ground"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT_POINTS", tr("Sun hours on façade points"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT_SVF", tr("Sky view factor of the ground"), optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("DAY_LENGTH", tr("Day length (h)")))

    def run_algorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "BUILDINGS", context)
        if source is None:
            raise QgsProcessingException(tr("The buildings layer is required."))
        name = str(parameters.get("BUILDINGS"))
        crs = layers.working_crs(source, name, feedback, context.transformContext())
        raster_out = self.parameterAsOutputLayer(parameters, "OUTPUT_RASTER", context) if parameters.get("OUTPUT_RASTER") else None
        points_out = self.parameterAsOutputLayer(parameters, "OUTPUT_POINTS", context) if parameters.get("OUTPUT_POINTS") else None
        svf_out = self.parameterAsOutputLayer(parameters, "OUTPUT_SVF", context) if parameters.get("OUTPUT_SVF") else None
        if not (raster_out or points_out or svf_out):
            raise QgsProcessingException(tr("Choose at least one output: ground raster, façade points or sky view factor."))
        latitude, longitude = layers.site_of(source, crs, context.transformContext())
        date = read_date(self, parameters, context)
        zone = times.time_zone(self.parameterAsString(parameters, "TIMEZONE", context))
        step = self.parameterAsInt(parameters, "STEP_MINUTES", context)
        if 1440 % step:
            raise QgsProcessingException(tr("The time step must divide a day evenly (e.g. 10, 15, 30, 60 minutes)."))
        seconds = times.day_steps(date, zone, step)
        step_hours = step / 60.0
        elevation, _ = sunhours.daylight_steps(seconds, latitude, longitude)
        day_length = float(elevation.size * step_hours)
        if elevation.size == 0:
            raise QgsProcessingException(tr("The sun does not rise on {} at this place (polar night); every point has 0 hours.").format(date.isoformat()))

        if source.fields().indexFromName("surface_type") >= 0:
            records = layers.read_surfaces(source, name, feedback, crs, context.transformContext())
        else:
            records = layers.read_shading_buildings(source, crs, context.transformContext(), feedback)
        facets, bases = shading_facets(records)
        if not facets:
            raise QgsProcessingException(tr("The layer {} contains no 3D building faces.").format(name))
        xy = np.vstack([f.rings[0][:, :2] for f in facets])
        extent = (xy[:, 0].min(), xy[:, 1].min(), xy[:, 0].max(), xy[:, 1].max())
        cell = self.parameterAsDouble(parameters, "CELL_SIZE", context)
        dem_layer = self.parameterAsRasterLayer(parameters, "DEM", context)
        raster = build_height_raster(facets, bases, extent, cell, 20.0, dem_layer.source() if dem_layer else None, crs.toWkt())
        height = self.parameterAsDouble(parameters, "HEIGHT_ABOVE_GROUND", context)
        provenance = build_provenance(
            "urbantwin:sunhours", {k: v for k, v in parameters.items() if not k.startswith("OUTPUT")}, [name],
            {"site": [round(latitude, 5), round(longitude, 5)], "date": date.isoformat(), "dayLength": day_length},
        )
        results = {"DAY_LENGTH": day_length}
        feedback.pushInfo(tr("Day length on {}: {:.2f} h").format(date.isoformat(), day_length))

        def progress(fraction):
            feedback.setProgress(80.0 * fraction)
            return feedback.isCanceled()

        if raster_out:
            hours = sunhours.sun_hours_ground(raster, seconds, step_hours, latitude, longitude, height, progress=progress)
            if feedback.isCanceled():
                raise QgsProcessingException(str(CancelledError()))
            outputs.write_hours_raster(raster_out, hours, raster, crs.toWkt(), provenance, tr("Hours of direct sun"))
            results["OUTPUT_RASTER"] = raster_out
        if points_out:
            points = facade_points(records, self.parameterAsDouble(parameters, "FACADE_SPACING", context), 200, 0.75 * cell + 0.25)
            hours = sunhours.sun_hours_points(raster, points.points, seconds, step_hours, latitude, longitude, points.normals)
            svf = sky_view(horizon_angles(raster, points.points, 36), points.normals)
            _, wall_azimuth = tilt_azimuth(points.normals)
            rows = []
            for i in range(points.points.shape[0]):
                x, y, z = (float(v) for v in points.points[i])
                rows.append((QgsGeometry(QgsPoint(x, y, z)), [points.building_id[i], points.surface_id[i], round(float(wall_azimuth[i]), 1), round(z, 2), round(float(hours[i]), 3), round(float(svf[i]), 3)]))
            outputs.write_sunhour_points(points_out, rows, crs, provenance)
            results["OUTPUT_POINTS"] = points_out
        if svf_out:
            xs, ys = raster.pixel_centres()
            gx, gy = np.meshgrid(xs, ys)
            ground = ~raster.building
            points = np.column_stack([gx[ground], gy[ground], raster.heights[ground] + height + 0.05])
            svf_values = sky_view(horizon_angles(raster, points, 36), np.tile([0.0, 0.0, 1.0], (points.shape[0], 1)))
            grid = np.full(raster.heights.shape, sunhours.NODATA, dtype=np.float32)
            grid[ground] = svf_values
            outputs.write_hours_raster(svf_out, grid, raster, crs.toWkt(), provenance, tr("Sky view factor"), hours_style=False)
            results["OUTPUT_SVF"] = svf_out
        feedback.setProgress(100)
        return results
