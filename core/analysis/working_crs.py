"""Choose the projected CRS an analysis computes in (shared by the analysis algorithms).

Nothing is ever measured in degrees: the first projected input CRS (the plan's first) is used; when every
input is geographic (lat/lon), the UTM zone of the data (ETRS89/UTM in Europe, WGS 84/UTM elsewhere).
"""

import math

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

from ..errors import UrbanTwinError
from ..i18n import tr


def utm_crs_for(longitude, latitude):
    """The UTM CRS of a position: ETRS89 / UTM 28N–38N (EPSG:25828–25838) in Europe, else WGS 84 / UTM."""
    zone = min(60, max(1, int((longitude + 180.0) // 6) + 1))
    if latitude >= 0 and 28 <= zone <= 38 and 34.0 <= latitude <= 72.0:
        return QgsCoordinateReferenceSystem("EPSG:{}".format(25800 + zone))
    return QgsCoordinateReferenceSystem("EPSG:{}".format((32600 if latitude >= 0 else 32700) + zone))


def choose_working_crs(candidates, extent_sources=(), transform_context=None):
    """The first valid projected CRS among ``candidates`` (plan first, then buildings …); when all are
    geographic, the UTM zone at the centre of the first non-empty extent of ``extent_sources``."""
    for crs in candidates:
        if crs is not None and crs.isValid() and not crs.isGeographic():
            return crs
    for source in extent_sources:
        if source is None or not source.sourceCrs().isValid():
            continue
        extent = source.sourceExtent()
        if extent.isNull() or not math.isfinite(extent.xMinimum()) or source.featureCount() == 0:
            continue
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        transform = QgsCoordinateTransform(source.sourceCrs(), wgs84, transform_context or QgsProject.instance().transformContext())
        centre = transform.transform(extent.center())
        return utm_crs_for(centre.x(), centre.y())
    raise UrbanTwinError(
        tr("None of the input layers is in a projected CRS (e.g. EPSG:25832) and their position is unknown; "
           "areas cannot be measured in degrees.")
    )


def describe_working_crs(crs, candidates):
    """A log line saying in which CRS the analysis computes and why."""
    if any(c is not None and c.isValid() and c == crs for c in candidates):
        return tr("Computing in {} (metres).").format(crs.authid())
    return tr("All inputs are in geographic coordinates; computing in the UTM zone of the data, {} (metres).").format(crs.authid())
