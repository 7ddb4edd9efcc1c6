"""The "Gebäudemaße" dock: the measures of the clicked building (core/export3d) as a table, copy and export,
and the result of the 3D distance tool. No computation here beyond calling core."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UrbanTwinError
from ..core.export3d.measures_table import rows_as_text, write_table
from ..core.i18n import tr


class MeasureDock(QDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Building measures"), parent)
        self.iface = iface
        self.setObjectName("UrbanTwinMeasureDock")
        self.rows = []
        self.building_id = ""
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title = QLabel(tr("Click a building with the tool 'Measure building'."))
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Section"), tr("Quantity"), tr("Value"), tr("Unit")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        self.distance_label = QLabel("")
        self.distance_label.setWordWrap(True)
        layout.addWidget(self.distance_label)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(tr("Copy as table"))
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.export_button = QPushButton(tr("Export (CSV/XLSX)…"))
        self.export_button.clicked.connect(self.export_dialog)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        self.setWidget(body)
        self._enable(False)

    def _enable(self, on):
        self.copy_button.setEnabled(on)
        self.export_button.setEnabled(on)

    def show_measures(self, building_id, label, rows):
        self.building_id, self.rows = building_id, list(rows)
        self.title.setText(label)
        self.table.setRowCount(len(self.rows))
        for row, values in enumerate(self.rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(_display(value))
                if column == 2 and isinstance(value, (int, float)):
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                item.setToolTip(item.text())
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column, widest in ((0, 120), (1, 230), (2, 130)):  # long texts (volume method) keep the unit in view
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self._enable(bool(self.rows))

    def show_message(self, text):
        self.title.setText(text)

    def show_distance(self, horizontal, height_difference, slope):
        self.distance_label.setText(tr("3D distance: horizontal {} m, height difference {} m, slope distance {} m").format(
            _display(horizontal), ("+" if height_difference > 0 else "") + _display(height_difference), _display(slope)))

    def copy_to_clipboard(self):
        QApplication.clipboard().setText(rows_as_text(self.rows))

    def export_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Export measures"), "",
                                              tr("Excel workbook (*.xlsx);;CSV table (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path):
        try:
            write_table(path, self.rows, self.building_id)
        except UrbanTwinError as error:
            self.iface.messageBar().pushWarning(tr("Urban Twin"), str(error))
            return False
        self.iface.messageBar().pushSuccess(tr("Urban Twin"), tr("Measures written to {}").format(path))
        return True


def _display(value):
    """Numbers in the locale's notation (German: 1.234,56), texts as they are."""
    if value is None:
        return ""
    if isinstance(value, float):
        from qgis.PyQt.QtCore import QLocale

        from ..core.i18n import user_locale

        return QLocale(user_locale()).toString(value, "f", 2)
    return str(value)
