"""Hand-made layers for the analysis tests: buildings/footprints and plan areas following the
layer schemas in docs/DEVELOPING.md, built in memory or written to a GeoPackage."""

import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from urban_twin.core.fieldtypes import FieldType

BUILDING_FIELDS = [
    ("gml_id", FieldType.STRING),
    ("building_id", FieldType.STRING),
    ("parent_id", FieldType.STRING),
    ("object_type", FieldType.STRING),
    ("function", FieldType.STRING),
    ("function_group", FieldType.STRING),
    ("roof_type", FieldType.STRING),
    ("storeys_above_ground", FieldType.INT),
    ("year_of_construction", FieldType.INT),
    ("footprint_area", FieldType.DOUBLE),
    ("z_min", FieldType.DOUBLE),
    ("eaves_z", FieldType.DOUBLE),
    ("z_max", FieldType.DOUBLE),
    ("height", FieldType.DOUBLE),
]

PLAN_FIELDS = [
    ("gml_id", FieldType.STRING),
    ("baugebiet_token", FieldType.STRING),
    ("besondereArtDerBaulNutzung", FieldType.STRING),
    ("GRZ", FieldType.DOUBLE),
    ("GRZmax", FieldType.DOUBLE),
    ("GFZ", FieldType.DOUBLE),
    ("GFZmax", FieldType.DOUBLE),
    ("Z", FieldType.INT),
    ("Zmax", FieldType.INT),
    ("h_GH_max", FieldType.DOUBLE),
    ("h_GH_bezug", FieldType.STRING),
    ("h_GH_max_nhn", FieldType.DOUBLE),
    ("h_FH_max", FieldType.DOUBLE),
    ("h_FH_bezug", FieldType.STRING),
    ("h_FH_max_nhn", FieldType.DOUBLE),
    ("h_TH_max", FieldType.DOUBLE),
    ("h_TH_bezug", FieldType.STRING),
    ("h_TH_max_nhn", FieldType.DOUBLE),
]


def rect_wkt(x, y, width, depth):
    return "POLYGON(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(x, y, x + width, y + depth)


def box_surfaces_wkt(x, y, width, depth, z0, eaves, ridge=None):
    """A LoD2-like MultiPolygonZ: ground, walls and a flat or gabled roof (ridge along x)."""
    x1, y1 = x + width, y + depth
    ym = y + depth / 2.0
    ridge = eaves if ridge is None else ridge
    polys = ["(({0} {1} {4}, {0} {3} {4}, {2} {3} {4}, {2} {1} {4}, {0} {1} {4}))".format(x, y, x1, y1, z0)]
    for ax, ay, bx, by in ((x, y, x1, y), (x1, y, x1, y1), (x1, y1, x, y1), (x, y1, x, y)):
        polys.append("(({0} {1} {4}, {2} {3} {4}, {2} {3} {5}, {0} {1} {5}, {0} {1} {4}))".format(ax, ay, bx, by, z0, eaves))
    if ridge == eaves:
        polys.append("(({0} {1} {4}, {2} {1} {4}, {2} {3} {4}, {0} {3} {4}, {0} {1} {4}))".format(x, y, x1, y1, eaves))
    else:
        polys.append("(({0} {1} {4}, {2} {1} {4}, {2} {3} {5}, {0} {3} {5}, {0} {1} {4}))".format(x, y, x1, ym, eaves, ridge))
        polys.append("(({0} {3} {5}, {2} {3} {5}, {2} {1} {4}, {0} {1} {4}, {0} {3} {5}))".format(x, y1, x1, ym, eaves, ridge))
        polys.append("(({0} {1} {3}, {0} {2} {4}, {0} {5} {3}, {0} {1} {3}))".format(x, y, ym, eaves, ridge, y1))
        polys.append("(({0} {1} {3}, {0} {5} {3}, {0} {2} {4}, {0} {1} {3}))".format(x1, y, ym, eaves, ridge, y1))
    return "MULTIPOLYGONZ({})".format(", ".join(polys))


def _memory_layer(geometry_type, crs, field_specs, rows, name):
    layer = QgsVectorLayer("{}?crs={}".format(geometry_type, crs), name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(n, t) for n, t in field_specs])
    layer.updateFields()
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        wkt = row.get("wkt")
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        for field_name, _ in field_specs:
            if field_name in row:
                feature.setAttribute(field_name, row[field_name])
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    return layer


@pytest.fixture()
def make_buildings():
    """make_buildings(rows, crs="EPSG:25832", surfaces=False): rows with wkt + schema attributes."""

    def _make(rows, crs="EPSG:25832", surfaces=False):
        for number, row in enumerate(rows):
            row.setdefault("gml_id", "B{}".format(number + 1))
            row.setdefault("building_id", row["gml_id"])
            row.setdefault("object_type", "Building")
        geometry_type = "MultiPolygonZ" if surfaces else "MultiPolygon"
        return _memory_layer(geometry_type, crs, BUILDING_FIELDS, rows, "buildings")

    return _make


@pytest.fixture()
def make_plan():
    def _make(rows, crs="EPSG:25832", field_specs=None):
        for number, row in enumerate(rows):
            row.setdefault("gml_id", "Z{}".format(number + 1))
        return _memory_layer("MultiPolygon", crs, field_specs or PLAN_FIELDS, rows, "plan")

    return _make


@pytest.fixture()
def make_polygons():
    def _make(rows, field_specs, crs="EPSG:25832", name="polygons"):
        return _memory_layer("MultiPolygon", crs, field_specs, rows, name)

    return _make


@pytest.fixture()
def save_gpkg():
    """save_gpkg(layer, path) → path of a GeoPackage copy (for qgis_process tests)."""

    def _save(layer, path):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = layer.name()
        error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
        assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
        return str(path)

    return _save


@pytest.fixture()
def read_layer():
    """read_layer(path, layer_name=None) → {key: attribute dict} keyed by the first field, plus the layer."""

    def _read(path, layer_name=None, key=None):
        uri = "{}|layername={}".format(path, layer_name) if layer_name else path
        layer = QgsVectorLayer(uri, "result", "ogr")
        assert layer.isValid(), uri
        names = layer.fields().names()
        key = key or names[1]  # names[0] is the GeoPackage fid
        rows = {}
        for feature in layer.getFeatures():
            values = dict(zip(names, feature.attributes()))
            values = {k: (None if v is None or (hasattr(v, "isNull") and v.isNull()) else v) for k, v in values.items()}
            values["_geometry"] = QgsGeometry(feature.geometry())
            rows[values[key]] = values
        return rows, layer

    return _read


class Shapes:
    rect = staticmethod(rect_wkt)
    box = staticmethod(box_surfaces_wkt)


@pytest.fixture()
def shapes():
    """shapes.rect(x, y, w, d) / shapes.box(x, y, w, d, z0, eaves, ridge) → WKT."""
    return Shapes
