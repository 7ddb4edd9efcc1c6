"""The generated Bebauungsplan: XSD validity, xlink graph, Flächenschluss, and that it fits the city model
(zones cover the buildings; exactly the documented buildings/zones exceed GRZ, Z and heights)."""

import collections
import os

from lxml import etree
from qgis.core import QgsGeometry, QgsPointXY

XPLAN = "{http://www.xplanung.de/xplangml/6/0}"
GML32_ID = "{http://www.opengis.net/gml/3.2}id"
TOKENS = {"1200": "WA", "1500": "MI"}


def _polygon(rings):
    return QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring] for ring in rings])


def _number(feature, name):
    text = feature.findtext(XPLAN + name)
    return float(text) if text is not None else None


def test_plan_validates_against_xplangml_6_0_schema(musterquartier, xsd_dir):
    schema = etree.XMLSchema(etree.parse(os.path.join(xsd_dir, "XPlanGML_6_0", "XPlanung-Operationen.xsd")))
    document = etree.parse(musterquartier["xplan"])
    assert schema.validate(document), str(schema.error_log)[:2000]
    # the schema is really checking: a wrong element order must fail
    broken = etree.fromstring(etree.tostring(document))
    btf = broken.find(".//" + XPLAN + "BP_BaugebietsTeilFlaeche")
    grz = btf.find(XPLAN + "GRZ")
    btf.remove(grz)
    btf.insert(0, grz)
    assert not schema.validate(broken)


def test_plan_content_and_xlink_graph(plan_tree, musterquartier):
    root = plan_tree.getroot()
    by_id = {e.get(GML32_ID): e for e in root.iter() if e.get(GML32_ID)}
    plans = root.findall(".//" + XPLAN + "BP_Plan")
    assert len(plans) == 1
    plan = plans[0]
    assert plan.findtext(XPLAN + "name") == "Bebauungsplan Nr. 42 Musterquartier"
    assert plan.findtext(XPLAN + "planArt") == "1000"
    assert plan.findtext(".//" + XPLAN + "ags") == "05515000"
    assert float(plan.findtext(XPLAN + "bezugshoehe")) == musterquartier["bezugshoehe"] == 60.0
    bereich = by_id[plan.find(XPLAN + "bereich").get("{http://www.w3.org/1999/xlink}href")[1:]]
    assert bereich.tag == XPLAN + "BP_Bereich"
    assert bereich.find(XPLAN + "gehoertZuPlan").get("{http://www.w3.org/1999/xlink}href") == "#" + plan.get(GML32_ID)
    planinhalt = [h.get("{http://www.w3.org/1999/xlink}href")[1:] for h in bereich.findall(XPLAN + "planinhalt")]
    fachobjekte = [m[0] for m in root.findall("{http://www.opengis.net/gml/3.2}featureMember")
                   if m[0].tag not in (XPLAN + "BP_Plan", XPLAN + "BP_Bereich")]
    assert sorted(planinhalt) == sorted(f.get(GML32_ID) for f in fachobjekte)
    for feature in fachobjekte:  # 6.0: gehoertZuBereich is mandatory and points back
        assert feature.find(XPLAN + "gehoertZuBereich").get("{http://www.w3.org/1999/xlink}href") == "#" + bereich.get(GML32_ID)
    classes = collections.Counter(etree.QName(f).localname for f in fachobjekte)
    zones = root.findall(".//" + XPLAN + "BP_BaugebietsTeilFlaeche")
    tokens = collections.Counter(TOKENS[z.findtext(XPLAN + "besondereArtDerBaulNutzung")] for z in zones)
    assert tokens["WA"] >= 3 and tokens["MI"] >= 2
    assert classes["BP_UeberbaubareGrundstuecksFlaeche"] == classes["BP_BauGrenze"] == 2 * len(zones)
    assert classes["SO_Strassenverkehr"] == 1
    assert classes["BP_StrassenbegrenzungsLinie"] == len(zones)
    street = root.find(".//" + XPLAN + "SO_Strassenverkehr")
    lines = [by_id[h.get("{http://www.w3.org/1999/xlink}href")[1:]] for h in street.findall(XPLAN + "begrenzungslinie")]
    assert sorted(etree.QName(x).localname for x in lines) == ["BP_StrassenbegrenzungsLinie"] * len(zones)
    for ueb in root.iter(XPLAN + "BP_UeberbaubareGrundstuecksFlaeche"):
        target = by_id[ueb.find(XPLAN + "baugrenze").get("{http://www.w3.org/1999/xlink}href")[1:]]
        assert target.tag == XPLAN + "BP_BauGrenze"
    for zone in zones:
        assert zone.findtext(XPLAN + "allgArtDerBaulNutzung") == {"1200": "1000", "1500": "2000"}[zone.findtext(XPLAN + "besondereArtDerBaulNutzung")]
        assert 0 < _number(zone, "GRZ") <= _number(zone, "GFZ")
        assert zone.findtext(XPLAN + "Z") and zone.findtext(XPLAN + "bauweise") == "1000"
        assert zone.findall(XPLAN + "hoehenangabe")
    bezuege = {h.findtext(XPLAN + "hoehenbezug") for h in root.iter(XPLAN + "XP_Hoehenangabe")}
    punkte = {h.findtext(XPLAN + "bezugspunkt") for h in root.iter(XPLAN + "XP_Hoehenangabe")}
    assert {"1200", "3000"} <= bezuege  # absolute NHN2016 and relative to bezugshoehe
    assert {"1000", "2000", "6000"} <= punkte  # TH, FH, GH
    assert len(musterquartier["zones"]) == len(zones)


