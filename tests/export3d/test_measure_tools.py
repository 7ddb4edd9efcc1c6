"""The Handwerker-Modul in a real QGIS canvas (pytest-qgis iface): click a building → the dock shows the same
figures as urbantwin:buildingmeasures; copy as table; CSV/XLSX written through OGR and read back; the 3D distance
tool snaps to roof and ground vertices of the surfaces layer and gives distances computed here by hand."""

import math

import pytest
from osgeo import ogr


@pytest.fixture()
def project_with_buildings(qgis_iface, qgis_new_project, musterquartier_gpkg):
    from qgis.core import QgsProject, QgsVectorLayer

    buildings = QgsVectorLayer(musterquartier_gpkg + "|layername=buildings", "buildings", "ogr")
    surfaces = QgsVectorLayer(musterquartier_gpkg + "|layername=building_surfaces", "building_surfaces", "ogr")
    assert buildings.isValid() and surfaces.isValid()
    QgsProject.instance().addMapLayers([buildings, surfaces])
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(buildings.crs())
    canvas.setLayers([buildings, surfaces])
    canvas.resize(800, 600)
    qgis_iface.setActiveLayer(buildings)
    return buildings, surfaces


def _record(gpkg, gml_id):
    source = ogr.Open(gpkg)
    layer = source.GetLayerByName("buildings")
    layer.SetAttributeFilter("gml_id = '{}'".format(gml_id))
    feature = layer.GetNextFeature()
    points = feature.GetGeometryRef().GetGeometryRef(0).GetGeometryRef(0).GetPoints()
    return feature, points


def test_click_shows_the_measures_and_exports_them(qgis_iface, project_with_buildings, musterquartier_gpkg, tmp_path):
    from qgis.core import QgsPointXY, QgsRectangle
    from qgis.PyQt.QtWidgets import QApplication

    from urban_twin.ui import measure_tool

    state = measure_tool.setup(qgis_iface)
    try:
        feature, _points = _record(musterquartier_gpkg, "DENW42MQ00000005")  # a gabled house
        envelope = feature.GetGeometryRef().GetEnvelope()
        centre = QgsPointXY((envelope[0] + envelope[1]) / 2, (envelope[2] + envelope[3]) / 2)
        qgis_iface.mapCanvas().setExtent(QgsRectangle(centre.x() - 60, centre.y() - 45, centre.x() + 60, centre.y() + 45))
        result = state["measure_tool"].measure_at(centre)
        assert result is not None and result.volume_method == "divergence"
        dock = state["dock"]
        values = {(r[0], r[1]): r[2] for r in dock.rows}
        assert values[("Building", "Volume")] == pytest.approx(817.6, abs=0.1)  # as buildingmeasures (test above)
        assert values[("Building", "Ground area")] == pytest.approx(92.34, abs=0.01)
        assert len(result.roofs) == 2 and len(result.walls) == 4
        assert "DENW42MQ00000005" in dock.title.text()
        assert dock.table.rowCount() == len(dock.rows)
        dock.copy_to_clipboard()
        copied = QApplication.clipboard().text().splitlines()
        assert len(copied) == len(dock.rows) + 1 and copied[0].count("\t") == 3
        for extension in ("csv", "xlsx"):
            path = str(tmp_path / ("measures." + extension))
            assert dock.export_to(path)
            table = ogr.Open(path)
            rows = list(table.GetLayer(0))
            assert len(rows) == len(dock.rows)
            volume = [f for f in rows if f.GetField(2) == "Volume"][0]
            assert float(volume.GetField(3)) == pytest.approx(817.6, abs=0.1)
        nothing = state["measure_tool"].measure_at(QgsPointXY(centre.x() + 5000, centre.y()))
        assert nothing is None and dock.title.text() == "No building at this point."
    finally:
        measure_tool.teardown(state)


def test_distance_tool_snaps_to_building_vertices(qgis_iface, project_with_buildings, musterquartier_gpkg):
    from qgis.core import QgsPointXY, QgsRectangle

    from urban_twin.ui import measure_tool

    state = measure_tool.setup(qgis_iface)
    try:
        feature, _ = _record(musterquartier_gpkg, "DENW42MQ00000005")
        geometry = feature.GetGeometryRef()
        points = [geometry.GetGeometryRef(i).GetGeometryRef(0).GetPoint(j) for i in range(geometry.GetGeometryCount())
                  for j in range(geometry.GetGeometryRef(i).GetGeometryRef(0).GetPointCount())]
        top = max(points, key=lambda p: p[2])  # a ridge end
        low = min(points, key=lambda p: (p[2], p[0]))  # a ground corner
        envelope = geometry.GetEnvelope()
        canvas = qgis_iface.mapCanvas()
        canvas.setExtent(QgsRectangle(envelope[0] - 10, envelope[2] - 10, envelope[1] + 10, envelope[3] + 10))
        tool = state["distance_tool"]
        # clicks a little off the vertices: snapping must pull them onto the vertices (and their z)
        assert tool.click(QgsPointXY(low[0] + 0.05, low[1] - 0.05), lowest=True) is None  # Shift: ground corner
        horizontal, dz, slope = tool.click(QgsPointXY(top[0] - 0.05, top[1] + 0.05))
        expected_h = math.hypot(top[0] - low[0], top[1] - low[1])
        assert horizontal == pytest.approx(expected_h, abs=0.01)
        assert dz == pytest.approx(top[2] - low[2], abs=0.01)
        assert slope == pytest.approx(math.sqrt(expected_h ** 2 + (top[2] - low[2]) ** 2), abs=0.01)
        assert "3D distance" in state["dock"].distance_label.text()
        # without Shift the same corner is the eaves corner above it (what the map shows from above)
        eaves = max(p[2] for p in points if abs(p[0] - low[0]) < 1e-6 and abs(p[1] - low[1]) < 1e-6)
        tool.click(QgsPointXY(low[0], low[1]))
        _h, dz_roof, _s = tool.click(QgsPointXY(top[0], top[1]))
        assert dz_roof == pytest.approx(top[2] - eaves, abs=0.01) and eaves > low[2] + 2
    finally:
        measure_tool.teardown(state)
