"""Every existing analysis runs on a variant GeoPackage unchanged (plan check, district figures, solar potential,
shadows, sun hours), with numbers checked against closed formulas; a generated roof's unshaded irradiation equals
the solar model's value for an unobstructed plane of its tilt and azimuth."""

import math
import os

import pytest
from osgeo import ogr

X0, Y0 = 403700.0, 5756800.0
W, L, PITCH, STOREYS = 12.0, 20.0, 35.0, 3  # gable house: ridge along L (east–west), roofs face south and north


def _wkt(x0, y0, x1, y1):
    return "Polygon(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


def _rows(path, sql):
    dataset = ogr.Open(path)
    result = dataset.ExecuteSQL(sql)
    rows = [[f.GetField(i) for i in range(f.GetFieldCount())] for f in result]
    dataset.ReleaseResultSet(result)
    return rows


def _first_layer(path):
    dataset = ogr.Open(path)  # keep the datasource alive while its layer is used (OGR crashes otherwise)
    name = dataset.GetLayer(0).GetName()
    dataset = None
    return name


@pytest.fixture(scope="module")
def variant(tmp_path_factory, urbantwin_provider):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    from .conftest import footprint_layer

    def run(algorithm, parameters):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(algorithm, parameters, feedback=QgsProcessingFeedback(), context=context)

    folder = tmp_path_factory.mktemp("variant_analyses")
    existing = footprint_layer([(_wkt(200, 200, 210, 210), dict(storeys=2, roof_type="1000", name="Bestand"))])
    city = str(folder / "city.gpkg")
    run("urbantwin:massing", {"INPUT": existing, "TERRAIN_HEIGHT": 50.0, "OUTPUT": city})
    planned_layer = footprint_layer([(_wkt(0, 0, L, W), dict(storeys=STOREYS, roof_type="3100", roof_pitch=PITCH, name="Neubau"))])
    planned = str(folder / "neubau.gpkg")
    run("urbantwin:massing", {"INPUT": planned_layer, "TERRAIN_HEIGHT": 50.0, "OUTPUT": planned})
    path = str(folder / "variante.gpkg")
    run("urbantwin:composevariant", {"CITY": city, "PLANNED": [planned], "NAME": "Neubau", "OUTPUT": path})
    return dict(path=path, folder=folder, run=run)


def test_solar_potential_of_generated_roofs_equals_unobstructed_planes(variant):
    from qgis.core import QgsVectorLayer

    from urban_twin.core.analysis.solar import climate
    from urban_twin.core.analysis.solar.layers import site_of

    output = str(variant["folder"] / "solar.gpkg")
    surfaces = variant["path"] + "|layername=building_surfaces"
    variant["run"]("urbantwin:solarpotential", {"SURFACES": surfaces, "OUTPUT": output})
    rows = _rows(output, "SELECT s.tilt, s.azimuth, s.area, s.irradiation_unshaded, s.irradiation FROM " + _first_layer(output) + " s")
    roofs = sorted(rows, key=lambda r: r[1])
    assert len(roofs) == 3  # the flat existing roof and the two gable planes
    layer = QgsVectorLayer(surfaces, "s", "ogr")
    latitude, longitude = site_of(layer, layer.crs())
    year = climate.synthetic_year(latitude, longitude, 2026, 60)
    planes = [r for r in roofs if r[0] > 10]
    expected = climate.unobstructed_plane_irradiation(year, [PITCH, PITCH], [0.0, 180.0])
    for (tilt, azimuth, area, unshaded, _shaded), want_azimuth, want in zip(sorted(planes, key=lambda r: r[1]), (0.0, 180.0), expected):
        assert tilt == pytest.approx(PITCH, abs=1e-3)
        assert azimuth == pytest.approx(want_azimuth, abs=1e-3) or azimuth == pytest.approx(360.0, abs=1e-3)
        assert area == pytest.approx(L * (W / 2) / math.cos(math.radians(PITCH)), abs=0.01)  # output rounded to cm²
        assert unshaded == pytest.approx(want, rel=0.01)


