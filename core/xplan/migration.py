"""XPlanGML 4.0 … 5.4 → 6.0: what every class becomes, which property names changed, and what 6.0 requires.

The class table covers every feature class of the 4.0 – 5.4 schemas that 6.0 no longer has (generated list
in ``resources/codelists/xplan_feature_classes.json``; a test checks that none is missing). Three kinds:

* ``successor`` — 6.0 has a class for the same content (renamed, merged or moved to SO_/XP_), following the
  XLeitstelle change documentation 5.4 → 6.0 where it names one (BP_/FP_ traffic and water classes →
  SO_Strassenverkehr/SO_Gewaesser/SO_Wasserwirtschaft, *_TextAbschnitt → XP_TextAbschnitt,
  textliche Festsetzungsflächen → *_TextAbschnittFlaeche, BP_Landwirtschaft → BP_LandwirtschaftsFlaeche …);
* ``fallback`` — no 6.0 successor: the object is kept as the general class of its plan type
  (BP_/FP_/LP_/RP_GenerischesObjekt, SO_SonstigesRecht; SO_Objekt for objects without geometry; scanned raster
  plans as XP_TextAbschnitt), its original class and every attribute 6.0 does not have are written as
  XP_StringAttribut (``hatGenerAttribut``), with a warning;
* ``datatype`` — 4.0 declared some data types as elements; they only occur nested and stay data types.

``docs/xplan_mapping.md`` is generated from ``mapping_rows()`` (``scripts/xplan_mapping_table.py``).
"""

import json

from .xsd_order import REQUIRED_RESOURCE, known_feature_classes

SUCCESSOR, FALLBACK, DATATYPE, SAME, RASTER = "successor", "fallback", "datatype", "same", "raster"
ORIGINAL_CLASS_ATTRIBUTE = "Ursprungsklasse"
UNKNOWN_TEXT = "Unbekannt"

