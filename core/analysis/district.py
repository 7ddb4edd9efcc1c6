"""District key figures: buildings, built area, floor area, volume, heights, GRZ/GFZ, functions, roofs, years,
and statistics (e.g. census population) apportioned to buildings by residential floor area.

Pure computation over ``BuildingRecord``s (see ``compliance``) and district geometries:
* Area figures (built area, GF, volume) use footprints *clipped* to the district, so buildings on a
  boundary are split and nothing is counted twice.
* Count figures (number of buildings, heights, functions, roofs, years) assign each building to the
  district that contains a point on its footprint (QgsGeometry.pointOnSurface).
* GF estimate = footprint × full storeys (model storeys or height ÷ STOREY_HEIGHT, as in the compliance check);
  volume = footprint × (eaves height + half the roof height) — exact for flat roofs and prisms with a gable.
* Statistics from a polygon grid (e.g. Zensus 100 m): each cell's value goes to the buildings whose point
  lies in the cell, in proportion to their residential floor area (all floor area when the cell has no
  residential building); cells without any building go to the districts by overlapping area.
"""

import statistics as pystats
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from qgis.core import QgsGeometry, QgsSpatialIndex

from .compliance import DEFAULT_STOREY_HEIGHT, building_floor_area, estimate_storeys

FUNCTION_GROUPS = ("residential", "commercial", "industrial", "public", "agricultural", "ancillary", "other")


@dataclass
class District:
    district_id: str
    name: str
    geometry: QgsGeometry


@dataclass
class StatisticsCell:
    geometry: Optional[QgsGeometry]
    values: Dict[str, float]
    key: Optional[str] = None  # for tables joined by district name/id


@dataclass
class BuildingFigures:
    """Per-building numbers the district figures add up."""

    storeys: Optional[int]
    floor_area: Optional[float]
    volume: Optional[float]
    height: Optional[float]
    point: QgsGeometry = field(default=None)


def building_figures(building, storey_height=DEFAULT_STOREY_HEIGHT):
    storeys = estimate_storeys(building, storey_height)[0]
    height = building.top_above_ground()
    eaves = building.eaves_above_ground()
    mean_height = None
    if height is not None:
        mean_height = height if eaves is None else eaves + (height - eaves) / 2.0
    return BuildingFigures(
        storeys=storeys,
        floor_area=building_floor_area(building, storeys, storey_height),
        volume=building.footprint_area * mean_height if mean_height is not None else None,
        height=height,
        point=building.footprint.pointOnSurface(),
    )


def apportion_statistics(buildings, figures, cells, fields):
    """Per building apportioned values {field: value} and the values of cells without buildings.

    Returns (per_building list of dicts, unassigned list of (cell geometry, {field: value}))."""
    index = QgsSpatialIndex()
    for number, figure in enumerate(figures):
        index.addFeature(number, figure.point.boundingBox())
    per_building = [dict.fromkeys(fields, 0.0) for _ in buildings]
    unassigned = []
    for cell in cells:
        if cell.geometry is None:
            continue
        engine = QgsGeometry.createGeometryEngine(cell.geometry.constGet())
        engine.prepareGeometry()
        members = [n for n in index.intersects(cell.geometry.boundingBox()) if engine.intersects(figures[n].point.constGet())]
        weights = [(figures[n].floor_area or 0.0) if buildings[n].function_group == "residential" else 0.0 for n in members]
        if sum(weights) <= 0:
            weights = [figures[n].floor_area or buildings[n].footprint_area for n in members]
        total = sum(weights)
        if total <= 0:
            unassigned.append((cell.geometry, cell.values))
            continue
        for n, weight in zip(members, weights):
            for name in fields:
                per_building[n][name] += (cell.values.get(name) or 0.0) * weight / total
    return per_building, unassigned


