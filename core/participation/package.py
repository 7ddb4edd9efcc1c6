"""A participation package: a plan or variant as a self-contained web page to link from a participation platform.

One folder with ``index.html`` (map, legend, key figures; all data, script and style inside the page — it makes no
request to any server, so it works from a file, a USB stick or any web space without cookies or trackers) and the
layers as GeoJSON (WGS 84) beside it for re-use. The map is drawn as SVG in the browser from the embedded GeoJSON.
"""

import html
import json
import os

from ..i18n import tr

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TEMPLATE = os.path.join(PLUGIN_DIR, "resources", "participation", "package.html")
LAYER_STYLES = {"plan": {"fill": "#fde0a6", "stroke": "#b15928"}, "buildings": {"fill": "#9e9ac8", "stroke": "#54278f"},
                "planned": {"fill": "#e31a1c", "stroke": "#99000d"}, "contributions": {"fill": "#0072B2", "stroke": "#ffffff"}}


def feature_collection(layer_rows):
    """[(geometry GeoJSON dict, properties dict)] → a FeatureCollection."""
    return {"type": "FeatureCollection",
            "features": [{"type": "Feature", "geometry": geometry, "properties": properties} for geometry, properties in layer_rows]}


def page(title, description, layers, figures):
    """The HTML text: ``layers`` [(key, label, FeatureCollection)], ``figures`` [(label, value text)]."""
    with open(TEMPLATE, encoding="utf-8") as handle:
        template = handle.read()
    data = [{"key": key, "label": label, "style": LAYER_STYLES.get(key, LAYER_STYLES["buildings"]), "data": collection}
            for key, label, collection in layers]
    rows = "".join("<tr><th>{}</th><td>{}</td></tr>".format(html.escape(str(k)), html.escape(str(v))) for k, v in figures)
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")  # no early end of the <script> element
    return (template.replace("{{TITLE}}", html.escape(title)).replace("{{DESCRIPTION}}", html.escape(description or ""))
            .replace("{{FIGURES_HEADING}}", html.escape(tr("Key figures"))).replace("{{FIGURES}}", rows)
            .replace("{{HINT}}", html.escape(tr("Drag to move, scroll to zoom, point at an object for its details.")))
            .replace("{{DATA}}", payload))


def write_package(folder, title, description, layers, figures):
    """Write index.html and one GeoJSON per layer into ``folder`` (created; the caller makes it atomic)."""
    os.makedirs(folder, exist_ok=True)
    for key, _label, collection in layers:
        with open(os.path.join(folder, "{}.geojson".format(key)), "w", encoding="utf-8") as handle:
            json.dump(collection, handle, ensure_ascii=False)
    with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as handle:
        handle.write(page(title, description, layers, figures))
    return os.path.join(folder, "index.html")
