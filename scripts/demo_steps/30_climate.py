"""Demo step: heavy-rain and heat screening of the Musterquartier, and what a retention space and 30 new street trees change."""

import os

import demo


def _write_measures(folder, sinks_gpkg, heat_cells_gpkg):
    """A retention space of 700 m³ in the deepest sink (a Retentionsmulde) and 30 new trees in the hottest open cells."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    sinks = ogr.Open(sinks_gpkg)
    deepest = max(sinks.GetLayer(0), key=lambda f: f.GetField("max_depth"))
    retention = os.path.join(folder, "massnahme_retention.gpkg")
    source = ogr.GetDriverByName("GPKG").CreateDataSource(retention)
    layer = source.CreateLayer("retention", srs, ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn("storage_m3", ogr.OFTReal))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("storage_m3", 700.0)
    feature.SetGeometry(deepest.GetGeometryRef().Clone())
    layer.CreateFeature(feature)
    source = None
    hottest = demo.sql(heat_cells_gpkg, "SELECT ST_X(ST_Centroid(geom)), ST_Y(ST_Centroid(geom)) FROM heat_cells "
                                        "WHERE volume_density = 0 ORDER BY heat_index DESC LIMIT 30")
    trees = os.path.join(folder, "massnahme_baeume.gpkg")
    source = ogr.GetDriverByName("GPKG").CreateDataSource(trees)
    layer = source.CreateLayer("neue_baeume", srs, ogr.wkbPoint)
    for name in ("kronendurchmesser", "baumhoehe"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    for x, y in hottest:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("kronendurchmesser", 10.0)
        feature.SetField("baumhoehe", 14.0)
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT ({} {})".format(x, y)))
        layer.CreateFeature(feature)
    source = None
    return retention, trees, deepest.GetField("sink_id"), len(hottest)


def run_step(context, number):
    dem = os.path.join(context.data, "musterquartier_dgm1.tif")
    trees = os.path.join(context.data, "musterquartier_baeume.gpkg")
    districts = context.districts + "|layername=quartiere"
    demo.heading("{}. Heavy rain: flow paths, sinks and affected buildings (urbantwin:heavyrain)".format(number))
    sinks = os.path.join(demo.OUT, "musterquartier_senken.gpkg")
    paths = os.path.join(demo.OUT, "musterquartier_fliesswege.gpkg")
    affected = os.path.join(demo.OUT, "musterquartier_betroffene_gebaeude.gpkg")
    depth = os.path.join(demo.OUT, "musterquartier_wassertiefe.tif")
    rain_districts = os.path.join(demo.OUT, "musterquartier_starkregen_quartiere.gpkg")
    res = demo.run("urbantwin:heavyrain", DEM=dem, BUILDINGS=context.city + "|layername=footprints", DISTRICTS=districts,
                   RAIN_MM=100, OUTPUT_SINKS=sinks, OUTPUT_FLOWPATHS=paths, OUTPUT_BUILDINGS=affected, OUTPUT_DEPTH=depth,
                   OUTPUT_DISTRICTS=rain_districts)
    print("  100 mm in 1 h: {} sinks ≥ 10 cm with {:,.0f} m³, {} affected buildings".format(
        int(res["SINK_COUNT"]), res["SINK_VOLUME"], int(res["AFFECTED_BUILDINGS"])))
    for row in demo.sql(sinks, "SELECT sink_id, max_depth, volume, catchment_area, fill_ratio, depth_label FROM sinks ORDER BY max_depth DESC LIMIT 3"):
        print("  sink {}: {:.2f} m deep, {:,.0f} m³, catchment {:,.0f} m², fill ratio {:.2f} ({})".format(*row))
    for row in demo.sql(affected, "SELECT district, COUNT(*), SUM(hazard_class >= 2) FROM affected_buildings GROUP BY 1 ORDER BY 1"):
        print("  {}: {} affected buildings, {} with high or very high hazard".format(row[0] or "-", row[1], row[2]))
    longest = demo.sql(paths, "SELECT COUNT(*), MAX(catchment_area), SUM(length) FROM flowpaths")[0]
    print("  {} flow path reaches, {:,.0f} m in total, largest catchment {:,.1f} ha".format(longest[0], longest[2] or 0, (longest[1] or 0) / 10000))

    demo.heading("{}b. Heat stress screening on 1 July (urbantwin:heatscreening)".format(number))
    cells = os.path.join(demo.OUT, "musterquartier_hitze_zellen.gpkg")
    svf = os.path.join(demo.OUT, "musterquartier_himmelssicht.tif")
    heat_districts = os.path.join(demo.OUT, "musterquartier_hitze_quartiere.gpkg")
    hotspots = os.path.join(demo.OUT, "musterquartier_hitze_hotspots.gpkg")
    land_use = context.parcels + "|layername=flurstuecke"  # ALKIS-like use: Straßenverkehr counts as sealed
    res = demo.run("urbantwin:heatscreening", BUILDINGS=context.city + "|layername=footprints", TREES=trees,
                   LANDCOVER=land_use, SEALED_FIELD="nutzung",
                   CROWN_DIAMETER_FIELD="kronendurchmesser", TREE_HEIGHT_FIELD="baumhoehe", DEM=dem, DISTRICTS=districts,
                   CELL_SIZE=10, DATE="2026-07-01", OUTPUT_CELLS=cells, OUTPUT_SVF=svf, OUTPUT_DISTRICTS=heat_districts,
                   OUTPUT_HOTSPOTS=hotspots)
    print("  {} cells of 10 m, hotspots (classes 4–5): {:.2f} ha".format(int(res["CELL_COUNT"]), res["HOTSPOT_AREA_HA"]))
    print("  {:<22} {:>7} {:>7} {:>6} {:>7} {:>6}  {}".format("district", "sealed", "green", "SVF", "shade", "index", "ha per class 1–5"))
    for row in demo.sql(heat_districts, "SELECT district, sealed_share, green_share, svf, shade_share, heat_index, class1_ha, class2_ha, "
                                        "class3_ha, class4_ha, class5_ha FROM heat_districts ORDER BY district"):
        print("  {:<22} {:>7.2f} {:>7.2f} {:>6.2f} {:>7.2f} {:>6.1f}  {}".format(*row[:6], " / ".join("{:.2f}".format(v) for v in row[6:])))

    demo.heading("{}c. Measures: a 700 m³ retention space in the deepest sink and 30 trees in the hottest streets (urbantwin:climatemeasures)"
                 .format(number))
    retention, new_trees, sink_id, tree_count = _write_measures(demo.OUT, sinks, cells)
    summary = os.path.join(demo.OUT, "musterquartier_massnahmen.gpkg")
    deltas = os.path.join(demo.OUT, "musterquartier_senken_vorher_nachher.gpkg")
    res = demo.run("urbantwin:climatemeasures", BUILDINGS=context.city + "|layername=footprints", DEM=dem, DISTRICTS=districts,
                   TREES=trees, CROWN_DIAMETER_FIELD="kronendurchmesser", TREE_HEIGHT_FIELD="baumhoehe", RETENTION=retention,
                   LANDCOVER=land_use, SEALED_FIELD="nutzung",
                   NEW_TREES=new_trees, NEW_CROWN_DIAMETER_FIELD="kronendurchmesser", NEW_TREE_HEIGHT_FIELD="baumhoehe",
                   OUTPUT_DISTRICTS=summary, OUTPUT_SINKS=deltas)
    for row in demo.sql(deltas, "SELECT sink_id, fill_ratio_before, fill_ratio_after FROM sinks_before_after WHERE sink_id = {}".format(sink_id)):
        print("  the retention space changes the fill ratio of sink {} from {:.2f} to {:.2f}".format(*row))
    print("  affected buildings {} → {}; {} new trees: hotspot area {:.2f} ha → {:.2f} ha".format(
        int(res["AFFECTED_BEFORE"]), int(res["AFFECTED_AFTER"]), tree_count, res["HOTSPOT_HA_BEFORE"], res["HOTSPOT_HA_AFTER"]))
    for row in demo.sql(summary, "SELECT district, heat_index_before, heat_index_after, class_changes FROM measures_per_district "
                                 "WHERE class_changes <> '' ORDER BY district"):
        print("  {}: mean heat index {:.1f} → {:.1f}; class changes {}".format(*row))
    context.climate = dict(sinks=sinks, flowpaths=paths, affected=affected, heat_cells=cells, heat_districts=heat_districts)

    demo.heading("{}d. Council map 'Starkregen-/Hitzevorsorge', one A3 page per district (urbantwin:councilmap)".format(number))
    pdf = os.path.join(demo.OUT, "musterquartier_starkregen_hitze.pdf")
    template = os.path.join(demo.ROOT, "resources", "templates", "council_climate_a3_landscape.qpt")
    demo.run("urbantwin:councilmap", tolerate_exit_crash=True, LAYERS=[affected, paths, sinks, hotspots],
             COVERAGE=districts, PAGE_NAME_FIELD="name", TEMPLATE_FILE=template, TITLE="Starkregen-/Hitzevorsorge Musterquartier",
             SUBTITLE="Fließwege, Senken (100 mm in 1 h), betroffene Gebäude und Hitze-Hotspots", FIGURES=rain_districts,
             FIGURES_FIELDS=["district", "affected_buildings", "hazard_high", "sinks"], OUTPUT=pdf)
    if not os.path.exists(pdf):
        raise SystemExit("the climate council map PDF was not written")
    print("  {} pages -> {}".format(demo.pdf_pages(pdf), pdf))
