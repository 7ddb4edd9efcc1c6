"""Write the district's Bebauungsplan as XPlanGML 6.0 (valid against XPlanung-Operationen.xsd).

Contents: one BP_Plan ("Bebauungsplan Nr. 42 Musterquartier"), one BP_Bereich, one
BP_BaugebietsTeilFlaeche per block (WA / MI with GRZ, GFZ, Z, bauweise, XP_Hoehenangabe), two
BP_UeberbaubareGrundstuecksFlaeche per block bounded by BP_BauGrenze lines, and the streets as
one SO_Strassenverkehr (6.0 replaced BP_StrassenVerkehrsFlaeche by it) — a polygon with the blocks
as holes, so zones and street tile the Geltungsbereich exactly (Flächenschluss) — delimited by one
BP_StrassenbegrenzungsLinie per block.
Element order follows the XSD sequences (XP_Objekt → BP_Objekt → BP_Flaechenobjekt → class).
"""

from xml.sax.saxutils import escape

from .layout import AGS, BEZUGSHOEHE, GEMEINDE, rect_world, world_bbox

XPLAN_NS = "http://www.xplanung.de/xplangml/6/0"
SRS = "EPSG:25832"
PLAN_ID = "GML_plan_42"
BEREICH_ID = "GML_bereich_42_0"
STREET_ID = "GML_so_strassenverkehr_1"
PLAN_NAME = "Bebauungsplan Nr. 42 Musterquartier"
HOEHENBEZUG_CODES = {"NHN2016": 1200, "Relativ": 3000}
BEZUGSPUNKT_CODES = {"TH": 1000, "FH": 2000, "GH": 6000}


def _num(value):
    text = "{:.3f}".format(value).rstrip("0").rstrip(".")
    return text or "0"


def _ring_text(rect, clockwise=False):
    """A local rectangle as a closed world-coordinate ring (exterior counter-clockwise, holes clockwise)."""
    points = rect_world(rect)
    if clockwise:
        points = [points[0]] + points[:0:-1]
    points.append(points[0])
    return " ".join("{} {}".format(_num(x), _num(y)) for x, y in points)


def _polygon(gml_id, rect, holes=(), pad="          "):
    lines = [
        pad + '<gml:Polygon srsName="{}" gml:id="{}">'.format(SRS, gml_id),
        pad + "  <gml:exterior>",
        pad + "    <gml:LinearRing>",
        pad + '      <gml:posList srsDimension="2">{}</gml:posList>'.format(_ring_text(rect)),
        pad + "    </gml:LinearRing>",
        pad + "  </gml:exterior>",
    ]
    for hole in holes:
        lines += [
            pad + "  <gml:interior>",
            pad + "    <gml:LinearRing>",
            pad + '      <gml:posList srsDimension="2">{}</gml:posList>'.format(_ring_text(hole, clockwise=True)),
            pad + "    </gml:LinearRing>",
            pad + "  </gml:interior>",
        ]
    lines.append(pad + "</gml:Polygon>")
    return lines


def _hoehenangabe(height):
    return [
        "      <xplan:hoehenangabe>",
        "        <xplan:XP_Hoehenangabe>",
        "          <xplan:hoehenbezug>{}</xplan:hoehenbezug>".format(HOEHENBEZUG_CODES[height["hoehenbezug"]]),
        "          <xplan:bezugspunkt>{}</xplan:bezugspunkt>".format(BEZUGSPUNKT_CODES[height["bezugspunkt"]]),
        '          <xplan:hMax uom="m">{}</xplan:hMax>'.format(_num(height["value"])),
        "        </xplan:XP_Hoehenangabe>",
        "      </xplan:hoehenangabe>",
    ]


def _member(lines, body):
    lines.append("  <gml:featureMember>")
    lines.extend(body)
    lines.append("  </gml:featureMember>")


