"""Issue #11 items 6 and 7: XPlanGML 4.0/4.1 (and 5.x) → 6.0 export. Hand-made 4.0 and 4.1 plans (schema-valid
against the official 4.x XSDs) with 4.x names, no plan name, objects without rechtscharakter and classes 6.0 no
longer has; every expectation is computed from the source XML with lxml, the result checked with lxml against
the official 6.0 XSD (../shared/xsd)."""

import os

import pytest
from lxml import etree

from urban_twin.core.xplan import migration
from urban_twin.core.xplan.gpkg import import_xplan
from urban_twin.core.xplan.writer import export_xplan
from urban_twin.core.xplan.xsd_order import feature_classes_from_xsd, required_properties_from_xsd

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
LEGACY = {"4.0": os.path.join(DATA, "bplan_v4-0_legacy_classes.gml"), "4.1": os.path.join(DATA, "bplan_v4-1_legacy_classes.gml")}
GML = "http://www.opengis.net/gml/3.2"
XLINK = "{http://www.w3.org/1999/xlink}href"
X60 = "http://www.xplanung.de/xplangml/6/0"
NS = {"x": X60, "gml": GML}
REAL_SAMPLES = ("rub_v5-0_BP2070.gml", "rub_v5-0_Demo.gml", "sagis_v5-3_bp_plan1_minimal.gml",
                "sagis_v5-3_bp_plan_schemaINVALID.gml", "synthetic_BPlan_6-0_arcs_hoehen.gml")


def _schema(xsd_dir, version):
    return etree.XMLSchema(etree.parse(os.path.join(xsd_dir, "XPlanGML_" + version.replace(".", "_"), "XPlanung-Operationen.xsd")))


def _features(root):
    """{gml:id: element} of the feature members (independent of the plugin's reader)."""
    return {child.get("{%s}id" % GML): child for member in root.iter("{%s}featureMember" % GML) for child in member}


def _export(path, tmp_path):
    gpkg = str(tmp_path / (os.path.basename(path) + ".gpkg"))
    import_xplan(path, gpkg)
    target = str(tmp_path / (os.path.basename(path) + ".60.gml"))
    result = export_xplan(gpkg, target)
    return target, result


@pytest.mark.parametrize("version", ["4.0", "4.1"])
def test_handmade_legacy_plans_are_schema_valid(version, xsd_dir):
    schema = _schema(xsd_dir, version)
    assert schema.validate(etree.parse(LEGACY[version])), schema.error_log


@pytest.mark.parametrize("version", ["4.0", "4.1"])
def test_legacy_plan_exports_schema_valid_6_0_with_every_object(version, tmp_path, xsd_dir):
    source = etree.parse(LEGACY[version]).getroot()
    ns_old = {"x": "http://www.xplanung.de/xplangml/" + version.replace(".", "/")}
    before = _features(source)
    target, result = _export(LEGACY[version], tmp_path)
    exported = etree.parse(target)
    schema = _schema(xsd_dir, "6.0")
    assert schema.validate(exported), [e.message for e in schema.error_log][:5]
    after = _features(exported.getroot())
    assert sorted(after) == sorted(before) and result.count == len(before)  # no object lost, none invented
    # no dangling link
    hrefs = [e.get(XLINK) for e in exported.iter() if e.get(XLINK)]
    assert hrefs and all(h.startswith("#") and h[1:] in after for h in hrefs)
    # gehoertZuBP_Bereich → gehoertZuBereich; every Fachobjekt belongs to the Bereich, both directions
    bereich_id = next(i for i, e in before.items() if etree.QName(e).localname == "BP_Bereich")
    planinhalt = {h[1:] for h in after[bereich_id].xpath("x:planinhalt/@xlink:href", namespaces={**NS, "xlink": XLINK[1:-1].split("}")[0]})}
    for gml_id, element in before.items():
        old_bereich = element.find("x:gehoertZuBP_Bereich", ns_old)
        if old_bereich is not None:
            assert after[gml_id].find("x:gehoertZuBereich", NS).get(XLINK) == old_bereich.get(XLINK)
        if "gehoertZuBereich" in migration.load_required().get(etree.QName(after[gml_id]).localname, {}):
            assert after[gml_id].find("x:gehoertZuBereich", NS).get(XLINK) == "#" + bereich_id
            if etree.QName(after[gml_id]).localname != "XP_PPO":
                assert gml_id in planinhalt
    # the plan had no name: it gets its number, with a warning
    plan_id = next(i for i, e in before.items() if etree.QName(e).localname == "BP_Plan")
    assert before[plan_id].find("x:name", ns_old) is None
    assert after[plan_id].findtext("x:name", namespaces=NS) == before[plan_id].findtext("x:nummer", namespaces=ns_old)
    assert any(plan_id in w and "name is mandatory" in w for w in result.warnings)
    # rechtscharakter: mapped where the source has one, 9998 (Unbekannt) with a warning where it has none
    for gml_id, element in before.items():
        written = after[gml_id].findtext("x:rechtscharakter", namespaces=NS)
        if "rechtscharakter" not in migration.load_required().get(etree.QName(after[gml_id]).localname, {}):
            continue
        original = element.findtext("x:rechtscharakter", namespaces=ns_old)
        if original is None:
            assert written == "9998", gml_id
            assert any(w.startswith("{} {}: rechtscharakter is mandatory".format(etree.QName(after[gml_id]).localname, gml_id))
                       for w in result.warnings), gml_id
        else:
            prefix = etree.QName(element).localname[:2]
            assert written == str(migration.LEGACY_RECHTSCHARAKTER[prefix][int(original)]), gml_id


