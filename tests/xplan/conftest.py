"""Helpers for the XPlanung tests: independent lxml counts and GeoPackage readers."""

import collections
import json
import os

import pytest
from lxml import etree

GML_ID = "{http://www.opengis.net/gml/3.2}id"
SAMPLE_60 = "synthetic_BPlan_6-0_arcs_hoehen.gml"
SAMPLES = ("rub_v5-0_BP2070.gml", "rub_v5-0_Demo.gml", "sagis_v5-3_bp_plan1_minimal.gml",
           "sagis_v5-3_bp_plan_schemaINVALID.gml", SAMPLE_60)


def count_classes_with_lxml(path):
    """Features per class counted straight from the XML: elements with gml:id in the XPlan namespace whose
    parent is a feature member or the root (nested geometries and data types are not features)."""
    root = etree.parse(path).getroot()
    counts = collections.Counter()
    for element in root.iter():
        if not isinstance(element.tag, str) or element.get(GML_ID) is None:
            continue
        qname = etree.QName(element)
        if "xplanung.de" not in (qname.namespace or ""):
            continue
        parent = element.getparent()
        if parent is None:
            continue  # the XPlanAuszug itself
        if parent is root or etree.QName(parent).localname in ("featureMember", "member"):
            counts[qname.localname] += 1
    return counts


def read_gpkg(path):
    """{layer: [feature dict incl. '_geom' (ogr.Geometry clone)]} of an XPlan GeoPackage (without xplan_fields)."""
    from osgeo import ogr

    dataset = ogr.Open(path)
    layers = {}
    for index in range(dataset.GetLayerCount()):
        layer = dataset.GetLayerByIndex(index)
        if layer.GetName() == "xplan_fields":
            continue
        rows = []
        for feature in layer:
            row = feature.items()
            geometry = feature.GetGeometryRef()
            row["_geom"] = geometry.Clone() if geometry is not None else None
            rows.append(row)
        layers[layer.GetName()] = rows
    return layers


def features_by_id(layers):
    return {row["gml_id"]: dict(row, _layer=name) for name, rows in layers.items() for row in rows}


@pytest.fixture()
def sample(xplan_dir):
    def _path(name):
        return os.path.join(xplan_dir, name)

    return _path


@pytest.fixture()
def import_sample(sample, tmp_path):
    """import_sample(name) → (gpkg path, document) using the core function."""
    from urban_twin.core.xplan.gpkg import import_xplan

    def _import(name_or_path, target_name=None):
        path = name_or_path if os.path.isabs(name_or_path) else sample(name_or_path)
        target = str(tmp_path / (target_name or os.path.basename(path) + ".gpkg"))
        document, _counts = import_xplan(path, target)
        return target, document

    return _import


@pytest.fixture(scope="session")
def helpers():
    """Test helpers shared across the XPlan test modules (they cannot import each other)."""
    import types

    return types.SimpleNamespace(count_classes_with_lxml=count_classes_with_lxml, read_gpkg=read_gpkg,
                                 features_by_id=features_by_id, GML_ID=GML_ID, SAMPLE_60=SAMPLE_60, SAMPLES=SAMPLES)


@pytest.fixture()
def loads():
    return json.loads
