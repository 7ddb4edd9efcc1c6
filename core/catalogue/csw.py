"""CSW 2.0.2 catalogue backend (GDI-DE Geodatenkatalog, state catalogues, GeoNetwork, pycsw): search with
ISO 19139 results, CSW-T Insert/Update/Delete for publishing. Written against pycsw 2.6.2.

Transport is the plugin's one HTTP stack (core/net: QGIS proxy, auth configurations, TLS verified,
timeouts); OWSLib (shipped with QGIS) builds the OGC filters. Records pass through the same dict model
as OGC API – Records (iso19139.py maps both ways), so the dock, the Browser, publish and fetch use this
backend unchanged. Rules of the other backends apply: a search is at most 15 s and never retried into
minutes; an answer that is not CSW XML (a proxy's HTML page, garbage) is a 'protocol' error that keeps an
outbox entry pending; every write is verified by reading the record back by its id (GetRecordById) and
comparing its content; ids are client-made, so a retried Insert finds its own record and succeeds.
"""

import urllib.parse

from lxml import etree

from ..i18n import tr
from ..net import HttpError, request
from .backend import CatalogueBackend, ConflictError, SearchPage, check_base
from .iso19139 import record_to_iso
from .isoread import iso_to_record, parse_xml
from .record import HASH_MEMBER, RecordError, check_record, client_copy, content_hash, now_iso, validate_id

CSW_NS = "http://www.opengis.net/cat/csw/2.0.2"
CSW30_NS = "http://www.opengis.net/cat/csw/3.0"
FES20_NS = "http://www.opengis.net/fes/2.0"
OGC_NS = "http://www.opengis.net/ogc"
OWS_NS = "http://www.opengis.net/ows"
GMD_SCHEMA = "http://www.isotc211.org/2005/gmd"
NSMAP = {"csw": CSW_NS, "csw30": CSW30_NS, "ogc": OGC_NS, "ows": OWS_NS, "gmd": GMD_SCHEMA}
# versions the servers offered, per endpoint URL, for this QGIS session (one GetCapabilities per catalogue)
_NEGOTIATED = {}
SEARCH_TIMEOUT_S = 15
XML_TYPES = ("application/xml", "text/xml", "application/vnd.ogc.se_xml")


class CSWServerError(HttpError):
    """The catalogue answered with an ows:ExceptionReport (it refused or could not do the request)."""


def _like_literal(text):
    # the user's words are literal text: escape the filter's own wildcard characters
    return "%{}%".format(text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))


def search_filter(bbox=None, q=None, datetime=None, record_type=None, version="2.0.2"):
    """The filter element of a search (OGC Filter 1.1 for CSW 2.0.2, FES 2.0 for CSW 3.0), or None; built with
    OWSLib's fes / fes2."""
    if version == "3.0.0":
        from owslib import fes2 as fes

        filter_ns = FES20_NS
    else:
        from owslib import fes

        filter_ns = OGC_NS

    parts = []
    if q:
        parts.append(fes.PropertyIsLike("csw:AnyText", _like_literal(q), wildCard="%", singleChar="_", escapeChar="\\"))
    if bbox:
        # CRS84: longitude first, whatever the server's EPSG:4326 axis order convention is
        parts.append(fes.BBox([bbox[0], bbox[1], bbox[2], bbox[3]], crs="urn:ogc:def:crs:OGC:1.3:CRS84"))
    if record_type:
        parts.append(fes.PropertyIsEqualTo("dc:type", record_type))
    if datetime:
        start, _sep, end = str(datetime).partition("/")
        if start and start != "..":
            parts.append(fes.PropertyIsGreaterThanOrEqualTo("dct:modified", start))
        if end and end != "..":
            parts.append(fes.PropertyIsLessThanOrEqualTo("dct:modified", end))
        if not _sep and start:
            parts[-1:] = [fes.PropertyIsGreaterThanOrEqualTo("dct:modified", start[:10]),
                          fes.PropertyIsLessThanOrEqualTo("dct:modified", start[:10] + "T23:59:59Z")]
    if not parts:
        return None
    node = parts[0] if len(parts) == 1 else fes.And(parts)
    wrapper = etree.Element("{%s}Filter" % filter_ns, nsmap={"ogc" if filter_ns == OGC_NS else "fes": filter_ns})
    wrapper.append(etree.fromstring(etree.tostring(node.toXML())))
    return wrapper


def _constraint(parent, filter_element):
    constraint = etree.SubElement(parent, "{%s}Constraint" % CSW_NS, version="1.1.0")
    constraint.append(filter_element)


