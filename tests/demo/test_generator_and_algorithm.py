"""Determinism, size parameter, bad input, and the algorithm in-process and through qgis_process."""

import filecmp
import os

import pytest

from urban_twin.core.demo.musterquartier import FILE_NAMES, generate_musterquartier
from urban_twin.core.errors import CancelledError, UrbanTwinError

BUILDING_TAG = "{http://www.opengis.net/citygml/building/2.0}Building"


def _count_buildings(path):
    from lxml import etree

    return sum(1 for _ in etree.iterparse(path, tag=BUILDING_TAG))


def test_same_seed_gives_identical_files_other_seed_differs(tmp_path):
    first, second, other = (tmp_path / n for n in ("a", "b", "c"))
    for folder in (first, second, other):
        folder.mkdir()
    generate_musterquartier(str(first), n_buildings=60, seed=7)
    generate_musterquartier(str(second), n_buildings=60, seed=7)
    generate_musterquartier(str(other), n_buildings=60, seed=8)
    for name in FILE_NAMES.values():
        assert filecmp.cmp(first / name, second / name, shallow=False), name
    assert not filecmp.cmp(first / FILE_NAMES["citygml"], other / FILE_NAMES["citygml"], shallow=False)
    assert sorted(os.listdir(first)) == sorted(FILE_NAMES.values())  # no temporary leftovers


def test_small_district_still_has_all_features(tmp_path):
    result = generate_musterquartier(str(tmp_path), n_buildings=12, seed=3)
    assert _count_buildings(result["citygml"]) == 12 == result["buildings"]
    tokens = [z["token"] for z in result["zones"]]
    assert tokens.count("WA") >= 3 and tokens.count("MI") >= 2
    assert {e["rule"] for e in result["exceeding"]} == {"GRZ", "Z", "height"}


def test_bad_input_is_refused_and_nothing_is_written(tmp_path):
    with pytest.raises(UrbanTwinError) as info:
        generate_musterquartier(str(tmp_path / "missing"), n_buildings=50)
    assert "missing" in str(info.value)
    with pytest.raises(UrbanTwinError):
        generate_musterquartier(str(tmp_path), n_buildings=3)
    assert os.listdir(tmp_path) == []


class _CancelAfter:
    """A feedback that reports cancellation after ``steps`` progress reports (the generator writes 4 files)."""

    def __init__(self, steps):
        self.steps, self.reports = steps, []

    def setProgress(self, percent):  # noqa: N802 - QgsFeedback API
        self.reports.append(percent)

    def isCanceled(self):  # noqa: N802 - QgsFeedback API
        return len(self.reports) >= self.steps


def test_cancel_leaves_previous_files_untouched_and_no_partial_set(tmp_path):
    generate_musterquartier(str(tmp_path), n_buildings=20, seed=1)
    before = {name: (tmp_path / name).read_bytes() for name in FILE_NAMES.values()}
    feedback = _CancelAfter(2)
    with pytest.raises(CancelledError):
        generate_musterquartier(str(tmp_path), n_buildings=40, seed=2, feedback=feedback)
    share = 100.0 / len(FILE_NAMES)  # one progress step per file written
    assert feedback.reports == [share, 2 * share]  # two files were complete when the user cancelled …
    assert sorted(os.listdir(tmp_path)) == sorted(FILE_NAMES.values())  # … yet no temporary file is left
    for name, content in before.items():  # and the previous set is untouched, not half replaced
        assert (tmp_path / name).read_bytes() == content, name


def test_algorithm_in_process(run_alg, tmp_path):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById("urbantwin:musterquartier")
    assert algorithm.groupId() == "import" and algorithm.displayName() == "Create sample district (Musterquartier)"
    assert "Random seed" in algorithm.shortHelpString()
    out = tmp_path / "nested" / "folder"  # created on demand
    result = run_alg("urbantwin:musterquartier", {"OUTPUT_FOLDER": str(out), "BUILDINGS": 30, "SEED": 11})
    assert result["BUILDING_COUNT"] == 30
    assert _count_buildings(result["CITYGML"]) == 30
    for key in ("CITYGML", "XPLAN", "PARCELS", "DISTRICTS"):
        assert os.path.dirname(result[key]) == str(out) and os.path.getsize(result[key]) > 1000
    from qgis.core import QgsVectorLayer

    from urban_twin.core.provenance import read_from_metadata

    for key, layer_name in (("PARCELS", "flurstuecke"), ("DISTRICTS", "quartiere")):
        layer = QgsVectorLayer("{}|layername={}".format(result[key], layer_name), layer_name, "ogr")
        provenance = read_from_metadata(layer.metadata())
        assert provenance["algorithm"] == "urbantwin:musterquartier"
        assert provenance["parameters"] == {"BUILDINGS": 30, "SEED": 11}


def test_qgis_process_cli(qgis_process, tmp_path):
    result = qgis_process("run", "urbantwin:musterquartier", "--", "OUTPUT_FOLDER={}".format(tmp_path))
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "BUILDING_COUNT:\t200" in result.stdout
    assert sorted(os.listdir(tmp_path)) == sorted(FILE_NAMES.values())
    assert _count_buildings(str(tmp_path / FILE_NAMES["citygml"])) == 200
    refused = qgis_process("run", "urbantwin:musterquartier", "--", "OUTPUT_FOLDER={}".format(tmp_path / "x"), "BUILDINGS=5")
    assert refused.returncode != 0
    assert "BUILDINGS" in refused.stdout + refused.stderr
    assert not (tmp_path / "x").exists()
