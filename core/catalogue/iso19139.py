"""ISO 19115/19139 metadata (``gmd:MD_Metadata``, 2005 namespaces) from and to a catalogue record.

The record dict (OARec shape, core/catalogue/record.py) is the one model: a CSW publication, the
``.xml`` export of a layer and a search result of a GDI-DE catalogue all pass through it. Written
elements follow the GDI-DE "Konventionen zu Metadaten" 2.x and the INSPIRE metadata TG 2.0 where
they apply (checked offline in isorules.py):

* licence: ``MD_LegalConstraints`` with ``useLimitation`` (text + URL), ``useConstraints =
  otherRestrictions``, ``otherConstraints`` = the licence text with URL and the GDI-DE JSON block
  ``{"id", "name", "url", "quelle"}``; access: ``otherConstraints`` = INSPIRE "noLimitations" anchor;
* keywords: free keywords, one ``MD_Keywords`` per named vocabulary, the INSPIRE theme (GEMET
  "INSPIRE themes, version 1.0", 2008-06-01) where a theme applies, and ``opendata`` for open licences;
* lineage: a readable statement, one ``LI_ProcessStep`` (algorithm, version; the provenance JSON as
  rationale, so it round-trips) and one ``LI_Source`` per input with its SHA-256 where known;
* the data file: an ``onLine`` resource (``WWW:DOWNLOAD-1.0-http--download``) whose description carries
  the SHA-256 and size, so the same hash rules apply to downloads from a CSW catalogue.

Reading (ISO → record) is in isoread.py.
"""

import json
import re

from lxml import etree

from ..i18n import tr
from .record import (
    LICENSES,
    normalise_license,
    record_bbox,
    sha256_from_checksum,
)

