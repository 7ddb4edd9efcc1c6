"""Push and pull.

Push: export the layer to a self-describing GeoPackage (metadata + style inside), hash it, commit an
outbox entry (before any network I/O), then upload the asset, verify it and only then create the
record that points to it. Retries reuse the client-made id and the content-addressed asset, so they
never duplicate. Pull: get the record, download the asset into a cache keyed by its SHA-256, verify,
load with its style. Metadata corrections are compare-before-write (ConflictError, never overwrite).
"""

import contextlib
import copy
import os
import threading

from ..errors import UrbanTwinError
from ..i18n import tr
from ..net import HttpError
from .assets import IntegrityError
from .backend import ConflictError
from .outbox import Outbox
from .record import (
    ID_PATTERN,
    RecordError,
    attach_asset,
    build_record,
    finalise,
    metadata_to_fields,
    record_to_metadata,
    sha256_file,
    version_token,
)

# HTTP statuses after which a push is worth retrying later (the rest are permanent: fix and retry by hand)
TRANSIENT_STATUSES = frozenset({0, 408, 429, 500, 502, 503, 504})


def layer_bbox_crs84(layer):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    extent = layer.extent()
    if extent.isNull() or layer.featureCount() == 0:
        return None
    transform = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    box = transform.transformBoundingBox(extent)
    return (round(box.xMinimum(), 7), round(box.yMinimum(), 7), round(box.xMaximum(), 7), round(box.yMaximum(), 7))


@contextlib.contextmanager
def sqlite_sync_off():
    from osgeo import gdal

    previous = gdal.GetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", None)
    gdal.SetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", "OFF")
    try:
        yield
    finally:
        gdal.SetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", previous)


def export_layer(layer, target, record, feedback=None):
    """Write ``layer`` to the GeoPackage ``target`` (atomic) with the record as layer metadata and the
    layer's style as the default style; returns (sha256 hex, size in bytes)."""
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    from ..atomic import atomic_path
    from .gpkgembed import embed_and_settle

    table = "result"
    # the file is a temp file until the rename: build it without per-statement fsyncs (4x faster),
    # then fsync it once in embed_and_settle before it is renamed into place
    with atomic_path(target) as tmp, sqlite_sync_off():
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = table
        options.fileEncoding = "UTF-8"
        if feedback is not None:
            options.feedback = feedback
        # V3 since QGIS 3.20 (V2 is deprecated there); both return (error, message, …)
        writer = getattr(QgsVectorFileWriter, "writeAsVectorFormatV3", None) or QgsVectorFileWriter.writeAsVectorFormatV2
        result = writer(layer, tmp, QgsCoordinateTransformContext(), options)
        if result[0] != QgsVectorFileWriter.WriterError.NoError:
            raise UrbanTwinError(tr("Cannot write the GeoPackage: {}").format(result[1]), path=target)
        metadata = record_to_metadata(record, layer.metadata().clone())
        from .iso19139 import record_to_iso

        # every publication carries its ISO 19139 description (a CSW catalogue stores the same document)
        embed_and_settle(tmp, table, metadata, layer, tr("Style of the published result"), iso_xml=record_to_iso(record))
    return sha256_file(target), os.path.getsize(target)


def enrich_from_layer(record, layer):
    """What ISO 19139 / GDI-DE need beyond the publication form, taken from the layer: reference system, topic
    categories, keyword vocabularies, rights statements, contacts with e-mail (metadata point of contact)."""
    from .isometa import metadata_to_record

    from_layer = metadata_to_record(layer.metadata(), layer)["properties"]
    props = record["properties"]
    for key in ("udt:crs", "udt:topicCategories", "udt:keywordGroups", "udt:rightsStatements"):
        if from_layer.get(key):
            props.setdefault(key, from_layer[key])
    if not any(c.get("emails") for c in props.get("contacts") or []) and from_layer.get("contacts") and layer.metadata().contacts():
        props["contacts"] = list(props.get("contacts") or []) + from_layer["contacts"]
    return record


