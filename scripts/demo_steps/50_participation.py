"""Demo: citizens' contributions on the Musterquartier, summarised per district, a web package, and the
Wirkungsnachweis of this demo's own runs."""

import json
import os
import random

import demo

TOPICS = {
    "Verkehr": ["Der Radweg an der Hauptstraße ist zu schmal", "Mehr Radwege zur Schule bitte", "Tempo 30 vor der Kita",
                "Parkplätze fehlen abends", "Die Kreuzung ist für Radfahrende gefährlich"],
    "Grün": ["Mehr Bäume im Quartier", "Der Spielplatz braucht Schatten", "Bitte keine Bäume fällen", "Ein Park statt Parkplätzen"],
    "Wohnen": ["Bezahlbare Wohnungen für Familien", "Die neuen Häuser sind zu hoch", "Mehr Wohnungen für ältere Menschen"],
    "Soziales": ["Ein Treffpunkt für Jugendliche fehlt", "Die Kita braucht mehr Plätze", "Bänke zum Ausruhen am Platz"],
}


def sample_contributions(districts_gpkg, path, count=120, seed=17):
    """A participation export as a platform would write it (GeoJSON, WGS 84, with author names and e-mails)."""
    from osgeo import ogr, osr

    source = ogr.Open(districts_gpkg)
    layer = source.GetLayer(0)
    xmin, xmax, ymin, ymax = layer.GetExtent()
    to_wgs84 = osr.CoordinateTransformation(layer.GetSpatialRef(), osr.SpatialReference(osr.SRS_WKT_WGS84_LAT_LONG))
    rng = random.Random(seed)
    features = []
    for index in range(count):
        category = rng.choice(sorted(TOPICS))
        x = rng.uniform(xmin, xmax)
        y = rng.uniform(ymin, ymax)
        lat, lon, _z = to_wgs84.TransformPoint(x, y)
        features.append({"type": "Feature", "id": "b{}".format(index),
                         "properties": {"beitrag": rng.choice(TOPICS[category]), "kategorie": category,
                                        "datum": "{:02d}.10.2026".format(1 + index % 28), "likes": rng.randint(0, 30),
                                        "autor": "Person {}".format(rng.randint(1, 40)), "email": "person{}@example.org".format(index)},
                         "geometry": {"type": "Point", "coordinates": [round(lon, 7), round(lat, 7)]}})
    with open(path, "w", encoding="utf-8") as handle:
        json.dump({"type": "FeatureCollection", "features": features}, handle, ensure_ascii=False)
    return path


def run_step(context, number):
    demo.heading("{}. Citizens' contributions, per district, as a web package; the Wirkungsnachweis of this demo "
                 "(urbantwin:importparticipation, participationsummary, participationpackage, benefitreport)".format(number))
    export = sample_contributions(context.districts, os.path.join(demo.OUT, "beteiligung_export.geojson"))
    contributions = os.path.join(demo.OUT, "musterquartier_beitraege.gpkg")
    res = demo.run("urbantwin:importparticipation", INPUT=export, TEXT_FIELD="beitrag", CATEGORY_FIELD="kategorie", DATE_FIELD="datum",
                   VOTES_FIELD="likes", AUTHOR_FIELD="autor", OUTPUT=contributions)
    authors = demo.sql(contributions, "SELECT COUNT(DISTINCT author_pseudonym) FROM contributions")[0][0]
    print("  {} contributions imported, {} distinct author pseudonyms, no names or e-mails kept".format(int(res["CONTRIBUTIONS"]), authors))
    summary = os.path.join(demo.OUT, "musterquartier_beteiligung_quartiere.gpkg")
    hotspots = os.path.join(demo.OUT, "musterquartier_beteiligung_hotspots.gpkg")
    demo.run("urbantwin:participationsummary", INPUT=contributions, AREAS=context.districts + "|layername=quartiere",
             AREA_NAME_FIELD="name", OUTPUT=summary, OUTPUT_HOTSPOTS=hotspots)
    for name, count, votes, keywords, top in demo.sql(summary, "SELECT area_name, contributions, votes, keywords, top FROM participation_areas"):
        first_keywords = ", ".join(list(json.loads(keywords))[:3])
        best = json.loads(top)[0]["text"] if json.loads(top) else "–"
        print("  {:<22} {:>3} contributions, {:>4} votes; keywords: {}; most supported: {!r}".format(name, count, votes, first_keywords, best))
    package = os.path.join(demo.OUT, "beteiligungspaket")
    res = demo.run("urbantwin:participationpackage", TITLE="Musterquartier – Entwurf zur Beteiligung", BUILDINGS=context.city + "|layername=footprints",
                   CONTRIBUTIONS=contributions, FIGURES=context.figures, OUTPUT_FOLDER=package)
    print("  web package with {} objects, no external requests -> {}".format(int(res["FEATURES"]), res["OUTPUT_HTML"]))
    report = os.path.join(demo.OUT, "wirkungsnachweis.gpkg")
    pdf = os.path.join(demo.OUT, "wirkungsnachweis.pdf")
    res = demo.run("urbantwin:benefitreport", OUTPUT=report, OUTPUT_PDF=pdf)
    print("  Wirkungsnachweis of this demo: {} runs, estimated manual effort replaced {:.1f} h (reference times: "
          "'Schätzwert, bitte anpassen') -> {}".format(int(res["RUNS"]), res["MANUAL_HOURS"], pdf))
    for task, runs, objects, hours in demo.sql(report, "SELECT task, runs, objects, manual_hours_estimate FROM benefit_report "
                                                     "WHERE manual_hours_estimate > 0 ORDER BY manual_hours_estimate DESC LIMIT 5"):
        print("    {:<48} {:>2} runs {:>6} objects {:>7.1f} h".format(task, runs, objects, hours))
