"""Hostile and broken input: clear messages naming file and object, no output, nothing else touched."""

import hashlib
import os
import zipfile

import pytest
from qgis.core import QgsProcessingException

from urban_twin.core.errors import InputFormatError
from urban_twin.core.xplan.gpkg import import_xplan, warning_texts

SAMPLE_60 = "synthetic_BPlan_6-0_arcs_hoehen.gml"


def _snapshot(folder):
    return {name: (os.path.getsize(os.path.join(folder, name)), hashlib.sha256(open(os.path.join(folder, name), "rb").read()).hexdigest())
            for name in sorted(os.listdir(folder))}


def _text(sample):
    return open(sample(SAMPLE_60), encoding="utf-8").read()


def _run_refused(run_alg, path, tmp_path, *expected):
    """Run the import on ``path``; it must fail naming the file, leave no output and change nothing."""
    before = _snapshot(tmp_path)
    target = str(tmp_path / "out.gpkg")
    with pytest.raises(QgsProcessingException) as info:
        run_alg("urbantwin:importxplan", {"INPUT": str(path), "OUTPUT": target})
    message = str(info.value)
    assert os.path.basename(str(path)) in message
    for text in expected:
        assert text in message
    assert _snapshot(tmp_path) == before  # no output, no temporary leftovers, input unchanged
    return message


def test_truncated_file(run_alg, sample, tmp_path):
    text = _text(sample)
    path = tmp_path / "truncated.gml"
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    message = _run_refused(run_alg, path, tmp_path, "Invalid XML")
    lines = text[: len(text) // 2].count("\n")
    assert "line {}".format(lines + 1) in message or "line {}".format(lines) in message


def test_wrong_namespace(run_alg, sample, tmp_path):
    path = tmp_path / "wrongns.gml"
    path.write_text(_text(sample).replace("http://www.xplanung.de/xplangml/6/0", "http://example.org/notxplan"), encoding="utf-8")
    _run_refused(run_alg, path, tmp_path, "not an XPlanGML document")


def test_xxe_is_refused_without_reading_the_entity(run_alg, sample, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    text = _text(sample).replace('<?xml version="1.0" encoding="utf-8"?>',
                                 '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{}">]>'.format(secret))
    text = text.replace("Synthetischer Testplan Nr. 1", "&xxe;")
    path = tmp_path / "xxe.gml"
    path.write_text(text, encoding="utf-8")
    message = _run_refused(run_alg, path, tmp_path, "DTD or entities")
    assert "TOP-SECRET" not in message


def test_billion_laughs(run_alg, sample, tmp_path):
    entities = '<!ENTITY lol "lol">' + "".join(
        '<!ENTITY lol{0} "{1}">'.format(i, "&lol{};".format(i - 1 if i > 1 else "") * 10 if i > 1 else "&lol;" * 10) for i in range(1, 10))
    text = _text(sample).replace('<?xml version="1.0" encoding="utf-8"?>',
                                 '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE x [{}]>'.format(entities))
    path = tmp_path / "laughs.gml"
    path.write_text(text.replace("T-001", "&lol9;"), encoding="utf-8")
    _run_refused(run_alg, path, tmp_path, "DTD or entities")


def test_unknown_class_is_skipped_with_a_named_warning(sample, tmp_path):
    text = _text(sample).replace("</xplan:XPlanAuszug>", (
        '<gml:featureMember><xplan:BP_Fantasieflaeche gml:id="GML_fantasy_1"><xplan:ebene>0</xplan:ebene>'
        '</xplan:BP_Fantasieflaeche></gml:featureMember></xplan:XPlanAuszug>'))
    path = tmp_path / "unknown.gml"
    path.write_text(text, encoding="utf-8")
    document, counts = import_xplan(str(path), str(tmp_path / "unknown.gpkg"))
    assert "GML_fantasy_1" not in document.by_id
    assert sum(counts.values()) == 7  # the seven known objects of the sample
    texts = warning_texts(document)
    assert any("unknown.gml" in t and "GML_fantasy_1" in t and "BP_Fantasieflaeche" in t for t in texts)


def test_broken_geometry_keeps_the_object_and_names_it(sample, tmp_path, xsd_dir):
    from urban_twin.core.xplan.validate import validate_xplan

    text = _text(sample).replace("500160 5700000 500200 5700000 500200 5700120 500160 5700120 500160 5700000", "500160 5700000 abc")
    path = tmp_path / "broken.gml"
    path.write_text(text, encoding="utf-8")
    document, counts = import_xplan(str(path), str(tmp_path / "broken.gpkg"))
    assert document.by_id["GML_svf_0001"].geometry is None
    assert any("broken.gml" in t and "GML_svf_0001" in t and "geometry" in t for t in warning_texts(document))
    result = validate_xplan(str(path), schema_dir=xsd_dir)
    assert any(f.rule == "2.2.2.1" and f.gml_id == "GML_svf_0001" for f in result.errors)


def test_zip_with_path_traversal_is_refused(run_alg, sample, tmp_path):
    archive = tmp_path / "traversal.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.write(sample(SAMPLE_60), "xplan.gml")
        handle.writestr("../evil.gml", "<x/>")
    parent_before = sorted(os.listdir(tmp_path.parent))
    _run_refused(run_alg, archive, tmp_path, "unsafe path", "../evil.gml")
    assert sorted(os.listdir(tmp_path.parent)) == parent_before


def test_zip_bomb_is_refused_before_unpacking(run_alg, tmp_path):
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as handle:
        handle.writestr("xplan.gml", b"<a>" + b" " * (30 * 1024 * 1024) + b"</a>")
    assert os.path.getsize(archive) < 200 * 1024  # a tiny file that would inflate to 30 MB
    _run_refused(run_alg, archive, tmp_path, "far too large")


def test_zip_without_xplan_gml(run_alg, tmp_path):
    archive = tmp_path / "other.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("readme.txt", "no plan")
    _run_refused(run_alg, archive, tmp_path, "xplan.gml")


def test_core_errors_carry_file_and_line(sample, tmp_path):
    path = tmp_path / "empty.gml"
    path.write_bytes(b"")
    with pytest.raises(InputFormatError) as info:
        import_xplan(str(path), str(tmp_path / "x.gpkg"))
    assert info.value.path == str(path) and "empty" in str(info.value)
    assert not os.path.exists(tmp_path / "x.gpkg")
