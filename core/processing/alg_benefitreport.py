"""urbantwin:benefitreport — Wirkungsnachweis: runs per task from the local run log, with estimated manual effort."""

import datetime

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterVectorDestination,
    QgsWkbTypes,
)

from ..analysis.result_layers import DefaultStylePostProcessor, write_layer
from ..atomic import atomic_path
from ..errors import UrbanTwinError
from ..fieldtypes import FieldType
from ..i18n import tr
from ..provenance import build_provenance
from ..runlog import benefit, benefit_pdf, store
from .base import UrbanTwinAlgorithm


def table_definitions():
    return [
        ("algorithm", FieldType.STRING, tr("Algorithm")),
        ("task", FieldType.STRING, tr("Task")),
        ("runs", FieldType.INT, tr("Runs")),
        ("succeeded", FieldType.INT, tr("Succeeded")),
        ("duration_s", FieldType.DOUBLE, tr("Computing time (s)")),
        ("median_duration_s", FieldType.DOUBLE, tr("Median computing time per run (s)")),
        ("objects", FieldType.INT, tr("Objects")),
        ("manual_hours_estimate", FieldType.DOUBLE, tr("Manual effort (h, estimate)")),
        ("axis", FieldType.STRING, tr("KPI axis")),
        ("reference", FieldType.STRING, tr("Reference time")),
        ("source", FieldType.STRING, tr("Source of the reference time")),
    ]


class Algorithm(UrbanTwinAlgorithm):
    ALG_NAME = "benefitreport"
    ALG_GROUP = "participation"
    ICON = "benefit_report.svg"

    def display_name(self):
        return tr("Benefit report (Wirkungsnachweis)")

    def help_text(self):
        return tr(
            "Shows what Urban Twin did for your administration in a period, as evidence of benefit: the runs of every "
            "Urban Twin algorithm from the local run log (how many, how many succeeded, computing time, objects handled) "
            "and an estimate of the manual effort they replaced.\n\n"
            "The run log is kept in your QGIS profile (urban_twin/runlog.sqlite): one record per run with algorithm, "
            "version, time, duration, success, object counts and content hashes of inputs and outputs — no names, no "
            "paths, no parameter values. It is sent nowhere unless you publish this report. You can switch it off in "
            "the Urban Twin settings.\n\n"
            "Start and end: the period (default: the last 12 months up to today).\n"
            "Reference times (optional): a CSV with the columns algorithm, unit (run or object), minutes, axis (speed, "
            "quality, reports) and source. Without it the shipped table is used; its values are estimates marked "
            "'Schätzwert, bitte anpassen' — replace them with your own.\n"
            "The three axes: speed (hours saved), decision quality (plan checks per case, variants per comparison), "
            "reports replaced (screenings run instead of commissioned studies).\n"
            "Output: a table with one row per algorithm; optionally a one-page PDF with key figures, a chart and the table."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        date_type = QgsProcessingParameterDateTime.Type.Date
        self.addParameter(QgsProcessingParameterDateTime("START", tr("Start of the period (default: 12 months ago)"), date_type,
                                                         optional=True))
        self.addParameter(QgsProcessingParameterDateTime("END", tr("End of the period, inclusive (default: today)"), date_type,
                                                         optional=True))
        self.addParameter(QgsProcessingParameterFile("REFERENCE_TIMES", tr("Reference times per task (CSV, optional)"),
                                                     extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT", tr("Benefit report table")))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_PDF", tr("Benefit report (PDF, one page)"),
                                                                tr("PDF files (*.pdf)"), optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("RUNS", tr("Runs in the period")))
        self.addOutput(QgsProcessingOutputNumber("MANUAL_HOURS", tr("Estimated manual effort replaced (h)")))
        self.addOutput(QgsProcessingOutputNumber("HOURS_SAVED", tr("Estimated hours saved")))

    def run_algorithm(self, parameters, context, feedback):
        today = datetime.date.today()
        start = self._date(parameters, "START", context) or today - datetime.timedelta(days=364)
        end = self._date(parameters, "END", context) or today
        if end < start:
            raise UrbanTwinError(tr("The end of the period lies before its start."))
        reference_path = self.parameterAsFile(parameters, "REFERENCE_TIMES", context) or benefit.DEFAULT_REFERENCE_TIMES
        reference_times = benefit.load_reference_times(reference_path)
        runs = store.read_runs(start, end + datetime.timedelta(days=1))
        feedback.pushInfo(tr("{} runs between {} and {} in the run log {}.").format(len(runs), start.isoformat(), end.isoformat(),
                                                                                 store.runlog_path()))
        if not store.logging_enabled():
            feedback.pushWarning(tr("The run log is switched off in the settings: new runs are not recorded."))
        rows = benefit.summarise(runs, reference_times)
        figures = benefit.key_figures(runs, rows)
        names = self._display_names(rows)
        provenance = build_provenance("urbantwin:" + self.ALG_NAME, {"START": start.isoformat(), "END": end.isoformat()},
                                      [reference_path], {"keyFigures": figures})
        output = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        columns = [name for name, _type, _alias in table_definitions()]
        write_layer(output, "benefit_report", table_definitions(),
                    [(None, [names.get(row["algorithm"], row["algorithm"]) if c == "task" else row.get(c) for c in columns])
                     for row in rows],
                    QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem(), None, provenance,
                    tr("Benefit report {} – {}").format(start.isoformat(), end.isoformat()))
        DefaultStylePostProcessor.attach(context, output)
        results = {"OUTPUT": output, "RUNS": len(runs), "MANUAL_HOURS": figures["manual_hours_estimate"],
                   "HOURS_SAVED": figures["hours_saved_estimate"]}
        pdf = self.parameterAsFileOutput(parameters, "OUTPUT_PDF", context)
        if pdf:
            with atomic_path(pdf) as tmp:
                benefit_pdf.write_pdf(tmp, rows, figures, start, end, names, reference_path)
            results["OUTPUT_PDF"] = pdf
        feedback.pushInfo(tr("Estimated manual effort replaced: {:.1f} h; computing time {:.2f} h.").format(
            figures["manual_hours_estimate"], figures["machine_hours"]))
        return results

    def _date(self, parameters, name, context):
        if parameters.get(name) in (None, ""):
            return None
        value = self.parameterAsDateTime(parameters, name, context)
        if not value.isValid():
            raise UrbanTwinError(tr("{} is not a valid date.").format(name))
        return value.date().toPyDate()

    @staticmethod
    def _display_names(rows):
        registry = QgsApplication.processingRegistry()
        names = {}
        for row in rows:
            algorithm = registry.algorithmById(row["algorithm"])
            names[row["algorithm"]] = algorithm.displayName() if algorithm is not None else row["algorithm"]
        return names
