"""Demo step: ISO 19139 metadata for the SDI (urbantwin:exportisometadata, urbantwin:importisometadata)."""

import os
import shutil

import demo


def run_step(context, number):
    demo.heading("{}. ISO 19139 metadata of the solar result for the GDI-DE catalogue, and back into a copy "
                 "(urbantwin:exportisometadata, urbantwin:importisometadata)".format(number))
    from lxml import etree

    xml = os.path.join(demo.OUT, "solarpotenzial_iso19139.xml")
    res = demo.run("urbantwin:exportisometadata", INPUT=context.solar, OUTPUT=xml)
    ns = {"gmd": "http://www.isotc211.org/2005/gmd", "gco": "http://www.isotc211.org/2005/gco"}
    root = etree.parse(xml, etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    title = root.findtext(".//gmd:CI_Citation/gmd:title/gco:CharacterString", namespaces=ns)
    lineage = root.findtext(".//gmd:LI_Lineage/gmd:statement/gco:CharacterString", namespaces=ns) or ""
    sources = len(root.findall(".//gmd:LI_Source", ns))
    print("  {} ({}): {} XML elements, {} lineage sources, {} GDI-DE/INSPIRE rules not met -> {}".format(
        title, res["IDENTIFIER"], sum(1 for _ in root.iter()), sources, int(res["PROBLEMS"]), xml))
    print("  lineage: " + lineage.splitlines()[0][:160] if lineage else "  lineage: (none)")
    copy = os.path.join(demo.OUT, "solarpotenzial_metadaten_kopie.gpkg")
    shutil.copyfile(context.solar.split("|")[0], copy)
    res = demo.run("urbantwin:importisometadata", INPUT=xml, LAYER=copy)
    stored = demo.sql(copy, "SELECT count(*) FROM gpkg_metadata")[0][0]
    print("  metadata {} applied to a copy of the result; saved in its GeoPackage ({} gpkg_metadata rows) -> {}".format(
        res["IDENTIFIER"], stored, copy))
    context.iso_xml = xml
