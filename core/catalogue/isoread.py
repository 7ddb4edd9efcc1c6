"""ISO 19139 (``gmd:MD_Metadata``) → catalogue record: our own publications and foreign SDI records (GDI-DE
conventions, service records, gmx:Anchor keywords, the GDI-DE licence JSON). Hostile-input safe: no entities,
no network, no DTD. The writer and the shared constants live in iso19139.py.
"""

import json
import re

from lxml import etree

from ..i18n import tr
from .iso19139 import GDIDE_LICENCE_IDS, INSPIRE_THEME_URL, INSPIRE_THEMES, LANGUAGES_2_TO_3, NO_LIMITATIONS, NS, _q
from .record import GPKG_MEDIA_TYPE, LICENSES, RecordError, bbox_polygon, multihash, normalise_license


def safe_parser():
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True)


def parse_xml(data, source=""):
    try:
        return etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as err:
        raise RecordError(tr("Not readable XML: {}").format(err), path=source or None) from err


def _text(node, path):
    found = node.find(path, NS) if node is not None else None
    if found is None:
        return ""
    inner = found.find("gco:CharacterString", NS)
    if inner is None:
        inner = found.find("gmx:Anchor", NS)
    if inner is None:
        children = [c for c in found if isinstance(c.tag, str)]
        inner = children[0] if children else found  # gco:Decimal, gco:Date, gmd:URL …
    return (inner.text or "").strip()


def _texts(node, path):
    return [(e.text or "").strip() for e in node.iterfind(path, NS) if (e.text or "").strip()]


def _date_of(node):
    for tag in ("gco:DateTime", "gco:Date"):
        found = node.find(tag, NS)
        if found is not None and (found.text or "").strip():
            value = found.text.strip()
            return value + "Z" if tag == "gco:DateTime" and not re.search(r"(Z|[+-]\d\d:?\d\d)$", value) else value
    return ""


def _parse_contact(party):
    contact = {"organization": _text(party, "gmd:organisationName")}
    if _text(party, "gmd:individualName"):
        contact["name"] = _text(party, "gmd:individualName")
    if _text(party, "gmd:positionName"):
        contact["position"] = _text(party, "gmd:positionName")
    emails = _texts(party, "gmd:contactInfo/gmd:CI_Contact/gmd:address/gmd:CI_Address/gmd:electronicMailAddress/gco:CharacterString")
    if emails:
        contact["emails"] = [{"value": e} for e in emails]
    phones = _texts(party, "gmd:contactInfo/gmd:CI_Contact/gmd:phone/gmd:CI_Telephone/gmd:voice/gco:CharacterString")
    if phones:
        contact["phones"] = [{"value": p} for p in phones]
    role = party.find("gmd:role/gmd:CI_RoleCode", NS)
    contact["roles"] = [role.get("codeListValue") or (role.text or "").strip()] if role is not None else []
    return contact


