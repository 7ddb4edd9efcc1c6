"""XPlanGML validation: schema (XSD of the version), geometry rules, Flächenschluss, Geltungsbereich and
a subset of the semantic rules of the XLeitstelle (rule ids as in the xPlanBox XPlanValidator, reference §7).

``validate_xplan(path, schema_dir=None)`` → ``ValidationResult`` with ``findings`` (rule, severity,
translated message, gml:id, location). Reports: ``write_json_report`` and ``write_html_report``.
"""

import itertools
from dataclasses import dataclass, field
from typing import Optional

from lxml import etree
from qgis.core import Qgis, QgsAbstractGeometry, QgsGeometry, QgsRectangle, QgsSpatialIndex, QgsWkbTypes

from ..errors import InputFormatError
from ..i18n import tr
from ..xmlsafe import safe_parser
from . import codes
from .reader import Ref, parse_xplan
from .schemas import load_schema, locate_schema
from .xsd_order import load_element_order

ORDER = load_element_order()  # 6.0 properties per class: which classes carry flaechenschluss

ERROR = "error"
WARNING = "warning"
FLAECHENSCHLUSS_TOLERANCE = 0.002  # m, ALLOWEDDISTANCE_METRE of the XPlanValidator
GELTUNGSBEREICH_TOLERANCE = 0.001  # m
SEGMENTIZE_TOLERANCE = 0.0002  # m maximum difference between arc and chords
DOPPELBELEGUNG_ATTRIBUTES = ("GRZ", "GRZmax", "GRZmin", "GFZ", "GFZmax", "GFZmin", "GR", "GF", "BMZ", "Z", "Zmax", "Zmin",
                             "Zzwingend", "bauweise")
PRESENTATION_DIMENSIONS = {"XP_PPO": 0, "XP_PTO": 0, "XP_Nutzungsschablone": 0, "XP_LPO": 1, "XP_LTO": 1, "XP_FPO": 2}
STANDARD_EPSG = {25831, 25832, 25833, 31466, 31467, 31468, 31469, 3044, 3045, 4258, 5650}


@dataclass
class Finding:
    rule: str
    severity: str
    message: str
    gml_id: Optional[str] = None
    xplan_class: Optional[str] = None
    line: Optional[int] = None
    location: Optional[QgsGeometry] = None

    def as_dict(self):
        point = None
        if self.location is not None and not self.location.isEmpty():
            centre = self.location.pointOnSurface().asPoint()
            point = [round(centre.x(), 3), round(centre.y(), 3)]
        return {"rule": self.rule, "severity": self.severity, "message": self.message, "gml_id": self.gml_id,
                "class": self.xplan_class, "line": self.line, "location": point}


@dataclass
class ValidationResult:
    path: str
    version: Optional[str] = None
    epsg: Optional[int] = None
    schema_file: Optional[str] = None
    schema_source: Optional[str] = None  # parameter, setting, bundled or cache (schemas.SOURCE_*)
    findings: list = field(default_factory=list)
    object_count: int = 0

    @property
    def errors(self):
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def valid(self):
        return not self.errors

    def rules(self, severity=None):
        return [f.rule for f in self.findings if severity is None or f.severity == severity]


def to_qgs(ogr_geometry):
    if ogr_geometry is None:
        return None
    geometry = QgsGeometry()
    geometry.fromWkb(ogr_geometry.ExportToIsoWkb())
    return geometry


def linear(geometry):
    """Arcs replaced by chords at most SEGMENTIZE_TOLERANCE away (GEOS works on linear geometry only)."""
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        return QgsGeometry(geometry.constGet().segmentize(
            SEGMENTIZE_TOLERANCE, QgsAbstractGeometry.SegmentationToleranceType.MaximumDifference))
    return geometry


