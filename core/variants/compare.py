"""Compare a base and planning variants with the analyses' own functions: one row of figures per scenario.

Figures (docs/variants.md): new buildings and their gross floor area; built area, GRZ, GFZ, highest point in
the area of interest (district figures); plan check counts per measure (plan check); kWp and MWh/a of the new
roofs (solar potential, shaded by the scenario's buildings); direct-sun hours on the façades of the existing
neighbours and how many fall below the minimum only because of the variant (sun hours); shadow area on open
ground and on public spaces at the given times (shadow polygons). Every numeric figure gets a ``_delta``
against the base.
"""

from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsGeometry, QgsWkbTypes

from ..analysis import compliance, compliance_io, district
from ..analysis.solar import layers as solar_layers
from ..analysis.solar import shadow, times
from ..analysis.solar.potential import SolarSettings, compute_solar_potential
from ..analysis.solar.sun import sun_position
from ..errors import CancelledError, UrbanTwinError
from ..i18n import tr
from .neighbours import date_tag, default_dates, impact_figures, neighbour_facades, scenario_hours
from .scenario import Scenario

STATUS_FIELDS = (("exceeds", "exceeds"), ("complies", "complies"), ("not_determinable", "undetermined"))


@dataclass
class CompareSettings:
    dates: tuple = field(default_factory=default_dates)
    shadow_times: str = "09:00, 12:00, 15:00"
    timezone: str = times.DEFAULT_TIMEZONE
    radius: float = 100.0  # m around the planned buildings: neighbours, shadow region
    facade_spacing: float = 3.0
    step_minutes: int = 5
    cell_size: float = 1.0
    max_distance: float = 300.0  # m: buildings this far from the region still cast shadows on it
    storey_height: float = compliance.DEFAULT_STOREY_HEIGHT
    solar: SolarSettings = field(default_factory=lambda: SolarSettings(step_minutes=60))


@dataclass
class ScenarioResult:
    name: str
    path: str
    figures: dict
    facade_rows: list = field(default_factory=list)  # (x, y, z, building_id, surface_id, {field: value})
    shadow_rows: list = field(default_factory=list)  # (QgsGeometry, date tag, time, area)
    planned_footprints: list = field(default_factory=list)


class _Progress:
    def __init__(self, progress, is_canceled, total):
        self.progress, self.is_canceled, self.total, self.done = progress, is_canceled, max(total, 1), 0

    def step(self, message=None):
        if self.is_canceled is not None and self.is_canceled():
            raise CancelledError()
        self.done += 1
        if self.progress is not None:
            self.progress(min(self.done / self.total, 1.0), message)