# Classes with a 6.0 successor (same content under another name).
SUCCESSORS = {
    "BP_AbweichungVonUeberbaubererGrundstuecksFlaeche": "BP_AbweichungVonUeberbaubarerGrundstuecksFlaeche",
    "BP_Baugebiet": "BP_BaugebietsTeilFlaeche",
    "BP_BodenschaetzeFlaeche": "BP_AbgrabungsFlaeche",
    "BP_DenkmalschutzEinzelanlage": "SO_Denkmalschutzrecht",
    "BP_DenkmalschutzEnsembleFlaeche": "SO_Denkmalschutzrecht",
    "BP_ErhaltungsBereichFlaeche": "SO_Gebiet",
    "BP_ErneuerbareEnergieFlaeche": "BP_TechnischeMassnahmenFlaeche",
    "BP_FirstRichtungsLinie": "BP_GebaeudeStellung",
    "BP_GewaesserFlaeche": "SO_Gewaesser",
    "BP_Landwirtschaft": "BP_LandwirtschaftsFlaeche",
    "BP_LuftreinhalteFlaeche": "BP_Immissionsschutz",
    "BP_Sichtflaeche": "SO_Sichtflaeche",
    "BP_StrassenVerkehrsFlaeche": "SO_Strassenverkehr",
    "BP_TextAbschnitt": "XP_TextAbschnitt",
    "BP_TextlicheFestsetzungsFlaeche": "BP_TextAbschnittFlaeche",
    "BP_VerkehrsflaecheBesondererZweckbestimmung": "SO_Strassenverkehr",
    "BP_WasserwirtschaftsFlaeche": "SO_Wasserwirtschaft",
    "FP_AbgrabungsFlaeche": "FP_Abgrabung",
    "FP_AufschuettungsFlaeche": "FP_Aufschuettung",
    "FP_Bodenschaetze": "FP_Abgrabung",
    "FP_BodenschaetzeFlaeche": "FP_Abgrabung",
    "FP_Gewaesser": "SO_Gewaesser",
    "FP_LandwirtschaftsFlaeche": "FP_Landwirtschaft",
    "FP_NutzungsbeschraenkungsFlaeche": "FP_Nutzungsbeschraenkung",
    "FP_Strassenverkehr": "SO_Strassenverkehr",
    "FP_TextAbschnitt": "XP_TextAbschnitt",
    "FP_TextlicheDarstellungsFlaeche": "FP_TextAbschnittFlaeche",
    "FP_Wasserwirtschaft": "SO_Wasserwirtschaft",
    "LP_AnpflanzungBindungErhaltung": "LP_ZieleErfordernisseMassnahmen",
    "LP_Ausgleich": "LP_Eingriffsregelung",
    "LP_Biotopverbundflaeche": "LP_BiotopverbundBiotopvernetzung",
    "LP_Bodenschutzrecht": "SO_Bodenschutzrecht",
    "LP_Denkmalschutzrecht": "SO_Denkmalschutzrecht",
    "LP_Forstrecht": "SO_Forstrecht",
    "LP_NRW_SchutzobjektLandesrecht": "LP_SchutzBestimmterTeileVonNaturUndLandschaft",
    "LP_NutzungserfordernisRegelung": "LP_ZieleErfordernisseMassnahmen",
    "LP_SchutzPflegeEntwicklung": "LP_ZieleErfordernisseMassnahmen",
    "LP_SchutzobjektBundesrecht": "LP_SchutzBestimmterTeileVonNaturUndLandschaft",
    "LP_SchutzobjektInternatRecht": "LP_SchutzBestimmterTeileVonNaturUndLandschaft",
    "LP_SonstigesRecht": "SO_SonstigesRecht",
    "LP_TextAbschnitt": "XP_TextAbschnitt",
    "LP_TextlicheFestsetzungsFlaeche": "LP_TextAbschnittObjekt",
    "LP_WasserrechtGemeingebrEinschraenkungNaturschutz": "SO_Wasserrecht",
    "LP_WasserrechtSchutzgebiet": "SO_SchutzgebietWasserrecht",
    "LP_WasserrechtSonstige": "SO_Wasserrecht",
    "LP_WasserrechtWirtschaftAbflussHochwSchutz": "SO_Wasserrecht",
    "LP_ZuBegruenendeGrundstueckflaeche": "LP_ZieleErfordernisseMassnahmen",
    "LP_Zwischennutzung": "LP_ZieleErfordernisseMassnahmen",
    "RP_FreizeitErholung": "RP_Erholung",
    "RP_GemeindeFunktionSiedlungsentwicklung": "RP_Funktionszuweisung",
    "RP_KulturellesSachgut": "RP_Kulturlandschaft",
    "RP_Laermschutzbereich": "RP_LaermschutzBauschutz",
    "RP_Rohstoffsicherung": "RP_Rohstoff",
    "RP_SonstigeSiedlungsstruktur": "RP_SonstigerSiedlungsbereich",
    "RP_SonstigerFreiraumstruktur": "RP_SonstigerFreiraumschutz",
    "RP_TextAbschnitt": "XP_TextAbschnitt",
    "RP_VorbHochwasserschutz": "RP_Hochwasserschutz",
    "RP_Windenergienutzung": "RP_ErneuerbareEnergie",
    "RP_NRW_ASB": "RP_WohnenSiedlung",
    "RP_NRW_AufschuettungAblagerung": "RP_Entsorgung",
    "RP_NRW_Forstwirtschaft": "RP_Forstwirtschaft",
    "RP_NRW_FreiraumAgrarbereich": "RP_Landwirtschaft",
    "RP_NRW_GIB": "RP_IndustrieGewerbe",
    "RP_NRW_GrundwasserGewaesserschutz": "RP_Wasserschutz",
    "RP_NRW_Laermschutzzone": "RP_LaermschutzBauschutz",
    "RP_NRW_Landschaftsschutz": "RP_NaturLandschaft",
    "RP_NRW_Luftverkehr": "RP_Luftverkehr",
    "RP_NRW_Naturschutz": "RP_NaturLandschaft",
    "RP_NRW_OberflaechenGewaesser": "RP_Gewaesser",
    "RP_NRW_OberflaechennaheBodenschaetze": "RP_Rohstoff",
    "RP_NRW_Schienenverkehr": "RP_Schienenverkehr",
    "RP_NRW_SonstVerkehr": "RP_SonstVerkehr",
    "RP_NRW_SonstigeInfrastruktur": "RP_SonstigeInfrastruktur",
    "RP_NRW_SonstigerSiedlungsbereich": "RP_SonstigerSiedlungsbereich",
    "RP_NRW_Strassenverkehr": "RP_Strassenverkehr",
    "RP_NRW_Ueberschwemmungsbereich": "RP_Hochwasserschutz",
    "RP_NRW_Wasserverkehr": "RP_Wasserverkehr",
    "RP_RLP_ArtenBiotopschutz": "RP_NaturLandschaft",
    "RP_RLP_Forstwirtschaft": "RP_Forstwirtschaft",
    "RP_RLP_FreizeitErholung": "RP_Erholung",
    "RP_RLP_Gewaesser": "RP_Gewaesser",
    "RP_RLP_Grenze": "RP_Grenze",
    "RP_RLP_Gruenzaesur": "RP_GruenzugGruenzaesur",
    "RP_RLP_Gruenzug": "RP_GruenzugGruenzaesur",
    "RP_RLP_Klimaschutz": "RP_Klimaschutz",
    "RP_RLP_Laermschutzzone": "RP_LaermschutzBauschutz",
    "RP_RLP_Landschaftsbild": "RP_Kulturlandschaft",
    "RP_RLP_Landwirtschaft": "RP_Landwirtschaft",
    "RP_RLP_Raumkategorie": "RP_Raumkategorie",
    "RP_RLP_Rohstoffabbau": "RP_Rohstoff",
    "RP_RLP_Rohstoffsicherung": "RP_Rohstoff",
    "RP_RLP_Schutzgebiet": "RP_NaturschutzrechtlichesSchutzgebiet",
    "RP_RLP_Siedlungsstruktur": "RP_Siedlung",
    "RP_RLP_SonstigeWaldflaeche": "RP_Forstwirtschaft",
    "RP_RLP_Verkehr": "RP_Verkehr",
    "RP_RLP_VorbHochwasserschutz": "RP_Hochwasserschutz",
    "RP_RLP_Wasserschutz": "RP_Wasserschutz",
    "RP_RLP_Welterbestaette": "RP_Kulturlandschaft",
    "RP_RLP_Windenergienutzung": "RP_ErneuerbareEnergie",
    "RP_RLP_ZentralerOrtBesondFunktion": "RP_ZentralerOrt",
    "SO_Bauverbotszone": "SO_Baubeschraenkung",
    "SO_SchutzgebietSonstigesRecht": "SO_SonstigesRecht",
    "SO_Strassenverkehrsrecht": "SO_Strassenverkehr",
    "SO_TextAbschnitt": "XP_TextAbschnitt",
}
# 4.0 declared these data types as elements; they never occur as features.
DATA_TYPES = {"BP_WirksamkeitBedingung", "XP_ExterneReferenz", "XP_Gemeinde", "XP_Hoehenangabe", "XP_Plangeber",
              "XP_SPEMassnahmenDaten", "XP_VerbundenerPlan", "XP_VerfahrensMerkmal"}
