"""urbantwin:importcitymodel — CityGML / CityJSON / CityJSONSeq files or folders → one GeoPackage."""

import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
)

from ..citymodel.importer import LAYERS, import_citymodel
from ..i18n import tr
from ..provenance import build_provenance
from ..storage.postgis import describe, is_database_target
from .base import UrbanTwinAlgorithm

_POST_PROCESSORS = []  # QGIS does not own Python post-processors: keep them alive here


class _StyleLayer(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, layer_name):
        super().__init__()
        self.layer_name = layer_name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        from ..citymodel.project import apply_style

        apply_style(layer, self.layer_name)


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "importcitymodel"
    ALG_GROUP = "import"
    ICON = "import_citymodel.svg"

    INPUT = "INPUT"
    EXTENT = "EXTENT"
    CRS = "CRS"
    ALLOW_PARTIAL = "ALLOW_PARTIAL"
    LOD = "LOD"
    TARGET_CRS = "TARGET_CRS"
    WORKERS = "WORKERS"
    OUTPUT = "OUTPUT"

    def display_name(self):
        return tr("Import 3D city model (CityGML, CityJSON)")

    def tags(self):
        return ["citygml", "cityjson", "cityjsonseq", "lod2", "3d", "gebäude", "building", "import", "geopackage"]

    def help_text(self):
        return tr(
            "Imports 3D city models into one GeoPackage with the layers buildings (one feature per building and "
            "building part, LoD2 shell else LoD1, attributes with German labels from the AdV code lists), "
            "building_surfaces (roof, wall, ground … surfaces with area, tilt and azimuth) and footprints (2D).\n\n"
            "Input files: CityGML 1.0/2.0/3.0 (.gml, .xml), CityJSON 1.0/1.1/2.0 (.json, .city.json) and "
            "CityJSONSeq (.jsonl). Several files or folders (all city model files inside are read) go into one "
            "GeoPackage; a building that appears in two neighbouring tiles is imported once.\n\n"
            "Extent (optional): only objects whose outline intersects this extent are imported.\n\n"
            "CRS (optional): assigns this coordinate reference system when the file names none or an unknown one; "
            "coordinates are not transformed. Without it, the CRS is read from the file (urn:adv:crs, EPSG, "
            "OGC URN/URL forms). An EPSG code unknown to PROJ is reported; assign the right CRS here.\n\n"
            "Level of detail (LoD): one LoD per building, never several merged: the chosen one (default 2) where the "
            "building has it, else the highest below it, else the lowest above it. Surfaces, shell, footprint and "
            "heights all come from that LoD; the field lod says which one was taken, the log how many buildings had "
            "which LoDs.\n\n"
            "Reproject to (optional): transforms the whole import into this CRS. Data in a geographic CRS (lat/lon, "
            "e.g. EPSG:4326, 4979, 4258, 6697) without it keeps its coordinates; areas, tilts, azimuths and "
            "footprint areas are then computed in metres in the UTM zone of the data. Heights are never transformed.\n\n"
            "Rings whose last point misses the first by up to 1 mm are closed (counted in the log); larger gaps "
            "skip the object.\n\n"
            "Output: the GeoPackage; it is written completely or not at all. Objects with broken geometry or "
            "dangling references are skipped and listed in the log with file and object id.\n\n"
            "Allow partial import: a file that cannot be read to its end (truncated, broken XML/JSON, another CRS) "
            "stops the import and leaves an existing output unchanged. When this is set, the readable objects are "
            "imported instead; the result COMPLETE is then false. SKIPPED counts the objects not imported."
        ) + "\n\n" + tr(
            "Worker processes: tiles are read in this many processes at once; 1 reads everything in this process. "
            "Default 0 = automatic: as many as the computer has processor cores, but one process for less than 12 MB "
            "of input, where starting the workers would take longer than it saves. One process writes, in file "
            "order, so the result is the same for every number."
        ) + "\n\n" + tr(
            "PostGIS instead of a GeoPackage: give as output postgres://user@host:port/database?schema=NAME (the "
            "password from ~/.pgpass or PGPASSWORD) or pgconn:NAME?schema=NAME (a PostgreSQL connection stored in "
            "QGIS). The three tables are replaced in one transaction and their styles stored in layer_styles."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.INPUT, tr("City model files or folders"), QgsProcessing.SourceType.TypeFile
            )
        )
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Only objects in this extent"), optional=True))
        self.addParameter(
            QgsProcessingParameterCrs(self.CRS, tr("Assign CRS (when the file has none or an unknown one)"), optional=True)
        )
        self.addParameter(QgsProcessingParameterNumber(
            self.LOD, tr("Level of detail (1–4; else the highest below, else the lowest above)"),
            QgsProcessingParameterNumber.Type.Integer, 2, False, 1, 4))
        self.addParameter(QgsProcessingParameterCrs(self.TARGET_CRS, tr("Reproject to CRS"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ALLOW_PARTIAL, tr("Allow partial import (import what is readable of truncated or broken files)"),
            defaultValue=False))
        workers = QgsProcessingParameterNumber(
            self.WORKERS, tr("Worker processes (tiles read in parallel; 0 = automatic)"),
            QgsProcessingParameterNumber.Type.Integer, defaultValue=0, minValue=0, maxValue=64)
        self.addParameter(workers)
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT, tr("Target GeoPackage"), tr("GeoPackage (*.gpkg)"))
        )
        self.addOutput(QgsProcessingOutputNumber("BUILDINGS", tr("Number of buildings")))
        self.addOutput(QgsProcessingOutputNumber("PARTS", tr("Number of building parts")))
        self.addOutput(QgsProcessingOutputNumber("SURFACES", tr("Number of surfaces")))
        self.addOutput(QgsProcessingOutputNumber("SKIPPED", tr("Number of skipped objects")))
        self.addOutput(QgsProcessingOutputBoolean("COMPLETE", tr("All input files were read completely")))

    def run_algorithm(self, parameters, context, feedback):
        inputs = self._inputs(parameters, context)
        output = self._output(parameters, context)
        crs = self.parameterAsCrs(parameters, self.CRS, context) if parameters.get(self.CRS) else None
        lod = self.parameterAsInt(parameters, self.LOD, context) if parameters.get(self.LOD) not in (None, "") else 2
        target = self.parameterAsCrs(parameters, self.TARGET_CRS, context) if parameters.get(self.TARGET_CRS) else None
        extent = None
        if parameters.get(self.EXTENT):
            rectangle = self.parameterAsExtent(parameters, self.EXTENT, context)
            extent_crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
            if not rectangle.isNull() and not rectangle.isEmpty():
                extent = (rectangle.xMinimum(), rectangle.yMinimum(), rectangle.xMaximum(), rectangle.yMaximum(),
                          extent_crs.authid() if extent_crs.isValid() else None)
        provenance = build_provenance("urbantwin:importcitymodel", {"CRS": crs, "EXTENT": extent, "LOD": lod,
                                                                     "TARGET_CRS": target}, inputs)
        allow_partial = self.parameterAsBoolean(parameters, self.ALLOW_PARTIAL, context)
        workers = self.parameterAsInt(parameters, self.WORKERS, context) if parameters.get(self.WORKERS) is not None else None
        report = import_citymodel(inputs, output, crs_override=crs if crs and crs.isValid() else None,
                                  extent=extent, feedback=feedback, provenance=provenance, allow_partial=allow_partial,
                                  lod=lod, target_crs=target if target and target.isValid() else None, workers=workers)
        if not report.complete:
            feedback.pushWarning(tr("Partial import: {} input file(s) could not be read completely.").format(len(report.errors)))
        feedback.pushInfo(
            tr("{} buildings, {} building parts, {} other objects, {} surfaces, {} skipped; CRS {}.").format(
                report.buildings, report.parts, report.other_objects, report.surfaces, report.skipped_count,
                report.crs_authid or tr("unknown"))
        )
        if report.duplicates:
            feedback.pushWarning(tr("{} objects appeared in more than one tile and were imported once: {}").format(
                len(report.duplicates), ", ".join(report.duplicates[:10])))
        if report.unchanged:
            feedback.pushInfo(tr("{} tiles are unchanged since the last import and were not read again.").format(
                len(report.unchanged)))
        if report.outside_extent:
            feedback.pushInfo(tr("{} objects lie outside the extent.").format(report.outside_extent))
        if is_database_target(output):
            from ..citymodel.project import apply_style, layer_titles
            from ..storage.postgis import save_styles

            for table, message in save_styles(output, layer_titles(), apply_style):
                if message:  # e.g. no rights on layer_styles: the tables are loaded, only unstyled for others
                    feedback.pushWarning(tr("The style could not be stored in the database: {}").format(message) + " (" + table + ")")
            feedback.pushInfo(tr("The tables and their styles (table layer_styles) are in the database: {}").format(
                describe(output)))
        self._load_on_completion(output, context)
        return {
            self.OUTPUT: output,
            "BUILDINGS": report.buildings,
            "PARTS": report.parts,
            "SURFACES": report.surfaces,
            "SKIPPED": report.skipped_count,
            "COMPLETE": report.complete,
        }

    def _output(self, parameters, context):
        """A GeoPackage path (".gpkg" added), or a PostGIS target postgres://… / pgconn:… as given."""
        value = parameters.get(self.OUTPUT)
        if isinstance(value, str) and is_database_target(value):
            return value.strip()
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if is_database_target(output):
            return output
        if not output.lower().endswith(".gpkg"):
            output += ".gpkg"
        return output

    def _inputs(self, parameters, context):
        """File paths as given; folders are accepted too (expanded by the importer)."""
        value = parameters.get(self.INPUT)
        if isinstance(value, str):
            value = [part for part in value.split(";") if part]
        paths = []
        for item in value or []:
            item = item.source() if hasattr(item, "source") else str(item)
            paths.append(item.split("|", 1)[0])
        if not paths:
            paths = self.parameterAsFileList(parameters, self.INPUT, context)
        if not paths:
            raise QgsProcessingException(tr("No input files given."))
        missing = [path for path in paths if not os.path.exists(path)]
        if missing:
            raise QgsProcessingException(tr("Input not found: {}").format(", ".join(missing)))
        return paths

    def _load_on_completion(self, output, context):
        """Toolbox runs load the styled layers (qgis_process and the drop handler do not use this)."""
        if context.project() is None:
            return
        from ..citymodel.project import layer_titles

        titles = layer_titles()
        for layer_name in LAYERS:
            details = QgsProcessingContext.LayerDetails(titles[layer_name], context.project(), layer_name)
            post_processor = _StyleLayer(layer_name)
            _POST_PROCESSORS.append(post_processor)
            details.setPostProcessor(post_processor)
            if is_database_target(output):  # the tables, as every planner opens them (style from layer_styles too)
                from ..storage.postgis import layer_uri

                source = "postgres://" + layer_uri(output, layer_name)
            else:
                source = "{}|layername={}".format(output, layer_name)
            context.addLayerToLoadOnCompletion(source, details)
