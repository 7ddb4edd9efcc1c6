"""Demo step: measure the buildings, print a block of the quarter (STL + 3MF) and publish it as 3D Tiles."""

import os
import shutil
import subprocess

import demo

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CESIUM = os.path.join(ROOT, ".build", "node", "node_modules", "cesium", "Build", "Cesium")


def run_step(context, number):
    city = context.city
    demo.heading("{}. Measure buildings, 3D print and 3D Tiles (urbantwin:buildingmeasures, export3dprint, export3dtiles)"
                 .format(number))
    measures = os.path.join(demo.OUT, "musterquartier_measures.gpkg")
    demo.run("urbantwin:buildingmeasures", INPUT=city + "|layername=buildings", OUTPUT=measures)
    rows = demo.sql(measures, "SELECT roof_type_label, COUNT(*), SUM(volume), SUM(roof_area), SUM(wall_area), "
                              "AVG(ridge_height) FROM building_measures WHERE is_part = 0 GROUP BY 1 ORDER BY 2 DESC")
    print("  {:<14} {:>5} {:>11} {:>10} {:>10} {:>9}".format("roof type", "n", "volume m³", "roof m²", "walls m²", "ridge m"))
    for label, count, volume, roof, walls, ridge in rows:
        print("  {:<14} {:>5} {:>11,.0f} {:>10,.0f} {:>10,.0f} {:>9.1f}".format(label or "?", count, volume, roof, walls, ridge))
    methods = demo.sql(measures, "SELECT volume_method, COUNT(*) FROM building_measures GROUP BY 1")
    print("  volume methods: " + ", ".join("{} {}".format(n, m) for m, n in methods))

    x0, x1, y0, y1 = demo.sql(city, "SELECT MIN(ST_MinX(geom)), MAX(ST_MaxX(geom)), MIN(ST_MinY(geom)), MAX(ST_MaxY(geom)) "
                                    "FROM buildings")[0]
    cx, cy = (x0 + x1) / 2.0, (y0 + y1) / 2.0
    extent = "{:.1f},{:.1f},{:.1f},{:.1f} [EPSG:25832]".format(cx - 90, cx + 90, cy - 60, cy + 60)
    stl = os.path.join(demo.OUT, "musterquartier_1000.stl")
    three_mf = os.path.join(demo.OUT, "musterquartier_1000.3mf")
    res = demo.run("urbantwin:export3dprint", INPUT=city + "|layername=buildings", EXTENT=extent, SCALE=1000,
                   BASE_THICKNESS_MM=3, OUTPUT_STL=stl, OUTPUT_3MF=three_mf)
    print("  print 1:1000 of a 180 m × 120 m block: {:.0f} × {:.0f} × {:.1f} mm, {:.1f} cm³ material, {} buildings, "
          "{} thin, grid {:.2f} mm, {:,} triangles".format(res["SIZE_X_MM"], res["SIZE_Y_MM"], res["SIZE_Z_MM"],
                                                            res["VOLUME_CM3"], int(res["BUILDINGS"]), int(res["THIN_PARTS"]),
                                                            res["GRID_MM"], int(res["TRIANGLES"])))
    if shutil.which("admesh"):
        text = subprocess.run(["admesh", stl], capture_output=True, text=True, errors="replace").stdout
        wanted = ("Number of parts", "Total disconnected facets", "Edges fixed", "Volume")
        found = [line.strip() for line in text.splitlines() if line.strip().startswith(wanted)]
        print("  admesh: " + "; ".join(" ".join(item.split()) for item in found))

    folder = os.path.join(demo.OUT, "musterquartier_3dtiles")
    if os.path.isfile(os.path.join(CESIUM, "Cesium.js")):
        os.environ["URBANTWIN_CESIUM_DIR"] = CESIUM  # the npm test tool of `make deps` (a planner sets UrbanTwin/cesiumDir)
    res = demo.run("urbantwin:export3dtiles", INPUT=city + "|layername=buildings", COLOR_FIELD="function_label",
                   PROPERTIES=["roof_type_label", "storeys_above_ground", "street", "house_number"], OUTPUT_FOLDER=folder,
                   OUTPUT_GLB=os.path.join(demo.OUT, "musterquartier.glb"))
    cesium = "with" if os.path.isdir(os.path.join(folder, "cesium")) else "without"
    print("  3D Tiles 1.1: {} buildings in {} tiles -> {}/tileset.json, index.html ({} CesiumJS copy)".format(
        int(res["BUILDINGS"]), int(res["TILES"]), folder, cesium))
    print("  view it: python3 -m http.server -d {} 8000  →  http://127.0.0.1:8000/index.html".format(folder))
    context.export3d_tiles = folder
