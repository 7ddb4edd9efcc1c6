"""What a desktop run of an import or the sample district adds to the map — the same as a drop.

Toolbox, menu and model runs of urbantwin:importcitymodel load the city model as one group "3D-Stadtmodell …"
with its styled, named layers (core/citymodel/project.py), exactly as the drop handler does; the Musterquartier
adds its four results (city model, plan, Flurstücke, Quartiere). Imports whose target is a temporary file write
beside their input instead (core/paths.py), so nothing vanishes with the session.
"""

import os

from qgis.core import QgsApplication, QgsProcessing, QgsProcessingUtils, QgsVectorLayer

from ..layer_kinds import DISTRICTS, PARCELS, set_layer_kind
from ..paths import default_import_target

# algorithm name → (input parameter, output parameter) of imports written beside their input
OUTPUT_BESIDE_INPUT = {"importcitymodel": ("INPUT", "OUTPUT"), "importxplan": ("INPUT", "OUTPUT")}
CITYMODEL_TABLES = ("buildings", "building_surfaces", "footprints")


def is_temporary(value):
    text = value if isinstance(value, str) else getattr(getattr(value, "sink", None), "staticValue", lambda: "")()
    if not text:
        return True
    return text == QgsProcessing.TEMPORARY_OUTPUT or os.path.abspath(str(text)).startswith(os.path.abspath(QgsProcessingUtils.tempFolder()))


def first_input_path(value):
    if isinstance(value, (list, tuple)):
        value = value[0] if value else ""
    value = value.source() if hasattr(value, "source") else str(value or "")
    return value.split(";")[0].split("|")[0]


def output_beside_input(algorithm_name, parameters):
    """Parameters with a temporary import target replaced by ``<input>.urbantwin.gpkg`` beside the input."""
    names = OUTPUT_BESIDE_INPUT.get(algorithm_name)
    if not names or not is_temporary(parameters.get(names[1])):
        return parameters
    source = first_input_path(parameters.get(names[0]))
    if not source or not os.path.exists(source):
        return parameters
    updated = dict(parameters)
    updated[names[1]] = default_import_target(source)
    return updated


def is_desktop(context):
    return context.project() is not None and QgsApplication.instance() is not None and QgsApplication.instance().platform() == "desktop"


def load_citymodel_as_group(context):
    """Replace the single city model layers Processing would load by our group (names, order, styles)."""
    from ..citymodel.project import add_citymodel_to_project

    pending = context.layersToLoadOnCompletion()
    files = []
    for source in list(pending.keys()):
        path, _, table = source.partition("|layername=")
        if table in CITYMODEL_TABLES:
            del pending[source]
            if path not in files:
                files.append(path)
    if not files:
        return []
    context.setLayersToLoadOnCompletion(pending)
    return [add_citymodel_to_project(path, context.project()) for path in files]


def load_musterquartier(folder, project):
    """City model and plan imported beside the generated files, plus Flurstücke and Quartiere: four results."""
    from ..citymodel.importer import import_citymodel
    from ..citymodel.project import add_citymodel_to_project
    from ..demo.musterquartier import FILE_NAMES
    from ..i18n import tr
    from ..xplan.gpkg import import_xplan
    from ..xplan.project import add_xplan_to_project

    citygml = os.path.join(folder, FILE_NAMES["citygml"])
    citymodel = os.path.splitext(citygml)[0] + ".urbantwin.gpkg"
    import_citymodel([citygml], citymodel)
    plan_file = os.path.join(folder, FILE_NAMES["xplan"])
    plan = os.path.splitext(plan_file)[0] + ".urbantwin.gpkg"
    import_xplan(plan_file, plan)
    added = [add_xplan_to_project(plan, project), add_citymodel_to_project(citymodel, project)]
    for key, table, title, kind in (("parcels", "flurstuecke", tr("Parcels"), PARCELS), ("districts", "quartiere", tr("Districts"), DISTRICTS)):
        layer = QgsVectorLayer("{}|layername={}".format(os.path.join(folder, FILE_NAMES[key]), table), title, "ogr")
        if layer.isValid():
            set_layer_kind(layer, kind)
            project.addMapLayer(layer)
            added.append(layer)
    return added
