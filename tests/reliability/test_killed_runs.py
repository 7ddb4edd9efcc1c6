"""Killed runs: SIGTERM mid-import cleans up; after SIGKILL the next run into the same folder removes the stale
temporary files of our own naming (never anything else). Real subprocesses running the real import."""

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from harness import NRW, SIG3D

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# A real import whose progress reports sleep, so it is certainly still writing when the signal comes.
IMPORT_SCRIPT = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {pkgpath!r})
    from urban_twin.core.citymodel.importer import import_citymodel

    class SlowFeedback:
        def setProgress(self, value):
            print("progress", value, flush=True)
            time.sleep(0.4)
        def isCanceled(self):
            return False
        def reportError(self, *args):
            pass

    report = import_citymodel([{source!r}], sys.argv[1], feedback=SlowFeedback())
    print("done", report.buildings, flush=True)
""")


def _temporaries(folder):
    """The running import's temporary files (hidden, named after the output)."""
    return sorted(name for name in os.listdir(folder) if name.startswith(".city.gpkg.ut"))


def _start_import(tmp_path, output, source=NRW):
    script = tmp_path / "slow_import.py"
    script.write_text(IMPORT_SCRIPT.format(pkgpath=os.path.join(ROOT, ".build", "pkgpath"), source=source), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, str(script), output], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def _wait_for_temporary(process, folder, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process.poll() is not None:
            pytest.fail("the import ended before it could be killed: " + process.stderr.read()[-2000:])
        if _temporaries(folder) and process.stdout.readline().startswith("progress"):
            return _temporaries(folder)
        time.sleep(0.02)
    process.kill()
    pytest.fail("no temporary file appeared")


def _old_output(folder):
    output = os.path.join(folder, "city.gpkg")
    with open(output, "wb") as handle:
        handle.write(b"the good old city model\n" * 500)
    return output


def test_sigterm_mid_import_leaves_no_temporary_files(tmp_path):
    folder = tmp_path / "project"
    folder.mkdir()
    output = _old_output(str(folder))
    before = open(output, "rb").read()
    process = _start_import(tmp_path, output)
    seen = _wait_for_temporary(process, str(folder))
    assert any(name.startswith(".city.gpkg.ut{}-".format(process.pid)) for name in seen)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == -signal.SIGTERM  # ends as a SIGTERM'd process does, after the clean-up
    assert _temporaries(str(folder)) == []
    assert sorted(os.listdir(folder)) == ["city.gpkg"]
    assert open(output, "rb").read() == before


def test_after_sigkill_the_next_run_removes_only_our_stale_files(tmp_path):
    folder = tmp_path / "project"
    folder.mkdir()
    output = _old_output(str(folder))
    before = open(output, "rb").read()
    decoys = {".notes.txt": b"mine", "city.part.gpkg": b"a user's file", ".city.gpkg.backup": b"keep",
              ".city.gpkg.abcdefgh.part.gpkg.bak": b"not our pattern"}
    for name, data in decoys.items():
        (folder / name).write_bytes(data)
    process = _start_import(tmp_path, output)
    left = _wait_for_temporary(process, str(folder))
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    stale = sorted(set(os.listdir(folder)) - set(decoys) - {"city.gpkg"})
    assert stale and set(stale) >= set(left)  # SIGKILL cannot clean up
    assert open(output, "rb").read() == before
    # the next run (a new process, as qgis_process or QGIS would be) into the same folder
    second = _start_import(tmp_path, output, source=SIG3D)
    out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err[-2000:]
    assert "done 1" in out
    assert sorted(os.listdir(folder)) == sorted(["city.gpkg"] + list(decoys))  # the stale files are gone
    for name, data in decoys.items():
        assert (folder / name).read_bytes() == data
    assert open(output, "rb").read() != before


def test_stale_rules_by_name_age_process_and_host(tmp_path):
    from urban_twin.core import atomic

    dead = subprocess.Popen(["true"])
    dead.wait()
    old = atomic.PROCESS_START - 7200
    files = {
        ".a.gpkg.ut{}-{}-abcdefgh.part.gpkg".format(dead.pid, atomic.HOST): (old, True),  # our host, process gone
        ".a.gpkg.ut{}-{}-abcdefgh.part.gpkg-journal".format(dead.pid, atomic.HOST): (old, True),
        ".b.gpkg.ut{}-{}-abcdefgh.part.gpkg".format(os.getppid(), atomic.HOST): (old, False),  # its process runs
        ".c.gpkg.ut{}-{}-abcdefgh.part.gpkg".format(dead.pid, atomic.HOST): (time.time(), False),  # newer than us
        ".d.gpkg.ut123-otherpc-abcdefgh.part.gpkg": (old, True),  # another computer, unwritten for 2 h
        ".e.gpkg.ut123-otherpc-abcdefgh.part.gpkg": (atomic.PROCESS_START - 600, False),  # written 10 min ago
        ".f.gpkg.abcdefgh.part.gpkg": (old, True),  # left by version 0.1
        ".g.gpkg": (old, False), "g.gpkg": (old, False), ".h.gpkg.ABCDEFGH.part.gpkg": (old, False),
    }
    for name, (mtime, _gone) in files.items():
        path = tmp_path / name
        path.write_bytes(b"x")
        os.utime(path, (mtime, mtime))
    (tmp_path / ".i.gpkg.abcdefgh.part.gpkg").mkdir()  # a folder of that name is not ours
    os.symlink("/etc/hostname", tmp_path / ".j.gpkg.abcdefgh.part.gpkg")
    removed = atomic.remove_stale_temporaries(str(tmp_path))
    assert sorted(removed) == sorted(name for name, (_m, gone) in files.items() if gone)
    assert sorted(os.listdir(tmp_path)) == sorted([name for name, (_m, gone) in files.items() if not gone]
                                                  + [".i.gpkg.abcdefgh.part.gpkg", ".j.gpkg.abcdefgh.part.gpkg"])


def test_cancel_removes_the_temporary_file_and_keeps_the_old_output(tmp_path):
    from qgis.core import QgsProcessingFeedback

    from urban_twin.core.citymodel.importer import import_citymodel
    from urban_twin.core.errors import CancelledError

    output = _old_output(str(tmp_path))
    before = open(output, "rb").read()
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel())
    with pytest.raises(CancelledError):
        import_citymodel([NRW], output, feedback=feedback)
    assert sorted(os.listdir(tmp_path)) == ["city.gpkg"] and open(output, "rb").read() == before


@pytest.mark.integration
def test_qgis_process_exit_status_of_a_truncated_import(qgis_process, tmp_path):
    """The documented exit status from the command line: non-zero, the earlier GeoPackage untouched, no leftovers."""
    with open(NRW, "rb") as handle:
        data = handle.read()
    cut = tmp_path / "kachel.gml"
    cut.write_bytes(data[: len(data) * 6 // 10])
    output = _old_output(str(tmp_path))
    before = open(output, "rb").read()
    completed = qgis_process("run", "urbantwin:importcitymodel", "--", "INPUT=" + str(cut), "OUTPUT=" + output, timeout=120)
    assert completed.returncode != 0
    assert "kachel.gml" in completed.stdout + completed.stderr and "ALLOW_PARTIAL" in completed.stdout + completed.stderr
    assert open(output, "rb").read() == before
    assert sorted(os.listdir(tmp_path)) == ["city.gpkg", "kachel.gml"]
