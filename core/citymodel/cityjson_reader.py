"""CityJSON 1.0 / 1.1 / 2.0 and CityJSONSeq reader.

Plain CityJSON cannot be streamed (one JSON document), so the file is loaded once, the vertices
become one numpy array and every object is turned into a record and dropped; CityJSONSeq is read
line by line with constant memory. Vertices are dequantised with ``transform``; the semantics
``values`` mirror the boundary nesting down to surface level. Parents/children become parts;
CityObjectGroup membership is not a part-of relation.
"""

import json
import math
import os

import numpy as np

from ..errors import InputFormatError
from ..i18n import tr
from .geometry import GeometryProblem
from .json_scan import WHITESPACE, LazyCityObjects, json_members, parse_vertices, skip_value
from .lod import lod_order
from .model import CityObjectRecord, SemanticSurface, SkippedObject

MAX_LINE_BYTES = 256 * 1024 * 1024  # a CityJSONSeq line (one feature) longer than this is skipped, not loaded

CORE_KEYS = {
    "function": "function",
    "usage": "usage",
    "roofType": "roof_type",
    "measuredHeight": "measured_height",
    "storeysAboveGround": "storeys_above_ground",
    "storeysBelowGround": "storeys_below_ground",
    "yearOfConstruction": "year_of_construction",
    "name": "name",
}
_CONVERT = {"measured_height": float, "storeys_above_ground": int, "storeys_below_ground": int,
            "year_of_construction": int}
GROUP_TYPES = {"CityObjectGroup"}


def reference_system(document):
    metadata = document.get("metadata") or {}
    value = metadata.get("referenceSystem")
    if not value and isinstance(metadata.get("crs"), dict) and metadata["crs"].get("epsg"):
        value = "EPSG:{}".format(metadata["crs"]["epsg"])  # pre-1.0 form
    return value


def licence_of(document):
    metadata = document.get("metadata") or {}
    for key in ("license", "licence", "datasetLicense"):
        if metadata.get(key):
            return str(metadata[key])
    return None


def check_transform(transform, path=None):
    """(scale, translate) as float arrays, or InputFormatError naming what is wrong (0, text, 2 values …)."""
    if not transform:
        return None
    if not isinstance(transform, dict):
        raise InputFormatError(tr("“transform” must be an object with “scale” and “translate”."), path=path)
    arrays = []
    for key, default in (("scale", [1, 1, 1]), ("translate", [0, 0, 0])):
        value = transform.get(key, default)
        valid = (isinstance(value, list) and len(value) == 3
                 and all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in value))
        if not valid or (key == "scale" and 0 in value):
            raise InputFormatError(tr("“transform.{}” must be three finite numbers{} (found {}).").format(
                key, tr(", none of them 0") if key == "scale" else "", json.dumps(value)[:80]), path=path)
        arrays.append(np.asarray(value, dtype=float))
    return arrays


def dequantise(vertices, transform, path=None):
    array = np.asarray(vertices, dtype=float).reshape(-1, 3)
    checked = check_transform(transform, path)
    if checked:
        array = array * checked[0] + checked[1]
    return array


def _lod_value(geometry):
    try:
        return float(geometry.get("lod", 0))
    except (TypeError, ValueError):
        return 0.0


def choose_geometry(geometries, order=(2, 1, 3, 4, 0)):
    """The geometry to write: highest 2.x, else 1.x, else 3.x, else 0.x (ties: the first); see lod.lod_order."""
    surfaced = [g for g in geometries if isinstance(g, dict) and g.get("type") not in ("MultiPoint", "MultiLineString")]
    for wanted in order:
        candidates = [g for g in surfaced if math.floor(_lod_value(g)) == wanted]
        if candidates:
            return max(candidates, key=_lod_value)
    return None


