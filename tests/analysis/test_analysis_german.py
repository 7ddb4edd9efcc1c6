"""The analysis outputs in German: every string of this area has a glossary row, and with the German
translator installed the status labels and field aliases come out in German.

The .qm is compiled here from the area's own sources and glossary into tmp (the project-wide
i18n/urban_twin_de.qm is rebuilt by `make translations`, which this test must not depend on)."""

import csv
import glob
import os
import subprocess

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCES = [
    "core/analysis/baunvo.py",
    "core/analysis/compliance.py",
    "core/analysis/compliance_io.py",
    "core/analysis/compliance_output.py",
    "core/analysis/district.py",
    "core/analysis/district_output.py",
    "core/analysis/result_layers.py",
    "core/analysis/working_crs.py",
    "core/processing/alg_plancompliance.py",
    "core/processing/alg_districtfigures.py",
]


def glossary():
    """All glossaries, as `make translations` merges them (shared strings live in other areas' files)."""
    rows = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "i18n", "glossary", "*.tsv"))):
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= 2 and row[0] and not row[0].startswith("#"):
                    rows[row[0].replace("\\n", "\n")] = row[1].replace("\\n", "\n")
    return rows


@pytest.fixture(scope="module")
def german_qm(tmp_path_factory):
    import xml.etree.ElementTree as ET

    folder = tmp_path_factory.mktemp("qm")
    ts = str(folder / "analysis_de.ts")
    subprocess.run(
        ["pylupdate5", "-noobsolete"] + [os.path.join(ROOT, s) for s in SOURCES] + ["-ts", ts], check=True, capture_output=True
    )
    german = glossary()
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in german:
            translation.text = german[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(["lrelease", "-silent", ts], check=True)
    return str(folder / "analysis_de.qm"), missing


def test_every_string_has_a_german_row(german_qm):
    _, missing = german_qm
    assert missing == []


def test_outputs_in_german(german_qm, run_alg, tmp_path, shapes, make_buildings, make_plan, read_layer):
    translator = QTranslator()
    assert translator.load(german_qm[0])
    QCoreApplication.installTranslator(translator)
    try:
        buildings = make_buildings([{"wkt": shapes.rect(0, 0, 20, 25), "storeys_above_ground": 3}])
        plan = make_plan([{"wkt": shapes.rect(0, 0, 40, 25), "GRZ": 0.4, "Z": 2}])
        result = run_alg("urbantwin:plancompliance", {"BUILDINGS": buildings, "PLAN": plan, "OUTPUT": str(tmp_path / "de.gpkg")})
        rows, layer = read_layer(result["OUTPUT"], "plan_compliance")
        zone = rows["Z1"]
        assert zone["grz_status_label"] == "überschritten" and zone["z_status_label"] == "überschritten"
        assert zone["basis_label"] == "je Planfläche (keine Flurstücke angegeben)"
        assert layer.attributeAlias(layer.fields().indexFromName("grz_actual")) == "GRZ: Ist-Wert"
        labels = {c.value(): c.label() for c in layer.renderer().categories()}
        assert labels == {"complies": "eingehalten", "exceeds": "überschritten", "not_determinable": "nicht bestimmbar"}
    finally:
        QCoreApplication.removeTranslator(translator)
