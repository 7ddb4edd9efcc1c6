"""metadata.txt is complete; the code follows the house rules that keep it running on QGIS 3.22 … 4.x."""

import ast
import configparser
import glob
import os

from qgis.core import Qgis

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PLUGIN_PY = [os.path.join(ROOT, "plugin.py"), os.path.join(ROOT, "__init__.py")] + sorted(
    glob.glob(os.path.join(ROOT, "core", "**", "*.py"), recursive=True) + glob.glob(os.path.join(ROOT, "ui", "**", "*.py"), recursive=True)
)


def _metadata():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    return parser["general"]


def _version_tuple(text):
    return tuple(int(x) for x in text.split(".")[:2])


def test_metadata_complete_and_compatible():
    meta = _metadata()
    for key in ("name", "qgisMinimumVersion", "qgisMaximumVersion", "description", "about", "version", "author", "email",
                "tags", "category", "icon", "homepage", "tracker", "repository", "changelog", "license", "hasProcessingProvider",
                "supportsQt6"):
        assert meta.get(key, "").strip(), "metadata.txt lacks " + key
    assert meta["name"] == "Urban Twin"
    assert meta["qgisMinimumVersion"] == "3.22"
    assert _version_tuple(meta["qgisMaximumVersion"]) >= (4, 0)
    assert meta["supportsQt6"] == "True"
    assert meta["hasProcessingProvider"] == "yes"
    running = (Qgis.QGIS_VERSION_INT // 10000, Qgis.QGIS_VERSION_INT // 100 % 100)
    assert _version_tuple(meta["qgisMinimumVersion"]) <= running <= _version_tuple(meta["qgisMaximumVersion"])
    assert os.path.exists(os.path.join(ROOT, meta["icon"]))
    # description and about in English and German
    assert "Urbaner digitaler Zwilling" in meta["description"] and "Urban digital twin" in meta["description"]
    assert "bringt" in meta["about"] and "brings" in meta["about"]


def _imports(path):
    tree = ast.parse(open(path, encoding="utf-8").read(), path)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            yield (node.module or ""), node.level, [a.name for a in node.names]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, 0, []


def test_core_has_no_gui_imports():
    offenders = []
    for path in PLUGIN_PY:
        rel = os.path.relpath(path, ROOT)
        if not rel.startswith("core" + os.sep):
            continue
        for module, _level, names in _imports(path):
            if module.startswith("qgis.gui") or module == "qgis.utils" or "QtWidgets" in module or "iface" in names:
                offenders.append("{}: {}".format(rel, module))
    assert offenders == []


def test_plugin_uses_relative_imports_and_qgis_pyqt_only():
    offenders = []
    for path in PLUGIN_PY:
        rel = os.path.relpath(path, ROOT)
        for module, level, _names in _imports(path):
            if module.split(".")[0] in ("PyQt5", "PyQt6", "PySide2", "PySide6"):
                offenders.append("{}: {}".format(rel, module))
            if level == 0 and module.split(".")[0] == "urban_twin":
                offenders.append("{}: absolute self-import {}".format(rel, module))
    assert offenders == []


def test_ui_files_have_no_signal_connections():
    for path in glob.glob(os.path.join(ROOT, "ui", "**", "*.ui"), recursive=True):
        assert "<connections>" not in open(path, encoding="utf-8").read(), path


def test_init_is_lazy():
    """classFactory imports plugin.py only when QGIS calls it (nothing heavy at package import)."""
    tree = ast.parse(open(os.path.join(ROOT, "__init__.py"), encoding="utf-8").read())
    top_level_imports = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert top_level_imports == []


def test_sniff_format_finds_cityjson_type_after_the_head(tmp_path, citymodel_dir):
    """cjio writes "type": "CityJSON" after the CityObjects; the drop handler must still recognise it."""
    from urban_twin.core import formats

    late = tmp_path / "late_type.json"
    late.write_text('{"CityObjects": {"a": {"type": "Building", "pad": "' + "x" * 200000 + '"}}, "type": "CityJSON", "version": "2.0"}')
    assert formats.sniff_format(str(late)) == formats.CITYJSON
    assert formats.sniff_format(os.path.join(citymodel_dir, "cityjson_delft_cjio.json")) == formats.CITYJSON
    assert formats.sniff_format(os.path.join(citymodel_dir, "cityjsonseq_3dbag_b2.city.jsonl")) == formats.CITYJSONSEQ
    assert formats.sniff_format(os.path.join(citymodel_dir, "de_nrw_LoD2_32_280_5657_1_NW.gml")) == formats.CITYGML
    other = tmp_path / "other.json"
    other.write_text('{"type": "FeatureCollection", "features": []}')
    assert formats.sniff_format(str(other)) is None
