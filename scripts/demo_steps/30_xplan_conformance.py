"""Demo step: an XPlanGML 4.1 plan with classes 6.0 no longer has → import → valid 6.0 export (checked against the
shipped schema), and the Bebauungsplan check with the buildings in lat/lon giving the same findings (issue #11)."""

import os

import demo

LEGACY_41 = os.path.join(demo.ROOT, "tests", "xplan", "data", "bplan_v4-1_legacy_classes.gml")


def run_step(context, number):
    demo.heading("{}. XPlanGML 4.1 → 6.0: removed classes mapped, missing values filled, export checked".format(number))
    gpkg = os.path.join(demo.OUT, "bplan_v4-1.gpkg")
    exported = os.path.join(demo.OUT, "bplan_v4-1_as_6_0.gml")
    res = demo.run("urbantwin:importxplan", INPUT=LEGACY_41, OUTPUT=gpkg)
    print("  {} objects imported from the 4.1 plan".format(int(res["FEATURES"])))
    res = demo.run("urbantwin:exportxplan", INPUT=gpkg, OUTPUT=exported)
    print("  {} objects written as XPlanGML 6.0, {} schema errors ({})".format(
        int(res["FEATURES"]), int(res["SCHEMA_ERRORS"]), res["SCHEMA"]))
    report = os.path.join(demo.OUT, "bplan_v4-1_as_6_0_report.json")
    res = demo.run("urbantwin:validatexplan", INPUT=exported, OUTPUT_REPORT=report)
    print("  validatexplan on the export: {} errors (schema and rules; the shipped XSDs, no SCHEMA_DIR)".format(int(res["ERRORS"])))

    demo.heading("{}b. Bebauungsplan check with the buildings in EPSG:4326".format(number))
    from osgeo import gdal

    buildings_4326 = os.path.join(demo.OUT, "buildings_4326.gpkg")
    gdal.VectorTranslate(buildings_4326, context.city, options=gdal.VectorTranslateOptions(
        format="GPKG", dstSRS="EPSG:4326", layers=["buildings"]))
    plan_layer = context.plan + "|layername=bp_baugebietsteilflaeche"
    projected = demo.run("urbantwin:plancompliance", BUILDINGS=context.city + "|layername=buildings", PLAN=plan_layer,
                         OUTPUT=os.path.join(demo.OUT, "compliance_25832.gpkg"))
    geographic = demo.run("urbantwin:plancompliance", BUILDINGS=buildings_4326, PLAN=plan_layer,
                          OUTPUT=os.path.join(demo.OUT, "compliance_4326.gpkg"))
    for label, res in (("EPSG:25832", projected), ("EPSG:4326 ", geographic)):
        print("  buildings in {}: {} comply, {} exceed, {} not determinable".format(
            label, int(res["N_COMPLIES"]), int(res["N_EXCEEDS"]), int(res["N_NOT_DETERMINABLE"])))
