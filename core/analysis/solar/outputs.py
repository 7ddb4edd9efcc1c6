"""Field definitions (German aliases), renderers and writers of the solar and shadow layers."""

import numpy as np
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGeometry,
    QgsGraduatedSymbolRenderer,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsRendererRange,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)

from ...fieldtypes import FieldType
from ...i18n import tr
from ..result_layers import write_layer
from .potential import CLASSES, class_labels

# kWh/m²a class limits and colours of the irradiation ramp (Solarkataster style: blue → yellow → red)
IRRADIATION_RANGES = (
    (0, 600, "#2c7bb6"),
    (600, 800, "#abd9e9"),
    (800, 900, "#ffffbf"),
    (900, 1000, "#fee090"),
    (1000, 1100, "#fdae61"),
    (1100, 1200, "#f46d43"),
    (1200, 2000, "#d73027"),
)
CLASS_COLOURS = {
    "very_good": "#d7191c",
    "good": "#fdae61",
    "limited": "#ffffbf",
    "check_on_site": "#abd9e9",
    "not_suitable": "#bdbdbd",
}


def surface_definitions():
    return [
        ("surface_id", FieldType.STRING, tr("Surface id")),
        ("building_id", FieldType.STRING, tr("Building id")),
        ("surface_type", FieldType.STRING, tr("Surface type")),
        ("tilt", FieldType.DOUBLE, tr("Tilt (°)")),
        ("azimuth", FieldType.DOUBLE, tr("Azimuth (°, 180 = south)")),
        ("area", FieldType.DOUBLE, tr("Area (m²)")),
        ("usable_area", FieldType.DOUBLE, tr("Usable area (m²)")),
        ("irradiation", FieldType.DOUBLE, tr("Annual irradiation with shading (kWh/m²a)")),
        ("irradiation_unshaded", FieldType.DOUBLE, tr("Annual irradiation without shading (kWh/m²a)")),
        ("shading_loss", FieldType.DOUBLE, tr("Shading loss (%)")),
        ("sky_view", FieldType.DOUBLE, tr("Sky view factor")),
        ("relative_to_optimum", FieldType.DOUBLE, tr("Share of the optimum (%)")),
        ("suitability", FieldType.STRING, tr("Suitability")),
        ("suitability_label", FieldType.STRING, tr("Suitability (label)")),
        ("kwp", FieldType.DOUBLE, tr("Module power (kWp)")),
        ("kwh_per_year", FieldType.DOUBLE, tr("Yield (kWh/a)")),
    ]


def building_definitions():
    return [
        ("building_id", FieldType.STRING, tr("Building id")),
        ("roof_surfaces", FieldType.INT, tr("Roof surfaces")),
        ("roof_area", FieldType.DOUBLE, tr("Roof area (m²)")),
        ("usable_area", FieldType.DOUBLE, tr("Usable area (m²)")),
        ("irradiation", FieldType.DOUBLE, tr("Mean annual irradiation with shading (kWh/m²a)")),
        ("kwp", FieldType.DOUBLE, tr("Module power (kWp)")),
        ("kwh_per_year", FieldType.DOUBLE, tr("Yield (kWh/a)")),
        ("suitability", FieldType.STRING, tr("Best suitability")),
        ("suitability_label", FieldType.STRING, tr("Best suitability (label)")),
    ]


def kwp_labeling(field_name="kwp", max_scale_denominator=2500):
    """'12.3 kWp' on every roof with usable area; only at large scales so the map does not clutter."""
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = "CASE WHEN \"{0}\" > 0 THEN format_number(\"{0}\", 1) || ' kWp' END".format(field_name)
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    settings.scaleVisibility = True
    settings.minimumScale = max_scale_denominator  # QGIS: "minimum scale" is the most zoomed-out one
    settings.maximumScale = 1
    text = QgsTextFormat()
    text.setSize(7)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.6)
    text.setBuffer(buffer)
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


def irradiation_renderer(field_name="irradiation"):
    ranges = []
    for low, high, colour in IRRADIATION_RANGES:
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#4d4d4d", "outline_width": "0.15"})
        if high >= 2000:
            label = tr("≥ {} kWh/m²a").format(low)
        elif low == 0:
            label = tr("< {} kWh/m²a").format(high)
        else:
            label = tr("{} – {} kWh/m²a").format(low, high)
        ranges.append(QgsRendererRange(low, high, symbol, label))
    return QgsGraduatedSymbolRenderer(field_name, ranges)