class _ObjectConverter:
    def __init__(self, vertices, templates=None, template_vertices=None, swap_xy=False, order=None):
        self.vertices = vertices
        # NaN/inf vertices cost only the objects using them (checked per ring when there are any)
        finite = np.isfinite(vertices).all(axis=1) if len(vertices) else None
        self.bad_vertices = None if finite is None or finite.all() else ~finite
        self.templates = templates or []
        self.template_vertices = template_vertices
        self.swap_xy = swap_xy
        self.lod_order = order or lod_order()

    def ring(self, indices, vertices):
        if not isinstance(indices, list) or len(indices) < 3:
            raise GeometryProblem(tr("The ring has too few points ({}; at least 3 needed).").format(
                len(indices) if isinstance(indices, list) else 0))
        try:
            lowest = min(indices)
        except TypeError as err:
            raise GeometryProblem(tr("A ring contains vertex indices that are not whole numbers.")) from err
        if lowest < 0:  # numpy would wrap around to a vertex from the end of the list
            raise GeometryProblem(tr("A ring refers to the negative vertex index {}.").format(lowest))
        try:
            points = vertices[indices + [indices[0]]]  # CityJSON rings are implicitly closed
        except (IndexError, TypeError, ValueError) as err:
            raise GeometryProblem(tr("A ring refers to a vertex that does not exist.")) from err
        if self.bad_vertices is not None and vertices is self.vertices and self.bad_vertices[indices].any():
            raise GeometryProblem(tr("A ring refers to a vertex with NaN or infinite coordinates."))
        if self.swap_xy:
            points = points[:, [1, 0, 2]]
        return points

    def surfaces_of(self, geometry):
        """[(polygon, semantic index or None)] for any boundary nesting."""
        kind = geometry.get("type")
        boundaries = geometry.get("boundaries") or []
        values = (geometry.get("semantics") or {}).get("values")
        vertices = self.vertices
        if kind == "GeometryInstance":
            return self._instance(geometry)
        if kind in ("MultiSurface", "CompositeSurface"):
            shells, shell_values = [boundaries], [values]
        elif kind == "Solid":
            shells, shell_values = boundaries, values or [None] * len(boundaries)
        elif kind in ("MultiSolid", "CompositeSolid"):
            shells, shell_values = [], []
            for index, solid in enumerate(boundaries):
                solid_values = values[index] if values else None
                shells.extend(solid)
                shell_values.extend(solid_values or [None] * len(solid))
        else:
            return []
        result = []
        for shell, shell_semantics in zip(shells, shell_values):
            for index, surface in enumerate(shell):
                polygon = [self.ring(ring, vertices) for ring in surface]
                semantic = shell_semantics[index] if shell_semantics and index < len(shell_semantics) else None
                result.append((polygon, semantic))
        return result

    def _instance(self, geometry):
        template = self.templates[geometry["template"]]
        matrix = np.asarray(geometry.get("transformationMatrix", np.eye(4).ravel()), dtype=float).reshape(4, 4)
        index = geometry["boundaries"][0]
        if isinstance(index, int) and index < 0:
            raise GeometryProblem(tr("A ring refers to the negative vertex index {}.").format(index))
        reference = self.vertices[index]
        local = np.asarray(self.template_vertices, dtype=float)
        moved = (np.column_stack([local, np.ones(len(local))]) @ matrix.T)[:, :3] + reference
        converter = _ObjectConverter(moved, swap_xy=False)
        if converter.bad_vertices is not None:
            raise GeometryProblem(tr("The geometry instance has NaN or infinite coordinates."))
        return converter.surfaces_of(template)


def read_object(identifier, data, converter, parent_id=None):
    record = CityObjectRecord(gml_id=identifier, object_type=data.get("type", "CityObject"), parent_id=parent_id)
    for key, value in (data.get("attributes") or {}).items():
        target = CORE_KEYS.get(key)
        if target and value is not None and value != "":
            converter_fn = _CONVERT.get(target, str)
            try:
                record.attributes[target] = converter_fn(value)
            except (TypeError, ValueError):
                record.generic[key] = value
        else:
            record.generic[key] = value
    addresses = data.get("address") or (data.get("attributes") or {}).get("address")
    if isinstance(addresses, list) and addresses and isinstance(addresses[0], dict):
        first = addresses[0]
        record.address = {k: str(first[s]) for k, s in (("street", "ThoroughfareName"), ("house_number", "ThoroughfareNumber"),
                          ("postal_code", "PostalCode"), ("locality", "LocalityName")) if first.get(s)}
    geometries = data.get("geometry") or []
    geometry = choose_geometry(geometries, converter.lod_order)
    record.available_lods = {int(math.floor(_lod_value(g))) for g in geometries if isinstance(g, dict)
                             and g.get("type") not in ("MultiPoint", "MultiLineString")} if len(geometries) > 1 else set()
    if geometry is not None:
        lod = int(math.floor(_lod_value(geometry)))
        semantics = (geometry.get("semantics") or {}).get("surfaces") or []
        polygons = []
        for number, (polygon, semantic) in enumerate(converter.surfaces_of(geometry)):
            polygons.append(polygon)
            if semantic is not None and semantic < len(semantics):
                surface_type = semantics[semantic].get("type", "Surface")
                record.surfaces.append(SemanticSurface("{}_{}".format(identifier, number), surface_type, [polygon], lod))
        if polygons:
            record.geometry[lod] = polygons
    return record


def structure_of(objects):
    """id → (type, parents, children) of an in-memory CityObjects dict."""
    return {key: (value.get("type"), value.get("parents") or [], value.get("children") or [])
            for key, value in objects.items()}


