"""The destination check every Urban Twin algorithm runs before any work (base class).

Refused, with a message naming the file: an output that is (or resolves to, through a symlink, ``..`` or a
hard link) one of the inputs; an output that is a folder; an output in a folder that cannot be written. The
check also removes stale temporary files of killed runs in the output folders (core/atomic).
"""

import os
import re

from qgis.core import (
    QgsMapLayer,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFolderDestination,
    QgsProcessingUtils,
    QgsProperty,
)

from ..atomic import remove_stale_temporaries
from ..errors import UrbanTwinError
from ..i18n import tr

NOT_FILES = ("memory:", "postgres:", "postgresql:", "pgconn:", "spatialite:", "mssql:", "oracle:", "TEMPORARY_OUTPUT")
# A pgconn: target behind a folder: what the dialog's output widget makes of "pgconn:NAME?schema=S" (see below).
_FOLDERED_PGCONN = re.compile(r"^.*[\\/](pgconn:[^\\/]+)$", re.IGNORECASE)


def unfold_database_targets(algorithm, parameters):
    """Parameters with ``pgconn:`` targets the dialog turned into file names given back as typed.

    QGIS's output widget (QgsProcessingLayerOutputDestinationWidget) keeps text starting with ``postgres:`` or
    ``memory:``, but takes anything else without a folder for a file name and puts the default output folder in
    front: ``pgconn:Stadt?schema=lod2`` arrived as ``/home/planer/pgconn:Stadt?schema=lod2`` (``./…`` without that
    setting) and was written as a GeoPackage of that name. A connection name has no slash, so the last part of the
    path is the target."""
    updated = dict(parameters)
    for definition in algorithm.destinationParameterDefinitions():
        value = updated.get(definition.name())
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            sink = value.sink.staticValue() if value.sink.propertyType() == QgsProperty.Type.StaticProperty else None
            match = _FOLDERED_PGCONN.match(sink) if isinstance(sink, str) else None
            if match:
                fixed = QgsProcessingOutputLayerDefinition(value)
                fixed.sink = QgsProperty.fromValue(match.group(1))
                updated[definition.name()] = fixed
        elif isinstance(value, str):
            match = _FOLDERED_PGCONN.match(value.strip())
            if match:
                updated[definition.name()] = match.group(1)
    return updated


def file_of(source):
    """The file behind a layer source or destination string (``x.gpkg|layername=a``, ``ogr:dbname='x.gpkg' table=…``)."""
    text = str(source or "").strip()
    if not text or text.startswith(NOT_FILES[:-1]) or text == "TEMPORARY_OUTPUT":
        return None
    if text.startswith("ogr:"):
        rest = text[4:]
        if rest.startswith("dbname="):
            rest = rest[len("dbname="):]
            if rest[:1] in "'\"":
                return rest[1:rest.find(rest[0], 1)] if rest.find(rest[0], 1) > 0 else None
            return rest.split(" ", 1)[0]
        return None
    text = text.split("|", 1)[0]
    if text.startswith("file://"):
        text = text[len("file://"):]
    return text or None


def _input_values(value, context):
    """File paths named by one input parameter value (strings, lists, layers, source definitions)."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [path for item in value for path in _input_values(item, context)]
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source
    if isinstance(value, QgsProperty):
        value = value.staticValue()
    if isinstance(value, QgsMapLayer):
        return [file_of(value.source())]
    if not isinstance(value, str):
        return []
    paths = []
    for part in value.split(";") if ";" in value and not os.path.exists(value) else [value]:
        path = file_of(part)
        if path and os.path.exists(path):
            paths.append(path)
        elif part:
            layer = QgsProcessingUtils.mapLayerFromString(part, context) if context is not None else None
            if layer is not None:
                paths.append(file_of(layer.source()))
    return paths


def _destination_values(algorithm, parameters, context):
    """[(parameter, file path)] for every destination parameter that names a file."""
    found = []
    for definition in algorithm.destinationParameterDefinitions():
        name = definition.name()
        value = parameters.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            sink = value.sink
            value = sink.staticValue() if isinstance(sink, QgsProperty) else sink
        if isinstance(value, QgsProperty):
            value = value.staticValue()
        if isinstance(definition, QgsProcessingParameterFolderDestination):
            found.append((definition, str(value), True))
            continue
        path = file_of(value)
        if path:
            found.append((definition, path, False))
    return found


def _same_file(first, second):
    try:
        if os.path.exists(first) and os.path.exists(second):
            return os.path.samefile(first, second)
    except OSError:
        pass
    return os.path.realpath(first) == os.path.realpath(second)


def _nearest_existing_folder(path):
    folder = os.path.dirname(os.path.abspath(path))
    while folder and not os.path.isdir(folder):
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    return folder


def check_destinations(algorithm, parameters, context):
    """Raise UrbanTwinError when an output would replace an input, is a folder or cannot be written."""
    inputs = []
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination():
            continue
        for path in _input_values(parameters.get(definition.name()), context):
            if path:
                inputs.append(path)
    for definition, path, is_folder in _destination_values(algorithm, parameters, context):
        for source in inputs:
            if _same_file(path, source):
                raise UrbanTwinError(tr("The output “{}” is the input {}; it would be overwritten. Please choose another "
                                        "output file.").format(definition.description(), source), path=path)
        if is_folder:
            continue
        if os.path.isdir(path):
            raise UrbanTwinError(tr("The output “{}” is a folder; please choose a file name.").format(definition.description()),
                                 path=path)
        folder = _nearest_existing_folder(path)
        if not os.access(folder, os.W_OK | os.X_OK):
            raise UrbanTwinError(tr("The output folder is not writable."), path=folder)
        if os.path.exists(path) and not os.access(path, os.W_OK) and not os.path.islink(path):
            # os.replace would succeed (the folder is writable) but the user protected this file.
            raise UrbanTwinError(tr("The output file is write-protected."), path=path)
        remove_stale_temporaries(folder)
