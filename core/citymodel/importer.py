"""import_citymodel: files and folders → one GeoPackage (atomic), with a report of what happened.

Several tiles go into one GeoPackage; a top-level object id seen in an earlier tile is a tile-border
duplicate and is skipped (reported). The CRS comes from the first file (srsName / referenceSystem);
an unknown CRS is a warning and the ``crs_override`` parameter assigns one — coordinates are never
reprojected or guessed.
"""

import contextlib
import os
from dataclasses import dataclass, field
from typing import Optional

from .. import formats
from ..atomic import atomic_path
from ..crs import SrsInfo, parse_srs_name
from ..errors import CancelledError, InputFormatError, UrbanTwinError
from ..i18n import tr
from ..storage.postgis import is_database_target
from ..write_checks import check_feature_counts
from .citygml_reader import CityGmlReader, header_srs_name
from .cityjson_reader import CityJsonReader, CityJsonSeqReader, licence_of, reference_system
from .geometry import GeometryProblem
from .model import SkippedObject

INPUT_EXTENSIONS = (".gml", ".xml", ".json", ".jsonl", ".cjseq")
LAYERS = ("buildings", "building_surfaces", "footprints")


@dataclass
class ImportReport:
    output: Optional[str] = None
    files: list = field(default_factory=list)
    buildings: int = 0  # top-level Building objects
    parts: int = 0  # BuildingPart objects
    other_objects: int = 0  # every other feature in the buildings layer
    surfaces: int = 0
    footprints: int = 0
    skipped: list = field(default_factory=list)  # SkippedObject
    duplicates: list = field(default_factory=list)  # ids skipped as tile-border duplicates
    outside_extent: int = 0
    warnings: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # whole files or rest of files that could not be read
    crs_authid: Optional[str] = None
    vertical_crs: Optional[str] = None
    licences: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)  # PostGIS update runs: tiles skipped because their hash is known
    tile_hashes: Optional[dict] = None  # PostGIS update runs: {file name: sha256} of the tiles read

    @property
    def complete(self):
        """Every input file was read to its end (objects skipped for bad geometry or as duplicates do not count)."""
        return not self.errors

    @property
    def skipped_count(self):
        return len(self.skipped) + len(self.duplicates)

    def messages(self):
        return self.errors + [str(s) for s in self.skipped] + self.warnings


def expand_inputs(inputs):
    """Files as given plus every city model file found in given folders (sorted, recursive)."""
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    files = []
    for item in inputs:
        item = os.fspath(item)
        if os.path.isdir(item):
            for folder, _dirs, names in sorted(os.walk(item)):
                for name in sorted(names):
                    if name.lower().endswith(INPUT_EXTENSIONS) and not name.startswith("."):
                        files.append(os.path.join(folder, name))
        else:
            files.append(item)
    return files


def open_reader(path):
    """(reader, srs name or None, licence or None) for a city model file; InputFormatError otherwise."""
    if not os.path.isfile(path):
        raise InputFormatError(tr("The file does not exist."), path=path)
    kind = formats.sniff_format(path)
    if kind == formats.CITYGML:
        return CityGmlReader(path), header_srs_name(path), None
    if kind == formats.CITYJSON:
        reader = CityJsonReader(path)
        document = reader.load()
        return reader, reference_system(document), licence_of(document)
    if kind == formats.CITYJSONSEQ:
        reader = CityJsonSeqReader(path)
        header = reader.header()
        return reader, reference_system(header), licence_of(header)
    if kind in (formats.XPLAN, formats.XPLAN_ZIP):
        raise InputFormatError(tr("The file is an XPlanGML plan, not a city model; use “Import XPlanGML plan”."), path=path)
    raise InputFormatError(tr("The file is neither CityGML nor CityJSON/CityJSONSeq."), path=path)


def _override_info(crs_override):
    """SrsInfo from an authid string, an EPSG number or a QgsCoordinateReferenceSystem."""
    if crs_override is None:
        return None
    if hasattr(crs_override, "authid"):
        if not crs_override.isValid():
            return None
        crs_override = crs_override.authid()
    text = str(crs_override).strip()
    if not text:
        return None
    if text.isdigit():
        text = "EPSG:" + text
    info = parse_srs_name(text)
    if info is None:
        raise UrbanTwinError(tr("The CRS override {} is not an EPSG code.").format(text))
    return SrsInfo(info.horizontal_epsg, info.vertical_epsg, False, text)


def _extent_filter(extent, epsg):
    """extent: (xmin, ymin, xmax, ymax) in the data CRS or (…, authid) to be transformed into it."""
    if extent is None:
        return None
    xmin, ymin, xmax, ymax = [float(v) for v in extent[:4]]
    source = extent[4] if len(extent) > 4 else None
    if source and epsg and source != "EPSG:{}".format(epsg):
        from osgeo import osr

        src, dst = osr.SpatialReference(), osr.SpatialReference()
        src.SetFromUserInput(source)
        dst.ImportFromEPSG(int(epsg))
        for srs in (src, dst):
            srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        transform = osr.CoordinateTransformation(src, dst)
        xmin, ymin, xmax, ymax = transform.TransformBounds(xmin, ymin, xmax, ymax, 21)
    return xmin, ymin, xmax, ymax


