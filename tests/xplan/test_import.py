"""XPlanGML import: feature counts per class (independent lxml count), attributes, heights, arcs, ZIP."""

import collections
import math
import os
import zipfile

import pytest
from lxml import etree
from osgeo import ogr

from urban_twin.core.xplan.migration import SUCCESSORS

SAMPLES = ("rub_v5-0_BP2070.gml", "rub_v5-0_Demo.gml", "sagis_v5-3_bp_plan1_minimal.gml",
           "sagis_v5-3_bp_plan_schemaINVALID.gml", "synthetic_BPlan_6-0_arcs_hoehen.gml")
SAMPLE_60 = "synthetic_BPlan_6-0_arcs_hoehen.gml"
XPLAN60 = "{http://www.xplanung.de/xplangml/6/0}"


@pytest.mark.parametrize("name", SAMPLES)
def test_counts_per_class_match_an_independent_lxml_count(name, sample, import_sample, helpers):
    expected = helpers.count_classes_with_lxml(sample(name))
    target, document = import_sample(name)
    layers = helpers.read_gpkg(target)
    found = collections.Counter(row["source_class"] for rows in layers.values() for row in rows)
    assert found == expected
    # normalised names: every 5.x class removed in 6.0 appears under its 6.0 name
    classes = collections.Counter(row["xplan_class"] for rows in layers.values() for row in rows)
    assert sum(classes.values()) == sum(expected.values())
    for old, new in SUCCESSORS.items():
        if expected.get(old):
            assert classes[new] >= expected[old]
            assert old not in classes


def test_layers_are_grouped_per_class_and_geometry(import_sample, sample, helpers):
    target, _ = import_sample("rub_v5-0_BP2070.gml")
    layers = helpers.read_gpkg(target)
    assert len(layers["plans"]) == 1 and len(layers["bereiche"]) == 1
    # BP_AnpflanzungBindungErhaltung has lines and points: the points get a suffix, the lines keep the name
    root = etree.parse(sample("rub_v5-0_BP2070.gml")).getroot()
    kinds = collections.Counter(
        etree.QName(e.find("{*}position")[0]).localname == "Point" for e in root.iter("{*}BP_AnpflanzungBindungErhaltung"))
    lines = layers["bp_anpflanzungbindungerhaltung"]
    points = layers["bp_anpflanzungbindungerhaltung_point"]
    assert {r["_geom"].GetDimension() for r in lines} == {1}
    assert {r["_geom"].GetDimension() for r in points} == {0}
    assert (len(points), len(lines)) == (kinds[True], kinds[False])


def test_sixty_attributes_codes_labels_and_tokens(sample, import_sample, helpers):
    target, document = import_sample(SAMPLE_60)
    by_id = helpers.features_by_id(helpers.read_gpkg(target))
    root = etree.parse(sample(SAMPLE_60)).getroot()
    for element in root.iter(XPLAN60 + "BP_BaugebietsTeilFlaeche"):
        row = by_id[element.get("{http://www.opengis.net/gml/3.2}id")]
        assert row["_layer"] == "bp_baugebietsteilflaeche"
        for name in ("GRZ", "GFZ"):
            assert row[name] == pytest.approx(float(element.findtext(XPLAN60 + name)))
        for name in ("Z", "Zmax", "besondereArtDerBaulNutzung", "allgArtDerBaulNutzung", "bauweise"):
            text = element.findtext(XPLAN60 + name)
            assert row[name] == (int(text) if text is not None else None)
        assert row["plan_id"] == "GML_plan_0001" and row["bereich_id"] == "GML_bereich_0001"
    assert by_id["GML_btf_0001"]["baugebiet_token"] == "WA"
    assert by_id["GML_btf_0001"]["besondereArtDerBaulNutzung_label"] == "Allgemeines Wohngebiet"
    assert by_id["GML_btf_0002"]["baugebiet_token"] == "MI"
    assert by_id["GML_btf_0002"]["bauweise_label"] == "geschlossene Bauweise"
    plan = by_id["GML_plan_0001"]
    assert plan["_layer"] == "plans"
    assert plan["bezugshoehe"] == pytest.approx(float(root.find(".//" + XPLAN60 + "bezugshoehe").text))
    assert plan["rechtsstand_label"] == "In Kraft getreten" and plan["gemeinde_name"] == "Musterstadt"


