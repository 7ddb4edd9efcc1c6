"""Round scales, scale bar divisions and long titles, checked against numbers computed here."""

import pytest

from urban_twin.core.layout.scales import fitting_scale, format_scale, round_scale_at_least, scalebar_division

ROUND = [500, 1000, 2000, 2500, 5000, 10000, 20000, 25000, 50000]


@pytest.mark.parametrize("needed", [120, 499, 500, 501, 999.5, 1001, 2100, 2600, 4999, 7000, 12000, 24000, 30000])
def test_round_scale_is_the_smallest_round_value_not_below_the_needed_one(needed):
    expected = min(value for value in ROUND if value >= needed)
    assert round_scale_at_least(needed) == expected


def test_fitting_scale_for_a_district():
    # 600 m x 400 m in a 186 x 190 mm frame with 5 % margin each side:
    # width needs 600*1.1*1000/186 = 3548, height 400*1.1*1000/190 = 2316 → 1:5,000
    assert fitting_scale(600, 400, 186, 190, margin=0.05) == 5000
    # 150 m x 120 m → 887 / 695 → 1:1,000
    assert fitting_scale(150, 120, 186, 190, margin=0.05) == 1000


def test_format_scale_uses_the_sheet_language():
    assert format_scale(2500, "de") == "1:2.500"
    assert format_scale(2500, "en") == "1:2,500"
    assert format_scale(500, "de") == "1:500"


@pytest.mark.parametrize("scale, width_mm", [(1000, 37.6), (2000, 37.6), (5000, 37.6), (20000, 50.0), (2500, 60.0)])
def test_scalebar_segments_are_round_fit_and_readable(scale, width_mm):
    count, segment_m = scalebar_division(scale, width_mm)
    mantissa = segment_m / 10 ** len(str(int(segment_m))[:-1]) if segment_m >= 1 else segment_m
    assert mantissa in (1.0, 2.0, 2.5, 5.0)
    bar_mm = count * segment_m * 1000.0 / scale
    assert bar_mm <= width_mm + 1e-9
    assert segment_m * 1000.0 / scale >= 8.0  # each segment at least 8 mm: labels do not touch
    assert 2 <= count <= 4


def test_long_title_is_wrapped_and_shrunk_inside_its_box(qgis_app):
    from qgis.core import QgsLayoutUtils
    from qgis.PyQt.QtGui import QFont

    from urban_twin.core.layout.sheet_text import fit_text

    font = QFont("Arial")
    font.setPointSizeF(16)
    font.setBold(True)
    title = " ".join("Bebauungsplan{}".format(i) for i in range(60))
    text, size = fit_text(title, font, 60.0, 24.0)
    font.setPointSizeF(size)
    lines = text.split("\n")
    assert 7.0 <= size < 16
    assert all(QgsLayoutUtils.textWidthMM(font, line) <= 60.0 for line in lines)
    assert len(lines) * QgsLayoutUtils.fontHeightMM(font) * 1.2 <= 24.0
    assert text.endswith("…")  # shortened, and says so

    short, short_size = fit_text("Rahmenplan Nord", font, 60.0, 24.0)
    assert short == "Rahmenplan Nord"
