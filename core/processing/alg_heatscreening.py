"""urbantwin:heatscreening — heat stress screening per grid cell and district: sealing, green, SVF, shade → heat index."""

import time

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorDestination,
)
from qgis.PyQt.QtCore import QDate

from ..analysis.result_layers import DefaultStylePostProcessor
from ..climate import heat, heat_io, inputs
from ..i18n import tr
from ..provenance import build_provenance
from .alg_shadow import read_date
from .base import UrbanTwinAlgorithm


def heat_parameters(algorithm, optional_buildings=False):
    """The inputs shared by heatscreening and climatemeasures."""
    polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
    point = [QgsProcessing.SourceType.TypeVectorPoint]
    double = QgsProcessingParameterNumber.Type.Double
    algorithm.addParameter(QgsProcessingParameterFeatureSource("BUILDINGS", tr("Buildings (3D: buildings or footprints layer with heights)"),
                                                               polygon, optional=optional_buildings))
    algorithm.addParameter(QgsProcessingParameterFeatureSource("LANDCOVER", tr("Land cover / sealing (polygons)"), polygon, optional=True))
    algorithm.addParameter(QgsProcessingParameterField("SEALED_FIELD", tr("Sealing field (share 0–1, percent, or sealed/unsealed)"),
                                                       parentLayerParameterName="LANDCOVER", optional=True))
    algorithm.addParameter(QgsProcessingParameterFeatureSource("TREES", tr("Trees (points, e.g. a Baumkataster)"), point, optional=True))
    algorithm.addParameter(QgsProcessingParameterField("CROWN_DIAMETER_FIELD", tr("Crown diameter field (m)"),
                                                       parentLayerParameterName="TREES", type=QgsProcessingParameterField.DataType.Numeric,
                                                       optional=True))
    algorithm.addParameter(QgsProcessingParameterField("TREE_HEIGHT_FIELD", tr("Tree height field (m)"), parentLayerParameterName="TREES",
                                                       type=QgsProcessingParameterField.DataType.Numeric, optional=True))
    algorithm.addParameter(QgsProcessingParameterRasterLayer("DEM", tr("Terrain model (DEM)"), optional=True))
    algorithm.addParameter(QgsProcessingParameterNumber("CELL_SIZE", tr("Cell size (m)"), double, 10.0, minValue=2.0, maxValue=200.0))
    algorithm.addParameter(QgsProcessingParameterNumber("SVF_RESOLUTION", tr("Resolution of the surface model for sky view and shade (m)"),
                                                        double, 2.0, minValue=0.25, maxValue=20.0))
    algorithm.addParameter(QgsProcessingParameterFeatureSource("DISTRICTS", tr("Districts"), polygon, optional=True))
    algorithm.addParameter(QgsProcessingParameterDateTime("DATE", tr("Hot summer day"), QgsProcessingParameterDateTime.Type.Date, QDate(2026, 7, 1)))


