"""A tall planned block directly south of an existing façade: the loss of direct sun the comparison reports
equals the loss computed by hand from the sun's path (pvlib's solar position, a slab test against the block)."""

import datetime
import math

import numpy as np
import pandas as pd
import pvlib
import pytest
from osgeo import ogr, osr

X0, Y0 = 403700.0, 5756800.0  # south-west corner of the existing house (EPSG:25832)
HOUSE = (10.0, 10.0, 6.0)  # width (east–west), depth, eaves height (flat)
BLOCK = dict(x0=-5.0, x1=15.0, y0=-30.0, y1=-20.0, height=30.0)  # relative to (X0, Y0): a tower 20 m south of the façade
STEP = 5  # minutes
DATE = datetime.date(2026, 3, 21)


def _square_wkt(x0, y0, x1, y1):
    return "Polygon(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


@pytest.fixture(scope="module")
def scene(tmp_path_factory, urbantwin_provider):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    from urban_twin.core.fieldtypes import FieldType

    from .conftest import footprint_layer

    def run(algorithm, parameters):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(algorithm, parameters, feedback=QgsProcessingFeedback(), context=context)

    folder = tmp_path_factory.mktemp("variants_sun")
    base = str(folder / "bestand.gpkg")
    house = footprint_layer([(_square_wkt(0, 0, HOUSE[0], HOUSE[1]), dict(name="Altbau", roof_type="1000"))],
                            extra_fields=[("traufe", FieldType.DOUBLE)])
    house.startEditing()
    for feature in house.getFeatures():
        house.changeAttributeValue(feature.id(), house.fields().indexOf("traufe"), HOUSE[2])
    house.commitChanges()
    run("urbantwin:massing", {"INPUT": house, "EAVES_HEIGHT_FIELD": "traufe", "TERRAIN_HEIGHT": 50.0, "OUTPUT": base})
    dataset = ogr.Open(base, 1)  # the same writer as the import; the house is existing (Bestand)
    for name in ("buildings", "footprints"):
        dataset.ExecuteSQL("UPDATE {} SET status = 'Bestand'".format(name))
    dataset = None
    tall = footprint_layer([(_square_wkt(BLOCK["x0"], BLOCK["y0"], BLOCK["x1"], BLOCK["y1"]), dict(name="Turm", storeys=10, roof_type="1000"))])
    planned = str(folder / "riegel.gpkg")
    run("urbantwin:massing", {"INPUT": tall, "TERRAIN_HEIGHT": 50.0, "OUTPUT": planned})
    variant = str(folder / "variante.gpkg")
    run("urbantwin:composevariant", {"CITY": base, "PLANNED": [planned], "NAME": "Turm X", "OUTPUT": variant})
    comparison = str(folder / "vergleich.gpkg")
    run("urbantwin:comparevariants", {"BASE": [base], "VARIANTS": [variant], "DATES": DATE.isoformat(), "STEP_MINUTES": STEP,
                                      "FACADE_SPACING": 2.0, "OUTPUT": comparison, "OUTPUT_FOLDER": str(folder / "layers")})
    return dict(base=base, variant=variant, comparison=comparison, folder=folder)


def _rows(path, sql):
    dataset = ogr.Open(path)
    result = dataset.ExecuteSQL(sql)
    rows = [[f.GetField(i) for i in range(f.GetFieldCount())] + [f.GetGeometryRef().Clone() if f.GetGeometryRef() else None] for f in result]
    dataset.ReleaseResultSet(result)
    return rows


def _lat_lon(x, y):
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(25832)
    target.ImportFromEPSG(4326)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, lat, _ = osr.CoordinateTransformation(source, target).TransformPoint(x, y)
    return lat, lon