def prepare_record(layer, title=None, description=None, keywords=None, license_id=None, publisher=None, predecessor=None):
    """A record for ``layer``: the form values win, the layer metadata fills the rest (incl. provenance).

    ``predecessor`` is the record this result replaces (a layer loaded from a catalogue names it in its
    metadata identifier): the new record gets version + 1 and a predecessor-version link."""
    defaults = metadata_to_fields(layer.metadata())
    provenance = defaults.get("provenance") or {}
    predecessor_id, version = None, 1
    if predecessor is not None:
        predecessor_id = predecessor["id"]
        version = int((predecessor.get("properties") or {}).get("udt:version") or 1) + 1
    elif defaults.get("identifier") and ID_PATTERN.match(defaults["identifier"]) and defaults["identifier"].startswith("urn:udt:"):
        predecessor_id = defaults["identifier"]
        version = int(layer.customProperty("udt/version", 1) or 1) + 1
    if predecessor_id and provenance is not None:
        provenance = dict(provenance)
        provenance["inputs"] = list(provenance.get("inputs") or [])
    record = build_record(title or defaults.get("title") or layer.name(), description if description is not None else defaults.get("description", ""),
                          keywords if keywords is not None else defaults.get("keywords"), bbox=layer_bbox_crs84(layer),
                          license_id=license_id or defaults.get("license") or "DL-DE-BY-2.0", publisher=publisher,
                          provenance=provenance, version=version, predecessor_id=predecessor_id)
    return enrich_from_layer(record, layer)


def publish_layer(layer, catalogue, title=None, description=None, keywords=None, license_id=None, publisher=None, outbox=None,
                  predecessor=None, feedback=None, sync_now=True):
    """Publish a layer; returns (record_id, outcome) with outcome 'done', 'pending' (kept in the outbox) or 'failed'."""
    outbox = outbox or Outbox()
    record = prepare_record(layer, title, description, keywords, license_id, publisher, predecessor)
    staged = outbox.staging_path(record["id"])
    sha256_hex, size = export_layer(layer, staged, record, feedback)
    attach_asset(record, "", sha256_hex, size)  # href is known after the upload
    seq = outbox.enqueue(catalogue.name, record, staged, sha256_hex)
    if not sync_now:
        return record["id"], "pending"
    return record["id"], push_entry(outbox, outbox.get(seq), catalogue, feedback)


def push_entry(outbox, entry, catalogue, feedback=None):
    """One outbox entry: asset first (verified), then the record. Returns the entry's new state."""
    try:
        if not entry.asset_path or not os.path.exists(entry.asset_path):
            raise IntegrityError(tr("The staged data file of this publication is missing."), path=entry.asset_path)
        if sha256_file(entry.asset_path) != entry.sha256:
            raise IntegrityError(tr("The staged data file changed after it was queued; not published."), path=entry.asset_path)
        if catalogue.asset_store is None:
            raise UrbanTwinError(tr("This catalogue connection has no asset folder for the data files."), obj=catalogue.name)
        href = catalogue.upload_asset(entry.asset_path, entry.sha256, feedback)
        record = copy.deepcopy(entry.record)
        attach_asset(record, href, entry.sha256, os.path.getsize(entry.asset_path))
        catalogue.create(finalise(record), feedback=feedback)
    except HttpError as err:
        # an answer that is not what the protocol promises (proxy login page, garbage), a timeout or an untrusted
        # certificate can go away: the entry stays pending with the reason; a refusal by the server is permanent
        transient = err.status in TRANSIENT_STATUSES or getattr(err, "kind", "") in ("connection", "timeout", "tls", "protocol")
        outbox.mark_retry(entry.seq, err, permanent=not transient)
        return outbox.get(entry.seq).state
    except (OSError, ConflictError, RecordError, IntegrityError, UrbanTwinError) as err:
        transient = isinstance(err, OSError)  # e.g. the network share is not mounted right now
        outbox.mark_retry(entry.seq, err, permanent=not transient)
        return outbox.get(entry.seq).state
    outbox.mark_done(entry.seq)
    return "done"


_SYNC_LOCK = threading.Lock()


def sync_outbox(outbox=None, resolve=None, feedback=None, only_due=True):
    """Push every due outbox entry (FIFO); returns {'done': n, 'pending': n, 'failed': n} for this run.

    One sync at a time per process (the dock, the timer and a Processing run may all ask at once)."""
    if not _SYNC_LOCK.acquire(timeout=120):
        return {"done": 0, "pending": 0, "failed": 0}
    try:
        return _sync_outbox(outbox, resolve, feedback, only_due)
    finally:
        _SYNC_LOCK.release()


