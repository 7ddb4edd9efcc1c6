#!/usr/bin/env python3
"""Write the Processing models shipped with the plugin (resources/models/*.model3), shown in the toolbox under
Urban Twin → Modelle. Built with the model API rather than by hand, so parameter names and wiring are checked
by QGIS. Run after changing a model: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_models.py
"""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL_DIR = os.path.join(ROOT, "resources", "models")


def _child(algorithm_id, child_id, description):
    from qgis.core import QgsProcessingModelChildAlgorithm

    child = QgsProcessingModelChildAlgorithm(algorithm_id)
    child.setChildId(child_id)
    child.setDescription(description)
    return child


def _set_sources(child, **kwargs):
    """addParameterSources one by one (setParameterSources with a dict corrupts memory in PyQGIS 3.22)."""
    for name, value in kwargs.items():
        child.addParameterSources(name, value if isinstance(value, list) else [value])


def _fill_defaults(child):
    """Every other parameter of the step at its default (a model must name them all)."""
    from qgis.core import QgsProcessingModelChildParameterSource

    sources = child.parameterSources()
    for definition in child.algorithm().parameterDefinitions():
        if definition.isDestination() or definition.name() in sources or definition.defaultValue() is None:
            continue
        child.addParameterSources(definition.name(), [QgsProcessingModelChildParameterSource.fromStaticValue(definition.defaultValue())])


def _output(child, output_name, description, default=None):
    from qgis.core import QgsProcessingModelOutput

    output = QgsProcessingModelOutput(output_name, description)
    output.setChildId(child.childId())
    output.setChildOutputName(output_name)
    if default is not None:
        output.setDefaultValue(default)
    outputs = child.modelOutputs()
    outputs[description] = output
    child.setModelOutputs(outputs)


def tiles_to_solar_sheet():
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelParameter,
        QgsProcessingParameterFile,
        QgsProcessingParameterString,
    )
    from qgis.core import (
        QgsProcessingModelChildParameterSource as Source,
    )

    model = QgsProcessingModelAlgorithm("Kachelordner → Gebäude → Solarkataster → Ratsvorlage", "Modelle", "models")
    tiles = QgsProcessingParameterFile("TILES", "Kachelordner (CityGML/CityJSON)", QgsProcessingParameterFile.Behavior.Folder)
    model.addModelParameter(tiles, QgsProcessingModelParameter("TILES"))
    title = QgsProcessingParameterString("TITLE", "Titel der Ratsvorlage", "Solarkataster")
    model.addModelParameter(title, QgsProcessingModelParameter("TITLE"))
    target = QgsProcessingParameterString("CITYMODEL", "Stadtmodell-GeoPackage (leer = stadtmodell.urbantwin.gpkg im Kachelordner)",
                                          "", optional=True)
    model.addModelParameter(target, QgsProcessingModelParameter("CITYMODEL"))
    # QGIS 3.22 exposes no file outputs of a step as model variables: the GeoPackage path is a model value
    gpkg = "coalesce(nullif(@CITYMODEL, ''), @TILES || '/stadtmodell.urbantwin.gpkg')"

    import_child = _child("urbantwin:importcitymodel", "import", "Stadtmodell importieren")
    _set_sources(import_child, INPUT=Source.fromModelParameter("TILES"), OUTPUT=Source.fromExpression(gpkg))
    _fill_defaults(import_child)
    model.addChildAlgorithm(import_child)

    solar = _child("urbantwin:solarpotential", "solar", "Solarpotenzial der Dächer")
    _set_sources(
        solar,
        SURFACES=Source.fromExpression(gpkg + " || '|layername=building_surfaces'"),
        BUILDINGS=Source.fromExpression(gpkg + " || '|layername=buildings'"),
    )
    solar.setDependencies([_dependency("import")])
    _output(solar, "OUTPUT", "Solarkataster (Dachflächen)")
    _output(solar, "OUTPUT_BUILDINGS", "Solarkataster (Gebäude)")
    _fill_defaults(solar)
    model.addChildAlgorithm(solar)

    sheet = _child("urbantwin:councilmap", "sheet", "Ratsvorlage")
    _set_sources(
        sheet,
        LAYERS=[Source.fromChildOutput("solar", "OUTPUT")],
        FIGURES=Source.fromChildOutput("solar", "OUTPUT_BUILDINGS"),
        TITLE=Source.fromModelParameter("TITLE"),
    )
    _output(sheet, "OUTPUT", "Ratsvorlage (PDF)")
    _fill_defaults(sheet)
    model.addChildAlgorithm(sheet)
    model.setHelpContent({"ALG_DESC": "Importiert alle Kacheln eines Ordners, berechnet das Solarpotenzial der Dächer "
                                      "(mit Verschattung durch die Nachbargebäude) und erstellt die Ratsvorlage mit den "
                                      "Kennzahlen je Gebäude."})
    return "kachelordner_solarkataster_ratsvorlage", model


