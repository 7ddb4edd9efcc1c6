"""scripts/qt6_check.py — the Qt6 / QGIS 4 compatibility check of `make lint`: the real tree is clean, and each
rule catches a planted violation (file and line named), so the check can fail."""

import importlib.util
import os
import shutil
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHECK = os.path.join(ROOT, "scripts", "qt6_check.py")
PLANTED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "qt6_violations.txt")
SCOPED = """from qgis.core import QgsFeatureSink, QgsMapLayerType, QgsProcessing, QgsWkbTypes
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QMessageBox

from ..fieldtypes import FieldType

a = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
b = QgsWkbTypes.GeometryType.PolygonGeometry
c = QgsProcessing.SourceType.TypeVectorPolygon
d = QMessageBox.StandardButton.Ok
e = QgsFeatureSink.Flag.FastInsert
f = QgsMapLayerType.VectorLayer
g = FieldType.DOUBLE
dialog.exec()
"""


def _load_check():
    spec = importlib.util.spec_from_file_location("qt6_check", CHECK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _planted_cases():
    cases = []
    for line in open(PLANTED, encoding="utf-8"):
        if line.startswith("#") or "##" not in line:
            continue
        code, expected = line.split("##")
        cases.append((code.strip(), expected.strip()))
    return cases


def test_the_plugin_tree_passes_the_check():
    result = subprocess.run(["/usr/bin/python3", CHECK], capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 finding(s)" in result.stdout


@pytest.mark.parametrize("code, expected", _planted_cases(), ids=[c[1] for c in _planted_cases()])
def test_each_rule_catches_a_planted_violation(tmp_path, code, expected):
    check = _load_check()
    planted = tmp_path / "planted.py"
    planted.write_text("import os\n\n" + code + "\n")
    findings = check.check_file(str(planted), check.EnumLookup())
    assert any(expected in finding for finding in findings), findings
    assert all(":3:" in finding for finding in findings), findings  # the line of the planted code, named


def test_scoped_spellings_and_the_field_type_module_pass(tmp_path):
    check = _load_check()
    clean = tmp_path / "clean.py"
    clean.write_text(SCOPED)
    assert check.check_file(str(clean), check.EnumLookup()) == []


def test_command_line_exit_code_and_file_line(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from qgis.PyQt.QtCore import Qt\n\nx = 1\ny = Qt.AlignRight\n")
    result = subprocess.run(["/usr/bin/python3", CHECK, str(bad)], capture_output=True, text=True,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 1
    assert "bad.py:4: unscoped enum Qt.AlignRight — use Qt.AlignmentFlag.AlignRight" in result.stdout


def test_metadata_claim_is_checked(tmp_path):
    check = _load_check()
    assert check.check_metadata(ROOT) == []
    shutil.copy(os.path.join(ROOT, "metadata.txt"), tmp_path / "metadata.txt")
    text = (tmp_path / "metadata.txt").read_text(encoding="utf-8")
    (tmp_path / "metadata.txt").write_text(text.replace("qgisMaximumVersion=4.99", "qgisMaximumVersion=3.99"), encoding="utf-8")
    assert any("qgisMaximumVersion" in problem for problem in check.check_metadata(str(tmp_path)))
    (tmp_path / "metadata.txt").write_text(text.replace("supportsQt6=True", "supportsQt6=False"), encoding="utf-8")
    assert any("supportsQt6" in problem for problem in check.check_metadata(str(tmp_path)))


def test_field_types_match_what_this_qgis_accepts():
    """FieldType values build fields of the intended type on this QGIS (3.22: the QVariant type enum)."""
    from qgis.core import QgsField, QgsVectorLayer

    from urban_twin.core.fieldtypes import FieldType, field_type, is_integer, is_numeric, is_string

    expected = {"INT": "integer", "DOUBLE": "double", "STRING": "string", "INT64": "int8", "BOOL": "boolean",
                "DATE": "date", "DATETIME": "datetime"}
    layer = QgsVectorLayer("Point?crs=EPSG:25832", "probe", "memory")
    assert layer.dataProvider().addAttributes([QgsField(name.lower(), getattr(FieldType, name)) for name in expected])
    layer.updateFields()
    for name, provider_type in expected.items():
        field = layer.fields().field(name.lower())
        assert field_type(field) == getattr(FieldType, name), name
        assert field.typeName().lower() == provider_type, (name, field.typeName())
    assert is_numeric(QgsField("a", FieldType.DOUBLE)) and is_integer(QgsField("a", FieldType.INT64))
    assert is_string(QgsField("a", FieldType.STRING)) and not is_numeric(QgsField("a", FieldType.STRING))


PROBE = """from qgis.core import QgsGeometry
from qgis.PyQt.QtCore import QPointF
from qgis.PyQt.QtGui import QPolygonF

QgsGeometry.createPolygonFromQPolygonF(QPolygonF([QPointF(0, 0), QPointF(1, 0), QPointF(1, 1)]))
"""


def test_deprecated_qgis_api_called_from_our_modules_fails_the_suite():
    """pyproject's filterwarnings turns DeprecationWarnings raised from urban_twin.* into errors (QGIS 4 removed
    much of what 3.x deprecated); a deprecated QGIS call from another module is only a warning."""
    with pytest.raises(DeprecationWarning, match="createPolygonFromQPolygonF"):
        exec(compile(PROBE, "probe.py", "exec"), {"__name__": "urban_twin.core.probe"})
    with pytest.warns(DeprecationWarning):
        exec(compile(PROBE, "probe.py", "exec"), {"__name__": "someone_else.probe"})
