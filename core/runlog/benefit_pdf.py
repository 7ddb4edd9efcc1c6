"""The one-page benefit report (PDF, A4) with matplotlib: key figures on the three axes, a chart, the table."""

import datetime
import os

from ..i18n import is_german, tr

AXIS_COLOURS = {"speed": "#1b9e77", "quality": "#7570b3", "reports": "#d95f02", "": "#999999"}


def number(value, decimals=1):
    """Decimal comma and thousands dot in German, regardless of the system locale."""
    text = "{:,.{}f}".format(value, decimals)
    if is_german():
        text = text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    return text


def date_text(value):
    return value.strftime("%d.%m.%Y") if is_german() else value.isoformat()


def axis_label(axis):
    return {"speed": tr("Speed"), "quality": tr("Decision quality"), "reports": tr("Reports replaced")}.get(axis, tr("not counted"))


PAGE_INCHES = (8.27, 11.69)  # A4 portrait
TABLE_FONT_PT = 7.5
LINE = TABLE_FONT_PT * 1.4 / (PAGE_INCHES[1] * 72)  # one table text line as a fraction of the page height
CELL_PAD = 0.004
COLUMNS = (0.33, 0.08, 0.11, 0.10, 0.16, 0.22)  # shares of the table width (0.86 of the page); task names get the most
# characters per line in those widths: DejaVu Sans averages well under 0.58 em per character in German text
WRAP_CHARS = tuple(max(4, int((share * 0.86 * PAGE_INCHES[0] * 72 - 6) / (TABLE_FONT_PT * 0.58))) for share in COLUMNS)
CHART_BARS = 15  # the chart shows the tasks with the most hours; the table lists them all


def _lines(text, width):
    import textwrap

    return textwrap.wrap(str(text), width, break_long_words=True, break_on_hyphens=True) or [""]


def _table_page(figure, top, bottom, header, rows):
    """Draw the header and as many rows as fit between ``top`` and ``bottom`` (figure fractions); returns how many.

    Drawn cell by cell, not with matplotlib's table: a task name wraps onto as many lines as it needs and its row grows
    with it; nothing is cut at a column border."""
    from matplotlib.lines import Line2D

    left, width = 0.07, 0.86
    edges = [left]
    for share in COLUMNS:
        edges.append(edges[-1] + share * width)

    def row_height(cells):
        return max(len(_lines(cell, wrap)) for cell, wrap in zip(cells, WRAP_CHARS)) * LINE + 2 * CELL_PAD

    def draw(cells, y, bold=False):
        height = row_height(cells)
        for x, cell, wrap in zip(edges, cells, WRAP_CHARS):
            figure.text(x + CELL_PAD, y - CELL_PAD, "\n".join(_lines(cell, wrap)), fontsize=TABLE_FONT_PT, va="top",
                        weight="bold" if bold else "normal", linespacing=1.2)
        figure.add_artist(Line2D([left, left + width], [y - height, y - height], transform=figure.transFigure,
                                 color="#999999", linewidth=0.5))
        return y - height

    figure.add_artist(Line2D([left, left + width], [top, top], transform=figure.transFigure, color="#333333", linewidth=0.8))
    y = draw(header, top, bold=True)
    drawn = 0
    for cells in rows:
        if y - row_height(cells) < bottom:
            break
        y = draw(cells, y)
        drawn += 1
    return drawn


def _fit_chart_labels(figure, chart):
    """Move the chart's left edge right of its longest (wrapped) task name, so no label runs off the page."""
    renderer = figure.canvas.get_renderer()
    widest = max((label.get_window_extent(renderer).width for label in chart.get_yticklabels()), default=0.0)
    left = 0.07 + widest / figure.bbox.width + 0.01
    x0, y0, x1, y1 = chart.get_position().extents
    chart.set_position([left, y0, max(0.2, 0.93 - left), y1 - y0])


