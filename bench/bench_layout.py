#!/usr/bin/env python3
"""Benchmark of the council map export: a 10-page atlas (one page per Baugebiet) of the Musterquartier.

Inputs are made here: the generated sample district, imported with urbantwin:importcitymodel and
urbantwin:importxplan, checked with urbantwin:plancompliance (the key-figures table). Then
urbantwin:councilmap's core builds and exports the atlas. Reference: QGIS' own atlas PDF export of
the very same, already built layout (QgsLayoutExporter), i.e. what our template filling adds on top.

Prints: figure | ours | reference | target.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time

from qgis_env import finish, start_qgis  # noqa: E402 - puts the plugin on sys.path

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, ".build", "pkgpath"))
sys.path.append("/usr/share/qgis/python/plugins")
PAGES = 10


def run(algorithm, **parameters):
    import processing
    from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    return processing.run(algorithm, parameters, context=context)


def make_inputs(folder):
    from urban_twin.core.demo.musterquartier import generate_musterquartier

    sample = generate_musterquartier(_mkdir(folder, "data"), 200, 2026)
    city, plan, compliance = (os.path.join(folder, name) for name in ("city.gpkg", "plan.gpkg", "compliance.gpkg"))
    run("urbantwin:importcitymodel", INPUT=[sample["citygml"]], OUTPUT=city)
    run("urbantwin:importxplan", INPUT=sample["xplan"], OUTPUT=plan)
    run("urbantwin:plancompliance", BUILDINGS=city + "|layername=buildings", PLAN=plan + "|layername=bp_baugebietsteilflaeche", OUTPUT=compliance)
    return sample, city, plan, compliance


def _mkdir(folder, name):
    path = os.path.join(folder, name)
    os.makedirs(path, exist_ok=True)
    return path


def request_for(sample, city, plan, compliance, output, write_png=False):
    from qgis.core import QgsVectorLayer

    from urban_twin.core.layout.councilmap import CouncilMapRequest

    zones = QgsVectorLayer(plan + "|layername=bp_baugebietsteilflaeche", "Baugebiete", "ogr")
    zones.setSubsetString("fid <= {}".format(PAGES))
    layers = [
        QgsVectorLayer(city + "|layername=footprints", "Gebäude", "ogr"),
        zones,
        QgsVectorLayer(sample["districts"] + "|layername=quartiere", "Quartiere", "ogr"),
    ]
    figures = QgsVectorLayer(compliance, "Prüfung", "ogr")
    return CouncilMapRequest(layers=layers, output_pdf=output, template="a3_landscape", title="Bebauungsplan Nr. 42 – Baugebiete",
                             subtitle="Bauausschuss", coverage_layer=zones, page_name_field="gml_id", figures_layer=figures,
                             write_png=write_png), layers + [figures]


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    return int([line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")][0])


def main():
    start_qgis(processing=True)
    from qgis.core import QgsLayoutExporter, QgsProject

    from urban_twin.core.layout.councilmap import _pdf_settings, build_council_layout, export_council_map

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        sample, city, plan, compliance = make_inputs(folder)
        prepare = time.perf_counter() - start

        ours = []
        for attempt in range(3):
            output = os.path.join(folder, "atlas_{}.pdf".format(attempt))
            request, keep = request_for(sample, city, plan, compliance, output)
            start = time.perf_counter()
            result = export_council_map(request, QgsProject.instance())
            ours.append(time.perf_counter() - start)
            del keep
        pages = pdf_pages(output)
        size_kb = os.path.getsize(output) / 1024.0

        request, keep = request_for(sample, city, plan, compliance, os.path.join(folder, "ref.pdf"))
        start = time.perf_counter()
        layout = build_council_layout(request, QgsProject.instance())
        build_seconds = time.perf_counter() - start
        reference = []
        for attempt in range(3):
            start = time.perf_counter()
            code, _error = QgsLayoutExporter.exportToPdf(layout.atlas(), os.path.join(folder, "ref_{}.pdf".format(attempt)), _pdf_settings(300))
            reference.append(time.perf_counter() - start)
            assert code == QgsLayoutExporter.ExportResult.Success

        request_png, keep_png = request_for(sample, city, plan, compliance, os.path.join(folder, "png.pdf"), write_png=True)
        start = time.perf_counter()
        png_result = export_council_map(request_png, QgsProject.instance())
        png_seconds = time.perf_counter() - start

    ours_median, ref_median = statistics.median(ours), statistics.median(reference)
    rows.append(("inputs: Musterquartier 200 buildings, import, compliance (s)", "{:.1f}".format(prepare), "–", "–"))
    rows.append(("pages in the atlas PDF (pdfinfo)", str(pages), str(result.pages), "= {}".format(PAGES)))
    rows.append(("{}-page A3 atlas PDF, build + export (s, median of 3)".format(PAGES), "{:.2f}".format(ours_median),
                 "{:.2f} (QgsLayoutExporter alone)".format(ref_median), "< 20"))
    rows.append(("per page (s)", "{:.2f}".format(ours_median / PAGES), "{:.2f}".format(ref_median / PAGES), "< 2"))
    rows.append(("template filling (build_council_layout, s)", "{:.2f}".format(build_seconds), "–", "< 2"))
    rows.append(("same atlas + PNG per page at 150 dpi (s)", "{:.2f}".format(png_seconds), "–", "< 40"))
    rows.append(("PNG files written", str(len(png_result.png_files)), "–", "= {}".format(PAGES)))
    rows.append(("PDF size (kB)", "{:.0f}".format(size_kb), "–", "< 5000"))

    width = max(len(r[0]) for r in rows)
    print("{:<{w}} | {:>10} | {:>34} | {}".format("figure", "ours", "reference", "target", w=width))
    print("-" * (width + 62))
    for figure, ours_value, reference_value, target in rows:
        print("{:<{w}} | {:>10} | {:>34} | {}".format(figure, ours_value, reference_value, target, w=width))
    print("\n(2-core VM shared with other jobs: wall-clock figures vary between runs.)")
    del keep, keep_png, layout


if __name__ == "__main__":
    main()
    finish(0)