# Scanned plans and their changes: 6.0 only knows references (refScan); the object becomes a text section
# holding the reference and a summary, linked from the Bereich's ``texte``.
RASTER_CLASSES = {"XP_RasterplanBasis", "XP_Rasterdarstellung", "BP_RasterplanAenderung", "FP_RasterplanAenderung",
                  "LP_RasterplanAenderung", "RP_RasterplanAenderung", "SO_RasterplanAenderung"}
FALLBACK_BY_PREFIX = {"BP": "BP_GenerischesObjekt", "FP": "FP_GenerischesObjekt", "LP": "LP_GenerischesObjekt",
                      "RP": "RP_GenerischesObjekt", "SO": "SO_SonstigesRecht", "XP": "XP_TextAbschnitt"}
GEOMETRYLESS_FALLBACK = "SO_Objekt"  # the only general 6.0 content class without a mandatory position

# 4.x/5.x property names → 6.0 names (any class).
PROPERTY_RENAMES = {
    "gehoertZuBP_Bereich": "gehoertZuBereich", "gehoertZuFP_Bereich": "gehoertZuBereich",
    "gehoertZuSO_Bereich": "gehoertZuBereich", "gehoertZuLP_Bereich": "gehoertZuBereich",
    "gehoertZuRP_Bereich": "gehoertZuBereich",
    "inhaltBPlan": "planinhalt", "inhaltFPlan": "planinhalt", "inhaltSoPlan": "planinhalt",
    "inhaltLPlan": "planinhalt", "inhaltRPlan": "planinhalt",
    "nachrichtlich": "planinhalt",  # 4.x Bereich: objects taken over nachrichtlich are plan content in 6.0
    "gehoertNachrichtlichZuBereich": "gehoertZuBereich",
    "rasterBasis": "texte", "rasterAenderung": "texte",  # the raster objects become XP_TextAbschnitt
    "DNZwingend": "DNzwingend",
    "refGebaedequerschnitt": "refGebaeudequerschnitt",
}
# 4.x/5.x rechtscharakter codes of the plan-type enumerations → 6.0 XP_Rechtscharakter (by the source prefix).
LEGACY_RECHTSCHARAKTER = {
    "BP": {1000: 1000, 2000: 2000, 3000: 6000, 4000: 8000, 5000: 7000, 9998: 9998},
    "FP": {1000: 3000, 2000: 2000, 3000: 6000, 4000: 8000, 5000: 7000, 9998: 9998},
    "SO": {1000: 1000, 1500: 3000, 1800: 5000, 2000: 2000, 3000: 6000, 4000: 8000, 5000: 7000, 9998: 9998, 9999: 9999},
}
# What the source class itself says about a mandatory 6.0 property of its successor.
CLASS_FILLS = {
    "BP_FirstRichtungsLinie": {"typ": 1000},  # BP_GebaeudeStellungTypen 1000: Firstrichtung
    "BP_ErhaltungsBereichFlaeche": {"gebietsArt": 1700},  # SO_GebietsArt 1700: Erhaltungsgebiet nach §172 BauGB
}
_required = {}


