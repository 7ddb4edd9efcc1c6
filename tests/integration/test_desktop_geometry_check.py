"""Every analysis runs on imported 3D city models under "stop when a geometry is invalid", the Processing
setting many desktop installations use. Vertical walls of valid 3D shells are degenerate in 2D; an
algorithm that let QGIS' generic 2D check filter its input would abort here."""

import os

import pytest
from osgeo import ogr
from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProject


@pytest.fixture(scope="module")
def imported(musterquartier, tmp_path_factory, urbantwin_provider):
    import processing

    folder = tmp_path_factory.mktemp("desktop_check")
    city = str(folder / "city.gpkg")
    plan = str(folder / "plan.gpkg")
    processing.run("urbantwin:importcitymodel", {"INPUT": [musterquartier["citygml"]], "OUTPUT": city})
    processing.run("urbantwin:importxplan", {"INPUT": musterquartier["xplan"], "OUTPUT": plan})
    return folder, city, plan


def feature_count(path, sql=None):
    """Count with OGR, keeping the datasource alive while its layer is used (OGR segfaults otherwise)."""
    source = ogr.Open(path)
    if sql is None:
        return source.GetLayer(0).GetFeatureCount()
    result = source.ExecuteSQL(sql)
    value = result.GetNextFeature().GetField(0)
    source.ReleaseResultSet(result)
    return value


def strict_context():
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid)
    return context


def test_building_surfaces_really_contain_2d_invalid_walls(imported):
    """Premise of this test: without skipping the check, QGIS would reject these layers."""
    _folder, city, _plan = imported
    source = ogr.Open(city)
    layer = source.GetLayerByName("building_surfaces")
    invalid = sum(1 for f in layer if not f.GetGeometryRef().IsValid())
    assert invalid > 100


@pytest.mark.parametrize("algorithm,params,count_key", [
    ("urbantwin:solarpotential", {"SURFACES": "{city}|layername=building_surfaces", "BUILDINGS": "{city}|layername=buildings",
                                  "OUTPUT": "{out}"}, "SURFACE_COUNT"),
    ("urbantwin:shadow", {"BUILDINGS": "{city}|layername=buildings", "DATE": "2026-03-21", "TIMES": "10:00", "OUTPUT": "{out}"},
     "SHADOW_COUNT"),
    ("urbantwin:plancompliance", {"BUILDINGS": "{city}|layername=buildings", "PLAN": "{plan}|layername=bp_baugebietsteilflaeche",
                                  "OUTPUT": "{out}"}, "N_COMPLIES"),
    ("urbantwin:districtfigures", {"DISTRICTS": "{plan}|layername=bp_baugebietsteilflaeche", "NAME_FIELD": "gml_id",
                                   "BUILDINGS": "{city}|layername=buildings", "OUTPUT": "{out}"}, None),
])
def test_analysis_runs_with_abort_on_invalid(imported, run_alg, algorithm, params, count_key):
    folder, city, plan = imported
    out = str(folder / (algorithm.split(":")[1] + ".gpkg"))
    filled = {k: v.format(city=city, plan=plan, out=out) if isinstance(v, str) else v for k, v in params.items()}
    result = run_alg(algorithm, filled, context=strict_context())
    assert os.path.exists(out)
    written = feature_count(out)
    assert written > 0
    if algorithm == "urbantwin:solarpotential":
        roofs = feature_count(city, "SELECT COUNT(*) FROM building_surfaces WHERE surface_type = 'RoofSurface'")
        assert result[count_key] == roofs == written
    elif algorithm == "urbantwin:shadow":
        assert result[count_key] == 200  # one shadow per building of the sample district
    elif count_key:
        assert result[count_key] > 0


def test_sunhours_facade_points_with_abort_on_invalid(imported, run_alg):
    folder, city, _plan = imported
    points = str(folder / "sun_points.gpkg")
    run_alg("urbantwin:sunhours", {"BUILDINGS": city + "|layername=building_surfaces", "DATE": "2026-03-21", "OUTPUT_POINTS": points},
            context=strict_context())
    assert feature_count(points) > 1000
