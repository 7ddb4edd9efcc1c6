"""Planned building masses: footprints + heights + roof → city model records → GeoPackage in the import's schema.

A planned building is the same ``CityObjectRecord`` the CityGML/CityJSON readers produce (LoD2 solid,
Roof/Wall/GroundSurface), written by the import's own writer (``BulkGeoPackageWriter``) with ``status`` = geplant;
every analysis therefore takes a massing output as it takes an import.
"""

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ..atomic import atomic_path
from ..citymodel.model import CityObjectRecord, SemanticSurface
from ..errors import CancelledError, UrbanTwinError
from ..i18n import tr
from ..storage.gpkg_bulk import BulkGeoPackageWriter
from .roofs import FLAT, MassingProblem, RoofSpec, build_solid
from .schema import DEMOLISHED, EXISTING, LAYERS, PLANNED, set_gdal_metadata  # noqa: F401 - re-exported

ROOF_NAMES = {
    "flat": "1000", "flachdach": "1000", "shed": "2100", "pultdach": "2100", "gable": "3100", "satteldach": "3100",
    "hip": "3200", "walmdach": "3200", "pyramid": "3400", "zeltdach": "3400",
}


@dataclass
class PlannedFootprint:
    """One footprint feature with its values as read from the layer (None = not given)."""

    feature_id: str
    parts: list  # polygons; each a list of rings ((n, 2|3) arrays), exterior first
    storeys: Optional[int] = None
    eaves_height: Optional[float] = None
    roof_type: object = None
    pitch: Optional[float] = None
    ridge_height: Optional[float] = None
    ridge_azimuth: Optional[float] = None
    function: Optional[str] = None
    name: Optional[str] = None
    base_z: float = 0.0


@dataclass
class MassingReport:
    output: Optional[str] = None
    buildings: int = 0
    skipped: list = field(default_factory=list)  # messages of footprints that gave no building
    notes: list = field(default_factory=list)  # (building id, name, message): fallbacks and defaults
    roof_types: dict = field(default_factory=dict)  # built roof type → count


def roof_code(value):
    """AdV roof code as text from an integer, a text code (“3100”, “3100.0”) or a name; None when empty."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    text = str(value).strip()
    if not text or text.upper() == "NULL":
        return None
    if re.fullmatch(r"\d+(\.0+)?", text):
        return str(int(float(text)))
    return ROOF_NAMES.get(text.lower(), text)


def _number(value):
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def eaves_height_of(footprint, storey_height):
    """Eaves height above terrain: the eaves field wins over storeys × storey height."""
    eaves = _number(footprint.eaves_height)
    if eaves is not None and eaves > 0:
        return eaves
    storeys = _number(footprint.storeys)
    if storeys is None or storeys <= 0:
        raise MassingProblem(tr("Neither a number of storeys nor an eaves height is given."))
    return storeys * storey_height


def planned_id(footprint, source_name):
    """Stable id: the same footprint and values give the same id (re-runs replace, not duplicate)."""
    digest = hashlib.sha1()
    digest.update(str(source_name or "").encode("utf-8"))
    digest.update(str(footprint.feature_id).encode("utf-8"))
    for polygon in footprint.parts:
        for ring in polygon:
            digest.update(np.round(np.asarray(ring, dtype=float)[:, :2], 3).tobytes())
    return "UT_PLAN_" + digest.hexdigest()[:16].upper()


def planned_record(footprint, storey_height=3.0, source_name=None):
    """(CityObjectRecord, roof type built, notes) for one footprint; raises MassingProblem."""
    eaves = eaves_height_of(footprint, storey_height)
    requested = roof_code(footprint.roof_type) or FLAT
    spec = RoofSpec(footprint.base_z, eaves, requested, _number(footprint.pitch), _number(footprint.ridge_height),
                    _number(footprint.ridge_azimuth))
    gml_id = planned_id(footprint, source_name)
    shell, surfaces, notes, built, top = [], [], [], [], footprint.base_z
    for polygon in footprint.parts:
        solid = build_solid(polygon, spec)
        notes.extend(n for n in solid.notes if n not in notes)
        built.append(solid.roof_type)
        top = max(top, solid.ridge_z)
        for surface_type, rings in solid.faces:
            shell.append(rings)
            kind = {"RoofSurface": "roof", "WallSurface": "wall", "GroundSurface": "ground"}[surface_type]
            surfaces.append(SemanticSurface("{}_{}_{}".format(gml_id, kind, len(surfaces) + 1), surface_type, [rings], 2))
    roof_type = built[0] if len(set(built)) == 1 else FLAT
    storeys = _number(footprint.storeys)
    generic = {"status": PLANNED}
    if notes:
        generic["massing_note"] = " ".join(notes)
    attributes = {
        "function": str(footprint.function) if footprint.function not in (None, "") else None,
        "roof_type": roof_type,
        "measured_height": round(top - footprint.base_z, 3),
        "storeys_above_ground": int(round(storeys)) if storeys is not None and storeys > 0 else None,
        "name": str(footprint.name) if footprint.name not in (None, "") else None,
        "status": PLANNED,
    }
    record = CityObjectRecord(gml_id, "Building", attributes=attributes, generic=generic, geometry={2: shell}, surfaces=surfaces)
    return record, roof_type, notes


def write_massing(output, footprints, epsg, storey_height=3.0, source_name=None, metadata=None, feedback=None, on_written=None):
    """Write one planned building per footprint into ``output`` (atomic); returns a MassingReport.

    Footprints that cannot give a building (no height, no area, bad pitch) are skipped with a message
    naming the feature; nothing at all → UrbanTwinError and no file. ``on_written(temporary path, report)``
    runs before the rename (e.g. to store QGIS metadata), so the output appears complete or not at all.
    """
    report = MassingReport(output=output)
    footprints = list(footprints)
    with atomic_path(output) as temporary:
        writer = BulkGeoPackageWriter(temporary, epsg, target=output)  # sqlite3 executemany: ½ the time of OGR calls
        try:
            for number, footprint in enumerate(footprints):
                if feedback is not None and number % 50 == 0:
                    if feedback.isCanceled():
                        raise CancelledError()
                    feedback.setProgress(95.0 * number / max(len(footprints), 1))
                label = footprint.name or footprint.feature_id
                try:
                    record, roof_type, notes = planned_record(footprint, storey_height, source_name)
                except MassingProblem as problem:
                    report.skipped.append(str(UrbanTwinError(str(problem), path=source_name, obj=label)))
                    continue
                writer.write(record, source_name or "")
                report.buildings += 1
                report.roof_types[roof_type] = report.roof_types.get(roof_type, 0) + 1
                report.notes.extend((record.gml_id, label, note) for note in notes)
            if not report.buildings:
                raise UrbanTwinError("\n".join(report.skipped) or tr("The footprint layer has no polygons."), path=source_name)
            items = {"GENERATOR": "Urban Twin urbantwin:massing", "STATUS": PLANNED, "SOURCE": source_name,
                     "CRS": "EPSG:{}".format(epsg) if epsg else None}
            items.update(metadata or {})
            writer.close()
            writer = None
            if on_written is not None:
                on_written(temporary, report)
            set_gdal_metadata(temporary, LAYERS, items)
        finally:
            if writer is not None:
                writer.abort()
    return report


def notes_json(report):
    return json.dumps([{"building_id": b, "name": str(n), "note": m} for b, n, m in report.notes], ensure_ascii=False)
