"""urbantwin:heavyrain — heavy-rain screening: sinks, flow paths and affected buildings (Fließpfad- und Senkenkarte)."""

import time

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorDestination,
)

from ..analysis.result_layers import DefaultStylePostProcessor
from ..climate import heavyrain_io, inputs
from ..i18n import tr
from ..provenance import build_provenance
from .base import UrbanTwinAlgorithm

RAIN_PRESETS = (None, 30.0, 50.0, 100.0)


def area_geometry(algorithm, parameters, context, crs):
    """The union of the AREA polygons in ``crs`` or None."""
    from qgis.core import QgsGeometry

    source = algorithm.parameterAsSource(parameters, "AREA", context) if parameters.get("AREA") else None
    if source is None:
        return None
    polygons = [g for g, _ in inputs.read_polygons(source, crs, context)]
    if not polygons:
        raise QgsProcessingException(tr("The area of interest has no polygons."))
    return QgsGeometry.unaryUnion(polygons)


def read_measures(algorithm, parameters, context, crs, key="MEASURES"):
    source = algorithm.parameterAsSource(parameters, key, context) if parameters.get(key) else None
    if source is None:
        return []
    fields = source.fields()
    if fields.indexFromName(heavyrain_io.STORAGE_FIELD) < 0 and fields.indexFromName(heavyrain_io.RUNOFF_FIELD) < 0:
        raise QgsProcessingException(
            tr("The measures layer {} needs a field {} (retention volume, m³) or {} (share of the rain that runs off, 0–1).")
            .format(parameters.get(key), heavyrain_io.STORAGE_FIELD, heavyrain_io.RUNOFF_FIELD))
    return inputs.read_polygons(source, crs, context, (heavyrain_io.STORAGE_FIELD, heavyrain_io.RUNOFF_FIELD))


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "heavyrain"
    ALG_GROUP = "climate"
    ICON = "heavyrain.svg"

    def display_name(self):
        return tr("Heavy-rain hazard (flow paths and sinks)")

    def help_text(self):
        return tr(
            "Screening, not a flood model. Finds the sinks (depressions) of a terrain model, the flow paths of surface "
            "runoff and the buildings that lie in a sink or on a flow path — the Fließpfad- und Senkenkarte of the LUBW "
            "guidance (Kommunales Starkregenrisikomanagement, 2016), the step before a hydrodynamic hazard map.\n\n"
            "Method: buildings are raised 10 m into the DEM as obstacles; depressions are filled by priority-flood "
            "(Barnes et al. 2014), flats are resolved, flow follows the steepest descent (D8). A sink's fill ratio is the "
            "runoff of the design rain that reaches it (rain × runoff coefficient over its catchment, minus what retention "
            "spaces and sinks upstream hold) divided by its volume, capped at 1.\n\n"
            "What it can say: where water collects and how deep it can stand at most, where it flows, which buildings "
            "lie there. What it cannot say: no sewer network, no infiltration over time, no flow velocities, no water "
            "levels over time; the rain's duration does not change the result (volumes only). Check hot spots with an "
            "engineering office's 2D simulation.\n\n"
            "DEM: a GeoTIFF or any GDAL raster, typically DGM1 (1 m), projected CRS. Buildings: the buildings or "
            "footprints layer of the import or a variant. Measures (optional): polygons with a field storage_m3 "
            "(retention volume) and/or runoff_coefficient (e.g. 0.3 for an unsealed area). Area (optional): only the "
            "DEM inside it is analysed; water leaves over its edge."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
        double = QgsProcessingParameterNumber.Type.Double
        self.addParameter(QgsProcessingParameterRasterLayer("DEM", tr("Terrain model (DEM)")))
        self.addParameter(QgsProcessingParameterFeatureSource("BUILDINGS", tr("Buildings (obstacles)"), polygon, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "RAIN_PRESET", tr("Rain event preset"),
            [tr("Own value (rain depth below)"), tr("30 mm in 1 h (rare)"), tr("50 mm in 1 h (very rare)"),
             tr("100 mm in 1 h (exceptional)")], defaultValue=0, optional=True))
        self.addParameter(QgsProcessingParameterNumber("RAIN_MM", tr("Rain depth (mm)"), double, 100.0, minValue=1.0, maxValue=1000.0))
        self.addParameter(QgsProcessingParameterNumber("DURATION_MIN", tr("Rain duration (minutes)"), double, 60.0, minValue=1.0, maxValue=10080.0))
        self.addParameter(QgsProcessingParameterNumber("RUNOFF_COEFFICIENT", tr("Runoff coefficient outside measures (0–1)"), double, 1.0,
                                                       minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterFeatureSource("MEASURES", tr("Measures (retention / unsealing polygons)"), polygon, optional=True))
        self.addParameter(QgsProcessingParameterNumber("FLOW_THRESHOLD_M2", tr("Flow path threshold: catchment area (m²)"), double, 1000.0,
                                                       minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber("MIN_DEPTH_M", tr("Minimum sink depth (m)"), double, 0.1, minValue=0.0, maxValue=10.0))
        self.addParameter(QgsProcessingParameterFeatureSource("AREA", tr("Area of interest"), polygon, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("DISTRICTS", tr("Districts (for counts per district)"), polygon, optional=True))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT_SINKS", tr("Sinks")))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT_FLOWPATHS", tr("Flow paths")))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT_BUILDINGS", tr("Affected buildings"), optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT_DEPTH", tr("Water depth in sinks"), optional=True))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT_DISTRICTS", tr("Affected buildings and sinks per district"),
                                                                  optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("SINK_COUNT", tr("Number of sinks")))
        self.addOutput(QgsProcessingOutputNumber("SINK_VOLUME", tr("Total sink volume (m³)")))
        self.addOutput(QgsProcessingOutputNumber("AFFECTED_BUILDINGS", tr("Number of affected buildings")))
        self.addOutput(QgsProcessingOutputNumber("FLOWPATH_COUNT", tr("Number of flow path reaches")))

    def run_algorithm(self, parameters, context, feedback):
        started = time.time()
        dem_layer = self.parameterAsRasterLayer(parameters, "DEM", context)
        if dem_layer is None:
            raise QgsProcessingException(tr("The terrain model (DEM) is required."))
        crs = dem_layer.crs()
        if not crs.isValid() or crs.isGeographic():
            raise QgsProcessingException(tr("The DEM {} must be in a projected CRS with metres, not {}.").format(
                dem_layer.source(), crs.authid() or "?"))
        preset = self.parameterAsEnum(parameters, "RAIN_PRESET", context) if parameters.get("RAIN_PRESET") is not None else 0
        rain_mm = RAIN_PRESETS[preset] or self.parameterAsDouble(parameters, "RAIN_MM", context)
        duration = self.parameterAsDouble(parameters, "DURATION_MIN", context)
        threshold = self.parameterAsDouble(parameters, "FLOW_THRESHOLD_M2", context)
        min_depth = self.parameterAsDouble(parameters, "MIN_DEPTH_M", context)
        coefficient = self.parameterAsDouble(parameters, "RUNOFF_COEFFICIENT", context)

        footprints = []
        buildings = self.parameterAsSource(parameters, "BUILDINGS", context) if parameters.get("BUILDINGS") else None
        if buildings is not None:
            footprints = inputs.read_footprints(buildings, crs, context, feedback)
        measures = read_measures(self, parameters, context, crs)
        area = area_geometry(self, parameters, context, crs)
        districts_source = self.parameterAsSource(parameters, "DISTRICTS", context) if parameters.get("DISTRICTS") else None
        districts = inputs.read_districts(districts_source, crs, context) if districts_source is not None else []
        feedback.setProgress(10)
        scenario = heavyrain_io.load_scenario(dem_layer.source(), footprints, measures, area, coefficient)
        feedback.pushInfo(tr("DEM window: {} × {} cells of {:g} m; {} buildings; rain {:g} mm in {:g} min ({:.0f} mm/h).").format(
            scenario.grid.cols, scenario.grid.rows, scenario.grid.cell, len(footprints), rain_mm, duration, rain_mm * 60.0 / duration))
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled by the user."))
        result = heavyrain_io.run(scenario, rain_mm, threshold, min_depth)
        feedback.setProgress(60)
        provenance = build_provenance(
            "urbantwin:heavyrain", {k: v for k, v in parameters.items() if not k.startswith("OUTPUT")},
            [parameters.get(k) for k in ("DEM", "BUILDINGS", "MEASURES", "AREA") if parameters.get(k)],
            {"rainMm": rain_mm, "durationMin": duration, "runoffCoefficient": coefficient, "method": "priority-flood fill, D8"},
        )
        crs_out = QgsCoordinateReferenceSystem(crs)
        outputs = {}
        sinks_out = self.parameterAsOutputLayer(parameters, "OUTPUT_SINKS", context)
        heavyrain_io.write_sinks(sinks_out, result, scenario.grid, crs_out, provenance)
        outputs["OUTPUT_SINKS"] = sinks_out
        paths_out = self.parameterAsOutputLayer(parameters, "OUTPUT_FLOWPATHS", context)
        heavyrain_io.write_flowpaths(paths_out, result, scenario.grid, crs_out, provenance, threshold)
        outputs["OUTPUT_FLOWPATHS"] = paths_out
        rows = heavyrain_io.building_rows(result, scenario.footprints, districts)
        if parameters.get("OUTPUT_BUILDINGS"):
            buildings_out = self.parameterAsOutputLayer(parameters, "OUTPUT_BUILDINGS", context)
            heavyrain_io.write_buildings(buildings_out, rows, crs_out, provenance)
            outputs["OUTPUT_BUILDINGS"] = buildings_out
        if parameters.get("OUTPUT_DEPTH"):
            depth_out = self.parameterAsOutputLayer(parameters, "OUTPUT_DEPTH", context)
            heavyrain_io.write_depth(depth_out, result, scenario.grid, provenance)
            outputs["OUTPUT_DEPTH"] = depth_out
        if parameters.get("OUTPUT_DISTRICTS"):
            if not districts:
                raise QgsProcessingException(tr("The per-district output needs a districts layer."))
            districts_out = self.parameterAsOutputLayer(parameters, "OUTPUT_DISTRICTS", context)
            heavyrain_io.write_districts(districts_out, heavyrain_io.district_rows(result, scenario.grid, rows, districts), crs_out, provenance)
            outputs["OUTPUT_DISTRICTS"] = districts_out
        for key in ("OUTPUT_SINKS", "OUTPUT_FLOWPATHS", "OUTPUT_BUILDINGS", "OUTPUT_DISTRICTS", "OUTPUT_DEPTH"):
            if key in outputs:  # rasters: loadDefaultStyle() reads the .qml beside them
                DefaultStylePostProcessor.attach(context, outputs[key])
        volume = sum(s["volume"] for s in result.sinks)
        full = sum(1 for s in result.sinks if s["fill_ratio"] >= 1.0)
        feedback.pushInfo(tr("{} sinks (≥ {:g} m deep), {:.0f} m³ in total, {} filled by the design rain; {} flow paths; "
                             "{} affected buildings ({:.1f} s).").format(len(result.sinks), min_depth, volume, full,
                                                                         len(result.flowpaths), len(rows), time.time() - started))
        for district, counts in sorted(heavyrain_io.district_counts(rows).items()):
            feedback.pushInfo(tr("District {}: {} affected buildings (moderate {}, high {}, very high {}).").format(
                district, sum(counts.values()), counts.get(1, 0), counts.get(2, 0), counts.get(3, 0)))
        feedback.pushWarning(heavyrain_io.screening_caveat())
        feedback.setProgress(100)
        outputs.update({"SINK_COUNT": len(result.sinks), "SINK_VOLUME": round(volume, 1), "AFFECTED_BUILDINGS": len(rows),
                        "FLOWPATH_COUNT": len(result.flowpaths)})
        return outputs
