"""Analyses on a shared database (issue #16 item 4): the Musterquartier chain reads its city model from PostGIS and
writes every result to PostGIS; each result must equal the GeoPackage run of the same chain, row for row.

Real PostgreSQL 15 + PostGIS 3 (tests/scale/conftest.py). The GeoPackage run is the reference; rows are compared
order-independently (a database returns rows in its own order), geometries by their area and centroid to 1 cm.
"""

import os
import re
import subprocess
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "bench"))

import pgserver  # noqa: E402

FAST_SOLAR = {"TIME_STEP": 0, "AZIMUTHS": 8, "SAMPLE_SPACING": 6.0, "RESOLUTION": 2.0, "MAX_DISTANCE": 60.0}


def _target(server, schema, table=None):
    uri = "postgres://{user}@{host}:{port}/{dbname}?schema={schema}".format(schema=schema, **server)
    return uri + ("&table=" + table if table else "")


def _query(server, sql, params=()):
    return pgserver.query(server, sql, params)


def _rows(layer):
    """Order-independent content: attributes (fid left out) + area and centroid of the geometry, rounded."""
    assert layer.isValid(), layer.source()
    names = [field.name() for field in layer.fields() if field.name() != "fid"]
    rows = []
    for feature in layer.getFeatures():
        values = []
        for name in names:
            value = feature[name]
            if value is None or (hasattr(value, "isNull") and value.isNull()):
                value = None
            elif isinstance(value, float):
                value = round(value, 6)
            values.append(value)
        geometry = feature.geometry()
        if geometry is not None and not geometry.isNull():
            centroid = geometry.centroid().asPoint()
            values += [round(geometry.area(), 2), round(centroid.x(), 2), round(centroid.y(), 2)]
        rows.append(tuple(values))
    return names, sorted(rows, key=repr)


def _layer(source):
    from qgis.core import QgsVectorLayer

    if source.startswith("postgres://"):
        return QgsVectorLayer(source.split("://", 1)[1], "result", "postgres")
    return QgsVectorLayer(source, "result", "ogr")


@pytest.fixture(scope="module")
def chain_inputs(musterquartier, postgis_server, urbantwin_provider, tmp_path_factory):
    """The Musterquartier city model once into a GeoPackage and once into PostGIS; the plan as GeoPackage."""
    import processing

    from urban_twin.core.storage.postgis import layer_uri

    folder = tmp_path_factory.mktemp("pgchain")
    gpkg = processing.run("urbantwin:importcitymodel", {"INPUT": [musterquartier["citygml"]], "OUTPUT": str(folder / "city.gpkg")})
    city_target = _target(postgis_server, "stadtmodell")
    database = processing.run("urbantwin:importcitymodel", {"INPUT": [musterquartier["citygml"]], "OUTPUT": city_target})
    assert database["BUILDINGS"] == gpkg["BUILDINGS"] == musterquartier["buildings"]
    plan = processing.run("urbantwin:importxplan", {"INPUT": musterquartier["xplan"], "OUTPUT": str(folder / "plan.gpkg")})
    postgres = {table: "postgres://" + layer_uri(city_target, table) for table in ("buildings", "building_surfaces")}
    files = {table: "{}|layername={}".format(gpkg["OUTPUT"], table) for table in ("buildings", "building_surfaces")}
    return {"folder": folder, "gpkg": files, "postgres": postgres,
            "plan": "{}|layername=bp_baugebietsteilflaeche".format(plan["OUTPUT"]),
            "districts": musterquartier["districts"] + "|layername=quartiere"}


def _chain(inputs, outputs):
    """plan check, district figures, solar, shadow: sources from ``inputs``, results to ``outputs[name]``."""
    import processing

    results = {}
    results["compliance"] = processing.run("urbantwin:plancompliance", {
        "BUILDINGS": inputs["buildings"], "PLAN": inputs["plan"], "PLAN_ID_FIELD": "gml_id", "GRZ_FIELD": "GRZ",
        "GFZ_FIELD": "GFZ", "Z_FIELD": "Z", "ZONE_TYPE_FIELD": "baugebiet_token",
        "OUTPUT": outputs["compliance"], "OUTPUT_BUILDINGS": outputs["compliance_buildings"]})
    results["districts"] = processing.run("urbantwin:districtfigures", {
        "DISTRICTS": inputs["districts"], "NAME_FIELD": "name", "BUILDINGS": inputs["buildings"], "OUTPUT": outputs["districts"]})
    results["solar"] = processing.run("urbantwin:solarpotential", dict(
        FAST_SOLAR, SURFACES=inputs["building_surfaces"], OUTPUT=outputs["solar"], OUTPUT_BUILDINGS=outputs["solar_buildings"]))
    results["shadow"] = processing.run("urbantwin:shadow", {
        "BUILDINGS": inputs["buildings"], "DATE": "2026-03-21", "TIMES": "09:00, 12:00, 15:00", "OUTPUT": outputs["shadow"]})
    return results


