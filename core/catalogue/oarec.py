"""OGC API – Records client (search, get, create, replace, delete), written against pygeoapi 0.24.

Client rules from the server's observed quirks (docs: ../shared/reference/catalogue.md §3.1):
create/replace always ``application/geo+json`` (plain JSON is taken as a CQL search); never a null
geometry; PUT drops the full-text field, so we send ``_metadata-anytext`` ourselves and GET after
PUT (a PUT to a missing id is a silent no-op); a duplicate POST answers 500, so after a 500 we GET
the id and compare ``udt:contentHash``; server links are stripped before writing back; ``<``/``>``
come back HTML-escaped and are unescaped before comparing.
"""

import json
import urllib.parse

from ..i18n import tr
from ..net import HttpError, request
from .backend import CatalogueBackend, ConflictError, SearchPage, check_base
from .record import HASH_MEMBER, RecordError, check_record, client_copy, content_hash, now_iso, validate_id

GEOJSON = "application/geo+json"
SEARCH_TIMEOUT_S = 15


class OARecCatalogue(CatalogueBackend):
    kind = "oarec"

    def __init__(self, collection_url, authcfg=None, asset_store=None, name="", timeout_s=30, retries=3, index_dir=None):
        self.url = collection_url.rstrip("/")
        self.authcfg = authcfg or None
        self.asset_store = asset_store
        self.name = name or self.url
        self.timeout_s = timeout_s
        self.retries = retries
        self._index_dir = index_dir
        self._index = None

    def _protocol_error(self, message, url=None, status=200):
        return HttpError(message, url=url or self.url, status=status, kind="protocol")

    def _json_answer(self, response):
        """The JSON of a 2xx answer, or a 'protocol' HttpError for anything else (a proxy's HTML login page
        answers 200 too)."""
        self._check_not_a_web_page(response)
        return response.json()

    def _check_not_a_web_page(self, response):
        if response.content_type() in ("text/html", "application/xhtml+xml") or response.body.lstrip()[:1] == b"<":
            raise self._protocol_error(tr("The server answered with a web page instead of catalogue data (a proxy login page?)."),
                                       url=response.url, status=response.status)

    def _item_url(self, record_id):
        return "{}/items/{}".format(self.url, urllib.parse.quote(validate_id(record_id), safe=""))

    def _call(self, method, url, body=None, feedback=None, idempotent=None, accept=GEOJSON, timeout_s=None):
        headers = {"Accept": "{}, application/json".format(accept)}
        data = None
        if body is not None:
            headers["Content-Type"] = GEOJSON
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        return request(method, url, body=data, headers=headers, authcfg=self.authcfg, timeout_s=timeout_s or self.timeout_s,
                       retries=self.retries, idempotent=idempotent, feedback=feedback)

    def _offline_index(self):
        """Private SQLite copy of every record this client has seen: search and load keep working offline."""
        if self._index is None:
            import hashlib
            import os

            from ..paths import profile_data_dir
            from .index import RecordIndex

            folder = self._index_dir or profile_data_dir("catalogue", "index")
            os.makedirs(folder, exist_ok=True)
            key = hashlib.sha1(self.url.encode("utf-8")).hexdigest()[:16]
            self._index = RecordIndex(os.path.join(folder, "oarec-{}.sqlite".format(key)))
        return self._index

    def _remember(self, records):
        index = self._offline_index()
        with index.connect() as db:
            for record in records:
                index.put(record, db=db)

    def search(self, bbox=None, q=None, datetime=None, record_type=None, limit=10, offset=0, feedback=None):
        """One page of records; when the server cannot be reached, the page comes from the offline copy
        (``page.offline`` is True then)."""
        # no sortby: pygeoapi answers 400 "bad sortby property" on an empty collection; its storage
        # order (insertion) is stable, which is all paging needs
        params = {"f": "json", "limit": int(limit), "offset": int(offset)}
        if bbox:
            params["bbox"] = ",".join("{:.7f}".format(v) for v in bbox)
        if q:
            params["q"] = q
        if datetime:
            params["datetime"] = datetime
        if record_type:
            params["type"] = record_type
        url = "{}/items?{}".format(self.url, urllib.parse.urlencode(params))
        try:
            # a search is interactive: at most SEARCH_TIMEOUT_S in all (no retry after a timeout)
            response = request("GET", url, headers={"Accept": "{}, application/json".format(GEOJSON)}, authcfg=self.authcfg,
                               timeout_s=min(SEARCH_TIMEOUT_S, self.timeout_s), retries=0, feedback=feedback)
            payload = self._json_answer(response)
        except HttpError as err:
            # only an unreachable server means "offline"; a slow server or an untrusted certificate is an
            # error, never an (empty) offline page that would look like "nothing found"
            if err.kind != "connection":
                raise
            records, matched = self._offline_index().search(bbox, q, datetime, record_type, limit, offset)
            page = SearchPage(records, matched, offset, limit)
            page.offline = True
            return page
        if not isinstance(payload, dict) or not isinstance(payload.get("features"), list):
            raise self._protocol_error(tr("The server's answer is not an OGC API – Records item list (no 'features')."), url=url)
        records = []
        for feature in payload["features"]:
            try:
                records.append(check_record(client_copy(feature)))
            except RecordError:
                continue  # a foreign, malformed record must not break the result list
        self._remember(records)
        matched = payload.get("numberMatched") if isinstance(payload, dict) else None
        return SearchPage(records, matched if isinstance(matched, int) else None, offset, limit)

    def get(self, record_id, feedback=None, offline_ok=False):
        """The record or None (404). ``offline_ok``: without a connection, the last seen copy (for loading
        results offline — never for write decisions)."""
        try:
            response = self._call("GET", self._item_url(record_id) + "?f=json", feedback=feedback)
        except HttpError as err:
            if err.status == 404:
                return None
            if err.status == 0 and offline_ok:
                cached = self._offline_index().get(record_id)
                if cached is not None:
                    return cached
            raise
        payload = self._json_answer(response)
        if not isinstance(payload, dict) or payload.get("id") != record_id:
            raise self._protocol_error(tr("The server's answer is not the requested record."), url=response.url)
        try:
            record = check_record(client_copy(payload), source=self.url)
        except RecordError as err:
            raise self._protocol_error(tr("The server's answer is not a valid record: {}").format(err), url=response.url) from err
        self._remember([record])
        return record

    def _body(self, record):
        body = client_copy(record)
        props = body["properties"]
        # pygeoapi's TinyDB provider searches q= in this field and loses it on PUT
        props["_metadata-anytext"] = " ".join(filter(None, [props.get("title"), props.get("description")]))
        if not body.get("geometry"):
            raise RecordError(tr("A record without geometry cannot be sent to this catalogue."), obj=body.get("id"))
        return body

    def create(self, record, feedback=None):
        """POST with the client-made id; a retry after a lost answer finds the same content and succeeds."""
        record = check_record(client_copy(record))
        try:
            response = self._call("POST", self.url + "/items", body=self._body(record), feedback=feedback, idempotent=True)
        except HttpError as err:
            if err.status not in (0, 409, 500) and err.status not in (502, 503, 504):
                raise
            existing = self.get(record["id"], feedback=feedback)
            if existing is None:
                raise
            if content_hash(existing) != content_hash(record):
                raise ConflictError(record["id"], message=tr("A different record with this id already exists in the catalogue.")) from err
            return record
        if response.body.strip():
            self._check_not_a_web_page(response)
        if response.status not in (200, 201, 204):
            raise self._protocol_error(tr("The server's answer to the new record is not what OGC API – Records promises (HTTP {})."
                                          ).format(response.status), url=response.url, status=response.status)
        # verify after write: only a record the catalogue returns by its id, unchanged, counts as published
        stored = self.get(record["id"], feedback=feedback)
        if stored is None:
            raise self._protocol_error(tr("The server confirmed the new record but does not return it by its id."))
        if content_hash(stored) != content_hash(record):
            raise self._protocol_error(tr("The server returns the new record with a different content."))
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
        record["properties"][HASH_MEMBER] = content_hash(record)
        self._call("PUT", self._item_url(record_id), body=self._body(record), feedback=feedback)
        stored = self.get(record_id, feedback=feedback)
        if stored is None or content_hash(stored) != content_hash(record):
            raise HttpError(tr("The catalogue accepted the change but does not return it; please check the record."), url=self.url)
        return record

    def delete(self, record_id, base_token=None, feedback=None):
        current = self.get(record_id, feedback=feedback)
        if current is None:
            return False
        check_base(record_id, current, base_token)
        try:
            self._call("DELETE", self._item_url(record_id), feedback=feedback)
        except HttpError as err:
            if err.status != 404:
                raise
        return True

    def capabilities(self):
        return {"transactions": True, "etag": False, "patch": False, "q_fields": ["title", "description"]}
