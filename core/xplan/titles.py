"""German titles and legend headings for every XPlanung feature class of 4.0 – 6.0.

The class names are German already (``BP_NebenanlagenFlaeche``); the layer panel and the council sheet show them
as a planner writes them: "Nebenanlagenflächen", grouped under "Bebauungsplan – Bebauung". Titles are built from
the class name (umlauts restored, compound words joined, plural for areas/lines/points); classes whose name does
not read well that way are spelled out in ``SPELLED_OUT``. XPlanung terms stay German in every UI language.
"""

import json
import os
import re

from ..i18n import tr

CLASSES_FILE = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                            "resources", "codelists", "xplan_feature_classes.json")

# ASCII transcriptions of the schema → German spelling (longest first where they overlap)
UMLAUTS = (
    ("Ueber", "Über"), ("ueber", "über"), ("Aussen", "Außen"), ("aussen", "außen"), ("Strass", "Straß"),
    ("strass", "straß"), ("Massnahme", "Maßnahme"), ("massnahme", "maßnahme"), ("Mass", "Maß"),
    ("Flaeche", "Fläche"), ("flaeche", "fläche"), ("Gruen", "Grün"), ("gruen", "grün"), ("Gewaesser", "Gewässer"),
    ("gewaesser", "gewässer"), ("Laerm", "Lärm"), ("laerm", "lärm"), ("Gebaeude", "Gebäude"), ("gebaeude", "gebäude"),
    ("Foerder", "Förder"), ("Vergnuegung", "Vergnügung"), ("Koerper", "Körper"), ("Beschraenk", "Beschränk"),
    ("beschraenk", "beschränk"), ("Einschraenk", "Einschränk"), ("Temporaer", "Temporär"), ("Gelaende", "Gelände"),
    ("Hoehe", "Höhe"), ("hoehe", "höhe"), ("Praesentation", "Präsentation"), ("Begruendung", "Begründung"),
    ("schaetze", "schätze"), ("Schaetze", "Schätze"), ("zaesur", "zäsur"), ("Zaesur", "Zäsur"), ("Oeffentlich", "Öffentlich"),
    ("Naehe", "Nähe"), ("Erhoehung", "Erhöhung"), ("Gemeingebr", "Gemeingebrauch"), ("Aufschuettung", "Aufschüttung"),
    ("aufschuettung", "aufschüttung"), ("Aenderung", "Änderung"), ("aenderung", "änderung"), ("Grundstueck", "Grundstück"),
    ("grundstueck", "grundstück"), ("staette", "stätte"), ("Staette", "Stätte"),
)
# the same class in every plan type ("BP_TextAbschnitt", "FP_TextAbschnitt" …)
COMMON_SUFFIXES = {"TextAbschnitt": "Textabschnitte", "Bereich": "Bereiche", "Plan": "Pläne", "RasterplanAenderung": "Rasterplanänderungen",
                   "GenerischesObjekt": "Generische Objekte", "TextAbschnittFlaeche": "Flächen mit textlichen Regelungen",
                   "BodenschaetzeFlaeche": "Flächen für Bodenschätze", "Bodenschaetze": "Bodenschätze",
                   "ZentralerVersorgungsbereich": "Zentrale Versorgungsbereiche", "SonstVerkehr": "Sonstiger Verkehr",
                   "VorbHochwasserschutz": "Vorbeugender Hochwasserschutz", "SonstigerSiedlungsbereich": "Sonstige Siedlungsbereiche",
                   "ZentralerOrtBesondFunktion": "Zentrale Orte mit besonderer Funktion", "Grenze": "Grenzen",
                   "ZieleErfordernisseMassnahmen": "Ziele, Erfordernisse und Maßnahmen", "ElementeKulturlandschaft": "Elemente der Kulturlandschaft",
                   "SchutzobjektInternatRecht": "Schutzobjekte nach internationalem Recht", "VerpflichtungWRRL": "Verpflichtungen nach WRRL",
                   "SPEMassnahmenDaten": "SPE-Maßnahmen", "BesondererNutzungszweckFlaeche": "Flächen mit besonderem Nutzungszweck",
                   "ErhaltungsBereichFlaeche": "Erhaltungsbereiche", "FlaecheOhneFestsetzung": "Flächen ohne Festsetzung",
                   "KleintierhaltungFlaeche": "Flächen für Kleintierhaltung", "LandForstFlaeche": "Land- und Forstwirtschaftsflächen",
                   "GemeinschaftsanlagenZuordnung": "Zuordnungen von Gemeinschaftsanlagen",
                   "SchutzobjektLandesrecht": "Schutzobjekte nach Landesrecht", "SchutzobjektBundesrecht": "Schutzobjekte nach Bundesrecht",
                   "StrukturenElementeBesiedelterBereich": "Strukturen und Elemente besiedelter Bereiche",
                   "WasserrechtSchutzgebiet": "Schutzgebiete nach Wasserrecht", "WasserrechtSonstige": "Sonstiges Wasserrecht",
                   "GemeindeFunktionSiedlungsentwicklung": "Gemeindefunktion Siedlungsentwicklung",
                   "NaturschutzrechtlichesSchutzgebiet": "Naturschutzrechtliche Schutzgebiete", "WohnenSiedlung": "Wohnen und Siedlung",
                   "SonstigerFreiraumstruktur": "Sonstige Freiraumstruktur", "LaermschutzBauschutz": "Lärm- und Bauschutz",
                   "PflegeLandschaftsbild": "Pflege des Landschaftsbilds", "URLAttribut": "URL-Attribute", "HerrichtungGrundstueck": "Herrichtung von Grundstücken"}
