"""XPlanGML validation: schema errors of the invalid sample, the Flächenschluss gap of the 6.0 sample,
semantic rules on edited copies, reports, the error layer and fetching schemas from a loopback server."""

import functools
import http.server
import json
import math
import os
import shutil
import threading

import pytest
from lxml import etree

from urban_twin.core.xplan.validate import validate_xplan

SAMPLE_60 = "synthetic_BPlan_6-0_arcs_hoehen.gml"
INVALID = "sagis_v5-3_bp_plan_schemaINVALID.gml"
GML_ID = "{http://www.opengis.net/gml/3.2}id"
NS = {"xplan": "http://www.xplanung.de/xplangml/6/0", "gml": "http://www.opengis.net/gml/3.2"}


def _segment_area(chord, sagitta):
    radius = (chord * chord / 4 + sagitta * sagitta) / (2 * sagitta)
    return radius * radius * math.acos((radius - sagitta) / radius) - (radius - sagitta) * math.sqrt(2 * radius * sagitta - sagitta ** 2)


def test_invalid_sample_fails_with_its_two_schema_errors(sample, xsd_dir):
    result = validate_xplan(sample(INVALID), schema_dir=xsd_dir)
    schema_errors = [f for f in result.findings if f.rule == "XSD"]
    assert len(schema_errors) == 2 and not result.valid
    root = etree.parse(sample(INVALID)).getroot()
    # 1: a BP_Bereich with planinhalt in the wrong place; 2: XP_Nutzungsschablone directly under the root
    bereich_with_content = [b.get(GML_ID) for b in root.iter("{*}BP_Bereich") if b.find("{*}planinhalt") is not None]
    schablone = [c.get(GML_ID) for c in root if etree.QName(c).localname == "XP_Nutzungsschablone"]
    assert sorted(f.gml_id for f in schema_errors) == sorted(bereich_with_content + schablone)
    assert any("planinhalt" in f.message for f in schema_errors)
    assert any("XP_Nutzungsschablone" in f.message for f in schema_errors)


def test_sixty_sample_is_schema_valid_and_reports_its_flaechenschluss_gap(sample, xsd_dir):
    result = validate_xplan(sample(SAMPLE_60), schema_dir=xsd_dir)
    assert result.schema_file and "XPlanGML_6_0" in result.schema_file
    assert [f for f in result.findings if f.rule == "XSD"] == []
    assert {f.rule for f in result.errors} == {"2.2.1.1"}
    gaps = [f for f in result.errors if f.rule == "2.2.1.1"]
    # the arc (chord 100 m, sagitta 20 m) meets the plan's top edge only at its crest: the rest above it is a gap
    expected = 100 * 20 - _segment_area(100.0, 20.0)
    assert sum(f.location.area() for f in gaps) == pytest.approx(expected, abs=0.05)
    for finding in gaps:
        box = finding.location.boundingBox()
        assert box.yMinimum() >= 5700100 - 1e-6 and box.yMaximum() <= 5700120 + 1e-6
        assert box.xMinimum() >= 500000 - 1e-6 and box.xMaximum() <= 500100 + 1e-6
        assert "GML_btf_0001" in finding.message


def _edited_copy(sample, tmp_path, edit, name="edited.gml"):
    tree = etree.parse(sample(SAMPLE_60))
    edit(tree.getroot())
    path = tmp_path / name
    tree.write(str(path), xml_declaration=True, encoding="utf-8")
    return str(path)


def _by_id(root, gml_id):
    return root.xpath("//*[@gml:id=$id]", namespaces=NS, id=gml_id)[0]


def test_semantic_rules_on_edited_copies(sample, tmp_path, xsd_dir):
    def edit(root):
        btf = _by_id(root, "GML_btf_0001")
        btf.find("xplan:allgArtDerBaulNutzung", NS).text = "3000"  # WA is not a Gewerbliche Baufläche
        plan = _by_id(root, "GML_plan_0001")
        plan.remove(plan.find("xplan:bezugshoehe", NS))  # relative heights lose their reference
        bereich = _by_id(root, "GML_bereich_0001")
        bereich.find("xplan:gehoertZuPlan", NS).set("{http://www.w3.org/1999/xlink}href", "plan.gml#GML_plan_0001")

    result = validate_xplan(_edited_copy(sample, tmp_path, edit), schema_dir=xsd_dir)
    rules = {(f.rule, f.gml_id) for f in result.errors}
    assert ("4.5.1.2", "GML_btf_0001") in rules
    assert ("3.2.3.2", "GML_btf_0001") in rules and ("3.2.3.2", "GML_btf_0002") not in rules
    assert ("XLINK", "GML_bereich_0001") in rules


