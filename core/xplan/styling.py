"""PlanZV styling built in code (colours are the xPlanBox defaults from reference §8, re-created, not copied).

Area fills per Art der baulichen Nutzung and per class, Baugrenze/Baulinie/Straßenbegrenzungslinie
line styles, Geltungsbereich outline and the simplified Nutzungsschablone label.
"""

from qgis.core import (
    Qgis,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor, QFont

# (filter expression, label, fill colour) for BP_BaugebietsTeilFlaeche, PlanZV 1.1–1.4 (no BETWEEN: QGIS 3.22 lacks it)
ART_DER_NUTZUNG_RULES = (
    ('("besondereArtDerBaulNutzung" >= 1000 AND "besondereArtDerBaulNutzung" <= 1300) OR ("besondereArtDerBaulNutzung" IS NULL AND "allgArtDerBaulNutzung" = 1000)',
     "Wohnbauflächen (W)", "#CF9377"),
    ('("besondereArtDerBaulNutzung" >= 1400 AND "besondereArtDerBaulNutzung" <= 1600) OR ("besondereArtDerBaulNutzung" IS NULL AND "allgArtDerBaulNutzung" = 2000)',
     "Gemischte Bauflächen (M)", "#D5A744"),
    ('("besondereArtDerBaulNutzung" >= 1700 AND "besondereArtDerBaulNutzung" <= 1800) OR ("besondereArtDerBaulNutzung" IS NULL AND "allgArtDerBaulNutzung" = 3000)',
     "Gewerbliche Bauflächen (G)", "#A6A596"),
    ('("besondereArtDerBaulNutzung" >= 2000 AND "besondereArtDerBaulNutzung" <= 4000) OR ("besondereArtDerBaulNutzung" IS NULL AND "allgArtDerBaulNutzung" = 4000)',
     "Sonderbauflächen (S)", "#FE7F26"),
    ("ELSE", "Sonstiges Gebiet", "#FFFFFF"),
)
# Layers coloured by Art der baulichen Nutzung (BP Baugebiete, FP Bauflächen) and labelled with the Nutzungsschablone.
ART_DER_NUTZUNG_LAYERS = ("bp_baugebietsteilflaeche", "fp_bebauungsflaeche")
CLASS_FILLS = {
    "bp_gemeinbedarfsflaeche": "#E94EA5",
    "so_strassenverkehr": "#FFD92F",
    "bp_strassenverkehrsflaeche": "#FFD92F",
    "bp_verentsorgung": "#FFFF1A",
    "bp_gruenflaeche": "#7FC643",
    "so_gewaesser": "#99D9E8",
    "bp_gewaesserflaeche": "#99D9E8",
    "bp_landwirtschaftsflaeche": "#CCE968",
    "bp_waldflaeche": "#34AB8F",
    "fp_gruen": "#80E41B",
}
# class layer → (colour, width mm, dash-dot?)
CLASS_LINES = {
    "bp_baugrenze": ("#1763AA", 0.5, True),
    "bp_baulinie": ("#FD341F", 0.5, True),
    "bp_strassenbegrenzungslinie": ("#4DAE38", 0.6, False),
    "bp_nutzungsartengrenze": ("#000000", 0.4, True),
}
# Lighter "PlanZV print" palette (sampled from the PlanZV scan, reference §8; non-normative).
PRINT_PALETTE = {
    "#CF9377": "#FAC3B3", "#D5A744": "#DAC583", "#A6A596": "#B3BAB2", "#FE7F26": "#FCAE0B", "#E94EA5": "#FBB7DE",
    "#FFD92F": "#FEE223", "#4DAE38": "#5AE458", "#FFFF1A": "#F7FF5E", "#7FC643": "#92EB9B", "#99D9E8": "#C4E3EC",
    "#CCE968": "#BCFC9C", "#34AB8F": "#15ADAA", "#FD341F": "#EA5C48", "#1763AA": "#1995C3",
}
PALETTES = ("default", "print")
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
         "XVII", "XVIII", "XIX", "XX"]


def _decimal(field):
    return "replace(to_string(\"{0}\"), '.', ',')".format(field)


