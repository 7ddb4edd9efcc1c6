"""The council map template "Starkregen-/Hitzevorsorge" (resources/templates/council_climate_a3_landscape.qpt).

The A3 landscape sheet of core/layout with the same item ids (so urbantwin:councilmap fills it like the others,
through its TEMPLATE_FILE parameter), a title for climate-adaptation sheets and a fixed box that says what the
screening can and cannot say. Regenerate with

    .venv/bin/python -m urban_twin.core.climate.council_template
"""

import os

from qgis.core import QgsReadWriteContext

from ..layout.template_builder import PLUGIN_DIR, _label, _place, build_template_layout, sheet_geometry

KEY = "a3_landscape"
TEMPLATE_PATH = os.path.join(PLUGIN_DIR, "resources", "templates", "council_climate_a3_landscape.qpt")
TITLE = "Starkregen-/Hitzevorsorge"
SUBTITLE = "Fließwege, Senken, betroffene Gebäude und Hitze-Hotspots"
CAVEAT = ("Screening, kein Überflutungsmodell und keine Klimasimulation: topographische Fließwege und Senken "
          "(DGM, Gebäude als Hindernisse, Bemessungsregen) und ein Hitzeindex nach der Logik der VDI 3787 Blatt 1. "
          "Kein Kanalnetz, keine Versickerung im Zeitverlauf, keine Temperaturen. Schwerpunkte mit einer "
          "hydrodynamischen Simulation bzw. Klimaanalyse prüfen.")


def build_layout(project=None):
    layout = build_template_layout(KEY, project)
    layout.setName("Urban Twin – Starkregen-/Hitzevorsorge")
    layout.itemById("title").setText(TITLE)
    layout.itemById("subtitle").setText(SUBTITLE)
    rects = sheet_geometry(KEY)
    k = 297.0 / 210.0
    x, y, w, h = rects["legend"]
    caveat_h = 24.0 * k
    _place(layout.itemById("legend"), (x, y, w, h - caveat_h - 2.0 * k))
    caveat = _label(layout, "caveat", (x, y + h - caveat_h, w, caveat_h), CAVEAT, 6.5 * k)
    caveat.setFrameEnabled(True)
    caveat.setMarginX(1.5 * k)
    caveat.setMarginY(1.0 * k)
    return layout


def write_template(path=TEMPLATE_PATH):
    layout = build_layout()
    if not layout.saveAsTemplate(path, QgsReadWriteContext()):
        raise OSError("could not write " + path)
    return path


if __name__ == "__main__":  # pragma: no cover - developer tool
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    print(write_template())
