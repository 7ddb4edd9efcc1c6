"""Bebauungsplan compliance: GRZ, GRZ II, GFZ, full storeys and heights of buildings per plan area or parcel.

Pure computation over QgsGeometry records (no layers, no Processing): the readers in
``compliance_io`` turn layers into ``BuildingRecord``/``ZoneLimits``/``CheckUnit``; ``check_units``
returns one result dict per unit and one per building, keyed by the output field names.

Decisions (also in docs/analysis.md):
* Built area = building footprints clipped to the unit (planar area in the projected working CRS).
  §19(4) BauNVO: garages and carports (with their access ways) and Nebenanlagen (§14) count only
  towards GRZ II, never towards GRZ I. Recognised by the AdV function group ``ancillary`` of the
  city model import (``citymodel.codelists.function_group``; derived from ``function`` when the layer
  has no ``function_group``): whole ancillary buildings, and ancillary BuildingParts, whose footprint
  is cut out of their building's footprint (``main_footprint``). The area of a building outside its
  parts follows the building's own function. Without parts (``footprints`` layer) an attached garage
  cannot be recognised and counts towards GRZ I; the output says so.
* Full storeys: the model's ``storeys_above_ground`` when given, else an *estimate*
  round(eaves height above terrain ÷ STOREY_HEIGHT) (total height when there is no eaves height).
  Whether a storey is a Vollgeschoss is defined by the Landesbauordnung; the estimate says so.
* GF estimate = clipped main footprint × full storeys (§20(3): outer dimensions of all Vollgeschosse);
  BuildingParts of the ``buildings`` layer count with their own storeys. Garages, carports and
  Nebenanlagen (whole buildings and parts) add no floor area: §20(4) leaves out Nebenanlagen (§14) and
  structures admissible in the Abstandsflächen under state law (border garages, MBO/BauO LSA §6(7)),
  §21a(4) garage storeys; a one-storey garage is rarely a Vollgeschoss of the house.
* Heights: TH = eaves (lowest roof vertex), FH/GH/OK = highest point. Absolute when the plan gives
  an absolute value (``h_<TOKEN>_max_nhn`` or an NHN/NN reference), else above terrain (DEM at the
  building or the building's lowest point ``z_min``). References the data cannot know (pavement,
  street, ground-floor level, plan Bezugshöhe missing) give "not determinable" with the reason.
* A building's storeys and heights are checked in every unit it overlaps by at least MIN_OVERLAP_M2.
"""

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from qgis.core import QgsGeometry, QgsSpatialIndex

from ..citymodel import codelists
from ..i18n import tr
from . import baunvo

HEIGHT_TOKENS = ("GH", "FH", "TH", "OK")
MEASURES = ("grz", "grz2", "gfz", "z") + tuple(t.lower() for t in HEIGHT_TOKENS)
ABSOLUTE_REFERENCES = {"NHN2016", "NHN92", "NN", "NHN"}
TERRAIN_REFERENCES = {"GelOK", "TERRAIN"}
PLAN_REFERENCE = "Relativ"
MIN_OVERLAP_M2 = 0.5
TOLERANCE = 1e-6
DEFAULT_STOREY_HEIGHT = 3.0


@dataclass
class BuildingRecord:
    key: str
    footprint: QgsGeometry  # 2D, valid, in the working CRS
    footprint_area: float
    z_min: Optional[float] = None
    eaves_z: Optional[float] = None
    z_max: Optional[float] = None
    height: Optional[float] = None
    storeys_model: Optional[int] = None
    terrain_z: Optional[float] = None
    terrain_source: str = ""  # "dem", "constant" or "z_min"
    function_group: Optional[str] = None
    function: Optional[str] = None  # AdV code; gives the group when function_group is missing
    roof_type: Optional[str] = None
    roof_type_label: Optional[str] = None
    year: Optional[int] = None
    parts: list = field(default_factory=list)  # BuildingRecords of its BuildingParts (buildings layer)

    @property
    def is_ancillary(self):
        """Garage, carport or Nebenanlage (§19(4) BauNVO): GRZ II only, no floor area."""
        group = self.function_group
        if not group and self.function:
            group = codelists.function_group(self.function)
        return (group or "") in baunvo.ANCILLARY_GROUPS

    @property
    def base_z(self):
        return self.terrain_z if self.terrain_z is not None else self.z_min

    def top_above_ground(self):
        if self.z_max is not None and self.base_z is not None:
            return self.z_max - self.base_z
        return self.height

    def eaves_above_ground(self):
        if self.eaves_z is not None and self.base_z is not None:
            return self.eaves_z - self.base_z
        return None