def test_known_height_entries_keep_their_bezugspunkt(sample, import_sample, loads, helpers):
    target, _ = import_sample(SAMPLE_60)
    by_id = helpers.features_by_id(helpers.read_gpkg(target))
    root = etree.parse(sample(SAMPLE_60)).getroot()
    bezugshoehe = float(root.find(".//" + XPLAN60 + "bezugshoehe").text)
    btf = root.find(".//" + XPLAN60 + "BP_BaugebietsTeilFlaeche")
    written = [(int(h.findtext(XPLAN60 + "bezugspunkt")), int(h.findtext(XPLAN60 + "hoehenbezug")),
                float(h.findtext(XPLAN60 + "hMax"))) for h in btf.iter(XPLAN60 + "XP_Hoehenangabe")]
    row = by_id["GML_btf_0001"]
    entries = loads(row["hoehenangabe"])
    assert [(e["bezugspunkt"], e["hoehenbezug"], e["hMax"]) for e in entries] == written
    assert [e["bezugspunkt_token"] for e in entries] == ["TH", "FH"]
    fh = [w for w in written if w[0] == 2000][0]
    assert row["h_FH_max"] == pytest.approx(fh[2]) and row["h_FH_bezug"] == "Relativ"
    assert row["h_FH_max_nhn"] == pytest.approx(fh[2] + bezugshoehe)
    assert row["h_TH_max_nhn"] == pytest.approx(7.5 + bezugshoehe)
    assert row["h_GH_max"] is None
    gh = by_id["GML_btf_0002"]
    assert gh["h_GH_max"] == pytest.approx(68.0) and gh["h_GH_bezug"] == "NHN2016" and gh["h_GH_max_nhn"] == pytest.approx(68.0)


def _segment_area(chord, sagitta):
    radius = (chord * chord / 4 + sagitta * sagitta) / (2 * sagitta)
    return radius * radius * math.acos((radius - sagitta) / radius) - (radius - sagitta) * math.sqrt(2 * radius * sagitta - sagitta ** 2)


def test_arcs_stay_curves(import_sample, helpers):
    target, _ = import_sample(SAMPLE_60)
    by_id = helpers.features_by_id(helpers.read_gpkg(target))
    area = by_id["GML_btf_0001"]["_geom"]
    assert area.GetGeometryType() == ogr.wkbMultiSurface
    polygon = area.GetGeometryRef(0)
    assert polygon.GetGeometryType() == ogr.wkbCurvePolygon
    assert polygon.GetGeometryRef(0).GetGeometryType() == ogr.wkbCompoundCurve
    assert "CIRCULARSTRING (500100 5700100,500050 5700120,500000 5700100)" in area.ExportToWkt()
    # square 100 m × 100 m plus a circular segment of chord 100 m and sagitta 20 m
    from qgis.core import QgsGeometry

    expected = 100 * 100 + _segment_area(100.0, 20.0)
    assert QgsGeometry.fromWkt(area.ExportToIsoWkt()).area() == pytest.approx(expected, abs=0.5)
    line = by_id["GML_bgr_0001"]["_geom"]
    assert line.GetGeometryType() == ogr.wkbMultiCurve
    assert line.GetGeometryRef(0).GetGeometryType() == ogr.wkbCompoundCurve


