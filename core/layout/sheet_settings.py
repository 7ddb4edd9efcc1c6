"""The municipality's own details for council sheets, set once (Settings → Options → Urban Twin) and used by the
dialog, urbantwin:councilmap and the shipped models: Gemeinde, Amt, logo and the licence text of the sheet."""

from qgis.core import QgsSettings

KEYS = {
    "municipality": "urbantwin/sheet/municipality",
    "office": "urbantwin/sheet/office",
    "logo": "urbantwin/sheet/logo",
    "licence": "urbantwin/sheet/licence",
}


def sheet_settings():
    """{"municipality", "office", "logo", "licence"} as stored (empty strings when not set)."""
    settings = QgsSettings()
    return {name: str(settings.value(key, "") or "") for name, key in KEYS.items()}


def save_sheet_settings(values):
    settings = QgsSettings()
    for name, key in KEYS.items():
        if name in values:
            settings.setValue(key, (values[name] or "").strip())


def sender_line(municipality, office):
    """ "Stadt Musterstadt · Stadtplanungsamt" (either part may be missing)."""
    return " · ".join(part.strip() for part in (municipality or "", office or "") if part and part.strip())