def suitability_renderer(field_name="suitability"):
    labels = class_labels()
    categories = []
    for code in CLASSES:
        symbol = QgsFillSymbol.createSimple({"color": CLASS_COLOURS[code], "outline_color": "#4d4d4d", "outline_width": "0.15"})
        categories.append(QgsRendererCategory(code, symbol, labels[code]))
    return QgsCategorizedSymbolRenderer(field_name, categories)


def _r(value, digits=1):
    return round(float(value), digits)


def write_surfaces(path, result, crs, provenance):
    labels = class_labels()
    rows = []
    for i in range(len(result.surface_id)):
        geometry = QgsGeometry()
        geometry.fromWkb(result.geometries[i])
        geometry.convertToMultiType()
        rows.append(
            (
                geometry,
                [
                    result.surface_id[i],
                    result.building_id[i],
                    result.surface_type[i],
                    _r(result.tilt[i]),
                    _r(result.azimuth[i]),
                    _r(result.area[i], 2),
                    _r(result.usable_area[i], 2),
                    _r(result.irradiation[i]),
                    _r(result.irradiation_unshaded[i]),
                    _r(100.0 * result.shading_loss[i]),
                    _r(result.sky_view[i], 3),
                    _r(100.0 * result.irradiation[i] / result.optimum_irradiation),
                    result.suitability[i],
                    labels[result.suitability[i]],
                    _r(result.kwp[i], 2),
                    _r(result.kwh[i], 0),
                ],
            )
        )
    return write_layer(
        path,
        "solar_potential",
        surface_definitions(),
        rows,
        QgsWkbTypes.Type.MultiPolygonZ,
        crs,
        irradiation_renderer(),
        provenance,
        tr("Solar potential of roofs"),
        tr("Annual irradiation (kWh/m²a) with and without shading, usable area, kWp and yield per roof surface."),
        labeling=kwp_labeling(),
    )


def building_totals(result):
    """Per building: roof count, areas, area-weighted irradiation, kWp, kWh/a, best class."""
    totals = {}
    rank = {code: i for i, code in enumerate(CLASSES)}
    for i, building in enumerate(result.building_id):
        entry = totals.setdefault(
            building,
            {"n": 0, "area": 0.0, "usable": 0.0, "h_area": 0.0, "kwp": 0.0, "kwh": 0.0, "best": "not_suitable", "wkb": []},
        )
        entry["n"] += 1
        entry["area"] += float(result.area[i])
        entry["usable"] += float(result.usable_area[i])
        entry["h_area"] += float(result.irradiation[i] * result.area[i])
        entry["kwp"] += float(result.kwp[i])
        entry["kwh"] += float(result.kwh[i])
        if rank[result.suitability[i]] < rank[entry["best"]]:
            entry["best"] = result.suitability[i]
        entry["wkb"].append(result.geometries[i])
    return totals


def write_buildings(path, result, crs, provenance):
    labels = class_labels()
    rows = []
    for building, entry in building_totals(result).items():
        parts = []
        for wkb in entry["wkb"]:
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            parts.extend(geometry.asGeometryCollection())
        collected = QgsGeometry.collectGeometry(parts)
        collected.convertToMultiType()
        rows.append(
            (
                collected,
                [
                    building,
                    entry["n"],
                    _r(entry["area"], 2),
                    _r(entry["usable"], 2),
                    _r(entry["h_area"] / entry["area"]),
                    _r(entry["kwp"], 2),
                    _r(entry["kwh"], 0),
                    entry["best"],
                    labels[entry["best"]],
                ],
            )
        )
    return write_layer(
        path,
        "solar_buildings",
        building_definitions(),
        rows,
        QgsWkbTypes.Type.MultiPolygonZ,
        crs,
        suitability_renderer(),
        provenance,
        tr("Solar potential per building"),
        tr("Roof area, usable area, kWp and yield per building; the best roof's suitability class."),
    )


def shadow_definitions():
    return [
        ("building_id", FieldType.STRING, tr("Building id")),
        ("local_time", FieldType.STRING, tr("Local time")),
        ("sun_elevation", FieldType.DOUBLE, tr("Sun elevation (°)")),
        ("sun_azimuth", FieldType.DOUBLE, tr("Sun azimuth (°)")),
        ("shadow_length", FieldType.DOUBLE, tr("Shadow length (m)")),
        ("area", FieldType.DOUBLE, tr("Shadow area (m²)")),
    ]


def shadow_renderer(times=()):
    """One colour per time of day (several times stay distinguishable where shadows overlap); one time: grey."""
    from qgis.core import QgsSingleSymbolRenderer

    from ..result_layers import time_category_renderer

    if len(set(times)) > 1:
        return time_category_renderer("local_time", times)
    symbol = QgsFillSymbol.createSimple({"color": "#252525", "outline_color": "#000000", "outline_width": "0.1"})
    symbol.setOpacity(0.45)
    return QgsSingleSymbolRenderer(symbol)


