"""urbantwin:comparevariants — a base and 1–N variants → one row of figures per scenario, per-variant layers."""

import datetime
import os
import re

from qgis.core import (
    QgsGeometry,
    QgsPoint,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsWkbTypes,
)

from ..analysis import compliance_io
from ..analysis.result_layers import write_layer
from ..analysis.solar import times
from ..errors import CancelledError, UrbanTwinError
from ..fieldtypes import FieldType
from ..i18n import tr
from ..provenance import build_provenance
from ..variants.compare import CompareSettings, compare_variants, figure_keys
from .alg_composevariant import gpkg_path_of
from .base import UrbanTwinAlgorithm

INT_PREFIXES = ("n_", "plan_", "sun_points_", "sun_below_", "sun_newly_below_")


def parse_dates(text, year):
    """'2026-03-21, 2026-01-17' or '21.03., 17.01.' (this year) → dates; empty → defaults."""
    dates = []
    for item in [p.strip() for p in re.split(r"[;,]\s*(?=\d)", text or "") if p.strip()]:
        match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})?", item)
        try:
            if match:
                dates.append(datetime.date(int(match.group(3) or year), int(match.group(2)), int(match.group(1))))
            else:
                dates.append(times.parse_date(item))
        except (ValueError, UrbanTwinError) as err:
            raise UrbanTwinError(tr("The date {} is not understood (use 2026-03-21 or 21.03.2026).").format(item)) from err
    return tuple(dates) or (datetime.date(year, 3, 21), datetime.date(year, 1, 17))


def field_type(key):
    if key in ("variant", "source"):
        return FieldType.STRING
    return FieldType.INT if key.startswith(INT_PREFIXES) else FieldType.DOUBLE


