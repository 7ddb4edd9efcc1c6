"""Records Urban Twin did not write: GDI-DE-style ISO files (tests/catalogue/data/gdide, written for these tests in
the style of the GDI-DE conventions) loaded into the real pycsw with pycsw's own admin tool, searched, shown in the
Katalog dock and the Browser, and their OGC service links opened through QGIS's providers."""

import os

import pytest

pytestmark = pytest.mark.integration

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "gdide")
BPLAN, LOD2, WMS = "7c1d4a6e-2f3b-4c8a-9e51-0b6d2a9f4e21", "e2b7a0c9-51f4-4d3e-8c2a-6a9b1f0d3c47", "b41f0e3d-9a27-4c6b-8d15-3e7c2a8f9b60"


@pytest.fixture()
def sdi_csw(pycsw_server):
    pycsw_server.wipe()
    pycsw_server.load([os.path.join(DATA, name) for name in sorted(os.listdir(DATA))])
    return pycsw_server.url


def test_foreign_gdi_de_records_are_read_correctly(qgis_app, sdi_csw):
    from urban_twin.core.catalogue.csw import CSWCatalogue
    from urban_twin.core.catalogue.record import record_bbox, summary
    from urban_twin.core.catalogue.services import layer_uri, service_links

    catalogue = CSWCatalogue(sdi_csw)
    page = catalogue.search()
    assert page.matched == 3 and page.skipped == 0
    records = {r["id"]: r for r in page.records}
    assert set(records) == {BPLAN, LOD2, WMS}
    bplan = records[BPLAN]["properties"]
    assert bplan["title"] == "Bebauungspläne der Stadt Musterstadt (XPlanung)"
    assert bplan["license"] == "DL-DE-ZERO-2.0" and bplan["keywords"] == ["Bebauungsplan", "XPlanung"]
    assert bplan["themes"][0]["concepts"] == [{"id": "lu", "url": "http://inspire.ec.europa.eu/theme/lu"}]
    assert bplan["udt:crs"] == "EPSG:25832" and bplan["created"] == "2019-05-02" and bplan["updated"] == "2025-03-01"
    assert bplan["contacts"][0]["organization"] == "Stadt Musterstadt, Stadtplanungsamt"
    assert record_bbox(records[BPLAN]) == (9.681, 52.314, 9.842, 52.409)
    assert records[LOD2]["properties"]["license"] == "CC-BY-4.0"
    assert records[WMS]["properties"]["type"] == "service" and records[WMS]["properties"]["license"] == "DL-DE-BY-2.0"
    assert summary(records[BPLAN])["updated"] == "2025-03-01"
    # service links: the WMS layer and the WFS feature type; request parameters of the capabilities URL dropped
    links = {link["kind"]: link for link in service_links(records[BPLAN])}
    assert set(links) == {"wms", "wfs"} and links["wms"]["name"] == "BP_Planvektor"
    provider, kind, uri = layer_uri(links["wms"])
    assert (provider, kind) == ("wms", "raster") and "layers=BP_Planvektor" in uri
    assert "url=https://geodienste.musterstadt.example/wms/bplan" in uri and "GetCapabilities" not in uri
    provider, kind, uri = layer_uri(links["wfs"])
    assert (provider, kind) == ("WFS", "vector") and "typename='xplan:BP_Plan'" in uri
    assert [link["kind"] for link in service_links(records[LOD2])] == ["oapif"]
    # search by words of the abstract, by bbox and by type over foreign records
    assert [r["id"] for r in catalogue.search(q="Dachformen").records] == [LOD2]
    assert {r["id"] for r in catalogue.search(bbox=(9.75, 52.35, 9.76, 52.36)).records} == {BPLAN, LOD2, WMS}
    assert catalogue.search(bbox=(10.5, 53.0, 10.6, 53.1)).records == []
    assert [r["id"] for r in catalogue.search(record_type="service").records] == [WMS]


def test_a_foreign_download_without_checksum_is_not_loaded_unverified(qgis_app, sdi_csw, tmp_path):
    from urban_twin.core.catalogue.assets import IntegrityError
    from urban_twin.core.catalogue.csw import CSWCatalogue
    from urban_twin.core.catalogue.sync import fetch_record

    with pytest.raises(IntegrityError) as info:
        fetch_record(CSWCatalogue(sdi_csw), LOD2, cache_dir=str(tmp_path / "cache"))
    assert "SHA-256" in str(info.value)


def test_dock_and_browser_show_the_sdi_records(qgis_app, qgis_iface, sdi_csw, tmp_path):
    from pytest_qgis.utils import wait_until

    from urban_twin.core.catalogue.connections import Connection, remove_connection, save_connection
    from urban_twin.ui.catalogue_browser import ConnectionItem
    from urban_twin.ui.catalogue_dock import CatalogueDock

    connection = Connection("GDI Musterstadt", "csw", sdi_csw)
    save_connection(connection)
    try:
        dock = CatalogueDock(qgis_iface, None)
        dock.connection_combo.setCurrentIndex(dock.connection_combo.findData("GDI Musterstadt"))
        dock.search_edit.setText("Musterstadt")
        dock.run_search()
        assert wait_until(lambda: dock.search_task is None, timeout_milliseconds=20000)
        titles = sorted(dock.results.topLevelItem(i).text(0) for i in range(dock.results.topLevelItemCount()))
        assert titles == ["3D-Gebäudemodell LoD2 Musterstadt", "Bebauungspläne der Stadt Musterstadt (XPlanung)",
                          "WMS Bebauungspläne Musterstadt"]
        assert dock.status_label.text() == "3 of 3 records shown."
        item = ConnectionItem(None, connection)
        children = item.createChildren()
        assert sorted(child.name() for child in children) == titles
        wms_item = [c for c in children if c.record_id == WMS][0]
        uri = wms_item.mimeUri()
        assert uri.providerKey == "wms" and "layers=BP_Planvektor" in uri.uri
    finally:
        remove_connection("GDI Musterstadt")


def test_oapif_link_is_opened_by_the_qgis_provider_against_a_real_server(qgis_app, catalogue_url, pygeoapi_server):
    """A record whose link is an OGC API – Features service (the real pygeoapi on loopback serves one collection)."""
    from urban_twin.core.catalogue.oarec import OARecCatalogue
    from urban_twin.core.catalogue.record import build_record, finalise
    from urban_twin.core.catalogue.services import service_layer, service_links

    OARecCatalogue(catalogue_url).create(finalise(build_record("Objekt A", bbox=(9.9, 53.5, 10.0, 53.6))))
    OARecCatalogue(catalogue_url).create(finalise(build_record("Objekt B", bbox=(10.0, 53.5, 10.1, 53.6))))
    record = build_record("Dienst", bbox=(9.9, 53.5, 10.1, 53.6))
    record["links"].append({"rel": "service", "protocol": "OGC API - Features", "href": pygeoapi_server.base + "?f=json",
                            "name": "results"})
    (link,) = service_links(record)
    layer = service_layer(link)
    assert layer.isValid() and layer.providerType() == "OAPIF" and layer.featureCount() == 2
    from urban_twin.core.errors import UrbanTwinError

    with pytest.raises(UrbanTwinError):
        service_layer({"kind": "wms", "href": "file:///etc/passwd", "name": "x"})