def test_overlap_orientation_and_doppelbelegung(sample, tmp_path, xsd_dir):
    def edit(root):
        street = _by_id(root, "GML_svf_0001").find(".//gml:posList", NS)
        # move the street 10 m west: 10 m × 120 m overlap with the MI zone, 10 m gap at the east edge
        values = [float(v) for v in street.text.split()]
        street.text = " ".join(str(v - 10 if i % 2 == 0 else v) for i, v in enumerate(values))
        mi = _by_id(root, "GML_btf_0002").find(".//gml:posList", NS)
        coords = mi.text.split()
        pairs = [coords[i:i + 2] for i in range(0, len(coords), 2)][::-1]  # clockwise exterior ring
        mi.text = " ".join(" ".join(p) for p in pairs)
        member = etree.SubElement(root, "{http://www.opengis.net/gml/3.2}featureMember")
        member.append(etree.fromstring(
            '<xplan:BP_UeberbaubareGrundstuecksFlaeche xmlns:xplan="{x}" xmlns:gml="{g}" xmlns:xlink="http://www.w3.org/1999/xlink" '
            'gml:id="GML_ueb_1"><xplan:gehoertZuBereich xlink:href="#GML_bereich_0001"/><xplan:rechtscharakter>1000</xplan:rechtscharakter>'
            '<xplan:position><gml:Polygon gml:id="GML_ueb_1_g"><gml:exterior><gml:LinearRing><gml:posList>500110 5700010 500150 5700010 '
            '500150 5700050 500110 5700050 500110 5700010</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></xplan:position>'
            '<xplan:flaechenschluss>false</xplan:flaechenschluss><xplan:Z>3</xplan:Z></xplan:BP_UeberbaubareGrundstuecksFlaeche>'.format(
                x=NS["xplan"], g=NS["gml"])))

    result = validate_xplan(_edited_copy(sample, tmp_path, edit), schema_dir=xsd_dir, check_schema=False)
    overlaps = [f for f in result.errors if f.rule == "2.2.1.1" and "overlaps" in f.message]
    assert len(overlaps) == 1 and overlaps[0].location.area() == pytest.approx(10 * 120, abs=0.01)
    gaps = [f for f in result.errors if f.rule == "2.2.1.1" and "gap" in f.message]
    assert sum(f.location.area() for f in gaps) == pytest.approx(10 * 120 + 100 * 20 - _segment_area(100.0, 20.0), abs=0.1)
    assert any(f.rule == "2.2.2.1" and f.gml_id == "GML_btf_0002" and "counter-clockwise" in f.message for f in result.errors)
    doppel = [f for f in result.errors if f.rule == "4.5.2.4"]
    assert len(doppel) == 1 and doppel[0].gml_id == "GML_ueb_1" and "Z" in doppel[0].message
    assert doppel[0].location.area() == pytest.approx(40 * 40, abs=0.01)


def test_validatexplan_algorithm_writes_reports_and_error_layer(run_alg, sample, tmp_path, xsd_dir):
    from osgeo import ogr

    report = str(tmp_path / "report.json")
    errors = str(tmp_path / "errors.gpkg")
    result = run_alg("urbantwin:validatexplan", {"INPUT": sample(INVALID), "OUTPUT_REPORT": report,
                                                 "SCHEMA_DIR": xsd_dir, "OUTPUT_ERRORS": errors})
    data = json.loads(open(report, encoding="utf-8").read())
    assert data["valid"] is False and result["VALID"] is False
    assert data["rules"]["XSD"] == 2
    assert data["errors"] == result["ERRORS"] == sum(1 for f in data["findings"] if f["severity"] == "error")
    page = open(result["OUTPUT_HTML"], encoding="utf-8").read()
    assert result["OUTPUT_HTML"] == str(tmp_path / "report.html")
    assert page.count("<tr class='error'>") == data["errors"]
    assert "GML_491338bd-921b-443e-8cce-4b4c9bc1aad0" in page
    dataset = ogr.Open(errors)  # keep the dataset alive while its layer is used
    layer = dataset.GetLayer(0)
    assert layer.GetFeatureCount() == len(data["findings"])
    located = [f for f in layer if f.GetGeometryRef() is not None and not f.GetGeometryRef().IsEmpty()]
    assert len(located) == sum(1 for f in data["findings"] if f["location"])