def plan_check_sheet():
    from qgis.core import (
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelParameter,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterString,
    )
    from qgis.core import (
        QgsProcessingModelChildParameterSource as Source,
    )

    polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
    model = QgsProcessingModelAlgorithm("Bebauungsplan prüfen: Plan + Gebäude + Flurstücke → Prüfung → Ratsvorlage",
                                        "Modelle", "models")
    for name, description, optional in (("PLAN", "Baugebiete des Bebauungsplans", False), ("BUILDINGS", "Gebäude", False),
                                        ("PARCELS", "Flurstücke", True)):
        parameter = QgsProcessingParameterFeatureSource(name, description, polygon, optional=optional)
        model.addModelParameter(parameter, QgsProcessingModelParameter(name))
    title = QgsProcessingParameterString("TITLE", "Titel der Ratsvorlage", "Bebauungsplan-Check")
    model.addModelParameter(title, QgsProcessingModelParameter("TITLE"))

    check = _child("urbantwin:plancompliance", "check", "Bebauungsplan-Check")
    _set_sources(check, BUILDINGS=Source.fromModelParameter("BUILDINGS"), PLAN=Source.fromModelParameter("PLAN"),
                 PARCELS=Source.fromModelParameter("PARCELS"))
    _output(check, "OUTPUT", "Prüfung je Planfläche oder Flurstück")
    _fill_defaults(check)
    model.addChildAlgorithm(check)

    sheet = _child("urbantwin:councilmap", "sheet", "Ratsvorlage")
    _set_sources(
        sheet,
        LAYERS=[Source.fromChildOutput("check", "OUTPUT")],
        FIGURES=Source.fromChildOutput("check", "OUTPUT"),
        TITLE=Source.fromModelParameter("TITLE"),
    )
    _output(sheet, "OUTPUT", "Ratsvorlage (PDF)")
    _fill_defaults(sheet)
    model.addChildAlgorithm(sheet)
    model.setHelpContent({"ALG_DESC": "Prüft die Gebäude gegen die Baugebiete des Bebauungsplans (GRZ, GFZ, Vollgeschosse, "
                                      "Höhen; mit Flurstücken je Baugrundstück) und erstellt die Ratsvorlage mit allen "
                                      "Prüfeinheiten."})
    return "bebauungsplan_pruefen_ratsvorlage", model


def _dependency(child_id):
    from qgis.core import QgsProcessingModelChildDependency

    return QgsProcessingModelChildDependency(child_id)


def main():
    sys.path.insert(0, os.path.join(ROOT, ".build", "pkgpath"))
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from urban_twin.core.processing.provider import UrbanTwinProvider

    provider = UrbanTwinProvider()  # kept: the registry does not own Python providers
    QgsApplication.processingRegistry().addProvider(provider)
    os.makedirs(MODEL_DIR, exist_ok=True)
    for build in (tiles_to_solar_sheet, plan_check_sheet):
        file_name, model = build()
        model.updateDestinationParameters()  # the model outputs become destination parameters (qgis_process, dialog)
        ok, errors = model.validate()
        if not ok:
            raise SystemExit("{}: {}".format(file_name, errors))
        path = os.path.join(MODEL_DIR, file_name + ".model3")
        if not model.toFile(path):
            raise SystemExit("cannot write " + path)
        print("written", path)


if __name__ == "__main__":
    main()
