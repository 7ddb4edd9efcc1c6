"""Wirkungsnachweis: what the recorded runs replaced, from a transparent table of reference times.

Every figure says where it comes from: runs and durations are counted from the run log (core/runlog/store.py); the
manual effort a run replaced is *estimated* from a table of reference times per task (``resources/benefit/
reference_times.csv``, shipped with documented defaults marked "Schätzwert, bitte anpassen", replaceable by the
municipality's own CSV). A reference time is per run (``unit=run``) or per object handled (``unit=object``: parcels
checked, roofs assessed, pages laid out …). The three KPI axes follow the recommendation that asked for them:
speed (hours saved, turnaround), decision quality (checks per case, variants per comparison) and reports replaced
(screenings run instead of commissioned studies).
"""

import csv
import os
import statistics

from ..errors import UrbanTwinError
from ..i18n import tr

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_REFERENCE_TIMES = os.path.join(PLUGIN_DIR, "resources", "benefit", "reference_times.csv")
AXES = ("speed", "quality", "reports")
UNITS = ("run", "object")


class ReferenceTime:
    def __init__(self, algorithm, unit, minutes, axis, source):
        self.algorithm, self.unit, self.minutes, self.axis, self.source = algorithm, unit, minutes, axis, source

    def manual_minutes(self, runs_succeeded, objects):
        return self.minutes * (runs_succeeded if self.unit == "run" else objects)


def load_reference_times(path=None):
    """{algorithm id: ReferenceTime} from a CSV with columns algorithm, unit, minutes, axis, source."""
    path = path or DEFAULT_REFERENCE_TIMES
    table = {}
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = {"algorithm", "unit", "minutes"} - set(reader.fieldnames or [])
            if missing:
                raise UrbanTwinError(tr("The reference-time table lacks the column(s) {}.").format(", ".join(sorted(missing))), path=path)
            for number, row in enumerate(reader, start=2):
                algorithm = (row.get("algorithm") or "").strip()
                if not algorithm:
                    continue
                if not algorithm.startswith("urbantwin:"):
                    algorithm = "urbantwin:" + algorithm
                unit = (row.get("unit") or "run").strip().lower()
                axis = (row.get("axis") or "speed").strip().lower()
                try:
                    minutes = float((row.get("minutes") or "").replace(",", "."))
                except ValueError:
                    raise UrbanTwinError(tr("The reference time is not a number of minutes."), path=path, line=number) from None
                if unit not in UNITS or axis not in AXES or minutes < 0:
                    raise UrbanTwinError(tr("Unit must be run or object, axis speed, quality or reports, minutes ≥ 0."),
                                         path=path, line=number)
                table[algorithm] = ReferenceTime(algorithm, unit, minutes, axis, (row.get("source") or "").strip())
    except OSError as error:
        raise UrbanTwinError(tr("The reference-time table cannot be read: {}").format(error.strerror), path=path) from None
    return table


def summarise(runs, reference_times):
    """One row per algorithm (sorted by id): runs, succeeded, duration_s, objects, manual_hours_estimate, axis, source."""
    rows = {}
    for run in runs:
        row = rows.setdefault(run["algorithm"], {"algorithm": run["algorithm"], "runs": 0, "succeeded": 0, "duration_s": 0.0,
                                                 "objects": 0, "durations": []})
        row["runs"] += 1
        row["duration_s"] += float(run["duration_s"] or 0.0)
        row["durations"].append(float(run["duration_s"] or 0.0))
        if run["succeeded"]:
            row["succeeded"] += 1
            row["objects"] += int(run["objects"] or 0)
    result = []
    for algorithm in sorted(rows):
        row = rows[algorithm]
        reference = reference_times.get(algorithm)
        manual_minutes = reference.manual_minutes(row["succeeded"], row["objects"]) if reference else 0.0
        row["manual_hours_estimate"] = round(manual_minutes / 60.0, 2)
        row["duration_s"] = round(row["duration_s"], 3)
        row["median_duration_s"] = round(statistics.median(row.pop("durations")), 3)
        row["axis"] = reference.axis if reference else ""
        row["reference"] = "{:g} min/{}".format(reference.minutes, reference.unit) if reference else ""
        row["source"] = reference.source if reference else tr("no reference time: not counted")
        result.append(row)
    return result


def key_figures(runs, rows):
    """The three KPI axes as plain numbers (see the module doc for where each comes from)."""
    manual = sum(r["manual_hours_estimate"] for r in rows)
    machine = sum(r["duration_s"] for r in rows) / 3600.0
    checks = [r for r in runs if r["algorithm"] == "urbantwin:plancompliance" and r["succeeded"]]
    cases = {tuple(r["input_hashes"]) for r in checks if r["input_hashes"]}
    comparisons = [r for r in runs if r["algorithm"] == "urbantwin:comparevariants" and r["succeeded"]]
    variants = [int((r["counts"] or {}).get("VARIANT_COUNT", 0)) for r in comparisons]
    by_axis = {axis: sum(r["manual_hours_estimate"] for r in rows if r["axis"] == axis) for axis in AXES}
    screenings = sum(r["succeeded"] for r in rows if r["axis"] == "reports")
    return {
        "runs": len(runs),
        "succeeded": sum(1 for r in runs if r["succeeded"]),
        "manual_hours_estimate": round(manual, 2),
        "machine_hours": round(machine, 3),
        "hours_saved_estimate": round(manual - machine, 2),
        "hours_by_axis": {axis: round(hours, 2) for axis, hours in by_axis.items()},
        "plan_checks": len(checks),
        "plan_check_cases": len(cases),
        "checks_per_case": round(len(checks) / len(cases), 2) if cases else 0.0,
        "variant_comparisons": len(comparisons),
        "variants_per_comparison": round(sum(variants) / len(variants), 2) if variants else 0.0,
        "screenings_instead_of_studies": screenings,
    }