def _intersects(bbox, extent):
    if extent is None:
        return True
    if bbox is None:
        return False
    return not (bbox[2] < extent[0] or bbox[0] > extent[2] or bbox[3] < extent[1] or bbox[1] > extent[3])


def import_citymodel(inputs, output_gpkg, crs_override=None, extent=None, feedback=None, provenance=None,
                     allow_partial=False, workers=None):
    """Import city model files/folders into ``output_gpkg``; returns an ImportReport.

    ``workers``: processes that read the files in parallel (None: the number of cores; 1: all in this process).
    This process alone writes, in file order, so the result is the same for every number (core/citymodel/parallel.py).

    Raises InputFormatError when nothing could be read, or when a file (or its rest) could not be read —
    truncated, broken XML/JSON, another CRS — unless ``allow_partial`` (then ``report.complete`` is False
    and the readable objects are written). CancelledError when cancelled; UrbanTwinError when writing
    fails (e.g. disk full). In every failure no output file is left behind and an existing one is untouched:
    the GeoPackage is renamed into place only after data, metadata and the integrity and
    feature-count checks succeeded.
    """
    files = expand_inputs(inputs)
    if not files:
        raise InputFormatError(tr("No CityGML or CityJSON files were found in the input."))
    report = ImportReport(output=output_gpkg, files=files)
    override = _override_info(crs_override)
    database = is_database_target(output_gpkg)  # PostGIS: atomic by one transaction, not by renaming a file
    if database:
        from ..storage.postgis import tiles_to_load

        files, report.unchanged, report.tile_hashes = tiles_to_load(output_gpkg, files)
        if not files:
            report.warnings.append(tr("Every tile is unchanged since the last import; nothing was loaded."))
            return report
    with contextlib.nullcontext(output_gpkg) if database else atomic_path(output_gpkg) as temporary:
        writer = None
        try:
            writer = _run_class(workers, files)(temporary, override, extent, feedback, report, output_gpkg).run(files)
            writer.set_metadata({
                "SOURCE": "; ".join(os.path.basename(f) for f in files),
                "LICENCE": "; ".join(report.licences) or None,
                "CRS": report.crs_authid,
                "VERTICAL_CRS": report.vertical_crs,
                "GENERATOR": "Urban Twin urbantwin:importcitymodel",
            })
            if report.buildings + report.parts + report.other_objects == 0 and report.errors:
                raise InputFormatError("\n".join(report.errors))
            if report.errors and not allow_partial:
                raise InputFormatError(tr(
                    "The input could not be read completely, so the output was not written (an existing one is "
                    "unchanged). Set “Allow partial import” (ALLOW_PARTIAL) to import the readable objects.")
                    + "\n" + "\n".join(report.errors))
            writer.close()
            written = dict(writer.written)
            writer = None
            if provenance is not None and not database:
                _save_qgis_metadata(temporary, report, provenance)
            if not database:
                check_feature_counts(temporary, written, output_gpkg)
        finally:
            if writer is not None:
                writer.abort()
    return report


def _run_class(workers, files):
    from .parallel import ParallelImportRun, worker_count

    count = worker_count(workers, len(files))
    if count <= 1:
        return _ImportRun
    return lambda *args: ParallelImportRun(*args, workers=count)


