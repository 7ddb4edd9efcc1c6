"""Where contributions come from: a file export (GeoJSON, CSV), an OGC API – Features collection, or a QGIS layer.

Each source yields plain rows ``(geometry WKT or None, {field: value})`` plus its CRS, so the import maps fields the
same way whatever the platform (DIPAS publishes OGC API – Features; Consul, Decidim and Adhocracy+ export GeoJSON or
CSV). Network access only through the project's HTTP transport (QGIS proxy/auth/SSL settings, timeouts).
"""

import json
import os
import urllib.parse

from ..errors import UrbanTwinError
from ..i18n import tr

CSV_X_NAMES = "lon,lng,long,longitude,x,rechtswert,easting,geo_lon"
CSV_Y_NAMES = "lat,latitude,y,hochwert,northing,geo_lat"
CSV_GEOMETRY_NAMES = "wkt,geometry,geom,the_geom"
PAGE_LIMIT = 100
MAX_PAGES = 1000  # 100,000 contributions: far beyond any participation; guards against a server that pages forever
TIMEOUT_S = 15


def is_url(value):
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def read_file(path, feedback=None):
    """(rows, crs authid, field names) of a GeoJSON or CSV export, read with OGR (CSV: lon/lat, x/y or WKT columns)."""
    from osgeo import gdal, ogr

    if not os.path.isfile(path):
        raise UrbanTwinError(tr("The file does not exist."), path=path)
    options = []
    if path.lower().endswith((".csv", ".txt")):
        options = ["X_POSSIBLE_NAMES=" + CSV_X_NAMES, "Y_POSSIBLE_NAMES=" + CSV_Y_NAMES,
                   "GEOM_POSSIBLE_NAMES=" + CSV_GEOMETRY_NAMES, "KEEP_GEOM_COLUMNS=NO", "AUTODETECT_TYPE=YES"]
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        source = gdal.OpenEx(path, gdal.OF_VECTOR, open_options=options)
    finally:
        gdal.PopErrorHandler()
    if source is None or source.GetLayerCount() == 0:
        raise UrbanTwinError(tr("The file is neither GeoJSON nor CSV with coordinates: {}").format(gdal.GetLastErrorMsg() or "?"),
                             path=path)
    layer = source.GetLayer(0)
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    spatial_ref = layer.GetSpatialRef()
    crs = "EPSG:4326"
    if spatial_ref is not None and spatial_ref.GetAuthorityCode(None):
        crs = "{}:{}".format(spatial_ref.GetAuthorityName(None), spatial_ref.GetAuthorityCode(None))
    rows = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        values = {name: feature.GetField(name) for name in names}
        values["__id__"] = feature.GetFID()
        rows.append((geometry.ExportToWkt() if geometry is not None and not geometry.IsEmpty() else None, values))
    del source
    if not rows and ogr.GetDriverByName("CSV") is None:
        raise UrbanTwinError(tr("No CSV support in this GDAL."), path=path)
    return rows, crs, names


def read_ogcapi_features(url, authcfg=None, feedback=None, request=None):
    """(rows, "EPSG:4326", field names) of an OGC API – Features collection (its URL, with or without /items),
    following ``next`` links; every answer is checked to be a GeoJSON FeatureCollection."""
    from osgeo import ogr

    if request is None:
        from ..net.http import request
    items = url.rstrip("/")
    if not items.endswith("/items"):
        items += "/items"
    parsed = urllib.parse.urlsplit(items)
    query = dict(urllib.parse.parse_qsl(parsed.query))
    query.setdefault("f", "json")
    query.setdefault("limit", str(PAGE_LIMIT))
    next_url = urllib.parse.urlunsplit(parsed._replace(query=urllib.parse.urlencode(query)))
    rows, names, seen = [], [], set()
    for page in range(MAX_PAGES):
        if next_url is None or next_url in seen:
            break
        seen.add(next_url)
        if feedback is not None and feedback.isCanceled():
            break
        response = request("GET", next_url, headers={"Accept": "application/geo+json, application/json"}, authcfg=authcfg,
                           timeout_s=TIMEOUT_S, feedback=feedback)
        try:
            payload = json.loads(response.body.decode("utf-8"))
        except ValueError:
            raise UrbanTwinError(tr("The server's answer is not GeoJSON (page {}).").format(page + 1), path=url) from None
        if not isinstance(payload, dict) or payload.get("type") != "FeatureCollection" or not isinstance(payload.get("features"), list):
            raise UrbanTwinError(tr("The server's answer is not an OGC API – Features collection (page {}).").format(page + 1), path=url)
        for feature in payload["features"]:
            properties = dict(feature.get("properties") or {})
            properties["__id__"] = feature.get("id")
            for name in properties:
                if name not in names and name != "__id__":
                    names.append(name)
            geometry = feature.get("geometry")
            wkt = None
            if geometry:
                ogr_geometry = ogr.CreateGeometryFromJson(json.dumps(geometry))
                wkt = ogr_geometry.ExportToWkt() if ogr_geometry is not None else None
            rows.append((wkt, properties))
        next_url = next((link.get("href") for link in payload.get("links") or [] if link.get("rel") == "next" and link.get("href")), None)
        if feedback is not None:
            matched = payload.get("numberMatched")
            if isinstance(matched, int) and matched > 0:
                feedback.setProgress(min(60.0, 60.0 * len(rows) / matched))
    return rows, "EPSG:4326", names


def read_layer_source(source, feedback=None):
    """(rows, crs authid, field names) of a QgsFeatureSource (a layer in the project)."""
    names = [field.name() for field in source.fields()]
    rows = []
    for feature in source.getFeatures():
        if feedback is not None and feedback.isCanceled():
            break
        values = {name: _plain(feature[name]) for name in names}
        values["__id__"] = feature.id()
        geometry = feature.geometry()
        rows.append((geometry.asWkt() if geometry is not None and not geometry.isEmpty() else None, values))
    return rows, source.sourceCrs().authid(), names


def _plain(value):
    """QVariant NULL → None, QDate/QDateTime → ISO text."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if hasattr(value, "toString") and hasattr(value, "isValid"):
        return value.toString("yyyy-MM-ddTHH:mm:ss") if hasattr(value, "time") else value.toString("yyyy-MM-dd")
    return value
