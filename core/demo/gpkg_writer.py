"""Parcels (Flurstücke) and districts (Quartiere) of the sample district as GeoPackages, via OGR.

OGR_CURRENT_DATE pins the GeoPackage's own timestamps, so a seed gives identical files.
"""

import contextlib

from osgeo import gdal, ogr, osr

from ..provenance import save_into_geopackage
from .layout import rect_world

FIXED_DATE = "2026-03-15T00:00:00.000Z"


@contextlib.contextmanager
def _fixed_timestamps():
    previous = gdal.GetConfigOption("OGR_CURRENT_DATE")
    gdal.SetConfigOption("OGR_CURRENT_DATE", FIXED_DATE)
    try:
        yield
    finally:
        gdal.SetConfigOption("OGR_CURRENT_DATE", previous)


def rect_wkt(rect, holes=()):
    """A local rectangle (with rectangular holes) as world-coordinate WKT."""

    def ring(r, clockwise=False):
        pts = rect_world(r)
        if clockwise:
            pts = [pts[0]] + pts[:0:-1]
        pts.append(pts[0])
        return "(" + ", ".join("{:.6f} {:.6f}".format(x, y) for x, y in pts) + ")"

    return "POLYGON ({})".format(", ".join([ring(rect)] + [ring(h, clockwise=True) for h in holes]))


def write_polygon_layer(path, layer_name, fields, rows, metadata=None):
    """rows: list of (wkt, {field: value}); fields: list of (name, ogr field type).

    Writes a new GeoPackage at ``path`` — the caller passes a temporary path from
    core/atomic.atomic_path. ``metadata`` (a QgsLayerMetadata, e.g. with provenance) is stored
    inside the GeoPackage, so the renamed file never exists without it.
    """
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    with _fixed_timestamps():
        dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
        layer = dataset.CreateLayer(layer_name, srs, ogr.wkbPolygon, options=["FID=fid", "GEOMETRY_NAME=geom"])
        for name, field_type in fields:
            layer.CreateField(ogr.FieldDefn(name, field_type))
        definition = layer.GetLayerDefn()
        dataset.StartTransaction()
        for wkt, values in rows:
            feature = ogr.Feature(definition)
            for name, value in values.items():
                feature.SetField(name, value)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            layer.CreateFeature(feature)
        dataset.CommitTransaction()
        dataset = None  # noqa: F841 - closes the file before the metadata is added and it is renamed
        if metadata is not None:
            save_into_geopackage(path, layer_name, metadata)


def write_parcels(path, district, metadata=None):
    extent_holes = district.block_holes()
    rows = []
    for parcel in district.parcels:
        rect = parcel.rect
        wkt = rect_wkt(district.extent, extent_holes) if rect is None else rect_wkt(rect)
        area = ogr.CreateGeometryFromWkt(wkt).GetArea()
        rows.append((wkt, dict(flurstueckskennzeichen=parcel.flurstueck_id, flurstuecksnummer=str(parcel.number),
                               gemarkung="Musterfeld", flur=7, nutzung=parcel.use, flaeche=round(area, 2))))
    fields = [("flurstueckskennzeichen", ogr.OFTString), ("flurstuecksnummer", ogr.OFTString), ("gemarkung", ogr.OFTString),
              ("flur", ogr.OFTInteger), ("nutzung", ogr.OFTString), ("flaeche", ogr.OFTReal)]
    write_polygon_layer(path, "flurstuecke", fields, rows, metadata)


def write_districts(path, districts, metadata=None):
    rows = [(rect_wkt(d["rect"]), dict(name=d["name"], einwohner=d["einwohner"])) for d in districts]
    write_polygon_layer(path, "quartiere", [("name", ogr.OFTString), ("einwohner", ogr.OFTInteger)], rows, metadata)
