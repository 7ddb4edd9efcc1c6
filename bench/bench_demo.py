#!/usr/bin/env python3
"""Benchmark of the Musterquartier generator: speed, size and how AdV-like the output is.

Prints: figure | ours | reference | target. The reference column compares with the real NRW LoD2
tile in ../shared (surfaces and bytes per building), or with the GDAL GML driver for reading.
"""

import os
import resource
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, ".build", "pkgpath"))
NRW = os.path.join(ROOT, "..", "shared", "data", "citymodel", "de_nrw_LoD2_32_280_5657_1_NW.gml")
XSD = os.path.join(ROOT, "..", "shared", "xsd", "XPlanGML_6_0", "XPlanung-Operationen.xsd")


def timed(function, repeat=3):
    durations = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        durations.append(time.perf_counter() - start)
    return statistics.median(durations), result


def counts(path):
    from lxml import etree

    buildings = surfaces = 0
    for _, element in etree.iterparse(path, events=("end",)):
        name = etree.QName(element).localname
        if name == "Building":
            buildings += 1
        elif name in ("RoofSurface", "WallSurface", "GroundSurface", "ClosureSurface"):
            surfaces += 1
        if name in ("Building", "cityObjectMember"):
            element.clear()
    return buildings, surfaces


def main():
    from urban_twin.core.demo.musterquartier import generate_musterquartier

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        seconds_200, result = timed(lambda: generate_musterquartier(folder, 200, 2026))
        rows.append(("generate 200 buildings, 4 files (s, median of 3)", "{:.2f}".format(seconds_200), "–", "< 2"))
        seconds_1000, _ = timed(lambda: generate_musterquartier(folder, 1000, 2026), repeat=1)
        rows.append(("generate 1000 buildings (s)", "{:.2f}".format(seconds_1000), "–", "< 10"))
        generate_musterquartier(folder, 200, 2026)
        ours_b, ours_s = counts(result["citygml"])
        ours_kb = os.path.getsize(result["citygml"]) / 1024.0 / ours_b
        ref_b, ref_s = counts(NRW) if os.path.exists(NRW) else (0, 0)
        ref_kb = os.path.getsize(NRW) / 1024.0 / ref_b if ref_b else float("nan")
        rows.append(("semantic surfaces per building", "{:.1f}".format(ours_s / ours_b),
                     "NRW 5657: {:.1f}".format(ref_s / ref_b if ref_b else float("nan")), "similar"))
        rows.append(("CityGML KB per building", "{:.1f}".format(ours_kb), "NRW 5657: {:.1f}".format(ref_kb), "similar"))
        from lxml import etree

        start = time.perf_counter()
        schema = etree.XMLSchema(etree.parse(XSD))
        load = time.perf_counter() - start
        validate, valid = timed(lambda: schema.validate(etree.parse(result["xplan"])))
        rows.append(("XPlanGML 6.0 XSD: load schema / validate plan (s)", "{:.2f} / {:.3f}".format(load, validate),
                     "valid" if valid else "INVALID", "valid"))
        from osgeo import ogr

        def gdal_feature_count():
            dataset = ogr.Open(result["xplan"])
            return sum(sum(1 for _ in dataset.GetLayer(i)) for i in range(dataset.GetLayerCount()))

        gdal_seconds, feature_count = timed(gdal_feature_count, repeat=1)
        members = sum(1 for _ in etree.parse(result["xplan"]).iter("{http://www.opengis.net/gml/3.2}featureMember"))
        rows.append(("plan features: ours / GDAL GML driver reads (s)", str(members),
                     "{} ({:.2f} s)".format(feature_count, gdal_seconds), "equal"))
        rows.append(("buildings / parts / zones / exceedances", "{} / {} / {} / {}".format(
            result["buildings"], result["parts"], len(result["zones"]), len(result["exceeding"])), "–", "200 / ≥3 / ≥5 / 3"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    rows.append(("peak RSS of this process (MB)", "{:.0f}".format(peak), "–", "< 300"))
    widths = [max(len(str(r[i])) for r in rows + [("figure", "ours", "reference", "target")]) for i in range(4)]
    line = "  ".join("{:<%d}" % w for w in widths)
    print(line.format("figure", "ours", "reference", "target"))
    print(line.format(*("-" * w for w in widths)))
    for row in rows:
        print(line.format(*row))


if __name__ == "__main__":
    main()
