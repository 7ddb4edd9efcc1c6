"""The measures of one building as table rows (section, quantity, value, unit) — shown in the dock, copied as
tab-separated text, written to CSV or XLSX through OGR — and the 3D distance between two points."""

import math
import os
import shutil
import tempfile

from osgeo import ogr

from ..atomic import check_writable_target
from ..errors import UrbanTwinError
from ..i18n import tr
from .measures_output import volume_method_label


def _r(value, digits=2):
    return None if value is None else round(float(value), digits)


def orientation_label(code):
    labels = {"n": tr("north"), "ne": tr("north-east"), "e": tr("east"), "se": tr("south-east"), "s": tr("south"),
              "sw": tr("south-west"), "w": tr("west"), "nw": tr("north-west")}
    return labels.get(code, code)


def measure_rows(m, storeys=None):
    """[(section, quantity, value, unit)] in reading order."""
    building, heights, facade = tr("Building"), tr("Heights"), tr("Façades")
    rows = [
        (building, tr("Ground area"), _r(m.ground_area), "m²"),
        (building, tr("Footprint perimeter"), _r(m.perimeter), "m"),
        (building, tr("Volume"), _r(m.volume, 1), "m³"),
        (building, tr("Volume method"), volume_method_label(m.volume_method), ""),
        (building, tr("Storeys"), storeys, ""),
        (building, tr("Roof area"), _r(m.roof_area), "m²"),
        (building, tr("Usable roof area"), _r(m.roof_usable_area), "m²"),
        (building, tr("Wall area"), _r(m.wall_area), "m²"),
        (heights, tr("Eaves height above terrain"), _r(m.eaves_height), "m"),
        (heights, tr("Ridge height above terrain"), _r(m.ridge_height), "m"),
        (heights, tr("Terrain"), _r(m.terrain_z), "m NHN"),
        (heights, tr("Eaves"), _r(m.eaves_z), "m NHN"),
        (heights, tr("Ridge"), _r(m.ridge_z), "m NHN"),
    ]
    for sector in ("n", "e", "s", "w"):
        rows.append((facade, tr("Façade area {}").format(orientation_label(sector)), _r(m.facade_area[sector]), "m²"))
    for number, roof in enumerate(m.roofs, 1):
        section = tr("Roof face {}").format(number)
        rows += [(section, tr("Area"), _r(roof.area), "m²"), (section, tr("Tilt"), _r(roof.tilt, 1), "°"),
                 (section, tr("Azimuth"), _r(roof.azimuth, 0), "°"), (section, tr("Usable area"), _r(roof.usable_area), "m²")]
    for number, wall in enumerate(m.walls, 1):
        section = tr("Wall {}").format(number)
        rows += [(section, tr("Length"), _r(wall.length), "m"), (section, tr("Height"), _r(wall.height), "m"),
                 (section, tr("Area"), _r(wall.area), "m²"),
                 (section, tr("Orientation"), "{} ({:.0f}°)".format(orientation_label(wall.orientation), wall.azimuth), "")]
    return rows


def rows_as_text(rows, header=True):
    """Tab-separated text (pastes as a table into spreadsheets and word processors)."""
    lines = ["\t".join((tr("Section"), tr("Quantity"), tr("Value"), tr("Unit")))] if header else []
    for section, name, value, unit in rows:
        lines.append("\t".join(("" if v is None else str(v)) for v in (section, name, value, unit)))
    return "\n".join(lines) + "\n"


def write_table(path, rows, building_id=""):
    """CSV or XLSX (by extension) through OGR, atomically."""
    extension = os.path.splitext(path)[1].lower()
    driver_name = {".csv": "CSV", ".xlsx": "XLSX"}.get(extension)
    if driver_name is None:
        raise UrbanTwinError(tr("Please choose a .csv or .xlsx file."), path=path)
    driver = ogr.GetDriverByName(driver_name)
    check_writable_target(path)
    # a private folder instead of atomic_path's '.name.xlsx.….part.xlsx': GDAL's /vsizip/ would split that
    # name at its first '.xlsx'
    staging = tempfile.mkdtemp(prefix=".urbantwin-", dir=os.path.dirname(os.path.abspath(path)))
    try:
        tmp = os.path.join(staging, "table" + extension)
        dataset = driver.CreateDataSource(tmp)
        if dataset is None:
            raise UrbanTwinError(tr("Cannot write the table."), path=path)
        options = ["SEPARATOR=SEMICOLON", "WRITE_BOM=YES"] if driver_name == "CSV" else []  # German Excel opens it as is
        layer = dataset.CreateLayer(tr("Measures")[:31], None, ogr.wkbNone, options)
        # numbers stay numbers (sortable in a spreadsheet); texts such as the volume method go to "Text"
        for name, kind in ((tr("Building"), ogr.OFTString), (tr("Section"), ogr.OFTString), (tr("Quantity"), ogr.OFTString),
                           (tr("Value"), ogr.OFTReal), (tr("Unit"), ogr.OFTString), (tr("Text"), ogr.OFTString)):
            layer.CreateField(ogr.FieldDefn(name, kind))
        for section, name, value, unit in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField(0, str(building_id))
            feature.SetField(1, str(section))
            feature.SetField(2, str(name))
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                feature.SetField(3, float(value))
            elif value is not None:
                feature.SetField(5, str(value))
            feature.SetField(4, str(unit))
            layer.CreateFeature(feature)
        feature = layer = None  # the layer holds the dataset open: release both before the rename
        dataset = None
        os.replace(tmp, path)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def distance_3d(first, second):
    """(horizontal distance, height difference second − first, slope distance) of two (x, y, z) points in metres."""
    dx, dy, dz = second[0] - first[0], second[1] - first[1], second[2] - first[2]
    horizontal = math.hypot(dx, dy)
    return horizontal, dz, math.hypot(horizontal, dz)