@dataclass
class HeightLimit:
    token: str
    value: Optional[float]  # as written in the plan (m)
    reference: Optional[str] = None  # hoehenbezug token (NHN2016, GelOK, Relativ …); None = terrain
    value_nhn: Optional[float] = None  # absolute limit when the plan makes it determinable


@dataclass
class ZoneLimits:
    zone_id: str
    zone_type: Optional[str] = None
    grz: Optional[float] = None
    grz_source: str = ""
    gfz: Optional[float] = None
    gfz_source: str = ""
    z: Optional[int] = None
    z_source: str = ""
    heights: Dict[str, HeightLimit] = field(default_factory=dict)
    baunvo17_row: Optional[str] = None


@dataclass
class CheckUnit:
    unit_id: str
    zone: ZoneLimits
    geometry: QgsGeometry
    area: float
    parcel_id: Optional[str] = None


def apply_baunvo17(zone, limits):
    """Fill missing GRZ/GFZ from §17 BauNVO (GRZ, GFZ, BMZ) and mark the source."""
    if not limits:
        return zone
    if zone.grz is None and limits[0] is not None:
        zone.grz, zone.grz_source = limits[0], baunvo.SOURCE_BAUNVO17
    if zone.gfz is None and limits[1] is not None:
        zone.gfz, zone.gfz_source = limits[1], baunvo.SOURCE_BAUNVO17
    return zone


def estimate_storeys(building, storey_height=DEFAULT_STOREY_HEIGHT):
    """(full storeys, source, reason): source "model" or "estimate"; (None, "", reason) if unknown."""
    if building.storeys_model is not None and building.storeys_model > 0:
        return int(building.storeys_model), "model", ""
    basis = building.eaves_above_ground()
    if basis is None:
        basis = building.top_above_ground()
    if basis is None:
        return None, "", tr("the building has neither storeys nor heights")
    if basis <= 0:
        return None, "", tr("the building height above terrain is not positive")
    # Round half up: a storey counts once more than half of STOREY_HEIGHT is there.
    return max(1, int(math.floor(basis / storey_height + 0.5))), "estimate", ""


def building_floor_area(building, storeys, storey_height=DEFAULT_STOREY_HEIGHT):
    """GF estimate of a whole building: footprint × full storeys; with BuildingParts each part counts with
    its own storeys (a one-storey garage part of a three-storey house) and the rest with the building's.
    None when the storeys are unknown."""
    if storeys is None:
        return None
    if not building.parts:
        return building.footprint_area * storeys
    floor, covered = 0.0, 0.0
    for part in building.parts:
        part_storeys = estimate_storeys(part, storey_height)[0]
        floor += part.footprint_area * (part_storeys if part_storeys is not None else storeys)
        covered += part.footprint_area
    return floor + max(0.0, building.footprint_area - covered) * storeys


def main_footprint(building):
    """(geometry, area) of the building's main-use footprint for GRZ I (§19(4) BauNVO): the footprint
    without its ancillary BuildingParts (garages, carports, Nebenanlagen); (None, 0.0) for a building
    that is ancillary as a whole. The area outside the parts follows the building's own function."""
    ancillary_parts = [p.footprint for p in building.parts if p.is_ancillary]
    main_parts = [p.footprint for p in building.parts if not p.is_ancillary]
    if building.is_ancillary:
        if not main_parts:
            return None, 0.0
        geometry = QgsGeometry.unaryUnion(main_parts)
    elif not ancillary_parts:
        return building.footprint, building.footprint_area
    else:
        geometry = building.footprint.difference(QgsGeometry.unaryUnion(ancillary_parts))
    if geometry is None or geometry.isNull() or geometry.isEmpty() or geometry.area() <= 0:
        return None, 0.0
    return geometry, geometry.area()