def test_zones_and_street_tile_the_geltungsbereich(plan_tree, helpers):
    root = plan_tree.getroot()
    area_rings = [float(v) for v in root.find(".//" + XPLAN + "raeumlicherGeltungsbereich").findtext(
        ".//{http://www.opengis.net/gml/3.2}posList").split()]
    geltungsbereich = _polygon([[tuple(area_rings[i:i + 2]) for i in range(0, len(area_rings), 2)]])
    zones = [_polygon(r) for r in helpers.xplan_polygons(root, ".//xplan:BP_BaugebietsTeilFlaeche").values()]
    street = [_polygon(r) for r in helpers.xplan_polygons(root, ".//xplan:SO_Strassenverkehr").values()]
    pieces = zones + street
    assert abs(sum(p.area() for p in pieces) - geltungsbereich.area()) < 0.01
    union = QgsGeometry.unaryUnion(pieces)
    assert abs(union.area() - geltungsbereich.area()) < 0.01  # no overlaps, no gaps
    assert geltungsbereich.difference(union).area() < 0.01


def test_zones_cover_buildings_and_baufenster_hold_them(citymodel, plan_tree, helpers):
    _, buildings = citymodel
    root = plan_tree.getroot()
    zones = {k: _polygon(r) for k, r in helpers.xplan_polygons(root, ".//xplan:BP_BaugebietsTeilFlaeche").items()}
    baufenster = [_polygon(r) for r in helpers.xplan_polygons(root, ".//xplan:BP_UeberbaubareGrundstuecksFlaeche").values()]
    for b in buildings:
        for record in [b] + b["parts"]:
            for ring in helpers.ground_rings(record):
                ground = _polygon([[(x, y) for x, y, _ in ring] + [(ring[0][0], ring[0][1])]])
                assert sum(1 for z in zones.values() if z.contains(ground)) == 1, record["id"]
                assert any(f.contains(ground) for f in baufenster), record["id"]


