"""Read buildings, measure polygons, trees and districts from QGIS sources into plain records (no widgets)."""

from dataclasses import dataclass
from typing import Optional

from qgis.core import QgsCoordinateTransform, QgsWkbTypes

from ..analysis import compliance_io
from ..errors import UrbanTwinError
from ..i18n import tr

DEFAULT_STOREY_HEIGHT = 3.0


@dataclass
class Footprint:
    building_id: str
    geometry: object  # QgsGeometry, 2D, in the working CRS
    height: Optional[float]  # m above ground

    @property
    def wkb(self):
        return bytes(self.geometry.asWkb())


def transform_to(source, crs, context):
    if not source.sourceCrs().isValid() or source.sourceCrs() == crs:
        return None
    return QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())


def read_footprints(source, crs, context, feedback=None):
    """Whole buildings (parts skipped) of a buildings / footprints / variant layer as 2D footprints + height."""
    warn = feedback.pushWarning if feedback is not None else None
    canceled = feedback.isCanceled if feedback is not None else None
    records = compliance_io.read_buildings(compliance_io.features_of(source, canceled), transform_to(source, crs, context),
                                           None, warn, canceled)
    footprints = []
    for record in records:
        height = record.height
        if height is None and record.z_max is not None and record.z_min is not None:
            height = record.z_max - record.z_min
        if height is None and record.storeys_model:
            height = record.storeys_model * DEFAULT_STOREY_HEIGHT
        footprints.append(Footprint(record.key, record.footprint, float(height) if height is not None else None))
    return footprints


def _number(feature, name):
    return compliance_io.number_or_none(feature, name) if name else None


def read_polygons(source, crs, context, fields=()):
    """[(QgsGeometry 2D, {field: value})] of a polygon source in the working CRS."""
    transform = transform_to(source, crs, context)
    result = []
    for feature in compliance_io.features_of(source):
        geometry = compliance_io.polygon_2d(feature.geometry())
        if geometry is None:
            continue
        if transform is not None:
            geometry.transform(transform)
        values = {name: _number(feature, name) for name in fields if source.fields().indexFromName(name) >= 0}
        result.append((geometry, values))
    return result


@dataclass
class Tree:
    x: float
    y: float
    crown_diameter: float
    height: float


def read_trees(source, crs, context, crown_field, height_field, name):
    """Tree points with crown diameter and height (m); missing values get 6 m crown and 10 m height, with a warning count."""
    transform = transform_to(source, crs, context)
    fields = source.fields()
    for field_name in (crown_field, height_field):
        if field_name and fields.indexFromName(field_name) < 0:
            raise UrbanTwinError(tr("The tree layer {} has no field {}.").format(name, field_name))
    trees, defaults = [], 0
    for feature in compliance_io.features_of(source):
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty() or QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
            continue
        if transform is not None:
            geometry.transform(transform)
        point = geometry.centroid().asPoint()
        crown = _number(feature, crown_field)
        height = _number(feature, height_field)
        if crown is None or crown <= 0 or height is None or height <= 0:
            defaults += 1
        trees.append(Tree(point.x(), point.y(), crown if crown and crown > 0 else 6.0, height if height and height > 0 else 10.0))
    return trees, defaults


def read_districts(source, crs, context, name_field=None):
    """[(name, QgsGeometry)] of a district layer (name from ``name`` / ``name_field`` / the feature id)."""
    transform = transform_to(source, crs, context)
    fields = source.fields()
    if not name_field:
        name_field = next((f for f in ("name", "quartier", "bezeichnung", "gml_id") if fields.indexFromName(f) >= 0), None)
    districts = []
    for feature in compliance_io.features_of(source):
        geometry = compliance_io.polygon_2d(feature.geometry())
        if geometry is None:
            continue
        if transform is not None:
            geometry.transform(transform)
        value = compliance_io.value_or_none(feature, name_field) if name_field else None
        districts.append((str(value) if value is not None else str(feature.id()), geometry))
    return districts
