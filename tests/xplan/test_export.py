"""XPlanGML 6.0 export: strict element order from the XSD, schema-valid output, lossless round trip."""

import json

import pytest
from lxml import etree
from osgeo import ogr

from urban_twin.core.xplan.validate import validate_xplan
from urban_twin.core.xplan.xsd_order import (
    element_order_from_xsd,
    load_element_order,
    load_property_data_types,
    property_data_types_from_xsd,
)

SAMPLE_60 = "synthetic_BPlan_6-0_arcs_hoehen.gml"
SKIPPED = ("source_file", "_geom")


def _geometry_distance(a, b):
    from qgis.core import QgsAbstractGeometry, QgsGeometry

    def linear(geometry):
        qgs = QgsGeometry.fromWkt(geometry.ExportToIsoWkt())
        return QgsGeometry(qgs.constGet().segmentize(0.0001, QgsAbstractGeometry.SegmentationToleranceType.MaximumDifference))

    return linear(a).hausdorffDistance(linear(b))


def test_shipped_element_order_matches_the_xsd(xsd_dir):
    import os

    derived = element_order_from_xsd(os.path.join(xsd_dir, "XPlanGML_6_0"))
    assert derived == load_element_order()
    assert property_data_types_from_xsd(os.path.join(xsd_dir, "XPlanGML_6_0")) == load_property_data_types()
    order = derived["BP_BaugebietsTeilFlaeche"]
    # inherited XP_Objekt → BP_Objekt → BP_Flaechenobjekt → BP_FlaechenschlussObjekt → own properties
    assert order.index("hoehenangabe") < order.index("gehoertZuBereich") < order.index("rechtscharakter") < order.index("position")
    assert order.index("position") < order.index("flaechenschluss") < order.index("GFZ")


def test_round_trip_keeps_every_feature_attribute_and_geometry(run_alg, sample, tmp_path, xsd_dir, helpers):
    first = str(tmp_path / "first.gpkg")
    exported = str(tmp_path / "export.gml")
    second = str(tmp_path / "second.gpkg")
    run_alg("urbantwin:importxplan", {"INPUT": sample(SAMPLE_60), "OUTPUT": first})
    result = run_alg("urbantwin:exportxplan", {"INPUT": first, "OUTPUT": exported})
    run_alg("urbantwin:importxplan", {"INPUT": exported, "OUTPUT": second})
    before = helpers.features_by_id(helpers.read_gpkg(first))
    after = helpers.features_by_id(helpers.read_gpkg(second))
    assert result["FEATURES"] == len(before) == sum(helpers.count_classes_with_lxml(sample(SAMPLE_60)).values())
    assert sorted(before) == sorted(after)
    for gml_id, row in before.items():
        other = after[gml_id]
        for name, value in row.items():
            if name in SKIPPED:
                continue
            assert other.get(name) == value, (gml_id, name)
        if row["_geom"] is not None:
            assert row["_geom"].GetGeometryType() == other["_geom"].GetGeometryType()
            assert _geometry_distance(row["_geom"], other["_geom"]) < 0.001
    # the exported file is valid XPlanGML 6.0
    validation = validate_xplan(exported, schema_dir=xsd_dir)
    assert validation.version == "6.0"
    assert [f.message for f in validation.findings if f.rule in ("XSD", "XML")] == []


