"""Code tables of XPlanung enumerations (6.0 values) with German labels and BauNVO / height tokens.

Labels are German domain terms (the data's own language), so they are data, not UI strings.
"""

BESONDERE_ART = {
    # code: (label, token, expected allgArt)
    1000: ("Kleinsiedlungsgebiet", "WS", 1000),
    1100: ("Reines Wohngebiet", "WR", 1000),
    1200: ("Allgemeines Wohngebiet", "WA", 1000),
    1300: ("Besonderes Wohngebiet", "WB", 1000),
    1400: ("Dorfgebiet", "MD", 2000),
    1450: ("Dörfliches Wohngebiet", "MDW", 2000),
    1500: ("Mischgebiet", "MI", 2000),
    1550: ("Urbanes Gebiet", "MU", 2000),
    1600: ("Kerngebiet", "MK", 2000),
    1700: ("Gewerbegebiet", "GE", 3000),
    1800: ("Industriegebiet", "GI", 3000),
    2000: ("Sondergebiet, das der Erholung dient", "SO", 4000),
    2100: ("Sonstiges Sondergebiet", "SO", 4000),
    3000: ("Wochenendhausgebiet", "SO", 4000),
    4000: ("Sondergebiet", "SO", 4000),
    9999: ("Sonstiges Gebiet", "SG", 9999),
}

ALLG_ART = {
    1000: ("Wohnbaufläche", "W"),
    2000: ("Gemischte Baufläche", "M"),
    3000: ("Gewerbliche Baufläche", "G"),
    4000: ("Sonderbaufläche", "S"),
    9999: ("Sonstige Baufläche", "SB"),
}

HOEHENBEZUGSPUNKT = {
    1000: ("Traufhöhe", "TH"),
    2000: ("Firsthöhe", "FH"),
    3000: ("Oberkante", "OK"),
    3500: ("Lichte Höhe", "LH"),
    4000: ("Sockelhöhe", "SH"),
    4500: ("Erdgeschoss-Fußbodenhöhe", "EFH"),
    5000: ("Höhe baulicher Anlagen", "HA"),
    5500: ("Unterkante", "UK"),
    6000: ("Gebäudehöhe", "GH"),
    6500: ("Wandhöhe", "WH"),
    6600: ("Geländeoberkante", "GOK"),
}

HOEHENBEZUG = {
    1000: ("absolut, Normalhöhennull (DHHN92)", "NHN92"),
    1100: ("absolut, Normalnull", "NN"),
    1200: ("absolut, Normalhöhennull (DHHN2016)", "NHN2016"),
    2000: ("relativ zur Geländeoberkante", "GelOK"),
    2500: ("relativ zur Gehweg-Oberkante", "GehOK"),
    3000: ("relativ zur Bezugshöhe des Plans", "Relativ"),
    3500: ("relativ zur Straßenmitte", "Str"),
    4000: ("relativ zur Erdgeschoss-Fußbodenhöhe", "EFH"),
}
ABSOLUTE_HOEHENBEZUG = {1000, 1100, 1200}

BAUWEISE = {1000: ("offene Bauweise", "o"), 2000: ("geschlossene Bauweise", "g"), 3000: ("abweichende Bauweise", "a")}

BEBAUUNGSART = {
    1000: ("nur Einzelhäuser", "E"),
    2000: ("nur Doppelhäuser", "D"),
    3000: ("nur Hausgruppen", "H"),
    4000: ("nur Einzel- und Doppelhäuser", "ED"),
    5000: ("nur Einzelhäuser und Hausgruppen", "EH"),
    6000: ("nur Doppelhäuser und Hausgruppen", "DH"),
    7000: ("nur Reihenhäuser", "R"),
}

DACHFORM = {
    1000: "Flachdach", 2100: "Pultdach", 2200: "Versetztes Pultdach", 3000: "Kein Flachdach", 3100: "Satteldach",
    3200: "Walmdach", 3300: "Krüppelwalmdach", 3400: "Mansardendach", 3500: "Zeltdach", 3600: "Kegeldach",
    3700: "Kuppeldach", 3800: "Sheddach", 3900: "Bogendach", 4000: "Turmdach", 4100: "Tonnendach",
    5000: "Gemischte Dachform", 9999: "Sonstige Dachform",
}

