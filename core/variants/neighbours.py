"""Impact of a variant on its neighbours: direct-sun hours on the façades of existing buildings.

The façade points are those of the sun-hours analysis (``facade_points``) on the walls of the existing
buildings within a radius of any planned building of any variant — one point set for the base and every
variant, so each point's loss is variant − base. Hours come from the analysis' own functions
(``build_height_raster``, ``sun_hours_points``) on each scenario's buildings.

Minimum exposure: DIN EN 17037 asks for at least 1.5 h of possible direct sun on a day between 1 February
and 21 March; DIN 5034-1 for 1 h on 17 January. ``minimum_hours`` gives the threshold used per date
(17 January → 1 h, every other date → 1.5 h).
"""

import datetime
from dataclasses import dataclass

import numpy as np

from ..analysis.solar import sunhours, times
from ..analysis.solar.facade import facade_points
from ..analysis.solar.heightraster import build_height_raster
from ..analysis.solar.potential import shading_facets

DIN_5034_DAY = (1, 17)


def minimum_hours(date):
    return 1.0 if (date.month, date.day) == DIN_5034_DAY else 1.5


def date_tag(date):
    return "{:02d}{:02d}".format(date.month, date.day)


@dataclass
class FacadeSet:
    points: object  # FacadePoints
    building_id: list


def neighbour_facades(base, planned_zone, spacing=3.0, cell=1.0):
    """Façade points of the base's buildings within ``planned_zone`` (planned buildings of any variant
    buffered by the radius); None when no existing building is there."""
    ids = {b for b in base.ids_near(planned_zone) if b not in base.planned}
    records = base.records_of(ids)
    if not any(r.surface_type == "WallSurface" for r in records):
        return None
    points = facade_points(records, spacing, 200, 0.75 * cell + 0.25)
    return FacadeSet(points, points.building_id)


def scenario_hours(scenario, facades, shading_ids, date, latitude, longitude, settings):
    """Hours of direct sun per façade point in ``scenario`` (NaN on buildings that are not standing in it)."""
    seconds = times.day_steps(date, times.time_zone(settings.timezone), settings.step_minutes)
    records = scenario.records_of(shading_ids)
    facets, bases = shading_facets(records)
    points = facades.points.points
    xy = np.vstack([f.rings[0][:, :2] for f in facets] + [points[:, :2]])
    extent = (xy[:, 0].min(), xy[:, 1].min(), xy[:, 0].max(), xy[:, 1].max())
    raster = build_height_raster(facets, bases, extent, settings.cell_size, 20.0, None, scenario.crs.toWkt())
    hours = sunhours.sun_hours_points(raster, points, seconds, settings.step_minutes / 60.0, latitude, longitude,
                                      facades.points.normals, settings.max_distance)
    standing = np.array([b in scenario.status for b in facades.building_id])
    return np.where(standing, hours, np.nan)


def impact_figures(base_hours, hours, date):
    """Figures of one scenario on one date against the base."""
    threshold = minimum_hours(date)
    tag = date_tag(date)
    valid = ~np.isnan(hours)
    loss = np.where(valid, base_hours - hours, np.nan)
    below = valid & (hours < threshold - 1e-9)
    newly = below & (base_hours >= threshold - 1e-9)
    return {
        "sun_points_" + tag: int(valid.sum()),
        "sun_mean_h_" + tag: float(np.nanmean(hours)) if valid.any() else None,
        "sun_below_" + tag: int(below.sum()),
        "sun_newly_below_" + tag: int(newly.sum()),
        "sun_mean_loss_h_" + tag: float(np.nanmean(loss)) if valid.any() else None,
        "sun_max_loss_h_" + tag: float(np.nanmax(loss)) if valid.any() else None,
    }, loss, newly


def default_dates(year=None):
    year = year or datetime.date.today().year
    return (datetime.date(year, 3, 21), datetime.date(year, 1, 17))