def main_floor_area(building, storeys, main_area, storey_height=DEFAULT_STOREY_HEIGHT):
    """GF estimate for the GFZ: main-use footprint × full storeys, main BuildingParts with their own
    storeys; garages, carports and Nebenanlagen add nothing (§20(4), §21a(4) BauNVO). ``storeys`` = the
    building's full storeys, ``main_area`` from ``main_footprint``. None when the storeys are unknown."""
    if main_area <= 0:
        return 0.0
    if storeys is None:
        return None
    floor, covered = 0.0, 0.0
    for part in building.parts:
        if part.is_ancillary:
            continue
        part_storeys = estimate_storeys(part, storey_height)[0]
        floor += part.footprint_area * (part_storeys if part_storeys is not None else storeys)
        covered += part.footprint_area
    return floor + max(0.0, main_area - covered) * storeys


def building_height_value(building, limit):
    """(actual, limit value, reference text, reason) for one height limit; actual None = not determinable."""
    use_eaves = limit.token == "TH"
    absolute = building.eaves_z if use_eaves else building.z_max
    relative = building.eaves_above_ground() if use_eaves else building.top_above_ground()
    missing = tr("the building has no eaves height (no roof surfaces)") if use_eaves else tr("the building has no height")
    if limit.value_nhn is not None or (limit.reference in ABSOLUTE_REFERENCES and limit.value is not None):
        bound = limit.value_nhn if limit.value_nhn is not None else limit.value
        if absolute is None:
            return None, bound, tr("m above NHN"), missing if relative is None else tr("the building has no absolute heights")
        return absolute, bound, tr("m above NHN"), ""
    if limit.reference is None or limit.reference in TERRAIN_REFERENCES:
        if building.terrain_source == "dem":
            reference = tr("m above terrain (DEM)")
        elif building.terrain_source == "constant":
            reference = tr("m above terrain (given terrain height)")
        else:
            reference = tr("m above terrain (lowest point of the building)")
        if relative is None:
            return None, limit.value, reference, missing
        return relative, limit.value, reference, ""
    if limit.reference == PLAN_REFERENCE:
        return None, limit.value, "", tr("the plan gives heights relative to its Bezugshöhe, but sets no Bezugshöhe")
    return (
        None,
        limit.value,
        "",
        tr("the height reference {} (pavement, street or ground floor) is not in the data").format(limit.reference),
    )


def _empty_measure():
    return {"actual": None, "limit": None, "limit_source": "", "status": baunvo.NOT_DETERMINABLE, "excess": None, "note": ""}


def _compare(actual, limit):
    if actual > limit + TOLERANCE:
        return baunvo.EXCEEDS, actual - limit
    return baunvo.COMPLIES, 0.0


def _ratio_measure(numerator, area, limit, source, unknown_reason=""):
    result = _empty_measure()
    result["limit"] = limit
    result["limit_source"] = baunvo.source_label(source) if limit is not None else ""
    if area <= 0:
        result["note"] = tr("the area has no extent")
        return result
    if unknown_reason:
        result["note"] = unknown_reason
        return result
    result["actual"] = numerator / area
    if limit is None:
        result["note"] = tr("the plan sets no value")
        return result
    result["status"], result["excess"] = _compare(result["actual"], limit)
    return result


def _aggregate_building_measure(entries, limit, source, no_limit_note):
    """Unit result from per-building (actual, limit, reason) entries: the worst building decides."""
    result = _empty_measure()
    result["limit"] = limit
    result["limit_source"] = baunvo.source_label(source) if limit is not None else ""
    if limit is None:
        result["note"] = no_limit_note
        return result
    known = [actual for actual, _, reason in entries if actual is not None]
    reasons = [reason for actual, _, reason in entries if actual is None]
    if known:
        result["actual"] = max(known)
    if not entries:
        result["status"], result["excess"] = baunvo.COMPLIES, 0.0
        result["note"] = tr("no building in this area")
        return result
    exceeding = [actual for actual, bound, _ in entries if actual is not None and actual > bound + TOLERANCE]
    if exceeding:
        result["status"], result["excess"] = baunvo.EXCEEDS, max(exceeding) - limit
    elif reasons:
        result["status"] = baunvo.NOT_DETERMINABLE
    else:
        result["status"], result["excess"] = baunvo.COMPLIES, 0.0
    if reasons:
        result["note"] = tr("{} of {} buildings not determinable: {}").format(len(reasons), len(entries), reasons[0])
    return result


