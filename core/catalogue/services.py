"""OGC services a record links to (WMS, WFS, OGC API – Features), as QGIS layers through QGIS's own providers.

Typical for GDI-DE records: the dataset's metadata names a view service (WMS) and a download service
(WFS or OGC API – Features) in ``distributionInfo``; the layer or feature type is the link's name. Only
``https`` and ``http`` URLs are used (a service is read by the provider like any map service the user adds;
never a local file); no request is made here before the user asks to load.
"""

import urllib.parse

from ..errors import UrbanTwinError
from ..i18n import tr
from .isoread import service_kind

PROVIDERS = {"wms": ("wms", "raster"), "wfs": ("WFS", "vector"), "oapif": ("OAPIF", "vector")}


def service_links(record):
    """[{kind, href, name, title}] of the record's service links (kind: wms, wfs, oapif)."""
    found = []
    for link in (record or {}).get("links") or []:
        if not isinstance(link, dict) or not link.get("href"):
            continue
        kind = service_kind(link.get("protocol") or link.get("type") or "", link["href"]) if link.get("rel") in ("service", "related", None) else None
        if kind:
            found.append({"kind": kind, "href": link["href"], "name": link.get("name") or "", "title": link.get("title") or link.get("name") or ""})
    return found


def _base_url(href, kind):
    """The service URL without the OGC request parameters a catalogue often leaves in it (GetCapabilities …)."""
    parts = urllib.parse.urlsplit(href)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise UrbanTwinError(tr("The service link is not an http(s) URL; refused: {}").format(href[:200]))
    drop = {"service", "request", "version", "acceptversions", "f"}
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in drop]
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, urllib.parse.urlencode(query), ""))


def layer_uri(link, crs="EPSG:3857"):
    """(provider key, layer type, data source URI) for a service link."""
    from qgis.core import QgsDataSourceUri

    kind = link["kind"]
    url = _base_url(link["href"], kind)
    if not link.get("name"):
        raise UrbanTwinError(tr("The service link names no layer or collection; open the service in the Data Source Manager."),
                             obj=link["href"][:200])
    provider, layer_type = PROVIDERS[kind]
    uri = QgsDataSourceUri()
    uri.setParam("url", url)
    if kind == "wms":
        for key, value in (("layers", link["name"]), ("styles", ""), ("format", "image/png"), ("crs", crs)):
            uri.setParam(key, value)
        return provider, layer_type, bytes(uri.encodedUri()).decode("utf-8")
    uri.setParam("typename", link["name"])
    if kind == "wfs":
        uri.setParam("version", "auto")
    return provider, layer_type, uri.uri(False)


def service_layer(link, title=None, crs="EPSG:3857"):
    """The QGIS layer of a service link (not added to the project); UrbanTwinError when the provider cannot open it."""
    from qgis.core import QgsRasterLayer, QgsVectorLayer

    provider, layer_type, uri = layer_uri(link, crs)
    name = title or link.get("title") or link["name"]
    layer = QgsRasterLayer(uri, name, provider) if layer_type == "raster" else QgsVectorLayer(uri, name, provider)
    if not layer.isValid():
        error = layer.error().summary() if layer.error() else ""
        raise UrbanTwinError(tr("The service could not be opened: {}").format(error or link["href"][:200]), obj=name)
    return layer