def test_fetch_schemas_from_a_loopback_server_then_validate(tmp_path, xsd_dir, sample, qgis_app):
    from urban_twin.core.xplan.schemas import fetch_official_schemas

    served = tmp_path / "served"
    shutil.copytree(os.path.join(xsd_dir, "XPlanGML_6_0"), served / "XPlanGML_6_0")
    shutil.copytree(os.path.join(xsd_dir, "xlink"), served / "xlink")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        cache = tmp_path / "cache"
        entry = fetch_official_schemas("6.0", base_url="http://127.0.0.1:{}/XPlanGML_6_0/".format(server.server_port),
                                       target_root=str(cache), timeout_ms=5000)
    finally:
        server.shutdown()
        server.server_close()
    expected = sorted(os.path.relpath(os.path.join(d, f), served) for d, _, files in os.walk(served) for f in files
                      if f.endswith(".xsd"))
    fetched = sorted(os.path.relpath(os.path.join(d, f), cache) for d, _, files in os.walk(cache) for f in files)
    assert entry == str(cache / "XPlanGML_6_0" / "XPlanung-Operationen.xsd")
    assert fetched == expected
    result = validate_xplan(sample(SAMPLE_60), schema_dir=str(cache))
    assert result.schema_file == entry and not [f for f in result.findings if f.rule == "XSD"]


def test_unclosed_ring_3d_coordinates_and_missing_flaechenschluss(sample, tmp_path, xsd_dir):
    def edit(root):
        street = _by_id(root, "GML_svf_0001")
        pos_list = street.find(".//gml:posList", NS)
        pos_list.text = " ".join(pos_list.text.split()[:-2])  # drop the closing point
        street.remove(street.find("xplan:flaechenschluss", NS))
        point = _by_id(root, "GML_ppo_0001").find(".//gml:pos", NS)
        point.text = point.text + " 55.0"
        point.getparent().set("srsDimension", "3")

    result = validate_xplan(_edited_copy(sample, tmp_path, edit), schema_dir=xsd_dir, check_schema=False)
    found = {(f.rule, f.gml_id, f.message) for f in result.errors}
    assert ("2.2.2.1", "GML_svf_0001", "A ring is not closed.") in found
    assert ("4.1.5.2", "GML_svf_0001", "An area object of this class needs the attribute flaechenschluss.") in found
    assert ("2.2.0", "GML_ppo_0001", "Only 2D coordinates are allowed.") in found


def test_schema_folder_from_the_setting_and_missing_schemas(sample, xsd_dir, tmp_path):
    from qgis.core import QgsSettings

    from urban_twin.core.xplan.schemas import SETTING_KEY

    settings = QgsSettings()
    previous = settings.value(SETTING_KEY, None)
    try:
        settings.setValue(SETTING_KEY, xsd_dir)
        result = validate_xplan(sample(INVALID))
        assert result.schema_file.startswith(xsd_dir) and len([f for f in result.errors if f.rule == "XSD"]) == 2
        settings.setValue(SETTING_KEY, str(tmp_path))  # an empty folder: no schema there
        result = validate_xplan(sample(INVALID), schema_dir=str(tmp_path))
        if result.schema_file is None:  # nothing cached in the profile either
            assert [f.severity for f in result.findings if f.rule == "XSD"] == ["warning"]
    finally:
        if previous is None:
            settings.remove(SETTING_KEY)
        else:
            settings.setValue(SETTING_KEY, previous)


def test_cancelled_import_leaves_no_output(sample, tmp_path, run_alg):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException):
        run_alg("urbantwin:importxplan", {"INPUT": sample(SAMPLE_60), "OUTPUT": str(tmp_path / "c.gpkg")}, feedback=feedback)
    assert list(tmp_path.iterdir()) == []
