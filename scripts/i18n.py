#!/usr/bin/python3
"""Translation workflow.

German translations are kept as ``English<TAB>German`` rows in ``i18n/glossary/*.tsv`` (one file
per area, easy to review and merge). ``update`` extracts every ``tr("…")`` with pylupdate5 into
``i18n/urban_twin_de.ts``, fills it from the glossaries and compiles the ``.qm`` with lrelease.
``check`` does the same into a temporary file and lists source strings without a German
translation (exit 1 if any). Usage: scripts/i18n.py update|check
"""

import ast
import csv
import glob
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_PATH = os.path.join(ROOT, "i18n", "urban_twin_de.ts")
PLUGIN_DIRS = ["core", "ui"]
PLUGIN_FILES = ["plugin.py", "__init__.py"]


def source_files():
    files = [os.path.join(ROOT, f) for f in PLUGIN_FILES]
    for folder in PLUGIN_DIRS:
        files += sorted(glob.glob(os.path.join(ROOT, folder, "**", "*.py"), recursive=True))
    return files


def load_glossary(conflicts=None):
    """{English: German} from all glossaries; the same English with two Germans goes into ``conflicts``."""
    glossary = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "i18n", "glossary", "*.tsv"))):
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= 2 and row[0] and not row[0].startswith("#"):
                    english, german = _unescape(row[0]), _unescape(row[1])
                    if conflicts is not None and english in glossary and glossary[english] != german:
                        conflicts.append("{!r}: {!r} vs {!r} ({})".format(english, glossary[english], german, os.path.basename(path)))
                    glossary[english] = german
    return glossary


def _unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def extract(ts_path):
    subprocess.run(["pylupdate5", "-noobsolete"] + source_files() + ["-ts", ts_path], check=True, capture_output=True)


def fill(ts_path, glossary):
    tree = ET.parse(ts_path)
    root = tree.getroot()
    root.set("language", "de_DE")
    missing = []
    for location in root.iter("location"):
        location.attrib.pop("line", None)  # line numbers would change the committed .ts on every code edit
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        german = glossary.get(source)
        if german:
            translation.text = german
            translation.attrib.pop("type", None)
        else:
            translation.text = translation.text or ""
            translation.set("type", "unfinished")
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def hidden_strings(files=None):
    """``tr(<not a string literal>)`` calls: pylupdate5 extracts only literals, so a string kept in a class attribute
    or a dict (``tr(GROUPS[key])``) never reaches the .ts and stays English. Returns ["file:line: call"].
    A forwarding definition (``def tr(self, text): return tr(text)``) is allowed."""
    found = []
    for path in files or source_files():
        with open(path, encoding="utf-8") as handle:
            tree = ast.parse(handle.read(), path)
        forwarding = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "tr":
                forwarding.update(id(call) for call in ast.walk(node) if isinstance(call, ast.Call))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or id(node) in forwarding:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if name != "tr":
                continue
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                found.append("{}:{}: {}".format(os.path.relpath(path, ROOT), node.lineno, ast.unparse(node)))
    return found


def main(argv):
    command = argv[1] if len(argv) > 1 else "check"
    conflicts = []
    glossary = load_glossary(conflicts)
    for conflict in conflicts:
        print("conflicting German translations: " + conflict)
    if command == "update":
        os.makedirs(os.path.dirname(TS_PATH), exist_ok=True)
        if os.path.exists(TS_PATH):
            os.unlink(TS_PATH)  # rebuild from the sources; the glossaries are the memory
        extract(TS_PATH)
        missing = fill(TS_PATH, glossary)
        subprocess.run(["lrelease", "-silent", TS_PATH], check=True)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            ts = os.path.join(tmp, "check_de.ts")
            extract(ts)
            missing = fill(ts, glossary)
    hidden = hidden_strings()
    for call in hidden:
        print("string hidden from the translation tool (use tr() with a literal at the point of use): " + call)
    for source in missing:
        print("missing German translation: " + source.replace("\n", "\\n"))
    print("{} strings without German translation".format(len(missing) + len(hidden)))
    return 1 if ((missing or conflicts or hidden) and command == "check") else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
