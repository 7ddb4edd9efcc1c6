#!/usr/bin/env python3
"""Planning variants: massing of 1,000 footprints beside the import of the same 1,000 buildings, and the comparison
of the Musterquartier's base with its two planned variants (all figures).

Massing: the footprints and roof types of the Musterquartier with 1,000 buildings (its import's ``footprints``
layer: rectangles, flat/gable/hip/shed roofs, turned 17°) → LoD2 solids → GeoPackage in the import's schema,
timed beside importing the same district's CityGML (urbantwin's import_citymodel) — both write the same layers
with the same writer. Comparison: base (200 buildings) + variants A and B of docs/variants.md with plan check,
district figures, solar of the new roofs, façade sun hours on two dates and shadows at 3 times × 2 dates.
Targets (issue #13): massing < 3 s, comparison < 60 s on the 2-core machine.
"""

import os
import shutil
import sys
import time

from qgis_env import finish, start_qgis  # noqa: E402 - puts the plugin on sys.path

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, ".build", "bench", "variants")


def timed(function, *args, **kwargs):
    """(result, wall seconds); the CPU seconds of the last call are kept in ``timed.cpu`` (less affected by other jobs)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = function(*args, **kwargs)
    timed.cpu = time.process_time() - cpu
    return result, time.perf_counter() - start


def footprints_of(city_path):
    """PlannedFootprints from an import's footprints layer (storeys, roof type, the import's ground)."""
    from osgeo import ogr

    from urban_twin.core.variants.massing import PlannedFootprint

    dataset = ogr.Open(city_path)
    layer = dataset.GetLayerByName("footprints")
    result = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        parts = []
        for index in range(geometry.GetGeometryCount()):
            polygon = geometry.GetGeometryRef(index)
            parts.append([[ring.GetPoint_2D(i) for i in range(ring.GetPointCount())]
                          for ring in (polygon.GetGeometryRef(r) for r in range(polygon.GetGeometryCount()))])
        import numpy as np

        parts = [[np.array(ring) for ring in polygon] for polygon in parts]
        eaves = (feature.GetField("eaves_z") or feature.GetField("z_max")) - feature.GetField("z_min")
        result.append(PlannedFootprint(feature.GetField("gml_id"), parts, feature.GetField("storeys_above_ground"), eaves,
                                       feature.GetField("roof_type"), 35.0, None, None, feature.GetField("function"),
                                       feature.GetField("name"), feature.GetField("z_min")))
    return result


def bench_massing():
    from urban_twin.core.citymodel.importer import import_citymodel
    from urban_twin.core.demo.musterquartier import generate_musterquartier
    from urban_twin.core.variants.massing import write_massing

    folder = os.path.join(OUT, "mq1000")
    os.makedirs(folder, exist_ok=True)
    files = generate_musterquartier(folder, n_buildings=1000)
    city = os.path.join(folder, "city.gpkg")
    report, import_seconds = timed(import_citymodel, [files["citygml"]], city)
    import_cpu = timed.cpu
    footprints = footprints_of(city)
    massing_path = os.path.join(folder, "massing.gpkg")
    massing, massing_seconds = timed(write_massing, massing_path, footprints, 25832, 3.0, "bench")
    massing_cpu = timed.cpu
    print("Massing of {} footprints vs import of the same {} buildings (same writer, same layers); load average {:.1f}:".format(
        len(footprints), report.buildings, os.getloadavg()[0]))
    print("  {:<46}{:>10}{:>10}{:>14}".format("", "wall s", "CPU s", "buildings/s"))
    print("  {:<46}{:>10.2f}{:>10.2f}{:>14.0f}".format("urbantwin:importcitymodel (CityGML 2.0 LoD2)", import_seconds, import_cpu,
                                                     report.buildings / import_seconds))
    print("  {:<46}{:>10.2f}{:>10.2f}{:>14.0f}".format("urbantwin:massing (footprints → LoD2 solids)", massing_seconds, massing_cpu,
                                                     massing.buildings / massing_seconds))
    print("  roof types built: {}; fallbacks: {}; target < 3 s: {} (wall clock), {} (CPU)".format(
        ", ".join("{} × {}".format(n, code) for code, n in sorted(massing.roof_types.items())), len(massing.notes),
        "met" if massing_seconds < 3.0 else "MISSED", "met" if massing_cpu < 3.0 else "MISSED"))


def bench_compare():
    import processing

    from urban_twin.core.citymodel.importer import import_citymodel
    from urban_twin.core.demo.musterquartier import generate_musterquartier
    from urban_twin.core.variants.compare import compare_variants

    folder = os.path.join(OUT, "mq200")
    os.makedirs(folder, exist_ok=True)
    files = generate_musterquartier(folder, n_buildings=200)
    city = os.path.join(folder, "city.gpkg")
    import_citymodel([files["citygml"]], city)
    source = files["variants"]
    variants = []
    start = time.perf_counter()
    for key in ("a", "b"):
        massing = os.path.join(folder, "massing_{}.gpkg".format(key))
        processing.run("urbantwin:massing", {"INPUT": source + "|layername=variante_" + key, "CITY": city + "|layername=buildings", "OUTPUT": massing})
        variant = os.path.join(folder, "variant_{}.gpkg".format(key))
        processing.run("urbantwin:composevariant", {"CITY": city, "PLANNED": [massing], "NAME": files["variant_names"]["variante_" + key], "OUTPUT": variant})
        variants.append(variant)
    prepare = time.perf_counter() - start
    from qgis.core import QgsVectorLayer

    plan = QgsVectorLayer(source + "|layername=baugebiet", "plan", "ogr")
    area = next(QgsVectorLayer(source + "|layername=planungsgebiet", "a", "ogr").getFeatures()).geometry()
    public = [f.geometry() for f in QgsVectorLayer(source + "|layername=oeffentliche_flaechen", "p", "ogr").getFeatures()]
    results, seconds = timed(compare_variants, city, variants, plan, None, area, public)
    compare_cpu = timed.cpu
    print("\nComparison of the Musterquartier (200 buildings) with variants A and B, all figures:")
    print("  massing + compose of both variants: {:.1f} s".format(prepare))
    print("  urbantwin:comparevariants core (plan check, district figures, solar of new roofs, façade sun hours on 2 dates,")
    print("  shadows at 3 times × 2 dates) for base + 2 variants: {:.1f} s wall, {:.1f} s CPU; target < 60 s: {}".format(
        seconds, compare_cpu, "met" if seconds < 60 else "MISSED"))
    for result in results:
        f = result.figures
        print("  {:<36} GF {:>7.0f} m²  GFZ {:>4.2f}  exceeding {}  PV {:>5.0f} kWp  façade points newly < 1 h on 17 Jan: {}".format(
            f["variant"][:36], f["gross_floor_area"], f["gfz"] or 0.0, f.get("plan_units_exceeding"), f["solar_kwp"], f.get("sun_newly_below_0117")))


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    start_qgis(processing=True)
    bench_massing()
    bench_compare()
    finish(0)


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    main()
