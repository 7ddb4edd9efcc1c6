"""Base heights of planned buildings: a DEM, a fixed terrain height, or the ground of the existing city model."""

import statistics

import numpy as np
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsRectangle, QgsSpatialIndex

from ..features import iter_features
from ..i18n import tr


class FixedGround:
    def __init__(self, height):
        self.height = float(height)

    def base_of(self, parts):
        return self.height

    def describe(self):
        return tr("fixed terrain height {:.2f} m").format(self.height)


class DemGround:
    """Lowest DEM value under the footprint's vertices and centre (the building stands on the ground)."""

    def __init__(self, raster_layer, transform=None):
        self.provider = raster_layer.dataProvider()
        self.transform = transform
        self.name = raster_layer.name()

    def base_of(self, parts):
        values = []
        for polygon in parts:
            points = np.vstack([np.asarray(r, dtype=float)[:, :2] for r in polygon[:1]])
            points = np.vstack([points, points.mean(axis=0)])
            for x, y in points:
                point = QgsPointXY(float(x), float(y))
                if self.transform is not None:
                    point = self.transform.transform(point)
                value, ok = self.provider.sample(point, 1)
                if ok and value == value:
                    values.append(float(value))
        return min(values) if values else None

    def describe(self):
        return tr("terrain model {}").format(self.name)


class CityGround:
    """Median ground (lowest point) of the existing buildings within ``radius`` of the footprint, else of
    the nearest building: planned buildings stand at the level of their neighbours."""

    def __init__(self, source, transform=None, radius=60.0, is_canceled=None):
        self.radius = radius
        self.index = QgsSpatialIndex()
        self.ground = {}
        self.transform = transform  # footprint CRS → city CRS
        fields = source.fields()
        has_z_min = fields.indexFromName("z_min") >= 0
        part_filter = fields.indexFromName("parent_id") >= 0
        for feature in iter_features(source, QgsFeatureRequest(), is_canceled):
            if part_filter and feature["parent_id"] not in (None, ""):
                continue
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                continue
            z_min = feature["z_min"] if has_z_min else None
            if z_min in (None, ""):
                zs = [v.z() for v in geometry.vertices()]
                z_min = min(zs) if zs and zs[0] == zs[0] else None
            if z_min is None:
                continue
            self.ground[feature.id()] = float(z_min)
            self.index.addFeature(feature)
        self.name = source.sourceName()

    def base_of(self, parts):
        points = np.vstack([np.asarray(r, dtype=float)[:, :2] for polygon in parts for r in polygon[:1]])
        centre = QgsPointXY(float(points[:, 0].mean()), float(points[:, 1].mean()))
        if self.transform is not None:
            centre = self.transform.transform(centre)
        box = QgsRectangle(centre.x() - self.radius, centre.y() - self.radius, centre.x() + self.radius, centre.y() + self.radius)
        near = [self.ground[i] for i in self.index.intersects(box) if i in self.ground]
        if not near:
            near = [self.ground[i] for i in self.index.nearestNeighbor(QgsGeometry.fromPointXY(centre), 1) if i in self.ground]
        return statistics.median(near) if near else None

    def describe(self):
        return tr("ground of the existing buildings in {}").format(self.name)
