"""The generated sample district's Bebauungsplan (core/demo, another area) imports and validates cleanly:
this is what `make demo` shows."""

import collections

import pytest


def test_musterquartier_plan_imports_and_validates(musterquartier, import_sample, xsd_dir, helpers):
    pytest.importorskip("urban_twin.core.demo.musterquartier")
    from urban_twin.core.xplan.validate import validate_xplan

    path = musterquartier["xplan"]
    target, document = import_sample(path)
    layers = helpers.read_gpkg(target)
    assert collections.Counter(r["source_class"] for rows in layers.values() for r in rows) == helpers.count_classes_with_lxml(path)
    assert all(r["baugebiet_token"] for r in layers["bp_baugebietsteilflaeche"])
    result = validate_xplan(path, schema_dir=xsd_dir)
    assert result.version == "6.0" and result.valid, [f.as_dict() for f in result.errors][:5]
