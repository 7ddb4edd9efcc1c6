"""Demo step: the shipped models (Urban Twin → Modelle) run with qgis_process on the Musterquartier."""

import os
import subprocess

import demo

PLAN_MODEL = "urbantwin:Bebauungsplan prüfen: Plan + Gebäude + Flurstücke → Prüfung → Ratsvorlage"


def _pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")


def run_step(context, number):
    demo.heading("{}. Modell „Bebauungsplan prüfen → Ratsvorlage“ (Urban Twin → Modelle)".format(number))
    pdf = os.path.join(demo.OUT, "modell_ratsvorlage.pdf")
    check = os.path.join(demo.OUT, "modell_pruefung.gpkg")
    demo.run(PLAN_MODEL, **{
        "PLAN": context["plan"] + "|layername=bp_baugebietsteilflaeche",
        "BUILDINGS": context["city"] + "|layername=buildings",
        "PARCELS": context["parcels"] + "|layername=flurstuecke",
        "TITLE": "Bebauungsplan Nr. 42 – Prüfung",
        "check:Prüfung je Planfläche oder Flurstück": check,
        "sheet:Ratsvorlage (PDF)": pdf,
    })
    rows = demo.sql(check, "SELECT count(*) FROM plan_compliance")[0][0]
    print("   Prüfeinheiten: {}; Ratsvorlage {} mit {} Seiten (Blatt + Anlage „Kennzahlen“)".format(rows, pdf, _pages(pdf)))
    context["model_sheet"] = pdf