def _independent_compliance(buildings, root, helpers):
    """Recompute every exceedance from the two files alone (footprints summed per zone by hand)."""
    bezugshoehe = float(root.find(".//" + XPLAN + "BP_Plan").findtext(XPLAN + "bezugshoehe"))
    rings = helpers.xplan_polygons(root, ".//xplan:BP_BaugebietsTeilFlaeche")
    result = {}
    per_zone = collections.defaultdict(list)
    for b in buildings:
        ring = helpers.ground_rings(b)[0]
        cx = sum(p[0] for p in ring) / len(ring)
        cy = sum(p[1] for p in ring) / len(ring)
        zone_id = next(k for k, r in rings.items() if _polygon(r).contains(QgsGeometry.fromPointXY(QgsPointXY(cx, cy))))
        per_zone[zone_id].append(b)
    for zone in root.iter(XPLAN + "BP_BaugebietsTeilFlaeche"):
        zone_id = zone.get(GML32_ID)
        zone_area = abs(helpers.shoelace(rings[zone_id][0][:-1]))
        members = per_zone[zone_id]
        grz_limit = _number(zone, "GRZ")
        # §19(4) BauNVO: GRZ I main buildings only; GRZ II with garages, limit GRZ + 50 %, at most 0.8
        for rule, value, limit in (
            ("GRZ", sum(helpers.main_footprint(b) for b in members) / zone_area, grz_limit),
            ("GRZ II", sum(helpers.footprint(b) for b in members) / zone_area, max(grz_limit, min(1.5 * grz_limit, 0.8))),
            ("GFZ", sum(helpers.main_floor_area(b) for b in members) / zone_area, _number(zone, "GFZ")),
        ):
            if value > limit:
                result[(rule, None, zone_id)] = value
        for b in members:
            if b["storeys"] > _number(zone, "Z"):
                result[("Z", b["id"], zone_id)] = b["storeys"]
            zs = [p[2] for ring in b["polygons"].values() for p in ring]
            roof_zs = [p[2] for pid, ring in b["polygons"].items() if b["surface_types"][pid] == "RoofSurface" for p in ring]
            for h in zone.iter(XPLAN + "XP_Hoehenangabe"):
                limit = float(h.findtext(XPLAN + "hMax"))
                if h.findtext(XPLAN + "hoehenbezug") == "3000":
                    limit += bezugshoehe
                measured = min(roof_zs) if h.findtext(XPLAN + "bezugspunkt") == "1000" else max(zs)
                if measured > limit + 1e-6:
                    result[("height", b["id"], zone_id)] = measured
    return result


def test_exactly_the_documented_buildings_exceed_the_plan(musterquartier, citymodel, plan_tree, helpers):
    _, buildings = citymodel
    computed = _independent_compliance(buildings, plan_tree.getroot(), helpers)
    listed = {(e["rule"], e["building"], e["zone"]): e["value"] for e in musterquartier["exceeding"]}
    assert set(computed) == set(listed)
    assert {rule for rule, _, _ in listed} == {"GRZ", "Z", "height"}
    for key, value in listed.items():
        assert abs(computed[key] - value) < 0.01, key
    grz = next(e for e in musterquartier["exceeding"] if e["rule"] == "GRZ")
    by_id = {b["id"]: b for b in buildings}
    assert abs(sum(helpers.main_footprint(by_id[i]) for i in grz["buildings"]) - grz["footprint_area"]) < 0.05
    assert abs(grz["footprint_area"] / grz["zone_area"] - grz["value"]) < 1e-4 and grz["value"] > grz["limit"]
    height = next(e for e in musterquartier["exceeding"] if e["rule"] == "height")
    assert height["value"] - height["limit"] > 1.0  # clearly, not by rounding


def test_ring_orientation_exterior_counter_clockwise_holes_clockwise(plan_tree, helpers):
    root = plan_tree.getroot()
    checked = holes = 0
    for xpath in (".//xplan:BP_BaugebietsTeilFlaeche", ".//xplan:BP_UeberbaubareGrundstuecksFlaeche", ".//xplan:SO_Strassenverkehr"):
        for rings in helpers.xplan_polygons(root, xpath).values():
            assert helpers.shoelace(rings[0][:-1]) > 0
            assert rings[0][0] == rings[0][-1]
            for hole in rings[1:]:
                assert helpers.shoelace(hole[:-1]) < 0
                holes += 1
            checked += 1
    assert checked > 40 and holes == 15


def test_uses_fit_the_zones(citymodel, plan_tree, helpers):
    """Shops and businesses only in the Mischgebiete (BauNVO §4 vs §6), houses everywhere."""
    _, buildings = citymodel
    root = plan_tree.getroot()
    polygons = helpers.xplan_polygons(root, ".//xplan:BP_BaugebietsTeilFlaeche")
    token_of = {z.get(GML32_ID): TOKENS[z.findtext(XPLAN + "besondereArtDerBaulNutzung")]
                for z in root.iter(XPLAN + "BP_BaugebietsTeilFlaeche")}
    seen = collections.Counter()
    for b in buildings:
        ring = helpers.ground_rings(b)[0]
        centre = QgsGeometry.fromPointXY(QgsPointXY(sum(p[0] for p in ring) / 4, sum(p[1] for p in ring) / 4))
        token = next(token_of[k] for k, r in polygons.items() if _polygon(r).contains(centre))
        seen[(token, b["function"])] += 1
        if b["function"] in ("31001_2000", "31001_2050", "31001_1100", "31001_1120", "31001_3065"):
            assert token == "MI", b["id"]
    assert seen[("WA", "31001_1000")] > 50 and seen[("MI", "31001_2000")] > 0