def overall_status(measures):
    """Exceeds if any measure exceeds; complies if every measure the plan sets complies."""
    checked = [m for m in measures.values() if m["limit"] is not None]
    if any(m["status"] == baunvo.EXCEEDS for m in checked):
        return baunvo.EXCEEDS
    if not checked or any(m["status"] == baunvo.NOT_DETERMINABLE for m in checked):
        return baunvo.NOT_DETERMINABLE
    return baunvo.COMPLIES


MEASURE_NAMES = {"grz": "GRZ", "grz2": "GRZ II", "gfz": "GFZ", "z": "Z", "gh": "GH", "fh": "FH", "th": "TH", "ok": "OK"}


def build_building_index(buildings):
    index = QgsSpatialIndex()
    for number, building in enumerate(buildings):
        index.addFeature(number, building.footprint.boundingBox())
    return index


@dataclass
class UnitOverlap:
    """What stands on one unit: clipped areas and the buildings checked there."""

    main_area: float = 0.0  # main-use footprints (GRZ I, GFZ)
    total_area: float = 0.0  # incl. garages, carports, Nebenanlagen (GRZ II)
    gf_area: float = 0.0
    gf_unknown: List[str] = field(default_factory=list)  # reasons, one per building without storeys
    present: List[int] = field(default_factory=list)  # building numbers overlapping by >= MIN_OVERLAP_M2


def _clipped_area(engine, unit, geometry, area):
    if engine.contains(geometry.constGet()):
        return area
    if engine.intersects(geometry.constGet()):
        return unit.geometry.intersection(geometry).area()
    return 0.0


def unit_overlap(unit, buildings, storeys, index, floor_areas=None, mains=None):
    """``mains`` (per building: ``main_footprint`` result) default to the whole footprint unless the
    building is ancillary; ``floor_areas`` (per building, of the main footprint, None = unknown)
    default to main area × storeys."""
    overlap = UnitOverlap()
    engine = QgsGeometry.createGeometryEngine(unit.geometry.constGet())
    engine.prepareGeometry()
    for number in index.intersects(unit.geometry.boundingBox()):
        building = buildings[number]
        clipped = _clipped_area(engine, unit, building.footprint, building.footprint_area)
        if clipped <= 0:
            continue
        overlap.total_area += clipped
        if mains is not None:
            main_geometry, main_area = mains[number]
        elif building.is_ancillary:
            main_geometry, main_area = None, 0.0
        else:
            main_geometry, main_area = building.footprint, building.footprint_area
        if main_geometry is not None and main_area > 0:
            main_clipped = (
                clipped if main_geometry is building.footprint else _clipped_area(engine, unit, main_geometry, main_area)
            )
            overlap.main_area += main_clipped
            floor = floor_areas[number] if floor_areas is not None else None
            if floor is None and storeys[number][0] is not None:
                floor = main_area * storeys[number][0]
            if floor is None:
                overlap.gf_unknown.append(storeys[number][2])
            else:
                overlap.gf_area += main_clipped * floor / main_area
        if clipped >= min(MIN_OVERLAP_M2, building.footprint_area * 0.5):
            overlap.present.append(number)
    return overlap


def grz_note(overlap, parts_known):
    """Why GRZ I is smaller than GRZ II, and what the input cannot show (§19(4) BauNVO)."""
    notes = []
    ancillary = overlap.total_area - overlap.main_area
    if ancillary > 0.005:
        notes.append(
            tr("main buildings only; {} m² of garages, carports and Nebenanlagen count towards GRZ II (§19(4) BauNVO)").format(
                "{:.1f}".format(ancillary)
            )
        )
    if not parts_known and overlap.present:
        notes.append(
            tr(
                "the input has no BuildingParts (as in the footprints layer): only whole garages and Nebenanlagen "
                "are recognised, a garage attached to a house counts towards GRZ"
            )
        )
    return "; ".join(notes)


