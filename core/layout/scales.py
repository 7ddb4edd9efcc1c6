"""Round map scales for council maps.

Planners expect 1:500, 1:1,000, 1:2,000 … on paper, never 1:1,837. The map is first fitted to the
area, then zoomed *out* to the next round value so the whole area stays on the page.
"""

# ascending; QGIS' atlas "predefined scales" mode needs them sorted
ROUND_SCALES = [
    500, 1000, 2000, 2500, 5000, 10000, 20000, 25000, 50000,
    100000, 200000, 250000, 500000, 1000000, 2000000, 2500000, 5000000,
]


# A single sheet's map uses a finer series (1, 1.25, 1.5, 1.75, 2, 2.5, 3, 3.5, 4, 5, 6, 7, 8 × 10^n): neighbours
# differ by at most 25 %, so the area plus its margin always fills at least 80 % of the frame.
SHEET_SCALE_STEPS = (1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 6.0, 7.0, 8.0)
SHEET_SCALES = sorted({int(step * 10 ** exponent) for exponent in range(2, 7) for step in SHEET_SCALE_STEPS if step * 10 ** exponent >= 250})


def sheet_scale_at_least(scale):
    """The smallest scale of the sheet series >= ``scale``."""
    for candidate in SHEET_SCALES:
        if candidate >= scale - 1e-6:
            return candidate
    return SHEET_SCALES[-1]


def round_scale_at_least(scale):
    """The smallest round scale denominator >= ``scale`` (the largest one when none is big enough)."""
    for candidate in ROUND_SCALES:
        if candidate >= scale - 1e-6:
            return candidate
    return ROUND_SCALES[-1]


def fitting_scale(area_width_m, area_height_m, frame_width_mm, frame_height_mm, margin=0.05):
    """Round scale at which an area (metres) plus ``margin`` on each side fits a map frame (mm)."""
    needed = max(
        area_width_m * (1 + 2 * margin) * 1000.0 / frame_width_mm,
        area_height_m * (1 + 2 * margin) * 1000.0 / frame_height_mm,
    )
    return round_scale_at_least(needed)


def format_scale(denominator, language="de"):
    """``1:2.500`` (German thousands separator) or ``1:2,500``."""
    text = "{:,}".format(int(round(denominator)))
    if language == "de":
        text = text.replace(",", ".")
    return "1:" + text


def nice_segment_length(scale, bar_width_mm, segments):
    """Largest 1/2/2.5/5 × 10^n metres per segment so ``segments`` segments fit ``bar_width_mm``."""
    import math

    ground_per_segment = bar_width_mm * scale / 1000.0 / segments
    if ground_per_segment <= 0:
        return 1.0
    exponent = math.floor(math.log10(ground_per_segment))
    best = 10.0 ** exponent
    for mantissa in (1.0, 2.0, 2.5, 5.0):
        candidate = mantissa * 10.0 ** exponent
        if candidate <= ground_per_segment * (1 + 1e-9):
            best = candidate
    return best


def scalebar_division(scale, bar_width_mm, min_segment_mm=8.0, counts=(4, 3, 2)):
    """(segments, metres per segment): the longest bar within ``bar_width_mm`` whose segments are
    round (1/2/2.5/5 × 10^n m) and at least ``min_segment_mm`` wide, so labels never touch."""
    best = None
    for count in counts:
        segment = nice_segment_length(scale, bar_width_mm, count)
        segment_mm = segment * 1000.0 / scale
        if segment_mm < min_segment_mm:
            continue
        if best is None or count * segment > best[0] * best[1]:
            best = (count, segment)
    if best is None:
        return counts[-1], nice_segment_length(scale, bar_width_mm, counts[-1])
    return best
