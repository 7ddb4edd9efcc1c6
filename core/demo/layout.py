"""The plan of the fictitious "Musterquartier": street grid, blocks (= Baugebiete), parcels, buildings.

Pure data, no file formats: the writers (CityGML, XPlanGML, GeoPackage) all read the same
``District``, so city model, plan and parcels always match. Everything is drawn from one
``random.Random(seed)`` in a fixed order, hence deterministic for a seed.

Geometry: a grid of blocks (128 m × 64 m) separated by 12 m streets, planned in local axis-parallel
coordinates and turned by ``ROTATION_DEG`` about the south-west corner E 403 650 / N 5 756 880
(EPSG:25832, a made-up quarter) when written — so roofs face many directions and no analysis can
get away with assuming axis-parallel buildings. Each block is one zone
(BP_BaugebietsTeilFlaeche); its two parcel rows face the streets north and south of it; every
building stands on its own parcel inside a 14 m deep Baufenster (3–17 m behind the street line).
"""

import math
import random
from dataclasses import dataclass, field

from ..citymodel.codelists import function_group
from .shapes import FLAT, GABLED, HIPPED, SHED

ORIGIN_E, ORIGIN_N = 403650.0, 5756880.0
STREET_WIDTH = 12.0
BLOCK_WIDTH = 128.0
PARCEL_DEPTH = 32.0
BLOCK_DEPTH = 2 * PARCEL_DEPTH
BAUFENSTER_FRONT, BAUFENSTER_BACK = 3.0, 17.0
BLOCK_CAPACITY = 15  # buildings per block the layout aims at
MIN_BLOCKS = 5  # ≥ 3 WA and ≥ 2 MI zones even for small districts
ROTATION_DEG = 17.0  # street grid turned counter-clockwise from east
BEZUGSHOEHE = 60.0  # plan reference height, m above NHN (DHHN2016)
AGS = "05515000"
GEMEINDE = "Münster"

EAST_WEST_STREETS = [
    "Lindenstraße", "Am Mühlenbach", "Schulstraße", "Birkenweg", "Kastanienallee",
    "Gartenstraße", "Ulmenweg", "Eschenring", "Ahornstraße", "Weidenpfad", "Buchenweg", "Erlenstraße",
    "Hainbuchenweg", "Pappelallee", "Eibenstraße", "Kirschgarten",
]
DISTRICT_NAMES = ["Lindenviertel", "Mühlenbach-Quartier", "Schulviertel", "Kastanienhof"]

# zone rules: token → (besondereArt, allgArt, GRZ, GFZ, Z)
ZONE_RULES = {"WA": (1200, 1000, 0.4, 0.8, 2), "MI": (1500, 2000, 0.6, 1.2, 3)}
WA_FH_RELATIVE = 13.0  # Firsthöhe über Bezugshöhe
WA_TH_RELATIVE = 8.0  # Traufhöhe über Bezugshöhe
MI_GH_ABSOLUTE = 76.0  # Gebäudehöhe in m über NHN (DHHN2016)


@dataclass
class Zone:
    gml_id: str
    label: str  # "WA 1"
    token: str  # WA / MI
    besondere_art: int
    allg_art: int
    grz: float
    gfz: float
    z: int
    rect: tuple  # (x0, y0, x1, y1)
    heights: list = field(default_factory=list)  # dicts: bezugspunkt, hoehenbezug, value, nhn
    baufenster: list = field(default_factory=list)  # rects of the two Baufenster
    role: str = ""  # designated exceedance: "GRZ", "Z", "height" or ""

    def limit_nhn(self, token):
        return next((h["nhn"] for h in self.heights if h["bezugspunkt"] == token), None)


@dataclass
class Part:
    gml_id: str
    function: str
    rect: tuple
    ground_z: float
    eaves_z: float
    storeys: int


@dataclass
class Building:
    gml_id: str
    index: int
    zone: Zone
    parcel_id: str
    function: str
    roof_type: str
    storeys: int
    rect: tuple
    ground_z: float
    eaves_z: float
    top_z: float
    ridge_along_x: bool
    street: str
    house_number: str
    name: str = ""
    parts: list = field(default_factory=list)
    roof_source: str = "1000"  # DatenquelleDachhoehe
    footprint_date: str = "2024-01-01"

    @property
    def measured_height(self):
        return round(self.top_z - self.ground_z, 3)


