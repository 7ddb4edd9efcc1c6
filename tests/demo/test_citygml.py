"""The generated city model, read back with plain lxml: counts, AdV attributes, xlinks, closed solids."""

import collections
import csv
import math
import os

CITYGML2 = "http://www.opengis.net/citygml/2.0"


def _newell(ring):
    nx = ny = nz = 0.0
    for i, (x1, y1, z1) in enumerate(ring):
        x2, y2, z2 = ring[(i + 1) % len(ring)]
        nx += (y1 - y2) * (z1 + z2)
        ny += (z1 - z2) * (x1 + x2)
        nz += (x1 - x2) * (y1 + y2)
    return nx, ny, nz


def _solids(buildings):
    """(record, [ring without closing point] in solid order) for every Building and BuildingPart."""
    for building in buildings:
        for record in [building] + building["parts"]:
            yield record, [record["polygons"][h[1:]][:-1] for h in record["hrefs"]]


def _signed_volume(rings):
    ox, oy, oz = rings[0][0]
    volume = 0.0
    for ring in rings:
        p = [(x - ox, y - oy, z - oz) for x, y, z in ring]
        for i in range(1, len(p) - 1):
            a, b, c = p[0], p[i], p[i + 1]
            volume += (a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0]) + a[2] * (b[0] * c[1] - b[1] * c[0])) / 6.0
    return volume


def test_building_count_and_roof_types_match_the_file(musterquartier, citymodel):
    tree, buildings = citymodel
    root = tree.getroot()
    ns = {"bldg": "http://www.opengis.net/citygml/building/2.0", "core": CITYGML2}
    assert len(root.findall("core:cityObjectMember/bldg:Building", ns)) == 200 == musterquartier["buildings"]
    roof_counts = collections.Counter(b["roof_type"] for b in buildings)
    assert dict(roof_counts) == musterquartier["roof_types"]
    for code in ("1000", "3100", "3200"):  # flat, gabled, hipped: all well represented
        assert roof_counts[code] >= 30, (code, roof_counts)
    assert set(roof_counts) <= {"1000", "2100", "3100", "3200"}
    parts = sum(len(b["parts"]) for b in buildings)
    assert parts == musterquartier["parts"] >= 3
    assert all(p["function"] == "31001_2463" for b in buildings for p in b["parts"])


def test_citygml_2_namespaces_and_adv_envelope(musterquartier, citymodel, helpers):
    tree, buildings = citymodel
    root = tree.getroot()
    assert root.tag == "{%s}CityModel" % CITYGML2
    assert "http://www.opengis.net/citygml/1.0" not in root.nsmap.values()
    assert root.nsmap["bldg"] == "http://www.opengis.net/citygml/building/2.0"
    assert root.nsmap["gen"] == "http://www.opengis.net/citygml/generics/2.0"
    envelope = root.find("gml:boundedBy/gml:Envelope", helpers.NS)
    assert envelope.get("srsName") == "urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH*GCG2016"
    assert envelope.get("srsDimension") == "3"
    lower = [float(v) for v in envelope.findtext("gml:lowerCorner", namespaces=helpers.NS).split()]
    upper = [float(v) for v in envelope.findtext("gml:upperCorner", namespaces=helpers.NS).split()]
    points = [p for b in buildings for r in [b] + b["parts"] for ring in r["polygons"].values() for p in ring]
    for axis in range(3):
        assert lower[axis] <= min(p[axis] for p in points) + 1e-6
        assert upper[axis] >= max(p[axis] for p in points) - 1e-6
    assert abs(upper[2] - max(p[2] for p in points)) < 1e-6  # the envelope is tight in height
    # a real-looking place near E 404 000 / N 5 757 000, ground around 60 m NHN
    cx = sum(p[0] for p in points) / len(points)
    cy = sum(p[1] for p in points) / len(points)
    assert abs(cx - 404000) < 1000 and abs(cy - 5757000) < 1000
    grounds = [min(p[2] for ring in b["polygons"].values() for p in ring) for b in buildings]
    assert 58.0 < min(grounds) < max(grounds) < 62.0 and max(grounds) - min(grounds) > 0.5  # gentle slope


def test_adv_attributes(citymodel, shared_dir):
    tree, buildings = citymodel
    with open(os.path.join(shared_dir, "reference", "codelists", "building_function_adv.csv"), encoding="utf-8") as handle:
        known_functions = {row["code"] for row in csv.DictReader(handle)}
    functions = collections.Counter(b["function"] for b in buildings)
    assert set(functions) <= known_functions
    assert functions["31001_3065"] == 1  # the Kita
    assert functions["31001_2463"] >= 1  # free-standing garages
    assert functions["31001_1000"] + functions["31001_1010"] > 0.6 * len(buildings)
    assert sum(functions[c] for c in ("31001_2000", "31001_2050", "31001_1100", "31001_1120")) >= 10
    for b in buildings:
        assert b["id"].startswith("DENW") and len(b["id"]) == 16
        assert b["generic"]["Gemeindeschluessel"] == "05515000"  # text, leading zero kept
        assert b["generic"]["DatenquelleDachhoehe"] in ("1000", "5000")
        assert b["street"] and b["number"]
    addresses = [(b["street"], b["number"]) for b in buildings]
    assert len(set(addresses)) == len(addresses)
    ns = {"core": CITYGML2}
    for building in tree.getroot().iterfind(".//{http://www.opengis.net/citygml/building/2.0}Building"):
        assert building.findtext("core:creationDate", namespaces=ns) == "2026-03-15"
        assert building.findtext("core:externalReference/core:externalObject/core:name", namespaces=ns) == building.get(
            "{http://www.opengis.net/gml}id")


