"""Handwerker-Modul: map tools *Gebäude vermessen* (click a building → measures in the dock) and *3D-Abstand
messen* (two clicks snapped to building vertices/edges → horizontal distance, height difference, slope distance),
plus menu entries for the export3d algorithms. A GUI extension (setup/teardown, see ui/main_gui.py)."""


from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsSnappingConfig,
    QgsSnappingUtils,
    QgsTolerance,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsMapToolEmitPoint
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAction, QMenu, QToolBar

from ..core.analysis.solar.geometry import polygons_from_wkb
from ..core.errors import UrbanTwinError
from ..core.export3d import gpkg_source, measures
from ..core.export3d.measures_table import distance_3d, measure_rows
from ..core.i18n import tr
from .main_gui import icon, open_algorithm_dialog


def is_buildings_layer(layer):
    return (isinstance(layer, QgsVectorLayer) and layer.isValid() and layer.fields().indexFromName("building_id") >= 0
            and layer.fields().indexFromName("gml_id") >= 0 and QgsWkbTypes.hasZ(layer.wkbType())
            and layer.source().split("|")[0].lower().endswith(".gpkg"))


def buildings_layers(iface):
    """The active layer first when it is a buildings layer, then every other buildings layer of the project."""
    active = iface.activeLayer()
    layers = [active] if is_buildings_layer(active) else []
    layers += [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr is not active and is_buildings_layer(lyr)
               and lyr.name() != "building_surfaces" and "layername=building_surfaces" not in lyr.source()]
    return layers


def building_at(layer, point, tolerance):
    """The whole building (is_part = 0 preferred) under a point in layer coordinates, or None."""
    rectangle = QgsRectangle(point.x() - tolerance, point.y() - tolerance, point.x() + tolerance, point.y() + tolerance)
    request = QgsFeatureRequest().setFilterRect(rectangle)
    request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    probe = QgsGeometry.fromPointXY(point)
    candidates = []
    for feature in layer.getFeatures(request):
        geometry = QgsGeometry(feature.geometry())
        geometry.get().dropZValue()
        distance = geometry.distance(probe)  # 0 inside (the roof faces cover the footprint)
        if distance <= tolerance:
            part = feature.fields().indexFromName("is_part") >= 0 and feature["is_part"] == 1
            candidates.append((distance > 1e-9, 1 if part else 0, distance, feature.id(), feature))
    candidates.sort(key=lambda item: item[:4])
    return candidates[0][4] if candidates else None


def measures_of(layer, feature):
    """(Measures, rows) of a building feature: shell from the feature, surfaces from the same GeoPackage."""
    gpkg_path, _ = gpkg_source.geopackage_of(layer.source())
    building_id = str(feature["building_id"])
    is_part = feature.fields().indexFromName("is_part") >= 0 and feature["is_part"] == 1
    grouped = gpkg_source.read_surfaces(gpkg_path, [building_id])
    surfaces = gpkg_source.unit_surfaces(grouped, str(feature["gml_id"]), building_id, is_part)
    shell = polygons_from_wkb(bytes(feature.geometry().asWkb()))
    result = measures.measure(shell, surfaces)
    storeys = feature["storeys_above_ground"] if feature.fields().indexFromName("storeys_above_ground") >= 0 else None
    storeys = storeys if isinstance(storeys, int) else None
    return result, measure_rows(result, storeys)