@dataclass
class Parcel:
    flurstueck_id: str
    number: int
    rect: tuple  # None for the street parcel
    use: str


@dataclass
class District:
    seed: int
    cols: int
    rows: int
    extent: tuple  # Geltungsbereich (x0, y0, x1, y1)
    zones: list
    parcels: list
    buildings: list
    districts: list  # dicts: name, rect

    def block_holes(self):
        return [z.rect for z in self.zones]


_COS, _SIN = math.cos(math.radians(ROTATION_DEG)), math.sin(math.radians(ROTATION_DEG))


def to_world(x, y):
    """Local planning coordinates → EPSG:25832 (rotation about the south-west corner)."""
    dx, dy = x - ORIGIN_E, y - ORIGIN_N
    return ORIGIN_E + dx * _COS - dy * _SIN, ORIGIN_N + dx * _SIN + dy * _COS


def rect_world(rect):
    """Corners of a local rectangle in world coordinates, counter-clockwise, not closed."""
    x0, y0, x1, y1 = rect
    return [to_world(x, y) for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))]


def world_bbox(rect):
    corners = rect_world(rect)
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    return min(xs), min(ys), max(xs), max(ys)


def ground_height(x, y):
    """Gentle terrain: about 60 m NHN, rising ~0.25 % to the east and falling ~0.3 % to the north."""
    return 60.0 + 0.0025 * (x - 404000.0) - 0.003 * (y - 5757000.0)


def grid_size(n_buildings):
    blocks = max(MIN_BLOCKS, math.ceil(n_buildings / BLOCK_CAPACITY))
    rows = max(2, round(math.sqrt(blocks / 2.0)))
    cols = max(3, math.ceil(blocks / rows))
    return cols, rows


def _split_widths(rng, total, weights):
    jittered = [w * (0.85 + 0.3 * rng.random()) for w in weights]
    scale = total / sum(jittered)
    edges, acc = [0.0], 0.0
    for w in jittered[:-1]:
        acc += w * scale
        edges.append(round(acc, 2))
    edges.append(total)
    return edges


def street_name(k):
    """Name of the k-th east-west street from the north; very large districts get "Planstraße N"."""
    return EAST_WEST_STREETS[k] if k < len(EAST_WEST_STREETS) else "Planstraße {}".format(k + 1)


class _Numbering:
    """House numbers per street: odd on the north side, even on the south side, west to east."""

    def __init__(self):
        self.next = {}

    def take(self, street, north_side):
        key = (street, north_side)
        number = self.next.get(key, 1 if north_side else 2)
        self.next[key] = number + 2
        return str(number)


