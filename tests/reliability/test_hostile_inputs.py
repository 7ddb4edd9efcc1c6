"""Every hostile or broken input (tests/reliability/hostile.py) against its reader, run in-process through Processing.

Each case asserts: the documented outcome class, a message naming the file (and object/line where the case says
so), the old output byte-for-byte intact unless the run succeeded, nothing new under the output name unless the
run succeeded, no temporary file left, the input unchanged, and no secret (XXE target) in any message or output.
"""

import os
import sqlite3

import harness
import hostile
import pytest
from harness import hostile_cases

CASE_IDS = sorted(hostile_cases())


def _gpkg_ok(path):
    connection = sqlite3.connect("file:{}?mode=ro".format(path), uri=True)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok" and connection.execute(
            "SELECT COUNT(*) FROM gpkg_contents").fetchone()[0] > 0
    finally:
        connection.close()


@pytest.mark.parametrize("case_id", CASE_IDS)
def test_hostile_input(case_id, run_alg, tmp_path):
    case = hostile_cases()[case_id]
    outcome = harness.run_case(case, str(tmp_path), run_alg)
    shown = outcome["message"] or "\n".join(outcome["warnings"])
    assert outcome["status"] == case.expected, shown[:500]
    assert outcome["input_unchanged"]
    assert outcome["leftovers"] == []  # no temporary file of ours (or SQLite's) stays
    assert not outcome["secret_leaked"]
    output = os.path.join(str(tmp_path), harness.OUTPUT_NAMES[case.algorithm])
    if case.expected == hostile.REFUSED:
        assert case.file_name in outcome["message"]
        for text in case.names:
            assert text in outcome["message"], outcome["message"][:500]
        assert outcome["old_output_intact"]
        assert outcome["new_files"] == []
        return
    if case.expected == hostile.REPORTED:
        assert case.file_name in shown and outcome["results"]["VALID"] is False
        for text in case.names:
            assert text in shown
        return
    # partial / complete: a new, complete GeoPackage replaced the old output
    assert not outcome["old_output_intact"] and _gpkg_ok(output)
    results = outcome["results"]
    if case.expected == hostile.PARTIAL:
        assert results["SKIPPED"] >= 1 or results["COMPLETE"] is False
        assert results["COMPLETE"] is (not case.parameters.get("ALLOW_PARTIAL"))
        assert any(case.file_name in text for text in outcome["warnings"])
        for text in case.names:
            assert any(text in warning for warning in outcome["warnings"]), outcome["warnings"]
    else:
        assert results["COMPLETE"] is True and results["SKIPPED"] == 0
        for text in case.names:  # an unusual object that was kept is still named in a warning
            assert any(case.file_name in w and text in w for w in outcome["warnings"]), outcome["warnings"]


def test_the_generator_covers_every_family_and_reader():
    cases = hostile_cases().values()
    assert {c.family for c in cases} >= {"xml-attack", "zip-attack", "truncated", "binary", "encoding", "coordinates",
                                         "cityjson-index"}
    assert {c.algorithm for c in cases} >= {"urbantwin:importcitymodel", "urbantwin:importxplan", "urbantwin:exportxplan",
                                            "urbantwin:validatexplan"}
    assert len(CASE_IDS) >= 50
