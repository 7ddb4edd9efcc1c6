"""urbantwin:composevariant — existing city − demolitions + planned buildings → one variant GeoPackage."""

import os

from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ..errors import UrbanTwinError
from ..features import iter_features
from ..i18n import tr
from ..provenance import build_provenance
from ..variants.compose import compose_variant
from .base import UrbanTwinAlgorithm
from .variant_outputs import load_variant_on_completion, save_variant_metadata


def gpkg_path_of(value):
    """A file path from a layer, a layer source ("file.gpkg|layername=…") or a path."""
    if hasattr(value, "source"):
        value = value.source()
    return str(value).split("|", 1)[0]


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "composevariant"
    ALG_GROUP = "variants"
    ICON = "variant_compose.svg"

    def display_name(self):
        return tr("Compose planning variant")

    def tags(self):
        return ["variante", "planungsvariante", "abriss", "bestand", "geplant", "variant"]

    def help_text(self):
        return tr(
            "Composes a planning variant: the existing city model (GeoPackage of the city model import) minus the "
            "buildings to be demolished plus one or more sets of planned buildings (outputs of “Building masses "
            "from footprints”), as one GeoPackage in the import's schema. Every analysis (plan check, district "
            "figures, solar potential, shadows, sun hours) runs on it as on the existing city.\n\n"
            "Demolitions (optional): a layer — selected buildings of the city model (their building_id is used) or "
            "polygons (buildings with their footprint inside are demolished) — or a list of building ids separated "
            "by commas.\n"
            "The status field tells existing (Bestand) from planned (geplant) buildings; demolished buildings are "
            "kept with status Abriss-markiert in the extra layer “demolished” for maps. The variant name is stored "
            "in the layer metadata and the provenance, so the file can be kept, published to the catalogue and "
            "reloaded."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile("CITY", tr("Existing city model (GeoPackage of the import)"),
                                                     extension="gpkg"))
        self.addParameter(QgsProcessingParameterMultipleLayers("PLANNED", tr("Planned buildings (massing outputs)"),
                                                               QgsProcessing.SourceType.TypeFile))
        self.addParameter(QgsProcessingParameterFeatureSource("DEMOLISH", tr("Demolitions: buildings, polygons or a list of building ids"),
                                                              [QgsProcessing.SourceType.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterString("NAME", tr("Variant name"), "Variante A"))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Variant (GeoPackage)"), tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputNumber("EXISTING", tr("Existing buildings kept")))
        self.addOutput(QgsProcessingOutputNumber("PLANNED_COUNT", tr("Planned buildings")))
        self.addOutput(QgsProcessingOutputNumber("DEMOLISHED", tr("Demolished buildings")))
        self.addOutput(QgsProcessingOutputString("VARIANT", tr("Variant name")))

    @staticmethod
    def _is_id_list(raw, context):
        """DEMOLISH given as text that is neither a layer nor a file: a list of building ids."""
        return (isinstance(raw, str) and raw.strip() != "" and QgsProcessingUtils.mapLayerFromString(raw, context) is None
                and not os.path.exists(raw.split("|")[0]))

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        if self._is_id_list(parameters.get("DEMOLISH"), context):
            parameters = {k: v for k, v in parameters.items() if k != "DEMOLISH"}  # ids, not a layer source
        return super().checkParameterValues(parameters, context)

    def _planned_paths(self, parameters, context):
        value = parameters.get("PLANNED")
        if isinstance(value, str):
            value = [part for part in value.split(";") if part]
        paths = [gpkg_path_of(item) for item in value or []]
        if not paths:
            paths = [gpkg_path_of(p) for p in self.parameterAsFileList(parameters, "PLANNED", context)]
        unique = []
        for path in paths:
            if path not in unique:
                unique.append(path)
        if not unique:
            raise QgsProcessingException(tr("Give at least one massing output (planned buildings)."))
        return unique

    def _demolitions(self, parameters, context, city_path, feedback):
        """(ids, OGR polygons in the city's CRS) from the DEMOLISH parameter."""
        raw = parameters.get("DEMOLISH")
        if raw in (None, ""):
            return [], []
        if self._is_id_list(raw, context):
            return [part.strip() for part in raw.replace(";", ",").split(",") if part.strip()], []
        source = self.parameterAsSource(parameters, "DEMOLISH", context)
        if source is None:
            raise UrbanTwinError(tr("The demolition layer cannot be read."), path=str(raw))
        names = source.fields().names()
        id_field = "building_id" if "building_id" in names else ("gml_id" if "gml_id" in names else None)
        if id_field:
            return [str(f[id_field]) for f in iter_features(source, None, feedback.isCanceled) if f[id_field] not in (None, "")], []
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise UrbanTwinError(tr("The demolition layer needs a building_id field or polygons."), path=str(raw))
        city = ogr.Open(city_path)
        srs = city.GetLayerByName("buildings").GetSpatialRef()
        city_crs = QgsCoordinateReferenceSystem(srs.ExportToWkt()) if srs is not None else source.sourceCrs()
        transform = QgsCoordinateTransform(source.sourceCrs(), city_crs, context.transformContext()) if city_crs != source.sourceCrs() else None
        polygons = []
        for feature in iter_features(source, None, feedback.isCanceled):
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                continue
            if transform is not None:
                geometry.transform(transform)
            polygons.append(ogr.CreateGeometryFromWkb(bytes(geometry.asWkb())))
        return [], polygons

    def run_algorithm(self, parameters, context, feedback):
        city_path = self.parameterAsFile(parameters, "CITY", context)
        planned = self._planned_paths(parameters, context)
        name = self.parameterAsString(parameters, "NAME", context).strip()
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if not output.lower().endswith(".gpkg"):
            output += ".gpkg"
        if os.path.abspath(output) in {os.path.abspath(p) for p in [city_path] + planned}:
            raise UrbanTwinError(tr("The variant must not overwrite one of its inputs."), path=output)
        ids, polygons = self._demolitions(parameters, context, city_path, feedback)
        provenance = build_provenance("urbantwin:composevariant", {"NAME": name, "DEMOLISH": ids or parameters.get("DEMOLISH")},
                                      [city_path] + planned, {"variant": name})

        def store_metadata(temporary):
            abstract = tr("Planning variant “{}”: {} minus demolitions plus {}.").format(
                name, os.path.basename(city_path), ", ".join(os.path.basename(p) for p in planned))
            save_variant_metadata(temporary, provenance, tr("Variant {}").format(name), abstract)

        report = compose_variant(city_path, planned, output, name, ids, polygons, store_metadata, feedback)
        if report.unknown_ids:
            feedback.pushWarning(tr("These building ids to demolish are not in the city model: {}").format(", ".join(report.unknown_ids)))
        feedback.pushInfo(tr("Variant “{}”: {} existing buildings kept, {} demolished, {} planned.").format(
            name, report.existing, len(report.demolished), report.planned))
        load_variant_on_completion(output, context, tr("Variant {}").format(name))
        feedback.setProgress(100)
        return {"OUTPUT": output, "EXISTING": report.existing, "PLANNED_COUNT": report.planned,
                "DEMOLISHED": len(report.demolished), "VARIANT": name}
