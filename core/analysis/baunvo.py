"""BauNVO facts used by the plan compliance check: §17 upper limits, zone-type codes, status codes.

§17 BauNVO (version since the Baulandmobilisierungsgesetz, 23.06.2021) gives *Orientierungswerte*
for upper limits. They apply only where the user asks for them and are always marked as such in
the output, because the plan's own values (GRZ/GRZmax …) are what is legally binding.
"""

from ..i18n import tr

# Status codes (DEVELOPING.md "Analysis outputs"); labels come from status_label().
COMPLIES = "complies"
EXCEEDS = "exceeds"
NOT_DETERMINABLE = "not_determinable"

# Where a limit came from.
SOURCE_PLAN = "plan"
SOURCE_BAUNVO17 = "baunvo17"

# §17 table: zone token → (GRZ, GFZ, BMZ); None = the table gives no value.
BAUNVO17_LIMITS = {
    "WS": (0.2, 0.4, None),
    "WR": (0.4, 1.2, None),
    "WA": (0.4, 1.2, None),
    "FERIENHAUS": (0.4, 1.2, None),
    "WB": (0.6, 1.6, None),
    "MD": (0.6, 1.2, None),
    "MI": (0.6, 1.2, None),
    "MDW": (0.6, 1.2, None),
    "MU": (0.8, 3.0, None),
    "MK": (1.0, 3.0, None),
    "GE": (0.8, 2.4, 10.0),
    "GI": (0.8, 2.4, 10.0),
    "SO": (0.8, 2.4, 10.0),  # sonstige Sondergebiete
    "WOCHENENDHAUS": (0.2, 0.2, None),
}

# XP_BesondereArtDerBaulNutzung code → §17 row. 2000 (SO Erholung) depends on the Sondernutzung.
BESONDERE_ART_TO_ROW = {
    "1000": "WS",
    "1100": "WR",
    "1200": "WA",
    "1300": "WB",
    "1400": "MD",
    "1450": "MDW",
    "1500": "MI",
    "1550": "MU",
    "1600": "MK",
    "1700": "GE",
    "1800": "GI",
    "2100": "SO",
    "3000": "WOCHENENDHAUS",
    "4000": "SO",
}
# Sondernutzung codes that pick a special §17 row for SO Erholung.
SONDERNUTZUNG_TO_ROW = {"1000": "WOCHENENDHAUS", "1100": "FERIENHAUS"}

# Nebenanlagen (§14) / garages: count towards GRZ II only (§19(4)); detected by AdV function group.
ANCILLARY_GROUPS = {"ancillary"}
GRZ2_CAP = 0.8


def status_label(code):
    """German (translated) label for a status code."""
    if code == COMPLIES:
        return tr("complies")
    if code == EXCEEDS:
        return tr("exceeds")
    if code == NOT_DETERMINABLE:
        return tr("not determinable")
    return ""


def source_label(source):
    if source == SOURCE_PLAN:
        return tr("plan")
    if source == SOURCE_BAUNVO17:
        return tr("§17 BauNVO upper limit (orientation value, not set by the plan)")
    return ""


def normalise_code(value):
    """Codes may arrive as int, float (1200.0) or text; return canonical text or None."""
    if value is None:
        return None
    text = str(value).strip()
    if not text or text.upper() == "NULL":
        return None
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    return text


def baunvo17_row(token=None, besondere_art=None, sondernutzung=None):
    """The §17 table row key for a zone, or None when the zone type does not determine one."""
    code = normalise_code(besondere_art)
    if code == "2000":
        return SONDERNUTZUNG_TO_ROW.get(normalise_code(sondernutzung))
    if code in BESONDERE_ART_TO_ROW:
        return BESONDERE_ART_TO_ROW[code]
    token = normalise_code(token)
    if token:
        token = token.upper()
        if token in BAUNVO17_LIMITS:
            return token
    return None


def baunvo17_limits(token=None, besondere_art=None, sondernutzung=None):
    """(GRZ, GFZ, BMZ) §17 upper limits for the zone type, or None."""
    row = baunvo17_row(token, besondere_art, sondernutzung)
    return BAUNVO17_LIMITS.get(row) if row else None


def grz2_limit(grz_limit):
    """§19(4): GRZ II = GRZ + 50 % for garages, Nebenanlagen, Unterbauung, capped at 0.8.

    A GRZ already at or above the cap stays the limit (no exceedance allowance)."""
    if grz_limit is None:
        return None
    return max(grz_limit, min(1.5 * grz_limit, GRZ2_CAP))
