"""import_citymodel: files and folders → one GeoPackage (atomic), with a report of what happened.

Several tiles go into one GeoPackage; a top-level object id seen in an earlier tile is a tile-border
duplicate and is skipped (reported). The CRS comes from the first file (srsName / referenceSystem);
an unknown CRS is a warning and the ``crs_override`` parameter assigns one — coordinates are never
guessed. Only ``target_crs`` reprojects; figures of data in degrees are measured in the data's UTM zone.
One LoD per object (``lod``, see lod.py).
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
from .geometry import RING_TOLERANCE_M, GeometryProblem
from .lod import lod_order, select_lod
from .metric import (
    PointTransform,
    check_plausible,
    is_geographic,
    is_known,
    metres_per_unit,
    record_points,
    transform_record,
    utm_epsg,
)
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
    lod_counts: dict = field(default_factory=dict)  # "1+2" (LoDs a building incl. its parts has) → number of buildings
    lod_taken: dict = field(default_factory=dict)  # LoD taken (the building's, else its parts') → number of buildings
    closed_rings: int = 0  # rings closed within the tolerance
    duplicate_ids: int = 0  # polygons sharing a gml:id with another one in the same building
    metric_crs: Optional[str] = None  # where areas/tilts/azimuths were measured when the data is in degrees
    notes: list = field(default_factory=list)  # information for the log (LoDs, repairs, metric CRS)
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
    if not is_known(info.horizontal_epsg):
        raise UrbanTwinError(tr("The CRS {} is not known to PROJ.").format(text))
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
                     allow_partial=False, lod=None, target_crs=None, ring_tolerance=RING_TOLERANCE_M, workers=None):
    """Import city model files/folders into ``output_gpkg``; returns an ImportReport.

    ``lod``: 1–4, the LoD to take (default 2; else the highest below, else the lowest above);
    ``target_crs``: reproject everything into this CRS (authid, EPSG number or QgsCoordinateReferenceSystem);
    ``ring_tolerance``: rings whose ends miss each other by at most this many metres are closed;
    ``workers``: processes that parse the files in parallel (None or 0: automatic — the number of
    cores, one process for small inputs, parallel.AUTO_MIN_BYTES; 1: all in this process).
    This process alone prepares and writes the objects, in file order, with the same rules, so the result is the same
    for every number of workers (core/citymodel/parallel.py). ``output_gpkg`` may also be a PostGIS target
    (core/storage/postgis.py).

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
    options = _Options(lod_order(lod), _override_info(target_crs), float(ring_tolerance))
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
            writer = _run_class(workers, files)(temporary, override, extent, feedback, report, options, output_gpkg).run(files)
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
            _note_kept_dependents(writer, report, feedback)
            writer = None
            if provenance is not None and not database:
                _save_qgis_metadata(temporary, report, provenance)
            if not database:
                check_feature_counts(temporary, written, output_gpkg)
        finally:
            if writer is not None:
                writer.abort()
    return report


@dataclass
class _Options:
    lod_order: tuple
    target: Optional[SrsInfo] = None
    ring_tolerance: float = RING_TOLERANCE_M


def _size(path):
    try:
        return os.path.getsize(path)
    except OSError:
        return 0  # unreadable: the import reports it


def _run_class(workers, files):
    from .parallel import ParallelImportRun, worker_count

    count = worker_count(workers, len(files), sum(_size(path) for path in files) if not workers else None)
    if count <= 1:
        return _ImportRun
    return lambda *args: ParallelImportRun(*args, workers=count)