class _ImportRun:
    """One import: opens each file, fixes the CRS with the first one, streams records into the writer."""

    def __init__(self, temporary, override, extent, feedback, report, target=None):
        self.temporary = temporary
        self.target = target or temporary
        self.override = override
        self.extent = extent
        self.feedback = feedback
        self.report = report
        self.writer = None
        self.info = override
        self.extent_box = None
        self.seen_ids = set()

    def run(self, files):
        for number, path in enumerate(files):
            _check_cancel(self.feedback)
            try:
                self.import_file(path, number, len(files))
            except CancelledError:
                raise
            except UrbanTwinError as err:
                # Unreadable file, or truncated/broken XML/JSON: what was read before stays (complete members only).
                self.problem(self.report.errors, str(err))
            except GeometryProblem as err:  # a problem of the whole file (e.g. NaN in the shared vertex list)
                self.problem(self.report.errors, str(InputFormatError(str(err), path=path)))
            except RecursionError:  # hostile nesting (JSON arrays thousands of levels deep)
                self.problem(self.report.errors, str(InputFormatError(tr("The file is nested too deeply to be read."), path=path)))
            if self.feedback is not None:
                self.feedback.setProgress(100.0 * (number + 1) / len(files))
        if self.writer is None:
            raise InputFormatError("\n".join(self.report.errors) or tr("Nothing could be read."))
        self.report.surfaces = self.writer.counts["surfaces"]
        self.report.footprints = self.writer.counts["footprints"]
        return self.writer

    def problem(self, target, message):
        target.append(message)
        _tell(self.feedback, message)

    def import_file(self, path, number, count):
        reader, srs_name, licence = open_reader(path)
        file_info = self.begin_file(path, srs_name, licence)
        # GML follows the CRS axis order (lat/lon for geographic URN/URL names); CityJSON vertices are
        # always x, y, z like GeoJSON, so only CityGML readers swap.
        reader.swap_xy = bool(file_info and self.override is None and file_info.swap_xy and isinstance(reader, CityGmlReader))
        self.read(reader, os.path.basename(path), number, count, max(os.path.getsize(path), 1))

    def begin_file(self, path, srs_name, licence):
        """CRS of a file: warn when unknown, open the writer with the first, refuse another; note the licence."""
        file_info = parse_srs_name(srs_name) if srs_name else None
        if self.override is None and file_info is None:
            message = tr("The CRS of the file is unknown ({}); the layers get no CRS. Set the CRS parameter to assign one.").format(
                srs_name or tr("none given"))
            self.problem(self.report.warnings, str(UrbanTwinError(message, path=path)))
        if self.writer is None:
            self.open_writer(self.override or file_info)
        elif (self.override is None and file_info is not None and self.info is not None
              and file_info.horizontal_epsg != self.info.horizontal_epsg):
            message = tr("The file is in {} but the import is in {}; it was not imported (import it separately).").format(
                file_info.authid, self.info.authid)
            raise UrbanTwinError(message, path=path)
        if licence and licence not in self.report.licences:
            self.report.licences.append(licence)
        return file_info

    def open_writer(self, info):
        self.info = info
        from ..storage.gpkg_bulk import BulkGeoPackageWriter
        from ..storage.postgis import PostGISWriter, is_database_target

        epsg = info.horizontal_epsg if info else None
        if is_database_target(self.target):
            self.writer = PostGISWriter(self.target, epsg, tiles=self.report.tile_hashes)
        else:
            self.writer = BulkGeoPackageWriter(self.temporary, epsg, target=self.target)
        self.report.crs_authid = info.authid if info else None
        self.report.vertical_crs = "EPSG:{}".format(info.vertical_epsg) if info and info.vertical_epsg else None
        self.extent_box = _extent_filter(self.extent, info.horizontal_epsg if info else None)

    def read(self, reader, name, number, count, size):
        report = self.report
        for index, item in enumerate(reader):
            if item is None:
                continue
            if isinstance(item, SkippedObject):
                self.problem(report.skipped, item)
                continue
            if item.gml_id in self.seen_ids:
                report.duplicates.append(item.gml_id)
                continue
            self.seen_ids.add(item.gml_id)
            if self.extent_box and not _intersects(_bbox_of(item), self.extent_box):
                report.outside_extent += 1
                continue
            self.writer.write(item, name)
            _count(item, report)
            if index % 25 == 0:
                _check_cancel(self.feedback)
                if self.feedback is not None:
                    self.feedback.setProgress(100.0 * (number + min(reader.position / size, 1.0)) / count)


def _bbox_of(record):
    from .geometry import bbox_2d
    from .gpkg_writer import chosen_geometry

    polygons = [p for obj in record.all_objects() for p in chosen_geometry(obj)[1]]
    return bbox_2d(polygons)


def _count(record, report):
    for obj in record.all_objects():
        if obj is record and obj.object_type == "Building":
            report.buildings += 1
        elif obj.object_type == "BuildingPart":
            report.parts += 1
        else:
            report.other_objects += 1


def _check_cancel(feedback):
    if feedback is not None and feedback.isCanceled():
        raise CancelledError()


def _tell(feedback, message):
    if feedback is not None:
        feedback.reportError(str(message), False)


def _save_qgis_metadata(gpkg_path, report, provenance):
    """QGIS layer metadata (title, source files, licence, CRS, provenance) inside the GeoPackage."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsLayerMetadata

    from ..provenance import apply_to_metadata, save_into_geopackage

    titles = {
        "buildings": tr("Buildings and building parts"),
        "building_surfaces": tr("Semantic building surfaces"),
        "footprints": tr("Building footprints (2D)"),
    }
    sources = ", ".join(os.path.basename(f) for f in report.files)
    for layer in LAYERS:
        metadata = QgsLayerMetadata()
        if report.crs_authid:
            metadata.setCrs(QgsCoordinateReferenceSystem(report.crs_authid))
        abstract = tr("Imported from {}. Heights: {}.").format(sources, report.vertical_crs or tr("not specified"))
        apply_to_metadata(metadata, provenance, title=titles[layer], abstract=abstract,
                          licence="; ".join(report.licences) or None)
        save_into_geopackage(gpkg_path, layer, metadata)