def read_heat_inputs(algorithm, parameters, context, feedback, buildings_key="BUILDINGS"):
    """(HeatInputs, districts, crs, (latitude, longitude), date) from the shared parameters."""
    source = algorithm.parameterAsSource(parameters, buildings_key, context)
    if source is None:
        raise QgsProcessingException(tr("The buildings layer is required."))
    crs = source.sourceCrs()
    if not crs.isValid() or crs.isGeographic():
        raise QgsProcessingException(tr("The layer {} must be in a projected CRS with metres (e.g. EPSG:25832), not {}.").format(
            parameters.get(buildings_key), crs.authid() or "?"))
    footprints = inputs.read_footprints(source, crs, context, feedback)
    if not footprints:
        raise QgsProcessingException(tr("The layer {} contains no building footprints.").format(parameters.get(buildings_key)))
    landcover = []
    cover = algorithm.parameterAsSource(parameters, "LANDCOVER", context) if parameters.get("LANDCOVER") else None
    if cover is not None:
        field = algorithm.parameterAsString(parameters, "SEALED_FIELD", context)
        if not field:
            raise QgsProcessingException(tr("Choose the sealing field of the land cover layer."))
        unreadable = 0
        for geometry, values in _polygons_with_text(cover, crs, context, field):
            value = heat_io.sealed_value(values)
            if value is None:
                unreadable += 1
                continue
            landcover.append((geometry, value))
        if unreadable:
            feedback.pushWarning(tr("{} land cover polygons have no readable sealing value and count as unknown.").format(unreadable))
    trees = []
    tree_source = algorithm.parameterAsSource(parameters, "TREES", context) if parameters.get("TREES") else None
    if tree_source is not None:
        read, defaults = inputs.read_trees(tree_source, crs, context, algorithm.parameterAsString(parameters, "CROWN_DIAMETER_FIELD", context),
                                           algorithm.parameterAsString(parameters, "TREE_HEIGHT_FIELD", context), parameters.get("TREES"))
        trees = [heat.Tree(t.x, t.y, t.crown_diameter, t.height) for t in read]
        if defaults:
            feedback.pushWarning(tr("{} trees without crown diameter or height get 6 m crown and 10 m height.").format(defaults))
    districts_source = algorithm.parameterAsSource(parameters, "DISTRICTS", context) if parameters.get("DISTRICTS") else None
    districts = inputs.read_districts(districts_source, crs, context) if districts_source is not None else []
    box = None
    for geometry in [f.geometry for f in footprints] + [g for _, g in districts]:
        box = geometry.boundingBox() if box is None else _union(box, geometry.boundingBox())
    margin = 20.0
    extent = (box.xMinimum() - margin, box.yMinimum() - margin, box.xMaximum() + margin, box.yMaximum() + margin)
    dem = algorithm.parameterAsRasterLayer(parameters, "DEM", context) if parameters.get("DEM") else None
    heat_inputs = heat_io.HeatInputs(
        footprints, landcover, trees, [], set(), extent, crs.toWkt(),
        algorithm.parameterAsDouble(parameters, "CELL_SIZE", context),
        algorithm.parameterAsDouble(parameters, "SVF_RESOLUTION", context), dem.source() if dem is not None else None)
    centre = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), context.transformContext()).transform(
        QgsPointXY((extent[0] + extent[2]) / 2.0, (extent[1] + extent[3]) / 2.0))
    date = read_date(algorithm, parameters, context)
    return heat_inputs, districts, crs, (centre.y(), centre.x()), date


def _union(a, b):
    a = type(a)(a)
    a.combineExtentWith(b)
    return a


def _polygons_with_text(source, crs, context, field):
    """Polygons with the raw value of ``field`` (numbers or words)."""
    from ..analysis import compliance_io

    transform = inputs.transform_to(source, crs, context)
    for feature in compliance_io.features_of(source):
        geometry = compliance_io.polygon_2d(feature.geometry())
        if geometry is None:
            continue
        if transform is not None:
            geometry.transform(transform)
        yield geometry, feature[field]