class _ImportRun:
    """One import: opens each file, fixes the CRS with the first one, streams records into the writer."""

    def __init__(self, temporary, override, extent, feedback, report, options=None, target=None):
        self.temporary = temporary
        self.target = target or temporary
        self.override = override
        self.extent = extent
        self.feedback = feedback
        self.report = report
        self.options = options or _Options(lod_order())
        self.writer = None
        self.info = override
        self.extent_box = None
        self.seen_ids = set()
        self.source = None  # the CRS objects of the current file are in (override or the file's)
        self.reproject = None  # PointTransform file CRS → TARGET_CRS
        self.metric = None  # PointTransform layer CRS (degrees) → UTM, chosen at the first object
        self.back = None
        self.geographic = False  # the layers' CRS is geographic: figures are measured in self.metric
        self.geographic_source = False  # the file's CRS is geographic: plausibility limits in degrees

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
        self.finish_report()
        return self.writer

    def finish_report(self):
        """Counts of the writer and the log lines (LoDs, repairs, metric CRS) — serial and parallel alike."""
        self.report.surfaces = self.writer.counts["surfaces"]
        self.report.footprints = self.writer.counts["footprints"]
        self.report.notes.extend(_notes(self.report, self.options))
        push_info = getattr(self.feedback, "pushInfo", None)  # a plain QgsFeedback (e.g. from a task) has no log
        for note in self.report.notes:
            if push_info is not None:
                push_info(note)

    def problem(self, target, message):
        target.append(message)
        _tell(self.feedback, message)

    def import_file(self, path, number, count):
        reader, srs_name, licence = open_reader(path)
        file_info = self.begin_file(path, srs_name, licence)
        configure_reader(reader, file_info, self.override is not None, self.source.horizontal_epsg if self.source else None,
                         self.options.lod_order, self.options.ring_tolerance)
        self.read(reader, os.path.basename(path), number, count, max(os.path.getsize(path), 1))

    def begin_file(self, path, srs_name, licence):
        """CRS of a file: warn when unknown, open the writer with the first, refuse another; note the licence."""
        file_info = parse_srs_name(srs_name) if srs_name else None
        if file_info is not None and not is_known(file_info.horizontal_epsg):
            if self.override is None:
                message = tr("The CRS of the file ({}) is not known to PROJ; the layers get no CRS and the figures assume "
                             "metres. Set the CRS parameter to assign the right one.").format(srs_name)
                self.problem(self.report.warnings, str(UrbanTwinError(message, path=path)))
            file_info = None
        elif self.override is None and file_info is None:
            message = tr("The CRS of the file is unknown ({}); the layers get no CRS. Set the CRS parameter to assign one.").format(
                srs_name or tr("none given"))
            self.problem(self.report.warnings, str(UrbanTwinError(message, path=path)))
        source = self.override or file_info
        target = self.options.target
        if target is not None:
            if source is None:
                raise UrbanTwinError(tr("The file cannot be reprojected into {}: its CRS is unknown. Set the CRS parameter.")
                                     .format(target.authid), path=path)
            self.reproject = (PointTransform(source.horizontal_epsg, target.horizontal_epsg)
                              if source.horizontal_epsg != target.horizontal_epsg else None)
            if self.writer is None:
                self.open_writer(SrsInfo(target.horizontal_epsg, target.vertical_epsg or source.vertical_epsg, False,
                                         target.source))
        elif self.writer is None:
            self.open_writer(source)
        elif (self.override is None and file_info is not None and self.info is not None
              and file_info.horizontal_epsg != self.info.horizontal_epsg):
            message = tr("The file is in {} but the import is in {}; it was not imported (import it separately).").format(
                file_info.authid, self.info.authid)
            raise UrbanTwinError(message, path=path)
        self.source = source
        self.geographic_source = bool(source and is_geographic(source.horizontal_epsg))
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
            self.writer.feedback = self.feedback
        else:
            self.writer = BulkGeoPackageWriter(self.temporary, epsg, target=self.target)
        self.writer.lod_preference = self.options.lod_order
        self.report.crs_authid = info.authid if info else None
        self.report.vertical_crs = "EPSG:{}".format(info.vertical_epsg) if info and info.vertical_epsg else None
        self.extent_box = _extent_filter(self.extent, info.horizontal_epsg if info else None)
        self.geographic = bool(info and is_geographic(info.horizontal_epsg))

    def read(self, reader, name, number, count, size):
        for index, item in enumerate(reader):
            if item is None:
                continue
            self.take(item, reader.path, name)
            if index % 25 == 0:
                _check_cancel(self.feedback)
                if self.feedback is not None:
                    self.feedback.setProgress(100.0 * (number + min(reader.position / size, 1.0)) / count)

    def take(self, item, path, name):
        """One object or skip of a file: tile-border duplicates, plausibility, LoD, reprojection, extent, write.
        The same for the serial and the parallel import (parallel.py hands over the parsed objects)."""
        report = self.report
        if isinstance(item, SkippedObject):
            self.problem(report.skipped, item)
            return
        if item.gml_id in self.seen_ids:
            report.duplicates.append(item.gml_id)
            return
        self.seen_ids.add(item.gml_id)
        if type(item).__name__ == "PreparedObject":  # rows made by a worker (parallel.py)
            self.take_prepared(item)
            return
        try:
            item, metric, lods = self.prepare(item)
        except GeometryProblem as err:
            self.problem(report.skipped, SkippedObject(path, item.gml_id, str(err)))
            return
        if self.extent_box and not _intersects(_bbox_of(item), self.extent_box):
            report.outside_extent += 1
            return
        self.writer.write(item, name, metric, self.back)
        _count(item, report)
        self.count_lods(item, lods)

    def take_prepared(self, item):
        """A worker's rows: only made where prepare() would not change the object (no reprojection, not geographic)."""
        if self.reproject is not None or self.geographic:
            raise UrbanTwinError("internal: a worker prepared an object that needs reprojection", obj=item.gml_id)
        report = self.report
        if self.extent_box and not _intersects(item.bbox, self.extent_box):
            report.outside_extent += 1
            return
        self.writer.write_rows(item.rows)
        self.writer.count_rows(item.rows)
        _count_types(item.object_types, report)
        self.count_lods(item, item.lods, object_type=item.object_types[0][1])

    def prepare(self, item):
        """(record to write, the same in metres or None): plausible coordinates, one LoD, reprojected."""
        check_plausible(item, self.geographic_source)
        lods = select_lod(item, self.options.lod_order)
        if self.reproject is not None:
            item = transform_record(item, self.reproject)
        if not self.geographic:
            return item, None, lods
        if self.metric is None:
            points = record_points(item)
            if points is None:
                return item, None, lods
            lon, lat = points[:, 0].mean(), points[:, 1].mean()
            self.metric = PointTransform(self.info.horizontal_epsg, utm_epsg(self.info.horizontal_epsg, lon, lat))
            self.back = self.metric.inverse()
            self.report.metric_crs = "EPSG:{}".format(self.metric.target_epsg)
        return item, transform_record(item, self.metric), lods

    def count_lods(self, item, lods, object_type=None):
        report = self.report
        report.closed_rings += item.repairs.get("closed_rings", 0)
        report.duplicate_ids += item.repairs.get("duplicate_ids", 0)
        if (object_type or item.object_type) != "Building":
            return
        available, chosen = lods
        key = "+".join(str(lod) for lod in sorted(available))
        if key:
            report.lod_counts[key] = report.lod_counts.get(key, 0) + 1
        if chosen is not None:
            report.lod_taken[chosen] = report.lod_taken.get(chosen, 0) + 1


