"""ISO 19139 metadata: valid against the ISO XSDs (the offline copy pycsw ships, validated with lxml), the offline
GDI-DE / INSPIRE rules, and the QGIS layer metadata ⇄ ISO round trip through the two algorithms."""

import json
import os

import pytest


def _schema_dir():
    import glob

    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    python = os.environ.get("URBANTWIN_CSW_SERVER_PY") or os.path.join(root, ".venv-csw-server", "bin", "python")
    venv = os.path.dirname(os.path.dirname(python))
    found = glob.glob(os.path.join(venv, "lib", "python3*", "site-packages", "pycsw", "plugins", "profiles", "apiso", "schemas",
                                   "ogc", "iso", "19139", "20070417"))
    assert found, "ISO 19139 schemas of pycsw missing; run make deps"
    return found[0]


def full_layer(tmp_path, shared_dir=None):
    """A GeoPackage layer with every metadata field Urban Twin sets."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsFeature,
        QgsGeometry,
        QgsLayerMetadata,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )

    from urban_twin.core.provenance import apply_to_metadata

    memory = QgsVectorLayer("Polygon?crs=EPSG:25832", "Verschattung", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((562000 5933000,562400 5933000,562400 5933300,562000 5933300,562000 5933000))"))
    memory.dataProvider().addFeatures([feature])
    memory.updateExtents()
    path = str(tmp_path / "ergebnis.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "verschattung"
    from qgis.core import QgsCoordinateTransformContext

    writer = getattr(QgsVectorFileWriter, "writeAsVectorFormatV3", None) or QgsVectorFileWriter.writeAsVectorFormatV2
    assert writer(memory, path, QgsCoordinateTransformContext(), options)[0] == QgsVectorFileWriter.WriterError.NoError
    layer = QgsVectorLayer(path + "|layername=verschattung", "Verschattung", "ogr")
    assert layer.isValid()
    md = QgsLayerMetadata()
    md.setIdentifier("urn:udt:result:5b0c4f7e-8f0a-4c2e-9d59-3f1f1c2a7b10")
    md.setTitle("Verschattung Altona 21. Juni")
    md.setAbstract("Stunden ohne direkte Sonne je Fläche, berechnet aus dem LoD2-Modell.")
    md.setType("dataset")
    md.setLanguage("de")
    md.setKeywords({"udt:keywords": ["Verschattung", "Stadtklima"], "Umweltthesaurus UMTHES": ["Besonnung"],
                    "GEMET - INSPIRE themes, version 1.0": ["Gebäude"]})
    md.setCategories(["Planning Cadastre", "Structure"])
    md.setLicenses(["DL-DE-BY-2.0"])
    md.setRights(["© Freie und Hansestadt Hamburg 2024"])
    contact = QgsLayerMetadata.Contact("Erika Mustermann")
    contact.organization = "Freie und Hansestadt Hamburg, Landesbetrieb Geoinformation"
    contact.position = "Sachbearbeitung Stadtklima"
    contact.role = "pointOfContact"
    contact.email = "geodaten@example.org"
    contact.voice = "+49 40 123456"
    md.setContacts([contact])
    md.setCrs(QgsCoordinateReferenceSystem("EPSG:25832"))
    md.setLinks([QgsLayerMetadata.Link("Darstellungsdienst", "OGC:WMS", "https://geodienste.example.org/wms?SERVICE=WMS")])
    apply_to_metadata(md, {"algorithm": "urbantwin:shadowhours", "algorithmVersion": "0.2.0", "pluginVersion": "0.2.0",
                           "qgisVersion": "3.22.16", "parameters": {"DATE": "2024-06-21"}, "runAt": "2024-07-01T09:58:12Z",
                           "inputs": [{"name": "LoD2 Hamburg 2023", "sha256": "ab" * 32}]})
    layer.setMetadata(md)
    return layer


def test_every_publication_is_schema_valid_and_meets_the_offline_rules(qgis_app, tmp_path):
    from lxml import etree

    from urban_twin.core.catalogue.isometa import layer_iso_bytes
    from urban_twin.core.catalogue.isorules import convention_problems, schema_errors

    layer = full_layer(tmp_path)
    data = layer_iso_bytes(layer)
    assert schema_errors(data, _schema_dir()) == []
    assert convention_problems(data) == []
    root = etree.fromstring(data)
    assert root.tag == "{http://www.isotc211.org/2005/gmd}MD_Metadata"
    ns = {"gmd": "http://www.isotc211.org/2005/gmd", "gco": "http://www.isotc211.org/2005/gco", "gmx": "http://www.isotc211.org/2005/gmx"}
    # licence: text + URL in useLimitation and otherConstraints, GDI-DE JSON block
    others = [e.text for e in root.iterfind(".//gmd:MD_LegalConstraints/gmd:otherConstraints/gco:CharacterString", ns)]
    assert "Datenlizenz Deutschland – Namensnennung – Version 2.0 (https://www.govdata.de/dl-de/by-2-0)" in others
    block = json.loads([t for t in others if t.startswith("{")][0])
    assert block == {"id": "dl-by-de/2.0", "name": "Datenlizenz Deutschland – Namensnennung – Version 2.0",
                     "url": "https://www.govdata.de/dl-de/by-2-0", "quelle": "Freie und Hansestadt Hamburg, Landesbetrieb Geoinformation"}
    # INSPIRE theme as anchor; opendata keyword; bbox of the layer in WGS84 (independently transformed here)
    anchor = root.find(".//gmd:keyword/gmx:Anchor", ns)
    assert (anchor.text, anchor.get("{http://www.w3.org/1999/xlink}href")) == ("Gebäude", "http://inspire.ec.europa.eu/theme/bu")
    assert "opendata" in [e.text for e in root.iterfind(".//gmd:keyword/gco:CharacterString", ns)]
    from pyproj import Transformer

    to_wgs = Transformer.from_crs("EPSG:25832", "EPSG:4326", always_xy=True)
    corners = [to_wgs.transform(x, y) for x in (562000, 562400) for y in (5933000, 5933300)]
    west = float(root.findtext(".//gmd:westBoundLongitude/gco:Decimal", namespaces=ns))
    north = float(root.findtext(".//gmd:northBoundLatitude/gco:Decimal", namespaces=ns))
    assert west == pytest.approx(min(c[0] for c in corners), abs=1e-6) and north == pytest.approx(max(c[1] for c in corners), abs=1e-6)
    # lineage: the provenance chain with the input's hash
    statement = root.findtext(".//gmd:LI_Lineage/gmd:statement/gco:CharacterString", namespaces=ns)
    assert "urbantwin:shadowhours" in statement and "0.2.0" in statement and "ab" * 32 in statement
    assert root.findtext(".//gmd:LI_Source/gmd:description/gco:CharacterString", namespaces=ns).endswith("SHA-256: " + "ab" * 32)
    assert root.findtext(".//gmd:RS_Identifier/gmd:code/gmx:Anchor", namespaces=ns) == "EPSG:25832"


def test_rules_catch_what_gdi_de_and_inspire_refuse(qgis_app):
    from lxml import etree

    from urban_twin.core.catalogue.iso19139 import record_to_iso
    from urban_twin.core.catalogue.isorules import convention_problems
    from urban_twin.core.catalogue.record import build_record

    record = build_record("Titel", "Titel", ["x"], bbox=(10.1, 53.5, 10.2, 53.6), license_id="DL-DE-BY-2.0")
    root = etree.fromstring(record_to_iso(record))
    ns = {"gmd": "http://www.isotc211.org/2005/gmd", "gco": "http://www.isotc211.org/2005/gco"}
    root.find(".//gmd:westBoundLongitude/gco:Decimal", ns).text = "10.3"  # west > east
    data = etree.tostring(root)
    rules = {rule for rule, _message in convention_problems(data)}
    assert {"GDI-DE-abstractDiffersFromTitle", "INSPIRE-metadataPointOfContact", "INSPIRE-responsibleParty",
            "INSPIRE-boundingBoxValues", "INSPIRE-referenceSystem"} <= rules
    for node in root.iterfind(".//gmd:keyword", ns):
        if node.findtext("gco:CharacterString", namespaces=ns) == "opendata":
            node.getparent().remove(node)
    assert "GDI-DE-opendataKeyword" in {rule for rule, _m in convention_problems(etree.tostring(root))}


def test_hostile_iso_is_refused_without_reading_entities(qgis_app, tmp_path):
    from urban_twin.core.catalogue.isoread import iso_to_record
    from urban_twin.core.catalogue.record import RecordError

    hostile = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
               b'<gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco">'
               b'<gmd:fileIdentifier><gco:CharacterString>a1</gco:CharacterString></gmd:fileIdentifier>'
               b'<gmd:identificationInfo><gmd:MD_DataIdentification><gmd:citation><gmd:CI_Citation><gmd:title>'
               b'<gco:CharacterString>&e;</gco:CharacterString></gmd:title></gmd:CI_Citation></gmd:citation>'
               b'</gmd:MD_DataIdentification></gmd:identificationInfo></gmd:MD_Metadata>')
    record = iso_to_record(hostile)
    assert "root:" not in json.dumps(record)
    with pytest.raises(RecordError):
        iso_to_record(b"<not xml")


def test_layer_metadata_round_trip_through_the_algorithms(qgis_app, run_alg, tmp_path):
    """export → file → import into another GeoPackage layer → saved in the GeoPackage: every field comes back."""
    from qgis.core import QgsVectorLayer

    from urban_twin.core.provenance import read_from_metadata

    source = full_layer(tmp_path)
    before = source.metadata()
    xml = str(tmp_path / "metadaten.xml")
    result = run_alg("urbantwin:exportisometadata", {"INPUT": source, "OUTPUT": xml})
    assert result["IDENTIFIER"] == before.identifier() and result["PROBLEMS"] == 0
    assert [n for n in os.listdir(tmp_path) if n.endswith(".part.xml")] == []
    (tmp_path / "other").mkdir()
    target_dir = tmp_path / "other"
    target = full_layer(target_dir)  # same data, then stripped of its metadata
    from qgis.core import QgsLayerMetadata

    target.setMetadata(QgsLayerMetadata())
    run_alg("urbantwin:importisometadata", {"INPUT": xml, "LAYER": target})
    reloaded = QgsVectorLayer(str(target_dir / "ergebnis.gpkg") + "|layername=verschattung", "neu", "ogr")
    after = reloaded.metadata()  # read back from the GeoPackage by QGIS itself
    assert after.identifier() == before.identifier()
    assert after.title() == before.title() and after.abstract() == before.abstract()
    assert after.type() == before.type() and after.language() == before.language()
    for vocabulary in ("udt:keywords", "Umweltthesaurus UMTHES", "GEMET - INSPIRE themes, version 1.0"):
        assert after.keywords().get(vocabulary) == before.keywords()[vocabulary], vocabulary
    assert after.categories() == before.categories()
    assert after.licenses() == before.licenses() and after.rights() == before.rights()
    (c1,), (c2,) = before.contacts(), after.contacts()
    assert (c2.name, c2.organization, c2.position, c2.role, c2.email, c2.voice) == (c1.name, c1.organization, c1.position, c1.role,
                                                                                   c1.email, c1.voice)
    assert after.crs().authid() == "EPSG:25832"
    links = [(link.name, link.type, link.url) for link in after.links()]
    assert ("Darstellungsdienst", "OGC:WMS", "https://geodienste.example.org/wms?SERVICE=WMS") in links
    assert read_from_metadata(after) == read_from_metadata(before)
    box = after.extent().spatialExtents()[0].bounds
    assert 9.9 < box.xMinimum() < box.xMaximum() < 10.0 and 53.5 < box.yMinimum() < box.yMaximum() < 53.6


def test_every_published_geopackage_carries_schema_valid_iso(qgis_app, tmp_path, small_layer):
    """Any backend (here the embedded local one): the published GeoPackage has an ISO 19139 gpkg_metadata row for its
    table, schema-valid, naming the record."""
    import sqlite3

    from urban_twin.core.catalogue.isoread import iso_to_record
    from urban_twin.core.catalogue.isorules import schema_errors
    from urban_twin.core.catalogue.local import LocalCatalogue
    from urban_twin.core.catalogue.outbox import Outbox
    from urban_twin.core.catalogue.record import enclosure, sha256_from_checksum
    from urban_twin.core.catalogue.sync import publish_layer

    catalogue = LocalCatalogue(str(tmp_path / "cat"))
    record_id, state = publish_layer(small_layer, catalogue, title="Besonnung", outbox=Outbox(str(tmp_path / "ob")))
    assert state == "done"
    sha = sha256_from_checksum(enclosure(catalogue.get(record_id))["file:checksum"])
    with sqlite3.connect(os.path.join(catalogue.folder, "assets", sha + ".gpkg")) as db:
        rows = db.execute("SELECT r.table_name, m.metadata FROM gpkg_metadata m JOIN gpkg_metadata_reference r ON r.md_file_id = m.id "
                          "WHERE m.md_standard_uri = 'http://www.isotc211.org/2005/gmd'").fetchall()
    assert len(rows) == 1 and rows[0][0] == "result"
    data = rows[0][1].encode("utf-8")
    assert schema_errors(data, _schema_dir()) == []
    described = iso_to_record(data)
    assert described["id"] == record_id and described["properties"]["udt:crs"] == "EPSG:25832"
    assert described["properties"]["title"] == "Besonnung"
