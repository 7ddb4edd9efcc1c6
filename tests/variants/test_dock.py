"""The Varianten dock headless (pytest-qgis iface): list, create from a selection, on/off, compare as a task."""

import pytest
from osgeo import ogr

X0, Y0 = 403700.0, 5756800.0


def _wkt(x0, y0, x1, y1):
    return "Polygon(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


@pytest.fixture()
def city(run_alg, layers, tmp_path):
    existing = layers.footprints([(_wkt(0, 30, 10, 40), dict(storeys=2, name="Altbau"))])
    path = str(tmp_path / "stadt.gpkg")
    run_alg("urbantwin:massing", {"INPUT": existing, "TERRAIN_HEIGHT": 52.0, "OUTPUT": path})
    dataset = ogr.Open(path, 1)
    for name in ("buildings", "footprints"):
        dataset.ExecuteSQL("UPDATE {} SET status = 'Bestand'".format(name))
    dataset = None
    return path


def test_dock_creates_toggles_and_compares(qgis_app, qgis_iface, urbantwin_provider, layers, city):
    from pytest_qgis.utils import wait_until
    from qgis.core import QgsProject, QgsVectorLayer
    from qgis.PyQt.QtCore import Qt

    from urban_twin.ui.variants_dock import VariantsDock

    project = QgsProject.instance()
    project.clear()
    project.addMapLayer(QgsVectorLayer(city + "|layername=buildings", "Gebäude", "ogr"))
    drawn = layers.footprints([(_wkt(0, 0, 20, 12), {}), (_wkt(40, 0, 50, 10), {})])
    project.addMapLayer(drawn)
    drawn.selectByIds([next(drawn.getFeatures()).id()])
    qgis_iface.setActiveLayer(drawn)
    dock = VariantsDock(qgis_iface)
    assert dock.contents.variant_list.count() == 0 and dock.contents.city_combo.currentData() == city
    dock.contents.name_edit.setText("Riegel")
    dock.contents.storeys_spin.setValue(4)
    variant = dock.create_from_selection()
    assert variant is not None, dock.contents.status_label.text()
    assert dock.contents.variant_list.count() == 1
    item = dock.contents.variant_list.item(0)
    assert item.text() == "Riegel" and item.checkState() == Qt.CheckState.Checked
    dataset = ogr.Open(variant)
    rows = dataset.ExecuteSQL("SELECT status, storeys_above_ground, roof_type, eaves_z FROM buildings ORDER BY status")
    values = [tuple(f.GetField(i) for i in range(4)) for f in rows]
    dataset.ReleaseResultSet(rows)
    assert values == [("Bestand", 2, "1000", pytest.approx(58.0)), ("geplant", 4, "3100", pytest.approx(52.0 + 12.0))]
    buildings = [layer for _n, path, group in dock.variants for layer in group if path == variant][0]
    item.setCheckState(Qt.CheckState.Unchecked)  # off in 2D and 3D: the layer tree node
    assert not project.layerTreeRoot().findLayer(buildings.id()).isVisible()
    item.setCheckState(Qt.CheckState.Checked)
    task = dock.compare()
    assert task is not None and dock.contents.cancel_button.isEnabled()
    assert wait_until(lambda: dock.compare_task is None, timeout_milliseconds=120000), "compare task did not finish"
    assert dock.last_comparison is not None, dock.contents.status_label.text()
    dataset = ogr.Open(dock.last_comparison)
    rows = dataset.ExecuteSQL("SELECT variant, n_new_buildings FROM variant_comparison")
    assert [tuple(f.GetField(i) for i in range(2)) for f in rows][1] == ("Riegel", 1)
    dataset.ReleaseResultSet(rows)
    first = dock.last_comparison
    dock.last_comparison = None
    task = dock.compare()
    dock.cancel()  # cancel at once: the task ends without a result, the buttons come back
    assert wait_until(lambda: dock.compare_task is None, timeout_milliseconds=120000), "cancelled task did not end"
    assert dock.last_comparison is None and dock.contents.compare_button.isEnabled()
    assert "cancelled" in dock.contents.status_label.text()
    assert first is not None
    dock.close()
    project.clear()
