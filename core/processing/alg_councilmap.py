"""urbantwin:councilmap — a council map PDF (one page or one page per coverage feature)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
)

from ..errors import CancelledError, UrbanTwinError
from ..i18n import tr
from ..layout.councilmap import CouncilMapRequest, export_council_map, format_scales
from ..layout.template_builder import TEMPLATE_KEYS
from .base import UrbanTwinAlgorithm


def template_labels():
    return [tr("A4 portrait"), tr("A4 landscape"), tr("A3 portrait"), tr("A3 landscape")]


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "councilmap"
    ALG_GROUP = "layout"
    ICON = "councilmap.svg"

    LAYERS = "LAYERS"
    EXTENT = "EXTENT"
    COVERAGE = "COVERAGE"
    PAGE_NAME_FIELD = "PAGE_NAME_FIELD"
    TEMPLATE = "TEMPLATE"
    TITLE = "TITLE"
    SUBTITLE = "SUBTITLE"
    FIGURES = "FIGURES"
    FIGURES_FIELDS = "FIGURES_FIELDS"
    WRITE_PNG = "WRITE_PNG"
    SNAPSHOT_3D = "SNAPSHOT_3D"
    LOGO = "LOGO"
    OUTPUT = "OUTPUT"

    def display_name(self):
        return tr("Export council map (PDF)")

    def help_text(self):
        return tr(
            "Makes a council map (Ratsvorlage) in one step: the map, title, subtitle, legend, scale bar, "
            "north arrow, overview map, sources and licences, date and a key-figures table on an A4 or A3 sheet, "
            "written as PDF.\n\n"
            "Layers: the layers to show (points drawn over lines over areas). Empty = the visible layers of the "
            "current project.\n"
            "Extent: the area to show; empty = all layers. Ignored when a coverage layer is given.\n"
            "Coverage layer (atlas): one page per feature, e.g. per district or Baugebiet; the map follows each "
            "feature.\n"
            "Page name field: field of the coverage layer that names each page (shown in the subtitle, pages "
            "sorted by it).\n"
            "Template: paper size and orientation.\n"
            "Title, Subtitle: long titles are wrapped and made smaller, never cut off the page.\n"
            "Key figures: an optional table layer, e.g. the output of the plan compliance check or the district "
            "figures; in an atlas only the rows of the page's feature (same page-name field) are shown.\n"
            "Key figures columns: the fields to show (at most five fit); empty = name, status, area, GRZ/GFZ and "
            "similar key fields when present.\n"
            "PNG per page: also write <name>_01.png … beside the PDF.\n"
            "3D snapshot: an optional image of a 3D view, placed as an inset on the map (the 3D engine is not "
            "needed here; without it the page is complete).\n"
            "Logo: optional image for the logo field (coat of arms of the municipality).\n\n"
            "The scale is rounded to 1:500, 1:1,000, 1:2,000, 1:2,500, 1:5,000 … so that the area fits. Sources and "
            "licences come from each layer's metadata (rights, licences) and attribution. The sheet is German; "
            "English when QGIS runs in English. The PDF is written completely or not at all."
        )

    def flags(self):
        # print layouts are not thread-safe; run in the main thread
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.LAYERS, tr("Layers (empty = visible layers of the project)"), QgsProcessing.SourceType.TypeMapLayer, optional=True
            )
        )
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Extent (empty = all layers)"), optional=True))
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.COVERAGE,
                tr("Coverage layer for an atlas (one page per feature)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(self.PAGE_NAME_FIELD, tr("Page name field"), parentLayerParameterName=self.COVERAGE, optional=True)
        )
        self.addParameter(QgsProcessingParameterEnum(self.TEMPLATE, tr("Template"), options=template_labels(), defaultValue=1))
        self.addParameter(QgsProcessingParameterFile(  # e.g. resources/templates/council_climate_a3_landscape.qpt
            "TEMPLATE_FILE", tr("Own layout template (.qpt with the same item ids; replaces the template above)"),
            fileFilter=tr("Layout templates (*.qpt)"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.TITLE, tr("Title"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.SUBTITLE, tr("Subtitle"), optional=True))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.FIGURES, tr("Key figures table (optional)"), [QgsProcessing.SourceType.TypeVector], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FIGURES_FIELDS, tr("Key figures columns (empty = chosen automatically)"), parentLayerParameterName=self.FIGURES,
                allowMultiple=True, optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterBoolean(self.WRITE_PNG, tr("Also write one PNG per page"), defaultValue=False))
        self.addParameter(
            QgsProcessingParameterFile(
                self.SNAPSHOT_3D, tr("3D view snapshot (image, optional)"), fileFilter=tr("Images (*.png *.jpg *.jpeg)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(self.LOGO, tr("Logo (image, optional)"), fileFilter=tr("Images (*.svg *.png *.jpg *.jpeg)"), optional=True)
        )
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Council map PDF"), fileFilter=tr("PDF files (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Number of pages")))
        self.addOutput(QgsProcessingOutputString("SCALES", tr("Map scale of each page")))
        self.addOutput(QgsProcessingOutputString("PNG_FILES", tr("PNG files (separated by ;)")))

    def _figures_layer(self, parameters, context):
        if not parameters.get(self.FIGURES):
            return None
        layer = self.parameterAsVectorLayer(parameters, self.FIGURES, context)
        if layer is None:
            source = self.parameterAsSource(parameters, self.FIGURES, context)
            if source is None:
                return None
            raise QgsProcessingException(tr("The key figures table must be a layer, not a filtered source."))
        return layer

    def run_algorithm(self, parameters, context, feedback):
        project = context.project() or QgsProject.instance()
        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        if not layers:
            layers = [layer for layer in project.layerTreeRoot().checkedLayers() if layer is not None]
            feedback.pushInfo(tr("No layers given: using the {} visible layers of the project.").format(len(layers)))
        coverage = self.parameterAsVectorLayer(parameters, self.COVERAGE, context) if parameters.get(self.COVERAGE) else None
        extent = None
        extent_crs = None
        if coverage is None and parameters.get(self.EXTENT):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context)
            extent_crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        request = CouncilMapRequest(
            layers=layers,
            output_pdf=output,
            template=self.parameterAsFile(parameters, "TEMPLATE_FILE", context) or TEMPLATE_KEYS[self.parameterAsEnum(parameters, self.TEMPLATE, context)],
            title=self.parameterAsString(parameters, self.TITLE, context),
            subtitle=self.parameterAsString(parameters, self.SUBTITLE, context),
            extent=extent,
            extent_crs=extent_crs if extent_crs is not None and extent_crs.isValid() else None,
            coverage_layer=coverage,
            page_name_field=self.parameterAsString(parameters, self.PAGE_NAME_FIELD, context) or "",
            figures_layer=self._figures_layer(parameters, context),
            figures_fields=self.parameterAsFields(parameters, self.FIGURES_FIELDS, context) or [],
            write_png=self.parameterAsBoolean(parameters, self.WRITE_PNG, context),
            snapshot_image=self.parameterAsFile(parameters, self.SNAPSHOT_3D, context) or "",
            logo=self.parameterAsFile(parameters, self.LOGO, context) or "",
            use_stored_styles=True,  # only layers Processing opened from files; project layers keep theirs
        )
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled by the user."))
        feedback.setProgressText(tr("Exporting the council map…"))
        try:
            result = export_council_map(request, project=project, feedback=feedback)
        except CancelledError as err:
            raise QgsProcessingException(str(err)) from err
        except UrbanTwinError as err:
            raise QgsProcessingException(str(err)) from err
        scales = format_scales(result.scales)
        feedback.pushInfo(tr("{} page(s) written to {} (scales {}).").format(result.pages, result.pdf, ", ".join(scales)))
        feedback.setProgress(100)
        return {self.OUTPUT: result.pdf, "PAGES": result.pages, "SCALES": "; ".join(scales), "PNG_FILES": ";".join(result.png_files)}
