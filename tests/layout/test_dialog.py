""""Ratsvorlage exportieren…": preview of the first page and export through the core function."""

import numpy as np


def _image_array(image):
    from qgis.PyQt.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    pointer = image.constBits()
    pointer.setsize(image.bytesPerLine() * image.height())
    return np.frombuffer(pointer, dtype=np.uint8).reshape(image.height(), image.bytesPerLine())[:, : image.width()]


def test_dialog_previews_and_exports_the_visible_layers(council_sheet_inputs, qgis_iface, qgis_new_project, tmp_path, pdf_tools):
    from qgis.core import QgsProject

    from urban_twin.ui.councilmap_dialog import CouncilMapDialog

    districts, buildings = council_sheet_inputs
    project = QgsProject.instance()
    project.addMapLayer(districts)
    project.addMapLayer(buildings)
    project.layerTreeRoot().findLayer(buildings.id()).setItemVisibilityChecked(False)

    dialog = CouncilMapDialog(qgis_iface, None)
    assert [layer.name() for layer in dialog.chosen_layers()] == ["Stadtteile"]  # only the visible layer
    assert not dialog.snapshot_check.isEnabled()  # no 3D view open (headless): the option is off, the page complete
    dialog.title_edit.setText("Vorschau-Test")
    dialog.template_combo.setCurrentIndex(0)  # A4 portrait
    image = dialog.update_preview()
    assert image is not None and not image.isNull()
    assert image.width() == 520 and abs(image.height() - round(520 * 297 / 210)) <= 1
    pixels = _image_array(image)
    assert pixels.std() > 10 and (pixels < 250).mean() > 0.02  # a drawn page, not a blank sheet
    assert not dialog.preview_label.pixmap().isNull()

    output = tmp_path / "dialog.pdf"
    dialog.output_widget.setFilePath(str(output))
    result = dialog.export()
    assert result is not None and result.pages == 1
    assert pdf_tools.info(str(output))["Pages"] == "1"
    assert "Vorschau-Test" in pdf_tools.text(str(output))
    assert str(output) in dialog.message_label.text()
    dialog.deleteLater()


def test_dialog_reports_bad_input_instead_of_raising(council_sheet_inputs, qgis_iface, qgis_new_project, tmp_path):
    from qgis.core import QgsProject

    from urban_twin.ui.councilmap_dialog import CouncilMapDialog

    districts, _buildings = council_sheet_inputs
    QgsProject.instance().addMapLayer(districts)
    dialog = CouncilMapDialog(qgis_iface, None)
    dialog.output_widget.setFilePath(str(tmp_path / "missing" / "x.pdf"))
    assert dialog.export() is None
    assert "output folder does not exist" in dialog.message_label.text()
    dialog.deleteLater()


def test_dialog_atlas_preview_and_export(council_sheet_inputs, qgis_iface, qgis_new_project, tmp_path, pdf_tools):
    from qgis.core import QgsProject

    from urban_twin.ui.councilmap_dialog import CouncilMapDialog

    districts, buildings = council_sheet_inputs
    QgsProject.instance().addMapLayer(districts)
    QgsProject.instance().addMapLayer(buildings)
    dialog = CouncilMapDialog(qgis_iface, None)
    dialog.coverage_combo.setLayer(districts)
    dialog.page_name_combo.setField("name")
    dialog.title_edit.setText("Atlas im Dialog")
    image = dialog.update_preview()
    assert image is not None and _image_array(image).std() > 10
    output = tmp_path / "atlas_dialog.pdf"
    dialog.output_widget.setFilePath(str(output))
    result = dialog.export()
    assert result.pages == 3 and result.page_names == ["Altstadt", "Bahnhof", "Nordviertel"]
    assert pdf_tools.info(str(output))["Pages"] == "3"
    dialog.deleteLater()


def test_dialog_places_a_saved_3d_view_image(council_sheet_inputs, qgis_iface, qgis_new_project, tmp_path):
    import subprocess

    from qgis.core import QgsProject
    from qgis.PyQt.QtGui import QColor, QImage

    from urban_twin.ui.councilmap_dialog import CouncilMapDialog

    districts, _buildings = council_sheet_inputs
    QgsProject.instance().addMapLayer(districts)
    snapshot = str(tmp_path / "view3d.png")
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor(20, 60, 200))
    assert image.save(snapshot)
    dialog = CouncilMapDialog(qgis_iface, None)
    dialog.snapshot_file.setFilePath(snapshot)
    output = tmp_path / "mit3d.pdf"
    dialog.output_widget.setFilePath(str(output))
    assert dialog.export() is not None
    listed = subprocess.run(["pdfimages", "-list", str(output)], capture_output=True, text=True).stdout.splitlines()[2:]
    assert any(" 300 " in line and " 200 " in line for line in listed)  # the 300 x 200 px snapshot is embedded
    dialog.deleteLater()


def test_dialog_lists_layers_added_after_it_was_first_opened(council_sheet_inputs, qgis_iface, qgis_new_project):
    """The menu keeps one dialog; reopening it must offer the layers loaded in the meantime."""
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QCoreApplication
    from qgis.PyQt.QtGui import QShowEvent
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    from urban_twin.ui.councilmap_dialog import CouncilMapDialog

    districts, buildings = council_sheet_inputs
    project = QgsProject.instance()
    project.addMapLayer(districts)
    dialog = CouncilMapDialog(qgis_iface, None)
    assert [layer.name() for layer in dialog.chosen_layers()] == ["Stadtteile"]
    project.addMapLayer(buildings)
    # what show() delivers when the menu opens the kept dialog again (without mapping a window in the test run)
    QCoreApplication.sendEvent(dialog, QShowEvent())
    names = [dialog.layer_list.item(row).text() for row in range(dialog.layer_list.count())]
    assert sorted(names) == sorted(["Stadtteile", buildings.name()])
    closing = [b for b in dialog.findChildren(QDialogButtonBox)[0].buttons()
               if dialog.findChildren(QDialogButtonBox)[0].buttonRole(b) == QDialogButtonBox.ButtonRole.RejectRole]
    assert [b.text() for b in closing] == ["Close"]  # translated through tr ("Schließen" in German)
    dialog.deleteLater()
