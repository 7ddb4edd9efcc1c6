"""Run one hostile case through its algorithm in-process and classify what happened (tests and bench share this)."""

import functools
import hashlib
import os
import tempfile

import hostile
from hostile import COMPLETE, PARTIAL, REFUSED, REPORTED

SHARED = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared"))
NRW = os.path.join(SHARED, "data", "citymodel", "de_nrw_LoD2_32_280_5657_1_NW.gml")
SIG3D = os.path.join(SHARED, "data", "citymodel", "citygml2_sig3d_Building_and_garage_LOD2-EPSG25832.gml")
BP2070 = os.path.join(SHARED, "data", "xplan", "rub_v5-0_BP2070.gml")
PLAN_60 = os.path.join(SHARED, "data", "xplan", "synthetic_BPlan_6-0_arcs_hoehen.gml")

OLD_OUTPUT = b"previous complete result - must survive every failed run\n" * 64
OUTPUT_NAMES = {
    "urbantwin:importcitymodel": "out.gpkg",
    "urbantwin:importxplan": "out.gpkg",
    "urbantwin:exportxplan": "out.gml",
    "urbantwin:validatexplan": "report.json",
    "urbantwin:solarpotential": "solar.gpkg",
}


@functools.lru_cache(maxsize=1)
def secret_file():
    """A file outside every case folder whose content must never show up (the XXE target)."""
    folder = tempfile.mkdtemp(prefix="ut-reliability-secret-")
    path = os.path.join(folder, "secret.txt")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(hostile.SECRET)
    return path


@functools.lru_cache(maxsize=1)
def hostile_cases():
    """{case id: Case}, made once per process."""
    return {case.case_id: case for case in hostile.all_cases(SHARED, secret_file())}


def snapshot(folder):
    """{name: sha256} of every file in ``folder`` (hidden ones included)."""
    found = {}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            with open(path, "rb") as handle:
                found[name] = hashlib.sha256(handle.read()).hexdigest()
    return found


def parameters_for(case, input_path, output_path):
    parameters = dict(case.parameters)
    if case.algorithm == "urbantwin:importcitymodel":
        parameters.update(INPUT=[input_path], OUTPUT=output_path)
    elif case.algorithm == "urbantwin:solarpotential":
        parameters.update(SURFACES=input_path + "|layername=building_surfaces", OUTPUT=output_path)
    elif case.algorithm == "urbantwin:validatexplan":
        parameters.update(INPUT=input_path, OUTPUT_REPORT=output_path, SKIP_SCHEMA=True)
    else:
        parameters.update(INPUT=input_path, OUTPUT=output_path)
    return parameters


def run_case(case, folder, run_alg):
    """Write the case's file and an old output into ``folder``, run, and return an outcome dict."""
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    input_path = os.path.join(folder, case.file_name)
    with open(input_path, "wb") as handle:
        handle.write(case.data)
    output_path = os.path.join(folder, OUTPUT_NAMES[case.algorithm])
    with open(output_path, "wb") as handle:
        handle.write(OLD_OUTPUT)
    before = snapshot(folder)

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.texts = []

        def reportError(self, error, fatal=False):  # noqa: N802 - QGIS API
            self.texts.append(error)

        def pushWarning(self, warning):  # noqa: N802 - QGIS API
            self.texts.append(warning)

    feedback = Feedback()
    results, message = None, ""
    try:
        results = run_alg(case.algorithm, parameters_for(case, input_path, output_path), feedback=feedback)
    except QgsProcessingException as error:
        message = str(error)
    after = snapshot(folder)
    if results is None:
        status = REFUSED
    elif results.get("VALID") is False:
        status = REPORTED
        message = "\n".join(feedback.texts)
    elif results.get("SKIPPED") or results.get("COMPLETE") is False:
        status = PARTIAL
    else:
        status = COMPLETE
    new_names = sorted(set(after) - set(before))
    output_texts = []
    for name in after:
        with open(os.path.join(folder, name), "rb") as handle:
            output_texts.append(handle.read())
    leak = bool(case.secret) and (case.secret in message or any(case.secret in t for t in feedback.texts)
                                  or any(case.secret.encode() in data for name, data in zip(after, output_texts)
                                         if name != case.file_name))
    return {
        "status": status,
        "message": message,
        "warnings": feedback.texts,
        "results": results,
        "input_unchanged": after.get(case.file_name) == before[case.file_name],
        "old_output_intact": after.get(OUTPUT_NAMES[case.algorithm]) == before[OUTPUT_NAMES[case.algorithm]],
        "leftovers": [name for name in new_names if name.startswith(".")],
        "new_files": new_names,
        "secret_leaked": leak,
    }


def fill_to(folder, free_bytes):
    """Write a filler file so that about ``free_bytes`` stay free on the file system of ``folder``."""
    stat = os.statvfs(folder)
    available = stat.f_bavail * stat.f_frsize
    filler = os.path.join(folder, "filler.bin")
    with open(filler, "wb") as handle:
        remaining = max(0, available - free_bytes)
        chunk = b"\0" * (1 << 20)
        while remaining > 0:
            handle.write(chunk[: min(len(chunk), remaining)])
            remaining -= min(len(chunk), remaining)
    return filler