ADJECTIVE_ENDINGS = ("ische", "iche", "ige", "are", "ale", "ere", "rne", "nahe", "ene", "isches", "liches", "iges", "eres", "ales",
                     "elles", "ischer", "licher", "iger", "aler", "ener", "rer")
# parts that close a compound word (joined in lower case: "Nebenanlagen" + "Flaeche" → "Nebenanlagenfläche")
COMPOUND_ENDS = {"Flaeche", "Linie", "Punkt", "Grenze", "Bereich", "Gebiet", "Mass", "Massnahme", "Teil", "Zuordnung",
                 "Zone", "Anlage", "Anlagen", "Verkehr", "Schutz", "Fläche", "Sicherung", "Abbau", "Nutzung", "Recht",
                 "Kontingent", "Einzelanlage", "Richtung", "Bestimmung", "Gruenflaeche", "Vormerkung", "Plan"}
PLURALS = (("fläche", "flächen"), ("linie", "linien"), ("grenze", "grenzen"), ("punkt", "punkte"), ("bereich", "bereiche"),
           ("gebiet", "gebiete"), ("maßnahme", "maßnahmen"), ("objekt", "objekte"), ("zone", "zonen"), ("anlage", "anlagen"))
STATE_MARKERS = ("_FHH", "NRW_", "RLP_")

