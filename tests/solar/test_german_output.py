"""A German QGIS gets German field aliases, class labels and messages in the solar outputs."""

import os
import subprocess
import sys

import pytest
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture()
def german(tmp_path):
    """Compile the current sources + glossaries into a temporary .qm (as `make translations` does) and install it."""
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    try:
        import importlib

        i18n_script = importlib.import_module("i18n")
    finally:
        sys.path.pop(0)
    ts = tmp_path / "de.ts"
    i18n_script.extract(str(ts))
    i18n_script.fill(str(ts), i18n_script.load_glossary())
    qm = tmp_path / "de.qm"
    subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_german_aliases_and_labels(german, run_alg, tmp_path, solar_helpers):
    path = solar_helpers.write_surfaces_gpkg(str(tmp_path / "c.gpkg"), {"A": solar_helpers.block_surfaces("A", 500000, 5700000, 10, 8, 6, ridge_rise=5.6)})
    out = str(tmp_path / "solar.gpkg")
    run_alg("urbantwin:solarpotential", {"SURFACES": path + "|layername=building_surfaces", "OUTPUT": out})
    layer = QgsVectorLayer(out + "|layername=solar_potential", "s", "ogr")
    fields = layer.fields()
    assert fields.field("irradiation").alias() == "Jährliche Einstrahlung mit Verschattung (kWh/m²a)"
    assert fields.field("kwp").alias() == "Modulleistung (kWp)"
    (feature,) = list(layer.getFeatures())
    assert feature["suitability"] == "very_good" and feature["suitability_label"] == "sehr gut"
    legend = [r.label() for r in layer.renderer().ranges()]
    assert "1100 – 1200 kWh/m²a" in legend
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as err:
        run_alg("urbantwin:shadow", {"BUILDINGS": path + "|layername=building_surfaces", "DATE": "2026-01-17", "TIMES": "23:00", "OUTPUT": str(tmp_path / "s.gpkg")})
    assert "Polarnacht" in str(err.value)
