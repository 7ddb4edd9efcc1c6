"""Text on the sheet: fitting long titles into their box, and the source/licence line.

Titles of council documents can be long ("Bebauungsplan Nr. 123 … 3. Änderung …"); a layout label
would silently run off the page. ``fit_text`` wraps at word boundaries, shrinks the font down to a
minimum and, only when even that does not fit, shortens with an ellipsis — the box is never left.
"""

import os
import re

from qgis.core import QgsLayoutUtils
from qgis.PyQt.QtGui import QFont

LINE_SPACING = 1.2  # QgsLayoutItemLabel draws plain text with about this leading
WIDTH_SAFETY = 0.94  # measured widths differ slightly from the PDF renderer's; keep a reserve


def _wrap(text, font, width_mm):
    lines = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = word if not current else current + " " + word
            if QgsLayoutUtils.textWidthMM(font, candidate) <= width_mm or not current:
                current = candidate
            else:
                lines.append(current)
                current = word
        lines.append(current)
    return lines


def _lines_fit(lines, font, width_mm, height_mm):
    if any(QgsLayoutUtils.textWidthMM(font, line) > width_mm for line in lines):
        return False
    return len(lines) * QgsLayoutUtils.fontHeightMM(font) * LINE_SPACING <= height_mm


def fit_text(text, font, width_mm, height_mm, min_point_size=7.0):
    """Return (wrapped text with explicit line breaks, point size) that fits the box."""
    width_mm *= WIDTH_SAFETY
    size = font.pointSizeF()
    trial = QFont(font)
    while True:
        trial.setPointSizeF(size)
        lines = _wrap(text, trial, width_mm)
        if _lines_fit(lines, trial, width_mm, height_mm):
            return "\n".join(lines), size
        if size <= min_point_size:
            break
        size = max(min_point_size, size - 0.5)
    # still too long at the smallest size: keep the lines that fit, end with an ellipsis
    max_lines = max(1, int(height_mm / (QgsLayoutUtils.fontHeightMM(trial) * LINE_SPACING)))
    kept = lines[:max_lines]
    last = kept[-1]
    while last and QgsLayoutUtils.textWidthMM(trial, last + " …") > width_mm:
        last = last[:-1]
    kept[-1] = last.rstrip() + " …"
    kept = [_cut_to_width(line, trial, width_mm) for line in kept]
    return "\n".join(kept), size


def _cut_to_width(line, font, width_mm):
    """A single word longer than the box (a URL, a compound noun) is cut, never drawn past the edge."""
    if QgsLayoutUtils.textWidthMM(font, line) <= width_mm:
        return line
    while line and QgsLayoutUtils.textWidthMM(font, line + "…") > width_mm:
        line = line[:-1]
    return line + "…"


def legend_name(layer):
    """The metadata title, else the GeoPackage table name when Processing named the layer after
    the file ("musterstadt" for musterstadt.gpkg|layername=districts), else the layer name."""
    title = layer.metadata().title()
    if title:
        return title
    match = re.search(r"\|layername=([^|]+)", layer.source())
    base = os.path.splitext(os.path.basename(layer.source().split("|")[0]))[0]
    if match and layer.name() == base:
        return match.group(1)
    return layer.name()


def layer_source_entry(layer, texts):
    """``<name>: <attribution/rights> (<licence>)`` from the layer's metadata and attribution."""
    metadata = layer.metadata()
    name = legend_name(layer)
    holders = []
    attribution = layer.attribution() if hasattr(layer, "attribution") else ""
    for value in [attribution] + list(metadata.rights()):
        value = (value or "").strip()
        if value and value not in holders:
            holders.append(value)
    licences = [value.strip() for value in metadata.licenses() if value and value.strip()]
    if not holders and not licences:
        made_by = _made_with(metadata, texts)
        return "{} ({})".format(name, made_by or texts["no_source"])
    entry = name
    if holders:
        entry += ": " + ", ".join(holders)
    if licences:
        entry += " ({} {})".format(texts["licence"], ", ".join(licences))
    return entry


def sources_text(layers, texts):
    """One line per layer, duplicates removed, prefixed "Quellen:" / "Sources:"."""
    entries = []
    for layer in layers:
        entry = layer_source_entry(layer, texts)
        if entry not in entries:
            entries.append(entry)
    return texts["sources_prefix"] + " " + "; ".join(entries)


# what made a result, in the words of a council document (German sheet, English sheet)
ALGORITHM_NAMES = {
    "urbantwin:plancompliance": ("Bebauungsplan-Check", "Bebauungsplan check"),
    "urbantwin:districtfigures": ("Quartierskennzahlen", "District key figures"),
    "urbantwin:solarpotential": ("Solarpotenzial der Dachflächen", "Solar potential of roofs"),
    "urbantwin:shadow": ("Schattenwurf", "Shadows"),
    "urbantwin:sunhours": ("Besonnungsdauer", "Hours of direct sun"),
    "urbantwin:importcitymodel": ("3D-Stadtmodell-Import", "3D city model import"),
    "urbantwin:importxplan": ("XPlanung-Import", "XPlanung import"),
    "urbantwin:musterquartier": ("Musterquartier (fiktive Beispieldaten)", "Musterquartier (fictitious sample data)"),
}


def algorithm_in_words(algorithm_id, english=False):
    names = ALGORITHM_NAMES.get(algorithm_id)
    if names is None:
        return algorithm_id.split(":")[-1]
    return names[1] if english else names[0]


def _made_with(metadata, texts):
    """ "Bebauungsplan-Check, Urban Twin 0.2" for our own results (their provenance), not an algorithm id."""
    from ..provenance import read_from_metadata

    provenance = read_from_metadata(metadata)
    if not provenance or not provenance.get("algorithm"):
        return ""
    version = ".".join(str(provenance.get("pluginVersion") or "").split(".")[:2])
    name = algorithm_in_words(provenance["algorithm"], english=texts.get("language") == "en")
    return texts["made_with"].format(name=name, version=version).strip()
