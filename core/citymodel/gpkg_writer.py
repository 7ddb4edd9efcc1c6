"""Write city object records into the GeoPackage layers of the schema contract (docs/DEVELOPING.md).

OGR (GDAL python bindings) in batched transactions and geometries from ready-made WKB: far faster
than QgsVectorLayer.addFeature, and usable without a running QGIS application.
"""

import json

from osgeo import _ogr, ogr, osr

from ..errors import UrbanTwinError
from ..i18n import tr
from ..write_checks import check_ogr, gdal_write_errors
from . import codelists
from .geometry import footprint_2d, multipolygon_z_wkb, surfaces_metrics, union_2d, z_range

LOD_PREFERENCE = (2, 1, 3, 4, 0)
ROOF = "RoofSurface"
GROUND = "GroundSurface"

# (name, OGR type) in schema order; footprints carry the same fields.
BUILDING_FIELDS = [
    ("gml_id", ogr.OFTString), ("building_id", ogr.OFTString), ("parent_id", ogr.OFTString),
    ("object_type", ogr.OFTString), ("is_part", ogr.OFTInteger), ("lod", ogr.OFTInteger),
    ("function", ogr.OFTString), ("function_label", ogr.OFTString), ("function_group", ogr.OFTString),
    ("usage", ogr.OFTString), ("usage_label", ogr.OFTString),
    ("roof_type", ogr.OFTString), ("roof_type_label", ogr.OFTString),
    ("measured_height", ogr.OFTReal), ("storeys_above_ground", ogr.OFTInteger),
    ("storeys_below_ground", ogr.OFTInteger), ("year_of_construction", ogr.OFTInteger),
    ("gemeindeschluessel", ogr.OFTString), ("street", ogr.OFTString), ("house_number", ogr.OFTString),
    ("postal_code", ogr.OFTString), ("locality", ogr.OFTString), ("name", ogr.OFTString),
    ("generic_attributes", ogr.OFTString), ("footprint_area", ogr.OFTReal), ("z_min", ogr.OFTReal),
    ("eaves_z", ogr.OFTReal), ("z_max", ogr.OFTReal), ("height", ogr.OFTReal), ("source_file", ogr.OFTString),
    ("status", ogr.OFTString),  # Bestand (imported) / geplant / Abriss-markiert (planning variants, docs/variants.md)
]
SURFACE_FIELDS = [
    ("surface_id", ogr.OFTString), ("building_id", ogr.OFTString), ("part_id", ogr.OFTString),
    ("surface_type", ogr.OFTString), ("lod", ogr.OFTInteger), ("area", ogr.OFTReal), ("tilt", ogr.OFTReal),
    ("azimuth", ogr.OFTReal), ("z_min", ogr.OFTReal), ("z_max", ogr.OFTReal), ("source_file", ogr.OFTString),
]
FOOTPRINT_TYPES = {"Building"}  # footprints layer and footprint_area (roads, land use … get none)
PART_FOOTPRINT_TYPES = {"BuildingPart"}


def chosen_geometry(record):
    """(lod, polygons) of the object's own shell: LoD2, else LoD1, else 3/4/0; surfaces fill a missing shell."""
    for lod in LOD_PREFERENCE:
        polygons = record.geometry.get(lod)
        if not polygons:
            polygons = [p for s in record.surfaces if s.lod == lod for p in s.polygons]
        if polygons:
            return lod, polygons
    loose = [p for s in record.surfaces for p in s.polygons]
    return (None, loose) if loose else (None, [])