def get_records_xml(filter_element, limit, offset, schema=GMD_SCHEMA):
    root = etree.Element("{%s}GetRecords" % CSW_NS, nsmap={"csw": CSW_NS, "ogc": OGC_NS, "gmd": GMD_SCHEMA},
                         service="CSW", version="2.0.2", resultType="results", startPosition=str(int(offset) + 1),
                         maxRecords=str(int(limit)), outputSchema=schema, outputFormat="application/xml")
    query = etree.SubElement(root, "{%s}Query" % CSW_NS, typeNames="csw:Record")
    etree.SubElement(query, "{%s}ElementSetName" % CSW_NS).text = "full"
    if filter_element is not None:
        _constraint(query, filter_element)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def get_records_xml30(filter_element, limit, offset, schema=GMD_SCHEMA):
    # CSW 3.0 has no resultType (results are the default)
    root = etree.Element("{%s}GetRecords" % CSW30_NS, nsmap={"csw30": CSW30_NS, "fes": FES20_NS, "gmd": GMD_SCHEMA},
                         service="CSW", version="3.0.0", startPosition=str(int(offset) + 1),
                         maxRecords=str(int(limit)), outputSchema=schema, outputFormat="application/xml")
    query = etree.SubElement(root, "{%s}Query" % CSW30_NS, typeNames="csw30:Record")
    etree.SubElement(query, "{%s}ElementSetName" % CSW30_NS).text = "full"
    if filter_element is not None:
        constraint = etree.SubElement(query, "{%s}Constraint" % CSW30_NS, version="2.0.0")
        constraint.append(filter_element)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def identifier_filter(record_id):
    from owslib import fes

    wrapper = etree.Element("{%s}Filter" % OGC_NS, nsmap={"ogc": OGC_NS})
    wrapper.append(etree.fromstring(etree.tostring(fes.PropertyIsEqualTo("apiso:Identifier", validate_id(record_id)).toXML())))
    return wrapper


def transaction_xml(operation, metadata_xml=None, record_id=None):
    root = etree.Element("{%s}Transaction" % CSW_NS, nsmap={"csw": CSW_NS, "ogc": OGC_NS}, service="CSW", version="2.0.2")
    action = etree.SubElement(root, "{%s}%s" % (CSW_NS, operation))
    if metadata_xml is not None:
        action.append(parse_xml(metadata_xml))
    else:
        action.set("typeName", "csw:Record")
        _constraint(action, identifier_filter(record_id))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