# Nutzungsschablone on screen and paper: the full three lines up to 1:4 000; from there to 1:12 500
# only line 1 ("WA II") — at 1:5 000 a 128 m block is 26 mm wide and three lines spill over the
# neighbours; smaller scales (overview maps, zoomed out) no labels at all
LABEL_FULL_MAX_SCALE = 4000
LABEL_MIN_SCALE = 12500


def nutzungsschablone_expression(field_names=None, short_above_scale=None):
    """QGIS expression for the simplified Nutzungsschablone:

    line 1 Art der Nutzung + Vollgeschosse (Roman), line 2 GRZ and GFZ, line 3 Bauweise and Dachneigung.
    ``field_names`` (the layer's fields) decides whether DN / dachgestaltung can be referenced.
    ``short_above_scale``: at map scales smaller than 1:<this> only line 1 (without a map scale, e.g.
    in the attribute table, always the full text).
    """
    fields = set(field_names) if field_names is not None else None

    def field(name):  # a field the layer lacks (e.g. Z on an FP layer) reads as NULL instead of breaking the label
        return '"{}"'.format(name) if fields is None or name in fields else "NULL"

    roman = "array({})".format(", ".join("'{}'".format(r) for r in ROMAN))
    storeys = "coalesce({}, {})".format(field("Z"), field("Zmax"))
    z_text = "if({s} IS NULL, '', if({s} <= 20, array_get({r}, {s}), to_string({s})))".format(s=storeys, r=roman)
    grz = "coalesce({}, {})".format(field("GRZ"), field("GRZmax"))
    gfz = "coalesce({}, {})".format(field("GFZ"), field("GFZmax"))
    pitch_sources = []
    if fields is not None and "DN" in fields:
        pitch_sources.append('"DN"')
    if fields is not None and "dachgestaltung" in fields:
        pitch_sources.append("to_real(map_get(array_get(from_json(\"dachgestaltung\"), 0), 'DN'))")
    pitch = "''"
    if pitch_sources:
        value = pitch_sources[0] if len(pitch_sources) == 1 else "coalesce({})".format(", ".join(pitch_sources))
        pitch = "if({v} IS NULL, '', ' DN ' || replace(to_string({v}), '.', ',') || '°')".format(v=value)
    first_line = "concat(coalesce({token}, ''), ' ', {z})".format(token=field("baugebiet_token"), z=z_text)
    full = (
        "concat({first}, '\\n', "
        "if({grz} IS NULL, '', 'GRZ ' || replace(to_string({grz}), '.', ',')), ' ', "
        "if({gfz} IS NULL, '', 'GFZ ' || replace(to_string({gfz}), '.', ',')), '\\n', "
        "CASE WHEN {b} = 1000 THEN 'o' WHEN {b} = 2000 THEN 'g' WHEN {b} = 3000 THEN 'a' ELSE '' END, "
        "{pitch})"
    ).format(first=first_line, grz=grz, gfz=gfz, pitch=pitch, b=field("bauweise"))
    if short_above_scale:
        return "if(coalesce(@map_scale, 0) > {}, {}, {})".format(int(short_above_scale), first_line, full)
    return full


def _colour(colour, palette):
    return PRINT_PALETTE.get(colour, colour) if palette == "print" else colour


def _fill(colour, outline="#000000", width=0.2, opacity=1.0):
    symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": outline, "outline_width": str(width),
                                         "outline_width_unit": "MM"})
    symbol.setOpacity(opacity)
    return symbol