class ObjectFigures:
    """Geometry and derived numbers of one object; ``combined`` merges a building with its parts."""

    def __init__(self, record, with_footprint=True):
        lod, polygons = chosen_geometry(record)
        self.polygons = polygons
        self.lod = lod if polygons else None
        roofs, grounds = [], []
        for surface in record.surfaces:
            if surface.surface_type == ROOF:
                roofs.extend(surface.polygons)
            elif surface.surface_type == GROUND:
                grounds.extend(surface.polygons)
        self.z_min, self.z_max = z_range(polygons)
        self.eaves_z = z_range(roofs)[0] if roofs else None
        self.footprint = footprint_2d(grounds, polygons) if polygons and with_footprint else None
        self.footprint_area = self.footprint.GetArea() if self.footprint is not None else None

    @classmethod
    def combined(cls, figures, preference=LOD_PREFERENCE):
        """The whole building: all polygons, lowest/highest z, 2D union of the footprints."""
        if len(figures) == 1:
            return figures[0]
        whole = cls.__new__(cls)
        whole.polygons = [polygon for item in figures for polygon in item.polygons]
        lods = {item.lod for item in figures if item.lod is not None}
        whole.lod = min(lods, key=preference.index) if lods else None
        whole.z_min = _extreme(min, [item.z_min for item in figures])
        whole.z_max = _extreme(max, [item.z_max for item in figures])
        whole.eaves_z = _extreme(min, [item.eaves_z for item in figures])
        whole.footprint = union_2d([item.footprint for item in figures if item.footprint is not None])
        whole.footprint_area = whole.footprint.GetArea() if whole.footprint is not None else None
        return whole

    @property
    def height(self):
        if self.z_min is None:
            return None
        return self.z_max - self.z_min


def _restore_geometry(figures, objects, whole, back):
    """Figures measured in metres get the source geometries back (footprints transformed back)."""
    for item, obj in zip(figures, objects):
        item.polygons = chosen_geometry(obj)[1]
        if item.footprint is not None:
            item.footprint = back.geometry(item.footprint)
    if whole not in figures:
        whole.polygons = [polygon for item in figures for polygon in item.polygons]
        if whole.footprint is not None:
            whole.footprint = back.geometry(whole.footprint)


def _extreme(function, values):
    values = [value for value in values if value is not None]
    return function(values) if values else None