def area_measures(unit, overlap, storeys, parts_known=True):
    """GRZ, GRZ II and GFZ of one unit. ``parts_known``: the input has BuildingParts (else attached
    garages are part of their house's footprint and the GRZ note says so)."""
    zone = unit.zone
    measures = {
        "grz": _ratio_measure(overlap.main_area, unit.area, zone.grz, zone.grz_source),
        "grz2": _ratio_measure(overlap.total_area, unit.area, baunvo.grz2_limit(zone.grz), zone.grz_source),
    }
    if measures["grz"]["actual"] is not None and not measures["grz"]["note"]:
        measures["grz"]["note"] = grz_note(overlap, parts_known)
    if measures["grz2"]["limit"] is not None:
        measures["grz2"]["note"] = measures["grz2"]["note"] or tr(
            "including garages and Nebenanlagen; limit GRZ + 50 %, at most 0.8 (§19(4) BauNVO)"
        )
    unknown_gf = ""
    if overlap.gf_unknown:
        unknown_gf = tr("{} buildings without storeys or heights: {}").format(len(overlap.gf_unknown), overlap.gf_unknown[0])
    measures["gfz"] = _ratio_measure(overlap.gf_area, unit.area, zone.gfz, zone.gfz_source, unknown_gf)
    if measures["gfz"]["actual"] is not None and any(storeys[n][1] == "estimate" for n in overlap.present):
        measures["gfz"]["note"] = tr("floor area estimated from footprint × full storeys")
    return measures


def storey_measure(zone, present, storeys):
    entries = [(storeys[n][0], zone.z, storeys[n][2]) for n in present]
    measure = _aggregate_building_measure(entries, zone.z, zone.z_source, tr("the plan sets no value"))
    if measure["status"] != baunvo.NOT_DETERMINABLE and any(storeys[n][1] == "estimate" for n in present):
        measure["note"] = measure["note"] or tr(
            "storeys estimated from height ÷ storey height; whether a storey is a Vollgeschoss is defined by the Landesbauordnung"
        )
    return measure


def _has_value(limit):
    return limit is not None and (limit.value is not None or limit.value_nhn is not None)


def height_measures(zone, present, buildings):
    """({token: measure} for GH, FH, TH, OK, {token: reference text})."""
    measures, references = {}, {}
    for token in HEIGHT_TOKENS:
        limit = zone.heights.get(token)
        if not _has_value(limit):
            measures[token.lower()] = _aggregate_building_measure([], None, "", tr("the plan sets no value"))
            continue
        entries = []
        for n in present:
            actual, bound, reference, reason = building_height_value(buildings[n], limit)
            references[token] = reference or references.get(token, "")
            entries.append((actual, bound if bound is not None else limit.value, reason))
        bound = limit.value_nhn if limit.value_nhn is not None else limit.value
        measures[token.lower()] = _aggregate_building_measure(entries, bound, baunvo.SOURCE_PLAN, "")
    return measures, references


def record_building_verdicts(building_results, unit, present, storeys, buildings, measures):
    """Per building: its own rules (storeys, heights) and the area measures its unit exceeds."""
    zone = unit.zone
    for n in present:
        result = building_results[n]
        result["units"].append(unit.unit_id)
        if zone.z is not None:
            if storeys[n][0] is None:
                result["undetermined"].append("Z")
            elif storeys[n][0] > zone.z:
                result["breaks"].append("Z")
        for token in HEIGHT_TOKENS:
            limit = zone.heights.get(token)
            if not _has_value(limit):
                continue
            actual, bound, _, _ = building_height_value(buildings[n], limit)
            if actual is None or bound is None:
                result["undetermined"].append(token)
            elif actual > bound + TOLERANCE:
                result["breaks"].append(token)
        for measure in ("grz", "grz2", "gfz"):
            if measures[measure]["status"] == baunvo.EXCEEDS:
                result["area_breaks"].append(MEASURE_NAMES[measure])


def _new_building_result(building, storeys):
    return {
        "building_id": building.key,
        "storeys": storeys[0],
        "storeys_source": storeys[1],
        "eaves_height": building.eaves_above_ground(),
        "total_height": building.top_above_ground(),
        "z_max": building.z_max,
        "units": [],
        "breaks": [],  # the building's own rules: Z and heights
        "area_breaks": [],  # GRZ/GFZ exceeded by the area (zone or parcel) it stands on
        "undetermined": [],
    }


def _finish_building_result(result):
    result["breaks"] = _unique(result["breaks"])
    result["undetermined"] = _unique(result["undetermined"])
    result["area_breaks"] = _unique(result["area_breaks"])
    if result["breaks"] or result["area_breaks"]:
        result["status"] = baunvo.EXCEEDS
    elif not result["units"]:
        result["status"] = baunvo.NOT_DETERMINABLE
        result["undetermined"] = [tr("outside the plan areas")]
    elif result["undetermined"]:
        result["status"] = baunvo.NOT_DETERMINABLE
    else:
        result["status"] = baunvo.COMPLIES


