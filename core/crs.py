"""srsName → CRS mapping for CityGML, CityJSON and XPlanGML.

GDAL/PROJ do not know ``urn:adv:crs:…`` names, and compound URNs come in several spellings.
``parse_srs_name`` turns every form seen in German data into a ``SrsInfo`` (horizontal EPSG,
optional vertical EPSG, whether coordinates are written lat/lon). Unknown names return None:
callers must warn and ask for an override, never guess.
"""

import re
from dataclasses import dataclass
from typing import Optional

# AdV horizontal parts (urn:adv:crs:<horizontal>*<vertical>*<geoid>)
ADV_HORIZONTAL = {
    "ETRS89_UTM32": 25832,
    "ETRS89_UTM33": 25833,
    "ETRS89_UTM31": 25831,
    "DE_DHDN_3GK2": 31466,
    "DE_DHDN_3GK3": 31467,
    "DE_DHDN_3GK4": 31468,
    "DE_DHDN_3GK5": 31469,
    "ETRS89_LAT-LON": 4258,
    "ETRS89_LAT_LON": 4258,
    "ETRS89_GEO": 4258,
    "WGS84_LAT-LON": 4326,
    "ETRS89_3GK3": 5677,  # rarely used
}
ADV_VERTICAL = {
    "DE_DHHN2016_NH": 7837,
    "DE_DHHN92_NH": 5783,
    "DE_DHHN12_NOH": 7837,  # old spelling in some exports; treat as normal heights
    "DE_NN_NH": 5783,
}
# CRSs whose EPSG axis order is latitude first (only geographic ones; projected GK files are
# written easting first in practice and must not be swapped).
LAT_FIRST_EPSG = {4258, 4326, 4937, 4979, 6697, 4612, 6668}

_EPSG_PLAIN = re.compile(r"^\s*EPSG:+(\d+)\s*$", re.IGNORECASE)
_EPSG_URN = re.compile(r"urn:(?:x-)?ogc:def:crs:EPSG:[\d.]*:(\d+)", re.IGNORECASE)
_EPSG_URL = re.compile(r"https?://www\.opengis\.net/def/crs/EPSG/\d+/(\d+)", re.IGNORECASE)
_COMPOUND_URN = re.compile(r"urn:ogc:def:crs,crs:EPSG:[\d.]*:(\d+),crs:EPSG:[\d.]*:(\d+)", re.IGNORECASE)
_OGC_CRS84 = re.compile(r"(OGC/1\.3/CRS84|urn:ogc:def:crs:OGC:1\.3:CRS84)", re.IGNORECASE)


@dataclass(frozen=True)
class SrsInfo:
    horizontal_epsg: int
    vertical_epsg: Optional[int] = None
    swap_xy: bool = False  # coordinates in the file are lat, lon
    source: str = ""

    @property
    def authid(self):
        return "EPSG:{}".format(self.horizontal_epsg)

    @property
    def compound_authid(self):
        """PROJ string usable for a compound CRS (``EPSG:25832+7837``); falls back to 2D."""
        if self.vertical_epsg:
            return "EPSG:{}+{}".format(self.horizontal_epsg, self.vertical_epsg)
        return self.authid


def _is_uri_form(name):
    return name.lower().startswith(("urn:", "http://", "https://"))


def parse_srs_name(name):
    """Map an srsName (or CityJSON referenceSystem) to SrsInfo, or None when unknown."""
    if name is None:
        return None
    name = str(name).strip()
    if not name:
        return None
    if _OGC_CRS84.search(name):
        return SrsInfo(4326, None, False, name)
    match = _COMPOUND_URN.search(name)
    if match:
        horizontal, vertical = int(match.group(1)), int(match.group(2))
        return SrsInfo(horizontal, vertical, horizontal in LAT_FIRST_EPSG, name)
    if name.lower().startswith("urn:adv:crs:"):
        parts = name[len("urn:adv:crs:"):].split("*")
        horizontal = ADV_HORIZONTAL.get(parts[0].upper()) or ADV_HORIZONTAL.get(parts[0])
        if horizontal is None:
            return None
        vertical = None
        if len(parts) > 1:
            vertical = ADV_VERTICAL.get(parts[1].upper())
        return SrsInfo(horizontal, vertical, horizontal in LAT_FIRST_EPSG, name)
    for pattern in (_EPSG_URN, _EPSG_URL):
        match = pattern.search(name)
        if match:
            code = int(match.group(1))
            code, vertical = _split_known_compound(code)
            # URN/URL forms follow the EPSG axis order: lat/lon for geographic CRSs.
            return SrsInfo(code, vertical, code in LAT_FIRST_EPSG and _is_uri_form(name), name)
    match = _EPSG_PLAIN.match(name)
    if match:
        code = int(match.group(1))
        code, vertical = _split_known_compound(code)
        # "EPSG:4326" in GML is traditionally lon/lat (GML 3.1 practice); do not swap.
        return SrsInfo(code, vertical, False, name)
    return None


# Compound EPSG codes that occur in city models; mapped to (horizontal, vertical).
KNOWN_COMPOUNDS = {
    5555: (25832, 5783),
    5556: (25833, 5783),
    7415: (28992, 5709),  # Amersfoort / RD New + NAP height (Netherlands, 3DBAG, Delft)
    2056: (2056, None),  # CH1903+ / LV95 (2D)
    6697: (6668, 6695),  # JGD2011 + JGD2011 height (PLATEAU)
    9518: (4326, None),
}


def _split_known_compound(code):
    if code in KNOWN_COMPOUNDS:
        horizontal, vertical = KNOWN_COMPOUNDS[code]
        return horizontal, vertical
    return code, None


def to_qgs_crs(info):
    """QgsCoordinateReferenceSystem for the horizontal part (the layers are 2D CRS + Z values)."""
    from qgis.core import QgsCoordinateReferenceSystem

    if info is None:
        return QgsCoordinateReferenceSystem()
    return QgsCoordinateReferenceSystem(info.authid)


def crs_from_srs_name(name):
    """Convenience: srsName → valid QgsCoordinateReferenceSystem or an invalid one when unknown."""
    return to_qgs_crs(parse_srs_name(name))
