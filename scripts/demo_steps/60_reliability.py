"""Demo step: nothing is lost when things go wrong (issue #12) — a truncated tile and an output that is the input.

Runs qgis_process directly (demo.run stops the demo on a non-zero exit; here a non-zero exit is the point) and prints
the exit status and whether the good earlier output is byte-for-byte unchanged.
"""

import hashlib
import json
import os
import subprocess

import demo


def _sha(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def _qgis_process(algorithm, **params):
    args = [demo.QGIS_PROCESS, "run", algorithm, "--json", "--"]
    for key, value in params.items():
        args.append("{}={}".format(key, value))
    completed = subprocess.run(args, capture_output=True, text=True, env=dict(os.environ, URBANTWIN_LOCALE=demo.LOCALE))
    text = completed.stdout
    results = {}
    if completed.returncode == 0 and "{" in text:
        results = json.loads(text[text.index("{"):]).get("results", {})
    return completed.returncode, results, (completed.stdout + completed.stderr)


def run_step(context, number):
    demo.heading("{}. Reliability: a truncated tile and an output that is its input change nothing".format(number))
    city, plan = context["city"], context["plan"]
    with open(context["citygml"], "rb") as handle:
        data = handle.read()
    cut = os.path.join(demo.OUT, "abgeschnitten.gml")
    with open(cut, "wb") as handle:
        handle.write(data[: len(data) * 6 // 10])
    before = _sha(city)
    code, _results, text = _qgis_process("urbantwin:importcitymodel", INPUT=cut, OUTPUT=city)
    print("  truncated CityGML into the existing city model: exit {} (non-zero expected), city model unchanged: {}".format(
        code, _sha(city) == before))
    partial = os.path.join(demo.OUT, "teilimport.gpkg")
    code, results, _text = _qgis_process("urbantwin:importcitymodel", INPUT=cut, ALLOW_PARTIAL="true", OUTPUT=partial)
    total = demo.sql(city, "SELECT COUNT(*) FROM buildings WHERE parent_id IS NULL")[0][0]
    print("  with ALLOW_PARTIAL=true: exit {}, {} of {} buildings, COMPLETE = {}, SKIPPED = {}".format(
        code, results.get("BUILDINGS"), total, results.get("COMPLETE"), results.get("SKIPPED")))
    before = _sha(plan)
    code, _results, text = _qgis_process("urbantwin:exportxplan", INPUT=plan, OUTPUT=plan)
    print("  exportxplan with OUTPUT = INPUT: exit {}, plan unchanged: {}".format(code, _sha(plan) == before))
    leftovers = [name for name in os.listdir(demo.OUT) if ".part" in name]
    print("  temporary files left in {}: {}".format(os.path.basename(demo.OUT), len(leftovers)))
    os.remove(cut)