def build_records(objects, converter, path, top_level_ids=None, line=None, structure=None):
    """Yield a record (with parts) per top-level object, or SkippedObject for broken ones.

    ``objects`` maps id → CityObject (a dict, or LazyCityObjects parsing on access); ``structure`` gives
    id → (type, parents, children) without touching the geometry.
    """
    structure = structure if structure is not None else structure_of(objects)
    if top_level_ids is None:
        top_level_ids = [
            key for key, (_type, parents, _children) in structure.items()
            if not [p for p in parents if p in structure and structure[p][0] not in GROUP_TYPES]
        ]
    for identifier in top_level_ids:
        try:
            yield _with_children(identifier, objects, structure, converter, None, set())
        except (GeometryProblem, KeyError, IndexError, TypeError, ValueError) as err:
            yield SkippedObject(path, identifier, str(err) or tr("Invalid geometry."), line)


def _with_children(identifier, objects, structure, converter, parent_id, seen):
    seen.add(identifier)
    record = read_object(identifier, objects[identifier], converter, parent_id)
    kind, _parents, children = structure[identifier]
    if kind not in GROUP_TYPES:
        for child in children:
            if child in structure and child not in seen:
                record.parts.append(_with_children(child, objects, structure, converter, identifier, seen))
    return record


class CityJsonReader:
    """A whole CityJSON file; yields records per top-level object.

    The file text is scanned once: small top-level members are parsed, ``vertices`` go straight into
    numpy, and for CityObjects only their spans and structure are kept; each object is parsed again when
    its record is built. Peak memory ≈ file size + one object instead of json.load's ≈ 11 × file size.
    """

    def __init__(self, path, swap_xy=False):
        self.path = path
        self.swap_xy = swap_xy
        self.document = None
        self.position = 0
        self._text = None
        self._spans = {}
        self._structure = {}
        self._vertex_span = None
        self._broken = []  # (id, reason) of objects that could not be decoded (nested too deeply)
        self._spans_broken = {}
        self.lod_order = lod_order()

    def load(self):
        """The top-level members except CityObjects and vertices (type, version, metadata, transform …)."""
        if self.document is None:
            try:
                with open(self.path, encoding="utf-8") as handle:
                    self._text = handle.read()
            except UnicodeDecodeError as err:
                raise InputFormatError(tr("The file is not UTF-8 text."), path=self.path) from err
            try:
                self.document = self._scan(self._text)
            except json.JSONDecodeError as err:
                raise InputFormatError(tr("Invalid or truncated JSON: {}").format(err.msg), path=self.path,
                                       line=err.lineno) from err
            except (ValueError, IndexError) as err:  # structural problems found by the scanner itself
                raise InputFormatError(tr("Invalid or truncated JSON: {}").format(err), path=self.path) from err
            except RecursionError as err:
                raise InputFormatError(tr("The file is nested too deeply to be read."), path=self.path) from err
            if self.document.get("type") != "CityJSON":
                raise InputFormatError(tr("The file is not a CityJSON document."), path=self.path)
        return self.document

    def _scan(self, text):
        decoder = json.JSONDecoder()
        header = {}
        start = WHITESPACE.match(text, 0).end()
        if start >= len(text) or text[start] != "{":
            raise ValueError(tr("The file is not a CityJSON document."))
        members = json_members(text, start, decoder)
        try:
            key, value_start = next(members)
            while True:
                if key == "CityObjects":
                    end = self._scan_objects(text, value_start, decoder)
                else:
                    value, end = decoder.raw_decode(text, value_start)
                    if key == "vertices":
                        self._vertex_span = (value_start, end)
                        value = None  # parsed again into numpy in __iter__
                    else:
                        header[key] = value
                key, value_start = members.send(end)
        except StopIteration:
            pass
        return header

    def _scan_objects(self, text, start, decoder):
        members = json_members(text, start, decoder)
        try:
            identifier, value_start = next(members)
            while True:
                try:
                    value, end = decoder.raw_decode(text, value_start)
                except RecursionError:
                    end = skip_value(text, value_start)
                    self._broken.append((identifier, tr("The object is nested too deeply to be read.")))
                    self._spans_broken[identifier] = value_start
                    identifier, value_start = members.send(end)
                    continue
                if not isinstance(value, dict):
                    raise ValueError(tr("The file is not a CityJSON document."))
                self._spans[identifier] = (value_start, end)
                self._structure[identifier] = (value.get("type"), value.get("parents") or [], value.get("children") or [])
                identifier, value_start = members.send(end)
        except StopIteration:
            pass
        # the closing brace of CityObjects follows the last member
        ends = [span[1] for span in self._spans.values()] + [skip_value(text, self._spans_broken[i]) for i, _ in self._broken]
        end = max(ends) if ends else text.index("}", start + 1)
        return WHITESPACE.match(text, end).end() + 1

    def header(self):
        return self.load()

    def __iter__(self):
        document = self.load()
        if self._vertex_span is not None:
            try:
                vertices = parse_vertices(self._text, *self._vertex_span)
            except ValueError as err:
                line = self._text.count("\n", 0, self._vertex_span[0]) + 1
                raise InputFormatError(str(err), path=self.path, line=line) from err
        else:
            vertices = np.zeros((0, 3))
        vertices = dequantise(vertices, document.get("transform"), self.path)
        templates = document.get("geometry-templates") or {}
        converter = _ObjectConverter(vertices, templates.get("templates"), templates.get("vertices-templates"), self.swap_xy,
                                     self.lod_order)
        objects = LazyCityObjects(self._text, self._spans)
        total = max(len(self._text), 1)
        for identifier, reason in self._broken:
            yield SkippedObject(self.path, identifier, reason, self._text.count("\n", 0, self._spans_broken[identifier]) + 1)
        for record in build_records(objects, converter, self.path, structure=self._structure):
            span = self._spans.get(getattr(record, "gml_id", None) or getattr(record, "object_id", None))
            if span:
                self.position = int(os.path.getsize(self.path) * span[1] / total)
            yield record
        self.position = os.path.getsize(self.path)
        self._text = None