def test_every_solid_xlink_resolves_inside_its_own_object(citymodel):
    _, buildings = citymodel
    checked = 0
    for record in [r for b in buildings for r in [b] + b["parts"]]:
        targets = [h[1:] for h in record["hrefs"]]
        assert all(h.startswith("#") for h in record["hrefs"])
        assert set(targets) == set(record["polygons"]), record["id"]  # all resolve, no orphan polygon
        assert len(targets) == len(set(targets))
        checked += len(targets)
    assert checked > 200 * 6


def test_rings_are_closed_3d(citymodel):
    tree, _ = citymodel
    count = 0
    for pos_list in tree.getroot().iterfind(".//{http://www.opengis.net/gml}posList"):
        values = pos_list.text.split()
        assert pos_list.get("srsDimension") == "3" and len(values) % 3 == 0
        assert len(values) // 3 >= 4
        assert values[:3] == values[-3:]
        count += 1
    assert count > 1400


def test_solids_are_closed_and_oriented_outward(citymodel):
    _, buildings = citymodel
    solids = 0
    for record, rings in _solids(buildings):
        undirected = collections.Counter()
        directed = collections.Counter()
        for ring in rings:
            for i, a in enumerate(ring):
                b = ring[(i + 1) % len(ring)]
                undirected[frozenset((a, b))] += 1
                directed[(a, b)] += 1
        assert set(undirected.values()) == {2}, record["id"]  # every edge shared by exactly two faces
        assert set(directed.values()) == {1}, record["id"]  # neighbours run the edge in opposite directions
        assert _signed_volume(rings) > 1.0, record["id"]  # outward normals → positive volume
        for pid, ring in zip(record["hrefs"], rings):
            nx, ny, nz = _newell(ring)
            length = math.sqrt(nx * nx + ny * ny + nz * nz)
            kind = record["surface_types"][pid[1:]]
            if kind == "GroundSurface":
                assert nz / length < -0.999  # clockwise seen from above
            elif kind == "RoofSurface":
                assert nz / length > 0.3  # counter-clockwise seen from above
            else:  # vertical up to the mm rounding of the rotated coordinates
                assert abs(nz / length) < 1e-4
        solids += 1
    assert solids == 200 + sum(len(b["parts"]) for b in buildings)


def test_volumes_and_heights_match_the_attributes(citymodel, helpers):
    _, buildings = citymodel
    flat = 0
    for record, rings in _solids(buildings):
        zs = [p[2] for ring in rings for p in ring]
        assert abs(record["measured_height"] - (max(zs) - min(zs))) < 0.002, record["id"]
        if record["roof_type"] == "1000":
            area = sum(abs(helpers.shoelace([(x, y) for x, y, _ in r])) for r in helpers.ground_rings(record))
            assert abs(_signed_volume(rings) - area * record["measured_height"]) < 1e-3 * area * record["measured_height"]
            flat += 1
    assert flat > 50


def test_roof_geometry_matches_roof_type(citymodel):
    _, buildings = citymodel
    expected_planes = {"1000": 1, "2100": 1, "3100": 2, "3200": 4}
    for b in buildings:
        roofs = [ring for pid, ring in b["polygons"].items() if b["surface_types"][pid] == "RoofSurface"]
        assert len(roofs) == expected_planes[b["roof_type"]], b["id"]
        tilts = []
        for ring in roofs:
            nx, ny, nz = _newell(ring[:-1])
            tilts.append(math.degrees(math.acos(nz / math.sqrt(nx * nx + ny * ny + nz * nz))))
        if b["roof_type"] == "1000":
            assert tilts[0] < 0.01
        else:
            assert all(5 < t < 70 for t in tilts), (b["id"], tilts)
        if b["roof_type"] == "3200":
            assert sorted(len(r) - 1 for r in roofs) == [3, 3, 4, 4]  # two hips, two trapezoids


def test_street_grid_is_turned_so_buildings_face_many_directions(citymodel, helpers):
    _, buildings = citymodel
    angles = set()
    for b in buildings:
        ring = helpers.ground_rings(b)[0]
        for i, (x1, y1, _) in enumerate(ring):
            x2, y2, _ = ring[(i + 1) % len(ring)]
            angle = math.degrees(math.atan2(y2 - y1, x2 - x1)) % 90.0
            assert abs(angle - 17.0) < 0.05, (b["id"], angle)  # all walls parallel to the turned grid
            angles.add(round(math.degrees(math.atan2(y2 - y1, x2 - x1))) % 360)
    assert angles == {17, 107, 197, 287}
