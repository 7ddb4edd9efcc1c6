"""The catalogue record: an OGC API – Records 1.0 GeoJSON record as a plain dict.

Project-specific members use the ``udt:`` prefix (``udt:version``, ``udt:contentHash``,
``udt:provenance``). The data asset is a ``rel=enclosure`` link with ``file:checksum`` (SHA-256
multihash ``1220<hex>``) and ``file:size``. Mapping to QgsLayerMetadata both ways lets a
published GeoPackage describe itself.
"""

import copy
import datetime
import hashlib
import json
import re
import uuid

from ..errors import UrbanTwinError
from ..i18n import tr

ID_PREFIX = "urn:udt:result:"
ID_PATTERN = re.compile(r"^[A-Za-z0-9:._-]{1,200}$")
GPKG_MEDIA_TYPE = "application/geopackage+sqlite3"
CONFORMS = "http://www.opengis.net/spec/ogcapi-records-1/1.0/req/record-core"
# links a server adds on its own; stripped before writing back (pygeoapi persists them otherwise)
SERVER_LINK_RELS = frozenset({"self", "root", "alternate", "collection", "items"})
SERVER_ONLY_PROPERTIES = frozenset({"_metadata-anytext"})
HASH_MEMBER = "udt:contentHash"

# SPDX id → (German name, human-readable URL). Translated display names come from license_choices().
LICENSES = {
    "DL-DE-BY-2.0": ("Datenlizenz Deutschland – Namensnennung – Version 2.0", "https://www.govdata.de/dl-de/by-2-0"),
    "DL-DE-ZERO-2.0": ("Datenlizenz Deutschland – Zero – Version 2.0", "https://www.govdata.de/dl-de/zero-2-0"),
    "CC-BY-4.0": ("Creative Commons Namensnennung 4.0 International", "https://creativecommons.org/licenses/by/4.0/"),
    "CC0-1.0": ("Creative Commons Zero 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    "ODbL-1.0": ("Open Data Commons Open Database License 1.0", "https://opendatacommons.org/licenses/odbl/1-0/"),
    "proprietary": ("Nur für den internen Gebrauch", ""),
}
LICENSE_IDS = list(LICENSES)


class RecordError(UrbanTwinError):
    """A record (from a file or a server) is not a usable catalogue record."""


def license_choices():
    """(SPDX id, translated label) in the order of the LICENSE enum of urbantwin:publish."""
    return [
        ("DL-DE-BY-2.0", tr("Data licence Germany – attribution – 2.0 (dl-de/by-2.0)")),
        ("DL-DE-ZERO-2.0", tr("Data licence Germany – zero – 2.0 (dl-de/zero-2.0)")),
        ("CC-BY-4.0", tr("Creative Commons Attribution 4.0 (CC BY 4.0)")),
        ("CC0-1.0", tr("Creative Commons Zero 1.0 (CC0)")),
        ("ODbL-1.0", tr("Open Database License 1.0 (ODbL)")),
        ("proprietary", tr("Internal use only (no open licence)")),
    ]


def normalise_license(text):
    """Map 'dl-de/by-2.0', 'DL-DE-BY-2.0' or a licence URL onto an SPDX id; unknown text stays as is."""
    if not text:
        return None
    key = str(text).strip()
    squashed = re.sub(r"[^a-z0-9]", "", key.lower())
    for spdx, (_name, url) in LICENSES.items():
        if squashed == re.sub(r"[^a-z0-9]", "", spdx.lower()) or (url and key.rstrip("/") == url.rstrip("/")):
            return spdx
    aliases = {"dldeby20": "DL-DE-BY-2.0", "dldezero20": "DL-DE-ZERO-2.0"}
    return aliases.get(squashed, key)


def now_iso():
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def new_record_id():
    return ID_PREFIX + str(uuid.uuid4())


def validate_id(record_id):
    """Record ids are client-made and restricted, so they are safe in URLs, file names and SQL."""
    if not isinstance(record_id, str) or not ID_PATTERN.match(record_id):
        raise RecordError(tr("Invalid record id (allowed: letters, digits and : . _ -)."), obj=str(record_id)[:80])
    return record_id


def sha256_file(path, chunk=1 << 20):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(chunk), b""):
            digest.update(block)
    return digest.hexdigest()


def multihash(sha256_hex):
    return "1220" + sha256_hex


def sha256_from_checksum(checksum):
    """The hex SHA-256 from a ``file:checksum`` multihash (or a plain / 'sha256:' hex)."""
    if not checksum:
        return None
    text = str(checksum).lower()
    if text.startswith("sha256:"):
        text = text[7:]
    if len(text) == 68 and text.startswith("1220"):
        text = text[4:]
    return text if re.fullmatch(r"[0-9a-f]{64}", text) else None


def bbox_polygon(bbox):
    """A CRS84 bbox as a CCW polygon starting at (minx, miny), third vertex (maxx, maxy) (MetaSearch reads those)."""
    minx, miny, maxx, maxy = bbox
    return {"type": "Polygon", "coordinates": [[[minx, miny], [maxx, miny], [maxx, maxy], [minx, maxy], [minx, miny]]]}


