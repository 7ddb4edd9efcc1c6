"""Demo step: the Musterquartier city model in lat/lon (EPSG:4326) — figures in metres, the same as in EPSG:25832
(issue #11: geographic CRS; LOD and TARGET_CRS parameters of urbantwin:importcitymodel)."""

import os

import demo


def _latlon_copy(citygml, target):
    """The CityGML with every posList transformed to EPSG:4326 (lat, lon as the URN demands) by OSR."""
    import numpy as np
    from lxml import etree
    from osgeo import osr

    source, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(25832)
    wgs84.ImportFromEPSG(4326)  # authority order: lat, lon
    transform = osr.CoordinateTransformation(source, wgs84)
    tree = etree.parse(citygml, etree.XMLParser(resolve_entities=False, no_network=True))
    for pos_list in tree.getroot().iter("{*}posList"):
        points = np.array(pos_list.text.split(), dtype=float).reshape(-1, 3)
        moved = np.asarray(transform.TransformPoints(points[:, :2].copy()))
        pos_list.text = " ".join("{!r} {!r} {!r}".format(lat, lon, z) for (lat, lon, _), z in zip(moved, points[:, 2]))
    for element in tree.getroot().iter():
        if element.get("srsName"):
            element.set("srsName", "urn:ogc:def:crs:EPSG::4326")
    tree.write(target, xml_declaration=True, encoding="UTF-8")


def _roofs(gpkg):
    return demo.sql(gpkg, "SELECT COUNT(*), SUM(area), AVG(tilt) FROM building_surfaces WHERE surface_type = 'RoofSurface'")[0]


def run_step(context, number):
    demo.heading("{}. A city model in lat/lon: areas and tilts still in metres (urbantwin:importcitymodel)".format(number))
    latlon = os.path.join(demo.OUT, "musterquartier_wgs84.gml")
    _latlon_copy(context.citygml, latlon)
    geographic = os.path.join(demo.OUT, "musterquartier_city_wgs84.gpkg")
    demo.run("urbantwin:importcitymodel", INPUT=[latlon], OUTPUT=geographic)
    back = os.path.join(demo.OUT, "musterquartier_city_back_to_25832.gpkg")
    demo.run("urbantwin:importcitymodel", INPUT=[latlon], OUTPUT=back, TARGET_CRS="EPSG:25832", LOD=2)
    rows = [("EPSG:25832 (step 2)", _roofs(context.city)), ("EPSG:4326, measured in UTM 32", _roofs(geographic)),
            ("EPSG:4326 → TARGET_CRS=EPSG:25832", _roofs(back))]
    for label, (count, area, tilt) in rows:
        print("  {:<36} {:>5} roofs, {:>12,.3f} m², mean tilt {:6.3f}°".format(label, count, area, tilt))
    difference = abs(rows[1][1][1] - rows[0][1][1])
    print("  difference of the total roof area lat/lon vs. UTM: {:.6f} m² (before #11: areas in square degrees)".format(difference))
    context.city_wgs84 = geographic