def compare_variants(base_path, variant_paths, plan=None, parcels=None, area=None, public_spaces=None, settings=None,
                     progress=None, is_canceled=None):
    """ScenarioResults (base first). ``plan``/``parcels``: feature sources in the scenarios' CRS or None;
    ``area``: QgsGeometry of the area of interest or None (then the planned buildings + radius);
    ``public_spaces``: list of QgsGeometry or None."""
    settings = settings or CompareSettings()
    if not variant_paths:
        raise UrbanTwinError(tr("Give at least one variant to compare with the base."))
    steps = _Progress(progress, is_canceled, 2 + (1 + len(variant_paths)) * (4 + len(settings.dates)))
    scenarios = [Scenario(base_path, is_canceled=is_canceled, is_base=True)]
    steps.step(tr("Base read: {}").format(scenarios[0].name))
    for path in variant_paths:
        scenario = Scenario(path, is_canceled=is_canceled)
        if scenario.crs.authid() != scenarios[0].crs.authid():
            raise UrbanTwinError(tr("The variant is in {} but the base is in {}.").format(scenario.crs.authid(), scenarios[0].crs.authid()), path=path)
        scenarios.append(scenario)
    base = scenarios[0]
    latitude, longitude = solar_layers.site_of(base.buildings_layer, base.crs)
    planned_pieces = [s.planned_union() for s in scenarios if s.planned_union() is not None]
    if not planned_pieces and area is None:
        raise UrbanTwinError(tr("None of the variants has planned buildings (status geplant) and no area of interest is given."))
    planned_all = QgsGeometry.unaryUnion(planned_pieces) if planned_pieces else area
    aoi = area if area is not None else planned_all.buffer(settings.radius, 8).boundingBox()
    aoi = aoi if isinstance(aoi, QgsGeometry) else QgsGeometry.fromRect(aoi)
    region = QgsGeometry.unaryUnion([aoi, planned_all]).buffer(settings.radius, 8)
    shading_zone = region.buffer(settings.max_distance, 8)
    facades = neighbour_facades(base, planned_all.buffer(settings.radius, 8), settings.facade_spacing, settings.cell_size)
    steps.step(tr("{} façade points on the neighbours").format(0 if facades is None else len(facades.building_id)))
    zones = _read_plan(plan, parcels, is_canceled)
    results, base_hours = [], {}
    for scenario in scenarios:
        figures = {"variant": scenario.name, "source": scenario.path}
        figures.update(_area_figures(scenario, aoi, settings))
        steps.step()
        figures.update(_plan_figures(scenario, zones, settings))
        steps.step()
        figures.update(_solar_figures(scenario, shading_zone, latitude, longitude, settings, steps))
        steps.step(tr("{}: solar potential of the new roofs").format(scenario.name))
        result = ScenarioResult(scenario.name, scenario.path, figures)
        shading_ids = scenario.ids_near(shading_zone)
        hours_by_date = {}
        for date in settings.dates:
            if facades is not None:
                hours = scenario_hours(scenario, facades, shading_ids, date, latitude, longitude, settings)
                if scenario is base:
                    base_hours[date] = hours
                impact, loss, newly = impact_figures(base_hours[date], hours, date)
                figures.update(impact)
                hours_by_date[date] = (hours, loss, newly)
            steps.step(tr("{}: sun hours on {}").format(scenario.name, date.isoformat()))
        result.facade_rows = _facade_rows(facades, hours_by_date, base_hours)
        shadows, rows = _shadow_figures(scenario, shading_ids, region, public_spaces, latitude, longitude, settings)
        figures.update(shadows)
        result.shadow_rows = rows
        result.planned_footprints = [(b, scenario.footprints[b]) for b in sorted(scenario.planned) if b in scenario.footprints]
        steps.step(tr("{}: shadows").format(scenario.name))
        results.append(result)
    _add_deltas(results)
    return results


def _read_plan(plan, parcels, is_canceled):
    if plan is None:
        return None
    zones = compliance_io.read_zones(compliance_io.features_of(plan, is_canceled), compliance_io.ZoneFields())
    if not zones:
        raise UrbanTwinError(tr("The plan layer has no usable plan areas."))
    parcel_list = None
    if parcels is not None:
        parcel_list = compliance_io.read_parcels(compliance_io.features_of(parcels, is_canceled), "flurstueckskennzeichen")
    return compliance_io.build_units(zones, parcel_list)


def _area_figures(scenario, aoi, settings):
    planned = [b for b in scenario.buildings if b.key in scenario.planned]
    figures = [district.building_figures(b, settings.storey_height) for b in planned]
    row = district.district_figures([district.District("aoi", "aoi", aoi)], scenario.buildings, settings.storey_height)[0]
    tops = [b.z_max for b in scenario.buildings if b.z_max is not None and aoi.intersects(b.footprint)]
    return {
        "n_new_buildings": len(planned),
        "new_footprint_area": sum(b.footprint_area for b in planned),
        "new_gross_floor_area": sum(f.floor_area or 0.0 for f in figures),
        "aoi_area": row["area"],
        "n_buildings_aoi": row["n_buildings"],
        "built_area": row["built_area"],
        "grz": row["grz_actual"],
        "gross_floor_area": row["gf_estimate"],
        "gfz": row["gfz_actual"],
        "max_height": row["max_height"],
        "highest_point": max(tops) if tops else None,
    }


def _plan_figures(scenario, units, settings):
    if units is None:
        return {}
    unit_results, _buildings = compliance.check_units(units, scenario.buildings, settings.storey_height)
    figures = {"plan_units": len(unit_results), "plan_units_exceeding": sum(1 for u in unit_results if u["status"] == "exceeds")}
    for measure in compliance.MEASURES:
        for status, suffix in STATUS_FIELDS:
            figures["plan_{}_{}".format(measure, suffix)] = sum(
                1 for u in unit_results if u["measures"][measure]["limit"] is not None and u["measures"][measure]["status"] == status)
    return figures