class MeasureBuildingTool(QgsMapToolEmitPoint):
    def __init__(self, iface, dock_provider):
        super().__init__(iface.mapCanvas())
        self.iface, self.dock_provider = iface, dock_provider
        self.setCursor(Qt.CursorShape.CrossCursor)

    def canvasReleaseEvent(self, event):  # noqa: N802 - QGIS API
        self.measure_at(self.toMapCoordinates(event.pos()))

    def measure_at(self, map_point):
        dock = self.dock_provider()
        layers = buildings_layers(self.iface)
        if not layers:
            dock.show_message(tr("No buildings layer of an Urban Twin import in the project."))
            return None
        canvas_crs = self.canvas().mapSettings().destinationCrs()
        for layer in layers:
            transform = QgsCoordinateTransform(canvas_crs, layer.crs(), QgsProject.instance())
            point = transform.transform(QgsPointXY(map_point))
            tolerance = QgsTolerance.vertexSearchRadius(self.canvas().mapSettings())
            feature = building_at(layer, point, max(tolerance, 0.01))
            if feature is None:
                continue
            try:
                result, rows = measures_of(layer, feature)
            except UrbanTwinError as error:
                dock.show_message(str(error))
                return None
            address = " ".join(str(feature[n]) for n in ("street", "house_number")
                               if feature.fields().indexFromName(n) >= 0 and feature[n] not in (None, ""))
            label = tr("Building {}").format(feature["gml_id"]) + (" – " + address if address else "")
            dock.show_measures(str(feature["gml_id"]), label, rows)
            return result
        dock.show_message(tr("No building at this point."))
        return None


def _vertex_and_segment():
    """Vertex | segment snapping flags: QgsSnappingConfig.SnappingTypes on QGIS 3.22, Qgis.SnappingType later."""
    from qgis import core

    owner = getattr(getattr(core, "Qgis", None), "SnappingType", None)
    if owner is None or not hasattr(owner, "Vertex"):
        owner = QgsSnappingConfig.SnappingTypes
        return owner.VertexFlag | owner.SegmentFlag
    return owner.Vertex | owner.Segment


class Distance3DTool(QgsMapToolEmitPoint):
    """Two clicks, each snapped to a vertex or edge of the building surfaces, give the 3D distance."""

    def __init__(self, iface, dock_provider):
        super().__init__(iface.mapCanvas())
        self.iface, self.dock_provider = iface, dock_provider
        self.first = None
        self.setCursor(Qt.CursorShape.CrossCursor)

    def snapping_utils(self):
        utils = QgsSnappingUtils(self.canvas())
        utils.setMapSettings(self.canvas().mapSettings())
        config = QgsSnappingConfig()
        config.setEnabled(True)
        config.setMode(QgsSnappingConfig.SnappingMode.AdvancedConfiguration)
        flags = _vertex_and_segment()
        layers = []
        for layer in QgsProject.instance().mapLayers().values():
            if isinstance(layer, QgsVectorLayer) and QgsWkbTypes.hasZ(layer.wkbType()) and (
                    "building_surfaces" in layer.source() or is_buildings_layer(layer)):
                settings = QgsSnappingConfig.IndividualLayerSettings(True, flags, 15.0, QgsTolerance.UnitType.Pixels, 0.0, 0.0)
                config.setIndividualLayerSettings(layer, settings)
                layers.append(layer)
        utils.setConfig(config)
        return utils, layers

    def snapped_point(self, map_point, lowest=False):
        """(x, y, z) in the layer CRS of the snapped vertex/edge point, or None. Seen from above, a wall's top and
        bottom corner share x and y: the highest (roof) vertex is taken, the lowest (ground) one with ``lowest``."""
        utils, _ = self.snapping_utils()
        match = utils.snapToMap(QgsPointXY(map_point))
        if not match.isValid() or match.layer() is None:
            return None
        feature = match.layer().getFeature(match.featureId())
        geometry = feature.geometry()
        transform = QgsCoordinateTransform(self.canvas().mapSettings().destinationCrs(), match.layer().crs(),
                                           QgsProject.instance())
        point = transform.transform(match.point())
        start = geometry.vertexAt(match.vertexIndex())
        if match.hasVertex():
            heights = [v.z() for v in geometry.vertices() if abs(v.x() - start.x()) < 1e-3 and abs(v.y() - start.y()) < 1e-3]
            return start.x(), start.y(), (min(heights) if lowest else max(heights)) if heights else start.z()
        end = geometry.vertexAt(match.vertexIndex() + 1)
        length = ((end.x() - start.x()) ** 2 + (end.y() - start.y()) ** 2) ** 0.5
        share = 0.0 if length == 0 else (((point.x() - start.x()) ** 2 + (point.y() - start.y()) ** 2) ** 0.5) / length
        return point.x(), point.y(), start.z() + share * (end.z() - start.z())

    def canvasReleaseEvent(self, event):  # noqa: N802 - QGIS API
        lowest = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self.click(self.toMapCoordinates(event.pos()), lowest)

    def click(self, map_point, lowest=False):
        """Shift (``lowest``) takes the ground corner instead of the roof corner at the same position."""
        dock = self.dock_provider()
        point = self.snapped_point(map_point, lowest)
        if point is None:
            self.iface.messageBar().pushInfo(tr("Urban Twin"), tr("Click on a vertex or edge of a building."))
            return None
        if self.first is None:
            self.first = point
            self.iface.messageBar().pushInfo(tr("Urban Twin"), tr("First point at {:.2f} m height; click the second point.")
                                             .format(point[2]))
            return None
        result = distance_3d(self.first, point)
        self.first = None
        dock.show_distance(*result)
        return result


