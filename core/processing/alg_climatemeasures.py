"""urbantwin:climatemeasures — heavy-rain and heat screening before and after measures, with the deltas."""

import dataclasses

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsRectangle,
    QgsWkbTypes,
)

from ..analysis.result_layers import DefaultStylePostProcessor, write_layer
from ..climate import heat, heat_io, heavyrain_io, inputs, measures, styles
from ..fieldtypes import FieldType
from ..i18n import tr
from ..provenance import build_provenance
from .alg_heatscreening import heat_parameters, read_heat_inputs, run_heat
from .alg_heavyrain import area_geometry
from .base import UrbanTwinAlgorithm

BOTH, HEAVY_RAIN, HEAT = 0, 1, 2


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "climatemeasures"
    ALG_GROUP = "climate"
    ICON = "climatemeasures.svg"

    def display_name(self):
        return tr("Climate adaptation measures: before and after")

    def help_text(self):
        return tr(
            "Screening, not a flood model or climate simulation. Runs the heavy-rain and/or the heat screening twice — "
            "as the city is and with the measures — and reports what changes: the fill ratio of every sink (e.g. "
            "“this unsealing lowers the fill ratio of sink 17 from 1.0 to 0.6”), the heat class of every cell (e.g. "
            "“these 30 trees move 2.1 ha from class 4 to class 3”), and per district the affected buildings, the mean "
            "heat index and the hotspot area.\n\n"
            "Measures: unsealing polygons (runoff coefficient from the field runoff_coefficient, else 0.3; unsealed and "
            "green for heat), new trees (points with crown diameter and height: shade and green; no effect on heavy "
            "rain), green roofs (building ids, comma-separated: runoff coefficient 0.5, green roof for heat), retention "
            "polygons (field storage_m3: held back where the water leaves the polygon), and a planning variant's "
            "buildings (the composevariant output replaces the buildings).\n\n"
            "The limits of both screenings apply (see their help): no sewer network, no infiltration over time, no "
            "temperatures, no wind."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
        point = [QgsProcessing.SourceType.TypeVectorPoint]
        double = QgsProcessingParameterNumber.Type.Double
        self.addParameter(QgsProcessingParameterEnum("ANALYSIS", tr("Screening"), [tr("Heavy rain and heat"), tr("Heavy rain"), tr("Heat")],
                                                     defaultValue=BOTH))
        heat_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSource("VARIANT_BUILDINGS", tr("Buildings of a planning variant (replace the buildings)"),
                                                              polygon, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("UNSEALING", tr("Unsealing (polygons)"), polygon, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("NEW_TREES", tr("New trees (points)"), point, optional=True))
        self.addParameter(QgsProcessingParameterField("NEW_CROWN_DIAMETER_FIELD", tr("Crown diameter field of the new trees (m)"),
                                                      parentLayerParameterName="NEW_TREES", optional=True))
        self.addParameter(QgsProcessingParameterField("NEW_TREE_HEIGHT_FIELD", tr("Height field of the new trees (m)"),
                                                      parentLayerParameterName="NEW_TREES", optional=True))
        self.addParameter(QgsProcessingParameterString("GREEN_ROOFS", tr("Green roofs: building ids (comma-separated)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("RETENTION", tr("Retention spaces (polygons with storage_m3)"), polygon, optional=True))
        self.addParameter(QgsProcessingParameterNumber("RAIN_MM", tr("Rain depth (mm)"), double, 100.0, minValue=1.0, maxValue=1000.0))
        self.addParameter(QgsProcessingParameterNumber("FLOW_THRESHOLD_M2", tr("Flow path threshold: catchment area (m²)"), double, 1000.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber("MIN_DEPTH_M", tr("Minimum sink depth (m)"), double, 0.1, minValue=0.0, maxValue=10.0))
        self.addParameter(QgsProcessingParameterFeatureSource("AREA", tr("Area of interest (heavy rain)"), polygon, optional=True))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT_DISTRICTS", tr("Effect of the measures per district")))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT_SINKS", tr("Sinks before and after"), optional=True))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT_HEAT_CELLS", tr("Heat cells before and after"), optional=True))
        self.addOutput(QgsProcessingOutputNumber("AFFECTED_BEFORE", tr("Affected buildings before")))
        self.addOutput(QgsProcessingOutputNumber("AFFECTED_AFTER", tr("Affected buildings after")))
        self.addOutput(QgsProcessingOutputNumber("HOTSPOT_HA_BEFORE", tr("Hotspot area before (ha)")))
        self.addOutput(QgsProcessingOutputNumber("HOTSPOT_HA_AFTER", tr("Hotspot area after (ha)")))

    def run_algorithm(self, parameters, context, feedback):
        analysis = self.parameterAsEnum(parameters, "ANALYSIS", context)
        base, districts, crs, location, date = read_heat_inputs(self, parameters, context, feedback)
        variant = None
        if parameters.get("VARIANT_BUILDINGS"):
            variant = inputs.read_footprints(self.parameterAsSource(parameters, "VARIANT_BUILDINGS", context), crs, context, feedback)
        after_footprints = variant if variant is not None else base.footprints
        unsealing = self._polygons(parameters, context, crs, "UNSEALING", (heavyrain_io.RUNOFF_FIELD,))
        retention = self._polygons(parameters, context, crs, "RETENTION", (heavyrain_io.STORAGE_FIELD,))
        green_ids = {part.strip() for part in (self.parameterAsString(parameters, "GREEN_ROOFS", context) or "").split(",") if part.strip()}
        unknown = green_ids - {f.building_id for f in after_footprints}
        if unknown:
            raise QgsProcessingException(tr("Green roofs: no building with the id(s) {}.").format(", ".join(sorted(unknown))))
        new_trees = []
        if parameters.get("NEW_TREES"):
            read, _ = inputs.read_trees(self.parameterAsSource(parameters, "NEW_TREES", context), crs, context,
                                        self.parameterAsString(parameters, "NEW_CROWN_DIAMETER_FIELD", context),
                                        self.parameterAsString(parameters, "NEW_TREE_HEIGHT_FIELD", context), parameters.get("NEW_TREES"))
            new_trees = [heat.Tree(t.x, t.y, t.crown_diameter, t.height) for t in read]
        if not (variant or unsealing or retention or green_ids or new_trees):
            raise QgsProcessingException(tr("Give at least one measure: unsealing, new trees, green roofs, retention or a variant's buildings."))
        feedback.pushInfo(tr("Measures: {} unsealing polygons, {} new trees, {} green roofs, {} retention spaces{}.").format(
            len(unsealing), len(new_trees), len(green_ids), len(retention), tr(", variant buildings") if variant else ""))
        provenance = build_provenance("urbantwin:climatemeasures", {k: v for k, v in parameters.items() if not k.startswith("OUTPUT")},
                                      [parameters.get(k) for k in ("BUILDINGS", "VARIANT_BUILDINGS", "UNSEALING", "NEW_TREES", "RETENTION", "DEM")
                                       if parameters.get(k)], {"date": date.isoformat()})
        crs_out = QgsCoordinateReferenceSystem(crs)
        results = {}
        summary = {name: {} for name, _ in districts} if districts else {tr("Study area"): {}}

        if analysis in (BOTH, HEAVY_RAIN):
            self._heavy_rain(parameters, context, feedback, crs, base, after_footprints, unsealing, retention, green_ids,
                             districts, summary, results, provenance, crs_out)
        if analysis in (BOTH, HEAT):
            self._heat(parameters, context, feedback, base, after_footprints, unsealing, green_ids, new_trees, location, date,
                       districts, summary, results, provenance, crs_out)
        self._write_summary(parameters, context, summary, districts, base, crs_out, provenance, results)
        feedback.setProgress(100)
        return results

    def _polygons(self, parameters, context, crs, key, fields):
        source = self.parameterAsSource(parameters, key, context) if parameters.get(key) else None
        return inputs.read_polygons(source, crs, context, fields) if source is not None else []

    def _heavy_rain(self, parameters, context, feedback, crs, base, after_footprints, unsealing, retention, green_ids,
                    districts, summary, results, provenance, crs_out):
        dem = self.parameterAsRasterLayer(parameters, "DEM", context) if parameters.get("DEM") else None
        if dem is None:
            raise QgsProcessingException(tr("The heavy-rain screening needs a terrain model (DEM)."))
        rain = self.parameterAsDouble(parameters, "RAIN_MM", context)
        threshold = self.parameterAsDouble(parameters, "FLOW_THRESHOLD_M2", context)
        min_depth = self.parameterAsDouble(parameters, "MIN_DEPTH_M", context)
        area = area_geometry(self, parameters, context, crs)
        after_measures = [(g, {heavyrain_io.RUNOFF_FIELD: v.get(heavyrain_io.RUNOFF_FIELD, measures.UNSEALED_RUNOFF)
                               if v.get(heavyrain_io.RUNOFF_FIELD) is not None else measures.UNSEALED_RUNOFF}) for g, v in unsealing]
        after_measures += [(f.geometry, {heavyrain_io.RUNOFF_FIELD: measures.GREEN_ROOF_RUNOFF}) for f in after_footprints
                           if f.building_id in green_ids]
        after_measures += retention
        before_scenario = heavyrain_io.load_scenario(dem.source(), base.footprints, [], area)
        before = heavyrain_io.run(before_scenario, rain, threshold, min_depth)
        feedback.setProgress(20)
        after_scenario = heavyrain_io.load_scenario(dem.source(), after_footprints, after_measures, area)
        after = heavyrain_io.run(after_scenario, rain, threshold, min_depth)
        feedback.setProgress(40)
        deltas = measures.sink_deltas(before, after)
        rows_before = heavyrain_io.building_rows(before, before_scenario.footprints, districts)
        rows_after = heavyrain_io.building_rows(after, after_scenario.footprints, districts)
        counts_before, counts_after = measures.affected_counts(rows_before), measures.affected_counts(rows_after)
        for name in summary:
            key = name if districts else None
            summary[name]["affected_before"] = counts_before.get(key, 0) if districts else len(rows_before)
            summary[name]["affected_after"] = counts_after.get(key, 0) if districts else len(rows_after)
        changed = sorted((d for d in deltas if abs(d["fill_ratio_delta"]) >= 0.005), key=lambda d: d["fill_ratio_delta"])
        for d in changed[:10]:
            feedback.pushInfo(tr("Sink {}: fill ratio {:.2f} → {:.2f} (volume {:.0f} m³, runoff {:.0f} → {:.0f} m³).").format(
                d["sink_id"], d["fill_ratio_before"], d["fill_ratio_after"], d["volume_before"], d["runoff_before"], d["runoff_after"]))
        feedback.pushInfo(tr("Affected buildings: {} before, {} after; {} of {} sinks change their fill ratio.").format(
            len(rows_before), len(rows_after), len(changed), len(deltas)))
        results.update({"AFFECTED_BEFORE": len(rows_before), "AFFECTED_AFTER": len(rows_after)})
        if parameters.get("OUTPUT_SINKS"):
            path = self.parameterAsOutputLayer(parameters, "OUTPUT_SINKS", context)
            shapes = {row[1][0]: row[0] for row in heavyrain_io.sink_rows(before, before_scenario.grid)}
            definitions = [("sink_id", FieldType.INT, tr("Sink")), ("volume_before", FieldType.DOUBLE, tr("Volume before (m³)")),
                           ("volume_after", FieldType.DOUBLE, tr("Volume after (m³)")),
                           ("runoff_before", FieldType.DOUBLE, tr("Runoff before (m³)")), ("runoff_after", FieldType.DOUBLE, tr("Runoff after (m³)")),
                           ("fill_ratio_before", FieldType.DOUBLE, tr("Fill ratio before")), ("fill_ratio_after", FieldType.DOUBLE, tr("Fill ratio after")),
                           ("fill_ratio_delta", FieldType.DOUBLE, tr("Change of the fill ratio")), ("max_depth", FieldType.DOUBLE, tr("Maximum depth (m)")),
                           ("depth_class", FieldType.INT, tr("Depth class"))]
            rows = [(shapes[d["sink_id"]], [d[name] if not isinstance(d[name], float) else round(d[name], 3) for name, _, _ in definitions])
                    for d in deltas]
            write_layer(path, "sinks_before_after", definitions, rows, QgsWkbTypes.Type.MultiPolygon, crs_out, styles.sink_renderer(),
                        provenance, tr("Sinks before and after the measures"), heavyrain_io.screening_caveat())
            DefaultStylePostProcessor.attach(context, path)
            results["OUTPUT_SINKS"] = path

    def _heat(self, parameters, context, feedback, base, after_footprints, unsealing, green_ids, new_trees, location, date,
              districts, summary, results, provenance, crs_out):
        boxes = [f.geometry.boundingBox() for f in after_footprints]
        extent = QgsRectangle(*base.extent)
        for box in boxes:
            extent.combineExtentWith(box)
        common = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        before_inputs = dataclasses.replace(base, extent=common)
        after_inputs = dataclasses.replace(base, extent=common, footprints=after_footprints, trees=base.trees + new_trees,
                                           unsealing=[g for g, _ in unsealing], green_roof_ids=green_ids)
        before, coarse, _ = run_heat(before_inputs, location, date, feedback, 0.25, 0.4)
        after, _, _ = run_heat(after_inputs, location, date, feedback, 0.25, 0.65)
        cell_area = coarse.cell**2
        transitions = measures.class_transitions(before.cells["heat_class"], after.cells["heat_class"], cell_area)
        hot_before = float((before.cells["heat_class"] >= 4).sum() * cell_area / 10000.0)
        hot_after = float((after.cells["heat_class"] >= 4).sum() * cell_area / 10000.0)
        for (cb, ca), hectares in sorted(transitions.items(), key=lambda item: -item[1])[:8]:
            feedback.pushInfo(tr("{:.2f} ha move from heat class {} to class {}.").format(hectares, cb, ca))
        feedback.pushInfo(tr("Hotspot area (classes 4–5): {:.2f} ha before, {:.2f} ha after.").format(hot_before, hot_after))
        results.update({"HOTSPOT_HA_BEFORE": round(hot_before, 3), "HOTSPOT_HA_AFTER": round(hot_after, 3)})
        ids = heat_io.district_raster(coarse, districts)
        for number, name in enumerate(summary, start=1):
            mask = (ids == number) if districts else (ids == 0)
            assessed = mask & np.isfinite(before.cells["heat_index"])
            nb = before.cells["heat_index"][assessed]
            na = after.cells["heat_index"][assessed]
            summary[name]["heat_index_before"] = round(float(nb.mean()), 2) if nb.size else None
            summary[name]["heat_index_after"] = round(float(na[na == na].mean()), 2) if na.size else None
            summary[name]["hot_ha_before"] = round(float((before.cells["heat_class"][mask] >= 4).sum() * cell_area / 10000.0), 3)
            summary[name]["hot_ha_after"] = round(float((after.cells["heat_class"][mask] >= 4).sum() * cell_area / 10000.0), 3)
            moved = measures.class_transitions(before.cells["heat_class"][mask], after.cells["heat_class"][mask], cell_area)
            summary[name]["class_changes"] = "; ".join("{}→{}: {:.2f} ha".format(cb, ca, ha) for (cb, ca), ha in sorted(moved.items()))
        if parameters.get("OUTPUT_HEAT_CELLS"):
            path = self.parameterAsOutputLayer(parameters, "OUTPUT_HEAT_CELLS", context)
            rows_before = heat_io.cell_rows(before, coarse, districts)
            rows_after = {r[1][0]: r[1] for r in heat_io.cell_rows(after, coarse, districts)}
            definitions = [("cell_id", FieldType.INT, tr("Cell")), ("heat_index_before", FieldType.DOUBLE, tr("Heat index before")),
                           ("heat_index_after", FieldType.DOUBLE, tr("Heat index after")), ("heat_index_delta", FieldType.DOUBLE, tr("Change of the heat index")),
                           ("heat_class_before", FieldType.INT, tr("Heat class before")), ("heat_class", FieldType.INT, tr("Heat class after")),
                           ("district", FieldType.STRING, tr("District"))]
            rows = []
            for geometry, values in rows_before:
                later = rows_after.get(values[0])
                index_after = later[7] if later else None
                delta = round(index_after - values[7], 2) if index_after is not None and values[7] is not None else None
                rows.append((geometry, [values[0], values[7], index_after, delta, values[8], later[8] if later else None, values[9]]))
            write_layer(path, "heat_before_after", definitions, rows, QgsWkbTypes.Type.Polygon, crs_out, styles.heat_renderer(),
                        provenance, tr("Heat cells before and after the measures"), heat_io.heat_caveat())
            DefaultStylePostProcessor.attach(context, path)
            results["OUTPUT_HEAT_CELLS"] = path

    def _write_summary(self, parameters, context, summary, districts, base, crs_out, provenance, results):
        path = self.parameterAsOutputLayer(parameters, "OUTPUT_DISTRICTS", context)
        names = ["affected_before", "affected_after", "heat_index_before", "heat_index_after", "heat_index_delta",
                 "hot_ha_before", "hot_ha_after", "class_changes"]
        definitions = [("district", FieldType.STRING, tr("District")),
                       ("affected_before", FieldType.INT, tr("Affected buildings before")),
                       ("affected_after", FieldType.INT, tr("Affected buildings after")),
                       ("heat_index_before", FieldType.DOUBLE, tr("Mean heat index before")),
                       ("heat_index_after", FieldType.DOUBLE, tr("Mean heat index after")),
                       ("heat_index_delta", FieldType.DOUBLE, tr("Change of the mean heat index")),
                       ("hot_ha_before", FieldType.DOUBLE, tr("Hotspot area before (ha)")),
                       ("hot_ha_after", FieldType.DOUBLE, tr("Hotspot area after (ha)")),
                       ("class_changes", FieldType.STRING, tr("Heat class changes"))]
        geometries = dict(districts) if districts else {next(iter(summary)): QgsGeometry.fromRect(QgsRectangle(*base.extent))}
        rows = []
        for name, values in summary.items():
            if values.get("heat_index_before") is not None and values.get("heat_index_after") is not None:
                values["heat_index_delta"] = round(values["heat_index_after"] - values["heat_index_before"], 2)
            geometry = QgsGeometry(geometries[name])
            geometry.convertToMultiType()
            rows.append((geometry, [name] + [values.get(n) for n in names]))
        write_layer(path, "measures_per_district", definitions, rows, QgsWkbTypes.Type.MultiPolygon, crs_out, None, provenance,
                    tr("Effect of the climate adaptation measures per district"), heavyrain_io.screening_caveat())
        results["OUTPUT_DISTRICTS"] = path
