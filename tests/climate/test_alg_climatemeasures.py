"""urbantwin:climatemeasures: unsealing + retention + trees + green roofs on the Musterquartier, before and after."""

import pytest

ALG = "urbantwin:climatemeasures"


def _memory_to_gpkg(layer, path):
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsCoordinateTransformContext(), options)
    return path


@pytest.fixture(scope="module")
def measures_run(mq_city, tmp_path_factory, urbantwin_provider):
    import processing
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer

    from urban_twin.core.fieldtypes import FieldType

    generated, city = mq_city
    out = tmp_path_factory.mktemp("measures")
    base = {"DEM": generated["dem"], "BUILDINGS": city + "|layername=footprints", "DISTRICTS": generated["districts"]}
    before = processing.run("urbantwin:heavyrain", dict(base, OUTPUT_SINKS=str(out / "s0.gpkg"), OUTPUT_FLOWPATHS=str(out / "p0.gpkg")))
    sinks = QgsVectorLayer(before["OUTPUT_SINKS"], "s", "ogr")
    biggest = max(sinks.getFeatures(), key=lambda f: f["max_depth"])  # the generated depression
    # unsealing of the whole quarter (runoff coefficient 0.2): the depression then holds the design rain
    unsealing = QgsVectorLayer("Polygon?crs=EPSG:25832", "u", "memory")
    unsealing.dataProvider().addAttributes([QgsField("runoff_coefficient", FieldType.DOUBLE)])
    unsealing.updateFields()
    feature = QgsFeature(unsealing.fields())
    feature.setGeometry(biggest.geometry().buffer(1000, 4))  # covers its whole catchment
    feature.setAttributes([0.2])
    unsealing.dataProvider().addFeatures([feature])
    unsealing_path = _memory_to_gpkg(unsealing, str(out / "unsealing.gpkg"))
    # 30 new trees in a row over the hottest cells' area: along the south edge of the first district
    districts = QgsVectorLayer(generated["districts"], "d", "ogr")
    first = next(districts.getFeatures()).geometry()
    box = first.boundingBox()
    trees = QgsVectorLayer("Point?crs=EPSG:25832", "t", "memory")
    trees.dataProvider().addAttributes([QgsField("krone", FieldType.DOUBLE), QgsField("hoehe", FieldType.DOUBLE)])
    trees.updateFields()
    new = []
    for i in range(30):
        point = QgsPointXY(box.xMinimum() + (i + 0.5) * box.width() / 30, box.yMinimum() + box.height() * 0.5)
        tree = QgsFeature(trees.fields())
        tree.setGeometry(QgsGeometry.fromPointXY(point))
        tree.setAttributes([10.0, 14.0])
        new.append(tree)
    trees.dataProvider().addFeatures(new)
    trees_path = _memory_to_gpkg(trees, str(out / "trees.gpkg"))
    footprints = QgsVectorLayer(city + "|layername=footprints", "f", "ogr")
    green = [str(f["building_id"]) for f in list(footprints.getFeatures())[:3]]
    params = dict(base, UNSEALING=unsealing_path, NEW_TREES=trees_path, NEW_CROWN_DIAMETER_FIELD="krone",
                  NEW_TREE_HEIGHT_FIELD="hoehe", GREEN_ROOFS=", ".join(green), CELL_SIZE=10.0, SVF_RESOLUTION=2.0,
                  OUTPUT_DISTRICTS=str(out / "summary.gpkg"), OUTPUT_SINKS=str(out / "sinks.gpkg"),
                  OUTPUT_HEAT_CELLS=str(out / "cells.gpkg"))
    result = processing.run(ALG, params)
    # the same unsealing through urbantwin:heavyrain's MEASURES parameter: an independent run of the "after" state
    # (without the green roofs, which only touch three roofs elsewhere)
    check = processing.run("urbantwin:heavyrain", dict(base, MEASURES=unsealing_path, OUTPUT_SINKS=str(out / "s1.gpkg"),
                                                        OUTPUT_FLOWPATHS=str(out / "p1.gpkg")))
    return generated, params, result, biggest, check