def validate_xplan(path, schema_dir=None, feedback=None, check_schema=True):
    """Run all checks on an XPlanGML file or XPlanArchiv; never raises for bad content (it becomes a finding)."""
    from .model import normalise_document

    result = ValidationResult(path=path)
    try:
        document = parse_xplan(path)
    except InputFormatError as err:
        result.findings.append(Finding("XML", ERROR, str(err), err.obj, line=err.line))
        return result
    normalise_document(document)
    result.version, result.epsg, result.object_count = document.version, document.epsg, len(document.objects)
    steps = [
        (_check_schema, check_schema),
        (_check_references, True),
        (_check_crs, True),
        (_check_geometries, True),
        (_check_geltungsbereich_and_flaechenschluss, True),
        (_check_semantics, True),
    ]
    geometries = {o.gml_id: to_qgs(o.geometry) for o in document.objects if o.geometry is not None}
    for index, (step, enabled) in enumerate(steps):
        if feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * index / len(steps))
        if enabled:
            step(document, result, geometries, schema_dir)
    result.findings = _unique(result.findings)
    for finding in result.findings:  # locate schema and reference findings at their object
        if finding.location is None and finding.gml_id in geometries:
            finding.location = geometries[finding.gml_id]
    return result


def _unique(findings):
    seen, unique = set(), []
    for finding in findings:
        key = (finding.rule, finding.gml_id, finding.message)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique


def _feature_at_line(document, line):
    best = None
    for obj in document.objects:
        if obj.line is not None and line is not None and obj.line <= line and (best is None or obj.line > best.line):
            best = obj
    return best


def _check_schema(document, result, geometries, schema_dir):
    schema_path, source = locate_schema(document.version, schema_dir)
    if schema_path is None:
        result.findings.append(Finding("XSD", WARNING, tr(
            "No XML schema for XPlanGML {} found (set the schema folder or fetch the schemas); schema validation skipped.")
            .format(document.version)))
        return
    result.schema_file, result.schema_source = schema_path, source
    schema = load_schema(schema_path)
    tree = etree.fromstring(document.xml_bytes, safe_parser())
    if schema.validate(tree):
        return
    for error in schema.error_log:
        obj = _feature_at_line(document, error.line)
        result.findings.append(Finding("XSD", ERROR, tr("Schema error: {}").format(error.message), obj.gml_id if obj else None,
                                       obj.xplan_class if obj else None, error.line))


def _check_references(document, result, geometries, schema_dir):
    for obj in document.objects:
        for name, values in obj.properties.items():
            for value in values:
                if not isinstance(value, Ref):
                    continue
                if not value.is_local:
                    result.findings.append(Finding("XLINK", ERROR, tr(
                        "The reference {} = {} is not document-local (#id).").format(name, value.href), obj.gml_id, obj.xplan_class, obj.line))
                elif value.target not in document.by_id:
                    result.findings.append(Finding("XLINK", ERROR, tr(
                        "The reference {} = {} points to an object that does not exist.").format(name, value.href), obj.gml_id, obj.xplan_class, obj.line))


def _check_crs(document, result, geometries, schema_dir):
    if document.epsg is None:
        result.findings.append(Finding("2.1.3.1", ERROR, tr("The coordinate reference system {} is unknown.").format(document.srs_name)))
    elif document.epsg not in STANDARD_EPSG:
        result.findings.append(Finding("2.1.3.1", WARNING, tr("EPSG:{} is not a standard CRS for XPlanung.").format(document.epsg)))


def _ring_points(ring):
    return [(p.x(), p.y()) for p in ring.vertices()]


def _signed_area(points):
    return 0.5 * sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:]))


