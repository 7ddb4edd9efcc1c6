"""Iterate feature sources without QGIS' generic invalid-geometry filter.

3D city model layers are valid 3D shells, but their vertical walls are degenerate when GEOS looks at
them in 2D; Processing's default "stop on invalid geometry" (desktop setting) would abort every
algorithm that reads them. Our algorithms check and report geometry problems themselves, so they
read sources through this helper.
"""

from qgis.core import QgsFeatureRequest, QgsProcessingFeatureSource


def unchecked_request(request=None):
    request = request or QgsFeatureRequest()
    request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    return request


def iter_features(source, request=None, is_canceled=None):
    """Features of a layer or Processing source, never filtered for 2D validity; stops when cancelled."""
    request = unchecked_request(request)
    if isinstance(source, QgsProcessingFeatureSource):
        iterator = source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
    else:
        iterator = source.getFeatures(request)
    for feature in iterator:
        if is_canceled is not None and is_canceled():
            return
        yield feature