def write_pdf(path, rows, figures, start, end, display_names, reference_source):
    """Write the report to ``path`` (the caller makes it atomic): the key figures, the chart and the table on the
    first page; table rows that do not fit continue on further pages — every task is listed."""
    import textwrap

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot
    from matplotlib.backends.backend_pdf import PdfPages

    figure = pyplot.figure(figsize=PAGE_INCHES)
    title = tr("Benefit report (Wirkungsnachweis) – Urban Twin")
    figure.text(0.07, 0.955, title, fontsize=16, weight="bold")
    figure.text(0.07, 0.93, tr("Period: {} – {} · {} runs, {} succeeded").format(
        date_text(start), date_text(end), figures["runs"], figures["succeeded"]), fontsize=10)
    boxes = [
        (tr("Speed"), tr("{} h manual effort estimated\n{} h computing time\n≈ {} h saved").format(
            number(figures["manual_hours_estimate"]), number(figures["machine_hours"], 2), number(figures["hours_saved_estimate"]))),
        (tr("Decision quality"), tr("{} plan checks in {} cases\n({} per case)\n{} variant comparisons (Ø {} variants)").format(
            figures["plan_checks"], figures["plan_check_cases"], number(figures["checks_per_case"]),
            figures["variant_comparisons"], number(figures["variants_per_comparison"]))),
        (tr("Reports replaced"), tr("{} screenings run\ninstead of commissioned studies\n({} h estimated)").format(
            figures["screenings_instead_of_studies"], number(figures["hours_by_axis"].get("reports", 0.0)))),
    ]
    for index, (box_title, body) in enumerate(boxes):
        x = 0.07 + index * 0.30
        figure.patches.append(matplotlib.patches.FancyBboxPatch((x, 0.80), 0.27, 0.10, boxstyle="round,pad=0.005",
                                                                transform=figure.transFigure, facecolor="#f2f2f2", edgecolor="#cccccc"))
        figure.text(x + 0.01, 0.885, box_title, fontsize=10, weight="bold")
        # each line wrapped to the box (a 0.27-wide box holds about 34 characters at 8 pt)
        wrapped = "\n".join(part for line in body.split("\n") for part in textwrap.wrap(line, 34) or [""])
        figure.text(x + 0.01, 0.81, wrapped, fontsize=8, va="bottom", linespacing=1.15)
    chart = figure.add_axes([0.33, 0.47, 0.60, 0.29])
    counted = [row for row in rows if row["manual_hours_estimate"] > 0] or rows
    if len(counted) > CHART_BARS:
        largest = sorted(counted, key=lambda row: -row["manual_hours_estimate"])[:CHART_BARS]
        counted = [row for row in counted if row in largest]
        chart_note = tr("The {} tasks with the most hours; the table lists all {}.").format(CHART_BARS, len(rows))
    else:
        chart_note = None
    # at most two lines per bar (the table below has the whole name)
    labels = ["\n".join(textwrap.wrap(display_names.get(row["algorithm"], row["algorithm"]), 40, max_lines=2, placeholder=" …"))
              for row in counted]
    chart.barh(range(len(counted)), [row["manual_hours_estimate"] for row in counted],
               color=[AXIS_COLOURS.get(row["axis"], "#999999") for row in counted])
    chart.set_yticks(range(len(counted)))
    chart.set_yticklabels(labels, fontsize=7, linespacing=1.0)
    if chart_note:
        chart.set_title(chart_note, fontsize=8, loc="left")
    chart.invert_yaxis()
    chart.set_xlabel(tr("Estimated manual effort replaced (hours)"), fontsize=9)
    chart.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda value, _pos: number(value, 0)))
    handles = [matplotlib.patches.Patch(color=AXIS_COLOURS[axis], label=axis_label(axis)) for axis in ("speed", "quality", "reports")]
    chart.legend(handles=handles, fontsize=8, loc="best")
    _fit_chart_labels(figure, chart)
    header = [tr("Task"), tr("Runs"), tr("Succeeded"), tr("Objects"), tr("Computing time (s)"), tr("Manual effort (h, estimate)")]
    cells = [[display_names.get(r["algorithm"], r["algorithm"]), str(r["runs"]), str(r["succeeded"]), number(r["objects"], 0),
              number(r["duration_s"], 1), number(r["manual_hours_estimate"], 1)] for r in rows] or [["–"] * 6]
    footnote = tr("Manual effort: estimates from the reference times in {} (per run or per object handled; "
                  "the shipped defaults are marked 'Schätzwert, bitte anpassen'). Runs: the local run log of this QGIS "
                  "profile, without personal data. Created {}.").format(os.path.basename(reference_source), date_text(datetime.date.today()))
    footnote = "\n".join(textwrap.wrap(footnote, 150))
    with PdfPages(path) as pdf:
        page, top = figure, 0.40
        while True:
            page.text(0.07, 0.025, footnote, fontsize=6.5, va="bottom")
            drawn = _table_page(page, top, 0.07, header, cells)
            pdf.savefig(page)
            pyplot.close(page)
            cells = cells[max(drawn, 1):]  # a row taller than a page would loop for ever: then it is cut
            if not cells:
                break
            page = pyplot.figure(figsize=PAGE_INCHES)
            page.text(0.07, 0.955, title, fontsize=12, weight="bold")
            page.text(0.07, 0.935, tr("Tasks (continued)"), fontsize=10)
            top = 0.91