def _baugebiet(zone):
    body = ['    <xplan:BP_BaugebietsTeilFlaeche gml:id="{}">'.format(zone.gml_id),
            "      <xplan:gliederung1>{}</xplan:gliederung1>".format(zone.label),
            "      <xplan:ebene>0</xplan:ebene>"]
    for height in zone.heights:
        body += _hoehenangabe(height)
    body += ['      <xplan:gehoertZuBereich xlink:href="#{}"/>'.format(BEREICH_ID),
             "      <xplan:rechtscharakter>1000</xplan:rechtscharakter>",
             "      <xplan:position>"]
    body += _polygon(zone.gml_id + "_geom", zone.rect, pad="        ")
    body += ["      </xplan:position>",
             "      <xplan:flaechenschluss>true</xplan:flaechenschluss>",
             "      <xplan:GFZ>{}</xplan:GFZ>".format(_num(zone.gfz)),
             "      <xplan:GRZ>{}</xplan:GRZ>".format(_num(zone.grz)),
             "      <xplan:Z>{}</xplan:Z>".format(zone.z),
             "      <xplan:allgArtDerBaulNutzung>{}</xplan:allgArtDerBaulNutzung>".format(zone.allg_art),
             "      <xplan:besondereArtDerBaulNutzung>{}</xplan:besondereArtDerBaulNutzung>".format(zone.besondere_art),
             "      <xplan:bauweise>1000</xplan:bauweise>"]
    if zone.token == "WA":
        body.append("      <xplan:bebauungsArt>4000</xplan:bebauungsArt>")
    body.append("    </xplan:BP_BaugebietsTeilFlaeche>")
    return body


def baufenster_ids(zone, k):
    return "{}_ueb{}".format(zone.gml_id, k), "{}_bgr{}".format(zone.gml_id, k)


def _baufenster(zone, k, rect):
    ueb_id, bgr_id = baufenster_ids(zone, k)
    ueb = ['    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="{}">'.format(ueb_id),
           '      <xplan:gehoertZuBereich xlink:href="#{}"/>'.format(BEREICH_ID),
           "      <xplan:rechtscharakter>1000</xplan:rechtscharakter>",
           "      <xplan:position>"]
    ueb += _polygon(ueb_id + "_geom", rect, pad="        ")
    ueb += ["      </xplan:position>",
            "      <xplan:flaechenschluss>false</xplan:flaechenschluss>",
            '      <xplan:baugrenze xlink:href="#{}"/>'.format(bgr_id),
            "    </xplan:BP_UeberbaubareGrundstuecksFlaeche>"]
    bgr = ['    <xplan:BP_BauGrenze gml:id="{}">'.format(bgr_id),
           '      <xplan:gehoertZuBereich xlink:href="#{}"/>'.format(BEREICH_ID),
           "      <xplan:rechtscharakter>1000</xplan:rechtscharakter>",
           "      <xplan:position>",
           '        <gml:LineString srsName="{}" gml:id="{}_geom">'.format(SRS, bgr_id),
           '          <gml:posList srsDimension="2">{}</gml:posList>'.format(_ring_text(rect)),
           "        </gml:LineString>",
           "      </xplan:position>",
           "    </xplan:BP_BauGrenze>"]
    return ueb, bgr


def strassenbegrenzung_id(zone):
    return "{}_sbl".format(zone.gml_id)


def _strassenbegrenzung(zone):
    """The Straßenbegrenzungslinie around a block (PlanZV 6.2): where the street area ends."""
    line_id = strassenbegrenzung_id(zone)
    return ['    <xplan:BP_StrassenbegrenzungsLinie gml:id="{}">'.format(line_id),
            '      <xplan:gehoertZuBereich xlink:href="#{}"/>'.format(BEREICH_ID),
            "      <xplan:rechtscharakter>1000</xplan:rechtscharakter>",
            "      <xplan:position>",
            '        <gml:LineString srsName="{}" gml:id="{}_geom">'.format(SRS, line_id),
            '          <gml:posList srsDimension="2">{}</gml:posList>'.format(_ring_text(zone.rect)),
            "        </gml:LineString>",
            "      </xplan:position>",
            "    </xplan:BP_StrassenbegrenzungsLinie>"]


def _street(district):
    body = ['    <xplan:SO_Strassenverkehr gml:id="{}">'.format(STREET_ID),
            "      <xplan:ebene>0</xplan:ebene>",
            '      <xplan:gehoertZuBereich xlink:href="#{}"/>'.format(BEREICH_ID),
            "      <xplan:rechtscharakter>1000</xplan:rechtscharakter>",
            "      <xplan:position>"]
    body += _polygon(STREET_ID + "_geom", district.extent, holes=district.block_holes(), pad="        ")
    body += ["      </xplan:position>",
             "      <xplan:flaechenschluss>true</xplan:flaechenschluss>",
             "      <xplan:artDerFestlegung>",
             "        <xplan:SO_KomplexeZweckbestStrassenverkehr>",
             "          <xplan:allgemein>1400</xplan:allgemein>",
             "        </xplan:SO_KomplexeZweckbestStrassenverkehr>",
             "      </xplan:artDerFestlegung>",
             "      <xplan:nutzungsform>2000</xplan:nutzungsform>",
             "      <xplan:hatDarstellungMitBesondZweckbest>false</xplan:hatDarstellungMitBesondZweckbest>"]
    body += ['      <xplan:begrenzungslinie xlink:href="#{}"/>'.format(strassenbegrenzung_id(z)) for z in district.zones]
    body.append("    </xplan:SO_Strassenverkehr>")
    return body


