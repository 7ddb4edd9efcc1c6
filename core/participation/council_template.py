"""The council map template "Beteiligungsergebnisse" (resources/templates/council_participation_a3_landscape.qpt).

The A3 landscape sheet of core/layout with the same item ids (so urbantwin:councilmap fills it like the others,
through its TEMPLATE_FILE parameter), a title for participation results and a box with the most supported
contributions of the page's area. Use it with the output of urbantwin:participationsummary as COVERAGE (one page
per area) and FIGURES (the per-area table); the box reads the area's ``top`` field (JSON) through an expression, so
it shows the contributions of each page's own area. Regenerate with

    .venv/bin/python -m urban_twin.core.participation.council_template
"""

import os

from ..layout.template_builder import PLUGIN_DIR, build_themed_layout, save_template

KEY = "a3_landscape"
TEMPLATE_PATH = os.path.join(PLUGIN_DIR, "resources", "templates", "council_participation_a3_landscape.qpt")
TITLE = "Beteiligungsergebnisse"
SUBTITLE = "Beiträge nach Kategorie, Beteiligung je Gebiet und die Beiträge mit der meisten Zustimmung"
TOP_HEADING = "Beiträge mit der meisten Zustimmung"
# evaluated per atlas page on the coverage feature (a row of participation_areas): its "top" field holds JSON
TOP_EXPRESSION = (
    "[% CASE WHEN \"top\" IS NULL OR \"top\" = '[]' THEN '–' ELSE array_to_string(array_foreach(from_json(\"top\"), "
    "'„' || left(map_get(@element, 'text'), 140) || '“ (' || coalesce(map_get(@element, 'category'), '–') || ', ' || "
    "to_string(map_get(@element, 'votes')) || ' Stimmen)'), '\n') END %]"
)
NOTE = ("Beiträge aus der Online-Beteiligung; Verfasser pseudonymisiert. Stimmungswerte nur, wo die Plattform sie "
        "liefert.")


def build_layout(project=None):
    return build_themed_layout(KEY, "Urban Twin – Beteiligungsergebnisse", TITLE, SUBTITLE, "top_contributions",
                               TOP_HEADING + ":\n" + TOP_EXPRESSION + "\n\n" + NOTE, 30.0, project)


def write_template(path=TEMPLATE_PATH):
    return save_template(build_layout(), path)


if __name__ == "__main__":  # pragma: no cover - developer tool
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    print(write_template())
