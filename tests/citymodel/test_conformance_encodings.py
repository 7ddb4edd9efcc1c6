"""Real files in other byte forms (issue #11 class "real data is messier than our samples"): a CityGML whose prolog is
longer than the 64 KB the format sniffer reads (a licence text in a comment), and CityGML in UTF-16 (LE with byte
order mark, BE without) were refused as "neither CityGML nor CityJSON", and once accepted lost their CRS. Each variant
must import exactly like the UTF-8 original of the same file (every row, the CRS)."""

import os
import re
import sqlite3

import pytest

SAMPLES = ("citygml2_sig3d_Building_and_garage_LOD2-EPSG25832.gml", "citygml3_sig3d_Building_and_garage_LOD2-EPSG25832.gml")
LICENCE = "Datenlizenz Deutschland – Namensnennung – Version 2.0 (www.govdata.de/dl-de/by-2-0). "


def _variants(source, folder):
    text = open(source, "rb").read().decode("utf-8")
    declaration_end = text.index("?>") + 2
    long_prolog = text[:declaration_end] + "\n<!-- " + LICENCE * 1200 + " -->\n" + text[declaration_end:]
    assert len(long_prolog.encode("utf-8")) > 100_000
    wide = re.sub(r'encoding="utf-8"', 'encoding="UTF-16"', text, count=1, flags=re.IGNORECASE)
    files = {"long_prolog.gml": long_prolog.encode("utf-8"), "utf16le_bom.gml": wide.encode("utf-16"),
             "utf16be.gml": wide.encode("utf-16-be")}
    paths = {}
    for name, data in files.items():
        paths[name] = os.path.join(folder, name)
        with open(paths[name], "wb") as handle:
            handle.write(data)
    return paths


def _rows(path):
    connection = sqlite3.connect("file:{}?mode=ro".format(path), uri=True)
    try:
        content = {}
        for table in ("buildings", "building_surfaces", "footprints"):
            columns = [row[1] for row in connection.execute('PRAGMA table_info("{}")'.format(table))
                       if row[1] not in ("fid", "source_file")]
            content[table] = sorted(connection.execute('SELECT {} FROM "{}"'.format(
                ", ".join('"{}"'.format(c) for c in columns), table)).fetchall(), key=repr)
        return content
    finally:
        connection.close()


@pytest.mark.parametrize("sample", SAMPLES)
def test_long_prolog_and_utf16_import_like_the_utf8_original(sample, citymodel_dir, tmp_path):
    from urban_twin.core import formats
    from urban_twin.core.citymodel.importer import import_citymodel

    original = os.path.join(citymodel_dir, sample)
    reference = import_citymodel([original], str(tmp_path / "reference.gpkg"), workers=1)
    expected = _rows(str(tmp_path / "reference.gpkg"))
    assert reference.crs_authid == "EPSG:25832" and expected["building_surfaces"]
    for name, path in _variants(original, str(tmp_path)).items():
        assert formats.sniff_format(path) == formats.CITYGML, name
        output = str(tmp_path / (name + ".gpkg"))
        report = import_citymodel([path], output, workers=1)
        assert (report.buildings, report.parts, report.surfaces) == (reference.buildings, reference.parts, reference.surfaces), name
        assert (report.crs_authid, report.vertical_crs) == (reference.crs_authid, reference.vertical_crs), name
        assert not report.warnings, (name, report.warnings)
        assert _rows(output) == expected, name


def test_other_xml_in_utf16_is_still_refused_and_a_plan_is_named(tmp_path, shared_dir):
    from urban_twin.core import formats
    from urban_twin.core.citymodel.importer import import_citymodel
    from urban_twin.core.errors import InputFormatError

    other = tmp_path / "kml.gml"
    other.write_bytes('<?xml version="1.0" encoding="UTF-16"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>'
                      .encode("utf-16"))
    assert formats.sniff_format(str(other)) is None
    with pytest.raises(InputFormatError) as raised:
        import_citymodel([str(other)], str(tmp_path / "x.gpkg"), workers=1)
    assert "neither CityGML nor CityJSON" in str(raised.value) or "weder CityGML" in str(raised.value)
    plan_text = open(os.path.join(shared_dir, "data", "xplan", "rub_v5-0_Demo.gml"), "rb").read().decode("utf-8")
    plan = tmp_path / "plan16.gml"
    plan.write_bytes(re.sub(r'encoding="utf-8"', 'encoding="UTF-16"', plan_text, count=1, flags=re.IGNORECASE).encode("utf-16"))
    assert formats.sniff_format(str(plan)) == formats.XPLAN
    broken = tmp_path / "broken16.gml"
    broken.write_bytes("\ufeff<?xml version='1.0' encoding='UTF-16'?><CityModel".encode("utf-16-le"))
    assert formats.sniff_format(str(broken)) is None  # not well-formed: no guess


@pytest.mark.parametrize("sample", SAMPLES[:1] + ("de_nrw_LoD2_32_280_5657_1_NW.gml",))
def test_indentation_does_not_matter_minified_or_with_crlf_and_tabs(sample, citymodel_dir, tmp_path):
    """The reader drops the blank text between elements while parsing (remove_blank_text, for speed): a file written
    on one line, or with CRLF and tabs between the elements, imports row for row like the original."""
    from urban_twin.core.citymodel.importer import import_citymodel

    original = os.path.join(citymodel_dir, sample)
    import_citymodel([original], str(tmp_path / "reference.gpkg"), workers=1)
    expected = _rows(str(tmp_path / "reference.gpkg"))
    text = open(original, "rb").read().decode("utf-8")
    variants = {"minified.gml": re.sub(r">\s+<", "><", text), "crlf_tabs.gml": re.sub(r">\s*<", ">\r\n\t \t<", text)}
    for name, data in variants.items():
        path = tmp_path / name
        path.write_bytes(data.encode("utf-8"))
        import_citymodel([str(path)], str(tmp_path / (name + ".gpkg")), workers=1)
        assert _rows(str(tmp_path / (name + ".gpkg"))) == expected, name
