"""Catalogue connections in QgsSettings under ``urban_twin/catalogues/<name>/``: url, type, authcfg id,
asset folder — never a secret (credentials live in the QGIS auth database, referenced by authcfg)."""

import os
import re

from ..errors import UrbanTwinError
from ..i18n import tr

SETTINGS_ROOT = "urban_twin/catalogues"
LOCAL_FOLDER_KEY = "urban_twin/catalogue_local_folder"
LOCAL_FOLDER_ENV = "URBANTWIN_CATALOGUE_DIR"
LOCAL_NAME = "local"
KINDS = ("local", "folder", "oarec", "csw")
NAME_PATTERN = re.compile(r"^[\w .()-]{1,60}$")


class Connection:
    def __init__(self, name, kind, url="", authcfg="", asset_folder=""):
        self.name = name
        self.kind = kind
        self.url = url or ""
        self.authcfg = authcfg or ""
        self.asset_folder = asset_folder or ""

    def label(self):
        if self.name == LOCAL_NAME:
            return tr("Local catalogue")
        return self.name

    def __repr__(self):
        return "Connection({!r}, {!r}, {!r})".format(self.name, self.kind, self.url)


def local_folder():
    """The folder of the local catalogue: $URBANTWIN_CATALOGUE_DIR (batch runs, qgis_process), else the
    folder chosen in the settings, else the QGIS profile."""
    from qgis.core import QgsSettings

    from ..paths import profile_data_dir

    chosen = os.environ.get(LOCAL_FOLDER_ENV) or QgsSettings().value(LOCAL_FOLDER_KEY, "") or ""
    return chosen if chosen else profile_data_dir("catalogue", "local")


def set_local_folder(folder):
    from qgis.core import QgsSettings

    QgsSettings().setValue(LOCAL_FOLDER_KEY, folder or "")


def list_connections():
    from qgis.core import QgsSettings

    settings = QgsSettings()
    settings.beginGroup(SETTINGS_ROOT)
    names = settings.childGroups()
    settings.endGroup()
    connections = [Connection(LOCAL_NAME, "local", url=local_folder())]
    for name in sorted(names):
        if name == LOCAL_NAME:
            continue
        connection = get_connection(name)
        if connection:
            connections.append(connection)
    return connections


def get_connection(name):
    from qgis.core import QgsSettings

    if not name or name == LOCAL_NAME:
        return Connection(LOCAL_NAME, "local", url=local_folder())
    settings = QgsSettings()
    prefix = "{}/{}/".format(SETTINGS_ROOT, name)
    kind = settings.value(prefix + "type", "")
    if kind not in KINDS:
        return None
    return Connection(name, kind, settings.value(prefix + "url", ""), settings.value(prefix + "authcfg", ""),
                      settings.value(prefix + "asset_folder", ""))


def save_connection(connection):
    from qgis.core import QgsSettings

    if connection.name == LOCAL_NAME or not NAME_PATTERN.match(connection.name or ""):
        raise UrbanTwinError(tr("Invalid connection name (letters, digits, space, . ( ) - _; not 'local')."), obj=connection.name)
    if connection.kind not in KINDS:
        raise UrbanTwinError(tr("Unknown catalogue type."), obj=connection.kind)
    if connection.kind in ("oarec", "csw") and "@" in connection.url.split("//", 1)[-1].split("/", 1)[0]:
        raise UrbanTwinError(tr("Put credentials into a QGIS authentication configuration, not into the URL."), obj=connection.name)
    settings = QgsSettings()
    prefix = "{}/{}/".format(SETTINGS_ROOT, connection.name)
    settings.setValue(prefix + "type", connection.kind)
    settings.setValue(prefix + "url", connection.url)
    settings.setValue(prefix + "authcfg", connection.authcfg)
    settings.setValue(prefix + "asset_folder", connection.asset_folder)


def remove_connection(name):
    from qgis.core import QgsSettings

    settings = QgsSettings()
    settings.remove("{}/{}".format(SETTINGS_ROOT, name))


def open_catalogue(name=None):
    """The backend object of a connection name (None or '' = the local catalogue)."""
    from .assets import FolderAssetStore
    from .local import LocalCatalogue, SharedFolderCatalogue
    from .oarec import OARecCatalogue

    connection = get_connection(name)
    if connection is None:
        raise UrbanTwinError(tr("There is no catalogue connection with this name."), obj=name)
    if connection.kind == "local":
        return LocalCatalogue(connection.url, name=LOCAL_NAME)
    if connection.kind == "folder":
        return SharedFolderCatalogue(connection.url, name=connection.name)
    store = FolderAssetStore(connection.asset_folder) if connection.asset_folder else None
    if connection.kind == "csw":
        from .csw import CSWCatalogue

        return CSWCatalogue(connection.url, authcfg=connection.authcfg, asset_store=store, name=connection.name)
    return OARecCatalogue(connection.url, authcfg=connection.authcfg, asset_store=store, name=connection.name)