def _check_geometries(document, result, geometries, schema_dir):
    for obj in document.objects:
        if obj.geometry_property and obj.geometry is None:
            result.findings.append(Finding("2.2.2.1", ERROR, tr("The geometry cannot be read."), obj.gml_id, obj.xplan_class, obj.line))
            continue
        geometry = geometries.get(obj.gml_id)
        if geometry is None:
            continue
        if obj.had_z:
            result.findings.append(Finding("2.2.0", ERROR, tr("Only 2D coordinates are allowed."), obj.gml_id, obj.xplan_class, obj.line, geometry))
        if obj.geometry.GetDimension() == 2 and obj.first("flaechenschluss") is None and "flaechenschluss" in ORDER.get(obj.xplan_class, ()):
            result.findings.append(Finding("4.1.5.2", ERROR, tr("An area object of this class needs the attribute flaechenschluss."),
                                           obj.gml_id, obj.xplan_class, obj.line, geometry))
        expected = PRESENTATION_DIMENSIONS.get(obj.xplan_class)
        if expected is not None and obj.geometry.GetDimension() != expected:
            result.findings.append(Finding("3.3.2.1", ERROR, tr("A {} must have a {} geometry.").format(
                obj.xplan_class, [tr("point"), tr("line"), tr("area")][expected]), obj.gml_id, obj.xplan_class, obj.line, geometry))
        if geometry.type() != QgsWkbTypes.GeometryType.PolygonGeometry:
            continue
        flat = linear(geometry)
        for part in flat.constParts():
            rings = [part.exteriorRing()] + [part.interiorRing(i) for i in range(part.numInteriorRings())]
            for index, ring in enumerate(rings):
                if not ring.isClosed():
                    result.findings.append(Finding("2.2.2.1", ERROR, tr("A ring is not closed."), obj.gml_id, obj.xplan_class, obj.line, geometry))
                    continue
                points = _ring_points(ring)
                if any(abs(a[0] - b[0]) < 1e-9 and abs(a[1] - b[1]) < 1e-9 for a, b in zip(points, points[1:])):
                    result.findings.append(Finding("2.2.2.1", ERROR, tr("A ring contains duplicate consecutive points."),
                                                   obj.gml_id, obj.xplan_class, obj.line, geometry))
                area = _signed_area(points)
                if (index == 0 and area < 0) or (index > 0 and area > 0):
                    message = tr("The exterior ring is not oriented counter-clockwise.") if index == 0 else tr(
                        "An interior ring is not oriented clockwise.")
                    result.findings.append(Finding("2.2.2.1", ERROR, message, obj.gml_id, obj.xplan_class, obj.line, geometry))
        errors = flat.validateGeometry(Qgis.GeometryValidationEngine.Geos)
        for error in errors:
            where = QgsGeometry.fromPointXY(error.where()) if error.hasWhere() else geometry
            result.findings.append(Finding("2.2.2.1", ERROR, tr("Invalid polygon: {}").format(error.what()),
                                           obj.gml_id, obj.xplan_class, obj.line, where))


def _is_flaechenschluss_object(obj):
    return obj.first("flaechenschluss") is True and obj.first("ebene", 0) in (0, None) and obj.geometry is not None \
        and obj.geometry.GetDimension() == 2


def _check_geltungsbereich_and_flaechenschluss(document, result, geometries, schema_dir):
    plans = {p.gml_id: linear(geometries[p.gml_id]) for p in document.plans if p.gml_id in geometries}
    allowed_areas = {plan_id: shape.buffer(GELTUNGSBEREICH_TOLERANCE, 8) for plan_id, shape in plans.items()}
    for obj in document.objects:
        if obj.kind in ("plan", "text") or obj.gml_id not in geometries or obj.plan_id not in plans:
            continue
        allowed = allowed_areas[obj.plan_id]
        outside = linear(geometries[obj.gml_id]).difference(allowed)
        if outside is not None and not outside.isEmpty() and (outside.area() > 0 or outside.length() > 0 or
                                                              outside.type() == QgsWkbTypes.GeometryType.PointGeometry):
            result.findings.append(Finding("2.2.3.1", ERROR, tr("The object lies partly outside the Geltungsbereich of the plan."),
                                           obj.gml_id, obj.xplan_class, obj.line, outside))
    bereiche = {b.gml_id: b for b in document.bereiche}
    groups = {}
    for obj in document.objects:
        if obj.kind == "content" and _is_flaechenschluss_object(obj):
            groups.setdefault(obj.bereich_id or obj.plan_id, []).append(obj)
    for owner_id, members in groups.items():
        owner = bereiche.get(owner_id)
        if owner is not None and owner.gml_id in geometries:
            reference = linear(geometries[owner.gml_id])
        else:
            plan_id = owner.plan_id if owner is not None else owner_id
            reference = plans.get(plan_id)
        shapes = [(m, linear(geometries[m.gml_id])) for m in members]
        covered = QgsGeometry.unaryUnion([s for _, s in shapes])
        # Pairwise intersections only when the areas add up to more than their union (some overlap exists).
        if sum(s.area() for _, s in shapes) - covered.area() > FLAECHENSCHLUSS_TOLERANCE ** 2:
            _check_overlaps(shapes, result)
        if reference is None:
            continue
        gaps = reference.difference(covered)
        for part in (gaps.asGeometryCollection() if gaps is not None and not gaps.isEmpty() else []):
            core = part.buffer(-FLAECHENSCHLUSS_TOLERANCE / 2, 4)
            if core is None or core.isEmpty():
                continue  # narrower than 2 mm: within tolerance
            neighbours = [m.gml_id for m, s in shapes if s.distance(part) <= FLAECHENSCHLUSS_TOLERANCE]
            result.findings.append(Finding("2.2.1.1", ERROR, tr(
                "Flächenschluss violated: gap of {} m² not covered by any Flächenschluss object (next to {}).").format(
                    round(part.area(), 3), ", ".join(neighbours) or "-"), neighbours[0] if neighbours else owner_id,
                None, None, part))