NS = {
    "gmd": "http://www.isotc211.org/2005/gmd",
    "gco": "http://www.isotc211.org/2005/gco",
    "gmx": "http://www.isotc211.org/2005/gmx",
    "gml": "http://www.opengis.net/gml/3.2",
    "xlink": "http://www.w3.org/1999/xlink",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
SCHEMA_LOCATION = "http://www.isotc211.org/2005/gmd http://schemas.opengis.net/iso/19139/20070417/gmd/gmd.xsd"
CODELISTS = "http://standards.iso.org/iso/19139/resources/gmxCodelists.xml"
LANGUAGE_CODELIST = "http://www.loc.gov/standards/iso639-2/"
DOWNLOAD_PROTOCOL = "WWW:DOWNLOAD-1.0-http--download"
INSPIRE_THESAURUS = "GEMET - INSPIRE themes, version 1.0"
INSPIRE_THESAURUS_DATE = "2008-06-01"
INSPIRE_REGULATION = ("VERORDNUNG (EG) Nr. 1089/2010 DER KOMMISSION vom 23. November 2010 zur Durchführung der Richtlinie "
                      "2007/2/EG des Europäischen Parlaments und des Rates hinsichtlich der Interoperabilität von Geodatensätzen und -diensten")
NO_LIMITATIONS = "http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/noLimitations"
OPEN_LICENCES = frozenset({"DL-DE-BY-2.0", "DL-DE-ZERO-2.0", "CC-BY-4.0", "CC0-1.0", "ODbL-1.0"})
# GDI-DE licence ids (Konventionen 2.x, JSON in otherConstraints) for our SPDX ids
GDIDE_LICENCE_IDS = {"DL-DE-BY-2.0": "dl-by-de/2.0", "DL-DE-ZERO-2.0": "dl-zero-de/2.0", "CC-BY-4.0": "cc-by/4.0",
                     "CC0-1.0": "cc-zero", "ODbL-1.0": "odbl"}
LANGUAGES_2_TO_3 = {"de": "ger", "en": "eng", "fr": "fre", "nl": "dut", "pl": "pol", "da": "dan", "cs": "cze"}
FREE_VOCABULARIES = frozenset({"", "udt:keywords"})

# INSPIRE themes (Annex I-III): code → (German label of the GEMET thesaurus, ISO topic category)
INSPIRE_THEMES = {
    "rs": ("Koordinatenreferenzsysteme", "location"), "gg": ("Geografische Gittersysteme", "location"),
    "gn": ("Geografische Bezeichnungen", "location"), "au": ("Verwaltungseinheiten", "boundaries"),
    "ad": ("Adressen", "location"), "cp": ("Flurstücke/Grundstücke (Katasterparzellen)", "planningCadastre"),
    "tn": ("Verkehrsnetze", "transportation"), "hy": ("Gewässernetz", "inlandWaters"), "ps": ("Schutzgebiete", "environment"),
    "el": ("Höhe", "elevation"), "lc": ("Bodenbedeckung", "imageryBaseMapsEarthCover"),
    "oi": ("Orthofotografie", "imageryBaseMapsEarthCover"), "ge": ("Geologie", "geoscientificInformation"),
    "su": ("Statistische Einheiten", "boundaries"), "bu": ("Gebäude", "structure"), "so": ("Boden", "geoscientificInformation"),
    "lu": ("Bodennutzung", "planningCadastre"), "hh": ("Gesundheit und Sicherheit", "health"),
    "us": ("Versorgungswirtschaft und staatliche Dienste", "utilitiesCommunication"),
    "ef": ("Umweltüberwachung", "environment"), "pf": ("Produktions- und Industrieanlagen", "structure"),
    "af": ("Landwirtschaftliche Anlagen und Aquakulturanlagen", "farming"), "pd": ("Verteilung der Bevölkerung — Demografie", "society"),
    "am": ("Bewirtschaftungsgebiete/Schutzgebiete/geregelte Gebiete und Berichterstattungseinheiten", "planningCadastre"),
    "nz": ("Gebiete mit naturbedingten Risiken", "geoscientificInformation"),
    "ac": ("Atmosphärische Bedingungen", "climatologyMeteorologyAtmosphere"),
    "mf": ("Meteorologisch-geografische Kennwerte", "climatologyMeteorologyAtmosphere"),
    "of": ("Ozeanografisch-geografische Kennwerte", "oceans"), "sr": ("Meeresregionen", "oceans"),
    "br": ("Biogeografische Regionen", "biota"), "hb": ("Lebensräume und Biotope", "biota"),
    "sd": ("Verteilung der Arten", "biota"), "er": ("Energiequellen", "economy"), "mr": ("Mineralische Bodenschätze", "economy"),
}
INSPIRE_THEME_URL = "http://inspire.ec.europa.eu/theme/{}"
TOPIC_CATEGORIES = frozenset({
    "farming", "biota", "boundaries", "climatologyMeteorologyAtmosphere", "economy", "elevation", "environment",
    "geoscientificInformation", "health", "imageryBaseMapsEarthCover", "intelligenceMilitary", "inlandWaters", "location",
    "oceans", "planningCadastre", "society", "structure", "transportation", "utilitiesCommunication"})


def _q(tag):
    prefix, local = tag.split(":")
    return "{%s}%s" % (NS[prefix], local)


def _el(parent, tag, text=None, **attrs):
    node = etree.SubElement(parent, _q(tag)) if parent is not None else etree.Element(_q(tag), nsmap=NS)
    for key, value in attrs.items():
        node.set(_q(key.replace("__", ":")) if "__" in key else key, value)
    if text is not None:
        node.text = str(text)
    return node


def _string(parent, tag, text):
    _el(_el(parent, tag), "gco:CharacterString", text)


def _anchor(parent, tag, text, href):
    _el(_el(parent, tag), "gmx:Anchor", text, xlink__href=href)


def _code(parent, tag, code_type, value, codelist=None, text=None):
    _el(_el(parent, tag), "gmd:" + code_type, text if text is not None else value,
        codeList=codelist or "{}#{}".format(CODELISTS, code_type), codeListValue=value)


def _date(parent, value, date_type):
    ci_date = _el(_el(parent, "gmd:date"), "gmd:CI_Date")
    holder = _el(ci_date, "gmd:date")
    if "T" in value:
        _el(holder, "gco:DateTime", value.rstrip("Z"))
    else:
        _el(holder, "gco:Date", value[:10])
    _code(ci_date, "gmd:dateType", "CI_DateTypeCode", date_type)


def inspire_themes(record):
    """INSPIRE theme codes that apply: named in ``properties.themes`` (INSPIRE theme URIs) or a keyword
    equal to a theme's German label or code URI."""
    props = record.get("properties") or {}
    found = []
    for theme in props.get("themes") or []:
        for concept in (theme or {}).get("concepts") or []:
            code = str(concept.get("id") or concept.get("url") or "").rstrip("/").rsplit("/", 1)[-1].lower()
            if code in INSPIRE_THEMES and code not in found:
                found.append(code)
    labels = {label.lower(): code for code, (label, _topic) in INSPIRE_THEMES.items()}
    for word in props.get("keywords") or []:
        code = labels.get(str(word).strip().lower())
        if code and code not in found:
            found.append(code)
    return found


def topic_categories(record):
    props = record.get("properties") or {}
    chosen = [c for c in props.get("udt:topicCategories") or [] if c in TOPIC_CATEGORIES]
    if not chosen:
        chosen = list(dict.fromkeys(INSPIRE_THEMES[code][1] for code in inspire_themes(record)))
    return chosen or ["planningCadastre"]  # results of a planning office


def _contact(parent, tag, contact, role):
    party = _el(_el(parent, tag), "gmd:CI_ResponsibleParty")
    if contact.get("name"):
        _string(party, "gmd:individualName", contact["name"])
    _string(party, "gmd:organisationName", contact.get("organization") or contact.get("name") or "")
    if contact.get("position"):
        _string(party, "gmd:positionName", contact["position"])
    emails = [e.get("value") for e in contact.get("emails") or [] if isinstance(e, dict) and e.get("value")]
    phones = [p.get("value") for p in contact.get("phones") or [] if isinstance(p, dict) and p.get("value")]
    if emails or phones:
        info = _el(_el(party, "gmd:contactInfo"), "gmd:CI_Contact")
        if phones:
            _string(_el(_el(info, "gmd:phone"), "gmd:CI_Telephone"), "gmd:voice", phones[0])
        if emails:
            address = _el(_el(info, "gmd:address"), "gmd:CI_Address")
            for email in emails:
                _string(address, "gmd:electronicMailAddress", email)
    _code(party, "gmd:role", "CI_RoleCode", role)


def _role(contact, default):
    roles = [r for r in contact.get("roles") or [] if r]
    return roles[0] if roles else default


def _keywords(parent, words, thesaurus=None, thesaurus_date=None, anchors=None):
    keywords = _el(_el(parent, "gmd:descriptiveKeywords"), "gmd:MD_Keywords")
    for word in words:
        if anchors and word in anchors:
            _anchor(keywords, "gmd:keyword", word, anchors[word])
        else:
            _string(keywords, "gmd:keyword", word)
    if thesaurus:
        citation = _el(_el(keywords, "gmd:thesaurusName"), "gmd:CI_Citation")
        _string(citation, "gmd:title", thesaurus)
        _date(citation, thesaurus_date or "2000-01-01", "publication")


def lineage_statement(provenance):
    """A readable lineage statement: algorithm, version, inputs with their hashes."""
    if not provenance:
        return tr("Produced with Urban Twin; no processing history was recorded.")
    lines = [tr("Produced with Urban Twin {} (QGIS {}) by the algorithm {} version {} at {}.").format(
        provenance.get("pluginVersion", "?"), provenance.get("qgisVersion", "?"), provenance.get("algorithm", "?"),
        provenance.get("algorithmVersion", "?"), provenance.get("runAt", "?"))]
    for item in input_list(provenance):
        lines.append(tr("Input: {}").format(item["name"]) + (" (SHA-256 {})".format(item["sha256"]) if item.get("sha256") else ""))
    return "\n".join(lines)


def input_list(provenance):
    """Inputs as [{'name', 'sha256'}]: dict inputs keep their hash, a readable local file path is hashed now."""
    import os

    from .record import sha256_file

    items = []
    for item in (provenance or {}).get("inputs") or []:
        if isinstance(item, dict):
            name = str(item.get("name") or item.get("path") or item.get("id") or json.dumps(item, sort_keys=True))
            items.append({"name": name, "sha256": item.get("sha256") or sha256_from_checksum(item.get("file:checksum"))})
            continue
        name = str(item)
        path = name.split("|", 1)[0]
        sha = sha256_file(path) if os.path.isfile(path) else None
        items.append({"name": name, "sha256": sha})
    return items


def record_to_iso(record):
    """The record as ISO 19139 ``gmd:MD_Metadata`` (bytes, UTF-8, with XML declaration)."""
    props = record.get("properties") or {}
    language = LANGUAGES_2_TO_3.get(((props.get("language") or {}).get("code") or "de")[:2], "ger") \
        if isinstance(props.get("language"), dict) else "ger"
    root = _el(None, "gmd:MD_Metadata")
    root.set(_q("xsi:schemaLocation"), SCHEMA_LOCATION)
    _string(root, "gmd:fileIdentifier", record["id"])
    _code(root, "gmd:language", "LanguageCode", language, codelist=LANGUAGE_CODELIST)
    _code(root, "gmd:characterSet", "MD_CharacterSetCode", "utf8")
    scope = props.get("type") if props.get("type") in ("dataset", "series", "service") else "dataset"
    _code(root, "gmd:hierarchyLevel", "MD_ScopeCode", scope)
    contacts = [c for c in props.get("contacts") or [] if isinstance(c, dict)]
    metadata_contact = next((c for c in contacts if c.get("emails")), contacts[0] if contacts else {"organization": ""})
    _contact(root, "gmd:contact", metadata_contact, "pointOfContact")
    updated = props.get("updated") or props.get("created")
    _el(_el(root, "gmd:dateStamp"), "gco:DateTime" if updated and "T" in updated else "gco:Date",
        (updated or "").rstrip("Z") if updated and "T" in updated else (updated or "")[:10])
    _string(root, "gmd:metadataStandardName", "ISO 19115:2003/19139")
    _string(root, "gmd:metadataStandardVersion", "1.0")
    crs = props.get("udt:crs")
    if crs:
        identifier = _el(_el(_el(_el(root, "gmd:referenceSystemInfo"), "gmd:MD_ReferenceSystem"), "gmd:referenceSystemIdentifier"),
                         "gmd:RS_Identifier")
        match = re.match(r"^EPSG:(\d+)$", crs)
        if match:
            _anchor(identifier, "gmd:code", crs, "http://www.opengis.net/def/crs/EPSG/0/" + match.group(1))
        else:
            _string(identifier, "gmd:code", crs)

    ident = _el(_el(root, "gmd:identificationInfo"), "gmd:MD_DataIdentification")
    citation = _el(_el(ident, "gmd:citation"), "gmd:CI_Citation")
    _string(citation, "gmd:title", props.get("title") or "")
    _date(citation, props.get("created") or updated or "", "creation")
    if updated and updated != props.get("created"):
        _date(citation, updated, "revision")
    if props.get("udt:version") is not None:
        _string(citation, "gmd:edition", str(props["udt:version"]))
    _string(_el(_el(citation, "gmd:identifier"), "gmd:MD_Identifier"), "gmd:code", record["id"])
    _string(ident, "gmd:abstract", props.get("description") or props.get("title") or "")
    for contact in contacts or [metadata_contact]:
        _contact(ident, "gmd:pointOfContact", contact, _role(contact, "pointOfContact"))
    free = [str(k) for k in props.get("keywords") or [] if str(k).strip()]
    spdx = normalise_license(props.get("license")) or ""
    if spdx in OPEN_LICENCES and "opendata" not in free:
        free.append("opendata")  # GDI-DE: open data is marked with this keyword
    themes = inspire_themes(record)
    theme_labels = {INSPIRE_THEMES[code][0] for code in themes}
    free = [k for k in free if k not in theme_labels]
    if free:
        _keywords(ident, free)
    for vocabulary, words in sorted((props.get("udt:keywordGroups") or {}).items()):
        if words:
            _keywords(ident, [str(w) for w in words], thesaurus=vocabulary, thesaurus_date="2000-01-01")
    if themes:
        _keywords(ident, [INSPIRE_THEMES[c][0] for c in themes], INSPIRE_THESAURUS, INSPIRE_THESAURUS_DATE,
                  anchors={INSPIRE_THEMES[c][0]: INSPIRE_THEME_URL.format(c) for c in themes})
    access = _el(_el(ident, "gmd:resourceConstraints"), "gmd:MD_LegalConstraints")
    _code(access, "gmd:accessConstraints", "MD_RestrictionCode", "otherRestrictions")
    _anchor(access, "gmd:otherConstraints", "Es gelten keine Zugriffsbeschränkungen", NO_LIMITATIONS)
    name, url = LICENSES.get(spdx, (props.get("rights") or spdx, ""))
    licence_text = "{}{}".format(name, " ({})".format(url) if url else "")
    use = _el(_el(ident, "gmd:resourceConstraints"), "gmd:MD_LegalConstraints")
    _string(use, "gmd:useLimitation", licence_text)
    for statement in props.get("udt:rightsStatements") or []:
        _string(use, "gmd:useLimitation", statement)
    _code(use, "gmd:useConstraints", "MD_RestrictionCode", "otherRestrictions")
    _string(use, "gmd:otherConstraints", licence_text)
    if spdx in GDIDE_LICENCE_IDS:
        source = next((c.get("organization") for c in contacts if c.get("organization")), "")
        _string(use, "gmd:otherConstraints", json.dumps({"id": GDIDE_LICENCE_IDS[spdx], "name": name, "url": url, "quelle": source},
                                                        ensure_ascii=False))
    _code(ident, "gmd:language", "LanguageCode", language, codelist=LANGUAGE_CODELIST)
    _code(ident, "gmd:characterSet", "MD_CharacterSetCode", "utf8")
    for category in topic_categories(record):
        _el(_el(ident, "gmd:topicCategory"), "gmd:MD_TopicCategoryCode", category)
    extent = _el(_el(ident, "gmd:extent"), "gmd:EX_Extent")
    bbox = record_bbox(record)
    if bbox:
        box = _el(_el(extent, "gmd:geographicElement"), "gmd:EX_GeographicBoundingBox")
        for tag, value in (("westBoundLongitude", bbox[0]), ("eastBoundLongitude", bbox[2]),
                           ("southBoundLatitude", bbox[1]), ("northBoundLatitude", bbox[3])):
            _el(_el(box, "gmd:" + tag), "gco:Decimal", repr(round(float(value), 7)))
    interval = ((props.get("extent") or {}).get("temporal") or {}).get("interval") or (record.get("time") or {}).get("interval")
    if interval and len(interval) == 2 and interval[0]:
        period = _el(_el(_el(_el(extent, "gmd:temporalElement"), "gmd:EX_TemporalExtent"), "gmd:extent"), "gml:TimePeriod",
                     gml__id="tp_" + re.sub(r"[^A-Za-z0-9]", "_", record["id"])[-40:])
        _el(period, "gml:beginPosition", interval[0])
        _el(period, "gml:endPosition", interval[1] or interval[0])

    distribution = _el(_el(root, "gmd:distributionInfo"), "gmd:MD_Distribution")
    for fmt in props.get("formats") or [{"name": "GeoPackage"}]:
        md_format = _el(_el(distribution, "gmd:distributionFormat"), "gmd:MD_Format")
        _string(md_format, "gmd:name", fmt.get("name") or fmt.get("mediaType") or "")
        _string(md_format, "gmd:version", fmt.get("version") or ("1.2" if fmt.get("name") == "GeoPackage" else "unknown"))
    links = [link for link in record.get("links") or [] if isinstance(link, dict) and link.get("href")
             and link.get("rel") in ("enclosure", "service", "related", "describedby", "data")]
    if links:
        transfer = _el(_el(distribution, "gmd:transferOptions"), "gmd:MD_DigitalTransferOptions")
        for link in links:
            online = _el(_el(transfer, "gmd:onLine"), "gmd:CI_OnlineResource")
            _el(_el(online, "gmd:linkage"), "gmd:URL", link["href"])
            protocol = link.get("protocol") or (DOWNLOAD_PROTOCOL if link.get("rel") == "enclosure" else "WWW:LINK-1.0-http--link")
            _string(online, "gmd:protocol", protocol)
            if link.get("name") or link.get("title"):
                _string(online, "gmd:name", link.get("name") or link.get("title"))
            sha = sha256_from_checksum(link.get("file:checksum"))
            if sha:
                _string(online, "gmd:description", "SHA-256: {}; Bytes: {}".format(sha, link.get("file:size") or link.get("length") or ""))
            elif link.get("description"):
                _string(online, "gmd:description", link["description"])
            _code(online, "gmd:function", "CI_OnLineFunctionCode", "download" if link.get("rel") == "enclosure" else "information")

    quality = _el(_el(root, "gmd:dataQualityInfo"), "gmd:DQ_DataQuality")
    _code(_el(_el(quality, "gmd:scope"), "gmd:DQ_Scope"), "gmd:level", "MD_ScopeCode", scope)
    if themes:
        # INSPIRE: a degree of conformity to the interoperability regulation; ours is honestly "not evaluated"
        result = _el(_el(_el(_el(quality, "gmd:report"), "gmd:DQ_DomainConsistency"), "gmd:result"), "gmd:DQ_ConformanceResult")
        spec = _el(_el(result, "gmd:specification"), "gmd:CI_Citation")
        _string(spec, "gmd:title", INSPIRE_REGULATION)
        _date(spec, "2010-12-08", "publication")
        _string(result, "gmd:explanation", "Die Konformität wurde nicht geprüft.")
        _el(result, "gmd:pass", **{"gco__nilReason": "unknown"})
    provenance = props.get("udt:provenance") or {}
    lineage = _el(_el(quality, "gmd:lineage"), "gmd:LI_Lineage")
    _string(lineage, "gmd:statement", lineage_statement(provenance))
    if provenance:
        step = _el(_el(lineage, "gmd:processStep"), "gmd:LI_ProcessStep")
        _string(step, "gmd:description", "{} {}".format(provenance.get("algorithm", "?"), provenance.get("algorithmVersion", "")).strip())
        _string(step, "gmd:rationale", json.dumps(provenance, ensure_ascii=False, sort_keys=True))
        if provenance.get("runAt"):
            _el(_el(step, "gmd:dateTime"), "gco:DateTime", str(provenance["runAt"]).rstrip("Z"))
        for item in input_list(provenance):
            source = _el(_el(lineage, "gmd:source"), "gmd:LI_Source")
            _string(source, "gmd:description", item["name"] + ("; SHA-256: {}".format(item["sha256"]) if item.get("sha256") else ""))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
