"""The shipped .qpt templates: every item id, the paper size, everything on the page, German by
default and English when QGIS runs in English."""

import xml.etree.ElementTree as ET

import pytest

from urban_twin.core.layout.councilmap import CouncilMapRequest, build_council_layout, load_template, template_item_ids
from urban_twin.core.layout.template_builder import ITEM_IDS, TEMPLATE_KEYS, template_path
from urban_twin.core.layout.texts import sheet_language

EXPECTED_IDS = {"main_map", "title", "subtitle", "legend", "scalebar", "north_arrow", "overview", "source", "date", "figures", "logo"}
PAPER_MM = {"a4_portrait": (210, 297), "a4_landscape": (297, 210), "a3_portrait": (297, 420), "a3_landscape": (420, 297)}


def test_contract_lists_every_required_id():
    assert set(ITEM_IDS) == EXPECTED_IDS


@pytest.mark.parametrize("key", TEMPLATE_KEYS)
def test_qpt_file_declares_every_item_id(key):
    """Read the XML itself (not through QGIS): each id appears exactly once."""
    with open(template_path(key), encoding="utf-8") as handle:
        text = handle.read()
    assert "/work/" not in text and "/home/" not in text and "/usr/" not in text  # portable: no absolute paths
    root = ET.fromstring(text)
    ids = [element.get("id") for element in root.iter() if element.tag in ("LayoutItem", "LayoutMultiFrame") or element.get("type")]
    ids = [i for i in ids if i]
    for item_id in EXPECTED_IDS:
        assert ids.count(item_id) == 1, (key, item_id)


@pytest.mark.parametrize("key", TEMPLATE_KEYS)
def test_template_loads_with_ids_paper_size_and_items_on_the_page(key, qgis_new_project):
    from qgis.core import QgsProject

    layout = load_template(key, QgsProject.instance())
    assert set(template_item_ids(layout)) == EXPECTED_IDS
    page = layout.pageCollection().page(0).pageSize()
    width, height = PAPER_MM[key]
    assert (round(page.width()), round(page.height())) == (width, height)
    assert layout.pageCollection().pageCount() == 1
    for item_id in EXPECTED_IDS:
        position = layout.itemById(item_id).positionWithUnits()
        assert 5 <= position.x() <= width - 5 and 5 <= position.y() <= height - 5, (key, item_id)
    # the map takes the largest share of the page: a council map, not a form
    map_rect = layout.itemById("main_map").sceneBoundingRect()
    assert map_rect.width() * map_rect.height() > 0.45 * width * height


def test_sheet_language_is_german_unless_qgis_runs_in_english():
    assert sheet_language("de_DE") == "de"
    assert sheet_language("C") == "de"
    assert sheet_language("fr_FR") == "de"
    assert sheet_language("en_US") == "en"
    assert sheet_language("en") == "en"


@pytest.mark.parametrize("language, legend_title, date_prefix", [("de", "Legende", "Stand:"), ("en", "Legend", "Date:")])
def test_sheet_texts_follow_the_language(language, legend_title, date_prefix, council_sheet_inputs, qgis_new_project):
    districts, buildings = council_sheet_inputs
    layout = build_council_layout(CouncilMapRequest(layers=[districts, buildings], template="a4_portrait", title="X", language=language))
    assert layout.itemById("legend").title() == legend_title
    assert layout.itemById("date").text().startswith(date_prefix)
    assert layout.itemById("source").text().startswith("Quellen:" if language == "de" else "Sources:")


@pytest.mark.parametrize("key", TEMPLATE_KEYS)
def test_filled_sheet_keeps_every_item_on_the_page(key, council_sheet_inputs, qgis_new_project):
    districts, buildings = council_sheet_inputs
    request = CouncilMapRequest(layers=[districts, buildings], template=key, title="Rahmenplan " * 30, figures_layer=districts)
    layout = build_council_layout(request)
    width, height = PAPER_MM[key]
    for item_id in EXPECTED_IDS:
        rect = layout.itemById(item_id).sceneBoundingRect()
        assert rect.left() >= 5 and rect.top() >= 5, (key, item_id)
        assert rect.right() <= width - 5 and rect.bottom() <= height - 5, (key, item_id)
