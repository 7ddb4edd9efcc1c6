"""urbantwin:heatscreening on the Musterquartier with its trees and districts."""

import numpy as np
import pytest
from osgeo import gdal

ALG = "urbantwin:heatscreening"


@pytest.fixture(scope="module")
def heat_run(mq_city, tmp_path_factory, urbantwin_provider):
    import processing

    generated, city = mq_city
    out = tmp_path_factory.mktemp("heat")
    params = {"BUILDINGS": city + "|layername=footprints", "TREES": generated["trees"], "CROWN_DIAMETER_FIELD": "kronendurchmesser",
              "TREE_HEIGHT_FIELD": "baumhoehe", "DEM": generated["dem"], "DISTRICTS": generated["districts"], "CELL_SIZE": 10.0,
              "SVF_RESOLUTION": 2.0, "DATE": "2026-07-01",
              "OUTPUT_CELLS": str(out / "cells.gpkg"), "OUTPUT_SVF": str(out / "svf.tif"),
              "OUTPUT_DISTRICTS": str(out / "districts.gpkg"), "OUTPUT_HOTSPOTS": str(out / "hotspots.gpkg")}
    return generated, city, params, processing.run(ALG, params)


def test_cells_carry_the_documented_index(heat_run, features):
    _, _, _, result = heat_run
    cells = [c for c in features(result["OUTPUT_CELLS"]) if c["heat_index"] is not None]
    assert len(cells) > 1000
    for c in cells[::50]:
        expected = 100 * (0.30 * c["sealed_share"] + 0.20 * (1 - c["green_share"]) + 0.20 * (1 - c["shade_share"])
                          + 0.15 * min(1.0, c["volume_density"] / 10.0) + 0.15 * (1 - c["svf"]))
        assert c["heat_index"] == pytest.approx(expected, abs=0.05)
        assert c["heat_class"] == 1 + sum(c["heat_index"] >= limit for limit in (20, 40, 60, 80))
        assert 0.0 <= c["svf"] <= 1.0 and 0.0 <= c["shade_share"] <= 1.0
    assert len({c["heat_class"] for c in cells}) >= 3
    quarters = features(heat_run[0]["districts"])
    for c in cells[::97]:
        centre = c["_geometry"].centroid()
        inside = [q["name"] for q in quarters if q["_geometry"].contains(centre)]
        assert c["district"] == (inside[0] if inside else None)


def test_svf_raster_is_lower_between_buildings_and_trees(heat_run):
    _, _, _, result = heat_run
    svf = gdal.Open(result["OUTPUT_SVF"]).ReadAsArray()
    valid = svf[svf > -9999]
    assert valid.min() < 0.5 and valid.max() > 0.95
    assert 0.5 < float(np.median(valid)) < 0.99


def test_districts_and_hotspots(heat_run, features):
    generated, _, _, result = heat_run
    districts = features(result["OUTPUT_DISTRICTS"])
    assert {d["district"] for d in districts} == {q["name"] for q in generated["quartiere"]}
    cells = features(result["OUTPUT_CELLS"])
    for d in districts:
        assert sum(d["class{}_ha".format(k)] for k in range(1, 6)) == pytest.approx(d["area_ha"], abs=0.02)
        mine = [c for c in cells if c["district"] == d["district"] and c["heat_index"] is not None]
        assert d["volume_density"] == pytest.approx(sum(c["volume_density"] for c in mine) / len(mine), abs=0.01)
        assert 3.0 < d["height_mean"] < 20.0
    hotspots = features(result["OUTPUT_HOTSPOTS"])
    hot_cells_ha = sum(1 for c in cells if (c["heat_class"] or 0) >= 4) * 100 / 10000.0
    assert sum(h["area_ha"] for h in hotspots) == pytest.approx(hot_cells_ha, abs=1e-6)
    assert result["HOTSPOT_AREA_HA"] == pytest.approx(hot_cells_ha, abs=1e-3)
