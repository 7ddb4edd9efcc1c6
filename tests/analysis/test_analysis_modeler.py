"""The analysis algorithms as steps of a graphical model (what GIS staff build in the modeler):
plancompliance feeds its per-area output into districtfigures (plan areas as districts)."""

import pytest
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProject,
)


def with_defaults(child):
    """What the modeler dialog does: every parameter not wired gets its default as a static value."""
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(child.algorithmId())
    for definition in algorithm.parameterDefinitions():
        if definition.name() not in child.parameterSources() and not definition.isDestination():
            child.addParameterSources(
                definition.name(), [QgsProcessingModelChildParameterSource.fromStaticValue(definition.defaultValue())]
            )
    return child


def build_model():
    model = QgsProcessingModelAlgorithm("Plan check and figures", "urbantwin-tests")
    for name in ("buildings", "plan"):
        model.addModelParameter(QgsProcessingParameterFeatureSource(name, name), QgsProcessingModelParameter(name))
    check = QgsProcessingModelChildAlgorithm("urbantwin:plancompliance")
    check.setChildId("check")
    check.addParameterSources("BUILDINGS", [QgsProcessingModelChildParameterSource.fromModelParameter("buildings")])
    check.addParameterSources("PLAN", [QgsProcessingModelChildParameterSource.fromModelParameter("plan")])
    output = QgsProcessingModelOutput("compliance", "compliance")
    output.setChildOutputName("OUTPUT")
    check.setModelOutputs({"compliance": output})
    model.addChildAlgorithm(with_defaults(check))
    figures = QgsProcessingModelChildAlgorithm("urbantwin:districtfigures")
    figures.setChildId("figures")
    figures.addParameterSources("DISTRICTS", [QgsProcessingModelChildParameterSource.fromChildOutput("check", "OUTPUT")])
    figures.addParameterSources("NAME_FIELD", [QgsProcessingModelChildParameterSource.fromStaticValue("unit_id")])
    figures.addParameterSources("BUILDINGS", [QgsProcessingModelChildParameterSource.fromModelParameter("buildings")])
    output = QgsProcessingModelOutput("figures", "figures")
    output.setChildOutputName("OUTPUT")
    figures.setModelOutputs({"figures": output})
    model.addChildAlgorithm(with_defaults(figures))
    return model


def test_model_chains_check_and_figures(urbantwin_provider, tmp_path, shapes, make_buildings, make_plan, read_layer):
    buildings = make_buildings(
        [
            {"wkt": shapes.rect(5, 5, 20, 10), "storeys_above_ground": 3},  # 200 m² × 3 in Z1
            {"wkt": shapes.rect(55, 5, 10, 10), "storeys_above_ground": 1},  # 100 m² × 1 in Z2
        ]
    )
    plan = make_plan(
        [{"wkt": shapes.rect(0, 0, 50, 20), "GRZ": 0.15, "Z": 2}, {"wkt": shapes.rect(50, 0, 50, 20), "GRZ": 0.4, "Z": 2}]
    )
    model = build_model()
    ok, errors = model.validate()
    assert ok, errors
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    parameters = {
        "buildings": buildings,
        "plan": plan,
        "check:compliance": str(tmp_path / "check.gpkg"),
        "figures:figures": str(tmp_path / "figures.gpkg"),
    }
    model.initAlgorithm({})
    results, ok = model.run(parameters, context, QgsProcessingFeedback())
    assert ok
    check = read_layer(results["check:compliance"], "plan_compliance")[0]
    assert check["Z1"]["status"] == "exceeds" and check["Z1"]["exceeded"] == "GRZ, Z"  # 200/1000 = 0.2 > 0.15; III > II
    assert check["Z2"]["status"] == "complies"
    figures = read_layer(results["figures:figures"], "district_figures", key="name")[0]
    assert figures["Z1"]["gf_estimate"] == pytest.approx(600.0) and figures["Z2"]["gfz_actual"] == pytest.approx(0.1)
