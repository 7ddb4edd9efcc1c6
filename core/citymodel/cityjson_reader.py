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
from .json_scan import WHITESPACE, LazyCityObjects, json_members, parse_vertices
from .model import CityObjectRecord, SemanticSurface, SkippedObject

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


def dequantise(vertices, transform):
    array = np.asarray(vertices, dtype=float).reshape(-1, 3)
    if transform:
        array = array * np.asarray(transform.get("scale", [1, 1, 1]), dtype=float) + np.asarray(
            transform.get("translate", [0, 0, 0]), dtype=float
        )
    return array


def _lod_value(geometry):
    try:
        return float(geometry.get("lod", 0))
    except (TypeError, ValueError):
        return 0.0


def choose_geometry(geometries):
    """The geometry to write: highest LoD 2.x, else 1.x, else 3.x, else 0.x (ties: the first)."""
    surfaced = [g for g in geometries if g.get("type") not in ("MultiPoint", "MultiLineString")]
    for wanted in (2, 1, 3, 4, 0):
        candidates = [g for g in surfaced if math.floor(_lod_value(g)) == wanted]
        if candidates:
            return max(candidates, key=_lod_value)
    return None


class _ObjectConverter:
    def __init__(self, vertices, templates=None, template_vertices=None, swap_xy=False):
        if len(vertices) and not np.isfinite(vertices).all():
            raise GeometryProblem(tr("The vertex list contains NaN or infinite coordinates."))
        self.vertices = vertices
        self.templates = templates or []
        self.template_vertices = template_vertices
        self.swap_xy = swap_xy

    def ring(self, indices, vertices):
        if len(indices) < 3:
            raise GeometryProblem(tr("The ring has too few points ({}; at least 3 needed).").format(len(indices)))
        if any(isinstance(index, int) and index < 0 for index in indices):
            # numpy would silently count a negative index from the end: a wrong vertex, not an error
            raise GeometryProblem(tr("A ring refers to a vertex that does not exist."))
        try:
            points = vertices[list(indices) + [indices[0]]]  # CityJSON rings are implicitly closed
        except (IndexError, TypeError) as err:
            raise GeometryProblem(tr("A ring refers to a vertex that does not exist.")) from err
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
        reference = self.vertices[geometry["boundaries"][0]]
        local = np.asarray(self.template_vertices, dtype=float)
        moved = (np.column_stack([local, np.ones(len(local))]) @ matrix.T)[:, :3] + reference
        converter = _ObjectConverter(moved, swap_xy=False)
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
    geometry = choose_geometry(data.get("geometry") or [])
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
                value, end = decoder.raw_decode(text, value_start)
                if not isinstance(value, dict):
                    raise ValueError(tr("The file is not a CityJSON document."))
                self._spans[identifier] = (value_start, end)
                self._structure[identifier] = (value.get("type"), value.get("parents") or [], value.get("children") or [])
                identifier, value_start = members.send(end)
        except StopIteration:
            pass
        # the closing brace of CityObjects follows the last member
        end = self._spans[list(self._spans)[-1]][1] if self._spans else text.index("}", start + 1)
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
        vertices = dequantise(vertices, document.get("transform"))
        templates = document.get("geometry-templates") or {}
        converter = _ObjectConverter(vertices, templates.get("templates"), templates.get("vertices-templates"), self.swap_xy)
        objects = LazyCityObjects(self._text, self._spans)
        total = max(len(self._text), 1)
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

    def header(self):
        if self._header is None:
            with open(self.path, encoding="utf-8") as handle:
                first = handle.readline()
            try:
                self._header = json.loads(first)
            except json.JSONDecodeError as err:
                raise InputFormatError(tr("Invalid JSON in the header line: {}").format(err.msg), path=self.path,
                                       line=1) from err
            if not isinstance(self._header, dict) or self._header.get("type") != "CityJSON":
                raise InputFormatError(tr("The first line is not a CityJSON header."), path=self.path, line=1)
        return self._header

    def __iter__(self):
        header = self.header()
        transform = header.get("transform")
        templates = header.get("geometry-templates") or {}
        with open(self.path, "rb") as handle:
            handle.readline()
            line_number = 1
            for raw in handle:
                line_number += 1
                self.position = handle.tell()
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
                if not isinstance(feature, dict) or feature.get("type") != "CityJSONFeature":
                    yield SkippedObject(self.path, None, tr("The line is not a CityJSONFeature."), line_number)
                    continue
                vertices = dequantise(feature.get("vertices") or [], transform)
                converter = _ObjectConverter(vertices, templates.get("templates"), templates.get("vertices-templates"),
                                             self.swap_xy)
                objects = feature.get("CityObjects") or {}
                top = [feature["id"]] if feature.get("id") in objects else None
                yield from build_records(objects, converter, self.path, top, line_number)
