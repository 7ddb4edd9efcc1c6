"""The Musterquartier imported once for the climate tests, and a reader for result layers."""

import pytest


@pytest.fixture(scope="session")
def mq_city(musterquartier, tmp_path_factory, urbantwin_provider):
    """(generator result, path of the imported city GeoPackage)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    city = str(tmp_path_factory.mktemp("climate_city") / "city.gpkg")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    processing.run("urbantwin:importcitymodel", {"INPUT": [musterquartier["citygml"]], "OUTPUT": city},
                   feedback=QgsProcessingFeedback(), context=context)
    return musterquartier, city


@pytest.fixture()
def features():
    """features(path, layer=None) → list of attribute dicts (+ '_geometry')."""
    from qgis.core import QgsVectorLayer

    def _read(path, layer=None):
        uri = path if layer is None else "{}|layername={}".format(path, layer)
        vector = QgsVectorLayer(uri, "result", "ogr")
        assert vector.isValid(), uri
        rows = []
        for feature in vector.getFeatures():
            values = [None if hasattr(v, "isNull") and v.isNull() else v for v in feature.attributes()]
            row = dict(zip(vector.fields().names(), values))
            row["_geometry"] = feature.geometry()
            rows.append(row)
        return rows

    return _read
