"""A real full disk (a small tmpfs mounted here; needs root, skipped with the reason otherwise).

For every writer: a good old output in the small file system, the rest filled up to a few KB/100s of KB, then the
run. It must fail (the Processing error that makes qgis_process exit non-zero), name the output, leave the old
output byte-for-byte as it was and no temporary file. A control run with the filler removed then succeeds on the
very same file system, so the failures are the full disk's and nothing else's.
"""

import hashlib
import os
import sqlite3

import pytest
from harness import BP2070, NRW, SIG3D, fill_to
from qgis.core import QgsProcessingException


def _sha(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def _ours(folder):
    return sorted(name for name in os.listdir(folder) if name != "filler.bin")


def _full_disk_run(run_alg, folder, algorithm, parameters, output, free_bytes):
    """Old output present, disk filled to ``free_bytes``: the run must fail and change nothing."""
    old = _sha(output)
    before = _ours(folder)
    filler = fill_to(folder, free_bytes)
    try:
        with pytest.raises(QgsProcessingException) as caught:
            run_alg(algorithm, parameters)
    finally:
        os.unlink(filler)
    assert _sha(output) == old
    assert _ours(folder) == before  # no temporary file, no journal
    return str(caught.value)


def _integrity(path):
    connection = sqlite3.connect("file:{}?mode=ro".format(path), uri=True)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


@pytest.mark.parametrize("free_kb", [16, 700])  # fails at the first commit / at a late commit
def test_importcitymodel_on_a_full_disk(free_kb, small_fs, run_alg):
    folder = small_fs(4096)
    output = os.path.join(folder, "city.gpkg")
    run_alg("urbantwin:importcitymodel", {"INPUT": [SIG3D], "OUTPUT": output})  # the good old result
    message = _full_disk_run(run_alg, folder, "urbantwin:importcitymodel", {"INPUT": [NRW], "OUTPUT": output}, output,
                             free_kb * 1024)
    assert "city.gpkg" in message and ("full" in message or "written" in message), message
    results = run_alg("urbantwin:importcitymodel", {"INPUT": [NRW], "OUTPUT": output})  # control: room enough
    assert results["BUILDINGS"] == 83 and results["COMPLETE"] is True and _integrity(output) == "ok"


@pytest.mark.parametrize("free_kb", [16, 400])
def test_importxplan_on_a_full_disk(free_kb, small_fs, run_alg):
    folder = small_fs(3072)
    output = os.path.join(folder, "plan.gpkg")
    run_alg("urbantwin:importxplan", {"INPUT": os.path.join(os.path.dirname(BP2070), "sagis_v5-3_bp_plan1_minimal.gml"),
                                      "OUTPUT": output})
    message = _full_disk_run(run_alg, folder, "urbantwin:importxplan", {"INPUT": BP2070, "OUTPUT": output}, output,
                             free_kb * 1024)
    assert "plan.gpkg" in message, message
    results = run_alg("urbantwin:importxplan", {"INPUT": BP2070, "OUTPUT": output})
    assert results["FEATURES"] == 314 and results["COMPLETE"] is True and _integrity(output) == "ok"


@pytest.mark.parametrize("free_kb", [200])  # the features fit, the style and metadata do not
def test_solar_potential_writer_on_a_full_disk(free_kb, small_fs, run_alg, nrw_gpkg):
    folder = small_fs(4096)
    output = os.path.join(folder, "solar.gpkg")
    parameters = {"SURFACES": nrw_gpkg + "|layername=building_surfaces", "MONTHLY_GHI": "1000", "OUTPUT": output}
    with open(output, "wb") as handle:
        handle.write(b"old solar result\n" * 1000)
    message = _full_disk_run(run_alg, folder, "urbantwin:solarpotential", parameters, output, free_kb * 1024)
    assert "solar.gpkg" in message, message
    run_alg("urbantwin:solarpotential", parameters)
    assert _integrity(output) == "ok"


def _districts(folder):
    """One polygon around the NRW tile with a name (the council map's coverage layer)."""
    from osgeo import ogr, osr

    path = os.path.join(folder, "districts.gpkg")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    layer = dataset.CreateLayer("districts", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature["name"] = "Kachel"
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((280000 5657000,281000 5657000,281000 5658000,280000 5658000,"
                                                  "280000 5657000))"))
    layer.CreateFeature(feature)
    dataset = None
    return path + "|layername=districts"


def test_council_map_pdf_on_a_full_disk(small_fs, run_alg, nrw_gpkg, tmp_path):
    folder = small_fs(4096)
    output = os.path.join(folder, "ratsvorlage.pdf")
    districts = _districts(str(tmp_path))
    parameters = {"LAYERS": [districts, nrw_gpkg + "|layername=footprints"], "COVERAGE": districts,
                  "PAGE_NAME_FIELD": "name", "TITLE": "Volle Platte", "OUTPUT": output}
    with open(output, "wb") as handle:
        handle.write(b"%PDF-1.4 old council map\n%%EOF\n")
    message = _full_disk_run(run_alg, folder, "urbantwin:councilmap", parameters, output, 8 * 1024)
    assert "ratsvorlage.pdf" in message, message
    run_alg("urbantwin:councilmap", parameters)
    with open(output, "rb") as handle:
        data = handle.read()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-2048:] and len(data) > 10000


def test_shadow_writer_on_a_full_disk(small_fs, run_alg, nrw_gpkg):
    folder = small_fs(2048)
    output = os.path.join(folder, "schatten.gpkg")
    parameters = {"BUILDINGS": nrw_gpkg + "|layername=building_surfaces", "DATE": "2026-03-21", "TIMES": "10:00, 14:00",
                  "OUTPUT": output}
    with open(output, "wb") as handle:
        handle.write(b"old shadows\n" * 1000)
    message = _full_disk_run(run_alg, folder, "urbantwin:shadow", parameters, output, 8 * 1024)
    assert "schatten.gpkg" in message, message
    assert run_alg("urbantwin:shadow", parameters)["SHADOW_COUNT"] > 0 and _integrity(output) == "ok"


def test_sun_hours_raster_on_a_full_disk(small_fs, run_alg, tmp_path):
    city = str(tmp_path / "sig3d.gpkg")
    run_alg("urbantwin:importcitymodel", {"INPUT": [SIG3D], "OUTPUT": city})
    folder = small_fs(1024)
    output = os.path.join(folder, "sonnenstunden.tif")
    parameters = {"BUILDINGS": city + "|layername=building_surfaces", "DATE": "2026-06-21", "STEP_MINUTES": 30,
                  "CELL_SIZE": 0.5, "OUTPUT_RASTER": output}
    with open(output, "wb") as handle:
        handle.write(b"old raster\n" * 100)
    message = _full_disk_run(run_alg, folder, "urbantwin:sunhours", parameters, output, 0)
    assert "sonnenstunden.tif" in message, message
    run_alg("urbantwin:sunhours", parameters)
    from osgeo import gdal

    assert gdal.Open(output).GetRasterBand(1).Checksum() >= 0


def test_exportxplan_on_a_full_disk(small_fs, run_alg, tmp_path):
    plan = str(tmp_path / "plan.gpkg")
    run_alg("urbantwin:importxplan", {"INPUT": BP2070, "OUTPUT": plan})
    folder = small_fs(1024)
    output = os.path.join(folder, "export.gml")
    with open(output, "wb") as handle:
        handle.write(b"<old/>\n" * 100)
    message = _full_disk_run(run_alg, folder, "urbantwin:exportxplan", {"INPUT": plan, "OUTPUT": output}, output, 16 * 1024)
    assert "export.gml" in message and "No space left" in message, message