def test_two_plans_in_one_file_and_references_both_ways(import_sample, sample, helpers):
    target, document = import_sample("rub_v5-0_Demo.gml")
    layers = helpers.read_gpkg(target)
    root = etree.parse(sample("rub_v5-0_Demo.gml")).getroot()
    plan_ids = [e.get(helpers.GML_ID) for e in root.iter("{*}BP_Plan")]
    assert sorted(r["gml_id"] for r in layers["plans"]) == sorted(plan_ids) and len(plan_ids) == 2
    # every Planinhalt listed in a Bereich knows its Bereich (back-link added where the file lacks it)
    for bereich in root.iter("{*}BP_Bereich"):
        bereich_id = bereich.get(helpers.GML_ID)
        for ref in bereich.iter("{*}planinhalt"):
            obj = document.by_id[ref.get("{http://www.w3.org/1999/xlink}href")[1:]]
            assert obj.bereich_id == bereich_id
            assert bereich_id in obj.refs("gehoertZuBereich")
    assert len(layers["xp_textabschnitt"]) == 3
    assert {r["source_class"] for r in layers["xp_textabschnitt"]} == {"BP_TextAbschnitt"}


def test_lenient_reader_accepts_the_schema_invalid_sample(import_sample, helpers):
    target, document = import_sample("sagis_v5-3_bp_plan_schemaINVALID.gml")
    layers = helpers.read_gpkg(target)
    assert len(layers["xp_nutzungsschablone"]) == 1
    assert any("featureMember" in message and gml_id == "GML_491338bd-921b-443e-8cce-4b4c9bc1aad0"
               for gml_id, message in document.warnings)
    tokens = sorted(r["baugebiet_token"] for r in layers["bp_baugebietsteilflaeche"])
    assert tokens == ["MD", "WA"]
    dach = [r["dachgestaltung"] for r in layers["bp_baugebietsteilflaeche"] if r.get("dachgestaltung")]
    assert dach and "BP_Dachgestaltung" in dach[0]


def test_xplanarchiv_zip_gives_the_same_layers(sample, import_sample, tmp_path, helpers):
    archive = tmp_path / "plan.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as handle:
        handle.write(sample(SAMPLE_60), "xplan.gml")
        handle.writestr("begruendung.txt", "Anlage")
    from_zip, _ = import_sample(str(archive), "from_zip.gpkg")
    from_gml, _ = import_sample(SAMPLE_60)
    counts = {k: len(v) for k, v in helpers.read_gpkg(from_zip).items()}
    assert counts == {k: len(v) for k, v in helpers.read_gpkg(from_gml).items()}
    assert sorted(os.listdir(tmp_path)) == sorted(["plan.zip", "from_zip.gpkg", SAMPLE_60 + ".gpkg"])


def test_importxplan_algorithm(run_alg, sample, tmp_path, helpers):
    target = str(tmp_path / "alg.gpkg")
    result = run_alg("urbantwin:importxplan", {"INPUT": sample(SAMPLE_60), "OUTPUT": target})
    assert result["OUTPUT"] == target
    expected = helpers.count_classes_with_lxml(sample(SAMPLE_60))
    assert result["FEATURES"] == sum(expected.values())
    assert len(helpers.read_gpkg(target)["bp_baugebietsteilflaeche"]) == expected["BP_BaugebietsTeilFlaeche"]


@pytest.mark.parametrize("srs_name", ["urn:adv:crs:ETRS89_UTM32", "urn:ogc:def:crs:EPSG::25832",
                                      "http://www.opengis.net/def/crs/EPSG/0/25832", "EPSG:25832"])
def test_tolerant_srs_names(srs_name, sample, tmp_path, import_sample, helpers):
    from qgis.core import QgsVectorLayer

    path = tmp_path / "srs.gml"
    path.write_text(open(sample(SAMPLE_60), encoding="utf-8").read().replace('srsName="EPSG:25832"', 'srsName="{}"'.format(srs_name)),
                    encoding="utf-8")
    target, document = import_sample(str(path))
    assert document.epsg == 25832
    layer = QgsVectorLayer(target + "|layername=bp_baugebietsteilflaeche", "btf", "ogr")
    assert layer.crs().authid() == "EPSG:25832"
    # coordinates are not swapped: easting stays the first ordinate
    assert 499_000 < layer.extent().xMinimum() < 501_000