def check_units(units, buildings, storey_height=DEFAULT_STOREY_HEIGHT, index=None, progress=None, is_canceled=None):
    """Check every unit (zone or parcel piece) against its zone's limits.

    Returns (unit_results, building_results): lists of dicts; building_results align with
    ``buildings``. ``progress(fraction)`` and ``is_canceled()`` are optional callbacks.
    """
    if storey_height is None or storey_height <= 0:
        raise ValueError(tr("The storey height must be greater than 0."))
    index = index or build_building_index(buildings)
    storeys = [estimate_storeys(b, storey_height) for b in buildings]
    mains = [main_footprint(b) for b in buildings]
    floor_areas = [main_floor_area(b, s[0], m[1], storey_height) for b, s, m in zip(buildings, storeys, mains)]
    parts_known = any(b.parts for b in buildings)
    building_results = [_new_building_result(b, s) for b, s in zip(buildings, storeys)]
    unit_results = []
    for position, unit in enumerate(units):
        if is_canceled and is_canceled():
            break
        overlap = unit_overlap(unit, buildings, storeys, index, floor_areas, mains)
        present = overlap.present
        measures = area_measures(unit, overlap, storeys, parts_known)
        measures["z"] = storey_measure(unit.zone, present, storeys)
        heights, references = height_measures(unit.zone, present, buildings)
        measures.update(heights)
        if not buildings:
            _no_buildings_in_input(measures)
        record_building_verdicts(building_results, unit, present, storeys, buildings, measures)
        unit_results.append(
            {
                "unit_id": unit.unit_id,
                "zone_id": unit.zone.zone_id,
                "parcel_id": unit.parcel_id,
                "zone_type": unit.zone.zone_type,
                "area": unit.area,
                "n_buildings": len(present),
                "built_area": overlap.main_area,
                "built_area_total": overlap.total_area,
                "gf_estimate": overlap.gf_area if not overlap.gf_unknown else None,
                "max_eaves_height": _max_or_none(buildings[n].eaves_above_ground() for n in present),
                "max_total_height": _max_or_none(buildings[n].top_above_ground() for n in present),
                "max_z_nhn": _max_or_none(buildings[n].z_max for n in present),
                "measures": measures,
                "height_references": references,
                "status": overall_status(measures),
                "exceeded": ", ".join(MEASURE_NAMES[m] for m in MEASURES if measures[m]["status"] == baunvo.EXCEEDS),
            }
        )
        if progress:
            progress((position + 1) / max(1, len(units)))
    add_zone_totals(unit_results)
    for result in building_results:
        _finish_building_result(result)
    return unit_results, building_results


def _no_buildings_in_input(measures):
    """An empty buildings input proves nothing: every measure is 'not determinable', never 'complies'."""
    for measure in measures.values():
        measure.update(status=baunvo.NOT_DETERMINABLE, actual=None, excess=None, note=tr("no buildings in the input"))


def add_zone_totals(unit_results):
    """Area-weighted GRZ/GFZ of the whole plan area beside every unit (equal to the unit's own
    values without parcels); GRZ/GFZ are legally per Baugrundstück, the zone figure is for orientation."""
    totals = {}
    for result in unit_results:
        total = totals.setdefault(result["zone_id"], [0.0, 0.0, 0.0, False])
        total[0] += result["area"]
        total[1] += result["built_area"]
        if result["gf_estimate"] is None:
            total[3] = True
        else:
            total[2] += result["gf_estimate"]
    for result in unit_results:
        area, built, floor, unknown = totals[result["zone_id"]]
        result["zone_grz_actual"] = built / area if area > 0 else None
        result["zone_gfz_actual"] = floor / area if area > 0 and not unknown else None


def _max_or_none(values):
    known = [v for v in values if v is not None]
    return max(known) if known else None


def _unique(items):
    seen = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def summarise(unit_results):
    """Counts per overall status and per exceeded measure (for the demo / feedback summary)."""
    summary = {baunvo.COMPLIES: 0, baunvo.EXCEEDS: 0, baunvo.NOT_DETERMINABLE: 0}
    by_measure = {m: 0 for m in MEASURES}
    for result in unit_results:
        summary[result["status"]] += 1
        for measure in MEASURES:
            if result["measures"][measure]["status"] == baunvo.EXCEEDS:
                by_measure[measure] += 1
    return summary, by_measure