def _solar_figures(scenario, shading_zone, latitude, longitude, settings, steps):
    roofs = scenario.records_of(scenario.planned, "RoofSurface")
    if not roofs:
        return {"solar_roof_area": 0.0, "solar_kwp": 0.0, "solar_mwh": 0.0}
    shading = scenario.records_of(scenario.ids_near(shading_zone))

    def progress(fraction, message=None):
        return steps.is_canceled() if steps.is_canceled is not None else False

    result = compute_solar_potential(roofs, latitude, longitude, settings.solar, shading, None, scenario.crs.toWkt(), progress)
    return {"solar_roof_area": float(result.area.sum()), "solar_kwp": float(result.kwp.sum()), "solar_mwh": float(result.kwh.sum()) / 1000.0}


def _shadow_figures(scenario, shading_ids, region, public_spaces, latitude, longitude, settings):
    """Shadow area (m²) on open ground and on public spaces in the region, per date and time."""
    solids = shadow.group_buildings(scenario.records_of(shading_ids))
    footprints = [scenario.footprints[b] for b in shading_ids if b in scenario.footprints]
    buildings_union = QgsGeometry.unaryUnion(footprints) if footprints else QgsGeometry()
    open_ground = region.difference(buildings_union) if not buildings_union.isEmpty() else region
    public = QgsGeometry.unaryUnion(public_spaces).intersection(open_ground) if public_spaces else None
    zone = times.time_zone(settings.timezone)
    figures, rows = {}, []
    for date in settings.dates:
        moments = times.local_moments(date, times.parse_times(settings.shadow_times), zone)
        elevations, azimuths = sun_position([m.timestamp() for m in moments], latitude, longitude)
        for moment, elevation, azimuth in zip(moments, elevations, azimuths):
            key = "{}_{:02d}".format(date_tag(date), moment.hour)
            if elevation < shadow.MIN_ELEVATION:
                figures["shadow_open_" + key] = figures["shadow_public_" + key] = None
                continue
            pieces = [shadow.building_shadow(s, float(elevation), float(azimuth))[0] for s in solids]
            union = QgsGeometry.unaryUnion([p for p in pieces if p is not None and not p.isEmpty()])
            on_open = union.intersection(open_ground)
            if on_open.type() != QgsWkbTypes.GeometryType.PolygonGeometry:  # touching edges give a collection
                on_open.convertGeometryCollectionToSubclass(QgsWkbTypes.GeometryType.PolygonGeometry)
            figures["shadow_open_" + key] = on_open.area()
            figures["shadow_public_" + key] = union.intersection(public).area() if public is not None else None
            rows.append((on_open, date.isoformat(), moment.strftime("%H:%M"), on_open.area()))
    return figures, rows


def _facade_rows(facades, hours_by_date, base_hours):
    if facades is None or not hours_by_date:
        return []
    rows = []
    points = facades.points
    for i in range(points.points.shape[0]):
        values = {}
        for date, (hours, loss, newly) in hours_by_date.items():
            tag = date_tag(date)
            values["hours_base_" + tag] = _finite(base_hours[date][i])
            values["hours_" + tag] = _finite(hours[i])
            values["loss_" + tag] = _finite(loss[i])
            values["newly_below_" + tag] = int(bool(newly[i]))
        x, y, z = (float(v) for v in points.points[i])
        rows.append((x, y, z, points.building_id[i], points.surface_id[i], values))
    return rows


def _finite(value):
    value = float(value)
    return round(value, 3) if np.isfinite(value) else None


def _add_deltas(results):
    base = results[0].figures
    for result in results:
        for key, value in list(result.figures.items()):
            if key in ("variant", "source") or key.endswith("_delta") or not isinstance(value, (int, float)):
                continue
            reference = base.get(key)
            result.figures[key + "_delta"] = value - reference if isinstance(reference, (int, float)) else None


def figure_keys(results):
    """Field order of the table: every key in the order of the first scenario that has it."""
    keys = []
    for result in results:
        for key in result.figures:
            if key not in keys:
                keys.append(key)
    return keys
