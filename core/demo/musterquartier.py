"""The generated sample district "Musterquartier": the demo's and the tests' own data.

``generate_musterquartier(out_dir)`` writes, deterministically for a seed:

* ``musterquartier_lod2.gml`` — CityGML 2.0, AdV LoD2 style (about 200 buildings, flat / gabled /
  hipped / shed roofs, a few garages as BuildingParts),
* ``musterquartier_bplan.gml`` — XPlanGML 6.0 Bebauungsplan Nr. 42 over it (WA and MI zones with
  GRZ, GFZ, Z and heights, Baufenster with Baugrenzen, the street area),
* ``musterquartier_flurstuecke.gpkg`` (layer ``flurstuecke``) and ``musterquartier_quartiere.gpkg``
  (layer ``quartiere``: ``name``, ``einwohner``),

and returns a dict describing what it wrote, including the buildings that exceed the plan
(``exceeding``): the city model and the plan are made to disagree in a few documented places, so
compliance analyses have something to find.
"""

import contextlib
import os

from ..analysis.baunvo import grz2_limit
from ..atomic import atomic_path
from ..errors import CancelledError, UrbanTwinError
from ..i18n import tr
from . import variants  # planning variants (docs/variants.md): one extra file
from .citygml_writer import citygml_text
from .gpkg_writer import write_districts, write_parcels
from .layout import (
    BEZUGSHOEHE,
    ROTATION_DEG,
    footprint_area,
    is_ancillary,
    main_footprint_area,
    plan_district,
    rect_area,
    rect_world,
    world_bbox,
)
from .xplan_writer import xplan_text

FILE_NAMES = {
    "citygml": "musterquartier_lod2.gml",
    "xplan": "musterquartier_bplan.gml",
    "parcels": "musterquartier_flurstuecke.gpkg",
    "districts": "musterquartier_quartiere.gpkg",
    "variants": variants.FILE_NAME,
}
RESIDENTIAL_SHARE = {"31001_1000": 1.0, "31001_1010": 1.0, "31001_1100": 0.6, "31001_1120": 0.5}
NET_FLOOR_SHARE = 0.75  # net living area per gross floor area
M2_PER_RESIDENT = 45.0

from . import terrain  # noqa: E402 - the DGM1 and the trees of the climate screening (docs/climate.md): two extra files

FILE_NAMES.update(terrain.FILE_NAMES)


def floor_area(building):
    """Gross floor area for the GFZ: footprint × storeys of the main building and its main-use parts;
    garages, carports and Nebenanlagen add none (§20(4), §21a(4) BauNVO)."""
    own = 0.0 if is_ancillary(building.function) else rect_area(building.rect) * building.storeys
    return own + sum(rect_area(p.rect) * p.storeys for p in building.parts if not is_ancillary(p.function))


def _area_rules(main, total, floors, area, zone):
    """(rule, value, limit, extra) for GRZ (main buildings, GRZ I), GRZ II (incl. garages and
    Nebenanlagen, §19(4) BauNVO) and GFZ."""
    return (("GRZ", main / area, zone.grz, dict(footprint_area=round(main, 2))),
            ("GRZ II", total / area, grz2_limit(zone.grz), dict(footprint_area=round(total, 2))),
            ("GFZ", floors / area, zone.gfz, dict(floor_area=round(floors, 2))))


def find_exceedances(district):
    """Every place where the generated city model breaks its plan: GRZ (main buildings only), GRZ II,
    GFZ per zone; Z, heights per building."""
    found = []
    for zone in district.zones:
        members = [b for b in district.buildings if b.zone is zone]
        zone_area = rect_area(zone.rect)
        main = sum(main_footprint_area(b) for b in members)
        total = sum(footprint_area(b) for b in members)
        floors = sum(floor_area(b) for b in members)
        for rule, value, limit, extra in _area_rules(main, total, floors, zone_area, zone):
            if value > limit:
                found.append(dict(rule=rule, building=None, buildings=[b.gml_id for b in members], zone=zone.gml_id,
                                  value=round(value, 4), limit=limit, zone_area=round(zone_area, 2), **extra))
        for b in members:
            if b.storeys > zone.z:
                found.append(dict(rule="Z", building=b.gml_id, zone=zone.gml_id, value=b.storeys, limit=zone.z))
            for height in zone.heights:
                measured = b.eaves_z if height["bezugspunkt"] == "TH" else b.top_z
                if measured > height["nhn"]:
                    found.append(dict(rule="height", building=b.gml_id, zone=zone.gml_id, bezugspunkt=height["bezugspunkt"],
                                      hoehenbezug=height["hoehenbezug"], value=round(measured, 2), limit=height["nhn"],
                                      limit_as_written=height["value"]))
    return found


def find_parcel_exceedances(district):
    """GRZ, GRZ II and GFZ measured per Baugrundstück (parcel, one building each) against the zone's values."""
    parcels = {p.flurstueck_id: p for p in district.parcels}
    found = []
    for b in district.buildings:
        parcel_area = rect_area(parcels[b.parcel_id].rect)
        for rule, value, limit, _ in _area_rules(main_footprint_area(b), footprint_area(b), floor_area(b), parcel_area, b.zone):
            if value > limit:
                found.append(dict(rule=rule, building=b.gml_id, parcel=b.parcel_id, zone=b.zone.gml_id,
                                  value=round(value, 4), limit=limit, parcel_area=round(parcel_area, 2)))
    return found


