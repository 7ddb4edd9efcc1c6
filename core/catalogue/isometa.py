"""QGIS layer metadata ⇄ record ⇄ ISO 19139 file, for urbantwin:exportisometadata / importisometadata and for
CSW publications. Every field Urban Twin sets survives the round trip: identifier, title, abstract, type,
language, keywords per vocabulary (INSPIRE themes as such), categories (ISO topic categories), licence,
rights, contacts (name, organisation, position, role, e-mail, phone), CRS, extent, links, provenance.
"""

import json
import os
import re

from ..errors import UrbanTwinError
from ..i18n import tr
from .iso19139 import (
    FREE_VOCABULARIES,
    INSPIRE_THEME_URL,
    INSPIRE_THEMES,
    INSPIRE_THESAURUS,
    TOPIC_CATEGORIES,
    record_to_iso,
)
from .isoread import iso_to_record
from .record import ID_PATTERN, LICENSES, build_record, new_record_id, normalise_license, record_to_metadata

OTHER_CATEGORIES = "QGIS categories"


def category_to_topic(text):
    """'Planning Cadastre' (QGIS metadata editor) or 'planningCadastre' → the ISO code, else None."""
    words = re.split(r"[\s_]+", str(text).strip())
    code = words[0][:1].lower() + words[0][1:] + "".join(w[:1].upper() + w[1:] for w in words[1:]) if words and words[0] else ""
    return code if code in TOPIC_CATEGORIES else None


def topic_to_category(code):
    return " ".join(part[:1].upper() + part[1:] for part in re.findall(r"[a-z]+|[A-Z][a-z]*", code))


def _bbox_crs84(layer, metadata):
    if layer is not None:
        from .sync import layer_bbox_crs84

        box = layer_bbox_crs84(layer)
        if box:
            return box
    for spatial in metadata.extent().spatialExtents():
        from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle

        bounds = spatial.bounds
        rect = QgsRectangle(bounds.xMinimum(), bounds.yMinimum(), bounds.xMaximum(), bounds.yMaximum())
        if rect.isNull() or rect.isEmpty():
            continue
        crs = spatial.extentCrs if spatial.extentCrs.isValid() else QgsCoordinateReferenceSystem("EPSG:4326")
        box = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()).transformBoundingBox(rect)
        return (round(box.xMinimum(), 7), round(box.yMinimum(), 7), round(box.xMaximum(), 7), round(box.yMaximum(), 7))
    return None


def metadata_to_record(metadata, layer=None):
    """A record from a QgsLayerMetadata (+ the layer for CRS and extent)."""
    from ..provenance import PROVENANCE_VOCABULARY, read_from_metadata

    free, groups, themes = [], {}, []
    labels = {label: code for code, (label, _topic) in INSPIRE_THEMES.items()}
    for vocabulary, words in metadata.keywords().items():
        if vocabulary == PROVENANCE_VOCABULARY:
            continue
        if vocabulary == INSPIRE_THESAURUS:
            themes.extend(labels[w] for w in words if w in labels)
        elif vocabulary in FREE_VOCABULARIES:
            free.extend(words)
        else:
            groups[vocabulary] = list(words)
    topics, others = [], []
    for category in metadata.categories():
        (topics if category_to_topic(category) else others).append(category_to_topic(category) or category)
    if others:
        groups[OTHER_CATEGORIES] = others
    identifier = metadata.identifier() if ID_PATTERN.match(metadata.identifier() or "") else new_record_id()
    licences = metadata.licenses()
    spdx = normalise_license(licences[0]) if licences else "DL-DE-BY-2.0"
    record = build_record(metadata.title() or (layer.name() if layer is not None else identifier), metadata.abstract(), free,
                          bbox=_bbox_crs84(layer, metadata), license_id=spdx, provenance=read_from_metadata(metadata) or {},
                          record_id=identifier, record_type=metadata.type() or "dataset",
                          language=(metadata.language() or "de"),
                          themes=[{"concepts": [{"id": c, "url": INSPIRE_THEME_URL.format(c)} for c in themes],
                                   "scheme": "http://inspire.ec.europa.eu/theme"}] if themes else [])
    props = record["properties"]
    rights = [r for r in metadata.rights() if r and r != LICENSES.get(spdx, ("", ""))[0]]
    if rights:
        props["udt:rightsStatements"] = rights
    if groups:
        props["udt:keywordGroups"] = groups
    if topics:
        props["udt:topicCategories"] = topics
    crs = layer.crs() if layer is not None else metadata.crs()
    if crs.isValid():
        props["udt:crs"] = crs.authid()
    contacts = []
    for contact in metadata.contacts():
        item = {"name": contact.name, "organization": contact.organization, "roles": [contact.role or "pointOfContact"]}
        if contact.position:
            item["position"] = contact.position
        if contact.email:
            item["emails"] = [{"value": contact.email}]
        if contact.voice:
            item["phones"] = [{"value": contact.voice}]
        contacts.append(item)
    if contacts:
        props["contacts"] = contacts
    for link in metadata.links():
        record["links"].append({"rel": "related", "name": link.name, "protocol": link.type, "href": link.url,
                                **({"description": link.description} if link.description else {})})
    return record