RESULT_KEYS = (("compliance", "OUTPUT"), ("compliance_buildings", None), ("districts", "OUTPUT"), ("solar", "OUTPUT"),
               ("solar_buildings", None), ("shadow", "OUTPUT"))


def _output_of(results, name):
    if name == "compliance_buildings":
        return results["compliance"]["OUTPUT_BUILDINGS"]
    if name == "solar_buildings":
        return results["solar"]["OUTPUT_BUILDINGS"]
    return results[name]["OUTPUT"]


@pytest.fixture(scope="module")
def both_runs(chain_inputs, postgis_server):
    folder = chain_inputs["folder"]
    names = [name for name, _key in RESULT_KEYS]
    gpkg_outputs = {name: str(folder / (name + ".gpkg")) for name in names}
    reference = _chain(dict(chain_inputs["gpkg"], plan=chain_inputs["plan"], districts=chain_inputs["districts"]), gpkg_outputs)
    # one schema for all results; the two outputs of one algorithm take their own layer names as tables
    db_outputs = {name: _target(postgis_server, "ergebnisse") for name in names}
    db_outputs["districts"] = _target(postgis_server, "ergebnisse", "kennzahlen")  # an explicit table name
    shared = _chain(dict(chain_inputs["postgres"], plan=chain_inputs["plan"], districts=chain_inputs["districts"]), db_outputs)
    return reference, shared


def test_every_result_of_the_chain_on_postgis_equals_the_geopackage_run(both_runs):
    reference, shared = both_runs
    for name, _key in RESULT_KEYS:
        source = _output_of(shared, name)
        assert source.startswith("postgres://") and "table=" in source, (name, source)
        names_ref, rows_ref = _rows(_layer(_output_of(reference, name)))
        names_db, rows_db = _rows(_layer(source))
        assert names_db == names_ref, name
        assert rows_ref, name  # a chain that computed nothing proves nothing
        assert rows_db == rows_ref, name
    for key in ("N_EXCEEDS", "N_COMPLIES", "N_NOT_DETERMINABLE"):
        assert shared["compliance"][key] == reference["compliance"][key]
    assert shared["compliance"]["N_EXCEEDS"] == 3  # the Musterquartier's documented exceedances
    assert shared["solar"]["TOTAL_KWH"] == pytest.approx(reference["solar"]["TOTAL_KWH"], rel=1e-9)


def test_results_carry_styles_and_provenance_in_the_database(both_runs, postgis_server):
    from urban_twin.core.provenance import read_from_metadata
    from urban_twin.core.storage.postgis_results import load_metadata

    _reference, shared = both_runs
    tables = {re.search(r'table="ergebnisse"\."([^"]+)"', _output_of(shared, name)).group(1) for name, _k in RESULT_KEYS}
    assert "kennzahlen" in tables and len(tables) == len(RESULT_KEYS)  # six tables, none overwrote another
    styled = {row[0] for row in _query(postgis_server, "SELECT f_table_name FROM public.layer_styles WHERE f_table_schema = "
                                                       "'ergebnisse' AND useasdefault")}
    assert tables <= styled
    compliance = _layer(shared["compliance"]["OUTPUT"])
    assert compliance.renderer().type() == "categorizedSymbol"  # the traffic light, applied from layer_styles on load
    assert compliance.renderer().classAttribute() == "status"
    metadata = load_metadata(compliance)
    provenance = read_from_metadata(metadata)
    assert provenance["algorithm"] == "urbantwin:plancompliance"
    assert any("stadtmodell" in str(source) for source in provenance["inputs"])  # the city model table it read
    stored = dict(_query(postgis_server, "SELECT table_name, value FROM ergebnisse.urbantwin_metadata WHERE key = 'provenance'"))
    assert set(stored) == tables
    # no staging table survives a successful run
    assert not _query(postgis_server, "SELECT tablename FROM pg_tables WHERE schemaname = 'ergebnisse' AND tablename LIKE '\\_ut\\_%'")


