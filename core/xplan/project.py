"""Load an XPlan GeoPackage into a QGIS project: one layer group per plan, PlanZV styles, labels."""

import os

from osgeo import ogr
from qgis.core import QgsLayerTreeGroup, QgsVectorLayer, QgsWkbTypes

from ..errors import UrbanTwinError
from ..i18n import tr
from ..layer_kinds import PLAN, PLAN_ZONES, index_below_results, set_layer_kind
from .gpkg import FIELDS_TABLE
from .provenance_gpkg import layer_title
from .styling import style_layer
from .titles import heading

LEGEND_HEADING = "urbantwin/legend_heading"

DRAW_ORDER = {  # smaller = higher in the layer tree (drawn on top)
    QgsWkbTypes.GeometryType.PointGeometry: 0,
    QgsWkbTypes.GeometryType.LineGeometry: 1,
}


def _plans(gpkg_path):
    dataset = ogr.Open(gpkg_path)
    if dataset is None or dataset.GetLayerByName("plans") is None:
        raise UrbanTwinError(tr("This GeoPackage has no 'plans' layer; it was not made by the XPlanGML import."), path=gpkg_path)
    plans = [(f.GetField("gml_id"), f.GetField("name") or f.GetField("gml_id")) for f in dataset.GetLayerByName("plans")]
    layer_names = [dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())]
    return plans, [n for n in layer_names if n != FIELDS_TABLE]


def _default_group_name(gpkg_path, plans):
    """The plan's name for a file with one plan ("Bebauungsplan Nr. 42 …"), else the file name
    without ``.urbantwin.gpkg``."""
    if len(plans) == 1 and plans[0][1] and plans[0][1] != plans[0][0]:
        return plans[0][1]
    stem = os.path.basename(gpkg_path)
    for suffix in (".urbantwin.gpkg", ".gpkg"):
        if stem.endswith(suffix):
            return stem[: -len(suffix)]
    return os.path.splitext(stem)[0]


def add_xplan_to_project(gpkg_path, project, group_name=None, palette="default"):
    """Add one group per plan (filtered by plan_id) with styled layers; returns the top group.

    Calling it twice for the same file returns the existing group instead of adding layers again.
    ``palette``: "default" (xPlanBox screen colours) or "print" (lighter PlanZV print colours).
    """
    gpkg_path = os.path.abspath(gpkg_path)
    root = project.layerTreeRoot()
    plans, layer_names = _plans(gpkg_path)
    top_name = group_name or _default_group_name(gpkg_path, plans)
    existing = root.findGroup(top_name)
    if existing is not None and existing.customProperty("urbantwin/xplan_gpkg") == gpkg_path:
        return existing
    top = root.insertGroup(index_below_results(root), top_name)
    top.setCustomProperty("urbantwin/xplan_gpkg", gpkg_path)
    for plan_id, plan_name in plans:
        group = top if len(plans) == 1 else top.addGroup(plan_name)
        layers = []
        for layer_name in layer_names:
            # the layer panel shows the planner's words ("Baugebiete"); the table name stays in the source
            # "Baugebiete – Bebauungsplan Nr. 42": a project holds several plans, each layer says which one
            display_name = tr("{title} – {dataset}").format(title=layer_title(layer_name), dataset=plan_name)
            layer = QgsVectorLayer("{}|layername={}".format(gpkg_path, layer_name), display_name, "ogr")
            if not layer.isValid():
                continue
            set_layer_kind(layer, PLAN_ZONES if layer_name.startswith("bp_baugebietsteilflaeche") else PLAN)
            layer.setCustomProperty(LEGEND_HEADING, heading(layer_name))  # council sheet legend groups by it
            if layer.fields().indexOf("plan_id") >= 0 and len(plans) > 1:
                layer.setSubsetString("\"plan_id\" = '{}'".format(plan_id.replace("'", "''")))
            if layer.featureCount() == 0 or layer.geometryType() == QgsWkbTypes.GeometryType.NullGeometry:
                continue  # text sections and empty class layers stay in the GeoPackage, not in the map
            style_layer(layer, layer_name, palette)
            layers.append((layer, layer_name))
        layers.sort(key=lambda item: _order(*item))
        for layer, _name in layers:
            project.addMapLayer(layer, False)
            group.addLayer(layer)
    return top


def _order(layer, layer_name):
    if layer_name == "plans":
        return (2, 0, layer_name)
    if layer_name == "bereiche":
        return (2, 1, layer_name)
    rank = DRAW_ORDER.get(layer.geometryType(), 3)
    return (rank, 0, layer_name)


__all__ = ["add_xplan_to_project", "QgsLayerTreeGroup"]