class GeoPackageWriter:
    """Every failed write (full disk, I/O error) raises UrbanTwinError naming ``target`` (the final output name)."""

    def __init__(self, path, epsg=None, batch_size=400, target=None):
        self.path = path
        self.target = target or path
        self.batch_size = batch_size
        self.pending = 0
        driver = ogr.GetDriverByName("GPKG")
        with gdal_write_errors(self.target):
            self.dataset = driver.CreateDataSource(path)
        if self.dataset is None:
            raise UrbanTwinError(tr("The GeoPackage cannot be created."), path=self.target)
        self.written = {}
        self.srs = None
        self._definitions = {}
        self._wkb_cache = {}
        self.lod_preference = LOD_PREFERENCE  # the building's lod when its parts differ (the import's LoD order)
        if epsg:
            self.srs = osr.SpatialReference()
            self.srs.ImportFromEPSG(int(epsg))
            self.srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        self.buildings = self._layer("buildings", ogr.wkbMultiPolygon25D, BUILDING_FIELDS)
        self.surfaces = self._layer("building_surfaces", ogr.wkbMultiPolygon25D, SURFACE_FIELDS)
        self.footprints = self._layer("footprints", ogr.wkbMultiPolygon, BUILDING_FIELDS)
        self.counts = {"objects": 0, "surfaces": 0, "footprints": 0}
        # A temporary file renamed at the end (atomic_path): no need for fsync after every commit.
        self.dataset.ExecuteSQL("PRAGMA synchronous = OFF")
        self.dataset.StartTransaction()

    def _layer(self, name, geometry_type, fields):
        # The R-tree is built once at the end (cheaper than trigger updates per insert).
        layer = self.dataset.CreateLayer(name, self.srs, geometry_type, ["GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=NO"])
        for field_name, field_type in fields:
            layer.CreateField(ogr.FieldDefn(field_name, field_type))
        # Setting fields by index with typed setters: OGR's by-name lookup is a Python loop (the hot spot).
        setters = {field_name: (index, _SETTERS[field_type]) for index, (field_name, field_type) in enumerate(fields)}
        self._definitions[id(layer)] = (layer.GetLayerDefn(), setters, name)
        self.written[name] = 0
        return layer

    # --- writing -----------------------------------------------------------------------------
    def write(self, record, source_file, metric=None, back=None, surface_figures=None):
        """Write a top-level record with its parts; returns its ObjectFigures (whole object).

        ``metric``: the same record in a projected CRS (data in degrees): every figure is measured there,
        the geometries are written from ``record``; ``back`` transforms the footprints back.
        ``surface_figures``: (metrics, envelopes) of the record's surfaces from one surfaces_metrics call for many
        records (the parallel workers batch a whole chunk of a tile); else measured here.
        """
        self._wkb_cache = {}
        objects = list(record.all_objects())
        measured = list(metric.all_objects()) if metric is not None else objects
        own = ObjectFigures(measured[0], record.object_type in FOOTPRINT_TYPES)
        parts = [ObjectFigures(part, part.object_type in PART_FOOTPRINT_TYPES) for part in measured[1:]]
        whole = ObjectFigures.combined([own] + parts, self.lod_preference)
        if metric is not None:
            _restore_geometry([own] + parts, objects, whole, back)
        building_attributes = self._attributes(record, record, whole, source_file)
        self._feature(self.buildings, building_attributes, whole.polygons)
        for part, figures in zip(objects[1:], parts):
            self._feature(self.buildings, self._attributes(part, record, figures, source_file), figures.polygons)
        owned = [(obj, surface) for obj in record.all_objects() for surface in obj.surfaces]
        if surface_figures is None:
            surfaces = [surface.polygons for obj in measured for surface in obj.surfaces]
            # the envelope of what is written: from the measured geometry only when that is the written one
            surface_figures = surfaces_metrics(surfaces, envelopes=True) if metric is None else (
                surfaces_metrics(surfaces), [None] * len(surfaces))
        metrics, envelopes = surface_figures
        for (obj, surface), figures, envelope in zip(owned, metrics, envelopes):
            self._surface(surface, figures, record.gml_id, None if obj is record else obj.gml_id, source_file, envelope)
        if record.object_type in FOOTPRINT_TYPES and whole.footprint is not None:
            self._footprint(record, building_attributes, whole)
        self._wkb_cache = {}
        self.pending += 1
        if self.pending >= self.batch_size:
            self.flush()
        return whole

    def _attributes(self, obj, top, figures, source_file):
        attributes = dict(obj.attributes)
        function = attributes.get("function")
        roof_type = attributes.get("roof_type")
        usage = attributes.get("usage")
        generic = obj.generic
        gemeindeschluessel = generic.get("Gemeindeschluessel") or top.generic.get("Gemeindeschluessel")
        address = obj.address or (top.address if obj is not top else {})
        values = {
            "gml_id": obj.gml_id,
            "building_id": top.gml_id,
            "parent_id": obj.parent_id,
            "object_type": obj.object_type,
            "is_part": 0 if obj is top else 1,
            "lod": figures.lod,
            "function": _text(function),
            "function_label": codelists.function_label(function),
            "function_group": codelists.function_group(function) if function else None,
            "usage": _text(usage),
            "usage_label": codelists.function_label(usage),
            "roof_type": _text(roof_type),
            "roof_type_label": codelists.roof_type_label(roof_type),
            "measured_height": attributes.get("measured_height"),
            "storeys_above_ground": attributes.get("storeys_above_ground"),
            "storeys_below_ground": attributes.get("storeys_below_ground"),
            "year_of_construction": attributes.get("year_of_construction"),
            "gemeindeschluessel": _text(gemeindeschluessel),
            "name": _text(attributes.get("name")),
            "generic_attributes": json.dumps(generic, ensure_ascii=False, sort_keys=True, default=str) if generic else None,
            "footprint_area": figures.footprint_area,
            "z_min": figures.z_min,
            "eaves_z": figures.eaves_z,
            "z_max": figures.z_max,
            "height": figures.height,
            "source_file": source_file,
            "status": _text(attributes.get("status")) or ("Bestand" if obj.object_type in ("Building", "BuildingPart") else None),
        }
        for key in ("street", "house_number", "postal_code", "locality"):
            values[key] = address.get(key)
        if obj is top and obj.parts:
            # The whole building: fill gaps from its parts, heights and storeys are the maxima.
            parts = list(obj.all_objects())[1:]
            for key in ("measured_height", "storeys_above_ground", "storeys_below_ground"):
                numbers = [v for v in [values[key]] + [p.attributes.get(key) for p in parts] if isinstance(v, (int, float))]
                values[key] = max(numbers) if numbers else None
            if values["roof_type"] is None:
                roof_types = {p.attributes.get("roof_type") for p in parts if p.attributes.get("roof_type")}
                if len(roof_types) == 1:
                    values["roof_type"] = _text(roof_types.pop())
                    values["roof_type_label"] = codelists.roof_type_label(values["roof_type"])
            if values["function"] is None:
                functions = [p.attributes.get("function") for p in parts if p.attributes.get("function")]
                if functions:
                    values["function"] = _text(functions[0])
                    values["function_label"] = codelists.function_label(functions[0])
                    values["function_group"] = codelists.function_group(functions[0])
        if values["function_group"] is None and obj.object_type in ("Building", "BuildingPart"):
            values["function_group"] = "other"
        return values

    def _feature(self, layer, values, polygons, geometry=None, envelope=None):  # envelope: for the bulk writers
        # Hot path (one call per building, part and surface): raw SWIG calls, cached definitions.
        definition, setters, name = self._definitions[id(layer)]
        feature = ogr.Feature(definition)
        for key, value in values.items():
            if value is not None:
                index, setter = setters[key]
                setter(feature, index, value)
        if geometry is None and polygons:
            geometry = ogr.CreateGeometryFromWkb(multipolygon_z_wkb(polygons, self._wkb_cache))
        if geometry is not None:
            _ogr.Feature_SetGeometryDirectly(feature, geometry)
        if _ogr.Layer_CreateFeature(layer, feature):
            raise UrbanTwinError(tr("Writing failed: {}").format(_last_gdal_error()), path=self.target, obj=values.get("gml_id")
                                 or values.get("surface_id"))
        self.written[name] = self.written.get(name, 0) + 1

    def _surface(self, surface, metrics, building_id, part_id, source_file, envelope=None):
        area, tilt, azimuth, z_min, z_max = metrics
        values = {
            "surface_id": surface.surface_id, "building_id": building_id, "part_id": part_id,
            "surface_type": surface.surface_type, "lod": surface.lod, "area": area, "tilt": tilt,
            "azimuth": azimuth, "z_min": z_min, "z_max": z_max, "source_file": source_file,
        }
        self._feature(self.surfaces, values, surface.polygons, envelope=envelope)
        self.counts["surfaces"] += 1

    def _footprint(self, record, values, whole):
        self._feature(self.footprints, dict(values), None, whole.footprint.Clone())
        self.counts["footprints"] += 1

    def flush(self):
        with gdal_write_errors(self.target):
            check_ogr(self.dataset.CommitTransaction(), self.target, "COMMIT")
            self.dataset.StartTransaction()
        self.pending = 0

    def set_metadata(self, items):
        """GDAL metadata on every layer (stored in gpkg_metadata): source, licence, CRS."""
        for layer in (self.buildings, self.surfaces, self.footprints):
            layer.SetMetadata({key: str(value) for key, value in items.items() if value is not None})

    def close(self):
        """Commit, build the spatial indexes and close; any failure (e.g. disk full) raises."""
        if self.dataset is not None:
            with gdal_write_errors(self.target):
                check_ogr(self.dataset.CommitTransaction(), self.target, "COMMIT")
                for layer in ("buildings", "building_surfaces", "footprints"):
                    self.dataset.ExecuteSQL("SELECT CreateSpatialIndex('{}', 'geom')".format(layer))
                self.dataset = None  # writes the layer metadata and closes the file: errors count too

    def abort(self):
        if self.dataset is not None:
            with gdal_write_errors(self.target) as collector:
                self.dataset.RollbackTransaction()
                self.dataset = None
                collector.messages.clear()  # the run already failed; a rollback's own complaints add nothing


def _last_gdal_error():
    from osgeo import gdal

    return gdal.GetLastErrorMsg() or tr("unknown error")


def _set_string(feature, index, value):
    _ogr.Feature_SetFieldString(feature, index, value if isinstance(value, str) else str(value))


def _set_integer(feature, index, value):
    _ogr.Feature_SetFieldInteger64(feature, index, int(value))


def _set_real(feature, index, value):
    _ogr.Feature_SetField(feature, index, float(value))


_SETTERS = {ogr.OFTString: _set_string, ogr.OFTInteger: _set_integer, ogr.OFTReal: _set_real}


def _text(value):
    if value is None or value == "":
        return None
    return str(value)