# classes whose title is not their name made readable
SPELLED_OUT = {
    "BP_AnpflanzungBindungErhaltung": "Anpflanzen, Bindungen und Erhaltung",
    "BP_BaugebietsTeilFlaeche": "Baugebiete",
    "BP_Baugebiet": "Baugebiete",
    "BP_BauGrenze": "Baugrenzen",
    "BP_BauLinie": "Baulinien",
    "BP_Landwirtschaft": "Flächen für die Landwirtschaft",
    "BP_LandwirtschaftsFlaeche": "Flächen für die Landwirtschaft",
    "BP_WaldFlaeche": "Flächen für Wald",
    "BP_GemeinbedarfsFlaeche": "Flächen für den Gemeinbedarf",
    "BP_SpielSportanlagenFlaeche": "Flächen für Spiel- und Sportanlagen",
    "BP_VerEntsorgung": "Flächen für Ver- und Entsorgung",
    "BP_StrassenVerkehrsFlaeche": "Straßenverkehrsflächen",
    "BP_VerkehrsflaecheBesondererZweckbestimmung": "Verkehrsflächen besonderer Zweckbestimmung",
    "BP_UeberbaubareGrundstuecksFlaeche": "Überbaubare Grundstücksflächen",
    "BP_NichtUeberbaubareGrundstuecksflaeche": "Nicht überbaubare Grundstücksflächen",
    "BP_AbweichungVonUeberbaubarerGrundstuecksFlaeche": "Abweichungen von der überbaubaren Grundstücksfläche",
    "BP_AbweichungVonUeberbaubererGrundstuecksFlaeche": "Abweichungen von der überbaubaren Grundstücksfläche",
    "BP_AbweichungVonBaugrenze": "Abweichungen von der Baugrenze",
    "BP_SchutzPflegeEntwicklungsFlaeche": "Flächen für Schutz, Pflege und Entwicklung von Natur und Landschaft",
    "BP_SchutzPflegeEntwicklungsMassnahme": "Maßnahmen zum Schutz, zur Pflege und Entwicklung von Natur und Landschaft",
    "BP_Immissionsschutz": "Flächen und Vorkehrungen zum Immissionsschutz",
    "BP_PersGruppenBestimmteFlaeche": "Flächen für bestimmte Personengruppen",
    "BP_GenerischesObjekt": "Sonstige Festsetzungen (generisch)",
    "BP_FestsetzungNachLandesrecht": "Festsetzungen nach Landesrecht",
    "BP_TextlicheFestsetzungsFlaeche": "Flächen mit textlichen Festsetzungen",
    "BP_TextAbschnittFlaeche": "Flächen mit textlichen Festsetzungen",
    "BP_WirksamkeitBedingung": "Bedingungen der Wirksamkeit",
    "BP_RegelungVergnuegungsstaetten": "Regelungen für Vergnügungsstätten",
    "BP_EmissionskontingentLaermGebiet": "Emissionskontingente Lärm (Gebiete)",
    "BP_ZusatzkontingentLaerm": "Zusatzkontingente Lärm",
    "BP_ZusatzkontingentLaermFlaeche": "Zusatzkontingente Lärm (Flächen)",
    "BP_RichtungssektorGrenze": "Grenzen von Richtungssektoren",
    "BP_BereichOhneEinAusfahrtLinie": "Bereiche ohne Ein- und Ausfahrt",
    "BP_EinfahrtsbereichLinie": "Einfahrtsbereiche",
    "BP_EinfahrtPunkt": "Einfahrten",
    "BP_StrassenbegrenzungsLinie": "Straßenbegrenzungslinien",
    "BP_Strassenkoerper": "Flächen für den Straßenkörper",
    "BP_FirstRichtungsLinie": "Firstrichtungen",
    "BP_NutzungsartenGrenze": "Abgrenzungen unterschiedlicher Nutzung",
    "BP_DenkmalschutzEinzelanlage": "Einzelanlagen unter Denkmalschutz",
    "BP_DenkmalschutzEnsembleFlaeche": "Ensembles unter Denkmalschutz",
    "BP_GebaeudeStellung": "Stellung baulicher Anlagen",
    "BP_SpezielleBauweise": "Besondere Bauweisen",
    "BP_HoehenMass": "Höhenfestsetzungen",
    "BP_AbstandsMass": "Abstandsmaße",
    "BP_Veraenderungssperre": "Veränderungssperren",
    "BP_UnverbindlicheVormerkung": "Unverbindliche Vormerkungen",
    "BP_KennzeichnungsFlaeche": "Kennzeichnungen",
    "BP_TechnischeMassnahmenFlaeche": "Flächen für technische Maßnahmen",
    "BP_ErneuerbareEnergieFlaeche": "Flächen für erneuerbare Energien",
    "BP_Wegerecht": "Geh-, Fahr- und Leitungsrechte",
    "BP_Sichtflaeche": "Sichtflächen",
    "FP_BebauungsFlaeche": "Bauflächen",
    "FP_Gemeinbedarf": "Flächen für den Gemeinbedarf",
    "FP_Gruen": "Grünflächen",
    "FP_Gewaesser": "Wasserflächen",
    "FP_Landwirtschaft": "Flächen für die Landwirtschaft",
    "FP_LandwirtschaftsFlaeche": "Flächen für die Landwirtschaft",
    "FP_WaldFlaeche": "Flächen für Wald",
    "FP_SpielSportanlage": "Flächen für Spiel- und Sportanlagen",
    "FP_Strassenverkehr": "Flächen für den Straßenverkehr",
    "FP_VerEntsorgung": "Flächen für Ver- und Entsorgung",
    "FP_SchutzPflegeEntwicklung": "Flächen für Schutz, Pflege und Entwicklung von Natur und Landschaft",
    "FP_Wasserwirtschaft": "Flächen für die Wasserwirtschaft",
    "FP_Kennzeichnung": "Kennzeichnungen",
    "FP_GenerischesObjekt": "Sonstige Darstellungen (generisch)",
    "FP_DarstellungNachLandesrecht": "Darstellungen nach Landesrecht",
    "FP_TextlicheDarstellungsFlaeche": "Flächen mit textlichen Darstellungen",
    "FP_TextAbschnittFlaeche": "Flächen mit textlichen Darstellungen",
    "FP_PrivilegiertesVorhaben": "Privilegierte Vorhaben",
    "FP_AnpassungKlimawandel": "Anpassung an den Klimawandel",
    "FP_KeineZentrAbwasserBeseitigungFlaeche": "Flächen ohne zentrale Abwasserbeseitigung",
    "FP_FlaecheOhneDarstellung": "Flächen ohne Darstellung",
    "FP_UnverbindlicheVormerkung": "Unverbindliche Vormerkungen",
    "SO_Strassenverkehr": "Straßenverkehrsflächen",
    "SO_Gewaesser": "Gewässer",
    "SO_Gebiet": "Gebiete nach sonstigem Recht",
    "SO_Grenze": "Grenzen",
    "SO_Linienobjekt": "Sonstige Linien",
    "SO_Objekt": "Sonstige Objekte",
    "SO_SonstigesRecht": "Festlegungen nach sonstigem Recht",
    "SO_Sichtflaeche": "Sichtflächen",
    "SO_Bauverbotszone": "Bauverbotszonen",
    "SO_Baubeschraenkung": "Baubeschränkungen",
    "SO_Gelaendemorphologie": "Geländemorphologie",
    "SO_SchutzgebietNaturschutzrecht": "Schutzgebiete nach Naturschutzrecht",
    "SO_SchutzgebietWasserrecht": "Schutzgebiete nach Wasserrecht",
    "SO_SchutzgebietSonstigesRecht": "Schutzgebiete nach sonstigem Recht",
    "SO_Denkmalschutzrecht": "Festlegungen nach Denkmalschutzrecht",
    "SO_Bodenschutzrecht": "Festlegungen nach Bodenschutzrecht",
    "SO_Forstrecht": "Festlegungen nach Forstrecht",
    "SO_Luftverkehrsrecht": "Festlegungen nach Luftverkehrsrecht",
    "SO_Schienenverkehrsrecht": "Festlegungen nach Schienenverkehrsrecht",
    "SO_Strassenverkehrsrecht": "Festlegungen nach Straßenverkehrsrecht",
    "SO_Wasserrecht": "Festlegungen nach Wasserrecht",
    "SO_Wasserwirtschaft": "Flächen für die Wasserwirtschaft",
    "XP_PPO": "Präsentationspunkte",
    "XP_PTO": "Präsentationstexte",
    "XP_LPO": "Präsentationslinien",
    "XP_LTO": "Präsentationstexte (Linie)",
    "XP_FPO": "Präsentationsflächen",
    "XP_Nutzungsschablone": "Nutzungsschablonen",
    "XP_Hoehenangabe": "Höhenangaben",
    "XP_Praesentationsobjekt": "Präsentationsobjekte",
    "XP_RasterplanBasis": "Rasterpläne",
    "XP_Rasterdarstellung": "Rasterdarstellungen",
    "LP_SonstigeAbgrenzuung": "Sonstige Abgrenzungen",
    "LP_ZuBegruenendeGrundstueckflaeche": "Zu begrünende Grundstücksflächen",
    "LP_AllgGruenflaeche": "Allgemeine Grünflächen",
    "LP_SchutzBestimmterTeileVonNaturUndLandschaft": "Schutz bestimmter Teile von Natur und Landschaft",
    "LP_WasserrechtGemeingebrEinschraenkungNaturschutz": "Einschränkung des Gemeingebrauchs (Wasserrecht, Naturschutz)",
    "LP_WasserrechtWirtschaftAbflussHochwSchutz": "Wasserwirtschaft, Abfluss und Hochwasserschutz",
    "RP_NRW_ASB": "Allgemeine Siedlungsbereiche (NRW)",
    "RP_NRW_GIB": "Bereiche für gewerbliche und industrielle Nutzungen (NRW)",
}