def six_classes():
    return known_feature_classes("6.0")


def load_required():
    """{6.0 class or data type: {mandatory property: XSD type}} (resource derived from the XSD)."""
    if not _required:
        with open(REQUIRED_RESOURCE, encoding="utf-8") as handle:
            _required.update(json.load(handle))
    return _required


def requires_position(xplan_class):
    return "position" in load_required().get(xplan_class, {})


def target_class(source_class, has_geometry=True):
    """(6.0 class, kind) for a class of any version 4.0 – 6.0."""
    if source_class in six_classes():
        return source_class, SAME
    if source_class in DATA_TYPES:
        return source_class, DATATYPE
    if source_class in SUCCESSORS:
        successor = SUCCESSORS[source_class]
        if not has_geometry and requires_position(successor):
            return GEOMETRYLESS_FALLBACK, FALLBACK
        return successor, SUCCESSOR
    if source_class in RASTER_CLASSES:
        return "XP_TextAbschnitt", RASTER
    fallback = FALLBACK_BY_PREFIX.get(source_class[:2], GEOMETRYLESS_FALLBACK)
    if not has_geometry and requires_position(fallback):
        return GEOMETRYLESS_FALLBACK, FALLBACK
    return fallback, FALLBACK


def legacy_classes():
    """{class: [versions]} of every 4.0 – 5.4 feature class that 6.0 does not have."""
    six = six_classes()
    found = {}
    for version in ("4.0", "4.1", "5.0", "5.1", "5.2", "5.3", "5.4"):
        for name in sorted(known_feature_classes(version) or ()):
            if name not in six:
                found.setdefault(name, []).append(version)
    return dict(sorted(found.items()))


