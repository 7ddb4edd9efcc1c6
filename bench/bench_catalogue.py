#!/usr/bin/env python3
"""Catalogue: publish 100 small results and search them, against the embedded local catalogue and a local
pygeoapi 0.24 (gunicorn, TinyDB, loopback; started here from the catalogue server venv).

A push = export the layer to a self-describing GeoPackage + SHA-256 + outbox entry + asset copy and
verification + record creation. Reference: plain urllib POST/GET of the same records straight to
pygeoapi (no export, no hashing, no verification) — the floor the server sets.
Targets (issue #7): < 10 s for the 100 pushes, < 300 ms per search.
"""

import importlib.util
import json
import os
import statistics
import sys
import tempfile
import time
import urllib.parse
import urllib.request

from qgis_env import finish, start_qgis  # noqa: E402 - puts the plugin on sys.path

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, ".build", "pkgpath"))
N_RESULTS = 100


def load_server_helper():
    """PygeoapiServer from tests/catalogue/conftest.py (one definition of the test server set-up)."""
    spec = importlib.util.spec_from_file_location("catalogue_conftest", os.path.join(ROOT, "tests", "catalogue", "conftest.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.PygeoapiServer


def small_layer(i):
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer

    from urban_twin.core.fieldtypes import FieldType

    layer = QgsVectorLayer("Polygon?crs=EPSG:25832", "Ergebnis {}".format(i), "memory")
    layer.dataProvider().addAttributes([QgsField("value", FieldType.DOUBLE)])
    layer.updateFields()
    x, y = 560000 + (i % 10) * 1000, 5930000 + (i // 10) * 1000
    features = []
    for k in range(3):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([float(i * 10 + k)])
        feature.setGeometry(QgsGeometry.fromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
            x + k * 200, y, x + k * 200 + 150, y + 150)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


QUERIES = [dict(q="Ergebnis"), dict(q="Block 7"), dict(bbox=(9.95, 53.52, 10.0, 53.56)), dict(q="Verschattung", bbox=(9.9, 53.5, 10.1, 53.6)),
           dict(limit=10, offset=50), dict(datetime="2020-01-01T00:00:00Z/..", limit=20)]


def publish_all(catalogue, layers, outbox):
    from urban_twin.core.catalogue.sync import publish_layer

    start = time.perf_counter()
    for i, layer in enumerate(layers):
        _, state = publish_layer(layer, catalogue, title="Verschattung Block {}".format(i), description="Benchmark-Ergebnis {}".format(i),
                                 keywords=["bench"], outbox=outbox)
        assert state == "done", state
    return time.perf_counter() - start


def time_searches(search, rounds=5):
    times = []
    for _ in range(rounds):
        for query in QUERIES:
            start = time.perf_counter()
            search(**query)
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def raw_post_and_search(url, records):
    start = time.perf_counter()
    for record in records:
        request = urllib.request.Request(url + "/items", data=json.dumps(record).encode(), method="POST",
                                         headers={"Content-Type": "application/geo+json"})
        urllib.request.urlopen(request, timeout=30).close()
    post_s = time.perf_counter() - start

    def raw_search(bbox=None, **params):
        params = dict(params, f="json")
        if bbox:
            params["bbox"] = ",".join(map(str, bbox))
        with urllib.request.urlopen(url + "/items?" + urllib.parse.urlencode(params), timeout=30) as response:
            response.read()

    return post_s, time_searches(raw_search)


def main():
    start_qgis()
    from urban_twin.core.catalogue.assets import FolderAssetStore
    from urban_twin.core.catalogue.local import LocalCatalogue
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.catalogue.outbox import Outbox

    layers = [small_layer(i) for i in range(N_RESULTS)]
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench_catalogue_") as tmp:
        local = LocalCatalogue(os.path.join(tmp, "local"))
        push_local = publish_all(local, layers, Outbox(os.path.join(tmp, "ob_local")))
        local_median, local_max = time_searches(local.search)
        assert local.search(limit=1).matched == N_RESULTS

        server = load_server_helper()(os.path.join(tmp, "server")).start()
        try:
            remote = OARecCatalogue(server.collection_url, asset_store=FolderAssetStore(os.path.join(tmp, "share")), name="bench")
            push_remote = publish_all(remote, layers, Outbox(os.path.join(tmp, "ob_remote")))
            remote_median, remote_max = time_searches(remote.search)
            assert remote.search(limit=1).matched == N_RESULTS
            records = [dict(r, id=r["id"] + "-raw") for r in local.search(limit=100).records]
            second = load_server_helper()(os.path.join(tmp, "server2")).start()
            try:
                raw_post_s, (raw_median, raw_max) = raw_post_and_search(second.collection_url, records)
            finally:
                second.stop()
        finally:
            server.stop()

    rows.append(("100 pushes, embedded catalogue (s)", "{:.2f}".format(push_local), "–", "< 10"))
    rows.append(("100 pushes, pygeoapi 0.24 (s)", "{:.2f}".format(push_remote), "{:.2f} (raw POST only)".format(raw_post_s), "< 10"))
    rows.append(("search, embedded: median / max (ms)", "{:.1f} / {:.1f}".format(local_median, local_max), "–", "< 300"))
    rows.append(("search, pygeoapi: median / max (ms)", "{:.1f} / {:.1f}".format(remote_median, remote_max),
                 "{:.1f} / {:.1f} (raw GET)".format(raw_median, raw_max), "< 300"))
    widths = [max(len(str(r[i])) for r in rows + [("figure", "ours", "reference", "target")]) for i in range(4)]
    line = "  ".join("{:<%d}" % w for w in widths)
    print(line.format("figure", "ours", "reference", "target"))
    for row in rows:
        print(line.format(*row))
    print("({} small results of 3 polygons each; {} searches per backend; 2-core VM shared with other jobs)".format(
        N_RESULTS, 5 * len(QUERIES)))
    return 0


if __name__ == "__main__":
    finish(main() or 0)