def setup(iface):
    """Adds the submenu 'Measuring and 3D export' to the Urban Twin menu and the two tools to its toolbar."""
    window = iface.mainWindow()
    state = {"iface": iface, "dock": None, "actions": [], "menu": None}

    def dock_provider():
        if state["dock"] is None:
            from .measure_dock import MeasureDock

            state["dock"] = MeasureDock(iface, window)
            iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, state["dock"])
        state["dock"].show()
        return state["dock"]

    state["dock_provider"] = dock_provider
    parent_menu = window.findChild(QMenu, "UrbanTwinMenu")
    toolbar = window.findChild(QToolBar, "UrbanTwinToolbar")
    menu = QMenu(tr("Measuring and 3D export"), window)
    menu.setObjectName("UrbanTwinExport3dMenu")
    state["menu"] = menu
    state["measure_tool"] = MeasureBuildingTool(iface, dock_provider)
    state["distance_tool"] = Distance3DTool(iface, dock_provider)
    for tool, text, icon_name, name in ((state["measure_tool"], tr("Measure building"), "measure_building.svg", "measure"),
                                        (state["distance_tool"], tr("Measure 3D distance"), "measure_distance.svg", "distance")):
        action = QAction(icon(icon_name), text, window)
        action.setObjectName("urbantwin_" + name + "_tool")
        action.setCheckable(True)
        tool.setAction(action)
        action.triggered.connect(lambda checked=False, t=tool: _activate(iface, t, dock_provider))
        menu.addAction(action)
        if toolbar is not None:
            toolbar.addAction(action)
        state["actions"].append(action)
    menu.addSeparator()
    for algorithm_id, text in (("urbantwin:buildingmeasures", tr("Measure all buildings (layer)…")),
                               ("urbantwin:export3dprint", tr("Export for 3D printing (STL/3MF)…")),
                               ("urbantwin:export3dtiles", tr("Export as 3D Tiles for the web…"))):
        action = QAction(icon("urban_twin.svg"), text, window)
        action.setObjectName("urbantwin_" + algorithm_id.split(":")[1])
        action.triggered.connect(lambda checked=False, a=algorithm_id: open_algorithm_dialog(a))
        menu.addAction(action)
        state["actions"].append(action)
    if parent_menu is not None:
        parent_menu.addMenu(menu)
    state["toolbar"] = toolbar
    state["parent_menu"] = parent_menu
    return state


def _activate(iface, tool, dock_provider):
    dock_provider()
    iface.mapCanvas().setMapTool(tool)


def teardown(state):
    iface = state["iface"]
    canvas = iface.mapCanvas()
    for tool in (state.get("measure_tool"), state.get("distance_tool")):
        if tool is not None and canvas.mapTool() is tool:
            canvas.unsetMapTool(tool)
    for action in state["actions"]:
        if state.get("toolbar") is not None:
            state["toolbar"].removeAction(action)
        action.deleteLater()
    if state.get("parent_menu") is not None and state["menu"] is not None:
        state["parent_menu"].removeAction(state["menu"].menuAction())
    if state["menu"] is not None:
        state["menu"].deleteLater()
    if state["dock"] is not None:
        iface.removeDockWidget(state["dock"])
        state["dock"].deleteLater()


