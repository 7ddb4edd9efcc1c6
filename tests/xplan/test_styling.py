"""PlanZV styling and the Nutzungsschablone labels; one layer group per plan."""

from lxml import etree
from qgis.core import (
    NULL,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextScope,
    QgsExpressionContextUtils,
    QgsProject,
    QgsRenderContext,
)

from urban_twin.core.xplan.project import add_xplan_to_project

SAMPLE_60 = "synthetic_BPlan_6-0_arcs_hoehen.gml"
X60 = "{http://www.xplanung.de/xplangml/6/0}"
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V"}


def _layers(group):
    """{GeoPackage table name: layer} (the layer names are the translated titles)."""
    return {layer.layer().source().split("|layername=")[-1].split("|")[0]: layer.layer() for layer in group.findLayers()}


def _fill_colour(layer, feature):
    context = QgsRenderContext()
    renderer = layer.renderer().clone()
    renderer.startRender(context, layer.fields())
    symbols = renderer.originalSymbolsForFeature(feature, context)
    assert len(symbols) == 1
    symbol = symbols[0]
    renderer.stopRender(context)
    return symbol.color().name().upper()


def test_plan_group_with_planzv_colours_and_nutzungsschablone(import_sample, sample):
    target, _ = import_sample(SAMPLE_60)
    project = QgsProject()
    group = add_xplan_to_project(target, project)
    layers = _layers(group)
    assert {"plans", "bp_baugebietsteilflaeche", "bp_baugrenze", "so_strassenverkehr", "xp_ppo"} <= set(layers)
    # the sample's Bereich has no geltungsbereich: a table without geometry stays out of the map
    has_geometry = etree.parse(sample(SAMPLE_60)).getroot().find(".//" + X60 + "BP_Bereich/" + X60 + "geltungsbereich") is not None
    assert ("bereiche" in layers) == has_geometry
    # the layer panel shows titles in the planner's words, the group the plan's name
    assert layers["bp_baugebietsteilflaeche"].name().startswith("Building zones – ") and layers["plans"].name() != "plans"
    plan_name = etree.parse(sample(SAMPLE_60)).getroot().findtext(".//" + X60 + "BP_Plan/" + X60 + "name")
    assert group.name() == plan_name
    # calling again (drop handler after the algorithm) does not add the layers twice
    assert add_xplan_to_project(target, project) is group and len(project.mapLayers()) == len(layers)
    btf = layers["bp_baugebietsteilflaeche"]
    features = {f["gml_id"]: f for f in btf.getFeatures()}
    assert _fill_colour(btf, features["GML_btf_0001"]) == "#CF9377"  # WA: Wohnbauflächen
    assert _fill_colour(btf, features["GML_btf_0002"]) == "#D5A744"  # MI: gemischte Bauflächen
    assert layers["bp_baugrenze"].renderer().symbol().color().name().upper() == "#1763AA"
    assert layers["so_strassenverkehr"].renderer().symbol().color().name().upper() == "#FFD92F"
    assert layers["plans"].renderer().symbol().symbolLayer(0).strokeColor().name().upper() == "#80847A"

    assert btf.labelsEnabled()
    settings = btf.labeling().settings()
    expression = QgsExpression(settings.fieldName)
    root = etree.parse(sample(SAMPLE_60)).getroot()
    for element in root.iter(X60 + "BP_BaugebietsTeilFlaeche"):
        gml_id = element.get("{http://www.opengis.net/gml/3.2}id")
        storeys = int(element.findtext(X60 + "Z") or element.findtext(X60 + "Zmax"))
        token = {"1200": "WA", "1500": "MI"}[element.findtext(X60 + "besondereArtDerBaulNutzung")]
        bauweise = {"1000": "o", "2000": "g"}[element.findtext(X60 + "bauweise")]
        expected = "{} {}\nGRZ {} GFZ {}\n{}".format(token, ROMAN[storeys], element.findtext(X60 + "GRZ").replace(".", ","),
                                                     element.findtext(X60 + "GFZ").replace(".", ","), bauweise)
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(btf))
        context.setFeature(features[gml_id])
        assert expression.evaluate(context) == expected, expression.parserErrorString()
        # at 1:5 000 (a council map of the whole plan) only the first line fits into a zone
        for scale, text in ((1000, expected), (4000, expected), (5000, expected.split("\n")[0])):
            scope = QgsExpressionContextScope()
            scope.setVariable("map_scale", scale)
            context.appendScope(scope)
            assert expression.evaluate(context) == text
            context.popScope()
    # overview maps and zoomed-out views: no labels
    assert settings.scaleVisibility and settings.minimumScale == 12500 and settings.maximumScale == 0


def test_one_group_per_plan_filtered_by_plan_id(import_sample, sample):
    target, document = import_sample("rub_v5-0_Demo.gml")
    project = QgsProject()
    top = add_xplan_to_project(target, project, group_name="Demo")
    plan_groups = top.children()
    assert top.name() == "Demo" and len(plan_groups) == 2
    names = sorted(p.first("name") for p in document.plans)
    assert sorted(g.name() for g in plan_groups) == names
    for group in plan_groups:
        plan_layer = _layers(group)["plans"]
        assert plan_layer.featureCount() == 1
        plan_id = next(plan_layer.getFeatures())["gml_id"]
        for layer in _layers(group).values():
            assert {f["plan_id"] for f in layer.getFeatures()} <= {plan_id}


def test_print_palette_is_lighter(import_sample):
    from qgis.PyQt.QtGui import QColor

    target, _ = import_sample(SAMPLE_60)
    screen_project, print_project = QgsProject(), QgsProject()  # keep the projects alive while their layers are used
    default = _layers(add_xplan_to_project(target, screen_project))
    printed = _layers(add_xplan_to_project(target, print_project, palette="print"))
    feature = next(f for f in default["bp_baugebietsteilflaeche"].getFeatures() if f["gml_id"] == "GML_btf_0001")
    screen = _fill_colour(default["bp_baugebietsteilflaeche"], feature)
    paper = _fill_colour(printed["bp_baugebietsteilflaeche"], feature)
    assert (screen, paper) == ("#CF9377", "#FAC3B3")
    assert QColor(paper).lightness() > QColor(screen).lightness()


def test_nutzungsschablone_shows_the_roof_pitch(import_sample, loads):
    target, _ = import_sample("sagis_v5-3_bp_plan_schemaINVALID.gml")
    project = QgsProject()
    btf = _layers(add_xplan_to_project(target, project))["bp_baugebietsteilflaeche"]
    expression = QgsExpression(btf.labeling().settings().fieldName)
    checked = 0
    for feature in btf.getFeatures():
        pitch = None if feature["DN"] == NULL else feature["DN"]
        if pitch is None and feature["dachgestaltung"] != NULL:
            pitch = loads(feature["dachgestaltung"])[0].get("DN")
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(btf))
        context.setFeature(feature)
        last_line = expression.evaluate(context).split("\n")[-1]
        bauweise = {1000: "o", 2000: "g", 3000: "a"}.get(feature["bauweise"], "")
        expected = bauweise + (" DN {}°".format(str(pitch).replace(".", ",").replace(",0", "")) if pitch is not None else "")
        assert last_line == expected, expression.parserErrorString()
        checked += pitch is not None
    assert checked == 1
