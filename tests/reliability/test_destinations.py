"""Output = input (also through a symlink, `..` or a hard link) and output = folder are refused before any work,
by every algorithm (the base class runs core/processing/destinations.py from checkParameterValues and
prepareAlgorithm)."""

import hashlib
import os
import shutil

import pytest
from harness import PLAN_60, SIG3D
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback


def _sha(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def _algorithms(provider):
    return sorted(provider.algorithms(), key=lambda a: a.name())


def _file_destinations(algorithm):
    return [d for d in algorithm.destinationParameterDefinitions() if d.type() != "folderDestination"]


def test_every_algorithm_refuses_a_folder_as_output(urbantwin_provider, tmp_path):
    from urban_twin.core.errors import UrbanTwinError
    from urban_twin.core.processing.destinations import check_destinations

    context = QgsProcessingContext()
    checked = 0
    for algorithm in _algorithms(urbantwin_provider):
        for definition in _file_destinations(algorithm):
            folder = tmp_path / "{}-{}.gpkg".format(algorithm.name(), definition.name())
            folder.mkdir()
            with pytest.raises(UrbanTwinError) as caught:
                check_destinations(algorithm, {definition.name(): str(folder)}, context)
            assert "folder" in str(caught.value) and str(folder) in str(caught.value)
            checked += 1
    assert checked >= 12  # every file output of the 13 algorithms (musterquartier writes into a folder)


def test_every_algorithm_refuses_an_input_as_output(urbantwin_provider, tmp_path):
    from urban_twin.core.errors import UrbanTwinError
    from urban_twin.core.processing.destinations import check_destinations

    context = QgsProcessingContext()
    source = tmp_path / "input.gpkg"
    source.write_bytes(b"not read: the check comes first")
    checked = 0
    for algorithm in _algorithms(urbantwin_provider):
        inputs = [d for d in algorithm.parameterDefinitions() if not d.isDestination() and d.type() in
                  ("file", "source", "vector", "raster", "multilayer")]
        for definition in _file_destinations(algorithm):
            for input_definition in inputs:
                value = [str(source)] if input_definition.type() == "multilayer" else str(source) + "|layername=a"
                if input_definition.type() == "file":
                    value = str(source)
                with pytest.raises(UrbanTwinError) as caught:
                    check_destinations(algorithm, {input_definition.name(): value, definition.name(): str(source)}, context)
                assert "input" in str(caught.value)
                checked += 1
    assert checked >= 12
    assert source.read_bytes() == b"not read: the check comes first"


@pytest.fixture()
def plan_gpkg(run_alg, tmp_path):
    path = str(tmp_path / "plan.gpkg")
    run_alg("urbantwin:importxplan", {"INPUT": PLAN_60, "OUTPUT": path})
    return path


def _refused(run_alg, algorithm, parameters):
    feedback = QgsProcessingFeedback()
    progress = []
    feedback.progressChanged.connect(progress.append)
    with pytest.raises(QgsProcessingException) as caught:
        run_alg(algorithm, parameters, feedback=feedback)
    assert progress == []  # refused before any work
    return str(caught.value)


@pytest.mark.parametrize("spelling", ["same", "symlink", "dotdot", "hardlink"])
def test_exportxplan_never_overwrites_its_input_plan(spelling, plan_gpkg, run_alg, tmp_path):
    before = _sha(plan_gpkg)
    output = plan_gpkg
    if spelling == "symlink":
        output = str(tmp_path / "link.gml")
        os.symlink(plan_gpkg, output)
    elif spelling == "dotdot":
        (tmp_path / "sub").mkdir()
        output = str(tmp_path / "sub" / ".." / "plan.gpkg")
    elif spelling == "hardlink":
        output = str(tmp_path / "hard.gml")
        os.link(plan_gpkg, output)
    message = _refused(run_alg, "urbantwin:exportxplan", {"INPUT": plan_gpkg, "OUTPUT": output})
    assert "plan.gpkg" in message and "input" in message
    assert _sha(plan_gpkg) == before


def test_vector_analysis_output_into_its_input_geopackage_is_refused(run_alg, tmp_path):
    city = str(tmp_path / "city.gpkg")
    run_alg("urbantwin:importcitymodel", {"INPUT": [SIG3D], "OUTPUT": city})
    before = _sha(city)
    message = _refused(run_alg, "urbantwin:solarpotential", {"SURFACES": city + "|layername=building_surfaces",
                                                             "OUTPUT": city})
    assert "city.gpkg" in message
    assert _sha(city) == before


@pytest.mark.parametrize("algorithm, parameters", [
    ("urbantwin:importcitymodel", {"INPUT": [SIG3D]}),
    ("urbantwin:importxplan", {"INPUT": PLAN_60}),
    ("urbantwin:validatexplan", {"INPUT": PLAN_60, "SKIP_SCHEMA": True}),
])
def test_folder_as_output_is_refused_before_the_work(algorithm, parameters, run_alg, tmp_path):
    folder = tmp_path / "ergebnis.gpkg"
    folder.mkdir()
    (folder / "keep.txt").write_text("untouched", encoding="utf-8")
    key = "OUTPUT_REPORT" if algorithm.endswith("validatexplan") else "OUTPUT"
    message = _refused(run_alg, algorithm, dict(parameters, **{key: str(folder)}))
    assert "folder" in message and "ergebnis.gpkg" in message and "IsADirectoryError" not in message
    assert sorted(os.listdir(folder)) == ["keep.txt"]


def test_unwritable_output_folder_is_refused(run_alg, tmp_path):
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # root writes anywhere; a read-only bind is not available everywhere, so use a folder on a read-only tmpfs
        import subprocess

        folder = tmp_path / "ro"
        folder.mkdir()
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)], capture_output=True).returncode:
            pytest.skip("cannot mount a read-only tmpfs")
        try:
            message = _refused(run_alg, "urbantwin:importxplan", {"INPUT": PLAN_60, "OUTPUT": str(folder / "plan.gpkg")})
        finally:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o555)
        try:
            message = _refused(run_alg, "urbantwin:importxplan", {"INPUT": PLAN_60, "OUTPUT": str(folder / "plan.gpkg")})
        finally:
            folder.chmod(0o755)
    assert "not writable" in message or "read-only" in message, message


def test_the_dialog_and_qgis_process_check_refuses_before_running(urbantwin_provider, tmp_path):
    """checkParameterValues is what the algorithm dialog and qgis_process ask first (qgis_process then exits 1;
    the exit status itself is tested with a real qgis_process in test_killed_runs.py)."""
    plan = str(tmp_path / "plan.gml")
    shutil.copy(PLAN_60, plan)
    algorithm = urbantwin_provider.algorithm("validatexplan")
    context = QgsProcessingContext()
    ok, message = algorithm.checkParameterValues({"INPUT": plan, "OUTPUT_REPORT": plan, "SKIP_SCHEMA": True}, context)
    assert not ok and "plan.gml" in message and "input" in message
    ok, message = algorithm.checkParameterValues({"INPUT": plan, "OUTPUT_REPORT": str(tmp_path / "report.json")}, context)
    assert ok, message
