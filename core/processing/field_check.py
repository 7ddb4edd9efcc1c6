"""Field parameters are checked against their layer before any work (issue #12: no silent acceptance).

A field name that the user (or a model, or a qgis_process call) passes explicitly and that the parent
layer does not have is an error naming the parameter, the field, the layer and the fields it does have.
A default that does not fit the layer is left to the algorithm (it says what it cannot determine).
"""

from qgis.core import QgsProcessingParameterField

from ..i18n import tr


def _requested_fields(definition, value):
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if v not in (None, "")]
    if not isinstance(value, str) or not value.strip():
        return []  # empty, or a model expression/property: nothing to check here
    if definition.allowMultiple():
        return [v for v in value.split(";") if v]
    return [value]


def _parent_fields(algorithm, parameters, context, parent):
    """(layer name, field names) of the parent layer parameter, or (None, None) when it is not set."""
    if not parent or parameters.get(parent) in (None, ""):
        return None, None
    layer = algorithm.parameterAsVectorLayer(parameters, parent, context)
    if layer is not None:
        return layer.source(), layer.fields().names()
    source = algorithm.parameterAsSource(parameters, parent, context)
    if source is not None:
        return source.sourceName(), source.fields().names()
    return None, None


def unknown_field_messages(algorithm, parameters, context):
    """One translated message per field parameter naming a field its layer does not have."""
    messages = []
    for definition in algorithm.parameterDefinitions():
        if not isinstance(definition, QgsProcessingParameterField):
            continue
        requested = _requested_fields(definition, parameters.get(definition.name()))
        if not requested:
            continue
        layer_name, names = _parent_fields(algorithm, parameters, context, definition.parentLayerParameterName())
        if names is None:
            continue
        missing = [name for name in requested if name not in names]
        if missing:
            messages.append(tr("{} ({}): the layer {} has no field named {}. Its fields: {}.").format(
                definition.description(), definition.name(), layer_name, ", ".join(missing), ", ".join(names) or "–"))
    return messages