def test_xplangml_61_and_wfs_feature_collection(sample, tmp_path, import_sample, helpers):
    text = open(sample(SAMPLE_60), encoding="utf-8").read()
    v61 = tmp_path / "plan61.gml"
    v61.write_text(text.replace("xplangml/6/0", "xplangml/6/1"), encoding="utf-8")
    target, document = import_sample(str(v61))
    assert document.version == "6.1"
    expected = helpers.count_classes_with_lxml(sample(SAMPLE_60))
    assert sum(len(v) for v in helpers.read_gpkg(target).values()) == sum(expected.values())
    wfs = tmp_path / "wfs.gml"
    body = text.replace("<xplan:XPlanAuszug ", '<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0" ')
    body = body.replace("</xplan:XPlanAuszug>", "</wfs:FeatureCollection>")
    body = body.replace("<gml:featureMember>", "<wfs:member>").replace("</gml:featureMember>", "</wfs:member>")
    wfs.write_text(body, encoding="utf-8")
    target, document = import_sample(str(wfs))
    layers = helpers.read_gpkg(target)
    assert collections.Counter(r["source_class"] for rows in layers.values() for r in rows) == expected


def test_units_are_read(import_sample, helpers):
    from osgeo import ogr as _ogr

    target, _ = import_sample(SAMPLE_60)
    dataset = _ogr.Open(target)
    kinds = {(f["layer_name"], f["field_name"]): (f["kind"], f["uom"]) for f in dataset.GetLayerByName("xplan_fields")}
    assert kinds[("plans", "bezugshoehe")] == ("measure", "m")
    assert kinds[("xp_ppo", "drehwinkel")] == ("measure", "grad")
    assert kinds[("bp_baugebietsteilflaeche", "hoehenangabe")][0] == "json"


def test_every_enumeration_gets_a_german_label(import_sample, helpers, xsd_dir, loads):
    target, _ = import_sample(SAMPLE_60)
    by_id = helpers.features_by_id(helpers.read_gpkg(target))
    xsd = etree.parse(os.path.join(xsd_dir, "XPlanGML_6_0", "XPlanGML_Basisschema.xsd")).getroot()
    xs = "{http://www.w3.org/2001/XMLSchema}"
    enumeration = xsd.find(".//{0}simpleType[@name='XP_Nutzungsform']/{0}restriction/{0}enumeration[@value='2000']".format(xs))
    expected = enumeration.findtext("{0}annotation/{0}documentation".format(xs)).strip().splitlines()[0].rstrip(".")
    street = by_id["GML_svf_0001"]
    assert street["nutzungsform"] == 2000 and street["nutzungsform_label"] == expected
    purpose = loads(street["artDerFestlegung"])[0]
    assert purpose["allgemein"] == 1200 and purpose["allgemein_label"].startswith("Sonstige örtliche")
    assert by_id["GML_btf_0001"]["bebauungsArt_label"] == "nur Einzel- und Doppelhäuser"


def test_layers_carry_readable_titles(run_alg, musterquartier, tmp_path):
    """Legends and council maps show the planner's words, not table names."""
    from qgis.core import QgsVectorLayer

    out = str(tmp_path / "plan.gpkg")
    run_alg("urbantwin:importxplan", {"INPUT": musterquartier["xplan"], "OUTPUT": out})
    zones = QgsVectorLayer(out + "|layername=bp_baugebietsteilflaeche", "zones", "ogr")
    plans = QgsVectorLayer(out + "|layername=plans", "plans", "ogr")
    assert zones.metadata().title() in ("Building zones", "Baugebiete")
    assert plans.metadata().title() in ("Scope of the plan (Geltungsbereich)", "Geltungsbereich")
