"""Where derived files go by default (drop imports, caches)."""

import os


def profile_data_dir(*parts):
    """A folder of the plugin inside the active QGIS profile (created on demand)."""
    from qgis.core import QgsApplication

    path = os.path.join(QgsApplication.qgisSettingsDirPath(), "urban_twin", *parts)
    os.makedirs(path, exist_ok=True)
    return path


def default_import_target(input_path, suffix=".urbantwin.gpkg"):
    """``<folder>/<stem>.urbantwin.gpkg`` beside the input, or in the profile when that folder is
    read-only; never an existing file (a number is appended), so nothing is overwritten."""
    folder = os.path.dirname(os.path.abspath(input_path))
    if not os.access(folder, os.W_OK):
        folder = profile_data_dir("imports")
    stem = os.path.basename(input_path)
    for ext in (".city.jsonl", ".city.json", ".jsonl", ".json", ".gml", ".xml", ".zip"):
        if stem.lower().endswith(ext):
            stem = stem[: -len(ext)]
            break
    candidate = os.path.join(folder, stem + suffix)
    number = 2
    while os.path.exists(candidate):
        candidate = os.path.join(folder, "{}-{}{}".format(stem, number, suffix))
        number += 1
    return candidate