def style_layer(layer, layer_name, palette="default"):
    """Apply the PlanZV renderer (and labels) for a layer of the XPlan GeoPackage.

    ``palette``: "default" (xPlanBox colours, screen) or "print" (lighter PlanZV print colours)."""
    geometry_type = layer.geometryType()
    base = layer_name.rsplit("_point", 1)[0].rsplit("_line", 1)[0]
    if layer_name == "plans":
        symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#80847A", "outline_width": "0.8",
                                             "outline_width_unit": "MM"})
        symbol.setOpacity(0.8)
        inner = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#000000", "outline_width": "0.2"})
        symbol.appendSymbolLayer(inner.symbolLayer(0).clone())
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    elif layer_name == "bereiche":
        symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#606060", "outline_width": "0.3",
                                             "outline_style": "dash"})
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    elif base in ART_DER_NUTZUNG_LAYERS and geometry_type == QgsWkbTypes.GeometryType.PolygonGeometry:
        root = QgsRuleBasedRenderer.Rule(None)
        specific = [e for e, _label, _colour in ART_DER_NUTZUNG_RULES if e != "ELSE"]
        for expression, label, colour in ART_DER_NUTZUNG_RULES:
            if expression == "ELSE":  # explicit complement: exactly one rule matches every feature
                expression = "NOT coalesce({}, false)".format(" OR ".join("({})".format(e) for e in specific))
            root.appendChild(QgsRuleBasedRenderer.Rule(_fill(_colour(colour, palette)), 0, 0, expression, label))
        layer.setRenderer(QgsRuleBasedRenderer(root))
        apply_nutzungsschablone_labels(layer)
    elif geometry_type == QgsWkbTypes.GeometryType.PolygonGeometry:
        colour = CLASS_FILLS.get(base)
        if colour:
            layer.setRenderer(QgsSingleSymbolRenderer(_fill(_colour(colour, palette), opacity=0.85)))
        else:
            layer.setRenderer(QgsSingleSymbolRenderer(_fill("#FFFFFF", outline="#505050", opacity=0.3)))
    elif geometry_type == QgsWkbTypes.GeometryType.LineGeometry and base in PLANZV_LINES:
        layer.setRenderer(QgsSingleSymbolRenderer(PLANZV_LINES[base](palette)))
    elif geometry_type == QgsWkbTypes.GeometryType.PointGeometry and base in PLANZV_POINTS:
        layer.setRenderer(PLANZV_POINTS[base](layer))
    elif geometry_type == QgsWkbTypes.GeometryType.LineGeometry:
        colour, width, dash_dot = CLASS_LINES.get(base, ("#505050", 0.3, False))
        properties = {"line_color": _colour(colour, palette), "line_width": str(width), "line_width_unit": "MM"}
        if dash_dot:
            properties.update({"use_custom_dash": "1", "customdash": "5;1;1;1", "customdash_unit": "MM"})
        layer.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple(properties)))
    elif geometry_type == QgsWkbTypes.GeometryType.PointGeometry:
        layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": "#404040", "size": "1.2"})))
    layer.triggerRepaint()


def _marker_line(colour, shape, size, interval, width=0.0, angle=0.0):
    """A line drawn as a row of markers (PlanZV "Perlschnur", tick rows)."""
    from qgis.core import QgsMarkerLineSymbolLayer

    marker = QgsMarkerSymbol.createSimple({"name": shape, "color": colour, "outline_color": colour, "size": str(size),
                                          "angle": str(angle)})
    symbol_layer = QgsMarkerLineSymbolLayer(True, interval)
    symbol_layer.setSubSymbol(marker)
    symbol = QgsLineSymbol()
    symbol.changeSymbolLayer(0, symbol_layer)
    if width:
        line = QgsLineSymbol.createSimple({"line_color": colour, "line_width": str(width)})  # kept: owns the layer cloned
        symbol.appendSymbolLayer(line.symbolLayer(0).clone())
    return symbol


def _nutzungsartengrenze(palette):
    """PlanZV 15.14 Abgrenzung unterschiedlicher Nutzung: a chain of black dots."""
    return _marker_line("#000000", "circle", 0.9, 1.6)


def _firstrichtung(palette):
    """Hauptfirstrichtung: a thin line with arrow heads at both ends."""
    from qgis.core import QgsArrowSymbolLayer

    arrow = QgsArrowSymbolLayer()
    arrow.setIsCurved(False)
    arrow.setIsRepeated(True)
    arrow.setHeadType(QgsArrowSymbolLayer.HeadType.HeadDouble)
    arrow.setArrowWidth(0.2)
    arrow.setArrowStartWidth(0.2)
    arrow.setHeadLength(1.5)
    arrow.setHeadThickness(1.0)
    arrow.setSubSymbol(QgsFillSymbol.createSimple({"color": "#000000", "outline_style": "no"}))
    symbol = QgsLineSymbol()
    symbol.changeSymbolLayer(0, arrow)
    return symbol