def write_shadows(path, rows, crs, provenance):
    """rows: (QgsGeometry, [building_id, local_time, elevation, azimuth, length, area])."""
    from ..result_layers import set_time_expression

    times = sorted({values[1] for _geometry, values in rows})
    return write_layer(
        path, "shadows", shadow_definitions(), rows, QgsWkbTypes.Type.MultiPolygon, crs, shadow_renderer(times), provenance,
        tr("Shadows of buildings"), tr("Shadow polygons on flat local ground for the given local times."),
        prepare=lambda layer: set_time_expression(layer, "local_time"),
    )


SUN_HOUR_BREAKS = ((0.0, 1.0, "#313695"), (1.0, 1.5, "#74add1"), (1.5, 3.0, "#fee090"), (3.0, 4.0, "#fdae61"), (4.0, 24.0, "#d73027"))


def sunhour_point_definitions():
    return [
        ("building_id", FieldType.STRING, tr("Building id")),
        ("surface_id", FieldType.STRING, tr("Surface id")),
        ("wall_azimuth", FieldType.DOUBLE, tr("Façade orientation (°, 180 = south)")),
        ("z", FieldType.DOUBLE, tr("Height of the point (m)")),
        ("sun_hours", FieldType.DOUBLE, tr("Hours of direct sun (h)")),
        ("sky_view", FieldType.DOUBLE, tr("Sky view factor")),
    ]


def _hour_label(low, high):
    if high >= 24.0:
        return tr("≥ {} h").format("{:g}".format(low))
    return tr("{} – {} h").format("{:g}".format(low), "{:g}".format(high))


def sunhour_point_renderer():
    from qgis.core import QgsMarkerSymbol

    ranges = []
    for low, high, colour in SUN_HOUR_BREAKS:
        symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "outline_color": "#333333", "size": "2.2"})
        ranges.append(QgsRendererRange(low, high, symbol, _hour_label(low, high)))
    return QgsGraduatedSymbolRenderer("sun_hours", ranges)


def write_sunhour_points(path, rows, crs, provenance):
    return write_layer(
        path, "sun_hours_facade", sunhour_point_definitions(), rows, QgsWkbTypes.Type.PointZ, crs, sunhour_point_renderer(),
        provenance, tr("Hours of direct sun on façades"), tr("Hours of direct sun per façade point on the given day."),
    )


def write_hours_raster(path, values, raster, crs_wkt, provenance, description, hours_style=True):
    """GeoTIFF (float32, NODATA −9999) written atomically, with a colour-ramp .qml beside it and provenance inside."""
    import json
    import os

    from osgeo import gdal
    from qgis.core import QgsColorRampShader, QgsRasterLayer, QgsRasterShader, QgsSingleBandPseudoColorRenderer
    from qgis.PyQt.QtGui import QColor

    from ...atomic import atomic_path
    from ...write_checks import gdal_write_errors
    from .sunhours import NODATA

    with atomic_path(path) as tmp, gdal_write_errors(path):  # a full disk is a failed run, not a torn GeoTIFF
        rows, cols = values.shape
        dataset = gdal.GetDriverByName("GTiff").Create(tmp, cols, rows, 1, gdal.GDT_Float32, ["COMPRESS=DEFLATE", "TILED=YES"])
        dataset.SetGeoTransform((raster.left, raster.resolution, 0.0, raster.top, 0.0, -raster.resolution))
        dataset.SetProjection(crs_wkt)
        band = dataset.GetRasterBand(1)
        band.SetNoDataValue(NODATA)
        band.SetDescription(description)
        band.WriteArray(values.astype(np.float32) if hasattr(values, "astype") else values)
        dataset.SetMetadataItem("URBANTWIN_PROVENANCE", json.dumps(provenance, ensure_ascii=False, sort_keys=True))
        dataset.FlushCache()
        dataset = None
    layer = QgsRasterLayer(path, os.path.basename(path))
    if layer.isValid() and hours_style:
        items = [QgsColorRampShader.ColorRampItem(high if high < 24 else 24.0, QColor(colour), _hour_label(low, high)) for low, high, colour in SUN_HOUR_BREAKS]
        ramp = QgsColorRampShader(0.0, 24.0)
        ramp.setColorRampType(QgsColorRampShader.Type.Discrete)
        ramp.setColorRampItemList(items)
        shader = QgsRasterShader()
        shader.setRasterShaderFunction(ramp)
        layer.setRenderer(QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader))
        layer.saveNamedStyle(os.path.splitext(path)[0] + ".qml")
    return path
