""""Ratsvorlage exportieren…" — the council map dialog with a preview of the first page.

The dialog only collects choices into a CouncilMapRequest; building the layout, the preview image
and the PDF all come from core/layout/councilmap (the same code as urbantwin:councilmap).
"""

import os
import tempfile

from qgis.core import QgsFieldProxyModel, QgsMapLayerProxyModel, QgsProject
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QCoreApplication, QElapsedTimer, Qt
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ..core.errors import UrbanTwinError
from ..core.i18n import tr
from ..core.layout.councilmap import CouncilMapRequest, build_council_layout, export_council_map, format_scales, render_preview
from ..core.layout.sheet_settings import sheet_settings
from ..core.layout.template_builder import TEMPLATE_KEYS

PREVIEW_WIDTH_PX = 520


class CouncilMapDialog(QDialog):
    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setWindowTitle(tr("Export council map…"))
        self.setObjectName("UrbanTwinCouncilMapDialog")
        self.last_result = None
        self._snapshot_dir = tempfile.mkdtemp(prefix="urbantwin_3d_")
        self._build_widgets()
        self.reload_layers()

    # -- widgets ---------------------------------------------------------------------------
    def _build_widgets(self):
        form = QFormLayout()
        self.layer_list = QListWidget()
        self.layer_list.setMinimumHeight(110)
        form.addRow(tr("Layers"), self.layer_list)
        self.template_combo = QComboBox()
        for label in (tr("A4 portrait"), tr("A4 landscape"), tr("A3 portrait"), tr("A3 landscape")):
            self.template_combo.addItem(label)
        self.template_combo.setCurrentIndex(1)
        form.addRow(tr("Template"), self.template_combo)
        self.title_edit = QLineEdit()
        form.addRow(tr("Title"), self.title_edit)
        self.subtitle_edit = QLineEdit()
        form.addRow(tr("Subtitle"), self.subtitle_edit)
        self.canvas_extent_check = QCheckBox(tr("Current map extent (otherwise all layers)"))
        form.addRow("", self.canvas_extent_check)
        self.coverage_combo = QgsMapLayerComboBox()
        self.coverage_combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.coverage_combo.setAllowEmptyLayer(True)
        self.coverage_combo.setLayer(None)
        form.addRow(tr("Atlas: one page per feature of"), self.coverage_combo)
        self.page_name_combo = QgsFieldComboBox()
        self.page_name_combo.setFilters(QgsFieldProxyModel.Filter.AllTypes)
        self.page_name_combo.setAllowEmptyFieldName(True)
        self.coverage_combo.layerChanged.connect(self.page_name_combo.setLayer)
        form.addRow(tr("Page name field"), self.page_name_combo)
        self.figures_combo = QgsMapLayerComboBox()
        self.figures_combo.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.figures_combo.setAllowEmptyLayer(True)
        self.figures_combo.setLayer(None)
        form.addRow(tr("Key figures table"), self.figures_combo)
        # the municipality's details, pre-filled from Settings → Options → Urban Twin
        stored = sheet_settings()
        self.municipality_edit = QLineEdit(stored["municipality"])
        self.municipality_edit.setPlaceholderText(tr("e.g. Stadt Musterstadt"))
        form.addRow(tr("Municipality"), self.municipality_edit)
        self.office_edit = QLineEdit(stored["office"])
        self.office_edit.setPlaceholderText(tr("e.g. Stadtplanungsamt"))
        form.addRow(tr("Office"), self.office_edit)
        self.logo_widget = QgsFileWidget()
        self.logo_widget.setStorageMode(QgsFileWidget.StorageMode.GetFile)
        self.logo_widget.setFilter(tr("Images (*.svg *.png *.jpg *.jpeg)"))
        self.logo_widget.setFilePath(stored["logo"])
        form.addRow(tr("Logo"), self.logo_widget)
        self.overview_combo = QgsMapLayerComboBox()
        self.overview_combo.setAllowEmptyLayer(True)
        self.overview_combo.setLayer(None)
        self.overview_combo.setToolTip(tr("Context in the overview map, e.g. districts or a basemap; empty = districts and "
                                          "the plan's scope found in the project"))
        form.addRow(tr("Overview map layer"), self.overview_combo)
        self.png_check = QCheckBox(tr("Also write one PNG per page"))
        form.addRow("", self.png_check)
        self.snapshot_check = QCheckBox(tr("Snapshot of the open 3D view"))
        self.snapshot_check.setEnabled(bool(self._open_3d_canvases()))
        if not self.snapshot_check.isEnabled():
            self.snapshot_check.setToolTip(tr("No 3D map view is open; the page is complete without it."))
        form.addRow("", self.snapshot_check)
        # QGIS 3.22 has no Python access to 3D views: an image saved from the 3D view (its "Save as image…")
        self.snapshot_file = QgsFileWidget()
        self.snapshot_file.setStorageMode(QgsFileWidget.StorageMode.GetFile)
        self.snapshot_file.setFilter(tr("Images (*.png *.jpg *.jpeg)"))
        form.addRow(tr("3D view image (optional)"), self.snapshot_file)
        self.output_widget = QgsFileWidget()
        self.output_widget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output_widget.setFilter(tr("PDF files (*.pdf)"))
        form.addRow(tr("PDF file"), self.output_widget)

        self.preview_label = QLabel(tr("Preview of the first page"))
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setMinimumSize(PREVIEW_WIDTH_PX, int(PREVIEW_WIDTH_PX * 0.75))
        self.preview_label.setStyleSheet("QLabel { background: #e6e6e6; }")
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)

        self.preview_button = QPushButton(tr("Update preview"))
        self.preview_button.clicked.connect(self.update_preview)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(tr("Export PDF"), QDialogButtonBox.ButtonRole.AcceptRole)
        # own text: Qt's standard "Close" stays English where Qt's translations are not installed
        buttons.addButton(tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.preview_button)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview_label, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 0)
        columns.addLayout(right, 1)
        main = QVBoxLayout(self)
        main.addLayout(columns)
        main.addWidget(self.message_label)
        main.addWidget(buttons)

    def showEvent(self, event):  # noqa: N802 - Qt API
        """The menu keeps one dialog: list the project's layers as they are now, not as when it was first opened."""
        if not event.spontaneous():
            self.reload_layers()
        super().showEvent(event)

    def reload_layers(self):
        """Project layers, checked = visible in the layer tree (the algorithm's default too)."""
        self.layer_list.clear()
        root = QgsProject.instance().layerTreeRoot()
        visible = {layer.id() for layer in root.checkedLayers() if layer is not None}
        for node in root.findLayers():
            layer = node.layer()
            if layer is None:
                continue
            entry = QListWidgetItem(layer.name())
            entry.setData(Qt.ItemDataRole.UserRole, layer.id())
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if layer.id() in visible else Qt.CheckState.Unchecked)
            self.layer_list.addItem(entry)

    # -- request (no logic: widgets → CouncilMapRequest) -------------------------------------
    def chosen_layers(self):
        project = QgsProject.instance()
        layers = []
        for row in range(self.layer_list.count()):
            entry = self.layer_list.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                layer = project.mapLayer(entry.data(Qt.ItemDataRole.UserRole))
                if layer is not None:
                    layers.append(layer)
        return layers

    def request(self, output_pdf=""):
        extent = extent_crs = None
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if self.canvas_extent_check.isChecked() and canvas is not None:
            extent = canvas.extent()
            extent_crs = canvas.mapSettings().destinationCrs()
        coverage = self.coverage_combo.currentLayer()
        return CouncilMapRequest(
            layers=self.chosen_layers(),
            output_pdf=output_pdf,
            template=TEMPLATE_KEYS[self.template_combo.currentIndex()],
            title=self.title_edit.text().strip(),
            subtitle=self.subtitle_edit.text().strip(),
            extent=extent,
            extent_crs=extent_crs,
            coverage_layer=coverage,
            page_name_field=self.page_name_combo.currentField() if coverage is not None else "",
            figures_layer=self.figures_combo.currentLayer(),
            write_png=self.png_check.isChecked(),
            snapshot_image=self._snapshot() if self.snapshot_check.isChecked() else self.snapshot_file.filePath().strip(),
            logo=self.logo_widget.filePath().strip(),
            municipality=self.municipality_edit.text().strip(),
            office=self.office_edit.text().strip(),
            overview_layers=[self.overview_combo.currentLayer()] if self.overview_combo.currentLayer() is not None else [],
        )

    # -- 3D snapshot (only where the 3D engine runs: a 3D map view is open) ----------------
    def _open_3d_canvases(self):
        try:
            canvases = self.iface.mapCanvases3D() if self.iface is not None else []
            return [canvas for canvas in canvases if hasattr(canvas, "saveAsImage")] if isinstance(canvases, (list, tuple)) else []
        except (AttributeError, RuntimeError):
            return []

    def _snapshot(self, timeout_ms=5000):
        canvases = self._open_3d_canvases()
        if not canvases:
            return ""
        path = os.path.join(self._snapshot_dir, "view3d.png")
        if os.path.exists(path):
            os.unlink(path)
        canvases[0].saveAsImage(path, "png")
        timer = QElapsedTimer()
        timer.start()
        while not os.path.exists(path) and timer.elapsed() < timeout_ms:  # the 3D engine captures asynchronously
            QCoreApplication.processEvents()
        return path if os.path.exists(path) else ""

    # -- actions ---------------------------------------------------------------------------
    def _show_error(self, err):
        self.message_label.setStyleSheet("QLabel { color: #a00000; }")
        self.message_label.setText(str(err))

    def update_preview(self):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            layout = build_council_layout(self.request())
            image = render_preview(layout, PREVIEW_WIDTH_PX)
        except UrbanTwinError as err:
            self._show_error(err)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.preview_label.setPixmap(QPixmap.fromImage(image))
        self.message_label.setText("")
        return image

    def export(self):
        output = self.output_widget.filePath().strip()
        if not output:
            self._show_error(tr("Choose a PDF file to write."))
            return None
        if not output.lower().endswith(".pdf"):
            output += ".pdf"
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # layouts run in the main thread
        try:
            result = export_council_map(self.request(output))
        except UrbanTwinError as err:
            self._show_error(err)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.last_result = result
        self.message_label.setStyleSheet("")
        self.message_label.setText(
            tr("{} page(s) written to {} (scales {}).").format(result.pages, result.pdf, ", ".join(format_scales(result.scales)))
        )
        return result