def _ohne_ein_ausfahrt(palette):
    """PlanZV 6.4 Bereich ohne Ein- und Ausfahrt: a line with a row of short cross ticks."""
    return _marker_line("#000000", "line", 1.6, 1.5, width=0.3)


def _einfahrtsbereich(palette):
    """PlanZV 6.4 Einfahrtbereich: dashed line."""
    return QgsLineSymbol.createSimple({"line_color": "#000000", "line_width": "0.4", "line_style": "dash"})


def _single_marker(properties):
    return lambda layer: QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(properties))


def _trees(layer):
    """PlanZV 13.2: trees to plant (open green circle), to keep (filled green circle); massnahme 1000 = keep."""
    field = "massnahme" if layer.fields().indexOf("massnahme") >= 0 else None
    keep = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#2E8B22", "outline_color": "#1B5E14", "size": "3"})
    plant = QgsMarkerSymbol.createSimple({"name": "circle", "color": "255,255,255,0", "outline_color": "#2E8B22",
                                          "outline_width": "0.5", "size": "3"})
    if field is None:
        return QgsSingleSymbolRenderer(plant)
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(keep, 0, 0, '"massnahme" = 1000', "Bäume erhalten"))
    root.appendChild(QgsRuleBasedRenderer.Rule(plant, 0, 0, 'coalesce("massnahme", 0) <> 1000', "Bäume anpflanzen"))
    return QgsRuleBasedRenderer(root)


# PlanZV symbols of the common line and point classes (table name → symbol builder)
PLANZV_LINES = {
    "bp_nutzungsartengrenze": _nutzungsartengrenze,
    "fp_nutzungsartengrenze": _nutzungsartengrenze,
    "bp_firstrichtungslinie": _firstrichtung,
    "bp_bereichohneeinausfahrtlinie": _ohne_ein_ausfahrt,
    "bp_einfahrtsbereichlinie": _einfahrtsbereich,
}
PLANZV_POINTS = {
    "bp_einfahrtpunkt": _single_marker({"name": "triangle", "color": "#000000", "size": "2.5"}),
    "bp_anpflanzungbindungerhaltung": _trees,
    "lp_anpflanzungbindungerhaltung": _trees,
    "bp_hoehenmass": _single_marker({"name": "cross2", "color": "#000000", "outline_color": "#000000", "size": "2"}),
    "bp_denkmalschutzeinzelanlage": _single_marker({"name": "square", "color": "255,255,255,0", "outline_color": "#C00000",
                                                    "outline_width": "0.4", "size": "3"}),
    "bp_verentsorgung": _single_marker({"name": "circle", "color": "#FFFF1A", "outline_color": "#000000", "size": "2.5"}),
    "bp_gemeinbedarfsflaeche": _single_marker({"name": "square", "color": "#E94EA5", "outline_color": "#000000", "size": "2.5"}),
}


def apply_nutzungsschablone_labels(layer):
    settings = QgsPalLayerSettings()
    settings.fieldName = nutzungsschablone_expression(layer.fields().names(), short_above_scale=LABEL_FULL_MAX_SCALE)
    settings.isExpression = True
    settings.scaleVisibility = True
    settings.minimumScale = LABEL_MIN_SCALE  # most zoomed-out scale with labels
    settings.maximumScale = 0
    scoped = getattr(Qgis, "LabelMultiLineAlignment", None)  # QGIS >= 3.26; 3.22 has the class enum
    settings.multilineAlign = scoped.Center if scoped else QgsPalLayerSettings.MultiLineAlign.MultiCenter
    text_format = QgsTextFormat()
    text_format.setFont(QFont("Sans Serif", 9))
    text_format.setSize(9)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setColor(QColor("#FFFFFF"))
    buffer.setSize(0.8)
    text_format.setBuffer(buffer)
    settings.setFormat(text_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