def test_export_follows_xsd_order_and_writes_edits(run_alg, sample, tmp_path):
    gpkg = str(tmp_path / "plan.gpkg")
    run_alg("urbantwin:importxplan", {"INPUT": sample(SAMPLE_60), "OUTPUT": gpkg})
    dataset = ogr.Open(gpkg, 1)
    layer = dataset.GetLayerByName("bp_baugebietsteilflaeche")
    layer.SetAttributeFilter("gml_id = 'GML_btf_0002'")
    feature = layer.GetNextFeature()
    feature.SetField("GRZ", 0.5)
    feature.SetField("baugebiet_token", "XX")  # derived: never written back
    layer.SetFeature(feature)
    dataset = None
    exported = str(tmp_path / "edited.gml")
    run_alg("urbantwin:exportxplan", {"INPUT": gpkg, "OUTPUT": exported})
    root = etree.parse(exported).getroot()
    ns = {"x": "http://www.xplanung.de/xplangml/6/0", "gml": "http://www.opengis.net/gml/3.2"}
    btf = root.xpath("//x:BP_BaugebietsTeilFlaeche[@gml:id='GML_btf_0002']", namespaces=ns)[0]
    assert float(btf.findtext("x:GRZ", namespaces=ns)) == 0.5
    assert "XX" not in open(exported, encoding="utf-8").read()
    order = load_element_order()["BP_BaugebietsTeilFlaeche"]
    names = [etree.QName(c).localname for c in btf]
    assert names == sorted(names, key=order.index)
    heights = root.xpath("//x:BP_BaugebietsTeilFlaeche[@gml:id='GML_btf_0001']/x:hoehenangabe/x:XP_Hoehenangabe", namespaces=ns)
    assert [(h.findtext("x:bezugspunkt", namespaces=ns), h.find("x:hMax", namespaces=ns).get("uom")) for h in heights] == [
        ("1000", "m"), ("2000", "m")]


def test_five_zero_plan_exports_every_object_with_its_geometry(run_alg, sample, tmp_path, helpers):
    first = str(tmp_path / "first.gpkg")
    exported = str(tmp_path / "export.gml")
    second = str(tmp_path / "second.gpkg")
    run_alg("urbantwin:importxplan", {"INPUT": sample("rub_v5-0_BP2070.gml"), "OUTPUT": first})
    result = run_alg("urbantwin:exportxplan", {"INPUT": first, "OUTPUT": exported})
    run_alg("urbantwin:importxplan", {"INPUT": exported, "OUTPUT": second})
    before = helpers.features_by_id(helpers.read_gpkg(first))
    after = helpers.features_by_id(helpers.read_gpkg(second))
    expected = sum(helpers.count_classes_with_lxml(sample("rub_v5-0_BP2070.gml")).values())
    assert result["FEATURES"] == len(before) == expected
    assert sorted(before) == sorted(after)
    worst = max(_geometry_distance(row["_geom"], after[i]["_geom"]) for i, row in before.items() if row["_geom"] is not None)
    assert worst < 0.001
    # 5.0 classes removed in 6.0 come back under their 6.0 name, references intact
    street = [row for row in after.values() if row["_layer"] == "so_strassenverkehr"]
    assert len(street) == 1 and json.loads(street[0]["gehoertZuBereich"]) == ["#" + street[0]["bereich_id"]]


@pytest.mark.parametrize("name", ["rub_v5-0_BP2070.gml", "rub_v5-0_Demo.gml", "sagis_v5-3_bp_plan1_minimal.gml",
                                  "sagis_v5-3_bp_plan_schemaINVALID.gml"])
def test_older_plans_export_to_schema_valid_6_0(name, import_sample, tmp_path, xsd_dir, helpers, sample):
    from urban_twin.core.xplan.writer import export_xplan

    target, document = import_sample(name)
    exported = str(tmp_path / "export60.gml")
    count, warnings = export_xplan(target, exported)
    assert count == sum(helpers.count_classes_with_lxml(sample(name)).values())
    validation = validate_xplan(exported, schema_dir=xsd_dir)
    assert [f.message for f in validation.findings if f.rule in ("XSD", "XML")] == []
    root = etree.parse(exported).getroot()
    ns = {"x": "http://www.xplanung.de/xplangml/6/0"}
    # 5.x Grünfläche codes became 6.0 data types: zweckbestimmung/BP_KomplexeZweckbestGruen/allgemein
    for green in root.iterfind(".//x:BP_GruenFlaeche", ns):
        for purpose in green.iterfind("x:zweckbestimmung", ns):
            assert purpose.find("x:BP_KomplexeZweckbestGruen/x:allgemein", ns) is not None