def iso_to_record(data, source=""):
    """A record dict from ISO 19139 (bytes or an lxml element whose root or child is gmd:MD_Metadata)."""
    root = parse_xml(data, source) if isinstance(data, (bytes, str)) else data
    if root.tag != _q("gmd:MD_Metadata"):
        found = root.find(".//gmd:MD_Metadata", NS)
        if found is None:
            raise RecordError(tr("Not ISO 19139 metadata (no gmd:MD_Metadata)."), path=source or None)
        root = found
    record_id = _text(root, "gmd:fileIdentifier")
    ident = root.find("gmd:identificationInfo/*", NS)
    if not record_id or ident is None:
        raise RecordError(tr("The ISO metadata has no file identifier or no identification section."), path=source or None, obj=record_id)
    citation = ident.find("gmd:citation/gmd:CI_Citation", NS)
    dates = {}
    for ci_date in citation.iterfind("gmd:date/gmd:CI_Date", NS) if citation is not None else []:
        code = ci_date.find("gmd:dateType/gmd:CI_DateTypeCode", NS)
        dates[code.get("codeListValue") if code is not None else ""] = _date_of(ci_date.find("gmd:date", NS))
    stamp = _date_of(root.find("gmd:dateStamp", NS)) if root.find("gmd:dateStamp", NS) is not None else ""
    keywords, groups, themes = [], {}, []
    for block in ident.iterfind("gmd:descriptiveKeywords/gmd:MD_Keywords", NS):
        words = [(e.text or "").strip() for e in block.iterfind("gmd:keyword/*", NS) if (e.text or "").strip()]
        thesaurus = _text(block, "gmd:thesaurusName/gmd:CI_Citation/gmd:title")
        if thesaurus.lower().startswith("gemet - inspire themes"):
            labels = {label: code for code, (label, _t) in INSPIRE_THEMES.items()}
            for anchor_or_text in block.iterfind("gmd:keyword/*", NS):
                code = (anchor_or_text.get(_q("xlink:href")) or "").rstrip("/").rsplit("/", 1)[-1] or labels.get((anchor_or_text.text or "").strip())
                if code in INSPIRE_THEMES:
                    themes.append({"id": code, "url": INSPIRE_THEME_URL.format(code)})
        elif thesaurus:
            groups.setdefault(thesaurus, []).extend(words)
        else:
            keywords.extend(w for w in words if w != "opendata")
    licence, rights = None, None
    for constraint in ident.iterfind("gmd:resourceConstraints/*", NS):
        for other in constraint.iterfind("gmd:otherConstraints/*", NS):
            text = (other.text or "").strip()
            if text.startswith("{"):
                try:
                    block = json.loads(text)
                except ValueError:
                    continue
                by_gdide = {v: k for k, v in GDIDE_LICENCE_IDS.items()}
                licence = by_gdide.get(str(block.get("id")), None) or normalise_license(block.get("url")) or licence
                rights = rights or block.get("name")
            elif text and other.get(_q("xlink:href")) != NO_LIMITATIONS and licence is None:
                url = re.search(r"https?://\S+?(?=\)|\s|$)", text)
                candidate = normalise_license(url.group(0)) if url else None
                if candidate in LICENSES:
                    licence = candidate
                rights = rights or re.sub(r"\s*\(https?://[^)]*\)$", "", text)
    limitations = _texts(ident, "gmd:resourceConstraints/*/gmd:useLimitation/gco:CharacterString")
    if licence is None:
        for limitation in limitations:
            url = re.search(r"https?://\S+?(?=\)|\s|$)", limitation)
            if url and normalise_license(url.group(0)) in LICENSES:
                licence = normalise_license(url.group(0))
                break
    licence_name, licence_url = LICENSES.get(licence, ("", ""))
    licence_text = "{}{}".format(licence_name, " ({})".format(licence_url) if licence_url else "")
    statements = [t for t in limitations if t != licence_text and not (licence_url and licence_url in t)]
    box = ident.find(".//gmd:EX_GeographicBoundingBox", NS)
    geometry = None
    if box is not None:
        try:
            values = [float(_text(box, "gmd:" + t)) for t in ("westBoundLongitude", "southBoundLatitude", "eastBoundLongitude", "northBoundLatitude")]
            geometry = bbox_polygon(values)
        except ValueError:
            geometry = None
    interval = None
    period = ident.find(".//gmd:EX_TemporalExtent/gmd:extent/gml:TimePeriod", NS)
    if period is not None:
        interval = [_texts(period, "gml:beginPosition")[:1] or [""], _texts(period, "gml:endPosition")[:1] or [""]]
        interval = [interval[0][0], interval[1][0]]
    lineage = root.find("gmd:dataQualityInfo/gmd:DQ_DataQuality/gmd:lineage/gmd:LI_Lineage", NS)
    provenance = {}
    for rationale in (lineage.iterfind("gmd:processStep/gmd:LI_ProcessStep/gmd:rationale/gco:CharacterString", NS) if lineage is not None else []):
        try:
            provenance = json.loads(rationale.text or "")
            break
        except ValueError:
            continue
    links = []
    for online in root.iterfind("gmd:distributionInfo/gmd:MD_Distribution/gmd:transferOptions/gmd:MD_DigitalTransferOptions/gmd:onLine/gmd:CI_OnlineResource", NS):
        href = _texts(online, "gmd:linkage/gmd:URL")
        if not href:
            continue
        protocol = _text(online, "gmd:protocol")
        link = {"href": href[0], "protocol": protocol}
        if _text(online, "gmd:name"):
            link["name"] = link["title"] = _text(online, "gmd:name")
        description = _text(online, "gmd:description")
        match = re.match(r"^SHA-256: ([0-9a-f]{64}); Bytes: (\d*)$", description)
        function = online.find("gmd:function/gmd:CI_OnLineFunctionCode", NS)
        function = function.get("codeListValue") if function is not None else ""
        if match:
            link.update({"rel": "enclosure", "type": GPKG_MEDIA_TYPE, "file:checksum": multihash(match.group(1))})
            if match.group(2):
                link["file:size"] = link["length"] = int(match.group(2))
        elif service_kind(protocol, href[0]):
            link["rel"] = "service"
            if description:
                link["description"] = description
        else:
            link["rel"] = "enclosure" if function == "download" or "DOWNLOAD" in protocol.upper() else "related"
            if description:
                link["description"] = description
        links.append(link)
    formats = [{"name": _text(f, "gmd:name"), **({"version": _text(f, "gmd:version")} if _text(f, "gmd:version") else {})}
               for f in root.iterfind("gmd:distributionInfo/gmd:MD_Distribution/gmd:distributionFormat/gmd:MD_Format", NS)]
    for fmt in formats:
        if fmt["name"] == "GeoPackage":
            fmt["mediaType"] = GPKG_MEDIA_TYPE
            if fmt.get("version") == "1.2":
                fmt.pop("version")
    scope = root.find("gmd:hierarchyLevel/gmd:MD_ScopeCode", NS)
    language = root.find("gmd:language/gmd:LanguageCode", NS)
    lang3 = (language.get("codeListValue") if language is not None else "") or "ger"
    lang2 = {v: k for k, v in LANGUAGES_2_TO_3.items()}.get(lang3, lang3)
    crs = _text(root, "gmd:referenceSystemInfo/gmd:MD_ReferenceSystem/gmd:referenceSystemIdentifier/gmd:RS_Identifier/gmd:code")
    contacts = [_parse_contact(p) for p in ident.iterfind("gmd:pointOfContact/gmd:CI_ResponsibleParty", NS)]
    edition = _text(citation, "gmd:edition")
    props = {
        "type": scope.get("codeListValue") if scope is not None else "dataset",
        "title": _text(citation, "gmd:title"),
        "description": _text(ident, "gmd:abstract"),
        "language": {"code": lang2},
        "keywords": keywords,
        "themes": [{"concepts": themes, "scheme": "http://inspire.ec.europa.eu/theme"}] if themes else [],
        "created": dates.get("creation") or dates.get("publication") or stamp,
        "updated": dates.get("revision") or dates.get("creation") or stamp,
        "contacts": contacts,
        "formats": formats,
        "udt:topicCategories": _texts(ident, "gmd:topicCategory/gmd:MD_TopicCategoryCode"),
    }
    if licence:
        props["license"] = licence
    if rights or licence in LICENSES:
        props["rights"] = LICENSES[licence][0] if licence in LICENSES else rights
    if groups:
        props["udt:keywordGroups"] = groups
    if statements:
        props["udt:rightsStatements"] = statements
    if crs:
        props["udt:crs"] = crs
    if edition.isdigit():
        props["udt:version"] = int(edition)
    if interval:
        props["extent"] = {"temporal": {"interval": interval}}
    props["udt:provenance"] = provenance
    if licence in LICENSES and LICENSES[licence][1]:
        links.append({"rel": "license", "type": "text/html", "href": LICENSES[licence][1], "title": LICENSES[licence][0]})
    record = {"id": record_id, "type": "Feature", "time": {"interval": interval} if interval else None,
              "geometry": geometry, "properties": props, "links": links}
    return record


def service_kind(protocol, href=""):
    """'wms', 'wfs', 'oapif' or None for a link's protocol (GDI-DE/INSPIRE and MetaSearch spellings)."""
    text = (protocol or "").upper()
    if "WMS" in text or "SERVICE=WMS" in (href or "").upper():
        return "wms"
    if "WFS" in text or "SERVICE=WFS" in (href or "").upper():
        return "wfs"
    if "OGC API" in text and "FEATURES" in text or "OGCAPI" in text.replace(" ", "") or "OAPIF" in text:
        return "oapif"
    return None
