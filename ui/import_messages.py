"""What the message bar says after an import: counts, what was skipped and why, in the planner's language.

The importers report each problem through the Processing feedback (``reportError(…, False)``) and their results
carry ``SKIPPED`` (int) and, with the robustness rules, ``COMPLETE`` (bool); both are read when present. A run
with problems is never shown as a green success. Parser messages from lxml/libxml2 and GDAL are English and
technical: they are wrapped into a sentence that names file, line and object.
"""

import os
import re
from dataclasses import dataclass, field

from qgis.core import Qgis, QgsMessageLog, QgsProcessingFeedback

from ..core.i18n import tr

LOG_TAG = "Urban Twin"
MAX_REASONS = 2  # reasons quoted in the bar; all of them go to the log behind "Details"


class CollectingFeedback(QgsProcessingFeedback):
    """Processing feedback that keeps the problems an algorithm reports (thread-safe enough: appends only)."""

    def __init__(self):
        super().__init__()
        self.problems = []  # non-fatal: skipped objects, broken files of a folder
        self.errors = []  # fatal: why the run failed
        self.warnings = []

    def reportError(self, error, fatalError=False):  # noqa: N802,N803 - QGIS API
        (self.errors if fatalError else self.problems).append(str(error))
        super().reportError(error, fatalError)

    def pushWarning(self, warning):  # noqa: N802 - QGIS API
        self.warnings.append(str(warning))
        super().pushWarning(warning)


# libxml2 / GDAL phrases → what they mean for the planner (the original stays in brackets)
PARSER_PHRASES = (
    (re.compile(r"Premature end of data|EndTag: '</' not found|Extra content at the end|truncated|unexpected end", re.I),
     lambda: tr("the file ends in the middle (truncated, e.g. an interrupted download)")),
    (re.compile(r"Opening and ending tag mismatch", re.I), lambda: tr("start and end tags do not match (damaged XML)")),
    (re.compile(r"Document is empty|Start tag expected", re.I), lambda: tr("the file is empty or not XML")),
    (re.compile(r"not well-formed|invalid element name|Couldn't find end of Start Tag|AttValue|Invalid or truncated XML", re.I),
     lambda: tr("the XML is damaged or the file is truncated (e.g. an interrupted download)")),
    (re.compile(r"Entity|DOCTYPE", re.I), lambda: tr("the file declares entities, which are not read for safety")),
    (re.compile(r"Expecting value|JSONDecodeError|Unterminated string|Expecting ',' delimiter", re.I),
     lambda: tr("the JSON is damaged or truncated")),
)
LOCATION = re.compile(r"line (\d+)", re.I)


def explain(message):
    """A readable sentence for an importer or parser message; the technical text stays in brackets."""
    message = str(message).strip()
    for pattern, meaning in PARSER_PHRASES:
        if pattern.search(message):
            return tr("{meaning} ({original})").format(meaning=meaning(), original=message)
    return message


def _count_text(algorithm_id, results):
    if algorithm_id == "urbantwin:importcitymodel":
        parts = [tr("{} buildings").format(int(results.get("BUILDINGS") or 0))]
        if results.get("PARTS"):
            parts.append(tr("{} building parts").format(int(results["PARTS"])))
        if results.get("SURFACES") is not None:
            parts.append(tr("{} surfaces").format(int(results["SURFACES"])))
        return ", ".join(parts)
    return tr("{} plan objects").format(int(results.get("FEATURES") or 0))


@dataclass
class ImportOutcome:
    level: int
    text: str
    details: list = field(default_factory=list)

    @property
    def is_success(self):
        return self.level == Qgis.MessageLevel.Success


def import_outcome(algorithm_id, path, successful, results, feedback):
    """The message for the bar: Success only for a complete import without problems."""
    name = os.path.basename(path)
    problems = [explain(p) for p in getattr(feedback, "problems", [])]
    if not successful:
        errors = [explain(e) for e in getattr(feedback, "errors", [])] or problems
        reason = errors[-1] if errors else tr("no reason was reported; see the log")
        return ImportOutcome(Qgis.MessageLevel.Critical,
                             tr("Import of {name} failed: {reason}").format(name=name, reason=reason), errors + problems)
    results = results or {}
    skipped = int(results.get("SKIPPED") or 0)
    complete = results.get("COMPLETE")
    counts = _count_text(algorithm_id, results)
    if complete is False or skipped or problems:
        if skipped:
            lost = tr("skipped objects: {}").format(skipped)
        elif complete is False:
            lost = tr("the import is incomplete")
        else:
            lost = tr("problems: {}").format(len(problems))
        reasons = "; ".join(problems[:MAX_REASONS])
        if len(problems) > MAX_REASONS:
            reasons += " " + tr("(and {} more)").format(len(problems) - MAX_REASONS)
        text = tr("{name} imported only in part: {counts}; {lost}.").format(name=name, counts=counts, lost=lost)
        if reasons:
            text += " " + tr("Why: {}").format(reasons)
        return ImportOutcome(Qgis.MessageLevel.Warning, text, problems)
    return ImportOutcome(Qgis.MessageLevel.Success, tr("{name} imported: {counts}.").format(name=name, counts=counts), [])


def log_outcome(outcome, path):
    """Everything behind the bar's "Details" button, in the log panel under "Urban Twin"."""
    QgsMessageLog.logMessage(outcome.text, LOG_TAG, outcome.level)
    for line in outcome.details:
        QgsMessageLog.logMessage("{}: {}".format(os.path.basename(path), line), LOG_TAG, outcome.level)


def push_outcome(iface, outcome, path):
    """Show the outcome in QGIS' message bar with a "Details" button that opens the log."""
    from qgis.PyQt.QtWidgets import QPushButton

    log_outcome(outcome, path)
    bar = iface.messageBar()
    item = bar.createMessage(tr("Urban Twin"), outcome.text)
    if outcome.details or not outcome.is_success:
        button = QPushButton(tr("Details"))
        button.setObjectName("urbantwin_import_details")
        button.clicked.connect(lambda checked=False: iface.openMessageLog())
        item.layout().addWidget(button)
    duration = 5 if outcome.is_success else 0  # problems stay until the planner closes them
    bar.pushWidget(item, outcome.level, duration)
    return item
