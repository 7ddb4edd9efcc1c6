"""The exported index.html in real CesiumJS (npm cesium, copied by the export from URBANTWIN_CESIUM_DIR) in headless
Chromium (Debian package, software WebGL through SwiftShader), served from a loopback HTTP server started here.
The page reports the loaded features and a screenshot through its ``?report=`` hook once all tiles are in."""

import base64
import functools
import http.server
import json
import os
import queue
import shutil
import signal
import subprocess
import threading

import pytest
from osgeo import ogr

BACKGROUND = (0xE8, 0xE8, 0xE0)  # the page's globe colour


class _Handler(http.server.SimpleHTTPRequestHandler):
    reports = None

    def log_message(self, *args):
        pass

    def do_POST(self):  # noqa: N802 - http.server API
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.reports.put(json.loads(body))
        self.send_response(204)
        self.end_headers()


@pytest.fixture(scope="module")
def served_tileset(run_alg_session, musterquartier_gpkg, node_tools, tmp_path_factory):
    folder = str(tmp_path_factory.mktemp("cesium") / "web")
    old = os.environ.get("URBANTWIN_CESIUM_DIR")
    os.environ["URBANTWIN_CESIUM_DIR"] = node_tools["cesium"]
    try:
        run_alg_session("urbantwin:export3dtiles", {"INPUT": musterquartier_gpkg + "|layername=buildings",
                                                    "COLOR_FIELD": "function_label", "OUTPUT_FOLDER": folder})
    finally:
        if old is None:
            os.environ.pop("URBANTWIN_CESIUM_DIR", None)
        else:
            os.environ["URBANTWIN_CESIUM_DIR"] = old
    reports = queue.Queue()
    handler = type("Handler", (_Handler,), {"reports": reports})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=folder))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield dict(folder=folder, port=server.server_address[1], reports=reports)
    server.shutdown()
    server.server_close()


def _non_background_share(png_bytes, box):
    from qgis.PyQt.QtGui import QImage

    image = QImage()
    assert image.loadFromData(png_bytes, "PNG")
    x0, y0, x1, y1 = (int(box[0] * image.width()), int(box[1] * image.height()), int(box[2] * image.width()),
                      int(box[3] * image.height()))
    total = differing = 0
    for y in range(y0, y1, 2):
        for x in range(x0, x1, 2):
            colour = image.pixelColor(x, y)
            total += 1
            if abs(colour.red() - BACKGROUND[0]) + abs(colour.green() - BACKGROUND[1]) + abs(colour.blue() - BACKGROUND[2]) > 45:
                differing += 1
    return differing / total


def test_cesium_loads_all_tiles_and_shows_the_buildings(served_tileset, musterquartier_gpkg, tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.fail("chromium missing: run `make deps`")
    assert os.path.exists(os.path.join(served_tileset["folder"], "cesium", "Cesium.js"))  # copied by the export
    url = "http://127.0.0.1:{}/index.html?report=/report".format(served_tileset["port"])
    args = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--user-data-dir=" + str(tmp_path / "profile"), "--window-size=1024,768", url]
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        report = served_tileset["reports"].get(timeout=150)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
    source = ogr.Open(musterquartier_gpkg)
    layer = source.GetLayerByName("buildings")
    buildings = {f.GetField("gml_id"): f for f in layer if f.GetField("is_part") == 0}
    assert report["featureCount"] == len(buildings) == 200
    sample = report["sample"]
    feature = buildings[sample["id"]]
    assert sample["function_label"] == feature.GetField("function_label")
    assert sample["height"] == pytest.approx(feature.GetField("height"), abs=1e-6)
    assert sample["status"] == "Bestand"
    png = base64.b64decode(report["screenshot"].split(",", 1)[1])
    (tmp_path / "cesium.png").write_bytes(png)
    # the quarter is centred by zoomTo: buildings in the middle, plain background in the top corners
    assert _non_background_share(png, (0.3, 0.35, 0.7, 0.65)) > 0.05
    assert _non_background_share(png, (0.0, 0.0, 0.15, 0.15)) < 0.01
