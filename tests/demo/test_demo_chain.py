"""The demo chain on the Musterquartier: import city model + plan, check compliance — the plugin's own
analyses must find exactly the exceedances the generator documents (and nothing else)."""

import os

from qgis.core import QgsApplication, QgsVectorLayer

CHAIN = ("urbantwin:importcitymodel", "urbantwin:importxplan", "urbantwin:plancompliance")


def test_compliance_check_finds_exactly_the_documented_exceedances(musterquartier, run_alg, tmp_path):
    registry = QgsApplication.processingRegistry()
    assert all(registry.algorithmById(a) is not None for a in CHAIN)
    city = run_alg("urbantwin:importcitymodel", {"INPUT": [musterquartier["citygml"]], "OUTPUT": str(tmp_path / "city.gpkg")})
    assert city["BUILDINGS"] == musterquartier["buildings"] and city["PARTS"] == musterquartier["parts"]
    plan = run_alg("urbantwin:importxplan", {"INPUT": musterquartier["xplan"], "OUTPUT": str(tmp_path / "plan.gpkg")})
    result = run_alg("urbantwin:plancompliance", {
        "BUILDINGS": "{}|layername=buildings".format(city["OUTPUT"]),
        "PLAN": "{}|layername=bp_baugebietsteilflaeche".format(plan["OUTPUT"]),
        "PLAN_ID_FIELD": "gml_id", "GRZ_FIELD": "GRZ", "GFZ_FIELD": "GFZ", "Z_FIELD": "Z",
        "ZONE_TYPE_FIELD": "baugebiet_token",
        "OUTPUT": str(tmp_path / "areas.gpkg"), "OUTPUT_BUILDINGS": str(tmp_path / "buildings.gpkg"),
    })
    exceeding = musterquartier["exceeding"]
    zones = {e["zone"] for e in exceeding}
    assert result["N_EXCEEDS"] == len(zones) == 3
    assert result["N_COMPLIES"] == len(musterquartier["zones"]) - len(zones)
    assert result["N_NOT_DETERMINABLE"] == 0
    expected = {e["building"] for e in exceeding if e["building"]}
    expected |= {b for e in exceeding if e["rule"] == "GRZ" for b in e["buildings"]}
    layer = QgsVectorLayer(result["OUTPUT_BUILDINGS"], "buildings", "ogr")
    assert layer.isValid(), result["OUTPUT_BUILDINGS"]
    flagged = {f["building_id"] for f in layer.getFeatures() if f["status"] == "exceeds"}
    assert flagged == expected
    assert os.path.exists(result["OUTPUT"])