def record_bbox(record):
    """(minx, miny, maxx, maxy) of the record geometry, or None when it has none."""
    geometry = record.get("geometry") if isinstance(record, dict) else None
    if not isinstance(geometry, dict):
        return None
    xs, ys = [], []

    def walk(coords):
        if isinstance(coords, (list, tuple)) and len(coords) >= 2 and all(isinstance(c, (int, float)) for c in coords[:2]):
            xs.append(float(coords[0]))
            ys.append(float(coords[1]))
        elif isinstance(coords, (list, tuple)):
            for item in coords:
                walk(item)

    walk(geometry.get("coordinates"))
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def build_record(title, description="", keywords=None, bbox=None, time_interval=None, license_id="DL-DE-BY-2.0", publisher=None,
                 provenance=None, themes=None, record_id=None, version=1, predecessor_id=None, record_type="dataset", language="de"):
    """A new record dict (without asset link and hash; see attach_asset / finalise)."""
    record_id = validate_id(record_id or new_record_id())
    if not title or not str(title).strip():
        raise RecordError(tr("A record needs a title."), obj=record_id)
    stamp = now_iso()
    interval = list(time_interval) if time_interval else [stamp[:10], stamp[:10]]
    spdx = normalise_license(license_id) or "DL-DE-BY-2.0"
    properties = {
        "type": record_type,
        "title": str(title),
        "description": str(description or ""),
        "language": {"code": language},
        "keywords": [str(k) for k in (keywords or []) if str(k).strip()],
        "themes": themes or [],
        "license": spdx,
        "rights": LICENSES.get(spdx, (spdx, ""))[0],
        "created": stamp,
        "updated": stamp,
        "contacts": [{"organization": publisher, "roles": ["publisher"]}] if publisher else [],
        "formats": [{"name": "GeoPackage", "mediaType": GPKG_MEDIA_TYPE}],
        "extent": {"temporal": {"interval": interval}},
        "udt:version": int(version),
        "udt:provenance": provenance or {},
    }
    links = []
    url = LICENSES.get(spdx, ("", ""))[1]
    if url:
        links.append({"rel": "license", "type": "text/html", "href": url, "title": properties["rights"]})
    if predecessor_id:
        links.append({"rel": "predecessor-version", "type": "application/geo+json", "href": validate_id(predecessor_id)})
    # never a null geometry: pygeoapi answers 500 to every later bbox query; whole world as fallback
    geometry = bbox_polygon(bbox if bbox else (-180.0, -90.0, 180.0, 90.0))
    return {"id": record_id, "type": "Feature", "conformsTo": [CONFORMS], "time": {"interval": interval},
            "geometry": geometry, "properties": properties, "links": links}


def attach_asset(record, href, sha256_hex, size, title=None):
    """Set (replace) the enclosure link of the data asset."""
    record["links"] = [link for link in record.get("links", []) if link.get("rel") != "enclosure"]
    record["links"].insert(0, {"rel": "enclosure", "type": GPKG_MEDIA_TYPE, "title": title or tr("Result (GeoPackage)"),
                               "href": href, "length": int(size), "file:checksum": multihash(sha256_hex), "file:size": int(size)})
    return record


def enclosure(record):
    for link in (record or {}).get("links") or []:
        if isinstance(link, dict) and link.get("rel") == "enclosure":
            return link
    return None


def predecessor_id(record):
    for link in (record or {}).get("links") or []:
        if isinstance(link, dict) and link.get("rel") == "predecessor-version":
            return link.get("href", "").rsplit("/", 1)[-1] or None
    return None


def client_copy(record):
    """The client-owned part of a record: server links and server-only properties stripped, HTML unescaped."""
    clean = copy.deepcopy(record)
    clean["links"] = [link for link in clean.get("links") or [] if isinstance(link, dict) and link.get("rel") not in SERVER_LINK_RELS]
    props = clean.get("properties") or {}
    for key in SERVER_ONLY_PROPERTIES:
        props.pop(key, None)
    return _unescape(clean)


def _unescape(value):
    # pygeoapi 0.24 returns '<' and '>' escaped in stored strings; '&' and quotes are untouched
    if isinstance(value, str):
        return value.replace("&lt;", "<").replace("&gt;", ">")
    if isinstance(value, list):
        return [_unescape(v) for v in value]
    if isinstance(value, dict):
        return {k: _unescape(v) for k, v in value.items()}
    return value