def _sync_outbox(outbox, resolve, feedback, only_due):
    from .connections import open_catalogue

    outbox = outbox or Outbox()
    resolve = resolve or open_catalogue
    report = {"done": 0, "pending": 0, "failed": 0}
    entries = outbox.due() if only_due else outbox.entries("pending")
    catalogues = {}
    for number, entry in enumerate(entries):
        if feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * number / max(1, len(entries)))
        try:
            if entry.catalogue not in catalogues:
                catalogues[entry.catalogue] = resolve(entry.catalogue)
        except UrbanTwinError as err:
            outbox.mark_retry(entry.seq, err, permanent=True)
            report["failed"] += 1
            continue
        report[push_entry(outbox, entry, catalogues[entry.catalogue], feedback)] += 1
    return report


# -- pull ----------------------------------------------------------------------------------------------

def default_cache_dir():
    from ..paths import profile_data_dir

    return profile_data_dir("catalogue", "cache")


def fetch_record(catalogue, record_id, cache_dir=None, outbox=None, feedback=None):
    """GET the record and its verified asset; returns (record, path of the cached GeoPackage)."""
    record = catalogue.get(record_id, feedback=feedback, offline_ok=True)
    if record is None:
        raise RecordError(tr("The catalogue has no record with this id."), obj=record_id)
    path = catalogue.fetch_asset(record, cache_dir or default_cache_dir(), feedback=feedback)
    if outbox is not None:
        outbox.remember_pulled(catalogue.name, record_id, version_token(record))
    return record, path


def result_layers(path, record, read_only=False):
    """QgsVectorLayers of every table in the GeoPackage, with their stored default style and the record as metadata.

    ``read_only`` for files in the shared cache (an edit would break their SHA-256)."""
    from osgeo import ogr
    from qgis.core import QgsVectorLayer

    dataset = ogr.Open(path)
    if dataset is None:
        raise UrbanTwinError(tr("The downloaded file is not a readable GeoPackage."), path=path)
    names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
    dataset = None
    props = record.get("properties") or {}
    layers = []
    for name in names:
        if name == "layer_styles":
            continue
        layer = QgsVectorLayer("{}|layername={}".format(path, name), props.get("title") or name, "ogr")
        if not layer.isValid():
            continue
        layer.setMetadata(record_to_metadata(record, layer.metadata()))
        layer.setCustomProperty("udt/record_id", record["id"])
        layer.setCustomProperty("udt/version", props.get("udt:version"))
        layer.setReadOnly(read_only)
        layers.append(layer)
    return layers


def update_metadata(catalogue, record_id, changes, outbox=None, base_token=None, feedback=None):
    """Correct title/description/keywords/licence of a published record. The base is the version token
    remembered when the record was pulled; if the catalogue copy changed since, ConflictError."""
    outbox = outbox or Outbox()
    base_token = base_token or outbox.pulled_token(catalogue.name, record_id)
    if base_token is None:
        raise ConflictError(record_id, message=tr("Load the record before changing it (its version is unknown)."))
    current = catalogue.get(record_id, feedback=feedback)
    if current is None:
        raise RecordError(tr("The catalogue has no record with this id."), obj=record_id)
    changed = copy.deepcopy(current)
    allowed = {"title", "description", "keywords", "license", "rights", "themes", "contacts"}
    for key, value in changes.items():
        if key not in allowed:
            raise RecordError(tr("Only metadata can be corrected; results are immutable (publish a new version)."), obj=record_id)
        changed["properties"][key] = value
    stored = catalogue.replace(record_id, changed, base_token, feedback=feedback)
    outbox.remember_pulled(catalogue.name, record_id, version_token(stored))
    return stored


def sweep_orphan_assets(catalogue, older_than_days=30, now=None, page_size=100):
    """Remove data files of the catalogue's folder store that no record points to and that are older than
    ``older_than_days`` (left by pushes whose record creation failed for good). Returns the removed paths.
    Assumes the asset folder belongs to this one catalogue (do not share one folder between catalogues)."""
    import time

    from .record import enclosure, sha256_from_checksum

    store = getattr(catalogue, "asset_store", None)
    if store is None or not hasattr(store, "list_assets"):
        return []
    referenced, offset = set(), 0
    while offset is not None:
        page = catalogue.search(limit=page_size, offset=offset)
        if page.offline:
            return []  # an incomplete view of the records must never delete data
        for record in page.records:
            link = enclosure(record)
            if link:
                referenced.add(sha256_from_checksum(link.get("file:checksum")))
        offset = page.next_offset
    limit = (now or time.time()) - older_than_days * 86400
    removed = []
    for name in store.list_assets():
        path = os.path.join(store.folder, name)
        if name[:-5] not in referenced and os.path.getmtime(path) < limit:
            os.unlink(path)
            removed.append(path)
    return removed
