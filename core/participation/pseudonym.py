"""Author names never leave the import in clear: HMAC-SHA-256 with a secret salt, or dropped.

The salt is per project (stored in the QGIS project, so the same person gets the same pseudonym in every import of
that project, and different pseudonyms in another project); without a saved project (qgis_process, batch) it is kept
in the profile settings. It is never written into an output: with the salt an attacker could test names.
"""

import hashlib
import hmac
import secrets

SCOPE = "urban_twin"
SALT_KEY = "participation_salt"
SETTINGS_KEY = "urban_twin/participation/salt"


def pseudonym(name, salt):
    """A stable pseudonym ``p-`` + 12 hex digits for a non-empty name; None for an empty one."""
    text = (name or "").strip().lower()
    if not text:
        return None
    return "p-" + hmac.new(salt.encode("utf-8"), text.encode("utf-8"), hashlib.sha256).hexdigest()[:12]


def project_salt(project=None):
    """The salt of ``project`` (created and stored in it on first use) or, without a saved project, of the profile."""
    if project is not None and project.fileName():
        salt, found = project.readEntry(SCOPE, SALT_KEY, "")
        if not salt:
            salt = secrets.token_hex(16)
            project.writeEntry(SCOPE, SALT_KEY, salt)
        return salt
    from qgis.core import QgsSettings

    settings = QgsSettings()
    salt = settings.value(SETTINGS_KEY, "") or ""
    if not salt:
        salt = secrets.token_hex(16)
        settings.setValue(SETTINGS_KEY, salt)
    return str(salt)