class CSWCatalogue(CatalogueBackend):
    kind = "csw"

    def __init__(self, url, authcfg=None, asset_store=None, name="", timeout_s=30, retries=3, version="auto"):
        self.url = url.strip()
        self.version = version  # search protocol: "auto" (3.0.0 where offered), "3.0.0" or "2.0.2"
        self.authcfg = authcfg or None
        self.asset_store = asset_store
        self.name = name or self.url
        self.timeout_s = timeout_s
        self.retries = retries

    # -- transport ---------------------------------------------------------------------------------------
    def _answer(self, response):
        """The parsed XML of a 2xx answer; 'protocol' error for a web page or garbage, CSWServerError for an
        ows:ExceptionReport."""
        body = response.body.lstrip()
        content_type = response.content_type()
        if content_type in ("text/html", "application/xhtml+xml") or body[:15].lower().startswith((b"<!doctype html", b"<html")):
            raise HttpError(tr("The server answered with a web page instead of catalogue data (a proxy login page?)."),
                            url=response.url, status=response.status, kind="protocol")
        try:
            root = parse_xml(body, response.url)
        except RecordError as err:
            raise HttpError(tr("The server's answer is not CSW XML: {}").format(err), url=response.url, status=response.status,
                            kind="protocol") from err
        if etree.QName(root).localname == "ExceptionReport":
            texts = [t.strip() for t in root.itertext() if t.strip()]
            raise CSWServerError(tr("The catalogue refused the request: {}").format("; ".join(texts)[:500] or "?"),
                                 url=response.url, status=response.status, kind="server")
        return root

    def _exception_report(self, err):
        """A 4xx answer with an ows:ExceptionReport (CSW 3.0 servers answer so) becomes a CSWServerError with its text."""
        if 400 <= err.status < 500 and err.body.lstrip()[:1] == b"<":
            from .record import RecordError as _RecordError

            try:
                root = parse_xml(err.body, err.url or self.url)
            except _RecordError:
                return err
            if etree.QName(root).localname == "ExceptionReport":
                texts = [t.strip() for t in root.itertext() if t.strip()]
                return CSWServerError(tr("The catalogue refused the request: {}").format("; ".join(texts)[:500] or "?"),
                                      url=err.url, status=err.status, kind="server")
        return err

    def _post(self, body, feedback=None, timeout_s=None, retries=None, idempotent=True):
        try:
            response = request("POST", self.url, body=body, headers={"Content-Type": "application/xml; charset=UTF-8",
                                                                     "Accept": "application/xml, text/xml"},
                               authcfg=self.authcfg, timeout_s=timeout_s or self.timeout_s,
                               retries=self.retries if retries is None else retries, idempotent=idempotent, feedback=feedback)
        except HttpError as err:
            raise self._exception_report(err) from err
        return self._answer(response)

    def _get(self, params, feedback=None, timeout_s=None, retries=None):
        url = "{}{}{}".format(self.url, "&" if "?" in self.url else "?", urllib.parse.urlencode(params))
        try:
            response = request("GET", url, headers={"Accept": "application/xml, text/xml"}, authcfg=self.authcfg,
                               timeout_s=timeout_s or self.timeout_s, retries=self.retries if retries is None else retries, feedback=feedback)
        except HttpError as err:
            raise self._exception_report(err) from err
        return self._answer(response)

    # -- reading -----------------------------------------------------------------------------------------
    def search_version(self, feedback=None):
        """CSW 3.0.0 when the server offers it (GetCapabilities with AcceptVersions=3.0.0 answers csw30:Capabilities),
        else 2.0.2. Asked once per endpoint and session; a server that cannot be reached raises as any search."""
        if self.version != "auto":
            return self.version
        if self.url not in _NEGOTIATED:
            try:
                root = self._get({"service": "CSW", "request": "GetCapabilities", "acceptversions": "3.0.0"}, feedback=feedback,
                                 timeout_s=min(SEARCH_TIMEOUT_S, self.timeout_s), retries=0)
                _NEGOTIATED[self.url] = "3.0.0" if root.tag == "{%s}Capabilities" % CSW30_NS else "2.0.2"
            except CSWServerError:
                _NEGOTIATED[self.url] = "2.0.2"  # "VersionNegotiationFailed": a 2.0.2-only catalogue
        return _NEGOTIATED[self.url]

    def search(self, bbox=None, q=None, datetime=None, record_type=None, limit=10, offset=0, feedback=None):
        """One page of ISO records as record dicts (CSW 3.0 where offered, else 2.0.2). Records that cannot be used
        (no id, unusable id) are left out and counted in ``page.skipped``."""
        version = self.search_version(feedback)
        if bbox and version == "3.0.0":
            # pycsw 2.6 refuses every GML envelope inside a CSW 3.0 filter (schema validation of the request), and a
            # server offering 3.0 also speaks 2.0.2: a map-extent search goes over 2.0.2
            version = "2.0.2"
        filter_element = search_filter(bbox, q, datetime, record_type, version=version)
        if version == "3.0.0":
            body = get_records_xml30(filter_element, limit, offset)
        else:
            body = get_records_xml(filter_element, limit, offset)
        # GetRecords is read-only: a POST that may be repeated, but a search is never retried into minutes
        root = self._post(body, feedback=feedback, timeout_s=min(SEARCH_TIMEOUT_S, self.timeout_s), retries=0)
        results = root.find("{%s}SearchResults" % (CSW30_NS if version == "3.0.0" else CSW_NS))
        if results is None:
            raise HttpError(tr("The server's answer is not a CSW search result (no csw:SearchResults)."), url=self.url, status=200,
                            kind="protocol")
        records, skipped = [], 0
        for element in results.iterfind("gmd:MD_Metadata", NSMAP):
            try:
                records.append(self._with_hash(check_record(iso_to_record(element, self.url))))
            except RecordError:
                skipped += 1  # a foreign record we cannot use must not break the list
        try:
            matched = int(results.get("numberOfRecordsMatched"))
        except (TypeError, ValueError):
            matched = None
        page = SearchPage(records, matched, offset, limit)
        try:
            next_record = int(results.get("nextRecord") or 0)
        except ValueError:
            next_record = 0
        returned = int(results.get("numberOfRecordsReturned") or len(records) + skipped)
        # paging follows what the server returned (skipped foreign records included), not what we kept
        page.next_offset = next_record - 1 if next_record > 0 and returned else None
        page.skipped = skipped
        page.protocol = "CSW " + version
        return page

    def get_xml(self, record_id, schema=GMD_SCHEMA, feedback=None):
        """The raw GetRecordById answer (lxml element) in ``schema`` (ISO by default; CSW_NS for Dublin Core)."""
        return self._get({"service": "CSW", "version": "2.0.2", "request": "GetRecordById", "id": validate_id(record_id),
                          "outputSchema": schema, "elementSetName": "full"}, feedback=feedback)

    def get(self, record_id, feedback=None, offline_ok=False):
        root = self.get_xml(record_id, feedback=feedback)
        element = root.find("gmd:MD_Metadata", NSMAP)
        if element is None:
            if etree.QName(root).localname != "GetRecordByIdResponse":
                raise HttpError(tr("The server's answer is not a CSW GetRecordById result."), url=self.url, status=200, kind="protocol")
            return None
        record = iso_to_record(element, self.url)
        if record["id"] != record_id:
            raise HttpError(tr("The server's answer is not the requested record."), url=self.url, status=200, kind="protocol")
        return self._with_hash(check_record(record))

    @staticmethod
    def _with_hash(record):
        record["properties"][HASH_MEMBER] = content_hash(record)
        return record

    # -- CSW-T ---------------------------------------------------------------------------------------------
    def _transaction(self, operation, count_name, metadata_xml=None, record_id=None, feedback=None):
        root = self._post(transaction_xml(operation, metadata_xml, record_id), feedback=feedback)
        summary = root.find("csw:TransactionSummary", NSMAP)
        if summary is None:
            raise HttpError(tr("The server's answer is not a CSW transaction response."), url=self.url, status=200, kind="protocol")
        try:
            return int(summary.findtext("csw:" + count_name, default="0", namespaces=NSMAP))
        except ValueError:
            return 0

    def _verify(self, record_id, expected, feedback):
        stored = self.get(record_id, feedback=feedback)
        if stored is None:
            raise HttpError(tr("The catalogue confirmed the record but does not return it by its id."), url=self.url, status=200,
                            kind="protocol")
        if content_hash(stored) != content_hash(expected):
            raise HttpError(tr("The catalogue returns the record with a different content."), url=self.url, status=200, kind="protocol")
        return stored

    def create(self, record, feedback=None):
        """CSW-T Insert of the record as ISO 19139; verified by reading it back. A retry (lost answer) finds the
        same content under the client-made id and succeeds; another content under the id is a conflict."""
        record = check_record(client_copy(record))
        metadata_xml = record_to_iso(record)
        expected = iso_to_record(metadata_xml)
        try:
            inserted = self._transaction("Insert", "totalInserted", metadata_xml=metadata_xml, feedback=feedback)
        except CSWServerError as err:
            existing = self.get(record["id"], feedback=feedback)
            if existing is None:
                raise
            if content_hash(existing) != content_hash(expected):
                raise ConflictError(record["id"], message=tr("A different record with this id already exists in the catalogue.")) from err
            return record
        if inserted != 1:
            raise HttpError(tr("The catalogue reports {} inserted records instead of 1.").format(inserted), url=self.url, status=200,
                            kind="protocol")
        self._verify(record["id"], expected, feedback)
        return record

    def replace(self, record_id, record, base_token, feedback=None):
        record = check_record(client_copy(record))
        if record["id"] != record_id:
            raise RecordError(tr("The record id does not match the id it replaces."), obj=record_id)
        current = self.get(record_id, feedback=feedback)
        if current is None:
            raise RecordError(tr("The record no longer exists in the catalogue."), obj=record_id)
        check_base(record_id, current, base_token)
        record["properties"]["updated"] = now_iso()
        metadata_xml = record_to_iso(record)
        expected = iso_to_record(metadata_xml)
        updated = self._transaction("Update", "totalUpdated", metadata_xml=metadata_xml, feedback=feedback)
        if updated != 1:
            raise HttpError(tr("The catalogue reports {} updated records instead of 1.").format(updated), url=self.url, status=200,
                            kind="protocol")
        return self._verify(record_id, expected, feedback)

    def delete(self, record_id, base_token=None, feedback=None):
        current = self.get(record_id, feedback=feedback)
        if current is None:
            return False
        check_base(record_id, current, base_token)
        self._transaction("Delete", "totalDeleted", record_id=record_id, feedback=feedback)
        if self.get(record_id, feedback=feedback) is not None:
            raise HttpError(tr("The catalogue confirmed the deletion but still returns the record."), url=self.url, status=200,
                            kind="protocol")
        return True

    def capabilities(self):
        return {"transactions": True, "etag": False, "patch": False, "q_fields": ["anytext"]}