def record_to_layer_metadata(record, metadata=None):
    """A QgsLayerMetadata with every field of the record (what import writes into the layer)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsLayerMetadata

    props = record.get("properties") or {}
    metadata = record_to_metadata(record, metadata or QgsLayerMetadata())
    keywords = {k: v for k, v in metadata.keywords().items() if k not in (INSPIRE_THESAURUS,)}
    keywords.pop(OTHER_CATEGORIES, None)
    for vocabulary, words in (props.get("udt:keywordGroups") or {}).items():
        if vocabulary != OTHER_CATEGORIES:
            keywords[vocabulary] = list(words)
    theme_codes = [c.get("id") for t in props.get("themes") or [] for c in (t or {}).get("concepts") or []]
    if any(code in INSPIRE_THEMES for code in theme_codes):
        keywords[INSPIRE_THESAURUS] = [INSPIRE_THEMES[code][0] for code in theme_codes if code in INSPIRE_THEMES]
    metadata.setKeywords(keywords)
    categories = [topic_to_category(code) for code in props.get("udt:topicCategories") or []]
    metadata.setCategories(categories + list((props.get("udt:keywordGroups") or {}).get(OTHER_CATEGORIES, [])))
    rights = list(props.get("udt:rightsStatements") or []) or ([props["rights"]] if props.get("rights") else [])
    metadata.setRights(rights)
    if props.get("udt:crs"):
        metadata.setCrs(QgsCoordinateReferenceSystem(props["udt:crs"]))
    contacts = []
    for item in props.get("contacts") or []:
        contact = QgsLayerMetadata.Contact(item.get("name") or "")
        contact.organization = item.get("organization") or ""
        contact.position = item.get("position") or ""
        contact.role = ",".join(item.get("roles") or [])
        contact.email = ((item.get("emails") or [{}])[0] or {}).get("value", "")
        contact.voice = ((item.get("phones") or [{}])[0] or {}).get("value", "")
        contacts.append(contact)
    metadata.setContacts(contacts)
    links = []
    for link in record.get("links") or []:
        if link.get("rel") == "license":
            continue
        ql = QgsLayerMetadata.Link(link.get("name") or link.get("rel", ""), link.get("protocol") or link.get("type", ""), link.get("href", ""))
        ql.description = link.get("description", "")
        ql.size = str(link.get("file:size", "") or "")
        links.append(ql)
    metadata.setLinks(links)
    return metadata


def layer_iso_bytes(layer):
    return record_to_iso(metadata_to_record(layer.metadata(), layer))


def export_layer_iso(layer, output):
    """Write the layer's metadata as ISO 19139 to ``output`` (atomic); returns the record id."""
    from ..atomic import atomic_path

    record = metadata_to_record(layer.metadata(), layer)
    data = record_to_iso(record)
    with atomic_path(output) as tmp:
        with open(tmp, "wb") as handle:
            handle.write(data)
    return record["id"]


def read_iso_file(path):
    if not os.path.isfile(path):
        raise UrbanTwinError(tr("The ISO metadata file does not exist."), path=path)
    with open(path, "rb") as handle:
        data = handle.read(50 * 1024 * 1024 + 1)
    if len(data) > 50 * 1024 * 1024:
        raise UrbanTwinError(tr("The ISO metadata file is larger than 50 MB; refused."), path=path)
    return iso_to_record(data, source=path)


def provenance_text(record):
    provenance = (record.get("properties") or {}).get("udt:provenance")
    return json.dumps(provenance, ensure_ascii=False, sort_keys=True) if provenance else ""
