"""Offline checks of ISO 19139 metadata against the GDI-DE / INSPIRE conventions that need no network.

Each rule has an id (``GDI-DE``/``INSPIRE`` prefix + short name) and returns a message when the document
breaks it. What cannot be checked offline (code list URLs resolve, GEMET keyword ids exist in the live
thesaurus, service URLs answer, the resource identifier is registered) is listed in docs/catalogue-sdi.md.
Schema validity is separate (``schema_errors`` with the ISO 19139 XSDs, e.g. the copy pycsw ships).
"""

import json
import re

from .iso19139 import INSPIRE_THEMES, INSPIRE_THESAURUS, NS, OPEN_LICENCES, TOPIC_CATEGORIES
from .isoread import parse_xml

ISO_639_2 = frozenset({"ger", "deu", "eng", "fre", "fra", "dut", "nld", "pol", "dan", "cze", "ces", "ita", "spa", "swe", "fin"})


def _all_text(node, path):
    return [(e.text or "").strip() for e in node.iterfind(path, NS)]


def _one(node, path):
    values = [v for v in _all_text(node, path) if v]
    return values[0] if values else ""


def convention_problems(data):
    """[(rule id, message)] for ISO 19139 bytes or element; [] when every offline rule holds."""
    root = parse_xml(data) if isinstance(data, (bytes, str)) else data
    problems = []

    def rule(rule_id, ok, message):
        if not ok:
            problems.append((rule_id, message))

    ident = root.find("gmd:identificationInfo/*", NS)
    scope = root.find("gmd:hierarchyLevel/gmd:MD_ScopeCode", NS)
    scope = scope.get("codeListValue") if scope is not None else ""
    is_data = scope in ("dataset", "series")
    rule("INSPIRE-fileIdentifier", bool(_one(root, "gmd:fileIdentifier/gco:CharacterString")), "no metadata file identifier")
    language = root.find("gmd:language/gmd:LanguageCode", NS)
    rule("INSPIRE-metadataLanguage", language is not None and language.get("codeListValue") in ISO_639_2,
         "metadata language missing or not an ISO 639-2 code")
    rule("INSPIRE-hierarchyLevel", scope in ("dataset", "series", "service"), "hierarchyLevel must be dataset, series or service")
    contact = root.find("gmd:contact/gmd:CI_ResponsibleParty", NS)
    rule("INSPIRE-metadataPointOfContact", contact is not None and bool(_one(contact, "gmd:organisationName/*"))
         and bool(_one(contact, ".//gmd:electronicMailAddress/gco:CharacterString")),
         "metadata point of contact needs an organisation name and an e-mail address")
    role = contact.find("gmd:role/gmd:CI_RoleCode", NS) if contact is not None else None
    rule("INSPIRE-metadataContactRole", role is not None and role.get("codeListValue") == "pointOfContact",
         "the metadata contact's role must be pointOfContact")
    stamp = root.find("gmd:dateStamp/*", NS)
    rule("INSPIRE-metadataDate", stamp is not None and bool(re.match(r"^\d{4}-\d\d-\d\d", stamp.text or "")), "no valid dateStamp")
    if ident is None:
        problems.append(("INSPIRE-identification", "no identification section"))
        return problems
    title = _one(ident, "gmd:citation/gmd:CI_Citation/gmd:title/*")
    abstract = _one(ident, "gmd:abstract/*")
    rule("INSPIRE-title", bool(title), "no resource title")
    rule("INSPIRE-abstract", bool(abstract), "no resource abstract")
    rule("GDI-DE-abstractDiffersFromTitle", not abstract or abstract != title, "the abstract must not repeat the title")
    date_types = [e.get("codeListValue") for e in ident.iterfind("gmd:citation/gmd:CI_Citation/gmd:date/gmd:CI_Date/gmd:dateType/gmd:CI_DateTypeCode", NS)]
    rule("INSPIRE-temporalReference", any(t in ("creation", "publication", "revision") for t in date_types),
         "no creation, publication or revision date of the resource")
    rule("GDI-DE-oneCreationDate", date_types.count("creation") <= 1, "more than one creation date")
    if is_data:
        rule("INSPIRE-resourceIdentifier", bool(_one(ident, "gmd:citation/gmd:CI_Citation/gmd:identifier/*/gmd:code/*")),
             "no unique resource identifier")
        rule("INSPIRE-resourceLanguage", ident.find("gmd:language/gmd:LanguageCode", NS) is not None, "no resource language")
        topics = _all_text(ident, "gmd:topicCategory/gmd:MD_TopicCategoryCode")
        rule("INSPIRE-topicCategory", bool(topics) and all(t in TOPIC_CATEGORIES for t in topics), "topic category missing or unknown")
        rule("INSPIRE-lineage", bool(_one(root, "gmd:dataQualityInfo/gmd:DQ_DataQuality/gmd:lineage/gmd:LI_Lineage/gmd:statement/*")),
             "no lineage statement")
        rule("INSPIRE-referenceSystem", root.find("gmd:referenceSystemInfo", NS) is not None, "no coordinate reference system")
        rule("INSPIRE-encoding", root.find("gmd:distributionInfo/gmd:MD_Distribution/gmd:distributionFormat", NS) is not None,
             "no distribution format (encoding)")
    poc = ident.find("gmd:pointOfContact/gmd:CI_ResponsibleParty", NS)
    rule("INSPIRE-responsibleParty", poc is not None and bool(_one(poc, "gmd:organisationName/*"))
         and bool(_one(poc, ".//gmd:electronicMailAddress/gco:CharacterString")),
         "responsible party needs an organisation name and an e-mail address")
    keywords = _all_text(ident, "gmd:descriptiveKeywords/gmd:MD_Keywords/gmd:keyword/*")
    rule("INSPIRE-keyword", any(keywords), "no keyword")
    theme_blocks = [b for b in ident.iterfind("gmd:descriptiveKeywords/gmd:MD_Keywords", NS)
                    if _one(b, "gmd:thesaurusName/gmd:CI_Citation/gmd:title/*") == INSPIRE_THESAURUS]
    labels = {label for label, _topic in INSPIRE_THEMES.values()}
    for block in theme_blocks:
        words = _all_text(block, "gmd:keyword/*")
        rule("INSPIRE-themeKeyword", all(w in labels for w in words), "a keyword of the INSPIRE themes thesaurus is not a theme name")
        date = _one(block, "gmd:thesaurusName/gmd:CI_Citation/gmd:date/gmd:CI_Date/gmd:date/*")
        rule("INSPIRE-themeThesaurusDate", date == "2008-06-01", "the INSPIRE themes thesaurus date must be 2008-06-01")
    if theme_blocks:
        rule("INSPIRE-conformity", root.find("gmd:dataQualityInfo/gmd:DQ_DataQuality/gmd:report", NS) is not None,
             "INSPIRE data need a degree of conformity with the interoperability regulation")
    box = ident.find(".//gmd:EX_GeographicBoundingBox", NS)
    if is_data:
        rule("INSPIRE-geographicBoundingBox", box is not None, "no geographic bounding box")
    if box is not None:
        try:
            west, east, south, north = (float(_one(box, "gmd:" + t + "/gco:Decimal")) for t in
                                        ("westBoundLongitude", "eastBoundLongitude", "southBoundLatitude", "northBoundLatitude"))
            rule("INSPIRE-boundingBoxValues", -180 <= west <= east <= 180 and -90 <= south <= north <= 90,
                 "bounding box out of range or west > east / south > north")
        except ValueError:
            problems.append(("INSPIRE-boundingBoxValues", "bounding box values are not numbers"))
    legal = list(ident.iterfind("gmd:resourceConstraints/gmd:MD_LegalConstraints", NS))
    access = [c for c in legal if c.find("gmd:accessConstraints", NS) is not None]
    use = [c for c in legal if c.find("gmd:useConstraints", NS) is not None]
    rule("INSPIRE-limitationsOnPublicAccess", bool(access) and any(_all_text(c, "gmd:otherConstraints/*") for c in access),
         "no limitations on public access (accessConstraints with otherConstraints)")
    rule("INSPIRE-conditionsForAccessAndUse", bool(use) and any(_all_text(c, "gmd:otherConstraints/*") for c in use),
         "no conditions for access and use (useConstraints with otherConstraints)")
    licence_blocks = []
    for text in (t for c in use for t in _all_text(c, "gmd:otherConstraints/*")):
        if text.startswith("{"):
            try:
                licence_blocks.append(json.loads(text))
            except ValueError:
                problems.append(("GDI-DE-licenceJson", "the licence JSON in otherConstraints is not valid JSON"))
    for block in licence_blocks:
        rule("GDI-DE-licenceJson", isinstance(block, dict) and all(block.get(k) for k in ("id", "name", "url")),
             "the licence JSON needs id, name and url")
    open_licence = any(isinstance(b, dict) and str(b.get("id", "")).startswith(("dl-", "cc-", "odbl")) for b in licence_blocks)
    rule("GDI-DE-opendataKeyword", not open_licence or "opendata" in keywords, "open data must carry the keyword 'opendata'")
    rule("GDI-DE-opendataNeedsLicence", "opendata" not in keywords or open_licence, "keyword 'opendata' without an open licence JSON")
    return problems


def schema_errors(data, schema_dir):
    """Messages of ISO 19139 XSD validation (gmd + gmx, from ``schema_dir`` = the 20070417 folder); [] when valid."""
    import os

    from lxml import etree

    wrapper = ('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:udt:iso19139-wrapper">'
               '<xs:import namespace="http://www.isotc211.org/2005/gmd" schemaLocation="{gmd}"/>'
               '<xs:import namespace="http://www.isotc211.org/2005/gmx" schemaLocation="{gmx}"/></xs:schema>').format(
        gmd=os.path.join(schema_dir, "gmd", "gmd.xsd"), gmx=os.path.join(schema_dir, "gmx", "gmx.xsd"))
    schema = etree.XMLSchema(etree.fromstring(wrapper.encode(), base_url=os.path.join(schema_dir, "wrapper.xsd")))
    root = parse_xml(data) if isinstance(data, (bytes, str)) else data
    if schema.validate(root):
        return []
    return ["line {}: {}".format(e.line, e.message) for e in schema.error_log]


def is_open_licence(spdx):
    return spdx in OPEN_LICENCES
