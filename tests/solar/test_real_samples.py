"""The algorithms on real LoD2 data: the NRW sample tile and the generated Musterquartier, imported with
urbantwin's city model importer; expectations from independent sources (the importer's own tilt and
azimuth, OGR counts, the unobstructed-plane integral, the footprints' areas)."""

import math
import os

import numpy as np
import pytest
from osgeo import ogr
from qgis.core import QgsVectorLayer

from urban_twin.core.analysis.solar import climate
from urban_twin.core.provenance import read_from_metadata


def _import(source, folder):
    from urban_twin.core.citymodel.importer import import_citymodel

    target = os.path.join(str(folder), "city.gpkg")
    import_citymodel([source], target)
    return target


@pytest.fixture(scope="module")
def nrw_gpkg(citymodel_dir, tmp_path_factory):
    return _import(os.path.join(citymodel_dir, "de_nrw_LoD2_32_280_5657_1_NW.gml"), tmp_path_factory.mktemp("nrw"))


def _rows(path, layer_name):
    layer = QgsVectorLayer("{}|layername={}".format(path, layer_name), layer_name, "ogr")
    assert layer.isValid()
    return layer, list(layer.getFeatures())


def test_solar_potential_of_the_nrw_tile(run_alg, nrw_gpkg, tmp_path):
    out = str(tmp_path / "solar.gpkg")
    result = run_alg(
        "urbantwin:solarpotential",
        {"SURFACES": nrw_gpkg + "|layername=building_surfaces", "BUILDINGS": nrw_gpkg + "|layername=buildings", "OUTPUT": out,
         "OUTPUT_BUILDINGS": str(tmp_path / "per_building.gpkg")},
    )
    dataset = ogr.Open(nrw_gpkg)
    sql = dataset.ExecuteSQL("SELECT surface_id, tilt, azimuth, area FROM building_surfaces WHERE surface_type = 'RoofSurface'")
    importer = {f.GetField(0): (f.GetField(1), f.GetField(2), f.GetField(3)) for f in sql}
    dataset.ReleaseResultSet(sql)
    layer, rows = _rows(out, "solar_potential")
    assert len(rows) == result["SURFACE_COUNT"] > 100
    assert {r["surface_id"] for r in rows} <= set(importer) and len(rows) >= 0.98 * len(importer)
    lat, lon = read_from_metadata(layer.metadata())["site"]
    # the site is the centre of the layer's extent; pyproj (not QGIS) for the reference
    import pyproj

    dataset = ogr.Open(nrw_gpkg)  # keep the dataset alive while its layer is used
    xmin, xmax, ymin, ymax = dataset.GetLayerByName("building_surfaces").GetExtent()
    ref_lon, ref_lat = pyproj.Transformer.from_crs(25832, 4326, always_xy=True).transform((xmin + xmax) / 2, (ymin + ymax) / 2)
    assert abs(lat - ref_lat) < 1e-4 and abs(lon - ref_lon) < 1e-4
    year = climate.synthetic_year(lat, lon, 2026, 60)
    tilts = np.array([r["tilt"] for r in rows])
    azimuths = np.array([r["azimuth"] for r in rows])
    free = climate.unobstructed_plane_irradiation(year, tilts, azimuths)
    unshaded = np.array([r["irradiation_unshaded"] for r in rows])
    shaded = np.array([r["irradiation"] for r in rows])
    # the importer's independent tilt/azimuth (its own Newell normal) agree with ours
    agree_tilt = [abs(r["tilt"] - importer[r["surface_id"]][0]) < 1.0 for r in rows if importer[r["surface_id"]][0] is not None]
    assert np.mean(agree_tilt) > 0.95
    # our unshaded value equals the plane integral of its tilt/azimuth (multi-plane roofs: area-weighted, so ±2 %)
    assert np.mean(np.abs(unshaded / free - 1.0) < 0.02) > 0.95
    assert np.all(shaded <= unshaded + 0.1) and np.all(np.isfinite(shaded))
    assert np.mean(shaded < 0.97 * unshaded) > 0.05  # some roofs in the dense tile are shaded
    assert abs(sum(r["kwp"] for r in rows) - 0.2 * sum(r["usable_area"] for r in rows)) < 0.01 * max(1.0, sum(r["kwp"] for r in rows))
    _, buildings = _rows(str(tmp_path / "per_building.gpkg"), "solar_buildings")
    assert abs(sum(b["kwh_per_year"] for b in buildings) - sum(r["kwh_per_year"] for r in rows)) < 1.0 + 0.001 * sum(r["kwh_per_year"] for r in rows)
    assert len(buildings) == len({r["building_id"] for r in rows})


def test_musterquartier_shadows_and_solar(run_alg, musterquartier, tmp_path):
    gpkg = _import(musterquartier["citygml"], tmp_path)
    out = str(tmp_path / "shadows.gpkg")
    result = run_alg("urbantwin:shadow", {"BUILDINGS": gpkg + "|layername=buildings", "DATE": "2026-03-21", "TIMES": "10:00", "OUTPUT": out})
    _, shadows = _rows(out, "shadows")
    footprints = {f["building_id"]: f.geometry().area() for f in QgsVectorLayer(gpkg + "|layername=footprints", "f", "ogr").getFeatures()}
    assert result["SHADOW_COUNT"] == len(shadows) == len(footprints)
    elevation = shadows[0]["sun_elevation"]
    assert 25.0 < elevation < 35.0  # 21 March 10:00 CET in Germany
    for shadow in shadows:
        # a shadow covers at least the building's footprint and reaches beyond it
        assert shadow["area"] >= footprints[shadow["building_id"]] - 0.5
        assert shadow["shadow_length"] > 0
    solar = str(tmp_path / "solar.gpkg")
    run_alg("urbantwin:solarpotential", {"SURFACES": gpkg + "|layername=building_surfaces", "OUTPUT": solar})
    _, rows = _rows(solar, "solar_potential")
    assert all(math.isfinite(r["irradiation"]) for r in rows)
    codes = {r["suitability"] for r in rows}
    assert "very_good" in codes and codes <= {"very_good", "good", "limited", "check_on_site", "not_suitable"}