def test_unsealing_lowers_the_fill_ratio_of_the_sink(measures_run, features):
    _, _, result, biggest, check = measures_run
    rows = {r["sink_id"]: r for r in features(result["OUTPUT_SINKS"])}
    row = rows[biggest["sink_id"]]
    assert row["fill_ratio_before"] == pytest.approx(biggest["fill_ratio"], abs=1e-3)
    assert row["fill_ratio_after"] < row["fill_ratio_before"]
    assert row["fill_ratio_delta"] == pytest.approx(row["fill_ratio_after"] - row["fill_ratio_before"], abs=2e-3)
    centre = biggest.geometry().pointOnSurface()
    direct = [s for s in features(check["OUTPUT_SINKS"]) if s["_geometry"].contains(centre)][0]
    assert row["fill_ratio_after"] == pytest.approx(direct["fill_ratio"], abs=0.02)


def test_trees_lower_the_heat_index_and_move_area_down(measures_run, features):
    generated, _, result, _, _ = measures_run
    summary = {r["district"]: r for r in features(result["OUTPUT_DISTRICTS"])}
    assert set(summary) == {q["name"] for q in generated["quartiere"]}
    first = generated["quartiere"][0]["name"]
    assert summary[first]["heat_index_after"] < summary[first]["heat_index_before"]
    assert summary[first]["class_changes"]
    cells = [c for c in features(result["OUTPUT_HEAT_CELLS"]) if c["heat_index_delta"] is not None]
    mean_delta = sum(c["heat_index_delta"] for c in cells) / len(cells)
    assert mean_delta < 0
    assert result["HOTSPOT_HA_AFTER"] <= result["HOTSPOT_HA_BEFORE"]
    downs = sum(1 for c in cells if c["heat_class"] < c["heat_class_before"])
    ups = sum(1 for c in cells if c["heat_class"] > c["heat_class_before"])
    assert downs > 10 * max(ups, 1)


def test_no_measure_is_refused(mq_city, run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    generated, city = mq_city
    with pytest.raises(QgsProcessingException, match="at least one measure"):
        run_alg(ALG, {"BUILDINGS": city + "|layername=footprints", "DEM": generated["dem"], "OUTPUT_DISTRICTS": str(tmp_path / "x.gpkg")})
    assert not (tmp_path / "x.gpkg").exists()


def test_variant_buildings_replace_the_buildings(mq_city, run_alg, tmp_path, features):
    """A variant without the ten buildings with the highest hazard: 'after' equals a plain heavyrain run on the variant."""
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    generated, city = mq_city
    base = {"DEM": generated["dem"], "DISTRICTS": generated["districts"]}
    before = run_alg("urbantwin:heavyrain", dict(base, BUILDINGS=city + "|layername=footprints", OUTPUT_SINKS=str(tmp_path / "s.gpkg"),
                                                  OUTPUT_FLOWPATHS=str(tmp_path / "p.gpkg"), OUTPUT_BUILDINGS=str(tmp_path / "b.gpkg")))
    worst = sorted(features(before["OUTPUT_BUILDINGS"]), key=lambda b: (-b["hazard_class"], -b["max_depth"]))[:10]
    removed = {b["building_id"] for b in worst}
    footprints = QgsVectorLayer(city + "|layername=footprints", "f", "ogr")
    variant = footprints.materialize(QgsFeatureRequest())
    variant.dataProvider().deleteFeatures([f.id() for f in variant.getFeatures() if f["building_id"] in removed])
    path = _memory_to_gpkg(variant, str(tmp_path / "variant.gpkg"))
    direct = run_alg("urbantwin:heavyrain", dict(base, BUILDINGS=path, OUTPUT_SINKS=str(tmp_path / "s2.gpkg"),
                                                  OUTPUT_FLOWPATHS=str(tmp_path / "p2.gpkg"), OUTPUT_BUILDINGS=str(tmp_path / "b2.gpkg")))
    result = run_alg(ALG, dict(base, ANALYSIS=1, BUILDINGS=city + "|layername=footprints", VARIANT_BUILDINGS=path,
                               OUTPUT_DISTRICTS=str(tmp_path / "summary.gpkg")))
    assert result["AFFECTED_BEFORE"] == before["AFFECTED_BUILDINGS"]
    assert result["AFFECTED_AFTER"] == direct["AFFECTED_BUILDINGS"]
    direct_buildings = features(direct["OUTPUT_BUILDINGS"])
    assert not removed & {b["building_id"] for b in direct_buildings}
    summary = {r["district"]: r for r in features(result["OUTPUT_DISTRICTS"])}
    for name, row in summary.items():
        assert row["affected_after"] == sum(1 for b in direct_buildings if b["district"] == name)
