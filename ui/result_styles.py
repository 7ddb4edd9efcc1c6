"""Results get their stored style whichever way they reach the map (model, drop, catalogue, scripts).

Processing's own runs are styled by a post-processor (core/analysis/result_layers); layers added any other way
without their default style are caught here, when they are added to the project.
"""

from ..core.analysis.result_layers import style_result_layer
from ..core.layer_kinds import RESULTS, layer_kind


def style_added_layers(layers):
    for layer in layers:
        if layer_kind(layer) == RESULTS:
            style_result_layer(layer)


def install(project):
    project.layersAdded.connect(style_added_layers)
    return project


def uninstall(project):
    try:
        project.layersAdded.disconnect(style_added_layers)
    except (TypeError, RuntimeError):
        pass
