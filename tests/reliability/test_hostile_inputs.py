"""Every hostile or broken input (tests/reliability/hostile.py) against its reader, run in-process through Processing.

Each case asserts: the documented outcome class, a message naming the file (and object/line where the case says
so), the old output byte-for-byte intact unless the run succeeded, nothing new under the output name unless the
run succeeded, no temporary file left, the input unchanged, and no secret (XXE target) in any message or output.
"""

import os
import re
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


@pytest.mark.parametrize("algorithm", ["urbantwin:importcitymodel", "urbantwin:importxplan", "urbantwin:validatexplan"])
def test_no_reader_goes_to_the_network(algorithm, run_alg, tmp_path):
    """An external DTD, an external entity and an XInclude pointing at a real listener on 127.0.0.1: nobody calls."""
    import socket

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.setblocking(False)
    url = "http://127.0.0.1:{}/evil".format(listener.getsockname()[1])
    source = harness.SIG3D if algorithm.endswith("citymodel") else harness.PLAN_60
    with open(source, "rb") as handle:
        xml = handle.read()
    head, rest = xml.split(b"?>", 1)
    root_end = xml.index(b">", re.search(rb"<[A-Za-z]", xml).start()) + 1  # just inside the root element
    variants = {
        "dtd.gml": head + b'?>\n<!DOCTYPE x SYSTEM "' + url.encode() + b'.dtd">' + rest,
        "entity.gml": head + b'?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "' + url.encode() + b'">]>' + rest,
        "xinclude.gml": xml[:root_end] + b'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="' + url.encode()
        + b'"/>' + xml[root_end:],
    }
    assert b"xi:include" in variants["xinclude.gml"]
    try:
        for name, data in variants.items():
            path = tmp_path / name
            path.write_bytes(data)
            output = {"urbantwin:validatexplan": {"OUTPUT_REPORT": str(tmp_path / (name + ".json")), "SKIP_SCHEMA": True}}.get(
                algorithm, {"OUTPUT": str(tmp_path / (name + ".gpkg"))})
            parameters = dict(output, INPUT=[str(path)] if algorithm.endswith("citymodel") else str(path))
            try:
                run_alg(algorithm, parameters)
            except Exception:  # noqa: BLE001 - refusing is fine; calling out is not
                pass
        with pytest.raises(BlockingIOError):
            listener.accept()
    finally:
        listener.close()
