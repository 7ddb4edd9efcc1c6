"""The three XPlan algorithms through qgis_process (as in batch jobs and `make demo`), with file outputs."""

import json

from lxml import etree

SAMPLE_60 = "synthetic_BPlan_6-0_arcs_hoehen.gml"


def _results(completed):
    assert completed.returncode == 0, completed.stderr[-2000:]
    text = completed.stdout
    return json.loads(text[text.index("{"):])["results"]


def test_import_validate_export_with_qgis_process(qgis_process, sample, tmp_path, xsd_dir, helpers):
    gpkg, report, gml = str(tmp_path / "plan.gpkg"), str(tmp_path / "report.json"), str(tmp_path / "plan60.gml")
    imported = _results(qgis_process("run", "urbantwin:importxplan", "--json", "--", "INPUT=" + sample(SAMPLE_60), "OUTPUT=" + gpkg))
    expected = helpers.count_classes_with_lxml(sample(SAMPLE_60))
    assert imported["FEATURES"] == sum(expected.values())
    validated = _results(qgis_process("run", "urbantwin:validatexplan", "--json", "--", "INPUT=" + sample(SAMPLE_60),
                                      "OUTPUT_REPORT=" + report, "SCHEMA_DIR=" + xsd_dir))
    data = json.load(open(report, encoding="utf-8"))
    assert validated["VALID"] is False and data["rules"] == {"2.2.1.1": 2}
    assert validated["OUTPUT_HTML"] == str(tmp_path / "report.html")
    exported = _results(qgis_process("run", "urbantwin:exportxplan", "--json", "--", "INPUT=" + gpkg, "OUTPUT=" + gml))
    assert exported["FEATURES"] == sum(expected.values())
    assert helpers.count_classes_with_lxml(gml) == expected
    assert etree.parse(gml).getroot().nsmap["xplan"] == "http://www.xplanung.de/xplangml/6/0"


def test_bad_input_fails_cleanly_in_qgis_process(qgis_process, tmp_path):
    bad = tmp_path / "bad.gml"
    bad.write_text('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', encoding="utf-8")
    completed = qgis_process("run", "urbantwin:importxplan", "--", "INPUT=" + str(bad), "OUTPUT=" + str(tmp_path / "o.gpkg"))
    assert completed.returncode != 0
    output = completed.stdout + completed.stderr
    # the message names the file; English or German depending on the profile's locale and the compiled .qm
    assert "bad.gml" in output and ("entities" in output or "Entitäten" in output)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.gml"]
