"""The council map template "Starkregen-/Hitzevorsorge" (resources/templates/council_climate_a3_landscape.qpt).

The A3 landscape sheet of core/layout with the same item ids (so urbantwin:councilmap fills it like the others,
through its TEMPLATE_FILE parameter), a title for climate-adaptation sheets and a fixed box that says what the
screening can and cannot say. Regenerate with

    .venv/bin/python -m urban_twin.core.climate.council_template
"""

import os

from ..layout.template_builder import PLUGIN_DIR, build_themed_layout, save_template

KEY = "a3_landscape"
TEMPLATE_PATH = os.path.join(PLUGIN_DIR, "resources", "templates", "council_climate_a3_landscape.qpt")
TITLE = "Starkregen-/Hitzevorsorge"
SUBTITLE = "Fließwege, Senken, betroffene Gebäude und Hitze-Hotspots"
CAVEAT = ("Screening, kein Überflutungsmodell und keine Klimasimulation: topographische Fließwege und Senken "
          "(DGM, Gebäude als Hindernisse, Bemessungsregen) und ein Hitzeindex nach der Logik der VDI 3787 Blatt 1. "
          "Kein Kanalnetz, keine Versickerung im Zeitverlauf, keine Temperaturen. Schwerpunkte mit einer "
          "hydrodynamischen Simulation bzw. Klimaanalyse prüfen.")


def build_layout(project=None):
    return build_themed_layout(KEY, "Urban Twin – Starkregen-/Hitzevorsorge", TITLE, SUBTITLE, "caveat", CAVEAT, 18.0, project)


def write_template(path=TEMPLATE_PATH):
    return save_template(build_layout(), path)


if __name__ == "__main__":  # pragma: no cover - developer tool
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    print(write_template())