def _safe_name(name):
    return re.sub(r"[^0-9A-Za-zÄÖÜäöüß_-]+", "_", name).strip("_") or "variante"


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "comparevariants"
    ALG_GROUP = "variants"
    ICON = "variant_compare.svg"

    def display_name(self):
        return tr("Compare planning variants")

    def tags(self):
        return ["variante", "vergleich", "besonnung", "verschattung", "din en 17037", "grz", "gfz", "compare"]

    def help_text(self):
        return tr(
            "Compares the existing city (base) with one or more planning variants and writes a table with one row "
            "per scenario (the base first) and, for every number, its difference from the base (…_delta):\n"
            "• new buildings, their footprint and gross floor area; built area, GRZ, GFZ, highest point and height "
            "in the area of interest (district figures);\n"
            "• with a plan: plan check counts per measure (exceeds / complies / not determinable);\n"
            "• solar potential of the new roofs (kWp, MWh/a), shaded by the scenario's buildings;\n"
            "• impact on the neighbours: hours of direct sun on the façade points of existing buildings within the "
            "radius of the planned buildings on each date, mean and largest loss, and how many points fall below the "
            "minimum only because of the variant (1 h on 17 January, DIN 5034-1; 1.5 h on other dates, DIN EN 17037 "
            "minimum for a day between 1 February and 21 March);\n"
            "• shadow area on open ground and on public spaces at the shadow times of each date.\n\n"
            "Base and variants: GeoPackages of the city model import and of “Compose planning variant”. Plan: plan "
            "areas with GRZ, GFZ, Z and height fields (XPlanung import names). Parcels: check per parcel. Area of "
            "interest: polygons for GRZ/GFZ (default: the planned buildings plus the radius). Dates: e.g. "
            "2026-03-21, 2026-01-17. The output folder receives per variant the façade points with their sun hours "
            "and losses and the shadows on open ground. Every figure comes from the plugin's own analyses."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
        double = QgsProcessingParameterNumber.Type.Double
        self.addParameter(QgsProcessingParameterMultipleLayers("BASE", tr("Base (existing city model GeoPackage)"), QgsProcessing.SourceType.TypeFile))
        self.addParameter(QgsProcessingParameterMultipleLayers("VARIANTS", tr("Variants (GeoPackages)"), QgsProcessing.SourceType.TypeFile))
        self.addParameter(QgsProcessingParameterFeatureSource("PLAN", tr("Plan areas (Baugebiete)"), polygon, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("PARCELS", tr("Parcels (Flurstücke)"), polygon, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("AREA", tr("Area of interest"), polygon, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("PUBLIC_SPACES", tr("Public spaces"), polygon, optional=True))
        self.addParameter(QgsProcessingParameterString("DATES", tr("Dates (e.g. 2026-03-21, 2026-01-17)"), "", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("PARTICIPATION", tr("Participation contributions (optional)"),
                                                              [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField("PARTICIPATION_VARIANT_FIELD", tr("Field naming the variant a contribution refers to"),
                                                      None, "PARTICIPATION", optional=True))
        advanced = [
            QgsProcessingParameterString("SHADOW_TIMES", tr("Shadow times (local)"), "09:00, 12:00, 15:00"),
            QgsProcessingParameterNumber("RADIUS", tr("Radius around the planned buildings (m)"), double, 100.0, minValue=10.0, maxValue=1000.0),
            QgsProcessingParameterNumber("FACADE_SPACING", tr("Spacing of façade points (m)"), double, 3.0, minValue=0.5, maxValue=50.0),
            QgsProcessingParameterNumber("STEP_MINUTES", tr("Time step of the sun hours (minutes)"), QgsProcessingParameterNumber.Type.Integer, 5, minValue=1, maxValue=60),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | parameter.Flag.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT", tr("Variant comparison (table)"), QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Folder for the per-variant layers"), optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("VARIANT_COUNT", tr("Variants compared")))

    def _paths(self, parameters, name, context):
        value = parameters.get(name)
        if isinstance(value, str):
            value = [part for part in value.split(";") if part]
        paths = [gpkg_path_of(item) for item in value or []]
        return paths or [gpkg_path_of(p) for p in self.parameterAsFileList(parameters, name, context)]

    def _geometries(self, parameters, name, context, crs):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None
        transform = compliance_io.make_transform(source.sourceCrs(), crs, context.transformContext())
        geometries = []
        for feature in compliance_io.features_of(source):
            geometry = compliance_io.polygon_2d(feature.geometry())
            if geometry is None:
                continue
            if transform is not None:
                geometry.transform(transform)
            geometries.append(geometry)
        return geometries

    def run_algorithm(self, parameters, context, feedback):
        bases = self._paths(parameters, "BASE", context)
        variants = self._paths(parameters, "VARIANTS", context)
        if len(bases) != 1:
            raise QgsProcessingException(tr("Give exactly one base GeoPackage."))
        if not variants:
            raise QgsProcessingException(tr("Give at least one variant."))
        from ..variants.scenario import Scenario

        crs = Scenario(bases[0]).crs
        year = datetime.date.today().year
        settings = CompareSettings(
            dates=parse_dates(self.parameterAsString(parameters, "DATES", context), year),
            shadow_times=self.parameterAsString(parameters, "SHADOW_TIMES", context),
            radius=self.parameterAsDouble(parameters, "RADIUS", context),
            facade_spacing=self.parameterAsDouble(parameters, "FACADE_SPACING", context),
            step_minutes=self.parameterAsInt(parameters, "STEP_MINUTES", context),
        )
        if 1440 % settings.step_minutes:
            raise QgsProcessingException(tr("The time step must divide a day evenly (e.g. 10, 15, 30, 60 minutes)."))
        times.parse_times(settings.shadow_times)  # a bad time list fails before the long run
        area = self._geometries(parameters, "AREA", context, crs)
        public = self._geometries(parameters, "PUBLIC_SPACES", context, crs)
        plan = self.parameterAsSource(parameters, "PLAN", context)
        parcels = self.parameterAsSource(parameters, "PARCELS", context)
        if plan is not None and plan.sourceCrs() != crs:
            raise QgsProcessingException(tr("The plan layer must be in the CRS of the city model ({}).").format(crs.authid()))

        def progress(fraction, message=None):
            if message:
                feedback.pushInfo(message)
            feedback.setProgress(90.0 * fraction)

        try:
            results = compare_variants(bases[0], variants, plan, parcels, QgsGeometry.unaryUnion(area) if area else None,
                                       public or None, settings, progress, feedback.isCanceled)
        except CancelledError as err:
            raise QgsProcessingException(str(err)) from err
        participation = self.parameterAsSource(parameters, "PARTICIPATION", context)
        if participation is not None:
            self._add_participation(results, participation, self.parameterAsString(parameters, "PARTICIPATION_VARIANT_FIELD", context),
                                    crs, settings.radius, context, feedback)
        provenance = build_provenance("urbantwin:comparevariants", {k: v for k, v in parameters.items() if not k.startswith("OUTPUT")},
                                      bases + variants, {"dates": [d.isoformat() for d in settings.dates],
                                                         "variants": [r.name for r in results]})
        keys = figure_keys(results)
        definitions = [(key, field_type(key), key) for key in keys]
        rows = [(None, [result.figures.get(key) for key in keys]) for result in results]
        output = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        write_layer(output, "variant_comparison", definitions, rows, QgsWkbTypes.Type.NoGeometry, crs, None, provenance,
                    tr("Variant comparison"))
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context) if parameters.get("OUTPUT_FOLDER") else None
        if folder:
            self._write_layers(folder, results, crs, provenance)
        for result in results:
            feedback.pushInfo(self._summary(result.figures, settings))
        feedback.setProgress(100)
        outputs = {"OUTPUT": output, "VARIANT_COUNT": len(results) - 1}
        if folder:
            outputs["OUTPUT_FOLDER"] = folder
        return outputs

    @staticmethod
    def _add_participation(results, source, requested_field, crs, radius, context, feedback):
        """``contributions``/``contribution_votes`` (+ deltas) per scenario: by the platform's variant field, else
        within the radius of the scenario's planned buildings (core/participation/variants.py)."""
        from ..participation import variants as participation_variants

        names = [f.name() for f in source.fields()]
        field = participation_variants.variant_field(names, requested_field)
        transform = compliance_io.make_transform(source.sourceCrs(), crs, context.transformContext())
        contributions = []
        for feature in compliance_io.features_of(source):
            geometry = QgsGeometry(feature.geometry()) if feature.hasGeometry() else None
            if geometry is not None and transform is not None:
                geometry.transform(transform)
            votes = feature["votes"] if "votes" in names else 0
            contributions.append((geometry, feature[field] if field else None, votes if isinstance(votes, int) else 0))
        if field:
            counts = participation_variants.count_by_field(contributions, [r.name for r in results])
            feedback.pushInfo(tr("Contributions assigned to the variants by the field {}.").format(field))
        else:
            planned = {r.name: (QgsGeometry.unaryUnion([g for _id, g in r.planned_footprints]) if r.planned_footprints else None)
                       for r in results}
            counts = participation_variants.count_near(contributions, planned, radius)
            feedback.pushInfo(tr("Contributions assigned to the variants by location: within {:.0f} m of their planned buildings.").format(radius))
        base_count, base_votes = counts[results[0].name]
        for result in results:
            count, votes = counts[result.name]
            result.figures.update({"contributions": count, "contribution_votes": votes, "contributions_delta": count - base_count,
                                   "contribution_votes_delta": votes - base_votes})

    def _summary(self, figures, settings):
        parts = [tr("{}: {} new buildings, GF {:.0f} m², GRZ {}, GFZ {}").format(
            figures["variant"], figures["n_new_buildings"], figures["new_gross_floor_area"],
            _fmt(figures.get("grz")), _fmt(figures.get("gfz")))]
        if "plan_units_exceeding" in figures:
            parts.append(tr("plan areas exceeding: {}").format(figures["plan_units_exceeding"]))
        parts.append(tr("PV {:.1f} kWp").format(figures["solar_kwp"]))
        for date in settings.dates:
            tag = "{:02d}{:02d}".format(date.month, date.day)
            if "sun_newly_below_" + tag in figures:
                parts.append(tr("{}: {} façade points newly below the minimum").format(date.isoformat(), figures["sun_newly_below_" + tag]))
        return "; ".join(parts)

    def _write_layers(self, folder, results, crs, provenance):
        os.makedirs(folder, exist_ok=True)
        for result in results[1:]:
            stem = os.path.join(folder, _safe_name(result.name))
            if result.facade_rows:
                value_keys = list(result.facade_rows[0][5].keys())
                definitions = [("building_id", FieldType.STRING, tr("Building id")), ("surface_id", FieldType.STRING, tr("Surface id"))]
                definitions += [(key, FieldType.INT if key.startswith("newly_below") else FieldType.DOUBLE, key) for key in value_keys]
                rows = [(QgsGeometry(QgsPoint(x, y, z)), [b, s] + [values[k] for k in value_keys]) for x, y, z, b, s, values in result.facade_rows]
                write_layer(stem + "_fassaden_besonnung.gpkg", "facade_sun", definitions, rows, QgsWkbTypes.Type.PointZ, crs, None,
                            provenance, tr("Sun hours on neighbouring façades – {}").format(result.name))
            if result.shadow_rows:
                definitions = [("date", FieldType.STRING, tr("Date")), ("local_time", FieldType.STRING, tr("Local time")),
                               ("area", FieldType.DOUBLE, tr("Shadow area (m²)"))]
                rows = []
                for geometry, date, clock, value in result.shadow_rows:
                    geometry = QgsGeometry(geometry)
                    geometry.convertToMultiType()
                    rows.append((geometry, [date, clock, round(value, 1)]))
                write_layer(stem + "_schatten.gpkg", "shadows", definitions, rows, QgsWkbTypes.Type.MultiPolygon, crs, None,
                            provenance, tr("Shadows on open ground – {}").format(result.name))


def _fmt(value):
    return "–" if value is None else "{:.2f}".format(value)