def content_hash(record):
    """'sha256:<hex>' over the canonical client-owned JSON (sorted keys, without the hash itself)."""
    clean = client_copy(record)
    clean.get("properties", {}).pop(HASH_MEMBER, None)
    text = json.dumps(clean, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def finalise(record):
    """Stamp the content hash; call after the last client-side change."""
    record["properties"][HASH_MEMBER] = content_hash(record)
    return record


def version_token(record):
    """What compare-before-write compares (no server here sends an ETag)."""
    props = (record or {}).get("properties") or {}
    return {"updated": props.get("updated"), "version": props.get("udt:version"), "hash": props.get(HASH_MEMBER)}


def check_record(record, source=""):
    """Schema check of JSON from a file or server: a bad record raises RecordError, never a KeyError."""
    if not isinstance(record, dict):
        raise RecordError(tr("Not a catalogue record (JSON object expected)."), path=source or None)
    record_id = record.get("id")
    validate_id(record_id)
    props = record.get("properties")
    if not isinstance(props, dict) or not isinstance(props.get("title"), str):
        raise RecordError(tr("The record has no title."), path=source or None, obj=record_id)
    return record


def summary(record):
    """What a result list shows: id, title, date, licence, provenance algorithm."""
    props = record.get("properties") or {}
    provenance = props.get("udt:provenance") or {}
    link = enclosure(record) or {}
    return {
        "id": record.get("id"),
        "title": props.get("title", ""),
        "description": props.get("description", ""),
        "updated": props.get("updated") or props.get("created") or "",
        "license": props.get("license") or "",
        "algorithm": provenance.get("algorithm", "") if isinstance(provenance, dict) else "",
        "version": props.get("udt:version"),
        "keywords": props.get("keywords") or [],
        "bbox": record_bbox(record),
        "size": link.get("file:size") or link.get("length"),
    }


# --- QgsLayerMetadata mapping ----------------------------------------------------------------------------

def metadata_to_fields(metadata):
    """Publication form defaults from a layer's QgsLayerMetadata: title, description, keywords, licence, provenance."""
    from ..provenance import PROVENANCE_VOCABULARY, read_from_metadata

    keywords = []
    for vocabulary, words in metadata.keywords().items():
        if vocabulary != PROVENANCE_VOCABULARY:
            keywords.extend(words)
    licences = metadata.licenses()
    return {
        "title": metadata.title(),
        "description": metadata.abstract(),
        "keywords": keywords,
        "license": normalise_license(licences[0]) if licences else None,
        "provenance": read_from_metadata(metadata),
        "identifier": metadata.identifier(),
    }


def record_to_metadata(record, metadata=None):
    """Write the record into a QgsLayerMetadata (identifier, title, abstract, keywords, licence, rights,
    contacts, extent, links, provenance as history), so a GeoPackage or a loaded layer describes itself."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsLayerMetadata, QgsRectangle

    from ..provenance import PROVENANCE_VOCABULARY

    metadata = metadata or QgsLayerMetadata()
    props = record.get("properties") or {}
    metadata.setIdentifier(record.get("id", ""))
    metadata.setTitle(props.get("title", ""))
    metadata.setAbstract(props.get("description", ""))
    metadata.setType(props.get("type", "dataset"))
    metadata.setLanguage((props.get("language") or {}).get("code", "") if isinstance(props.get("language"), dict) else "")
    keywords = {k: v for k, v in metadata.keywords().items() if k == PROVENANCE_VOCABULARY}
    if props.get("keywords"):
        keywords["udt:keywords"] = list(props["keywords"])
    metadata.setKeywords(keywords)
    if props.get("license"):
        metadata.setLicenses([props["license"]])
    if props.get("rights"):
        metadata.setRights([props["rights"]])
    contacts = []
    for contact in props.get("contacts") or []:
        qc = QgsLayerMetadata.Contact(contact.get("name", "") or contact.get("organization", ""))
        qc.organization = contact.get("organization", "")
        qc.role = ",".join(contact.get("roles") or [])
        contacts.append(qc)
    metadata.setContacts(contacts)
    bbox = record_bbox(record)
    if bbox:
        extent = QgsLayerMetadata.Extent()
        spatial = QgsLayerMetadata.SpatialExtent()
        spatial.extentCrs = QgsCoordinateReferenceSystem("EPSG:4326")
        from qgis.core import QgsBox3d

        spatial.bounds = QgsBox3d(QgsRectangle(*bbox))
        extent.setSpatialExtents([spatial])
        metadata.setExtent(extent)
    links = []
    for link in record.get("links") or []:
        ql = QgsLayerMetadata.Link(link.get("rel", ""), link.get("type", ""), link.get("href", ""))
        ql.size = str(link.get("file:size", "") or "")
        links.append(ql)
    metadata.setLinks(links)
    provenance = props.get("udt:provenance")
    if provenance:
        text = json.dumps(provenance, ensure_ascii=False, sort_keys=True)
        if text not in metadata.history():
            metadata.addHistoryItem(text)
        keywords = metadata.keywords()
        keywords[PROVENANCE_VOCABULARY] = [text]
        metadata.setKeywords(keywords)
    metadata.addHistoryItem("udt:record " + json.dumps({"id": record.get("id"), "udt:version": props.get("udt:version"),
                                                        "updated": props.get("updated")}, ensure_ascii=False))
    return metadata