PLAN_TYPES = {"BP": "Bebauungsplan", "FP": "Flächennutzungsplan", "SO": "Sonstige Planwerke", "RP": "Raumordnungsplan",
              "LP": "Landschaftsplan", "XP": "Darstellung"}

# legend heading by keywords in the class name (first match; checked in this order)
THEMES = (
    ("building", ("Baugebiet", "Bebauung", "Ueberbaubar", "Bau", "Gebaeude", "Nebenanlagen", "Abstands", "Hoehen",
                  "FirstRichtung", "Bauweise", "Gemeinschaftsanlagen", "Abweichung", "Wohngebaeude", "Vergnuegung")),
    ("traffic", ("Verkehr", "Strassen", "Einfahrt", "Wegerecht", "Sicht", "Schiene", "Luft")),
    ("green", ("Gruen", "Wald", "Landwirtschaft", "Gewaesser", "Wasser", "Schutz", "Anpflanzung", "Ausgleich", "Natur",
               "Biotop", "Landschaft", "Eingriff", "Boden", "Abgrabung", "Aufschuettung", "Rekultivierung", "Klima",
               "Hochwasser", "Erholung", "Forst", "Freiraum", "Freiflaeche", "Kleintier")),
    ("supply", ("VerEntsorgung", "Energie", "Entsorgung", "Kommunikation", "Technische", "Abwasser")),
    ("community", ("Gemeinbedarf", "SpielSport", "Sport", "Sozial")),
)