def test_a_failed_result_write_leaves_the_old_table(both_runs, postgis_server, chain_inputs):
    """Atomic per result: a run that fails while writing keeps the table of the previous run untouched."""
    import processing
    from qgis.core import QgsProcessingException

    _reference, shared = both_runs
    table = re.search(r'table="ergebnisse"\."([^"]+)"', shared["shadow"]["OUTPUT"]).group(1)
    count_sql = 'SELECT count(*), sum(ST_Area(geom)) FROM ergebnisse."{}"'.format(table)
    before = _query(postgis_server, count_sql)[0]
    assert before[0] > 0
    # a lock on the old table: the new run cannot drop it and fails after loading its staging table
    import psycopg2

    blocker = psycopg2.connect(**postgis_server)
    try:
        with blocker.cursor() as cursor:
            cursor.execute("SET lock_timeout = 0")
            cursor.execute('LOCK TABLE ergebnisse."{}" IN ACCESS SHARE MODE'.format(table))  # a reader mid-query
            with pytest.raises(QgsProcessingException):
                processing.run("urbantwin:shadow", {
                    "BUILDINGS": chain_inputs["postgres"]["buildings"], "DATE": "2026-06-21", "TIMES": "12:00",
                    "OUTPUT": _target(postgis_server, "ergebnisse") + "&lock_timeout=0.5"})
    finally:
        blocker.rollback()
        blocker.close()
    assert _query(postgis_server, count_sql)[0] == before
    assert not _query(postgis_server, "SELECT tablename FROM pg_tables WHERE schemaname = 'ergebnisse' AND tablename LIKE '\\_ut\\_%'")


def test_council_map_from_postgis_layers_shows_what_the_geopackage_one_shows(both_runs, chain_inputs, tmp_path):
    import processing

    reference, shared = both_runs
    pdfs = {}
    for label, results in (("gpkg", reference), ("postgres", shared)):
        output = str(tmp_path / (label + ".pdf"))
        processing.run("urbantwin:councilmap", {
            "LAYERS": [_output_of(results, "compliance"), _output_of(results, "shadow")],
            "FIGURES": _output_of(results, "districts"), "TITLE": "Musterquartier", "OUTPUT": output})
        pdfs[label] = output
    texts = {}
    for label, path in pdfs.items():
        assert os.path.getsize(path) > 10000
        texts[label] = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout

    def words(text):  # the same sheet: title, legend, key figures in the written order, sources, scale bar
        return text.split()

    assert "Musterquartier" in texts["postgres"] and "Lindenviertel" in texts["postgres"]
    assert "keine Quellenangabe" not in texts["postgres"]  # the titles and sources come from urbantwin_metadata
    assert words(texts["postgres"]) == words(texts["gpkg"])


def test_qgis_save_to_database_table_form_as_output(chain_inputs, postgis_server):
    """What the output widget's "Save to database table…" writes: postgres:// + a QGIS data source with the table."""
    import processing

    target = "postgres://dbname='{dbname}' host={host} port={port} user='{user}' table=\"planung\".\"quartiere_kennzahlen\" (geom)".format(
        **postgis_server)
    result = processing.run("urbantwin:districtfigures", {
        "DISTRICTS": chain_inputs["districts"], "NAME_FIELD": "name", "BUILDINGS": chain_inputs["postgres"]["buildings"],
        "OUTPUT": target})
    assert 'table="planung"."quartiere_kennzahlen"' in result["OUTPUT"]
    names = [row[0] for row in _query(postgis_server, "SELECT name FROM planung.quartiere_kennzahlen ORDER BY fid")]
    reference = [feature["name"] for feature in _layer(chain_inputs["districts"]).getFeatures()]
    assert names == reference and len(names) >= 4


def test_a_password_in_a_database_source_never_reaches_the_provenance():
    from urban_twin.core.provenance import build_provenance

    source = "postgres://dbname='city' host=db user='planer' password='geheim 1' table=\"a\".\"b\" (geom)"
    record = build_provenance("urbantwin:x", {"BUILDINGS": source}, [source, "dbname=x password=geheim2 table=t"])
    text = str(record)
    assert "geheim" not in text and "password=***" in text and "planer" in text


