"""Issue #11 item 10: the DOCTYPE/entity refusal cannot be bypassed by a long leading comment or by an
encoding other than UTF-8 (UTF-16/UTF-32, with or without BOM), and a damaged XPlanArchiv member gives a
clear message. The same check guards the city model reader (core/xmlsafe.py is shared)."""

import os
import time
import zipfile

import pytest
from qgis.core import QgsProcessingException

from urban_twin.core.citymodel.citygml_reader import CityGmlReader
from urban_twin.core.citymodel.importer import import_citymodel
from urban_twin.core.errors import InputFormatError
from urban_twin.core.xmlsafe import check_no_entities
from urban_twin.core.xplan.validate import validate_xplan

SAMPLE_60 = "synthetic_BPlan_6-0_arcs_hoehen.gml"
CITYGML = "citygml2_sig3d_Building_and_garage_LOD2-EPSG25832.gml"
LONG_COMMENT = "<!--" + "x" * 70000 + "-->\n"  # longer than the old 64 KB byte scan
DOCTYPE = '<!DOCTYPE x [<!ENTITY lol "lol">]>\n'
ENCODINGS = [  # (declared, Python codec, BOM)
    ("UTF-8", "utf-8", b""),
    ("UTF-8", "utf-8", b"\xef\xbb\xbf"),
    ("UTF-16", "utf-16-le", b"\xff\xfe"),
    ("UTF-16", "utf-16-be", b"\xfe\xff"),
    ("UTF-16", "utf-16-le", b""),
    ("UTF-32", "utf-32-le", b"\xff\xfe\x00\x00"),
    ("UTF-32", "utf-32-be", b""),
]


def _body(text):
    """The document without its XML declaration."""
    return text.split("?>", 1)[1]


def _write(path, body, declared, codec, bom, prolog=""):
    text = '<?xml version="1.0" encoding="{}"?>\n{}{}'.format(declared, prolog, body)
    path.write_bytes(bom + text.encode(codec))
    return path


def _plan_text(sample):
    return _body(open(sample(SAMPLE_60), encoding="utf-8").read()).replace("Synthetischer Testplan Nr. 1", "&lol;")


@pytest.mark.parametrize("declared, codec, bom", ENCODINGS)
def test_doctype_after_a_long_comment_is_refused_in_every_encoding(declared, codec, bom, run_alg, sample, tmp_path):
    path = _write(tmp_path / "hidden.gml", _plan_text(sample), declared, codec, bom, LONG_COMMENT + DOCTYPE)
    target = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException) as info:
        run_alg("urbantwin:importxplan", {"INPUT": str(path), "OUTPUT": str(target)})
    assert "DTD or entities" in str(info.value) and "hidden.gml" in str(info.value)
    assert sorted(os.listdir(tmp_path)) == ["hidden.gml"]
    # the validator reports the refusal as a finding instead of crashing inside the schema validation
    result = validate_xplan(str(path))
    assert [f.rule for f in result.findings] == ["XML"] and "DTD or entities" in result.findings[0].message


@pytest.mark.parametrize("declared, codec, bom", ENCODINGS)
def test_the_same_plans_without_doctype_still_import(declared, codec, bom, sample, tmp_path, helpers):
    from urban_twin.core.xplan.gpkg import import_xplan

    body = _body(open(sample(SAMPLE_60), encoding="utf-8").read())
    path = _write(tmp_path / "plain.gml", body, declared, codec, bom, LONG_COMMENT)
    document, counts = import_xplan(str(path), str(tmp_path / "plain.gpkg"))
    assert sum(counts.values()) == sum(helpers.count_classes_with_lxml(sample(SAMPLE_60)).values())


def test_declared_but_unknown_encoding_is_refused(sample, tmp_path):
    path = tmp_path / "odd.gml"
    path.write_bytes(b'<?xml version="1.0" encoding="x-no-such-encoding"?>\n<a/>')
    with pytest.raises(InputFormatError) as info:
        check_no_entities(str(path))
    assert "x-no-such-encoding" in str(info.value)


def _damaged_archive(sample, tmp_path):
    data = open(sample(SAMPLE_60), "rb").read()
    path = tmp_path / "plan.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xplan.gml", data)
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xplan.gml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 100, start + info.compress_size - 100, 7):  # scramble the deflate stream
        raw[offset] ^= 0x5A
    path.write_bytes(bytes(raw))
    return path


def test_damaged_archive_member_gives_a_clear_message(run_alg, sample, tmp_path):
    path = _damaged_archive(sample, tmp_path)
    with pytest.raises(QgsProcessingException) as info:
        run_alg("urbantwin:importxplan", {"INPUT": str(path), "OUTPUT": str(tmp_path / "out.gpkg")})
    message = str(info.value)
    assert "plan.zip" in message and "xplan.gml" in message and "damaged" in message
    assert "Traceback" not in message and "zlib" not in message.lower()
    assert sorted(os.listdir(tmp_path)) == ["plan.zip"]


@pytest.mark.parametrize("declared, codec, bom", [ENCODINGS[0], ENCODINGS[2], ENCODINGS[6]])
def test_city_model_reader_is_guarded_too(declared, codec, bom, citymodel_dir, tmp_path):
    body = _body(open(os.path.join(citymodel_dir, CITYGML), encoding="utf-8").read())
    path = _write(tmp_path / "city.gml", body, declared, codec, bom, LONG_COMMENT + DOCTYPE)
    buildings = []
    with pytest.raises(InputFormatError) as info:
        buildings.extend(CityGmlReader(str(path)))
    assert buildings == []
    assert "city.gml" in str(info.value) and "entities" in str(info.value)
    with pytest.raises(InputFormatError):  # through the importer as well (refused, whichever check fires first)
        import_citymodel([str(path)], str(tmp_path / "out.gpkg"))
    assert sorted(os.listdir(tmp_path)) == ["city.gml"]


def test_check_reads_only_the_prolog_of_a_large_file(tmp_path):
    """A 40 MB model: the check costs the prolog only (measured: well under 10 ms, the import takes seconds)."""
    path = tmp_path / "big.gml"
    member = b"<m>" + b"<p>1 2 3 4 5 6 7 8 9</p>" * 40 + b"</m>\n"
    with open(path, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="UTF-8"?>\n<!-- a header comment -->\n<root>\n')
        for _ in range(40 * 1024 * 1024 // len(member)):
            handle.write(member)
        handle.write(b"</root>\n")
    started = time.perf_counter()
    for _ in range(10):
        check_no_entities(str(path))
    per_call = (time.perf_counter() - started) / 10
    assert os.path.getsize(path) > 39 * 1024 * 1024
    assert per_call < 0.05