def theme_headings():
    return {
        "building": tr("Buildings and use"),
        "traffic": tr("Traffic"),
        "green": tr("Green, nature and water"),
        "supply": tr("Utilities"),
        "community": tr("Community facilities, play and sport"),
        "other": tr("Other provisions"),
        "frame": tr("Plan and scope"),
        "presentation": tr("Presentation"),
    }


_classes = None


def feature_classes():
    """{lower-case table name: class name} over all XPlanung versions (the GeoPackage tables are lower case)."""
    global _classes
    if _classes is None:
        with open(CLASSES_FILE, encoding="utf-8") as handle:
            versions = json.load(handle)
        _classes = {name.lower(): name for names in versions.values() for name in names}
    return _classes


def _spell(text):
    for ascii_form, german in UMLAUTS:
        text = text.replace(ascii_form, german)
    return text


def _plural(word):
    for singular, plural in PLURALS:
        if word.endswith(singular):
            return word[: -len(singular)] + plural
    return word


def german_title(class_name):
    """ "BP_NebenanlagenFlaeche" → "Nebenanlagenflächen"; state variants keep their state in brackets."""
    if class_name in SPELLED_OUT:
        return SPELLED_OUT[class_name]
    prefix, _, rest = class_name.partition("_")
    if prefix not in PLAN_TYPES:
        return class_name
    state = None
    for marker in STATE_MARKERS:
        token = marker.strip("_")
        if rest.startswith(marker) or rest.endswith(marker):
            state = token
            rest = rest.replace(marker, "")
    if rest in COMMON_SUFFIXES:
        title = COMMON_SUFFIXES[rest]
    else:
        title = _compose(re.findall(r"[A-ZÄÖÜ][a-zäöüß]*|[a-z]+|\d+", rest) or [rest])
    if state:
        title += " ({})".format({"FHH": "Hamburg"}.get(state, state))
    return title


def _is_adjective(word):
    return word.lower().endswith(ADJECTIVE_ENDINGS)


def _compose(parts):
    """CamelCase parts → German words: compounds joined ("Nebenanlagen|Flaeche"), adjective + noun kept apart
    ("Sonstige Freiflächen"), a row of nouns listed ("Erholung und Freizeit")."""
    words = [parts[0]]
    for part in parts[1:]:
        joins = part in COMPOUND_ENDS or (words[-1].endswith(("s", "n")) and len(part) > 3 and not words[-1].endswith(("es", "er")))
        if joins and not _is_adjective(words[-1]) and part not in ("Von", "Und", "Ohne", "Mit"):
            words[-1] += part.lower()
        else:
            words.append(part if part not in ("Von", "Und", "Ohne", "Mit") else part.lower())
    words = [_spell(word) for word in words]
    words[0] = words[0][0].upper() + words[0][1:]
    if len(words) == 1 or (len(words) == 2 and _is_adjective(words[0])):
        words[-1] = _plural(words[-1])
        return " ".join(words)
    if any(_is_adjective(word) or word.islower() for word in words):
        return " ".join(words)
    return ", ".join(words[:-1]) + " und " + words[-1]


def class_of_table(table_name):
    """The XPlanung class of a GeoPackage table (``bp_baugrenze_line`` → ``BP_BauGrenze``), or None."""
    base = table_name
    for suffix in ("_point", "_line", "_polygon"):
        if base.endswith(suffix):
            base = base[: -len(suffix)]
    return feature_classes().get(base)


def table_title(table_name):
    """German title of a GeoPackage table of the XPlanung import, None for tables that are no class."""
    class_name = class_of_table(table_name)
    return german_title(class_name) if class_name else None


def heading_key(table_name):
    if table_name in ("plans", "bereiche"):
        return "frame"
    class_name = class_of_table(table_name)
    if class_name is None:
        return "other"
    if class_name.startswith("XP_"):
        return "presentation"
    name = class_name.split("_", 1)[1]
    for key, words in THEMES:
        if any(word in name for word in words):
            return key
    return "other"


def heading(table_name):
    """Legend heading for a table: plan type and theme ("Bebauungsplan – Verkehr")."""
    key = heading_key(table_name)
    class_name = class_of_table(table_name)
    plan_type = PLAN_TYPES.get(class_name.split("_", 1)[0]) if class_name else None
    if key in ("frame", "presentation") or not plan_type:
        return theme_headings()[key]
    return "{} – {}".format(plan_type, theme_headings()[key])