def plan_district(n_buildings=200, seed=2026):
    if n_buildings < 10:
        raise ValueError("n_buildings must be at least 10")
    rng = random.Random(seed)
    cols, rows = grid_size(n_buildings)
    width = cols * BLOCK_WIDTH + (cols + 1) * STREET_WIDTH
    height = rows * BLOCK_DEPTH + (rows + 1) * STREET_WIDTH
    extent = (ORIGIN_E, ORIGIN_N, ORIGIN_E + width, ORIGIN_N + height)
    zones = _make_zones(cols, rows)
    per_block = [n_buildings // len(zones) + (1 if i < n_buildings % len(zones) else 0) for i in range(len(zones))]
    parcels, buildings = [], []
    numbering = _Numbering()
    for zone, count in zip(zones, per_block):
        _fill_block(rng, zone, count, parcels, buildings, numbering, rows)
    parcels.append(Parcel(_flurstueck_id(len(parcels) + 1), len(parcels) + 1, None, "Straßenverkehr"))
    _set_dense_zone_grz(zones, buildings)
    districts = _make_districts(cols, rows, extent)
    return District(seed, cols, rows, extent, zones, parcels, buildings, districts)


def _make_zones(cols, rows):
    zones, counters = [], {"WA": 0, "MI": 0}
    for r in range(rows):  # row 0 is the northernmost
        for c in range(cols):
            x0 = ORIGIN_E + STREET_WIDTH + c * (BLOCK_WIDTH + STREET_WIDTH)
            y0 = ORIGIN_N + STREET_WIDTH + (rows - 1 - r) * (BLOCK_DEPTH + STREET_WIDTH)
            token = "MI" if c == 0 else "WA"  # mixed use along the western main road
            counters[token] += 1
            besondere, allg, grz, gfz, z = ZONE_RULES[token]
            zone = Zone(
                gml_id="GML_btf_{}{}".format(token.lower(), counters[token]),
                label="{} {}".format(token, counters[token]),
                token=token, besondere_art=besondere, allg_art=allg, grz=grz, gfz=gfz, z=z,
                rect=(x0, y0, x0 + BLOCK_WIDTH, y0 + BLOCK_DEPTH),
            )
            zone.role = {(0, 1): "Z", (0, 2): "height", (rows - 1, 1): "GRZ"}.get((r, c), "")
            if zone.role == "GRZ":  # bungalow zone: one storey, GRZ set below the built state later
                zone.gfz, zone.z = 0.6, 1
            zone.baufenster = [
                (x0 + 1.0, y0 + BLOCK_DEPTH - BAUFENSTER_BACK, x0 + BLOCK_WIDTH - 1.0, y0 + BLOCK_DEPTH - BAUFENSTER_FRONT),
                (x0 + 1.0, y0 + BAUFENSTER_FRONT, x0 + BLOCK_WIDTH - 1.0, y0 + BAUFENSTER_BACK),
            ]
            if token == "MI":
                zone.heights = [dict(bezugspunkt="GH", hoehenbezug="NHN2016", value=MI_GH_ABSOLUTE, nhn=MI_GH_ABSOLUTE)]
            else:
                zone.heights = [dict(bezugspunkt="FH", hoehenbezug="Relativ", value=WA_FH_RELATIVE,
                                     nhn=BEZUGSHOEHE + WA_FH_RELATIVE)]
                if not zone.role:  # eaves limit only where no designated exceedance could trip it
                    zone.heights.insert(0, dict(bezugspunkt="TH", hoehenbezug="Relativ", value=WA_TH_RELATIVE,
                                                nhn=BEZUGSHOEHE + WA_TH_RELATIVE))
            zones.append(zone)
    return zones


def _flurstueck_id(number):
    """AdV Flurstückskennzeichen: Land 05, Gemarkung 4242, Flur 007, Zähler, Nenner 0000, '__'."""
    return "054242007{:05d}0000__".format(number)


def _fill_block(rng, zone, count, parcels, buildings, numbering, rows):
    x0, y0, x1, y1 = zone.rect
    block_row = round((y1 - ORIGIN_N - STREET_WIDTH) / (BLOCK_DEPTH + STREET_WIDTH))  # 1-based from south
    north_street = street_name(rows - block_row)
    south_street = street_name(rows - block_row + 1)
    n_north = (count + 1) // 2
    rows_spec = [(True, n_north, y1 - PARCEL_DEPTH, y1, north_street), (False, count - n_north, y0, y0 + PARCEL_DEPTH, south_street)]
    for faces_north, k, py0, py1, street in rows_spec:
        if k == 0:
            continue
        kita = zone.token == "MI" and zone.label == "MI 1" and faces_north  # the Kita takes a triple parcel
        weights = [3.0 if (kita and i == 0) else 1.0 for i in range(k)]
        edges = _split_widths(rng, x1 - x0, weights)
        for i in range(k):
            px0, px1 = x0 + edges[i], x0 + edges[i + 1]
            number = len(parcels) + 1
            parcel = Parcel(_flurstueck_id(number), number, (px0, py0, px1, py1), "Wohnbaufläche" if zone.token == "WA" else "Gemischte Nutzung")
            parcels.append(parcel)
            kind = "kita" if (kita and i == 0) else ""
            if not kind and zone.role and i == 0 and faces_north:
                kind = zone.role if zone.role in ("Z", "height") else ""
            # the street side of the parcel is its "front"
            street_side_y = py1 if faces_north else py0
            building = _make_building(rng, zone, parcel, street_side_y, faces_north, kind, len(buildings))
            building.street = street
            building.house_number = numbering.take(street, not faces_north)
            buildings.append(building)


def _pick(rng, table):
    roll, acc = rng.random(), 0.0
    for value, share in table:
        acc += share
        if roll < acc:
            return value
    return table[-1][0]


def _make_building(rng, zone, parcel, street_y, faces_north, kind, index):
    """One building on its parcel. ``kind``: "" (ordinary), "kita", or the designated exceedance "Z" /
    "height"; the zone's role "GRZ" makes every building in it a wide one-storey bungalow."""
    px0, _, px1, _ = parcel.rect
    pw = px1 - px0
    side_gap = 1.5 + rng.random()
    setback = BAUFENSTER_FRONT + 2.0 * rng.random()
    dense = zone.role == "GRZ"
    garage_court = not kind and not dense and zone.token == "WA" and rng.random() < 0.04
    wants_garage = not kind and not garage_court and rng.random() < 0.14
    if zone.token == "MI":
        function = _pick(rng, [("31001_1100", 0.4), ("31001_2000", 0.2), ("31001_1120", 0.15), ("31001_2050", 0.1), ("31001_1000", 0.15)])
        storeys = 2 + (rng.random() < 0.5)
        roof = _pick(rng, [(FLAT, 0.5), (GABLED, 0.35), (HIPPED, 0.15)])
        if function in ("31001_2000", "31001_2050"):
            roof = FLAT
    else:
        function = "31001_1000" if rng.random() < 0.55 else "31001_1010"
        storeys = 1 if dense else 1 + (rng.random() < 0.7)
        roof = _pick(rng, [(FLAT, 0.25), (GABLED, 0.4), (HIPPED, 0.25), (SHED, 0.1)])
    width = 9.0 + 3.5 * rng.random()
    depth = 9.0 + 3.0 * rng.random()
    storey_height = 2.8 + 0.2 * rng.random()
    pitch = math.radians(30 + 15 * rng.random())
    ridge_along_x = rng.random() < 0.75
    name = ""
    if kind == "kita":
        function, storeys, roof, width, depth, name = "31001_3065", 2, FLAT, 40.0, 14.0, "Kindertagesstätte Musterquartier"
        storey_height = 3.4
    elif kind == "Z":
        function, storeys, roof = "31001_1010", 3, FLAT
    elif kind == "height":
        function, storeys, roof, ridge_along_x, depth = "31001_1000", 2, GABLED, True, 11.5
    elif garage_court:
        function, storeys, roof, width, depth, storey_height = "31001_2463", 1, FLAT, 15.0, 6.0, 2.5
    if dense:  # bungalows filling their Baufenster
        width, depth = pw - 2 * side_gap, BAUFENSTER_BACK - setback - 0.2
        roof = _pick(rng, [(FLAT, 0.5), (HIPPED, 0.5)])
    garage_width = 3.2 if wants_garage and pw - 2 * side_gap - width >= 3.2 else 0.0
    width = min(width, pw - 2 * side_gap - garage_width)
    depth = min(depth, BAUFENSTER_BACK - setback - 0.2)  # stay clearly inside the Baufenster
    if roof == HIPPED:  # ridge along x: the footprint must be longer than deep
        ridge_along_x = True
        if width < depth + 1.5:
            if width - 1.5 >= 7.0:
                depth = width - 1.5
            else:
                roof = GABLED
    hx0 = px0 + side_gap
    hx1 = hx0 + width
    if faces_north:
        hy1 = street_y - setback
        hy0 = hy1 - depth
    else:
        hy0 = street_y + setback
        hy1 = hy0 + depth
    cx, cy = (hx0 + hx1) / 2.0, (hy0 + hy1) / 2.0
    ground = round(ground_height(*to_world(cx, cy)), 2)
    roof, eaves, top = _roof_levels(zone, kind, roof, storeys, storey_height, pitch, ridge_along_x, width, depth, ground)
    gml_id = "DENW42MQ{:08d}".format(index + 1)
    building = Building(
        gml_id=gml_id, index=index, zone=zone, parcel_id=parcel.flurstueck_id, function=function,
        roof_type=roof, storeys=storeys, rect=(round(hx0, 2), round(hy0, 2), round(hx1, 2), round(hy1, 2)),
        ground_z=ground, eaves_z=eaves, top_z=top, ridge_along_x=ridge_along_x, street="", house_number="",
        name=name, roof_source="1000" if rng.random() < 0.8 else "5000",
        footprint_date="20{:02d}-{:02d}-01".format(18 + int(rng.random() * 7), 1 + int(rng.random() * 12)),
    )
    if garage_width:
        gy0, gy1 = (hy1 - 1.0 - 6.0, hy1 - 1.0) if faces_north else (hy0 + 1.0, hy0 + 7.0)
        building.parts.append(Part(
            gml_id="UUID_{}_garage".format(gml_id), function="31001_2463",
            rect=(round(hx1, 2), round(gy0, 2), round(hx1 + garage_width, 2), round(gy1, 2)),
            ground_z=ground, eaves_z=round(ground + 2.7, 2), storeys=1,
        ))
    return building


def _roof_levels(zone, kind, roof, storeys, storey_height, pitch, ridge_along_x, width, depth, ground):
    """(roof type, eaves z, top z): ordinary buildings keep the zone's TH/FH/GH with a margin (the roof
    gets flatter, or flat, if needed); the designated "height" building overshoots the FH by 2.2 m."""
    eaves_rel = storeys * storey_height + 0.3 + (0.6 if roof in (GABLED, HIPPED) and storeys == 1 else 0.0)
    half_span = (depth if ridge_along_x else width) / 2.0
    rise = {FLAT: 0.0, SHED: (depth if ridge_along_x else width) * math.tan(math.radians(10)),
            GABLED: half_span * math.tan(pitch), HIPPED: half_span * math.tan(pitch * 0.8)}[roof]
    limit = zone.limit_nhn("GH") or zone.limit_nhn("FH")
    eaves_limit = zone.limit_nhn("TH")
    if eaves_limit is not None:
        eaves_rel = min(eaves_rel, eaves_limit - ground - 0.2)
    if kind == "height":
        eaves_rel = storeys * storey_height + 0.9
        rise = limit + 2.2 - ground - eaves_rel
    else:
        rise = max(0.0, min(rise, limit - ground - 0.3 - eaves_rel))
    if roof != FLAT and rise < 1.0:
        roof, rise = FLAT, 0.0
    eaves = round(ground + eaves_rel, 2)
    return roof, eaves, round(eaves + rise, 2)


def _set_dense_zone_grz(zones, buildings):
    """The bungalow zone's GRZ is set one step (0.05) or more below its built state (main buildings,
    GRZ I in the sense of §19(4) BauNVO)."""
    for zone in zones:
        if zone.role != "GRZ":
            continue
        built = sum(main_footprint_area(b) for b in buildings if b.zone is zone)
        x0, y0, x1, y1 = zone.rect
        actual = built / ((x1 - x0) * (y1 - y0))
        zone.grz = max(0.1, math.floor(actual * 0.85 * 20) / 20.0)


def rect_area(rect):
    return (rect[2] - rect[0]) * (rect[3] - rect[1])


def is_ancillary(function):
    """Garage, carport or Nebenanlage by its AdV function (the import's function group ``ancillary``)."""
    return function_group(function) == "ancillary"


def footprint_area(building):
    """Built area of a building including its parts: what counts towards GRZ II (§19(4) BauNVO)."""
    return rect_area(building.rect) + sum(rect_area(p.rect) for p in building.parts)


def main_footprint_area(building):
    """Built area counting towards GRZ I: the main-use footprint only. Garages, carports and Nebenanlagen —
    whole buildings or BuildingParts — count towards GRZ II only (§19(4) BauNVO)."""
    own = 0.0 if is_ancillary(building.function) else rect_area(building.rect)
    return own + sum(rect_area(p.rect) for p in building.parts if not is_ancillary(p.function))


def _make_districts(cols, rows, extent):
    """2 × 2 districts split along street centre lines (west|east, north|south)."""
    x0, y0, x1, y1 = extent
    split_col = (cols + 1) // 2
    split_row_from_south = rows // 2
    xm = ORIGIN_E + STREET_WIDTH / 2.0 + split_col * (BLOCK_WIDTH + STREET_WIDTH)
    ym = ORIGIN_N + STREET_WIDTH / 2.0 + split_row_from_south * (BLOCK_DEPTH + STREET_WIDTH)
    rects = [(x0, ym, xm, y1), (xm, ym, x1, y1), (x0, y0, xm, ym), (xm, y0, x1, ym)]
    return [dict(name=name, rect=rect) for name, rect in zip(DISTRICT_NAMES, rects)]
