"""Processing dialogs of our algorithms with their layer inputs pre-filled by what each layer *is*.

QGIS puts the selected layer into every layer input (the Flurstücke as Gebäude *and* as Planflächen);
here each input gets a layer of the kind it takes (core/layer_kinds.py) or stays empty.
"""

from qgis.core import QgsProject

from ..core import layer_kinds
from ..core.processing import base


def tree_layers(project):
    """Vector layers in layer-tree order (top first): the order the planner sees."""
    return [node.layer() for node in project.layerTreeRoot().findLayers() if node.layer() is not None and hasattr(node.layer(), "fields")]


def initial_parameters(algorithm, project=None, active_layer=None):
    """{parameter: layer or None} for the algorithm's kind-typed inputs."""
    project = project or QgsProject.instance()
    return layer_kinds.suggest_inputs(algorithm.input_kinds(), tree_layers(project), active_layer)


def create_parameters_dialog(algorithm, parent=None, active_layer=None, project=None):
    """The standard Processing dialog, its layer inputs set by kind (empty where no layer fits)."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog

    if active_layer is None:
        try:
            from qgis.utils import iface

            active_layer = iface.activeLayer() if iface is not None else None
        except ImportError:
            active_layer = None
    dialog = AlgorithmDialog(algorithm.create(), parent=parent)
    panel = dialog.mainWidget()
    for name, layer in initial_parameters(algorithm, project, active_layer).items():
        wrapper = panel.wrappers.get(name)
        if wrapper is None:
            continue
        if layer is not None:
            wrapper.setParameterValue(layer, panel.processing_context)
        else:
            clear_layer_input(wrapper)
    return dialog


def clear_layer_input(wrapper):
    """Empty a layer input, also a mandatory one (QGIS would put the selected layer in): running the dialog then
    asks for the layer instead of computing with the wrong one."""
    from qgis.PyQt.QtWidgets import QComboBox

    widget = wrapper.wrappedWidget()
    combo = widget if isinstance(widget, QComboBox) else (widget.findChild(QComboBox) if widget is not None else None)
    if combo is not None:
        combo.setCurrentIndex(-1)


def install():
    base.PARAMETERS_DIALOG_FACTORY = create_parameters_dialog


def uninstall():
    if base.PARAMETERS_DIALOG_FACTORY is create_parameters_dialog:
        base.PARAMETERS_DIALOG_FACTORY = None
