"""AdV code lists shipped with the plugin (resources/codelists): codes stay text, labels beside them."""

import csv
import functools
import os
import re

CODELIST_DIR = os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "resources", "codelists"
)
_ADV_FUNCTION = re.compile(r"^(\d{5})_(\d{4})$")

FUNCTION_GROUPS = ("residential", "commercial", "industrial", "public", "agricultural", "ancillary", "other")


@functools.lru_cache(maxsize=None)
def _load(file_name):
    with open(os.path.join(CODELIST_DIR, file_name), encoding="utf-8", newline="") as handle:
        return {row["code"].strip(): row["name_de"].strip() for row in csv.DictReader(handle)}


def function_label(code):
    """German label of an AdV building function code (``31001_1000`` → ``Wohngebäude``) or None."""
    if not code:
        return None
    return _load("building_function_adv.csv").get(str(code).strip())


def roof_type_label(code):
    if not code:
        return None
    return _load("roof_type_adv.csv").get(str(code).strip())


def function_group(code):
    """Coarse group of an AdV function code for styling and district figures (English key)."""
    match = _ADV_FUNCTION.match(str(code or "").strip())
    if not match:
        return "other"
    kind, number = match.group(1), int(match.group(2))
    if kind == "51009" and number in (1610, 1611):
        return "ancillary"  # Überdachung, Carport
    if kind in ("51002", "51003"):
        return "industrial"
    if kind != "31001":
        return "other"
    if number == 1313 or 2460 <= number <= 2465:
        return "ancillary"  # Gartenhaus, garages and parking
    if 1000 <= number < 2000:
        return "residential"
    if 2000 <= number < 2100:
        return "commercial"
    if 2100 <= number < 2700:
        return "industrial"
    if 2700 <= number < 2800:
        return "agricultural"
    if 3000 <= number < 4000:
        return "public"
    return "other"


def function_group_labels():
    """English group key → translated label (for styles and legends), built at call time."""
    from ..i18n import tr

    return {
        "residential": tr("Residential"),
        "commercial": tr("Commercial and services"),
        "industrial": tr("Industry and utilities"),
        "public": tr("Public"),
        "agricultural": tr("Agriculture and forestry"),
        "ancillary": tr("Garages and ancillary"),
        "other": tr("Other"),
    }
