"""Provenance of results: which algorithm, plugin version, parameters and inputs made a layer.

Stored in the QGIS layer metadata (history entry + a JSON block in the abstract-independent
``urbantwin:provenance`` keyword vocabulary), so a published GeoPackage describes itself and the
catalogue can read it back.
"""

import configparser
import datetime
import json
import os
import re

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROVENANCE_VOCABULARY = "urbantwin:provenance"


def plugin_version():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8")
    return parser.get("general", "version", fallback="0.0.0")


_PASSWORD = re.compile(r"(password\s*=\s*)('[^']*'|\"[^\"]*\"|\S+)", re.IGNORECASE)


def _jsonable(value):
    if isinstance(value, str):
        return _PASSWORD.sub(r"\1***", value)  # a QGIS database source may carry one; provenance is published
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    for attr in ("source", "authid"):
        if hasattr(value, attr):
            try:
                return _jsonable(getattr(value, attr)())
            except TypeError:
                pass
    return str(value)


def build_provenance(algorithm_id, parameters=None, inputs=None, extra=None):
    """A plain dict, JSON-serialisable, describing how a result was made."""
    from qgis.core import Qgis

    record = {
        "algorithm": algorithm_id,
        "algorithmVersion": plugin_version(),
        "pluginVersion": plugin_version(),
        "qgisVersion": Qgis.QGIS_VERSION,
        "parameters": _jsonable(parameters or {}),
        "inputs": _jsonable(inputs or []),
        "runAt": datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
    }
    if extra:
        record.update(_jsonable(extra))
    return record


def apply_to_metadata(metadata, provenance, title=None, abstract=None, licence=None):
    """Write provenance into a QgsLayerMetadata (history + keywords vocabulary) and return it."""
    if title:
        metadata.setTitle(title)
    if abstract:
        metadata.setAbstract(abstract)
    if licence:
        metadata.setLicenses([licence])
    metadata.addHistoryItem(json.dumps(provenance, ensure_ascii=False, sort_keys=True))
    metadata.addKeywords(PROVENANCE_VOCABULARY, [json.dumps(provenance, ensure_ascii=False, sort_keys=True)])
    return metadata


def read_from_metadata(metadata):
    """The provenance dict stored by apply_to_metadata, or None."""
    keywords = metadata.keywords().get(PROVENANCE_VOCABULARY) or []
    for text in keywords:
        try:
            return json.loads(text)
        except ValueError:
            continue
    return None


def save_into_geopackage(gpkg_path, layer_name, metadata):
    """Persist QgsLayerMetadata inside the GeoPackage (gpkg_metadata), so the file describes itself."""
    from .gpkg_metadata import write_layer_metadata

    write_layer_metadata(gpkg_path, layer_name, metadata)
    return True, ""