def xplan_text(district):
    x0, y0, x1, y1 = world_bbox(district.extent)
    fachobjekte = [_baugebiet(zone) for zone in district.zones]
    for zone in district.zones:
        for k, rect in enumerate(zone.baufenster, start=1):
            fachobjekte.extend(_baufenster(zone, k, rect))
    fachobjekte.append(_street(district))
    fachobjekte.extend(_strassenbegrenzung(zone) for zone in district.zones)
    member_ids = [body[0].split('gml:id="')[1].split('"')[0] for body in fachobjekte]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!-- {}: fictitious sample plan generated by Urban Twin (urbantwin:musterquartier, seed {}). "
        "Not a real plan. -->".format(PLAN_NAME, district.seed),
        '<xplan:XPlanAuszug xmlns:xplan="{}" xmlns:gml="http://www.opengis.net/gml/3.2" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="{} https://repository.gdi-de.org/schemas/de.xleitstelle.xplanung/6.0/XPlanung-Operationen.xsd" '
        'gml:id="GML_auszug_42">'.format(XPLAN_NS, XPLAN_NS),
        "  <gml:boundedBy>",
        '    <gml:Envelope srsName="{}">'.format(SRS),
        "      <gml:lowerCorner>{} {}</gml:lowerCorner>".format(_num(x0), _num(y0)),
        "      <gml:upperCorner>{} {}</gml:upperCorner>".format(_num(x1), _num(y1)),
        "    </gml:Envelope>",
        "  </gml:boundedBy>",
    ]
    plan = ['    <xplan:BP_Plan gml:id="{}">'.format(PLAN_ID),
            "      <xplan:name>{}</xplan:name>".format(PLAN_NAME),
            "      <xplan:nummer>42</xplan:nummer>",
            "      <xplan:beschreibung>Fiktiver Beispielplan zum Musterquartier (Urban Twin)</xplan:beschreibung>",
            "      <xplan:technHerstellDatum>2026-03-15</xplan:technHerstellDatum>",
            "      <xplan:erstellungsMassstab>1000</xplan:erstellungsMassstab>",
            '      <xplan:bezugshoehe uom="m">{}</xplan:bezugshoehe>'.format(_num(BEZUGSHOEHE)),
            "      <xplan:hoehenbezug>DHHN2016 (NHN)</xplan:hoehenbezug>",
            "      <xplan:raeumlicherGeltungsbereich>",
            '        <gml:MultiSurface srsName="{}" gml:id="{}_geltungsbereich">'.format(SRS, PLAN_ID),
            "          <gml:surfaceMember>"]
    plan += _polygon(PLAN_ID + "_geltungsbereich_poly", district.extent, pad="            ")
    plan += ["          </gml:surfaceMember>",
             "        </gml:MultiSurface>",
             "      </xplan:raeumlicherGeltungsbereich>",
             "      <xplan:gemeinde>",
             "        <xplan:XP_Gemeinde>",
             "          <xplan:ags>{}</xplan:ags>".format(AGS),
             "          <xplan:gemeindeName>{}</xplan:gemeindeName>".format(escape(GEMEINDE)),
             "        </xplan:XP_Gemeinde>",
             "      </xplan:gemeinde>",
             "      <xplan:planArt>1000</xplan:planArt>",
             "      <xplan:rechtsstand>4000</xplan:rechtsstand>",
             "      <xplan:inkrafttretensDatum>2026-02-01</xplan:inkrafttretensDatum>",
             '      <xplan:bereich xlink:href="#{}"/>'.format(BEREICH_ID),
             "    </xplan:BP_Plan>"]
    _member(lines, plan)
    bereich = ['    <xplan:BP_Bereich gml:id="{}">'.format(BEREICH_ID),
               "      <xplan:nummer>0</xplan:nummer>",
               "      <xplan:name>Geltungsbereich Musterquartier</xplan:name>"]
    bereich += ['      <xplan:planinhalt xlink:href="#{}"/>'.format(i) for i in member_ids]
    bereich += ['      <xplan:gehoertZuPlan xlink:href="#{}"/>'.format(PLAN_ID), "    </xplan:BP_Bereich>"]
    _member(lines, bereich)
    for body in fachobjekte:
        _member(lines, body)
    lines.append("</xplan:XPlanAuszug>")
    return "\n".join(lines) + "\n"
