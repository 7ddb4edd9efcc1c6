"""urbantwin:export3dprint — buildings (and terrain) as one watertight body on a base plate: binary STL and 3MF."""

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)

from ..analysis.solar.geometry import polygons_from_wkb
from ..atomic import atomic_path
from ..errors import UrbanTwinError
from ..export3d import meshio, print3d
from ..export3d.measures import footprint_of
from ..features import iter_features
from ..geometry3d import newell_vector
from ..i18n import tr
from .base import UrbanTwinAlgorithm

MIN_WIDTH_MM = 0.8


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "export3dprint"
    ALG_GROUP = "export3d"
    ICON = "export_3dprint.svg"

    def display_name(self):
        return tr("Export city model for 3D printing")

    def help_text(self):
        return tr(
            "Writes the buildings of a selection or extent, optionally on the terrain of a DEM, at a scale (1:500, "
            "1:1000, 1:2000 …) on a base plate as one watertight, manifold body: binary STL and/or 3MF (millimetres), "
            "ready for the slicer.\n\n"
            "The body is a height field over the plate (roofs and flat tops of the buildings, terrain from the DEM), "
            "sampled on a grid of at most 0.5 mm on the print where the size allows; overhangs are left out. "
            "Without a DEM every building stands on the plate at its own ground height.\n"
            "The log states the printed size, the material volume and the buildings with parts narrower than "
            "0.8 mm on the print (they may break or not print)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr("Buildings (buildings layer of an import or variant)"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterExtent("EXTENT", tr("Extent (plate; empty: the buildings)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer("DEM", tr("Terrain model (DEM, optional)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber("SCALE", tr("Scale 1:"), QgsProcessingParameterNumber.Type.Double,
                                                       1000.0, minValue=50.0, maxValue=100000.0))
        self.addParameter(QgsProcessingParameterNumber("BASE_THICKNESS_MM", tr("Base plate thickness (mm)"),
                                                       QgsProcessingParameterNumber.Type.Double, 3.0, minValue=0.4,
                                                       maxValue=50.0))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_STL", tr("STL file"), tr("STL (*.stl)"),
                                                                optional=True))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_3MF", tr("3MF file"), tr("3MF (*.3mf)"),
                                                                optional=True, createByDefault=False))

    def run_algorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise UrbanTwinError(tr("The buildings layer is required."))
        crs = source.sourceCrs()
        if not crs.isValid() or crs.isGeographic():
            raise UrbanTwinError(tr("The buildings layer must be in a projected CRS with metres (e.g. EPSG:25832)."))
        stl_path = self.parameterAsFileOutput(parameters, "OUTPUT_STL", context) or None
        three_mf_path = self.parameterAsFileOutput(parameters, "OUTPUT_3MF", context) or None
        if not stl_path and not three_mf_path:
            raise UrbanTwinError(tr("Choose an STL or a 3MF file (or both)."))
        scale = self.parameterAsDouble(parameters, "SCALE", context)
        base_mm = self.parameterAsDouble(parameters, "BASE_THICKNESS_MM", context)
        extent = None
        request = QgsFeatureRequest()
        if parameters.get("EXTENT"):
            rectangle = self.parameterAsExtent(parameters, "EXTENT", context, crs)
            if not rectangle.isEmpty():
                extent = (rectangle.xMinimum(), rectangle.yMinimum(), rectangle.xMaximum(), rectangle.yMaximum())
                request.setFilterRect(rectangle)
        dem_layer = self.parameterAsRasterLayer(parameters, "DEM", context)
        dem_path = None
        if dem_layer is not None:
            if dem_layer.crs() != crs:
                raise UrbanTwinError(tr("The DEM must be in the CRS of the buildings ({}).").format(crs.authid()),
                                     path=dem_layer.source())
            dem_path = dem_layer.source()
        buildings, wholes = [], set()
        features = list(iter_features(source, request, feedback.isCanceled))
        fields = source.fields()
        has_part = fields.indexFromName("is_part") >= 0
        if has_part:
            wholes = {str(f["building_id"]) for f in features if f["is_part"] in (0, None)}
        for feature in features:
            if has_part and feature["is_part"] == 1 and str(feature["building_id"]) in wholes:
                continue  # the whole building already holds its parts
            if not feature.hasGeometry():
                continue
            try:
                polygons = polygons_from_wkb(bytes(feature.geometry().asWkb()))
            except UrbanTwinError:
                continue
            grounds = [p for p in polygons if newell_vector(p[0])[2] < -1e-6]
            label = str(feature["gml_id"]) if fields.indexFromName("gml_id") >= 0 else str(feature.id())
            buildings.append(print3d.PrintBuilding(label, polygons, footprint_of(grounds) if grounds else None))
        feedback.pushInfo(tr("{} buildings; building the print body …").format(len(buildings)))
        feedback.setProgress(10)
        result = print3d.build_print_mesh(buildings, scale, base_mm, extent, dem_path, MIN_WIDTH_MM,
                                          is_canceled=feedback.isCanceled)
        feedback.setProgress(70)
        title = tr("Urban Twin city model 1:{:.0f}").format(scale)
        outputs = {}
        if stl_path:
            with atomic_path(stl_path) as tmp:
                meshio.write_stl(tmp, result.vertices, result.triangles)
            outputs["OUTPUT_STL"] = stl_path
        if three_mf_path:
            with atomic_path(three_mf_path) as tmp:
                meshio.write_3mf(tmp, result.vertices, result.triangles, title)
            outputs["OUTPUT_3MF"] = three_mf_path
        size = result.size_mm
        feedback.pushInfo(tr("Printed size: {:.1f} × {:.1f} × {:.1f} mm; grid {:.2f} mm; {} triangles.").format(
            size[0], size[1], size[2], result.cell_mm, len(result.triangles)))
        feedback.pushInfo(tr("Material volume: {:.1f} cm³ (plate {:.1f} cm³, buildings and terrain {:.1f} cm³).").format(
            result.volume_mm3 / 1000.0, result.plate_volume_mm3 / 1000.0, (result.volume_mm3 - result.plate_volume_mm3) / 1000.0))
        if result.thin:
            feedback.pushWarning(tr("{} buildings have parts narrower than {} mm on the print: {}").format(
                len(result.thin), MIN_WIDTH_MM, ", ".join(b for b, _a in result.thin[:20])))
        feedback.setProgress(100)
        outputs.update({"SIZE_X_MM": size[0], "SIZE_Y_MM": size[1], "SIZE_Z_MM": size[2],
                        "VOLUME_CM3": result.volume_mm3 / 1000.0, "THIN_PARTS": len(result.thin),
                        "THIN_BUILDINGS": ",".join(b for b, _a in result.thin), "BUILDINGS": result.buildings,
                        "GRID_MM": result.cell_mm, "TRIANGLES": int(len(result.triangles))})
        return outputs
