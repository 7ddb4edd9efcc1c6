"""urbantwin:participationpackage — a plan or variant as a self-contained web page for a participation platform."""

import json
import os
import shutil
import tempfile

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..analysis.compliance_io import footprint_from_surfaces, polygon_2d
from ..errors import UrbanTwinError
from ..i18n import tr
from ..participation import package
from .base import UrbanTwinAlgorithm

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
BUILDING_FIELDS = ("name", "function_label", "roof_type_label", "storeys_above_ground", "height", "status", "building_id")
PLAN_FIELDS = ("baugebiet_token", "allgArtDerBaulNutzung", "GRZ", "GFZ", "Z", "name")
CONTRIBUTION_FIELDS = ("text", "category", "date", "votes")
MAX_FIGURE_ROWS = 40


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "participationpackage"
    ALG_GROUP = "participation"
    ICON = "participation_package.svg"

    def display_name(self):
        return tr("Export participation package (web page)")

    def help_text(self):
        return tr(
            "Writes a plan or a planning variant as a web page that can be linked from a participation platform: a map "
            "of the plan areas, the existing and planned buildings and (optionally) the contributions so far, a legend "
            "and the key figures. Everything is inside the page: it sends no request to any server (no map tiles, no "
            "fonts, no trackers), so it works from a file, a USB stick or any web space. The layers are written as "
            "GeoJSON (WGS 84) beside it for re-use.\n\n"
            "Buildings: the footprints or buildings of an import or a variant; buildings with status 'geplant' are "
            "shown as planned. Key figures (optional): a table such as the variant comparison; its rows are listed."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterString("TITLE", tr("Title"), tr("Planning draft")))
        self.addParameter(QgsProcessingParameterString("DESCRIPTION", tr("Description"), "", multiLine=True, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("PLAN", tr("Plan areas (optional)"), polygon, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("BUILDINGS", tr("Buildings or footprints (optional)"), polygon,
                                                              optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("CONTRIBUTIONS", tr("Contributions (optional)"),
                                                              [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("FIGURES", tr("Key figures table (optional)"),
                                                              [QgsProcessing.SourceType.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Package folder")))
        self.addOutput(QgsProcessingOutputFile("OUTPUT_HTML", tr("Web page")))
        self.addOutput(QgsProcessingOutputNumber("FEATURES", tr("Objects on the page")))

    def run_algorithm(self, parameters, context, feedback):
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        if os.path.isfile(folder):
            raise UrbanTwinError(tr("The package folder is a file."), path=folder)
        layers = []
        plan = self.parameterAsSource(parameters, "PLAN", context)
        if plan is not None:
            layers.append(("plan", tr("Plan areas"), self._collection(plan, PLAN_FIELDS, context)))
        buildings = self.parameterAsSource(parameters, "BUILDINGS", context)
        if buildings is not None:
            collection = self._collection(buildings, BUILDING_FIELDS, context, footprints=True)
            planned = [f for f in collection["features"] if (f["properties"].get("status") or "").lower() == "geplant"]
            existing = [f for f in collection["features"] if f not in planned]
            layers.append(("buildings", tr("Existing buildings"), {"type": "FeatureCollection", "features": existing}))
            if planned:
                layers.append(("planned", tr("Planned buildings"), {"type": "FeatureCollection", "features": planned}))
        contributions = self.parameterAsSource(parameters, "CONTRIBUTIONS", context)
        if contributions is not None:
            layers.append(("contributions", tr("Contributions"), self._collection(contributions, CONTRIBUTION_FIELDS, context)))
        if not layers:
            raise UrbanTwinError(tr("Give at least one of plan areas, buildings or contributions."))
        figures = self._figures(self.parameterAsSource(parameters, "FIGURES", context))
        title = self.parameterAsString(parameters, "TITLE", context)
        description = self.parameterAsString(parameters, "DESCRIPTION", context)
        parent = os.path.dirname(os.path.abspath(folder)) or "."
        os.makedirs(parent, exist_ok=True)
        staging = tempfile.mkdtemp(prefix=".{}.".format(os.path.basename(folder.rstrip(os.sep)) or "package"), suffix=".part", dir=parent)
        try:
            package.write_package(staging, title, description, layers, figures)
            if os.path.isdir(folder):  # replace the package as a whole; the old one stays until the new one is complete
                backup = staging + ".old"
                os.replace(folder, backup)
                os.replace(staging, folder)
                shutil.rmtree(backup, ignore_errors=True)
            else:
                os.replace(staging, folder)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        count = sum(len(collection["features"]) for _k, _l, collection in layers)
        feedback.pushInfo(tr("{} objects on the page {}.").format(count, os.path.join(folder, "index.html")))
        return {"OUTPUT_FOLDER": folder, "OUTPUT_HTML": os.path.join(folder, "index.html"), "FEATURES": count}

    @staticmethod
    def _collection(source, wanted, context, footprints=False):
        transform = QgsCoordinateTransform(source.sourceCrs(), WGS84, context.transformContext())
        names = [f.name() for f in source.fields()]
        keep = [n for n in wanted if n in names] or names[:6]
        features = []
        for feature in source.getFeatures():
            geometry = feature.geometry()
            if geometry is None or geometry.isNull():
                continue
            flat = footprint_from_surfaces(geometry) if footprints else (polygon_2d(geometry) if geometry.type() == QgsWkbTypes.GeometryType.PolygonGeometry else geometry)
            if flat is None:
                continue
            flat = QgsGeometry(flat)
            flat.transform(transform)
            properties = {}
            for name in keep:
                value = feature[name]
                properties[name] = None if value is None or (hasattr(value, "isNull") and value.isNull()) else value
            features.append({"type": "Feature", "geometry": json.loads(flat.asJson(7)), "properties": properties})
        return {"type": "FeatureCollection", "features": features}

    @staticmethod
    def _figures(source):
        if source is None:
            return []
        rows = []
        names = [f.name() for f in source.fields()]
        for feature in source.getFeatures():
            prefix = "{} – ".format(feature["variant"]) if "variant" in names else ""
            for name in names:
                if name in ("variant", "fid"):
                    continue
                value = feature[name]
                if value is None or (hasattr(value, "isNull") and value.isNull()):
                    continue
                rows.append((prefix + name, round(value, 2) if isinstance(value, float) else value))
                if len(rows) >= MAX_FIGURE_ROWS:
                    return rows
        return rows
