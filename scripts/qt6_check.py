#!/usr/bin/python3
"""Qt6 / QGIS 4 compatibility check (part of ``make lint``; exit 1 on any finding).

QGIS 4 cannot be installed on Debian 12, so compatibility with it is made true by construction and kept true by
this check, written after the rules of QGIS's own Qt5→Qt6 migration guidance (``pyqt5_to_pyqt6.py``, flake8-qgis
QGS1xx/QGS4xx):

- ``QVariant.<Type>`` only in ``core/fieldtypes.py`` (PyQt6 has no ``QVariant.Type``; QGIS ≥ 3.38 takes
  ``QMetaType.Type``);
- ``exec()``, never ``exec_()``; imports only through ``qgis.PyQt`` (no ``PyQt5``/``PyQt6``/``PySide``);
- fully scoped enums: ``Qt.AlignmentFlag.AlignLeft``, not ``Qt.AlignLeft`` (PyQt6 has only the scoped form).
  Unscoped members are found by asking the real bindings: ``Class.Member`` whose value is an enum member of a
  nested enum ``Class.Enum`` is reported with its scoped spelling;
- nothing Qt6 removed: ``QRegExp``, ``QDesktopWidget``, ``qApp``, ``fontMetrics().width``, ``activated[str]``,
  compiled ``resources_rc`` / ``pyuic`` output; ``.ui`` files are loaded by path at run time;
- ``metadata.txt`` claims Qt6 support (``supportsQt6=True``, ``qgisMaximumVersion`` 4.x) — a claim this check
  keeps honest: it only passes while every rule above holds.

Usage: ``scripts/qt6_check.py [PATH …]`` (default: the plugin, tests, bench and scripts). Prints ``file:line: rule``.
"""

import ast
import configparser
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_PATHS = ["__init__.py", "plugin.py", "core", "ui", "tests", "bench", "scripts"]
SKIP_DIRS = {".build", ".venv", ".venv-catalogue-server", "__pycache__", "node_modules", ".git"}
FIELDTYPES_MODULE = os.path.join("core", "fieldtypes.py")
QT_MODULES = ["qgis.PyQt.QtCore", "qgis.PyQt.QtGui", "qgis.PyQt.QtWidgets", "qgis.PyQt.QtNetwork", "qgis.PyQt.QtXml",
              "qgis.PyQt.QtSvg", "qgis.PyQt.QtPrintSupport", "qgis.core", "qgis.gui", "qgis.analysis", "qgis._3d"]

TEXT_RULES = [
    (re.compile(r"\bexec_\s*\("), "exec_() is gone in PyQt6 — use exec()"),
    (re.compile(r"\bQRegExp\b"), "QRegExp is gone in Qt6 — use QRegularExpression"),
    (re.compile(r"\bQDesktopWidget\b"), "QDesktopWidget is gone in Qt6 — use QScreen"),
    (re.compile(r"\bqApp\b"), "qApp is gone in PyQt6 — use QApplication.instance()"),
    (re.compile(r"fontMetrics\(\)\s*\.\s*width\s*\(|QFontMetrics(?:F)?\([^)]*\)\s*\.\s*width\s*\("),
     "QFontMetrics.width() is gone in Qt6 — use horizontalAdvance()"),
    (re.compile(r"\bactivated\s*\[\s*str\s*\]"), "activated[str] is gone in Qt6 — use textActivated"),
    (re.compile(r"\bresources_rc\b|\bpyrcc5\b"), "compiled resources (resources_rc/pyrcc5) are gone in PyQt6 — load files by path"),
    (re.compile(r"Created by: PyQt\d UI code generator|\bloadUiType\s*\(\s*[\"'][^/\"']+\.ui[\"']"),
     "compiled or relative .ui — load .ui files by absolute path at run time"),
]
VARIANT_TYPE = re.compile(r"\bQVariant\s*\.\s*[A-Z]\w*")
FORBIDDEN_IMPORTS = ("PyQt5", "PyQt6", "PySide2", "PySide6", "sip")


def python_files(paths):
    for path in paths:
        full = path if os.path.isabs(path) else os.path.join(ROOT, path)
        if os.path.isfile(full):
            if full.endswith(".py"):
                yield full
            continue
        for folder, dirs, files in os.walk(full):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
            for name in sorted(files):
                if name.endswith(".py"):
                    yield os.path.join(folder, name)