def test_plan_check_and_district_figures_on_a_variant(variant):
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer

    from urban_twin.core.fieldtypes import FieldType

    zone = QgsVectorLayer("Polygon?crs=EPSG:25832", "plan", "memory")
    zone.dataProvider().addAttributes([QgsField(n, t) for n, t in (("gml_id", FieldType.STRING), ("GRZ", FieldType.DOUBLE),
                                                                   ("GFZ", FieldType.DOUBLE), ("Z", FieldType.INT), ("name", FieldType.STRING))])
    zone.updateFields()
    feature = QgsFeature(zone.fields())
    feature.setGeometry(QgsGeometry.fromWkt(_wkt(-10, -10, 30, 30)))  # 40 m × 40 m = 1600 m²
    feature.setAttributes(["wa1", 0.1, 0.5, 2, "WA 1"])
    zone.dataProvider().addFeatures([feature])
    buildings = variant["path"] + "|layername=buildings"
    check = str(variant["folder"] / "check.gpkg")
    result = variant["run"]("urbantwin:plancompliance", {"BUILDINGS": buildings, "PLAN": zone, "OUTPUT": check})
    assert result["N_EXCEEDS"] == 1
    grz, gfz, status = _rows(check, "SELECT grz_actual, gfz_actual, status FROM " + _first_layer(check))[0]
    assert grz == pytest.approx(W * L / 1600.0, rel=1e-6) and status == "exceeds"
    assert gfz == pytest.approx(W * L * STOREYS / 1600.0, rel=1e-6)
    figures = str(variant["folder"] / "figures.gpkg")
    variant["run"]("urbantwin:districtfigures", {"DISTRICTS": zone, "NAME_FIELD": "name", "BUILDINGS": buildings, "OUTPUT": figures})
    n, built, gf = _rows(figures, "SELECT n_buildings, built_area, gf_estimate FROM " + _first_layer(figures))[0]
    assert (n, built, gf) == (1, pytest.approx(W * L, rel=1e-6), pytest.approx(W * L * STOREYS, rel=1e-6))


def test_shadow_and_sun_hours_on_a_variant(variant):
    buildings = variant["path"] + "|layername=buildings"
    shadows = str(variant["folder"] / "shadows.gpkg")
    variant["run"]("urbantwin:shadow", {"BUILDINGS": buildings, "DATE": "2026-03-21", "TIMES": "12:00", "OUTPUT": shadows})
    rows = _rows(shadows, "SELECT building_id, sun_elevation, shadow_length FROM " + _first_layer(shadows))
    ridge = W / 2 * math.tan(math.radians(PITCH)) + 3 * STOREYS
    tall = [r for r in rows if r[2] > 10]
    assert len(rows) == 2 and len(tall) == 1
    assert tall[0][2] == pytest.approx(ridge / math.tan(math.radians(tall[0][1])), rel=1e-3)
    points = str(variant["folder"] / "sun_points.gpkg")
    variant["run"]("urbantwin:sunhours", {"BUILDINGS": variant["path"] + "|layername=building_surfaces", "DATE": "2026-03-21",
                                          "OUTPUT_POINTS": points})
    hours = _rows(points, "SELECT wall_azimuth, sun_hours FROM " + _first_layer(points))
    south = [h for azimuth, h in hours if abs(azimuth - 180.0) < 1]
    north = [h for azimuth, h in hours if abs(azimuth % 360.0) < 1 or abs(azimuth - 360.0) < 1]
    assert south and north
    assert min(south) > 10.0  # a free south façade sees the sun all equinox day (≈ 12 h)
    assert max(north) < 0.5  # 21 March: declination +0.4°, the sun is north of east/west only minutes after sunrise and before sunset
    assert os.path.exists(points)