def district_figures(districts, buildings, storey_height=DEFAULT_STOREY_HEIGHT, cells=None, fields=(), is_canceled=None):
    """One dict of figures per district (same order)."""
    figures = [building_figures(b, storey_height) for b in buildings]
    index = QgsSpatialIndex()
    for number, building in enumerate(buildings):
        index.addFeature(number, building.footprint.boundingBox())
    apportioned, unassigned, joined = None, [], {}
    if cells and fields:
        spatial = [c for c in cells if c.geometry is not None]
        if spatial:
            apportioned, unassigned = apportion_statistics(buildings, figures, spatial, fields)
        joined = {c.key: c.values for c in cells if c.geometry is None and c.key is not None}
    results = []
    for district in districts:
        if is_canceled and is_canceled():
            break
        geometry = district.geometry
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        area = geometry.area()
        built = gf = volume = 0.0
        gf_unknown = 0
        members: List[int] = []
        for n in index.intersects(geometry.boundingBox()):
            building = buildings[n]
            footprint = building.footprint.constGet()
            if engine.contains(footprint):
                clipped = building.footprint_area
            elif engine.intersects(footprint):
                clipped = geometry.intersection(building.footprint).area()
            else:
                continue
            share = clipped / building.footprint_area if building.footprint_area > 0 else 0.0
            built += clipped
            if figures[n].floor_area is None:
                gf_unknown += 1
            else:
                gf += figures[n].floor_area * share
            if figures[n].volume is not None:
                volume += figures[n].volume * share
            if engine.intersects(figures[n].point.constGet()):
                members.append(n)
        result = {
            "district_id": district.district_id,
            "name": district.name,
            "area": area,
            "n_buildings": len(members),
            "built_area": built,
            "grz_actual": built / area if area > 0 else None,
            "gf_estimate": gf,
            "gfz_actual": gf / area if area > 0 else None,
            "n_storeys_unknown": gf_unknown,
            "volume": volume,
        }
        heights = [figures[n].height for n in members if figures[n].height is not None]
        result["mean_height"] = sum(heights) / len(heights) if heights else None
        result["max_height"] = max(heights) if heights else None
        result.update(function_shares([buildings[n] for n in members], [figures[n] for n in members]))
        result.update(roof_summary([buildings[n] for n in members]))
        result.update(year_summary([buildings[n] for n in members]))
        for name in fields:
            value = None
            if apportioned is not None:
                value = sum(apportioned[n][name] for n in members)
                for cell_geometry, values in unassigned:
                    if cell_geometry.intersects(geometry):
                        overlap = cell_geometry.intersection(geometry).area() / max(cell_geometry.area(), 1e-12)
                        value += (values.get(name) or 0.0) * overlap
            elif joined:
                row = joined.get(district.district_id) or joined.get(district.name)
                value = row.get(name) if row else None
            result["stat_" + name] = value
        results.append(result)
    return results


def function_shares(buildings, figures):
    """Share of floor area (footprint where storeys are unknown) per AdV function group, 0…1."""
    weights = dict.fromkeys(FUNCTION_GROUPS + ("unknown",), 0.0)
    for building, figure in zip(buildings, figures):
        group = (
            building.function_group
            if building.function_group in FUNCTION_GROUPS
            else ("unknown" if not building.function_group else "other")
        )
        weights[group] += figure.floor_area if figure.floor_area is not None else building.footprint_area
    total = sum(weights.values())
    return {"share_" + group: (weight / total if total > 0 else None) for group, weight in weights.items()}


def roof_summary(buildings):
    counts = {}
    for building in buildings:
        key = building.roof_type or "?"
        if building.roof_type and building.roof_type_label:
            key = "{} ({})".format(building.roof_type_label, building.roof_type)
        counts[key] = counts.get(key, 0) + 1
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return {
        "roof_types": ", ".join("{}: {}".format(k, v) for k, v in ordered),
        "main_roof_type": ordered[0][0] if ordered and ordered[0][0] != "?" else None,
    }


def year_summary(buildings):
    years = sorted(b.year for b in buildings if b.year)
    return {
        "n_year_known": len(years),
        "year_min": years[0] if years else None,
        "year_median": int(pystats.median(years)) if years else None,
        "year_max": years[-1] if years else None,
    }