class EnumLookup:
    """Answers "is ``Class.Member`` an unscoped enum member?" from the real bindings (PyQt5 + QGIS here)."""

    def __init__(self):
        import importlib

        self.classes = {}
        for module_name in QT_MODULES:
            try:
                module = importlib.import_module(module_name)
            except ImportError:
                continue
            for name in dir(module):
                value = getattr(module, name, None)
                if isinstance(value, type):
                    self.classes.setdefault(name, value)

    def scoped_spelling(self, class_name, member):
        """``Class.Enum.Member`` when ``Class.Member`` is an unscoped enum member, else None."""
        cls = self.classes.get(class_name)
        if cls is None or not member[:1].isupper():
            return None
        try:
            value = getattr(cls, member)
        except Exception:  # noqa: BLE001 - any attribute the bindings refuse is not an enum member
            return None
        if isinstance(value, type) or isinstance(value, bool) or not isinstance(value, int):
            return None
        enum_type = type(value)
        if enum_type is int or enum_type is cls:  # ``QgsMapLayerType.VectorLayer``: the class is the enum itself
            return None
        enum_name = enum_type.__name__
        owner = getattr(cls, enum_name, None)
        if owner is not enum_type:
            owner_parent = enum_type.__qualname__.rsplit(".", 1)[0]
            if owner_parent.split(".")[-1] != class_name:
                return None
        return "{}.{}.{}".format(class_name, enum_name, member)


def _unscoped_enums(tree, lookup):
    findings = []
    scoped_parents = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute):
            scoped_parents.add(id(node.value))
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)):
            continue
        if id(node) in scoped_parents and not node.attr[:1].isupper():
            continue
        spelling = lookup.scoped_spelling(node.value.id, node.attr)
        if spelling:
            findings.append((node.lineno, "unscoped enum {}.{} — use {}".format(node.value.id, node.attr, spelling)))
    return findings


def _imports(tree):
    findings = []
    for node in ast.walk(tree):
        modules = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
        for module in modules:
            if module.split(".")[0] in FORBIDDEN_IMPORTS:
                findings.append((node.lineno, "import {} — import Qt only through qgis.PyQt".format(module)))
    return findings


def check_file(path, lookup):
    rel = os.path.relpath(path, ROOT)
    text = open(path, encoding="utf-8").read()
    findings = []
    is_self = os.path.abspath(path) == os.path.abspath(__file__)
    if not is_self:
        for pattern, why in TEXT_RULES:
            for match in pattern.finditer(text):
                findings.append((text.count("\n", 0, match.start()) + 1, why))
        if rel != FIELDTYPES_MODULE:
            for match in VARIANT_TYPE.finditer(text):
                findings.append((text.count("\n", 0, match.start()) + 1,
                                 "{} — field types come from core/fieldtypes.py (FieldType.…)".format(re.sub(r"\s", "", match.group()))))
    try:
        tree = ast.parse(text, filename=path)
    except SyntaxError as error:
        return ["{}:{}: not Python 3 ({})".format(rel, error.lineno, error.msg)]
    findings += _imports(tree)
    findings += _unscoped_enums(tree, lookup)
    return ["{}:{}: {}".format(rel, line, why) for line, why in sorted(set(findings))]


def check_metadata(root=ROOT):
    """The metadata's Qt6 claim: supportsQt6=True and a 4.x maximum, minimum 3.22 (the tested floor)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(os.path.join(root, "metadata.txt"), encoding="utf-8")
    general = parser["general"] if parser.has_section("general") else {}
    problems = []
    if general.get("supportsQt6", "") != "True":
        problems.append("metadata.txt: supportsQt6 must be True while this check is green")
    maximum = general.get("qgisMaximumVersion", "")
    if not maximum.startswith("4."):
        problems.append("metadata.txt: qgisMaximumVersion must be 4.x (QGIS 4 reads it), not {!r}".format(maximum))
    if general.get("qgisMinimumVersion", "") != "3.22":
        problems.append("metadata.txt: qgisMinimumVersion must stay 3.22 (the version the suite runs on)")
    return problems


def main(argv):
    paths = argv[1:] or DEFAULT_PATHS
    lookup = EnumLookup()
    findings = []
    count = 0
    for path in python_files(paths):
        count += 1
        findings += check_file(path, lookup)
    if not argv[1:]:
        findings += check_metadata()
    for finding in findings:
        print(finding)
    print("qt6-check: {} file(s), {} finding(s)".format(count, len(findings)))
    return 1 if findings else 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main(sys.argv))
