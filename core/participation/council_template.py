"""The council map template "Beteiligungsergebnisse" (resources/templates/council_participation_a3_landscape.qpt).

The A3 landscape sheet of core/layout with the same item ids (so urbantwin:councilmap fills it like the others,
through its TEMPLATE_FILE parameter), a title for participation results and a box with the most supported
contributions of the page's area. Use it with the output of urbantwin:participationsummary as COVERAGE (one page
per area) and FIGURES (the per-area table); the box reads the area's ``top`` field (JSON) through an expression, so
it shows the contributions of each page's own area. Regenerate with

    .venv/bin/python -m urban_twin.core.participation.council_template
"""

import os

from qgis.core import QgsReadWriteContext

from ..layout.template_builder import PLUGIN_DIR, _label, _place, build_template_layout, sheet_geometry

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
    layout = build_template_layout(KEY, project)
    layout.setName("Urban Twin – Beteiligungsergebnisse")
    layout.itemById("title").setText(TITLE)
    layout.itemById("subtitle").setText(SUBTITLE)
    rects = sheet_geometry(KEY)
    k = 297.0 / 210.0
    x, y, w, h = rects["legend"]
    box_h = 30.0 * k
    _place(layout.itemById("legend"), (x, y, w, h - box_h - 2.0 * k))
    top = _label(layout, "top_contributions", (x, y + h - box_h, w, box_h),
                 TOP_HEADING + ":\n" + TOP_EXPRESSION + "\n\n" + NOTE, 6.5 * k)
    top.setFrameEnabled(True)
    top.setMarginX(1.5 * k)
    top.setMarginY(1.0 * k)
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
