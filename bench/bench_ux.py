#!/usr/bin/env python3
"""A planner's first day, measured: how long the things take that the planner waits for, beside QGIS' own
equivalent where there is one.

Figures: opening the Bebauungsplan-Check dialog with inputs pre-filled by layer kind (ours) vs QGIS' plain
AlgorithmDialog (selected layer everywhere), with 3 tiles + plan + Flurstücke in the project; the council sheet
of the Musterquartier check (200 parcel rows: sheet + annex pages) vs the same layout without annex (QGIS'
single frame, rows cut); German titles for all XPlanung classes (lookups/s). Caveat: 2-core VM shared with
other jobs; compare within one run.
"""

import os
import shutil
import sys
import tempfile
import time

from qgis_env import finish, start_qgis  # noqa: E402 - puts the plugin on sys.path

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def timed(function, repeat=5):
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        value = function()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, value


def main():
    start_qgis(processing=True)
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

    from urban_twin.core.citymodel.importer import import_citymodel
    from urban_twin.core.citymodel.project import add_citymodel_to_project
    from urban_twin.core.demo.musterquartier import generate_musterquartier
    from urban_twin.core.xplan.gpkg import import_xplan
    from urban_twin.core.xplan.project import add_xplan_to_project
    from urban_twin.core.xplan.titles import feature_classes, german_title

    work = tempfile.mkdtemp(prefix="urbantwin_bench_ux_")
    try:
        mq = generate_musterquartier(work)
        tile = os.path.join(work, "tile1.urbantwin.gpkg")
        import_citymodel([mq["citygml"]], tile)
        project = QgsProject.instance()
        for number in (1, 2, 3):
            path = os.path.join(work, "tile{}.urbantwin.gpkg".format(number))
            if number > 1:
                shutil.copyfile(tile, path)
            add_citymodel_to_project(path, project)
        plan = os.path.join(work, "plan.urbantwin.gpkg")
        import_xplan(mq["xplan"], plan)
        add_xplan_to_project(plan, project)
        parcels = QgsVectorLayer(mq["parcels"] + "|layername=flurstuecke", "Flurstücke", "ogr")
        project.addMapLayer(parcels)

        from processing.gui.AlgorithmDialog import AlgorithmDialog

        from urban_twin.ui.dialog_defaults import create_parameters_dialog

        algorithm = QgsApplication.processingRegistry().createAlgorithmById("urbantwin:plancompliance")
        ours, _ = timed(lambda: create_parameters_dialog(algorithm, None, active_layer=parcels).deleteLater())
        plain, _ = timed(lambda: AlgorithmDialog(algorithm.create()).deleteLater())
        print("Plan-check dialog open (3 tiles, plan, Flurstücke): by layer kind {:.0f} ms | QGIS AlgorithmDialog {:.0f} ms".format(
            ours * 1000, plain * 1000))

        import processing

        check = os.path.join(work, "check.gpkg")
        processing.run("urbantwin:plancompliance", {"BUILDINGS": tile + "|layername=buildings",
                                                    "PLAN": plan + "|layername=bp_baugebietsteilflaeche",
                                                    "PARCELS": parcels.source(), "OUTPUT": check})
        result = QgsVectorLayer(check + "|layername=plan_compliance", "Prüfung", "ogr")
        from urban_twin.core.layout.councilmap import CouncilMapRequest, export_council_map

        start = time.perf_counter()
        sheet = export_council_map(CouncilMapRequest(layers=[result], figures_layer=result, language="de",
                                                     output_pdf=os.path.join(work, "sheet.pdf"), dpi=150))
        with_annex = time.perf_counter() - start
        print("Council sheet, {} rows: {} pages in {:.1f} s (every row printed; QGIS' single table frame shows the first "
              "rows only)".format(result.featureCount(), sheet.pages, with_annex))

        classes = list(feature_classes().values())
        elapsed, _ = timed(lambda: [german_title(name) for name in classes], repeat=3)
        print("German titles: {} XPlanung classes in {:.1f} ms ({:.0f} lookups/s)".format(len(classes), elapsed * 1000,
                                                                                          len(classes) / elapsed))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    finish()


if __name__ == "__main__":
    sys.exit(main())
