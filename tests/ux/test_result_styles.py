"""Item 3: every result is styled when it loads, whichever way it is loaded. The GUI path is
processing.runAndLoadResults (the same handleAlgorithmResults the dialog, the menu and a model run use)."""

import pytest

FAST_SOLAR = {"TIME_STEP": 0, "AZIMUTHS": 8, "SAMPLE_SPACING": 6.0, "RESOLUTION": 2.0, "MAX_DISTANCE": 60.0}


def _load_like_the_gui(algorithm_id, parameters, outputs):
    """Run with outputs the dialog would load (destination project set) and load them as the GUI does."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingOutputLayerDefinition, QgsProject

    project = QgsProject.instance()
    for name, path in outputs.items():
        parameters[name] = QgsProcessingOutputLayerDefinition(path, project)
    context = QgsProcessingContext()
    context.setProject(project)
    before = set(project.mapLayers())
    processing.runAndLoadResults(algorithm_id, parameters, feedback=QgsProcessingFeedback(), context=context)
    return [layer for layer_id, layer in project.mapLayers().items() if layer_id not in before]


@pytest.fixture()
def quarter_layers(imported_quarter, qgis_new_project):
    tile = imported_quarter["citymodel"]
    return {"buildings": tile + "|layername=buildings", "surfaces": tile + "|layername=building_surfaces",
            "footprints": tile + "|layername=footprints", "plan": imported_quarter["xplan"] + "|layername=bp_baugebietsteilflaeche",
            "districts": imported_quarter["districts"] + "|layername=quartiere"}


def _categories(layer):
    return [c.value() for c in layer.renderer().categories()]


def test_solar_results_load_styled(quarter_layers, urbantwin_provider, tmp_path):
    from urban_twin.core.analysis.solar.outputs import CLASS_COLOURS, IRRADIATION_RANGES

    layers = _load_like_the_gui(
        "urbantwin:solarpotential", dict(FAST_SOLAR, SURFACES=quarter_layers["surfaces"]),
        {"OUTPUT": str(tmp_path / "solar.gpkg"), "OUTPUT_BUILDINGS": str(tmp_path / "solar_b.gpkg")})
    by_source = {layer.source().split("|")[0]: layer for layer in layers}
    surfaces = by_source[str(tmp_path / "solar.gpkg")]
    assert surfaces.renderer().type() == "graduatedSymbol"  # was one flat colour
    assert surfaces.renderer().classAttribute() == "irradiation" and len(surfaces.renderer().ranges()) == len(IRRADIATION_RANGES)
    buildings = by_source[str(tmp_path / "solar_b.gpkg")]
    assert buildings.renderer().type() == "categorizedSymbol" and set(_categories(buildings)) == set(CLASS_COLOURS)


def test_shadows_of_several_times_are_distinguishable_and_temporal(quarter_layers, urbantwin_provider, tmp_path):
    layers = _load_like_the_gui(
        "urbantwin:shadow", {"BUILDINGS": quarter_layers["buildings"], "DATE": "2026-03-21", "TIMES": "09:00, 12:00, 15:00"},
        {"OUTPUT": str(tmp_path / "shadows.gpkg")})
    (shadows,) = layers
    renderer = shadows.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "local_time"
    times = sorted({f["local_time"] for f in shadows.getFeatures()})
    assert len(times) == 3 and _categories(shadows) == times
    colours = {c.symbol().color().name() for c in renderer.categories()}
    assert len(colours) == 3  # three different colours, not three greys
    assert [c.label() for c in renderer.categories()] == ["09:00", "12:00", "15:00"]
    temporal = shadows.temporalProperties()
    assert temporal.isActive() and "local_time" in temporal.startExpression()


def test_sunhours_points_and_raster_load_styled(quarter_layers, urbantwin_provider, tmp_path):
    from urban_twin.core.analysis.solar.outputs import SUN_HOUR_BREAKS

    layers = _load_like_the_gui(
        "urbantwin:sunhours", {"BUILDINGS": quarter_layers["surfaces"], "DATE": "2026-03-21", "STEP_MINUTES": 30,
                               "CELL_SIZE": 8.0, "FACADE_SPACING": 20.0},
        {"OUTPUT_POINTS": str(tmp_path / "points.gpkg"), "OUTPUT_RASTER": str(tmp_path / "hours.tif")})
    by_type = {layer.type(): layer for layer in layers}
    points = by_type[0]  # vector
    assert points.renderer().type() == "graduatedSymbol" and len(points.renderer().ranges()) == len(SUN_HOUR_BREAKS)
    raster = by_type[1]
    assert raster.renderer().type() == "singlebandpseudocolor"
    items = raster.renderer().shader().rasterShaderFunction().colorRampItemList()
    assert len(items) == len(SUN_HOUR_BREAKS)


def test_compliance_and_district_results_load_styled(quarter_layers, urbantwin_provider, tmp_path):
    from urban_twin.core.analysis.result_layers import GRZ_CLASSES

    layers = _load_like_the_gui(
        "urbantwin:plancompliance", {"BUILDINGS": quarter_layers["buildings"], "PLAN": quarter_layers["plan"]},
        {"OUTPUT": str(tmp_path / "check.gpkg")})
    assert layers[0].renderer().type() == "categorizedSymbol" and layers[0].renderer().classAttribute() == "status"
    layers = _load_like_the_gui(
        "urbantwin:districtfigures", {"BUILDINGS": quarter_layers["buildings"], "DISTRICTS": quarter_layers["districts"]},
        {"OUTPUT": str(tmp_path / "districts.gpkg")})
    assert layers[0].renderer().type() == "graduatedSymbol" and len(layers[0].renderer().ranges()) == len(GRZ_CLASSES)


def test_result_added_any_other_way_is_styled_once(quarter_layers, urbantwin_provider, tmp_path, qgis_new_project):
    """Model, drop and catalogue add layers without Processing's post-processor: the project hook styles results
    (recognised by the kind in their metadata) once; a style the planner sets later stays."""
    import processing
    from qgis.core import QgsFillSymbol, QgsProject, QgsSingleSymbolRenderer, QgsVectorLayer

    from urban_twin.core.layer_kinds import layer_kind
    from urban_twin.ui import result_styles

    out = str(tmp_path / "shadows.gpkg")
    processing.run("urbantwin:shadow", {"BUILDINGS": quarter_layers["buildings"], "TIMES": "10:00, 14:00", "OUTPUT": out})
    options = QgsVectorLayer.LayerOptions()
    options.loadDefaultStyle = False  # how Processing and the modeler open layers
    layer = QgsVectorLayer(out + "|layername=shadows", "Schatten", "ogr", options)
    assert layer.renderer().type() == "singleSymbol" and layer_kind(layer) == "results"
    hook = result_styles.install(QgsProject.instance())
    try:
        QgsProject.instance().addMapLayer(layer)
        assert layer.renderer().type() == "categorizedSymbol"
        assert len(layer.renderer().categories()) == 2
        # a style the planner chooses later is kept when the layer is added again (e.g. moved between projects)
        layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"color": "#ff0000"})))
        assert not result_styles.style_added_layers([layer]) and layer.renderer().type() == "singleSymbol"
    finally:
        result_styles.uninstall(hook)
