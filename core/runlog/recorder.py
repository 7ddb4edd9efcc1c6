"""Turns one finished algorithm run into a run-log record (see store.py for what is and is not recorded).

Called by the base algorithm class for every run, whatever started it (menu, toolbox, model, batch, qgis_process);
it never raises: a run log that cannot be written costs a log message, never the user's result.
"""

import os

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProcessingException

from ..errors import CancelledError, UrbanTwinError
from ..provenance import plugin_version
from . import store

# result keys whose sum is "the objects this run handled", per algorithm (the unit of the reference times)
OBJECT_COUNT_KEYS = {
    "importcitymodel": ("BUILDINGS", "PARTS"),
    "plancompliance": ("N_COMPLIES", "N_EXCEEDS", "N_NOT_DETERMINABLE"),
    "importxplan": ("FEATURES",),
    "exportxplan": ("FEATURES",),
    "solarpotential": ("SURFACE_COUNT",),
    "shadow": ("SHADOW_COUNT",),
    "councilmap": ("PAGES",),
    "musterquartier": ("BUILDING_COUNT",),
}
GENERIC_COUNT_KEYS = ("BUILDINGS", "FEATURES", "SURFACE_COUNT", "PAGES", "RECORDS", "CONTRIBUTIONS", "ROWS", "COUNT")
INPUT_PARAMETER_TYPES = ("source", "vector", "raster", "layer", "file", "multilayer")


def record_run(algorithm, parameters, context, results, started_at, duration_s, error=None):
    """Append the run to the log unless the user opted out; swallow and log any failure of the log itself."""
    try:
        if not store.logging_enabled():
            return None
        record = build_record(algorithm, parameters, context, results, started_at, duration_s, error)
        store.append(record)
        return record
    except Exception as failure:  # noqa: BLE001 - the run log must never cost the user's result
        QgsMessageLog.logMessage("Run log not written: {!r}".format(failure), "Urban Twin", Qgis.MessageLevel.Warning)
        return None


def build_record(algorithm, parameters, context, results, started_at, duration_s, error=None):
    results = results or {}
    counts = {key: int(value) for key, value in results.items()
              if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer()}
    return {
        "algorithm": "urbantwin:" + algorithm.name(),
        "algorithm_version": plugin_version(),
        "started_at": started_at,
        "duration_s": round(float(duration_s), 3),
        "succeeded": 1 if error is None else 0,
        "error_kind": _error_kind(error),
        "platform": QgsApplication.platform() if hasattr(QgsApplication, "platform") else "",
        "objects": object_count(algorithm.name(), results),
        "counts": counts,
        "input_hashes": sorted(h for h in (store.file_hash(p) for p in input_files(algorithm, parameters, context)) if h),
        "output_hashes": sorted(h for h in (store.file_hash(p) for p in output_files(results)) if h),
    }


def _error_kind(error):
    if error is None:
        return None
    if isinstance(error, CancelledError):
        return "cancelled"
    if isinstance(error, (UrbanTwinError, QgsProcessingException)):
        return "input"  # a user-facing error: bad input or parameters
    return "internal"


def object_count(name, results):
    keys = OBJECT_COUNT_KEYS.get(name) or [k for k in GENERIC_COUNT_KEYS if k in results][:1]
    total = sum(int(results.get(key) or 0) for key in keys if isinstance(results.get(key), (int, float)))
    if total or keys:
        return total
    return _features_in(results.get("OUTPUT"))


def _features_in(value):
    """Features of a vector output file (the fallback unit), 0 where there is none."""
    if not isinstance(value, str) or not os.path.isfile(value.split("|")[0]):
        return 0
    from osgeo import ogr

    source = ogr.Open(value.split("|")[0])
    if source is None:
        return 0
    layer = source.GetLayer(0)
    return layer.GetFeatureCount() if layer is not None else 0


def input_files(algorithm, parameters, context):
    """Files behind the run's inputs (paths given, or the sources of layers already loaded); never outputs.

    Nothing is loaded here: opening a GML file as a layer makes GDAL write a .gfs file beside the input, and the
    run log must not touch inputs."""
    paths = []
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination() or definition.type() not in INPUT_PARAMETER_TYPES:
            continue
        raw = parameters.get(definition.name())
        for value in raw if isinstance(raw, (list, tuple)) else [raw]:
            path = _source_path(value, context)
            if path and os.path.isfile(path) and path not in paths:
                paths.append(path)
    return paths


def _source_path(value, context):
    from qgis.core import QgsMapLayer, QgsProcessingFeatureSourceDefinition, QgsProcessingUtils, QgsProperty

    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source
    if isinstance(value, QgsProperty):
        value = value.staticValue()
    if isinstance(value, QgsMapLayer):
        return value.source().split("|")[0]
    if not isinstance(value, str) or not value:
        return None
    if os.path.exists(value.split("|")[0]):
        return value.split("|")[0]
    layer = QgsProcessingUtils.mapLayerFromString(value, context, False)  # a layer id of the project: no loading
    return layer.source().split("|")[0] if layer is not None else None


def output_files(results):
    paths = []
    for value in results.values():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if isinstance(item, str) and os.path.isfile(item.split("|")[0]) and item.split("|")[0] not in paths:
                paths.append(item.split("|")[0])
    return paths
