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


def write_pdf(path, rows, figures, start, end, display_names, reference_source):
    """Write the report to ``path`` (the caller makes it atomic)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot
    from matplotlib.backends.backend_pdf import PdfPages

    figure = pyplot.figure(figsize=(8.27, 11.69))  # A4 portrait, inches
    figure.text(0.07, 0.955, tr("Benefit report (Wirkungsnachweis) – Urban Twin"), fontsize=16, weight="bold")
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
    for index, (title, body) in enumerate(boxes):
        x = 0.07 + index * 0.30
        figure.patches.append(matplotlib.patches.FancyBboxPatch((x, 0.80), 0.27, 0.10, boxstyle="round,pad=0.005",
                                                                transform=figure.transFigure, facecolor="#f2f2f2", edgecolor="#cccccc"))
        figure.text(x + 0.01, 0.885, title, fontsize=10, weight="bold")
        figure.text(x + 0.01, 0.81, body, fontsize=8.5, va="bottom")
    chart = figure.add_axes([0.33, 0.47, 0.60, 0.29])
    counted = [row for row in rows if row["manual_hours_estimate"] > 0] or rows
    labels = [display_names.get(row["algorithm"], row["algorithm"]) for row in counted]
    chart.barh(range(len(counted)), [row["manual_hours_estimate"] for row in counted],
               color=[AXIS_COLOURS.get(row["axis"], "#999999") for row in counted])
    chart.set_yticks(range(len(counted)))
    chart.set_yticklabels(labels, fontsize=8)
    chart.invert_yaxis()
    chart.set_xlabel(tr("Estimated manual effort replaced (hours)"), fontsize=9)
    chart.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda value, _pos: number(value, 0)))
    handles = [matplotlib.patches.Patch(color=AXIS_COLOURS[axis], label=axis_label(axis)) for axis in ("speed", "quality", "reports")]
    chart.legend(handles=handles, fontsize=8, loc="lower right")
    table_axes = figure.add_axes([0.07, 0.08, 0.86, 0.33])
    table_axes.axis("off")
    header = [tr("Task"), tr("Runs"), tr("Succeeded"), tr("Objects"), tr("Computing time (s)"), tr("Manual effort (h, estimate)")]
    cells = [[display_names.get(r["algorithm"], r["algorithm"]), str(r["runs"]), str(r["succeeded"]), number(r["objects"], 0),
              number(r["duration_s"], 1), number(r["manual_hours_estimate"], 1)] for r in rows[:22]]
    table = table_axes.table(cellText=cells or [["–"] * 6], colLabels=header, loc="upper left", cellLoc="left", colLoc="left")
    table.auto_set_font_size(False)
    table.set_fontsize(7.5)
    table.scale(1.0, 1.25)
    footnote = tr("Manual effort: estimates from the reference times in {} (per run or per object handled; "
                  "the shipped defaults are marked 'Schätzwert, bitte anpassen'). Runs: the local run log of this QGIS "
                  "profile, without personal data. Created {}.").format(os.path.basename(reference_source), date_text(datetime.date.today()))
    figure.text(0.07, 0.035, footnote, fontsize=7, wrap=True)
    with PdfPages(path) as pdf:
        pdf.savefig(figure)
    pyplot.close(figure)
