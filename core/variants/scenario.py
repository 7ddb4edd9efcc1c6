"""One scenario of a comparison (the base or a variant): its GeoPackage read once for every figure."""

import os

from qgis.core import QgsGeometry, QgsVectorLayer

from ..analysis import compliance_io
from ..analysis.solar import layers as solar_layers
from ..errors import UrbanTwinError
from ..i18n import tr
from .compose import variant_name
from .massing import PLANNED


class Scenario:
    def __init__(self, path, name=None, is_canceled=None, is_base=False):
        self.path = path
        if not os.path.isfile(path):
            raise UrbanTwinError(tr("The GeoPackage does not exist."), path=path)
        stem = os.path.splitext(os.path.basename(path))[0]
        self.name = name or variant_name(path) or (tr("Existing city ({})").format(stem) if is_base else stem)
        self.buildings_layer = self._layer("buildings")
        self.surfaces_layer = self._layer("building_surfaces")
        self.crs = solar_layers.require_projected(self.buildings_layer, path)
        canceled = is_canceled or (lambda: False)
        self.records = solar_layers.read_surfaces(self.surfaces_layer, path)
        self.status, self.footprints = {}, {}
        has_status = self.buildings_layer.fields().indexFromName("status") >= 0
        for feature in compliance_io.features_of(self.buildings_layer, canceled):
            if not compliance_io.is_whole_building(feature):
                continue
            building_id = str(feature["building_id"])
            self.status[building_id] = str(feature["status"]) if has_status and feature["status"] not in (None, "") else ""
            footprint = compliance_io.footprint_from_surfaces(feature.geometry())
            if footprint is not None:
                self.footprints[building_id] = footprint
        self.buildings = compliance_io.read_buildings(compliance_io.features_of(self.buildings_layer, canceled), None, None, None, canceled)
        self.planned = {b for b, s in self.status.items() if s == PLANNED}

    def _layer(self, name):
        layer = QgsVectorLayer("{}|layername={}".format(self.path, name), name, "ogr")
        if not layer.isValid():
            raise UrbanTwinError(tr("The GeoPackage has no layer {} (expected a city model import or a variant).").format(name), path=self.path)
        return layer

    def records_of(self, building_ids, surface_type=None):
        return [r for r in self.records if r.building_id in building_ids and (surface_type is None or r.surface_type == surface_type)]

    def ids_near(self, geometry):
        """Ids of the buildings whose footprint intersects ``geometry``."""
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        box = geometry.boundingBox()
        return {b for b, f in self.footprints.items() if f.boundingBox().intersects(box) and engine.intersects(f.constGet())}

    def planned_union(self):
        pieces = [self.footprints[b] for b in self.planned if b in self.footprints]
        return QgsGeometry.unaryUnion(pieces) if pieces else None