def _residents(district):
    """Plausible population per district: residential net floor area / 45 m² per person."""
    result = []
    for d in district.districts:
        x0, y0, x1, y1 = d["rect"]
        area = 0.0
        for b in district.buildings:
            cx, cy = (b.rect[0] + b.rect[2]) / 2.0, (b.rect[1] + b.rect[3]) / 2.0
            if x0 <= cx < x1 and y0 <= cy < y1:
                bx0, by0, bx1, by1 = b.rect
                area += (bx1 - bx0) * (by1 - by0) * b.storeys * RESIDENTIAL_SHARE.get(b.function, 0.0)
        result.append(dict(name=d["name"], rect=d["rect"], einwohner=int(round(area * NET_FLOOR_SHARE / M2_PER_RESIDENT))))
    return result


def _write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def _zone_summary(zone):
    return dict(gml_id=zone.gml_id, label=zone.label, token=zone.token, GRZ=zone.grz, GFZ=zone.gfz, Z=zone.z,
                heights=[dict(h) for h in zone.heights], height_limit_nhn=zone.limit_nhn("GH") or zone.limit_nhn("FH"),
                polygon=rect_world(zone.rect), area=rect_area(zone.rect), role=zone.role)


def _metadata(provenance, title):
    if provenance is None:
        return None
    from qgis.core import QgsLayerMetadata

    from ..provenance import apply_to_metadata

    return apply_to_metadata(QgsLayerMetadata(), provenance, title=title,
                             abstract=tr("Fictitious sample district (Urban Twin Musterquartier), not real data."))


def generate_musterquartier(out_dir, n_buildings=200, seed=2026, feedback=None, provenance=None):
    """Write the four sample files into ``out_dir`` and return a description (see module doc).

    ``feedback`` (optional) needs ``setProgress(percent)`` and ``isCanceled()`` (a
    QgsProcessingFeedback fits). ``provenance`` (optional dict from core/provenance.build_provenance)
    is stored in the GeoPackages' metadata; without it the files are byte-identical for a seed.
    Raises UrbanTwinError for an unusable folder or size.
    """
    if not os.path.isdir(out_dir):
        raise UrbanTwinError(tr("The output folder does not exist."), path=out_dir)
    if int(n_buildings) < 10 or int(n_buildings) > 5000:
        raise UrbanTwinError(tr("The number of buildings must be between 10 and 5000."))
    district = plan_district(int(n_buildings), int(seed))
    district.districts = _residents(district)
    paths = {key: os.path.join(out_dir, name) for key, name in FILE_NAMES.items()}
    steps = [
        ("citygml", lambda tmp: _write_text(tmp, citygml_text(district))),
        ("xplan", lambda tmp: _write_text(tmp, xplan_text(district))),
        ("parcels", lambda tmp: write_parcels(tmp, district, _metadata(provenance, "Flurstücke Musterquartier"))),
        ("districts", lambda tmp: write_districts(tmp, district.districts, _metadata(provenance, "Quartiere Musterquartier"))),
        ("variants", lambda tmp: variants.write_variants(tmp, district)),
    ]
    # all four files or none: each is written to a temporary name; the renames happen only when
    # every file is complete (an error or cancellation removes the temporary files, old ones stay)
    steps += terrain.writing_steps(district, seed, _metadata(provenance, "Bäume Musterquartier"))
    with contextlib.ExitStack() as renames:
        for done, (key, write) in enumerate(steps):
            if feedback is not None and feedback.isCanceled():
                raise CancelledError()
            write(renames.enter_context(atomic_path(paths[key])))
            if feedback is not None:
                feedback.setProgress(100.0 * (done + 1) / len(steps))
    roof_types = {}
    for b in district.buildings:
        roof_types[b.roof_type] = roof_types.get(b.roof_type, 0) + 1
    functions = {}
    for b in district.buildings:
        functions[b.function] = functions.get(b.function, 0) + 1
    result = dict(paths)
    result.update(
        buildings=len(district.buildings),
        parts=sum(len(b.parts) for b in district.buildings),
        roof_types=dict(sorted(roof_types.items())),
        functions=dict(sorted(functions.items())),
        zones=[_zone_summary(z) for z in district.zones],
        exceeding=find_exceedances(district),
        exceeding_parcels=find_parcel_exceedances(district),
        crs="EPSG:25832",
        vertical_crs="EPSG:7837",
        bezugshoehe=BEZUGSHOEHE,
        extent=world_bbox(district.extent),
        geltungsbereich=rect_world(district.extent),
        geltungsbereich_area=rect_area(district.extent),
        rotation_deg=ROTATION_DEG,
        quartiere=[dict(name=d["name"], einwohner=d["einwohner"]) for d in district.districts],
        parcel_count=len(district.parcels),
        seed=int(seed),
    )
    result["variant_names"] = dict(variants.VARIANT_NAMES)
    return result
