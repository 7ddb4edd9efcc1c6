"""Issue #11 items 8 and 9: the official XSDs ship with the plugin and are used by default (offline), the
report names schema version and source, and the export checks itself against the 6.0 schema."""

import filecmp
import json
import os

import pytest
from lxml import etree
from osgeo import ogr
from qgis.core import QgsProcessingException

from urban_twin.core.xplan import schemas
from urban_twin.core.xplan.validate import validate_xplan

SAMPLE_60 = "synthetic_BPlan_6-0_arcs_hoehen.gml"
INVALID_53 = "sagis_v5-3_bp_plan_schemaINVALID.gml"
VERSIONS = ("4.0", "4.1", "5.0", "5.1", "5.2", "5.3", "5.4", "6.0")


def test_the_official_schemas_ship_unchanged_with_the_plugin(xsd_dir):
    plugin_root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    assert os.path.realpath(schemas.BUNDLED_ROOT) == os.path.realpath(os.path.join(plugin_root, "resources", "xsd"))
    for version in VERSIONS:
        assert os.path.isfile(os.path.join(schemas.BUNDLED_ROOT, schemas.version_folder(version), schemas.ENTRY_POINT))
    compared = filecmp.dircmp(xsd_dir, schemas.BUNDLED_ROOT)
    differing = []

    def walk(cmp):
        differing.extend(cmp.diff_files + cmp.left_only)
        for sub in cmp.subdirs.values():
            walk(sub)

    walk(compared)
    assert differing == []  # byte-identical copies of the official files, nothing missing
    readme = open(os.path.join(schemas.BUNDLED_ROOT, "README.md"), encoding="utf-8").read()
    assert "XLeitstelle" in readme and "Open Geospatial Consortium" in readme


@pytest.mark.parametrize("version", VERSIONS)
def test_bundled_schemas_load_offline(version, monkeypatch):
    remote = []
    original = schemas.OfflineResolver.resolve

    def spy(self, url, public_id, context):
        answer = original(self, url, public_id, context)
        if url and "://" in url:
            remote.append((url, answer is not None))
        return answer

    monkeypatch.setattr(schemas.OfflineResolver, "resolve", spy)
    monkeypatch.setattr(schemas, "_SCHEMA_CACHE", {})
    path, source = schemas.locate_schema(version)
    assert source == schemas.SOURCE_BUNDLED
    schema = schemas.load_schema(path)
    assert isinstance(schema, etree.XMLSchema)
    # every remote location was answered locally (libxml2 did not go to the network for any)
    assert all(answered for _url, answered in remote)


def test_validation_uses_the_shipped_schemas_by_default_and_says_so(run_alg, sample, tmp_path, xsd_dir):
    report = tmp_path / "report.json"
    run_alg("urbantwin:validatexplan", {"INPUT": sample(INVALID_53), "OUTPUT_REPORT": str(report)})
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["schemaVersion"] == "5.3"
    assert data["schemaSource"] == "official XSDs shipped with the plugin"
    assert data["schema"].startswith(schemas.BUNDLED_ROOT)
    # the same two schema errors as lxml finds with the reference copy of the schema
    reference = etree.XMLSchema(etree.parse(os.path.join(xsd_dir, "XPlanGML_5_3", "XPlanung-Operationen.xsd")))
    reference.validate(etree.parse(sample(INVALID_53)))
    assert data["rules"].get("XSD") == len(reference.error_log) == 2
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "XPlanGML 5.3 – official XSDs shipped with the plugin" in html
    # SCHEMA_DIR stays the override
    override = validate_xplan(sample(INVALID_53), schema_dir=xsd_dir)
    assert override.schema_source == schemas.SOURCE_PARAMETER and override.schema_file.startswith(xsd_dir)


def _invalid_plan(run_alg, sample, tmp_path):
    gpkg = str(tmp_path / "plan.gpkg")
    run_alg("urbantwin:importxplan", {"INPUT": sample(SAMPLE_60), "OUTPUT": gpkg})
    dataset = ogr.Open(gpkg, 1)
    layer = dataset.GetLayerByName("bp_baugebietsteilflaeche")
    feature = layer.GetNextFeature()
    feature.SetGeometryDirectly(None)  # position is mandatory in 6.0 and nothing can stand in for it
    layer.SetFeature(feature)
    dataset = None
    return gpkg


def test_schema_invalid_export_fails_and_leaves_the_old_file(run_alg, sample, tmp_path):
    gpkg = _invalid_plan(run_alg, sample, tmp_path)
    target = tmp_path / "plan60.gml"
    target.write_text("previous export", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as info:
        run_alg("urbantwin:exportxplan", {"INPUT": gpkg, "OUTPUT": str(target)})
    message = str(info.value)
    assert "not valid against the XPlanGML 6.0 schema" in message and "flaechenschluss" in message and "line" in message
    assert target.read_text(encoding="utf-8") == "previous export"
    assert sorted(os.listdir(tmp_path)) == ["plan.gpkg", "plan60.gml"]


def test_allow_invalid_writes_and_counts_the_schema_errors(run_alg, sample, tmp_path, xsd_dir):
    gpkg = _invalid_plan(run_alg, sample, tmp_path)
    target = tmp_path / "plan60.gml"
    result = run_alg("urbantwin:exportxplan", {"INPUT": gpkg, "OUTPUT": str(target), "ALLOW_INVALID": True})
    reference = etree.XMLSchema(etree.parse(os.path.join(xsd_dir, "XPlanGML_6_0", "XPlanung-Operationen.xsd")))
    assert not reference.validate(etree.parse(str(target)))
    assert result["SCHEMA_ERRORS"] == len(reference.error_log) >= 1
    assert "official XSDs shipped with the plugin" in result["SCHEMA"]


def test_valid_export_reports_zero_schema_errors(run_alg, sample, tmp_path):
    gpkg = str(tmp_path / "plan.gpkg")
    run_alg("urbantwin:importxplan", {"INPUT": sample(SAMPLE_60), "OUTPUT": gpkg})
    result = run_alg("urbantwin:exportxplan", {"INPUT": gpkg, "OUTPUT": str(tmp_path / "ok.gml")})
    assert result["SCHEMA_ERRORS"] == 0 and result["FEATURES"] > 0
