#!/usr/bin/env python3
"""Render the German HTML help shipped with the plugin: resources/help/<algorithm>.html and index.html.

The pages are built from the algorithms themselves (German display names, help texts and parameter
descriptions through the plugin's translation), so toolbox, dialogs and help never drift apart. Run after
changing a help text: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_help.py
"""

import html
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HELP_DIR = os.path.join(ROOT, "resources", "help")
STYLE = """body{font-family:sans-serif;max-width:46em;margin:1.5em auto;padding:0 1em;line-height:1.45;color:#222}
h1{color:#0d47a1;font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em;color:#0d47a1}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#eef3fb}code{background:#f3f3f3;padding:0 .2em}.group{color:#666}nav a{margin-right:1em}"""

INDEX_INTRO = """<p>Urban Twin bringt 3D-Stadtmodelle (CityGML, CityJSON) und Bebauungspläne (XPlanGML) in QGIS, prüft Gebäude
gegen den Bebauungsplan, berechnet Quartierskennzahlen, Solarpotenzial, Schatten und Besonnung und erstellt
Ratsvorlagen als PDF.</p>
<h2>Kurzanleitung</h2>
<ol>
<li>Stadtmodell-Kachel (<code>.gml</code>, <code>.json</code>) oder XPlanGML-Plan auf die Karte ziehen – oder
<em>Erweiterungen → Urban Twin → 3D-Stadtmodell importieren…</em>. Die Ebenen heißen nach Kachel und Plan,
z. B. „Gebäude – LoD2_32_356_5702“ und „Baugebiete – Bebauungsplan Nr. 42“.</li>
<li><em>Bebauungsplan-Check…</em> öffnen: „Gebäude“, „Baugebiete“ und „Flurstücke“ sind schon eingetragen,
wenn es sie im Projekt eindeutig gibt; sonst bleibt das Feld leer.</li>
<li>Das Ergebnis erscheint als Ampelkarte (überschritten = schraffiert); <em>Ratsvorlage exportieren…</em>
erzeugt das PDF mit Kennzahlen (Anlage bei vielen Zeilen), Gemeindename und Logo aus
<em>Einstellungen → Optionen → Urban Twin</em>.</li>
<li>Fertige Abläufe stehen in der Werkzeugkiste unter <em>Urban Twin → Modelle</em>.</li>
</ol>"""


DATABASE_OUTPUT = """
<h2>Ergebnis in einer gemeinsamen PostGIS-Datenbank</h2>
<p>Ergebnis-Ebenen können statt in ein GeoPackage auch in PostGIS geschrieben werden, damit alle im Team dieselben
Ergebnisse sehen: im Ausgabefeld <em>In Datenbanktabelle speichern…</em> wählen – oder in <code>qgis_process</code>
<code>OUTPUT="postgres://benutzer@server:5432/datenbank?schema=ergebnisse"</code> (Tabelle = Name des Ergebnisses,
<code>&amp;table=NAME</code> für einen eigenen Namen) bzw. <code>pgconn:Verbindungsname?schema=ergebnisse</code>.
Die Tabelle wird in einem Schritt ersetzt (bei einem Fehler bleibt die alte erhalten); Stil, Titel und
Herkunftsangaben liegen in der Datenbank. Passwörter gehören in die QGIS-Authentifizierung oder <code>~/.pgpass</code>.
Eingaben dürfen ebenfalls PostGIS-Ebenen sein.</p>"""


def page(title, body):
    return ("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"><title>{0}</title><style>{1}</style></head>\n"
            "<body><nav><a href=\"index.html\">Urban Twin – Hilfe</a></nav>\n<h1>{0}</h1>\n{2}\n</body></html>\n").format(
                html.escape(title), STYLE, body)


def paragraphs(text):
    blocks = []
    for block in text.split("\n\n"):
        lines = [html.escape(line) for line in block.split("\n") if line.strip()]
        if lines:
            blocks.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(blocks)


def algorithm_page(algorithm):
    from qgis.core import QgsProcessingParameterDefinition

    rows = []
    for parameter in algorithm.parameterDefinitions():
        if parameter.flags() & QgsProcessingParameterDefinition.Flag.FlagHidden:
            continue
        optional = " (optional)" if parameter.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional else ""
        rows.append("<tr><td>{}{}</td><td><code>{}</code></td></tr>".format(html.escape(parameter.description()), optional,
                                                                            html.escape(parameter.name())))
    outputs = ["<tr><td>{}</td><td><code>{}</code></td></tr>".format(html.escape(o.description()), html.escape(o.name()))
               for o in algorithm.outputDefinitions()]
    body = "<p class=\"group\">{} · <code>{}</code></p>\n{}\n<h2>Parameter</h2>\n<table><tr><th>Eingabe</th><th>Name (qgis_process)</th></tr>\n{}\n</table>".format(
        html.escape(algorithm.group()), html.escape(algorithm.id()), paragraphs(algorithm.shortHelpString()), "\n".join(rows))
    if any(parameter.type() == "vectorDestination" for parameter in algorithm.destinationParameterDefinitions()):
        body += DATABASE_OUTPUT
    if outputs:
        body += "\n<h2>Ergebnisse</h2>\n<table><tr><th>Ergebnis</th><th>Name</th></tr>\n{}\n</table>".format("\n".join(outputs))
    return page(algorithm.displayName(), body)


def main():
    sys.path.insert(0, os.path.join(ROOT, ".build", "pkgpath"))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from urban_twin.core import i18n
    from urban_twin.core.processing.provider import UrbanTwinProvider

    qm = os.path.join(ROOT, "i18n", "urban_twin_de.qm")
    if not os.path.exists(qm):
        subprocess.run(["lrelease", "-silent", os.path.join(ROOT, "i18n", "urban_twin_de.ts")], check=True)
    i18n.install_translator("de_DE")
    provider = UrbanTwinProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    os.makedirs(HELP_DIR, exist_ok=True)
    entries = {}
    for algorithm in sorted(provider.algorithms(), key=lambda a: (a.group(), a.displayName())):
        with open(os.path.join(HELP_DIR, algorithm.name() + ".html"), "w", encoding="utf-8", newline="\n") as handle:
            handle.write(algorithm_page(algorithm))
        entries.setdefault(algorithm.group(), []).append(
            "<li><a href=\"{}.html\">{}</a></li>".format(algorithm.name(), html.escape(algorithm.displayName())))
    listing = "\n".join("<h2>{}</h2>\n<ul>\n{}\n</ul>".format(html.escape(group), "\n".join(items)) for group, items in entries.items())
    with open(os.path.join(HELP_DIR, "index.html"), "w", encoding="utf-8", newline="\n") as handle:
        handle.write(page("Urban Twin – Hilfe", INDEX_INTRO + "\n" + listing))
    print("{} help pages written to {}".format(len(provider.algorithms()) + 1, HELP_DIR))


if __name__ == "__main__":
    main()
