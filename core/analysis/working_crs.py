"""Choose the projected CRS an analysis computes areas in (shared by the analysis algorithms)."""

from ..errors import UrbanTwinError
from ..i18n import tr


def choose_working_crs(candidates):
    """The first valid projected CRS among ``candidates`` (plan first, then buildings …)."""
    for crs in candidates:
        if crs is not None and crs.isValid() and not crs.isGeographic():
            return crs
    raise UrbanTwinError(
        tr("None of the input layers is in a projected CRS (e.g. EPSG:25832); areas cannot be measured in degrees.")
    )
