"""Where the official XPlanGML schemas are, loading them (cached) and fetching them when online.

Folder layout (as published): ``<root>/XPlanGML_<major>_<minor>/XPlanung-Operationen.xsd`` with ``<root>/xlink/``
beside. The root comes from the SCHEMA_DIR parameter, else the setting ``urban_twin/xplan_schema_dir``, else the
official schemas 4.0 – 6.0 shipped with the plugin (``resources/xsd``), else the plugin's cache in the QGIS profile
(filled by ``fetch_official_schemas``, e.g. for 6.1).

Loading is offline: imports and includes are resolved inside the schema folders; the remote WFS 2.0 import of
``XPlanung-Operationen.xsd`` (not needed for plans) is answered with an empty local schema, any other remote
location is refused — libxml2 never opens a network connection.
"""

import os
import posixpath
import urllib.parse

from lxml import etree

from ..errors import UrbanTwinError
from ..i18n import tr
from ..xmlsafe import SAFE_PARSER_OPTIONS

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUNDLED_ROOT = os.path.join(PLUGIN_DIR, "resources", "xsd")
SETTING_KEY = "urban_twin/xplan_schema_dir"
ENTRY_POINT = "XPlanung-Operationen.xsd"
OFFICIAL_BASE = "https://repository.gdi-de.org/schemas/de.xleitstelle.xplanung/{version}/"
_SCHEMA_CACHE = {}


def version_folder(version):
    return "XPlanGML_{}".format(version.replace(".", "_"))


def cache_root():
    from ..paths import profile_data_dir

    return profile_data_dir("xsd")


# Where a schema came from (stated in reports): English source strings, translated at use time.
SOURCE_PARAMETER = "parameter"
SOURCE_SETTING = "setting"
SOURCE_BUNDLED = "bundled"
SOURCE_CACHE = "cache"


def candidate_roots(schema_dir=None):
    """[(root folder, source)] in the order they are searched."""
    roots = []
    if schema_dir:
        roots.append((schema_dir, SOURCE_PARAMETER))
    try:
        from qgis.core import QgsSettings

        configured = QgsSettings().value(SETTING_KEY, "") or ""
        if configured:
            roots.append((configured, SOURCE_SETTING))
    except ImportError:  # pragma: no cover - qgis always present in the plugin
        pass
    roots.append((BUNDLED_ROOT, SOURCE_BUNDLED))
    roots.append((cache_root(), SOURCE_CACHE))
    return roots


def locate_schema(version, schema_dir=None):
    """(path of XPlanung-Operationen.xsd, source) for a version, or (None, None) when no folder has it."""
    for root, source in candidate_roots(schema_dir):
        for path in (os.path.join(root, version_folder(version), ENTRY_POINT), os.path.join(root, ENTRY_POINT)):
            if os.path.isfile(path) and (root == schema_dir or version_folder(version) in path):
                return path, source
    return None, None


def find_schema(version, schema_dir=None):
    """Path of XPlanung-Operationen.xsd for a version, or None when no configured folder has it."""
    return locate_schema(version, schema_dir)[0]


def source_label(source):
    """The translated name of a schema source for reports."""
    if source == SOURCE_PARAMETER:
        return tr("schema folder parameter (SCHEMA_DIR)")
    if source == SOURCE_SETTING:
        return tr("schema folder from the settings (urban_twin/xplan_schema_dir)")
    if source == SOURCE_BUNDLED:
        return tr("official XSDs shipped with the plugin")
    if source == SOURCE_CACHE:
        return tr("downloaded schemas in the QGIS profile")
    return ""


EMPTY_WFS_SCHEMA = (b'<schema xmlns="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.opengis.net/wfs/2.0"/>')


class OfflineResolver(etree.Resolver):
    """Keeps schema loading on the local disk: remote locations are never fetched."""

    def __init__(self):
        super().__init__()
        self.refused = []

    def resolve(self, url, public_id, context):
        if url and "://" in url and not url.startswith("file://"):
            if "/wfs/" in url:
                return self.resolve_string(EMPTY_WFS_SCHEMA, context)  # only the unused FeatureCollection wrapper
            self.refused.append(url)
            return self.resolve_string(b'<schema xmlns="http://www.w3.org/2001/XMLSchema"/>', context)
        return None  # local path: libxml2 reads it


def offline_parser():
    parser = etree.XMLParser(**SAFE_PARSER_OPTIONS)
    parser.resolvers.add(OfflineResolver())
    return parser


def load_schema(path):
    """lxml XMLSchema for an entry-point XSD (cached per process; parsed without network or entities)."""
    path = os.path.abspath(path)
    if path not in _SCHEMA_CACHE:
        try:
            _SCHEMA_CACHE[path] = etree.XMLSchema(etree.parse(path, offline_parser()))
        except (etree.XMLSchemaParseError, etree.XMLSyntaxError, OSError) as err:
            raise UrbanTwinError(tr("The XML schema cannot be loaded: {}").format(err), path=path) from err
    return _SCHEMA_CACHE[path]


def fetch_official_schemas(version, base_url=None, target_root=None, timeout_ms=20000, feedback=None):
    """Download the schemas of a version (entry point + everything it includes by relative path) into the
    profile cache (or ``target_root``) and return the path of the entry point.

    Uses QgsBlockingNetworkRequest (QGIS proxy and SSL settings) with a timeout. Absolute imports outside
    the repository (the WFS schema) are not followed; no file is written outside ``target_root``.
    """
    from qgis.core import QgsBlockingNetworkRequest
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtNetwork import QNetworkRequest

    base_url = base_url or OFFICIAL_BASE.format(version=version)
    if not base_url.endswith("/"):
        base_url += "/"
    target_root = os.path.abspath(target_root or cache_root())
    version_dir = os.path.join(target_root, version_folder(version))
    pending, seen = [ENTRY_POINT], set()
    while pending:
        relative = pending.pop()
        if relative in seen:
            continue
        seen.add(relative)
        local = os.path.normpath(os.path.join(version_dir, *relative.split("/")))
        if not local.startswith(target_root + os.sep):
            continue  # never write outside the cache
        url = urllib.parse.urljoin(base_url, relative)
        request = QgsBlockingNetworkRequest()
        network_request = QNetworkRequest(QUrl(url))
        if hasattr(network_request, "setTransferTimeout"):  # Qt >= 5.15; else the QGIS network timeout applies
            network_request.setTransferTimeout(timeout_ms)
        error = request.get(network_request, forceRefresh=True)
        if error != QgsBlockingNetworkRequest.ErrorCode.NoError:
            raise UrbanTwinError(tr("The schema cannot be downloaded: {}").format(request.errorMessage()), path=url)
        data = bytes(request.reply().content())
        try:
            tree = etree.fromstring(data, etree.XMLParser(**SAFE_PARSER_OPTIONS))
        except etree.XMLSyntaxError as err:
            raise UrbanTwinError(tr("The downloaded schema is not valid XML."), path=url, line=err.lineno) from err
        os.makedirs(os.path.dirname(local), exist_ok=True)
        tmp = local + ".part"
        with open(tmp, "wb") as handle:
            handle.write(data)
        os.replace(tmp, local)
        folder = posixpath.dirname(relative)
        for element in tree.iter("{http://www.w3.org/2001/XMLSchema}include", "{http://www.w3.org/2001/XMLSchema}import"):
            location = element.get("schemaLocation")
            if not location or "://" in location:
                continue
            pending.append(posixpath.normpath(posixpath.join(folder, location)))
        if feedback is not None:
            feedback.pushInfo(tr("Downloaded {}").format(url))
    return os.path.join(version_dir, ENTRY_POINT)