def _notes(report, options):
    """Log lines: which LoDs the objects had and which was taken, what was tolerated, where figures were measured."""
    notes = []
    if report.lod_counts:
        having = ", ".join(tr("{} with LoD {}").format(number, key)
                           for key, number in sorted(report.lod_counts.items()))
        taken = ", ".join(tr("LoD{} for {}").format(lod, number) for lod, number in sorted(report.lod_taken.items()))
        notes.append(tr("Levels of detail of the buildings: {}. Taken (one LoD per building, preferred LoD{}): {}.")
                     .format(having, options.lod_order[0], taken))
    if report.closed_rings:
        notes.append(tr("{} nearly closed rings (gap up to {} mm) were closed.").format(
            report.closed_rings, round(options.ring_tolerance * 1000.0, 3)))
    if report.duplicate_ids:
        notes.append(tr("{} polygons had a gml:id already used in the same building; references were resolved in order.")
                     .format(report.duplicate_ids))
    if report.metric_crs:
        notes.append(tr("The data is in geographic coordinates ({}); areas, tilts, azimuths and footprint areas were "
                        "computed in metres in {} (UTM zone of the data).").format(report.crs_authid, report.metric_crs))
    return notes


def _note_kept_dependents(writer, report, feedback):
    """PostGIS: say which tables were refilled in place because views (…) of the team depend on them."""
    for table, (_mode, kept) in sorted(getattr(writer, "replaced", {}).items()):
        if kept:
            note = tr("{}: refilled in place (slower than a table swap) to keep what depends on it: {}.").format(
                table, ", ".join(kept))
            report.notes.append(note)
            if hasattr(feedback, "pushInfo"):
                feedback.pushInfo(note)


def _bbox_of(record):
    from .geometry import bbox_2d
    from .gpkg_writer import chosen_geometry

    polygons = [p for obj in record.all_objects() for p in chosen_geometry(obj)[1]]
    return bbox_2d(polygons)


def _count(record, report):
    _count_types(((obj is record, obj.object_type) for obj in record.all_objects()), report)


def _count_types(types, report):
    """(is the top-level object, object type) per object → buildings, parts, other objects."""
    for is_top, object_type in types:
        if is_top and object_type == "Building":
            report.buildings += 1
        elif object_type == "BuildingPart":
            report.parts += 1
        else:
            report.other_objects += 1


def configure_reader(reader, file_info, has_override, source_epsg, lod_order, ring_tolerance):
    """Set a reader up for one file (the serial import and the parallel workers alike)."""
    # GML follows the CRS axis order (lat/lon for geographic URN/URL names); CityJSON vertices are
    # always x, y, z like GeoJSON, so only CityGML readers swap.
    reader.swap_xy = bool(file_info and not has_override and file_info.swap_xy and isinstance(reader, CityGmlReader))
    reader.lod_order = lod_order
    reader.tolerance = ring_tolerance
    reader.metres_per_unit = metres_per_unit(source_epsg) if source_epsg else 1.0


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
