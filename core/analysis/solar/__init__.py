"""Solar potential of roofs, shadow polygons and sun hours from LoD2 surfaces (numpy, offline).

Modules: ``sun`` (sun position), ``climate`` (clear sky + two-state monthly climatology +
Perez), ``geometry`` (plane fits, sample points), ``heightraster`` (buildings + DEM → height
raster), ``horizon`` (horizon angles, sky view), ``potential`` (annual irradiation per roof),
``shadow`` (shadow polygons), ``sunhours`` (hours of direct sun).
"""
