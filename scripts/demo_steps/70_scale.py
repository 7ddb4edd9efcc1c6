"""Demo step: a tile folder imported in parallel (issue #16) — the Musterquartier split into four tiles.

The district's CityGML is cut into four tiles from west to east; each tile after the first also carries the first
two buildings of its western neighbour (border duplicates, as official tiles do). The folder is imported with
WORKERS=1 and WORKERS=2 through qgis_process; the step prints both runs' figures and whether the two GeoPackages
hold the same rows.
"""

import os
import re
import shutil
import sqlite3

import demo

MEMBER = re.compile(r"<(\w+:)?cityObjectMember>.*?</(\w+:)?cityObjectMember>", re.S)
X = re.compile(r"<gml:posList[^>]*>\s*([-\d.eE+]+)")


def _split(source, folder, count=4, border=2):
    with open(source, encoding="utf-8") as handle:
        text = handle.read()
    members = list(MEMBER.finditer(text))
    head, tail = text[:members[0].start()], text[members[-1].end():]
    blocks = [match.group(0) for match in members]
    blocks.sort(key=lambda block: float(X.search(block).group(1)) if X.search(block) else 0.0)
    size = -(-len(blocks) // count)
    tiles = [blocks[index:index + size] for index in range(0, len(blocks), size)]
    os.makedirs(folder, exist_ok=True)
    for index, tile in enumerate(tiles):
        extra = tiles[index - 1][:border] if index else []
        with open(os.path.join(folder, "kachel_{}.gml".format(index + 1)), "w", encoding="utf-8") as handle:
            handle.write(head + "\n".join(tile + extra) + tail)
    return len(tiles), len(blocks)


def _rows(path):
    connection = sqlite3.connect("file:{}?mode=ro".format(path), uri=True)
    try:
        return sorted(connection.execute(
            "SELECT gml_id, building_id, height, footprint_area, hex(geom) FROM buildings").fetchall(), key=repr)
    finally:
        connection.close()


def run_step(context, number):
    demo.heading("{}. Scale: the Musterquartier as a tile folder, imported with 1 and 2 worker processes".format(number))
    folder = os.path.join(demo.OUT, "kacheln_parallel")
    shutil.rmtree(folder, ignore_errors=True)
    tiles, members = _split(context["citygml"], folder)
    print("  {} tiles with {} city objects (+ 2 border duplicates per tile after the first)".format(tiles, members))
    outputs = {}
    for workers in (1, 2):
        output = os.path.join(demo.OUT, "kacheln_{}_worker.gpkg".format(workers))
        results = demo.run("urbantwin:importcitymodel", INPUT=folder, WORKERS=workers, OUTPUT=output)
        outputs[workers] = output
        print("  WORKERS={}: {} buildings, {} parts, {} surfaces, {} skipped (border duplicates), complete: {}".format(
            workers, results.get("BUILDINGS"), results.get("PARTS"), results.get("SURFACES"), results.get("SKIPPED"),
            results.get("COMPLETE")))
    print("  same rows (ids, heights, footprint areas, geometry bytes) with 1 and 2 workers: {}".format(
        _rows(outputs[1]) == _rows(outputs[2])))
    _into_postgis(folder, outputs[2], context)


def _into_postgis(folder, reference, context):
    """The same tiles into a throw-away PostgreSQL + PostGIS on 127.0.0.1 (bench/pgserver.py), when installed."""
    import sys

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "bench"))
    import pgserver

    if not pgserver.available():
        print("  PostGIS: PostgreSQL 15 + PostGIS 3 not installed (make deps), skipped")
        return
    with pgserver.temporary_server() as params:
        uri = "postgres://{user}@{host}:{port}/{dbname}?schema=musterquartier".format(**params)
        results = demo.run("urbantwin:importcitymodel", INPUT=folder, WORKERS=2, OUTPUT=uri)
        rows, styles = _counts(params, "SELECT count(*) FROM musterquartier.buildings",
                               "SELECT count(*) FROM public.layer_styles WHERE f_table_schema = 'musterquartier'")
        expected = len(_rows(reference))
        print("  PostGIS (COPY, one transaction): {} buildings, {} rows in musterquartier.buildings (GeoPackage: {}), "
              "{} styles in layer_styles".format(results.get("BUILDINGS"), rows, expected, styles))
        _analysis_on_postgis(params, reference, context)


def _analysis_on_postgis(params, reference, context):
    """The plan check reading the buildings from PostGIS and writing its result there, beside the GeoPackage run."""
    plan = context.plan + "|layername=bp_baugebietsteilflaeche"
    buildings = "postgres://dbname='{dbname}' host={host} port={port} user='{user}' table=\"musterquartier\".\"buildings\" (geom)".format(
        **params)
    target = "postgres://{user}@{host}:{port}/{dbname}?schema=ergebnisse".format(**params)
    on_postgis = demo.run("urbantwin:plancompliance", BUILDINGS=buildings, PLAN=plan, OUTPUT=target)
    on_gpkg = demo.run("urbantwin:plancompliance", BUILDINGS=reference + "|layername=buildings", PLAN=plan,
                       OUTPUT=os.path.join(demo.OUT, "kacheln_compliance.gpkg"))
    rows, provenance = _counts(params, "SELECT count(*) FROM ergebnisse.plan_compliance",
                               "SELECT count(*) FROM ergebnisse.urbantwin_metadata WHERE key = 'provenance'")
    print("  plan check on PostGIS → PostGIS: {} comply, {} exceed ({} rows in ergebnisse.plan_compliance, provenance "
          "rows: {}); the same check on the GeoPackage: {} comply, {} exceed".format(
              int(on_postgis["N_COMPLIES"]), int(on_postgis["N_EXCEEDS"]), rows, provenance,
              int(on_gpkg["N_COMPLIES"]), int(on_gpkg["N_EXCEEDS"])))


def _counts(params, *queries):
    """The first value of each query, in one connection."""
    import psycopg2

    connection = psycopg2.connect(**params)
    try:
        with connection.cursor() as cursor:
            values = []
            for sql in queries:
                cursor.execute(sql)
                values.append(cursor.fetchone()[0])
            return values
    finally:
        connection.close()