def _generic(element):
    return {a.findtext("x:name", namespaces=NS): a.findtext("x:wert", namespaces=NS)
            for a in element.iterfind("x:hatGenerAttribut/x:XP_StringAttribut", NS)}


@pytest.mark.parametrize("version", ["4.0", "4.1"])
def test_removed_classes_become_successors_or_general_classes(version, tmp_path):
    source = etree.parse(LEGACY[version]).getroot()
    before = _features(source)
    target, result = _export(LEGACY[version], tmp_path)
    after = _features(etree.parse(target).getroot())
    for gml_id, element in before.items():
        old_class = etree.QName(element).localname
        new_class = etree.QName(after[gml_id]).localname
        expected, kind = migration.target_class(old_class, element.find("{*}position") is not None
                                                or element.find("{*}raeumlicherGeltungsbereich") is not None)
        assert new_class == expected, gml_id
        if kind in (migration.SUCCESSOR, migration.FALLBACK, migration.RASTER):
            assert any(gml_id in w and "is written as " + new_class in w for w in result.warnings), gml_id
        if kind == migration.FALLBACK and "hatGenerAttribut" in migration.load_required().get(new_class, {"hatGenerAttribut": 1}):
            assert _generic(after[gml_id]).get(migration.ORIGINAL_CLASS_ATTRIBUTE) == old_class, gml_id
    nsg = after["L{}_nsg".format(version.replace(".", ""))]
    generic = _generic(nsg)
    assert etree.QName(nsg).localname == "SO_SonstigesRecht"
    assert generic[migration.ORIGINAL_CLASS_ATTRIBUTE] == "SO_SchutzgebietNaturschutzrecht"
    assert generic["artDerFestlegung"] == "1000"  # a 4.x code with no 6.0 meaning: kept, not dropped
    raster = after["L{}_raster".format(version.replace(".", ""))]
    assert etree.QName(raster).localname == "XP_TextAbschnitt"
    assert raster.findtext("x:refText/x:XP_ExterneReferenz/x:referenzURL", namespaces=NS) == "plan.png"
    bereich = after["L{}_bereich".format(version.replace(".", ""))]
    assert "#" + raster.get("{%s}id" % GML) in bereich.xpath("x:texte/@xlink:href", namespaces={"x": X60, "xlink": "http://www.w3.org/1999/xlink"})


@pytest.mark.parametrize("path", list(LEGACY.values()) + list(REAL_SAMPLES))
def test_import_export_import_keeps_every_object(path, tmp_path, xplan_dir, helpers, xsd_dir):
    path = path if os.path.isabs(path) else os.path.join(xplan_dir, path)
    expected = sum(helpers.count_classes_with_lxml(path).values())
    target, result = _export(path, tmp_path)
    assert result.count == expected
    assert sum(helpers.count_classes_with_lxml(target).values()) == expected
    document, counts = import_xplan(target, str(tmp_path / "again.gpkg"))
    assert sum(counts.values()) == expected
    hrefs = [e.get(XLINK) for e in etree.parse(target).iter() if e.get(XLINK)]
    ids = set(_features(etree.parse(target).getroot()))
    assert all(h.startswith("#") and h[1:] in ids for h in hrefs)  # never a link to an object not in the file
    assert _schema(xsd_dir, "6.0").validate(etree.parse(target))


def test_dangling_link_in_the_source_is_not_written(tmp_path, xsd_dir):
    text = open(LEGACY["4.1"], encoding="utf-8").read().replace(
        '<xplan:wirdDargestelltDurch xlink:href="#L41_ppo1"/>', '<xplan:wirdDargestelltDurch xlink:href="#L41_ppo1"/>'
        '<xplan:refTextInhalt xlink:href="#does_not_exist"/>')
    path = tmp_path / "dangling.gml"
    path.write_text(text, encoding="utf-8")
    target, result = _export(str(path), tmp_path)
    assert "does_not_exist" not in open(target, encoding="utf-8").read()
    assert any("#does_not_exist" in w and "not in the file" in w for w in result.warnings)


def test_every_legacy_class_has_a_6_0_class_that_exists(xsd_dir):
    six = set(feature_classes_from_xsd(os.path.join(xsd_dir, "XPlanGML_6_0")))
    required = required_properties_from_xsd(os.path.join(xsd_dir, "XPlanGML_6_0"))
    assert required == migration.load_required()  # the shipped resource is the XSD's
    legacy = set()
    for version in ("4_0", "4_1", "5_0", "5_1", "5_2", "5_3", "5_4"):
        legacy |= set(feature_classes_from_xsd(os.path.join(xsd_dir, "XPlanGML_" + version))) - six
    rows = migration.mapping_rows()
    assert {r[0] for r in rows} == legacy and len(legacy) > 140
    for name, _versions, with_geometry, without_geometry, kind in rows:
        if kind == migration.DATATYPE:
            continue
        assert with_geometry in six and without_geometry in six, name
        assert "position" not in required[without_geometry], name


def test_mapping_table_in_the_docs_is_generated_from_the_code():
    docs = os.path.join(os.path.dirname(os.path.dirname(DATA)), "..", "docs", "xplan_mapping.md")
    assert open(docs, encoding="utf-8").read() == migration.mapping_markdown()