def test_a_toolbox_run_loads_the_postgis_result_styled_into_the_project(chain_inputs, postgis_server, qgis_new_project):
    """The dialog's way (destination project set, runAndLoadResults): the table is loaded, styled, with its title."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingOutputLayerDefinition, QgsProject

    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    before = set(project.mapLayers())
    processing.runAndLoadResults("urbantwin:districtfigures", {
        "DISTRICTS": chain_inputs["districts"], "NAME_FIELD": "name", "BUILDINGS": chain_inputs["postgres"]["buildings"],
        "OUTPUT": QgsProcessingOutputLayerDefinition(_target(postgis_server, "geladen"), project)},
        feedback=QgsProcessingFeedback(), context=context)
    (layer,) = [layer for layer_id, layer in project.mapLayers().items() if layer_id not in before]
    assert layer.providerType() == "postgres" and layer.featureCount() >= 4
    assert layer.renderer().type() == "graduatedSymbol" and layer.renderer().classAttribute() == "grz_actual"
    assert layer.metadata().title()  # from urbantwin_metadata, not empty


@pytest.mark.parametrize("kind", ["NoGeometry", "PointZ", "LineString", "MultiPolygon"])
def test_every_kind_of_result_table_reads_back_as_written(postgis_server, kind):
    """The result writer's database branch for the geometry kinds the analyses write (comparison tables have none,
    façade sun hours are PointZ, flow paths lines): values of every field type and geometries read back unchanged."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsWkbTypes

    from urban_twin.core.analysis.result_layers import database_results, write_layer
    from urban_twin.core.fieldtypes import FieldType

    wkb_type = getattr(QgsWkbTypes.Type, kind)
    geometries = {"NoGeometry": None, "PointZ": "PointZ (280100.5 5657100.25 61.5)",
                  "LineString": "LineString (280100 5657100, 280110.5 5657120)",
                  "MultiPolygon": "MultiPolygon (((280100 5657100, 280110 5657100, 280110 5657110, 280100 5657100)))"}
    definitions = [("name", FieldType.STRING, "Name"), ("count", FieldType.INT, "Anzahl"), ("share", FieldType.DOUBLE, "Anteil"),
                   ("flag", FieldType.BOOL, "Ja/Nein")]
    rows = [(QgsGeometry.fromWkt(geometries[kind]) if geometries[kind] else None, ["Straße\tmit Tab", 3, 0.125, True]),
            (QgsGeometry.fromWkt(geometries[kind]) if geometries[kind] else None, [None, None, None, False])]
    target = _target(postgis_server, "arten", "t_" + kind.lower())
    assert write_layer(target, "ignored", definitions, rows, wkb_type, QgsCoordinateReferenceSystem("EPSG:25832")) == 2
    source = database_results.take(target)
    layer = _layer(source)
    assert layer.isValid() and layer.featureCount() == 2, source
    features = sorted(layer.getFeatures(), key=lambda f: f["fid"])
    values = [[None if (v is None or (hasattr(v, "isNull") and v.isNull())) else v for v in f.attributes()[1:]] for f in features]
    assert values == [["Straße\tmit Tab", 3, 0.125, True], [None, None, None, False]]
    if geometries[kind]:
        assert features[0].geometry().asWkt(2) == QgsGeometry.fromWkt(geometries[kind]).asWkt(2)
        assert QgsWkbTypes.displayString(layer.wkbType()) == kind
    else:
        assert not layer.isSpatial()


def test_a_planner_role_with_rights_on_one_schema_only_can_write_results(chain_inputs, postgis_server):
    """The usual shared-database set-up: the administrator made the schema and granted a planner's role CREATE on it
    — no CREATE on the database, no rights on layer_styles yet. The result is written (CREATE SCHEMA IF NOT EXISTS
    alone would need CREATE on the database); the style that cannot be stored is a warning, not a failed run; once
    the administrator grants layer_styles, the style is stored too."""
    import processing
    from qgis.core import QgsProcessingFeedback

    for sql in ("DROP ROLE IF EXISTS planer_in", "CREATE ROLE planer_in LOGIN", "CREATE SCHEMA IF NOT EXISTS team",
                "GRANT USAGE, CREATE ON SCHEMA team TO planer_in", "GRANT USAGE ON SCHEMA stadtmodell TO planer_in",
                "GRANT SELECT ON ALL TABLES IN SCHEMA stadtmodell TO planer_in"):
        pgserver.query(postgis_server, sql, commit=True)
    planner = dict(postgis_server, user="planer_in")
    warnings = []

    class Feedback(QgsProcessingFeedback):
        def pushWarning(self, text):  # noqa: N802 - QGIS API
            warnings.append(text)
            super().pushWarning(text)

    buildings = chain_inputs["postgres"]["buildings"].replace("user='postgres'", "user='planer_in'")
    target = _target(planner, "team")
    result = processing.run("urbantwin:districtfigures", {
        "DISTRICTS": chain_inputs["districts"], "NAME_FIELD": "name", "BUILDINGS": buildings, "OUTPUT": target},
        feedback=Feedback())
    assert 'table="team"."' in result["OUTPUT"]
    owners = _query(postgis_server, "SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'team' ORDER BY 1")
    assert owners == [("district_figures", "planer_in"), ("urbantwin_metadata", "planer_in")], owners
    assert any("layer_styles" in w or "style" in w.lower() for w in warnings), warnings
    for sql in ("GRANT SELECT, INSERT, UPDATE ON public.layer_styles TO planer_in",
                "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO planer_in"):
        pgserver.query(postgis_server, sql, commit=True)
    warnings.clear()
    processing.run("urbantwin:districtfigures", {
        "DISTRICTS": chain_inputs["districts"], "NAME_FIELD": "name", "BUILDINGS": buildings, "OUTPUT": target},
        feedback=Feedback())
    assert not warnings, warnings
    assert _query(postgis_server, "SELECT count(*) FROM public.layer_styles WHERE f_table_schema = 'team' AND owner = 'planer_in'")[0][0] == 1