def mapping_rows():
    """[(class, versions, 6.0 class with geometry, 6.0 class without geometry, kind)] for the docs table."""
    rows = []
    for name, versions in legacy_classes().items():
        with_geometry, kind = target_class(name, True)
        without_geometry, _ = target_class(name, False)
        rows.append((name, versions, with_geometry, without_geometry, kind))
    return rows


def version_span(versions):
    return versions[0] if len(versions) == 1 else "{} – {}".format(versions[0], versions[-1])


KIND_TEXT = {SUCCESSOR: "successor", FALLBACK: "general class; original class and attributes as XP_StringAttribut",
             DATATYPE: "data type (nested value, never a feature)",
             RASTER: "scanned plan: text section with the scan as refText, linked from the Bereich's texte"}


def mapping_markdown():
    """The complete class table for docs/xplan_mapping.md (generated: ``scripts/xplan_mapping_table.py``)."""
    lines = [
        "# XPlanGML 4.0 – 5.4 classes that 6.0 no longer has, and what the export writes",
        "",
        "Generated from `core/xplan/migration.py` by `scripts/xplan_mapping_table.py`; a test checks that this file",
        "and the code agree and that every 6.0 class named here exists in the official 6.0 schema.",
        "",
        "*successor*: the 6.0 class for the same content; attributes that class does not have are kept as",
        "`XP_StringAttribut` (name = attribute, wert = value). *general class*: no 6.0 successor; the object is kept",
        "as the general class of its plan type, with an `XP_StringAttribut` `{}` = original class and every".format(ORIGINAL_CLASS_ATTRIBUTE),
        "attribute 6.0 does not have. Objects without geometry whose 6.0 class needs a `position` become",
        "`{}` (the only general content class without a mandatory geometry). Scanned plans become".format(GEOMETRYLESS_FALLBACK),
        "`XP_TextAbschnitt` (first scan as `refText`, all references named in `text`), linked from the Bereich's",
        "`texte`. Every mapping is a warning in the export log.",
        "",
        "| class | versions | 6.0 class | 6.0 class without geometry | kind |",
        "|---|---|---|---|---|",
    ]
    for name, versions, with_geometry, without_geometry, kind in mapping_rows():
        lines.append("| {} | {} | {} | {} | {} |".format(name, version_span(versions), with_geometry,
                                                       without_geometry if without_geometry != with_geometry else "same",
                                                       KIND_TEXT[kind]))
    lines += ["", "## Property names", "", "| 4.x/5.x property | 6.0 property |", "|---|---|"]
    for old, new in PROPERTY_RENAMES.items():
        lines.append("| {} | {} |".format(old, new))
    lines += ["", "## Rechtscharakter codes (by the plan type of the source class)", "",
              "| plan type | 4.x/5.x code → 6.0 XP_Rechtscharakter |", "|---|---|"]
    for prefix, table in LEGACY_RECHTSCHARAKTER.items():
        lines.append("| {} | {} |".format(prefix, ", ".join("{} → {}".format(k, v) for k, v in table.items())))
    lines += ["", "Codes outside the 6.0 enumeration are kept as a generic attribute and `rechtscharakter` becomes 9998",
              "(Unbekannt).", ""]
    return "\n".join(lines)
