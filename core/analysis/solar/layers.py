"""Read QGIS feature sources into plain records for the solar functions (no widgets)."""

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest, QgsProject

from ...errors import UrbanTwinError
from ...features import iter_features
from ...i18n import tr
from ..working_crs import choose_working_crs
from .potential import SurfaceInput

SURFACE_FIELDS = ("surface_id", "building_id", "surface_type")


def require_projected(source, name):
    crs = source.sourceCrs()
    if not crs.isValid() or crs.isGeographic():
        raise UrbanTwinError(
            tr("The layer {} must be in a projected CRS with metres (e.g. EPSG:25832), not {}.").format(name, crs.authid() or "?")
        )
    return crs


def working_crs(source, name, feedback=None, transform_context=None):
    """The projected CRS to compute in: the layer's own, or — for a layer in lat/lon — the UTM zone of its data
    (the geometries are reprojected on reading; nothing is ever computed in degrees)."""
    crs = source.sourceCrs()
    if crs.isValid() and crs.isGeographic():
        target = choose_working_crs([], [source], transform_context)
        if feedback is not None:
            feedback.pushWarning(tr("The layer {} is in {} (degrees); it is computed in {} (metres).").format(
                name, crs.authid(), target.authid()))
        return target
    return require_projected(source, name)


def site_of(source, crs, transform_context=None):
    """(latitude, longitude) of the centre of a source's extent (``crs`` is kept for callers; the extent is
    in the source's own CRS)."""
    extent = source.sourceExtent()
    transform = QgsCoordinateTransform(
        source.sourceCrs() if source.sourceCrs().isValid() else crs, QgsCoordinateReferenceSystem("EPSG:4326"),
        transform_context or QgsProject.instance().transformContext()
    )
    centre = transform.transform(extent.center())
    return centre.y(), centre.x()


def read_surfaces(source, name, feedback=None, target_crs=None, transform_context=None):
    """SurfaceInput records from a building_surfaces layer (schema in docs/DEVELOPING.md), reprojected to
    ``target_crs`` when given and different from the layer's CRS."""
    fields = source.fields()
    missing = [f for f in SURFACE_FIELDS if fields.indexFromName(f) < 0]
    if missing:
        raise UrbanTwinError(
            tr("The layer {} lacks the fields {} (expected a building_surfaces layer).").format(name, ", ".join(missing))
        )
    records = []
    transform = None
    if target_crs is not None and source.sourceCrs().isValid() and source.sourceCrs() != target_crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, transform_context or QgsProject.instance().transformContext())
    request = QgsFeatureRequest().setSubsetOfAttributes([fields.indexFromName(f) for f in SURFACE_FIELDS])
    for feature in iter_features(source, request, feedback.isCanceled if feedback is not None else None):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        if transform is not None:
            geometry.transform(transform)
        surface_id = str(feature["surface_id"]) if feature["surface_id"] not in (None, "") else "fid {}".format(feature.id())
        building_id = feature["building_id"]
        building_id = str(building_id) if building_id not in (None, "") else surface_id
        records.append(SurfaceInput(surface_id, building_id, str(feature["surface_type"] or ""), bytes(geometry.asWkb())))
    return records


def read_shading_buildings(source, target_crs, transform_context, feedback=None):
    """Records (building_id + WKB) of buildings that cast shadows, reprojected to ``target_crs``."""
    transform = None
    if source.sourceCrs() != target_crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, transform_context)
    fields = source.fields()
    id_field = (
        "building_id" if fields.indexFromName("building_id") >= 0 else ("gml_id" if fields.indexFromName("gml_id") >= 0 else None)
    )
    part_filter = fields.indexFromName("parent_id") >= 0
    records = []
    for feature in iter_features(source, None, feedback.isCanceled if feedback is not None else None):
        if part_filter and feature["parent_id"] not in (None, ""):
            continue  # a Building feature already holds its parts' surfaces
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        if transform is not None:
            geometry.transform(transform)
        building_id = str(feature[id_field]) if id_field else "fid {}".format(feature.id())
        records.append(SurfaceInput(building_id, building_id, "Building", bytes(geometry.asWkb())))
    return records