class CityJsonSeqReader:
    """CityJSONSeq (JSON Lines): first line header, then one CityJSONFeature per line."""

    def __init__(self, path, swap_xy=False):
        self.path = path
        self.swap_xy = swap_xy
        self._header = None
        self.position = 0
        self.lod_order = lod_order()

    def header(self):
        if self._header is None:
            with open(self.path, "rb") as handle:
                first = handle.readline(MAX_LINE_BYTES + 1)
            if len(first) > MAX_LINE_BYTES:
                raise InputFormatError(tr("The header line is longer than {:g} MB.").format(MAX_LINE_BYTES / 2 ** 20),
                                       path=self.path, line=1)
            try:
                self._header = json.loads(first)
            except (json.JSONDecodeError, UnicodeDecodeError) as err:
                raise InputFormatError(tr("Invalid JSON in the header line: {}").format(err), path=self.path,
                                       line=1) from err
            except RecursionError as err:
                raise InputFormatError(tr("The header line is nested too deeply to be read."), path=self.path,
                                       line=1) from err
            if not isinstance(self._header, dict) or self._header.get("type") != "CityJSON":
                raise InputFormatError(tr("The first line is not a CityJSON header."), path=self.path, line=1)
        return self._header

    def __iter__(self):
        header = self.header()
        transform = header.get("transform")
        check_transform(transform, self.path)
        templates = header.get("geometry-templates") or {}
        with open(self.path, "rb") as handle:
            handle.readline(MAX_LINE_BYTES + 1)
            for line_number, raw in _limited_lines(handle, MAX_LINE_BYTES):
                self.position = handle.tell()
                if raw is None:
                    yield SkippedObject(self.path, None, tr("The line is longer than {:g} MB and was not read.").format(
                        MAX_LINE_BYTES / 2 ** 20), line_number)
                    continue
                if not raw.strip():
                    continue
                try:
                    feature = json.loads(raw)
                except (json.JSONDecodeError, UnicodeDecodeError) as err:
                    if not raw.endswith(b"\n") and not handle.read(1):
                        # The last line stops in the middle of a feature: the file was cut off (truncated).
                        raise InputFormatError(tr("The file ends in the middle of a feature (truncated): {}").format(err),
                                               path=self.path, line=line_number) from err
                    yield SkippedObject(self.path, None, tr("Invalid or truncated JSON line: {}").format(err), line_number)
                    continue
                except RecursionError:
                    yield SkippedObject(self.path, None, tr("The line is nested too deeply to be read."), line_number)
                    continue
                if not isinstance(feature, dict) or feature.get("type") != "CityJSONFeature":
                    yield SkippedObject(self.path, None, tr("The line is not a CityJSONFeature."), line_number)
                    continue
                try:
                    vertices = dequantise(feature.get("vertices") or [], transform)
                except (TypeError, ValueError):
                    yield SkippedObject(self.path, feature.get("id"), tr("The vertices are not lists of three numbers."),
                                        line_number)
                    continue
                converter = _ObjectConverter(vertices, templates.get("templates"), templates.get("vertices-templates"),
                                             self.swap_xy, self.lod_order)
                objects = feature.get("CityObjects") or {}
                top = [feature["id"]] if feature.get("id") in objects else None
                yield from build_records(objects, converter, self.path, top, line_number)


def _limited_lines(handle, limit):
    """(line number, bytes) per line after the header; bytes None for a line longer than ``limit`` (skipped unread)."""
    number = 1
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while True:  # skip the rest of the line in 1 MB steps
                chunk = handle.readline(1 << 20)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, raw
