"""What a layer *is* (buildings, surfaces, plan zones, parcels …), so dialogs can pre-fill inputs by kind.

Our loaders set the custom property ``urbantwin/layer_kind`` on every layer they add; our result files carry
the kind as a metadata keyword (vocabulary ``urbantwin:layer-kind``). A layer loaded by hand from one of our
GeoPackages is recognised by its table and a field of our schema; an ALKIS parcel layer by the
``flurstueckskennzeichen`` field. Anything else has no kind (None): a dialog then leaves the input empty
instead of guessing.
"""

BUILDINGS = "buildings"
SURFACES = "surfaces"
FOOTPRINTS = "footprints"
PLAN_ZONES = "plan_zones"
PLAN = "plan"  # other XPlanung layers (Baufenster, Verkehrsflächen, Geltungsbereich …)
PARCELS = "parcels"
DISTRICTS = "districts"
RESULTS = "results"
KINDS = (BUILDINGS, SURFACES, FOOTPRINTS, PLAN_ZONES, PLAN, PARCELS, DISTRICTS, RESULTS)

PROPERTY = "urbantwin/layer_kind"
KEYWORD_VOCABULARY = "urbantwin:layer-kind"

# GeoPackage table → (kind, a field our schema has in that table)
TABLE_KINDS = {
    "buildings": (BUILDINGS, "building_id"),
    "building_surfaces": (SURFACES, "surface_type"),
    "footprints": (FOOTPRINTS, "building_id"),
    "bp_baugebietsteilflaeche": (PLAN_ZONES, "plan_id"),
    "flurstuecke": (PARCELS, "flurstueckskennzeichen"),
    "quartiere": (DISTRICTS, "name"),
}
PARCEL_FIELDS = ("flurstueckskennzeichen",)


def table_name(layer):
    """The GeoPackage table behind an OGR layer (``…|layername=buildings``), else ''."""
    try:
        if layer.providerType() != "ogr":
            return ""
        source = layer.source()
    except (AttributeError, RuntimeError):
        return ""
    for part in source.split("|")[1:]:
        if part.startswith("layername="):
            return part[len("layername="):]
    return ""


def kind_from_metadata(metadata):
    keywords = metadata.keywords().get(KEYWORD_VOCABULARY) or []
    return keywords[0] if keywords and keywords[0] in KINDS else None


def layer_kind(layer):
    """The kind of ``layer`` (one of KINDS) or None when it cannot be told without guessing."""
    if layer is None:
        return None
    value = layer.customProperty(PROPERTY)
    if value in KINDS:
        return value
    try:
        kind = kind_from_metadata(layer.metadata())
    except (AttributeError, RuntimeError):
        kind = None
    if kind:
        return kind
    if not hasattr(layer, "fields"):
        return None
    names = set(layer.fields().names())
    table = table_name(layer)
    if table in TABLE_KINDS and TABLE_KINDS[table][1] in names:
        return TABLE_KINDS[table][0]
    if names & set(PARCEL_FIELDS):
        return PARCELS
    return None


def set_layer_kind(layer, kind):
    """Mark a layer we load (kept in the project file with the layer)."""
    if kind in KINDS:
        layer.setCustomProperty(PROPERTY, kind)


def add_kind_keyword(metadata, kind):
    """Write the kind into QgsLayerMetadata (stored in the GeoPackage with the result)."""
    keywords = metadata.keywords()
    keywords[KEYWORD_VOCABULARY] = [kind]
    metadata.setKeywords(keywords)
    return metadata


# algorithm id → {parameter: kinds it accepts, best first}; parameters not named here keep QGIS' behaviour
INPUT_KINDS = {
    "urbantwin:plancompliance": {"BUILDINGS": (BUILDINGS, FOOTPRINTS), "PLAN": (PLAN_ZONES,), "PARCELS": (PARCELS,)},
    "urbantwin:districtfigures": {"DISTRICTS": (DISTRICTS, PLAN_ZONES), "BUILDINGS": (BUILDINGS, FOOTPRINTS)},
    "urbantwin:solarpotential": {"SURFACES": (SURFACES,), "BUILDINGS": (BUILDINGS,)},
    "urbantwin:shadow": {"BUILDINGS": (BUILDINGS, SURFACES)},
    "urbantwin:sunhours": {"BUILDINGS": (SURFACES, BUILDINGS)},
}


def _source_file(layer):
    return layer.source().split("|")[0] if layer is not None else ""


def suggest_inputs(input_kinds, layers, active_layer=None):
    """{parameter: layer or None} for ``input_kinds`` ({parameter: kinds}) from ``layers`` (in layer-tree order).

    For each parameter, the kinds are tried best first; within a kind, the active layer wins, then a layer
    from the same file as an input already chosen (surfaces and buildings of one tile), then the only layer
    of that kind. Several candidates and no tie-break: None — an empty input, never a guess.
    """
    by_kind = {}
    for layer in layers:
        by_kind.setdefault(layer_kind(layer), []).append(layer)
    chosen = {}
    for parameter, kinds in input_kinds.items():
        chosen[parameter] = None
        for kind in kinds:
            candidates = by_kind.get(kind, [])
            if not candidates:
                continue
            if active_layer is not None and active_layer in candidates:
                chosen[parameter] = active_layer
                break
            files = {_source_file(layer) for layer in chosen.values() if layer is not None}
            same_file = [layer for layer in candidates if _source_file(layer) in files]
            if len(same_file) == 1:
                chosen[parameter] = same_file[0]
                break
            if len(candidates) == 1:
                chosen[parameter] = candidates[0]
            break  # the best kind present decides; a worse kind is not used to break its ambiguity
    return chosen


def index_below_results(root):
    """Where a new city model or plan group goes in the layer tree: on top, but below the results already there
    (results are drawn above the plans and city models they were computed from)."""
    from qgis.core import QgsLayerTree

    index = 0
    for node in root.children():
        if QgsLayerTree.isLayer(node) and layer_kind(node.layer()) == RESULTS:
            index += 1
        else:
            break
    return index
