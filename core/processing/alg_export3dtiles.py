"""urbantwin:export3dtiles — buildings as a 3D Tiles 1.1 tileset (+ index.html with CesiumJS) and a single .glb."""

import os
import shutil
import tempfile

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsRenderContext,
)

from ..analysis.solar.geometry import polygons_from_wkb
from ..atomic import atomic_path
from ..errors import UrbanTwinError
from ..export3d import colors, tiles3d, web
from ..export3d.mesh import BuildingInput
from ..features import iter_features
from ..fieldtypes import is_numeric
from ..i18n import tr
from .base import UrbanTwinAlgorithm

EXISTING = "Bestand"  # status of buildings without one (the importer writes Bestand; variants geplant)


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "export3dtiles"
    ALG_GROUP = "export3d"
    ICON = "export_3dtiles.svg"

    def display_name(self):
        return tr("Export buildings as 3D Tiles (web 3D)")

    def help_text(self):
        return tr(
            "Writes the buildings as a 3D Tiles 1.1 tileset (tileset.json and one glTF 2.0 .glb per tile, quadtree) "
            "for CesiumJS, the Masterportal and other web 3D viewers, with an index.html that shows it.\n\n"
            "Every building keeps its id, function, height, status and the chosen fields as properties "
            "(EXT_mesh_features / EXT_structural_metadata). Colour: by the chosen field (numbers in five classes, "
            "text by category) or, without one, by the layer's QGIS style.\n"
            "Placement: from the layer's CRS to earth-centred coordinates; heights are taken as m NHN (DHHN2016) "
            "and turned into ellipsoidal heights with the geoid (GCG2016 where installed, otherwise EGM96).\n"
            "CesiumJS: index.html loads it from the folder 'cesium' next to it. The export copies it there when "
            "the QGIS setting UrbanTwin/cesiumDir (or the environment variable URBANTWIN_CESIUM_DIR) names a "
            "local Cesium build (folder Build/Cesium of the npm package cesium); otherwise copy it yourself.\n"
            "Single .glb (optional): all buildings in one file, for small selections and 3D programs."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr("Buildings (buildings layer of an import or variant)"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField("COLOR_FIELD", tr("Colour by field (empty: the layer's style)"), None,
                                                      "INPUT", optional=True))
        self.addParameter(QgsProcessingParameterField("PROPERTIES", tr("Further fields as properties"), None, "INPUT",
                                                      allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder (tileset)")))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_GLB", tr("Single glTF file (.glb, optional)"),
                                                                tr("glTF binary (*.glb)"), optional=True,
                                                                createByDefault=False))

    def run_algorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise UrbanTwinError(tr("The buildings layer is required."))
        crs = source.sourceCrs()
        if not crs.isValid() or crs.isGeographic():
            raise UrbanTwinError(tr("The buildings layer must be in a projected CRS with metres (e.g. EPSG:25832)."))
        color_field = self.parameterAsString(parameters, "COLOR_FIELD", context) or None
        chosen = [name for name in self.parameterAsFields(parameters, "PROPERTIES", context) if name]
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        glb_path = self.parameterAsFileOutput(parameters, "OUTPUT_GLB", context) or None
        fields = source.fields()
        columns = [("id", "STRING", tr("Building id")), ("function_label", "STRING", tr("Function")),
                   ("height", "FLOAT64", tr("Height (m)")), ("status", "STRING", tr("Status"))]
        extra = [name for name in chosen if name not in ("id", "function_label", "height", "status")]
        if color_field and color_field not in extra and color_field not in ("function_label", "height", "status"):
            extra.append(color_field)
        for name in extra:
            index = fields.indexFromName(name)
            columns.append((name, "FLOAT64" if index >= 0 and is_numeric(fields.at(index)) else "STRING", name))
        if color_field and fields.indexFromName(color_field) < 0:
            raise UrbanTwinError(tr("The field {} does not exist in the buildings layer.").format(color_field))
        # pass 1, streaming: ids, boxes, properties, colours (small); the geometry is read again per tile, so the
        # memory stays flat with the number of buildings
        style = None if color_field else _StyleColours(self.parameterAsVectorLayer(parameters, "INPUT", context), fields)
        records, entries, wholes, colour_values = {}, [], set(), []
        for feature in iter_features(source, None, feedback.isCanceled):
            if not feature.hasGeometry():
                continue
            is_part = _value(feature, "is_part") == 1
            if not is_part:
                wholes.add(str(_value(feature, "building_id")))
            geometry = feature.geometry()
            box = geometry.boundingBox()
            z_min = _value(feature, "z_min")
            if not isinstance(z_min, (int, float)):
                z_min = min((v.z() for v in geometry.vertices()), default=0.0)
            properties = {"id": _label(feature), "function_label": _value(feature, "function_label"),
                          "height": _height(feature), "status": _value(feature, "status") or EXISTING}
            for name in extra:
                value = _value(feature, name)
                properties[name] = value if value is None or isinstance(value, (int, float, str)) else str(value)
            colour = style.colour(feature) if style is not None else None
            colour_values.append(_value(feature, color_field) if color_field else None)
            records[feature.id()] = [properties, colour, is_part, str(_value(feature, "building_id"))]
            entries.append((feature.id(), (box.center().x(), box.center().y()),
                            (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum(), float(z_min))))
        if style is not None:
            style.finish()
        else:
            for record, colour in zip(records.values(), colors.colors_by_values(colour_values)[0]):
                record[1] = colour
        # a BuildingPart whose whole building is exported too is already inside the whole's shell
        entries = [e for e in entries if not (records[e[0]][2] and records[e[0]][3] in wholes)]
        feedback.setProgress(5)

        def load(fids):
            request = QgsFeatureRequest().setFilterFids(list(fids)).setNoAttributes()
            geometries = {f.id(): f.geometry() for f in iter_features(source, request)}
            buildings = []
            for fid in fids:
                geometry = geometries.get(fid)
                try:
                    polygons = polygons_from_wkb(bytes(geometry.asWkb())) if geometry is not None else None
                except UrbanTwinError:
                    polygons = None
                properties, colour = records[fid][:2]
                if not polygons:
                    feedback.pushWarning(tr("Building {} has no 3D geometry and is left out.").format(properties["id"]))
                    continue
                buildings.append(BuildingInput(properties["id"], polygons, properties, colour))
            return buildings

        os.makedirs(folder, exist_ok=True)
        staging = tempfile.mkdtemp(prefix=".urbantwin-", dir=folder)
        try:
            staged_glb = os.path.join(staging, "single.glb") if glb_path else None
            summary = tiles3d.build_tileset(entries, load, crs.authid() or crs.toWkt(), staging, columns, feedback=feedback,
                                            glb_path=staged_glb)
            web.write_page(staging, tr("Urban Twin – 3D buildings"))
            names = ["tiles", "tileset.json", "index.html"]
            cesium = web.configured_cesium_dir()
            if cesium and not os.path.exists(os.path.join(folder, "cesium")):
                feedback.pushInfo(tr("Copying CesiumJS from {}.").format(cesium))
                web.copy_cesium(cesium, os.path.join(staging, "cesium"))
                names.append("cesium")
            elif not cesium and not os.path.exists(os.path.join(folder, "cesium")):
                feedback.pushWarning(tr("No local CesiumJS configured: put the folder Build/Cesium of the npm package "
                                        "cesium as 'cesium' next to index.html (see the help)."))
            if glb_path:
                with atomic_path(glb_path) as tmp:
                    shutil.copyfile(staged_glb, tmp)
            tiles3d.replace_outputs(staging, folder, names)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        feedback.pushInfo(tr("{} buildings in {} tiles; heights: {} (geoid undulation {:.2f} m).").format(
            summary["buildings"], summary["tiles"], summary["height_reference"], summary["undulation"]))
        feedback.setProgress(100)
        results = {"OUTPUT_FOLDER": folder, "TILESET": os.path.join(folder, "tileset.json"), "BUILDINGS": summary["buildings"],
                   "TILES": summary["tiles"]}
        if glb_path:
            results["OUTPUT_GLB"] = glb_path
        return results


class _StyleColours:
    """Colours of features from the layer's QGIS renderer (the colour the planner sees in the map)."""

    def __init__(self, layer, fields):
        self.renderer = layer.renderer().clone() if layer is not None and layer.renderer() is not None else None
        self.context = QgsRenderContext()
        if self.renderer is not None:
            self.renderer.startRender(self.context, fields)

    def colour(self, feature):
        if self.renderer is None:
            return tuple(c / 255.0 for c in colors.DEFAULT)
        self.context.expressionContext().setFeature(feature)
        symbol = self.renderer.symbolForFeature(feature, self.context)
        if symbol is None:
            return tuple(c / 255.0 for c in colors.DEFAULT)
        colour = symbol.color()
        return colour.redF(), colour.greenF(), colour.blueF()

    def finish(self):
        if self.renderer is not None:
            self.renderer.stopRender(self.context)


def _value(feature, name):
    index = feature.fields().indexFromName(name)
    if index < 0:
        return None
    value = feature.attribute(index)
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def _label(feature):
    value = _value(feature, "gml_id") or _value(feature, "building_id")
    return str(value) if value is not None else "fid {}".format(feature.id())


def _height(feature):
    height = _value(feature, "height")
    if isinstance(height, (int, float)):
        return float(height)
    top, bottom = _value(feature, "z_max"), _value(feature, "z_min")
    return float(top - bottom) if isinstance(top, (int, float)) and isinstance(bottom, (int, float)) else None