def _hand_loss(point, latitude, longitude):
    """Hours the tower takes from a point in front of the south façade: sun above the horizon and in front of
    the façade (azimuth between 90° and 270°), and the ray towards the sun enters the block's north face
    (y = y1) below its top, within its east–west extent."""
    start = pd.Timestamp(DATE.isoformat(), tz="Europe/Berlin")
    moments = pd.date_range(start, start + pd.Timedelta(days=1), freq="{}min".format(STEP), inclusive="left") + pd.Timedelta(minutes=STEP / 2)
    solar = pvlib.solarposition.get_solarposition(moments, latitude, longitude)
    x, y, z = point
    lost = 0
    for elevation, azimuth in zip(solar["apparent_elevation"], solar["azimuth"]):
        a = math.radians(azimuth)
        if elevation <= 0 or math.cos(a) >= 0:
            continue
        run = (y - (Y0 + BLOCK["y1"])) / -math.cos(a)  # horizontal distance to the north face
        at_x = x + run * math.sin(a)
        if X0 + BLOCK["x0"] <= at_x <= X0 + BLOCK["x1"] and z + run * math.tan(math.radians(elevation)) < 50.0 + BLOCK["height"]:
            lost += 1
    return lost * STEP / 60.0


def test_sun_loss_on_the_facade_equals_the_hand_computation(scene):
    from urban_twin.core.variants.compare import _finite  # noqa: F401 - the module under test is importable

    layer = str(scene["folder"] / "layers" / "Turm_X_fassaden_besonnung.gpkg")
    rows = _rows(layer, "SELECT hours_base_0321, hours_0321, loss_0321, geom FROM facade_sun")
    south = [(r[0], r[1], r[2], r[3]) for r in rows if abs(r[3].GetY() - (Y0 - 1.0)) < 0.01]  # 1 m in front of the south wall
    assert len(south) >= 6
    latitude, longitude = _lat_lon(X0 + 5.0, Y0)
    checked = 0
    for base_hours, hours, loss, geometry in south:
        point = (geometry.GetX(), geometry.GetY(), geometry.GetZ())
        expected = _hand_loss(point, latitude, longitude)
        assert 1.0 < expected < base_hours - 3.0  # the tower takes the midday sun (its width), not the morning and evening sun
        assert loss == pytest.approx(base_hours - hours, abs=2e-3)  # values rounded to 3 decimals
        assert loss == pytest.approx(expected, abs=2 * STEP / 60.0 + 1e-9)  # ± two time steps (1 m raster)
        checked += 1
    assert checked == len(south)


def test_table_rows_base_first_with_deltas_and_newly_below_counts(scene):
    table = _rows(scene["comparison"], "SELECT variant, n_new_buildings, sun_points_0321, sun_mean_loss_h_0321, sun_newly_below_0321, "
                                       "sun_below_0321, new_gross_floor_area, new_gross_floor_area_delta FROM variant_comparison")
    assert [r[0] for r in table] == ["Existing city (bestand)", "Turm X"] or table[1][0] == "Turm X"
    base, variant = table[0], table[1]
    assert base[1] == 0 and variant[1] == 1
    assert base[2] == variant[2] > 0
    assert base[3] == pytest.approx(0.0) and variant[3] > 0.5
    layer = str(scene["folder"] / "layers" / "Turm_X_fassaden_besonnung.gpkg")
    points = _rows(layer, "SELECT hours_base_0321, hours_0321, newly_below_0321 FROM facade_sun")
    newly = sum(1 for b, h, _n, _g in points if h < 1.5 and b >= 1.5)
    assert variant[4] == newly == sum(n for _b, _h, n, _g in points)
    assert variant[5] == sum(1 for _b, h, _n, _g in points if h < 1.5)
    assert variant[6] == pytest.approx(20.0 * 10.0 * 10)  # 10 storeys × footprint
    assert variant[7] == pytest.approx(variant[6] - base[6])
    assert np.isfinite(variant[3])


def test_council_sheets_one_page_per_variant_plus_comparison(scene, run_alg):
    import shutil
    import subprocess

    pdf = str(scene["folder"] / "variantenvergleich.pdf")
    result = run_alg("urbantwin:variantsheets", {"COMPARISON": scene["comparison"], "TITLE": "Turmstudie", "OUTPUT": pdf})
    assert result["PAGES"] == 2  # one variant + the comparison page
    if shutil.which("pdfinfo") is None:
        pytest.skip("poppler-utils (pdfinfo) not installed")
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, timeout=60).stdout
    assert "Pages:           2" in info and "A3" in info
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, timeout=60).stdout
    assert "Turmstudie – Turm X" in text
    assert text.count("Turm X") >= 2 and "Turmstudie – all variants" in text  # variant page and comparison page
    import re

    assert re.search(r"New gross \S*oor area \(m²\)\s+2\W000\s+\+2\W000", text)  # value and difference from the base