def run_heat(heat_inputs, location, date, feedback, share=1.0, offset=0.0):
    scene, coarse, grid, without_height = heat_io.build_scene(heat_inputs)
    if without_height:
        feedback.pushWarning(tr("{} buildings have no height and are left out of the surface model.").format(without_height))
    seconds = heat_io.afternoon_seconds(date)

    def progress(fraction):
        feedback.setProgress(100.0 * (offset + share * 0.9 * fraction))
        return feedback.isCanceled()

    result = heat.screen(scene, seconds, location[0], location[1], progress=progress)
    if feedback.isCanceled():
        raise QgsProcessingException(tr("Cancelled by the user."))
    return result, coarse, grid


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "heatscreening"
    ALG_GROUP = "climate"
    ICON = "heatscreening.svg"

    def display_name(self):
        return tr("Heat stress (screening)")

    def help_text(self):
        return tr(
            "Screening, not a climate simulation. Rates every grid cell (default 10 m) and district by a transparent "
            "heat index from sealing, green, building volume, sky view factor at street level and the share of the "
            "afternoon (13–17 h) in shade on a hot summer day:\n"
            "heat_index = 100 × (0.30·sealed + 0.20·(1 − green) + 0.20·(1 − shade) + 0.15·min(1, volume density / 10 m) "
            "+ 0.15·(1 − SVF)), in five classes (< 20, 20–40, 40–60, 60–80, ≥ 80). The weights follow the logic of "
            "urban climate analyses after VDI 3787 Blatt 1 (Klimafunktionskarte): thermal load grows with sealing and "
            "building mass and falls with green, shade and open sky.\n\n"
            "What it can say: where the day-time and night-time heat load is likely highest, and how trees, unsealing "
            "or a variant's buildings shift it. What it cannot say: no air or surface temperatures, no wind, no cold-air "
            "flow, no mean radiant temperature (use SOLWEIG or PALM-4U for that).\n\n"
            "Buildings: buildings/footprints of the import or a variant (heights from height, z_max − z_min or storeys). "
            "Land cover (optional): polygons with a sealing field (0–1, percent, or words like versiegelt/unversiegelt); "
            "open ground without land cover counts as half sealed. Trees (optional): points with crown diameter and height "
            "(missing: 6 m and 10 m). DEM (optional): terrain for the surface model. Hotspots: connected cells of classes 4–5."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        heat_parameters(self)
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT_CELLS", tr("Heat screening cells")))
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT_SVF", tr("Sky view factor at street level"), optional=True))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT_DISTRICTS", tr("Heat screening per district"), optional=True,
                                                                  createByDefault=False))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT_HOTSPOTS", tr("Heat hotspots"), optional=True,
                                                                  createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("CELL_COUNT", tr("Number of cells")))
        self.addOutput(QgsProcessingOutputNumber("HOTSPOT_AREA_HA", tr("Hotspot area (ha)")))

    def run_algorithm(self, parameters, context, feedback):
        started = time.time()
        heat_inputs, districts, crs, location, date = read_heat_inputs(self, parameters, context, feedback)
        result, coarse, grid = run_heat(heat_inputs, location, date, feedback)
        provenance = build_provenance(
            "urbantwin:heatscreening", {k: v for k, v in parameters.items() if not k.startswith("OUTPUT")},
            [parameters.get(k) for k in ("BUILDINGS", "LANDCOVER", "TREES", "DEM", "DISTRICTS") if parameters.get(k)],
            {"date": date.isoformat(), "weights": heat.WEIGHTS, "classLimits": list(heat.CLASS_LIMITS)},
        )
        crs_out = QgsCoordinateReferenceSystem(crs)
        outputs = {}
        cells_out = self.parameterAsOutputLayer(parameters, "OUTPUT_CELLS", context)
        rows = heat_io.cell_rows(result, coarse, districts)
        heat_io.write_cells(cells_out, rows, crs_out, provenance)
        outputs["OUTPUT_CELLS"] = cells_out
        if parameters.get("OUTPUT_SVF"):
            svf_out = self.parameterAsOutputLayer(parameters, "OUTPUT_SVF", context)
            heat_io.write_svf(svf_out, result, grid, provenance)
            outputs["OUTPUT_SVF"] = svf_out
        if parameters.get("OUTPUT_DISTRICTS"):
            if not districts:
                raise QgsProcessingException(tr("The per-district output needs a districts layer."))
            districts_out = self.parameterAsOutputLayer(parameters, "OUTPUT_DISTRICTS", context)
            heat_io.write_districts(districts_out, heat_io.district_figures(result, coarse, districts), crs_out, provenance)
            outputs["OUTPUT_DISTRICTS"] = districts_out
        hotspots = heat_io.hotspot_rows(result, coarse)
        if parameters.get("OUTPUT_HOTSPOTS"):
            hotspots_out = self.parameterAsOutputLayer(parameters, "OUTPUT_HOTSPOTS", context)
            heat_io.write_hotspots(hotspots_out, hotspots, crs_out, provenance)
            outputs["OUTPUT_HOTSPOTS"] = hotspots_out
        for key in ("OUTPUT_CELLS", "OUTPUT_DISTRICTS", "OUTPUT_HOTSPOTS", "OUTPUT_SVF"):
            if key in outputs:
                DefaultStylePostProcessor.attach(context, outputs[key])
        hotspot_ha = sum(r[1][1] for r in hotspots)
        classes = result.cells["heat_class"]
        feedback.pushInfo(tr("{} cells of {:g} m; heat classes 1–5: {}; {} hotspots with {:.2f} ha ({:.1f} s).").format(
            len(rows), coarse.cell, " / ".join(str(int((classes == k).sum())) for k in range(1, 6)), len(hotspots), hotspot_ha,
            time.time() - started))
        feedback.pushWarning(heat_io.heat_caveat())
        feedback.setProgress(100)
        outputs.update({"CELL_COUNT": len(rows), "HOTSPOT_AREA_HA": round(hotspot_ha, 3)})
        return outputs
