"""The "Varianten" dock: the project's variants (on/off in 2D and 3D), a new variant from the selected footprints,
and "Vergleichen" as a background Processing task with progress and cancel. Logic lives in core/variants."""

import os
import tempfile

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDockWidget, QListWidgetItem

from ..core.i18n import tr
from ..core.variants import project as variant_project

UI_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "variants_dock.ui")
ROOF_CODES = ("1000", "2100", "3100", "3200", "3400")


def roof_labels():
    return {"1000": tr("Flat roof"), "2100": tr("Shed roof"), "3100": tr("Gable roof"), "3200": tr("Hip roof"), "3400": tr("Pyramid roof")}


class VariantsDock(QDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Variants"), parent)
        self.setObjectName("UrbanTwinVariantsDock")
        self.iface = iface
        self.contents = uic.loadUi(UI_PATH)
        self.setWidget(self.contents)
        self.compare_task = None
        self._keep = None
        self.last_comparison = None
        self._label_widgets()
        self.contents.create_button.clicked.connect(self.create_from_selection)
        self.contents.compare_button.clicked.connect(self.compare)
        self.contents.cancel_button.clicked.connect(self.cancel)
        self.contents.variant_list.itemChanged.connect(self._toggled)
        project = QgsProject.instance()
        project.layersAdded.connect(self.refresh)
        project.layersRemoved.connect(self.refresh)
        self.refresh()

    def _label_widgets(self):
        c = self.contents
        c.list_label.setText(tr("Variants in the project (tick to show in 2D and 3D):"))
        c.create_group.setTitle(tr("New variant from the selected footprints"))
        c.name_label.setText(tr("Name"))
        c.name_edit.setText(tr("Variant A"))
        c.storeys_label.setText(tr("Storeys"))
        c.roof_label.setText(tr("Roof type"))
        c.pitch_label.setText(tr("Roof pitch (°)"))
        c.city_label.setText(tr("City model"))
        c.create_button.setText(tr("Create variant"))
        c.compare_button.setText(tr("Compare"))
        c.cancel_button.setText(tr("Cancel"))
        c.cancel_button.setEnabled(False)
        labels = roof_labels()
        for code in ROOF_CODES:
            c.roof_combo.addItem("{} ({})".format(labels[code], code), code)
        c.roof_combo.setCurrentIndex(ROOF_CODES.index("3100"))

    # -- list -------------------------------------------------------------------------------
    def refresh(self, *args):
        c = self.contents
        c.variant_list.blockSignals(True)
        c.variant_list.clear()
        self.variants = variant_project.project_variants()
        root = QgsProject.instance().layerTreeRoot()
        for name, path, layers in self.variants:
            item = QListWidgetItem(name)
            item.setToolTip(path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            visible = any(root.findLayer(layer.id()) is not None and root.findLayer(layer.id()).isVisible() for layer in layers)
            item.setCheckState(Qt.CheckState.Checked if visible else Qt.CheckState.Unchecked)
            c.variant_list.addItem(item)
        c.variant_list.blockSignals(False)
        current = c.city_combo.currentData()
        c.city_combo.clear()
        variant_paths = {path for _n, path, _l in self.variants}
        for path in self._city_models(variant_paths):
            c.city_combo.addItem(os.path.basename(path), path)
        if current:
            index = c.city_combo.findData(current)
            if index >= 0:
                c.city_combo.setCurrentIndex(index)

    @staticmethod
    def _city_models(exclude):
        paths = []
        for layer in QgsProject.instance().mapLayers().values():
            path = variant_project.gpkg_of(layer) if isinstance(layer, QgsVectorLayer) else None
            if path and path not in exclude and path not in paths and layer.source().endswith("layername=buildings"):
                paths.append(path)
        return paths

    def _toggled(self, item):
        path = item.data(Qt.ItemDataRole.UserRole)
        for _name, variant_path, layers in self.variants:
            if variant_path == path:
                variant_project.set_variant_visible(layers[:1], item.checkState() == Qt.CheckState.Checked)

    def checked_paths(self):
        c = self.contents
        return [c.variant_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(c.variant_list.count())
                if c.variant_list.item(i).checkState() == Qt.CheckState.Checked]

    # -- create -----------------------------------------------------------------------------
    def create_from_selection(self):
        import processing

        c = self.contents
        layer = self.iface.activeLayer()
        if not isinstance(layer, QgsVectorLayer) or layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry or not layer.selectedFeatureCount():
            self._status(tr("Select one or more footprints (polygons) in the active layer first."))
            return None
        city = c.city_combo.currentData()
        if not city:
            self._status(tr("Load a city model (import GeoPackage) into the project first."))
            return None
        name = c.name_edit.text().strip() or tr("Variant")
        footprints = variant_project.footprints_from_selection(layer, c.storeys_spin.value(), c.roof_combo.currentData(), c.pitch_spin.value(), name)
        folder = os.path.dirname(city)
        safe = "".join(ch if ch.isalnum() else "_" for ch in name).strip("_") or "variante"
        massing = os.path.join(folder, "{}_baukoerper.gpkg".format(safe))
        variant = os.path.join(folder, "{}.gpkg".format(safe))
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = QgsProcessingFeedback()
        try:
            processing.run("urbantwin:massing", {"INPUT": footprints, "CITY": city + "|layername=buildings", "OUTPUT": massing},
                           context=context, feedback=feedback)
            processing.run("urbantwin:composevariant", {"CITY": city, "PLANNED": [massing], "NAME": name, "OUTPUT": variant},
                           context=context, feedback=feedback)
        except Exception as err:  # noqa: BLE001 - shown to the planner, QGIS stays up
            self._status(str(err))
            return None
        variant_project.add_variant_to_project(variant, QgsProject.instance(), name)
        self.refresh()
        self._status(tr("Variant “{}” created: {}").format(name, variant))
        return variant

    # -- compare ----------------------------------------------------------------------------
    def compare(self):
        c = self.contents
        variants = self.checked_paths()
        city = c.city_combo.currentData()
        if not city or not variants:
            self._status(tr("Choose a city model and tick at least one variant to compare."))
            return None
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("urbantwin:comparevariants")
        folder = tempfile.mkdtemp(prefix="urbantwin_vergleich_")
        output = os.path.join(folder, "variantenvergleich.gpkg")
        parameters = {"BASE": [city], "VARIANTS": variants, "OUTPUT": output, "OUTPUT_FOLDER": folder}
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = QgsProcessingFeedback()
        feedback.progressChanged.connect(lambda value: c.progress_bar.setValue(int(value)))
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
        task.executed.connect(lambda ok, results: self._compared(ok, results, output))
        self._keep = (algorithm, context, feedback)
        self.compare_task = task
        c.compare_button.setEnabled(False)
        c.cancel_button.setEnabled(True)
        c.progress_bar.setValue(0)
        self._status(tr("Comparing {} variants …").format(len(variants)))
        QgsApplication.taskManager().addTask(task)
        return task

    def cancel(self):
        if self.compare_task is not None:
            self.compare_task.cancel()

    def _compared(self, ok, results, output):
        c = self.contents
        self.compare_task = None
        c.compare_button.setEnabled(True)
        c.cancel_button.setEnabled(False)
        if not ok:
            self._status(tr("The comparison was cancelled or failed; see the log."))
            return
        layer = QgsVectorLayer("{}|layername=variant_comparison".format(output), tr("Variant comparison"), "ogr")
        if layer.isValid():
            QgsProject.instance().addMapLayer(layer)
        self.last_comparison = output
        c.progress_bar.setValue(100)
        self._status(tr("Comparison finished: {}").format(output))

    def _status(self, text):
        self.contents.status_label.setText(text)

    def closeEvent(self, event):  # noqa: N802 - Qt API
        project = QgsProject.instance()
        for signal in (project.layersAdded, project.layersRemoved):
            try:
                signal.disconnect(self.refresh)
            except TypeError:
                pass
        super().closeEvent(event)