RECHTSCHARAKTER = {
    1000: "Festsetzung im Bebauungsplan", 2000: "Nachrichtliche Übernahme", 3000: "Darstellung im Flächennutzungsplan",
    4000: "Ziel der Raumordnung", 4100: "Grundsatz der Raumordnung", 4200: "Nachrichtliche Übernahme Ziel",
    4300: "Nachrichtliche Übernahme Grundsatz", 4400: "Nur Informationsgehalt im Raumordnungsplan",
    4500: "Textliches Ziel der Raumordnung", 4600: "Ziel und Grundsatz der Raumordnung",
    4700: "Vorschlag der Raumordnung", 5000: "Festsetzung im Landschaftsplan",
    5100: "Geplante Festsetzung im Landschaftsplan", 5200: "Darstellung/Kennzeichnung im Landschaftsplan",
    5300: "Landschaftsplanungsinhalt zur Berücksichtigung", 6000: "Hinweis", 7000: "Kennzeichnung",
    8000: "Vermerk", 9998: "Unbekannt", 9999: "Sonstiges",
}

BP_PLANART = {
    1000: "BPlan", 10000: "Einfacher BPlan", 10001: "Qualifizierter BPlan", 10002: "BPlan zur Wohnraumversorgung",
    3000: "Vorhabenbezogener BPlan", 3100: "Vorhaben- und Erschließungsplan", 4000: "Innenbereichssatzung",
    40000: "Klarstellungssatzung", 40001: "Entwicklungssatzung", 40002: "Ergänzungssatzung",
    5000: "Außenbereichssatzung", 7000: "Örtliche Bauvorschrift", 9999: "Sonstiges",
}
FP_PLANART = {1000: "FPlan", 2000: "Gemeinsamer FPlan", 3000: "Regionaler FPlan",
              4000: "FPlan mit regionalplanerischen Festlegungen", 5000: "Sachlicher Teil-FPlan", 9999: "Sonstiges"}

_RECHTSSTAND_COMMON = {
    1000: "Aufstellungsbeschluss", 2000: "Entwurf", 2100: "Frühzeitige Behördenbeteiligung",
    2200: "Frühzeitige Öffentlichkeitsbeteiligung", 2250: "Entwurfsbeschluss", 2300: "Behördenbeteiligung",
    2400: "Öffentliche Auslegung",
}
BP_RECHTSSTAND = {**_RECHTSSTAND_COMMON, **{
    3000: "Satzung", 4000: "In Kraft getreten", 4500: "Teilweise untergegangen", 45000: "Teilweise förmlich aufgehoben",
    45001: "Teilweise ohne förmliches Verfahren untergegangen", 5000: "Außer Kraft",
    50000: "Förmlich aufgehoben", 50001: "Ohne förmliches Verfahren außer Kraft"}}
FP_RECHTSSTAND = {**_RECHTSSTAND_COMMON, **{
    3000: "Plan technisch erstellt", 4000: "Wirksam", 5000: "Außer Kraft",
    50000: "Förmlich aufgehoben", 50001: "Ohne förmliches Verfahren außer Kraft"}}


def _label(table, code):
    value = table.get(_as_int(code))
    if isinstance(value, tuple):
        return value[0]
    return value


def _as_int(code):
    try:
        return int(code)
    except (TypeError, ValueError):
        return None


def label_for(xplan_class, attribute, code):
    """German label of an enumeration value, or None when the attribute/code is not in the tables."""
    prefix = xplan_class[:2]
    table = {
        "besondereArtDerBaulNutzung": BESONDERE_ART,
        "allgArtDerBaulNutzung": ALLG_ART,
        "bauweise": BAUWEISE,
        "bebauungsArt": BEBAUUNGSART,
        "dachform": DACHFORM,
        "rechtscharakter": RECHTSCHARAKTER,
        "planArt": FP_PLANART if prefix == "FP" else BP_PLANART if prefix == "BP" else None,
        "rechtsstand": FP_RECHTSSTAND if prefix == "FP" else BP_RECHTSSTAND if prefix == "BP" else None,
        "bezugspunkt": HOEHENBEZUGSPUNKT,
        "hoehenbezug": HOEHENBEZUG,
    }.get(attribute)
    if table is None:
        return None
    return _label(table, code)



def baugebiet_token(besondere_art, allg_art=None):
    """BauNVO token (WA, MI, …) from besondereArt, else the Bauflächen letter from allgArt."""
    entry = BESONDERE_ART.get(_as_int(besondere_art))
    if entry:
        return entry[1]
    entry = ALLG_ART.get(_as_int(allg_art))
    return entry[1] if entry else None


def bezugspunkt_token(code):
    entry = HOEHENBEZUGSPUNKT.get(_as_int(code))
    return entry[1] if entry else None


def hoehenbezug_token(code):
    entry = HOEHENBEZUG.get(_as_int(code))
    return entry[1] if entry else None


def to_roman(number):
    """Roman numerals for Vollgeschosse (Nutzungsschablone); '' for None/0."""
    number = _as_int(number)
    if not number or number < 0:
        return ""
    result = []
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            result.append(numeral)
            number -= value
    return "".join(result)
