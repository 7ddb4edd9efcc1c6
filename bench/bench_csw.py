#!/usr/bin/env python3
"""CSW (issue #19): search over 1,000 ISO 19139 records on a local pycsw 2.6.2 (wsgiref, SQLite, loopback; started
here from the CSW server venv), Urban Twin's CSWCatalogue beside a raw OWSLib query of the same filter.

Urban Twin = filter built with OWSLib's fes, POST through the QGIS network stack (proxy/auth/TLS rules, timeouts),
safe XML parse, every ISO record mapped to the catalogue record model. Reference: OWSLib's CatalogueServiceWeb
.getrecords2 (requests + OWSLib's ISO parser), as MetaSearch issues it. Also: CSW-T Insert of 50 records with
verify-after-write (GetRecordById + content compare). Target: a search answers in < 1 s.
"""

import importlib.util
import os
import statistics
import tempfile
import time

from qgis_env import finish, start_qgis  # noqa: E402 - puts the plugin on sys.path

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
N_RECORDS = 1000
N_INSERTS = 50
REPEAT = 5
WORDS = ["Verschattung", "Solarpotenzial", "Besonnung", "Starkregen", "Hitzeinseln", "Gebäudehöhen", "Bebauungsplan", "Quartiersdaten"]


def load_conftest():
    spec = importlib.util.spec_from_file_location("catalogue_conftest", os.path.join(ROOT, "tests", "catalogue", "conftest.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_record(i):
    from urban_twin.core.catalogue.record import attach_asset, build_record, finalise

    x, y = 9.7 + (i % 40) * 0.01, 53.4 + (i // 40) * 0.01
    word = WORDS[i % len(WORDS)]
    record = build_record("{} Block {}".format(word, i), "Ergebnis {} der Analyse {} im Block {}.".format(i, word, i), [word, "Block{}".format(i)],
                          bbox=(x, y, x + 0.008, y + 0.008), license_id="DL-DE-BY-2.0", publisher="Stadt Musterstadt",
                          provenance={"algorithm": "urbantwin:bench", "algorithmVersion": "0.2.0", "inputs": []})
    attach_asset(record, "https://files.example.org/{:064x}.gpkg".format(i), "{:064x}".format(i), 1000 + i)
    return finalise(record)


def timed(function, repeat=REPEAT):
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main():
    import warnings

    warnings.filterwarnings("ignore", category=FutureWarning)  # OWSLib's notices about future property names
    start_qgis()
    from owslib.csw import CatalogueServiceWeb
    from owslib.fes import BBox, PropertyIsEqualTo, PropertyIsLike

    from urban_twin.core.catalogue.csw import CSWCatalogue
    from urban_twin.core.catalogue.iso19139 import record_to_iso

    conftest = load_conftest()
    with tempfile.TemporaryDirectory(prefix="udt-bench-csw-") as tmp:
        server = conftest.PycswServer(os.path.join(tmp, "server"), maxrecords=1000)
        files = os.path.join(tmp, "records")
        os.makedirs(files)
        start = time.perf_counter()
        for i in range(N_RECORDS):
            with open(os.path.join(files, "r{:04d}.xml".format(i)), "wb") as handle:
                handle.write(record_to_iso(make_record(i)))
        generate_s = time.perf_counter() - start
        start = time.perf_counter()
        server.load([os.path.join(files, "r0000.xml")])
        load_s = time.perf_counter() - start
        server.start()
        try:
            catalogue = CSWCatalogue(server.url)
            owslib = CatalogueServiceWeb(server.url, timeout=30)
            cases = [
                ("full text 'Solarpotenzial', 25 per page", dict(q="Solarpotenzial", limit=25),
                 [PropertyIsLike("csw:AnyText", "%Solarpotenzial%")], 25),
                ("bbox (0.05° square), 25 per page", dict(bbox=(9.80, 53.45, 9.85, 53.50), limit=25),
                 [BBox([9.80, 53.45, 9.85, 53.50], crs="urn:ogc:def:crs:OGC:1.3:CRS84")], 25),
                ("type=dataset, page 3 of 10", dict(record_type="dataset", limit=10, offset=20),
                 [PropertyIsEqualTo("dc:type", "dataset")], 10),
                ("all records, 100 per page", dict(limit=100), [], 100),
            ]
            print("{} ISO records generated in {:.1f} s, loaded into pycsw in {:.1f} s".format(N_RECORDS, generate_s, load_s))
            print("{:<42} {:>9} {:>14} {:>14} {:>8}".format("search (median of {})".format(REPEAT), "matched", "Urban Twin s",
                                                               "OWSLib raw s", "ratio"))
            worst = 0.0
            for label, params, constraints, limit in cases:
                ours_s, page = timed(lambda params=params: catalogue.search(**params))
                start_position = params.get("offset", 0) + 1

                def raw(constraints=constraints, limit=limit, start_position=start_position):
                    owslib.getrecords2(constraints=constraints, esn="full", outputschema="http://www.isotc211.org/2005/gmd",
                                       startposition=start_position, maxrecords=limit)
                    return owslib.results

                raw_s, results = timed(raw)
                assert page.matched == results["matches"], (label, page.matched, results["matches"])
                assert len(page.records) == results["returned"], (label, len(page.records), results["returned"])
                worst = max(worst, ours_s)
                print("{:<42} {:>9} {:>14.3f} {:>14.3f} {:>8.2f}".format(label, page.matched, ours_s, raw_s, ours_s / raw_s))
            print("slowest Urban Twin search: {:.3f} s (target < 1 s): {}".format(worst, "OK" if worst < 1.0 else "MISSED"))
            server.wipe()
            start = time.perf_counter()
            for i in range(N_INSERTS):
                catalogue.create(make_record(10000 + i))
            insert_s = time.perf_counter() - start
            print("CSW-T Insert with verify-after-write: {} records in {:.2f} s ({:.0f} ms each)".format(
                N_INSERTS, insert_s, 1000 * insert_s / N_INSERTS))
        finally:
            server.stop()
    finish(0)


if __name__ == "__main__":
    main()