def _check_overlaps(shapes, result):
    index = QgsSpatialIndex()
    for number, (_obj, shape) in enumerate(shapes):
        index.addFeature(number, shape.boundingBox())
    for number, (obj, shape) in enumerate(shapes):
        for other in index.intersects(QgsRectangle(shape.boundingBox())):
            if other <= number:
                continue
            other_obj, other_shape = shapes[other]
            overlap = shape.intersection(other_shape)
            if overlap is None or overlap.isEmpty() or overlap.area() == 0:
                continue
            core = overlap.buffer(-FLAECHENSCHLUSS_TOLERANCE / 2, 4)
            if core is not None and not core.isEmpty():
                result.findings.append(Finding("2.2.1.1", ERROR, tr(
                    "Flächenschluss violated: overlaps {} by {} m².").format(other_obj.gml_id, round(overlap.area(), 3)),
                    obj.gml_id, obj.xplan_class, obj.line, overlap))


def _check_semantics(document, result, geometries, schema_dir):
    plans = {p.gml_id: p for p in document.plans}
    for obj in document.objects:
        besondere, allgemein = obj.first("besondereArtDerBaulNutzung"), obj.first("allgArtDerBaulNutzung")
        if besondere in codes.BESONDERE_ART and allgemein is not None and codes.BESONDERE_ART[besondere][2] != allgemein:
            result.findings.append(Finding("4.5.1.2", ERROR, tr(
                "besondereArtDerBaulNutzung {} does not belong to allgArtDerBaulNutzung {}.").format(besondere, allgemein),
                obj.gml_id, obj.xplan_class, obj.line, geometries.get(obj.gml_id)))
        plan = plans.get(obj.plan_id)
        for record in obj.properties.get("hoehenangabe", []):
            if isinstance(record, dict) and record.get("hoehenbezug") == 3000 and (plan is None or plan.first("bezugshoehe") is None):
                result.findings.append(Finding("3.2.3.2", ERROR, tr(
                    "A height relative to the plan's Bezugshöhe (hoehenbezug 3000) needs bezugshoehe on the plan."),
                    obj.gml_id, obj.xplan_class, obj.line, geometries.get(obj.gml_id)))
    _check_doppelbelegung(document, result, geometries)


def _check_doppelbelegung(document, result, geometries):
    zones = [o for o in document.objects if o.xplan_class == "BP_BaugebietsTeilFlaeche" and o.gml_id in geometries]
    fields_ = [o for o in document.objects if o.xplan_class == "BP_UeberbaubareGrundstuecksFlaeche" and o.gml_id in geometries]
    pairs = (pair for pair in itertools.product(zones, fields_) if pair[0].plan_id == pair[1].plan_id)
    for zone, area in pairs:
        both = [n for n in DOPPELBELEGUNG_ATTRIBUTES if zone.first(n) is not None and area.first(n) is not None]
        if not both:
            continue
        a, b = linear(geometries[zone.gml_id]), linear(geometries[area.gml_id])
        if not a.boundingBox().intersects(b.boundingBox()):
            continue
        overlap = a.intersection(b)
        if overlap is not None and overlap.area() > 0.01:
            result.findings.append(Finding("4.5.2.4", ERROR, tr(
                "Doppelbelegung: {} set on both this BP_UeberbaubareGrundstuecksFlaeche and the overlapping BP_BaugebietsTeilFlaeche {}.")
                .format(", ".join(both), zone.gml_id), area.gml_id, area.xplan_class, area.line, overlap))
