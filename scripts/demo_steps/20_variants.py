"""Demo step: planning variants for the empty block south of the Musterquartier — massing, compose, compare."""

import os
import time

import demo

VARIANTS = (("a", "A: 4 Stadtvillen, III + Flachdach"), ("b", "B: U-Block, V + Satteldach"))
FIGURES = (
    ("n_new_buildings", "new buildings", "{:.0f}"),
    ("new_gross_floor_area", "new gross floor area (m²)", "{:,.0f}"),
    ("grz", "GRZ of the block", "{:.2f}"),
    ("gfz", "GFZ of the block", "{:.2f}"),
    ("highest_point", "highest point (m NHN)", "{:.1f}"),
    ("plan_units_exceeding", "plan areas exceeding", "{:.0f}"),
    ("plan_gfz_exceeds", "  … GFZ exceeded", "{:.0f}"),
    ("plan_z_exceeds", "  … storeys (Z) exceeded", "{:.0f}"),
    ("plan_gh_exceeds", "  … building height (GH) exceeded", "{:.0f}"),
    ("solar_kwp", "PV on the new roofs (kWp)", "{:.0f}"),
    ("solar_mwh", "PV yield (MWh/a)", "{:.0f}"),
    ("sun_points_0321", "neighbour façade points", "{:.0f}"),
    ("sun_mean_h_0321", "mean direct sun 21 Mar (h)", "{:.2f}"),
    ("sun_newly_below_0321", "points newly < 1.5 h on 21 Mar", "{:.0f}"),
    ("sun_mean_h_0117", "mean direct sun 17 Jan (h)", "{:.2f}"),
    ("sun_newly_below_0117", "points newly < 1 h on 17 Jan", "{:.0f}"),
    ("sun_max_loss_h_0117", "largest loss 17 Jan (h)", "{:.2f}"),
    ("shadow_open_0321_12", "shadow on open ground 21 Mar 12:00 (m²)", "{:,.0f}"),
    ("shadow_public_0321_12", "shadow on public spaces 21 Mar 12:00 (m²)", "{:,.0f}"),
    ("shadow_public_0117_12", "shadow on public spaces 17 Jan 12:00 (m²)", "{:,.0f}"),
)


def _cell(value, pattern):
    return "–" if value is None else pattern.format(value)


def run_step(context, number):
    demo.heading("{}. Planning variants for the empty block (urbantwin:massing, urbantwin:composevariant, urbantwin:comparevariants)".format(number))
    source = os.path.join(context.data, "musterquartier_varianten.gpkg")
    variants = []
    for key, name in VARIANTS:
        massing = os.path.join(demo.OUT, "musterquartier_massing_{}.gpkg".format(key))
        res = demo.run("urbantwin:massing", INPUT=source + "|layername=variante_" + key, CITY=context.city + "|layername=buildings", OUTPUT=massing)
        roofs = demo.sql(massing, "SELECT roof_type_label, COUNT(*), MAX(z_max) FROM buildings GROUP BY 1")
        print("  {}: {} planned buildings ({})".format(name, int(res["BUILDINGS"]), ", ".join(
            "{} × {}, top {:.1f} m NHN".format(n, label, top) for label, n, top in roofs)))
        variant = os.path.join(demo.OUT, "musterquartier_variante_{}.gpkg".format(key))
        demo.run("urbantwin:composevariant", CITY=context.city, PLANNED=[massing], NAME=name, OUTPUT=variant)
        variants.append(variant)
    comparison = os.path.join(demo.OUT, "musterquartier_variantenvergleich.gpkg")
    start = time.time()
    demo.run("urbantwin:comparevariants", BASE=[context.city], VARIANTS=variants, PLAN=source + "|layername=baugebiet",
             AREA=source + "|layername=planungsgebiet", PUBLIC_SPACES=source + "|layername=oeffentliche_flaechen",
             OUTPUT=comparison, OUTPUT_FOLDER=os.path.join(demo.OUT, "variantenvergleich"))
    print("  comparison of the base and {} variants with all figures: {:.1f} s".format(len(variants), time.time() - start))
    keys = [key for key, _label, _pattern in FIGURES]
    rows = demo.sql(comparison, "SELECT variant, {} FROM variant_comparison".format(", ".join(keys)))
    width = 44
    print("  " + "".join(["{:<{}}".format("", width)] + ["{:>22}".format(row[0][:21]) for row in rows]))
    for index, (_key, label, pattern) in enumerate(FIGURES, start=1):
        print("  " + "{:<{}}".format(label, width) + "".join("{:>22}".format(_cell(row[index], pattern)) for row in rows))
    sheets = os.path.join(demo.OUT, "musterquartier_variantenvergleich.pdf")
    res = demo.run("urbantwin:variantsheets", tolerate_exit_crash=True, COMPARISON=comparison, PLAN=source + "|layername=baugebiet",
                   TITLE="Variantenvergleich Südblock", OUTPUT=sheets)
    print("  council map 'Variantenvergleich': {} A3 pages -> {}".format(demo.pdf_pages(sheets), sheets))
    context.variants = variants
    context.variant_comparison = comparison
