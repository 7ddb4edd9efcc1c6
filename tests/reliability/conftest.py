"""Fixtures of the reliability suite: the hostile cases, a real small file system (tmpfs), snapshots."""

import contextlib
import os
import subprocess
import sys
import uuid

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)  # hostile.py and harness.py are shared with bench/bench_reliability.py

from harness import NRW  # noqa: E402 - after the path set-up


def _mount_reason():
    if os.name != "posix" or not hasattr(os, "geteuid"):
        return "tmpfs needs Linux"
    if os.geteuid() != 0:
        return "mounting a small tmpfs needs root (run the suite as root in CI to include the full-disk cases)"
    return None


@pytest.fixture()
def small_fs(tmp_path):
    """small_fs(size_kb) → a freshly mounted tmpfs folder of that size (unmounted at the end); skipped without root."""
    reason = _mount_reason()
    if reason:
        pytest.skip(reason)
    mounted = []

    def _mount(size_kb):
        folder = tmp_path / "fs-{}".format(uuid.uuid4().hex[:6])
        folder.mkdir()
        completed = subprocess.run(["mount", "-t", "tmpfs", "-o", "size={}k".format(size_kb), "tmpfs", str(folder)],
                                   capture_output=True, text=True)
        if completed.returncode != 0:
            pytest.skip("tmpfs cannot be mounted here: " + completed.stderr.strip())
        mounted.append(str(folder))
        return str(folder)

    yield _mount
    for folder in mounted:
        with contextlib.suppress(Exception):
            subprocess.run(["umount", "-l", folder], capture_output=True)


@pytest.fixture(scope="session")
def nrw_gpkg(tmp_path_factory, qgis_app):
    """The NRW tile imported once (input of the analysis writers)."""
    from urban_twin.core.citymodel.importer import import_citymodel

    path = str(tmp_path_factory.mktemp("nrw") / "nrw.gpkg")
    import_citymodel([NRW], path)
    return path
