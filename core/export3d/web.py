"""The self-contained viewer page next to a tileset: index.html that loads CesiumJS from ./cesium/.

The plugin cannot ship CesiumJS (≈25 MB). The export copies a local Cesium build (the folder Build/Cesium of the
npm package ``cesium``) into ``cesium/`` when one is configured — environment variable URBANTWIN_CESIUM_DIR or
the QGIS setting ``UrbanTwin/cesiumDir`` — and otherwise the page says in German where to put it. No internet:
no imagery, no terrain, no Ion token; the buildings stand on the WGS84 ellipsoid.

Automation hook: ``index.html?report=<path>`` POSTs {featureCount, sample, screenshot} to <path> on the same
server once every tile has loaded (used by the headless test; harmless otherwise).
"""

import html
import json
import os
import shutil

CESIUM_ENV = "URBANTWIN_CESIUM_DIR"
CESIUM_SETTING = "UrbanTwin/cesiumDir"

PAGE = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>__TITLE__</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="cesium/Widgets/widgets.css">
<style>
 html, body, #viewer { width: 100%; height: 100%; margin: 0; padding: 0; overflow: hidden; font-family: sans-serif; }
 #hint { position: absolute; top: 10px; left: 10px; background: rgba(255,255,255,0.9); padding: 6px 10px; border-radius: 4px; }
 #missing { display: none; padding: 2em; max-width: 45em; }
</style>
</head>
<body>
<div id="viewer"></div>
<div id="hint">__TITLE__ – Gebäude anklicken für ihre Eigenschaften</div>
<div id="missing"><h1>Cesium-Bibliothek fehlt</h1>
<p>Diese Seite zeigt das 3D-Tiles-Tileset mit CesiumJS. Legen Sie den Ordner <code>Build/Cesium</code> aus dem
npm-Paket <code>cesium</code> als Ordner <code>cesium</code> neben diese Datei (oder setzen Sie vor dem Export die
QGIS-Einstellung <code>UrbanTwin/cesiumDir</code> auf diesen Ordner) und stellen Sie den Ordner auf einen Webserver.</p></div>
<script src="cesium/Cesium.js"></script>
<script>
(async function () {
  const status = document.body.dataset;
  if (typeof Cesium === "undefined") {
    document.getElementById("viewer").style.display = "none";
    document.getElementById("hint").style.display = "none";
    document.getElementById("missing").style.display = "block";
    status.status = "no-cesium";
    return;
  }
  window.CESIUM_BASE_URL = "cesium/";
  const viewer = new Cesium.Viewer("viewer", {
    baseLayer: false, baseLayerPicker: false, geocoder: false, timeline: false, animation: false,
    homeButton: true, sceneModePicker: false, navigationHelpButton: false, fullscreenButton: false,
    terrainProvider: new Cesium.EllipsoidTerrainProvider(), skyBox: false, skyAtmosphere: false,
    contextOptions: { webgl: { preserveDrawingBuffer: true } }
  });
  viewer.scene.globe.baseColor = Cesium.Color.fromCssColorString("#e8e8e0");
  viewer.scene.backgroundColor = Cesium.Color.fromCssColorString("#ffffff");
  viewer.scene.globe.depthTestAgainstTerrain = false;
  const tileset = await Cesium.Cesium3DTileset.fromUrl("tileset.json");
  viewer.scene.primitives.add(tileset);
  window.urbanTwin = { viewer: viewer, tileset: tileset };
  function loadedFeatures() {
    const found = new Map();
    (function visit(tile) {
      const content = tile.content;
      if (content && tile.contentReady) {
        for (let i = 0; i < content.featuresLength; i++) {
          const feature = content.getFeature(i);
          found.set(String(feature.getProperty("id")), feature);
        }
      }
      tile.children.forEach(visit);
    })(tileset.root);
    return found;
  }
  const handler = new Cesium.ScreenSpaceEventHandler(viewer.scene.canvas);
  handler.setInputAction(function (movement) {
    const feature = viewer.scene.pick(movement.position);
    if (!(feature instanceof Cesium.Cesium3DTileFeature)) { viewer.selectedEntity = undefined; return; }
    const rows = feature.getPropertyIds().map(function (name) {
      const value = feature.getProperty(name);
      return "<tr><th>" + name + "</th><td>" + (value === -9999 ? "" : String(value)) + "</td></tr>";
    }).join("");
    const entity = new Cesium.Entity({ name: String(feature.getProperty("id")) });
    entity.description = "<table class='cesium-infoBox-defaultTable'>" + rows + "</table>";
    viewer.selectedEntity = entity;
  }, Cesium.ScreenSpaceEventType.LEFT_CLICK);
  await viewer.zoomTo(tileset, new Cesium.HeadingPitchRange(0.0, -0.6, tileset.boundingSphere.radius * 1.9));
  tileset.allTilesLoaded.addEventListener(function () {
    if (status.status === "loaded") { return; }
    setTimeout(function () {
      viewer.render();
      const features = loadedFeatures();
      status.featureCount = String(features.size);
      status.status = "loaded";
      const report = new URLSearchParams(window.location.search).get("report");
      if (report) {
        // read the canvas right after a frame is drawn (never a cleared drawing buffer)
        const remove = viewer.scene.postRender.addEventListener(function () {
          remove();
          const first = features.values().next().value;
          const sample = {};
          if (first) { first.getPropertyIds().forEach(function (name) { sample[name] = first.getProperty(name); }); }
          fetch(report, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({
            featureCount: features.size, sample: sample, screenshot: viewer.scene.canvas.toDataURL("image/png"),
            width: viewer.scene.canvas.width, height: viewer.scene.canvas.height
          }) });
        });
        viewer.scene.requestRender();
      }
    }, 500);
  });
})();
</script>
</body>
</html>
"""


def page_html(title):
    return PAGE.replace("__TITLE__", html.escape(title))


def configured_cesium_dir():
    """A local Cesium build (folder with Cesium.js) from the environment or the QGIS settings, or None."""
    candidates = [os.environ.get(CESIUM_ENV)]
    try:
        from qgis.core import QgsSettings

        candidates.append(QgsSettings().value(CESIUM_SETTING, "", type=str))
    except ImportError:
        pass
    for folder in candidates:
        if folder and os.path.isfile(os.path.join(folder, "Cesium.js")):
            return folder
    return None


def copy_cesium(source, target):
    """Copy the Cesium build (Cesium.js, Workers, Assets, ThirdParty, Widgets) into ``target``."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("index.cjs", "index.js", "*.map"))


def write_page(folder, title, summary=None):
    with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as handle:
        handle.write(page_html(title))
    if summary is not None:
        with open(os.path.join(folder, "urbantwin.json"), "w", encoding="utf-8") as handle:
            json.dump(summary, handle, ensure_ascii=False, indent=1)
