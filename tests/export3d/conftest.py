"""Fixtures for the export3d tests: imported GeoPackages of the Musterquartier and of a real NRW tile, an
independent CityGML reader (lxml, no plugin code) and the paths of the test tools installed by `make deps`."""

import os
import shutil

import pytest
from lxml import etree

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NODE_MODULES = os.path.join(ROOT, ".build", "node", "node_modules")
GML = "{http://www.opengis.net/gml}"


@pytest.fixture(scope="session")
def musterquartier_gpkg(musterquartier, tmp_path_factory):
    from urban_twin.core.citymodel.importer import import_citymodel

    path = str(tmp_path_factory.mktemp("mq_import") / "musterquartier.gpkg")
    import_citymodel([musterquartier["citygml"]], path)
    return path


@pytest.fixture(scope="session")
def nrw_gml(citymodel_dir):
    return os.path.join(citymodel_dir, "de_nrw_LoD2_32_280_5657_1_NW.gml")


@pytest.fixture(scope="session")
def nrw_gpkg(nrw_gml, tmp_path_factory):
    from urban_twin.core.citymodel.importer import import_citymodel

    path = str(tmp_path_factory.mktemp("nrw_import") / "nrw.gpkg")
    import_citymodel([nrw_gml], path)
    return path


def read_gml_buildings(path):
    """{gml_id: dict(roof_type, parts, surfaces=[(surface type, [ring (list of xyz)])])} of top-level buildings."""
    tree = etree.parse(path)
    result = {}
    for building in tree.iter("{*}Building"):
        if building.getparent() is not None and etree.QName(building.getparent()).localname == "consistsOfBuildingPart":
            continue
        surfaces = []
        for bounded in building.iterfind("{*}boundedBy"):
            for surface in bounded:
                rings = []
                for polygon in surface.iter(GML + "Polygon"):
                    exterior = polygon.find(GML + "exterior")
                    text = exterior.findtext(".//" + GML + "posList")
                    values = [float(v) for v in text.split()]
                    rings.append([tuple(values[i:i + 3]) for i in range(0, len(values), 3)])
                surfaces.append((etree.QName(surface).localname, rings))
        result[building.get(GML + "id")] = dict(
            roof_type=building.findtext("{*}roofType"),
            parts=len(building.findall("{*}consistsOfBuildingPart")),
            surfaces=surfaces,
        )
    return result


@pytest.fixture(scope="session")
def gml_buildings():
    return read_gml_buildings


@pytest.fixture(scope="session")
def node_tools():
    """Paths of the npm test tools (tests/export3d/package.json, installed into .build/node by `make deps`)."""
    paths = {
        "node": shutil.which("node"),
        "gltf_validator": os.path.join(NODE_MODULES, "gltf-validator", "index.js"),
        "cesium": os.path.join(NODE_MODULES, "cesium", "Build", "Cesium"),
    }
    missing = [name for name, path in paths.items() if not path or not os.path.exists(path)]
    if missing:
        pytest.fail("test tools missing ({}): run `make deps`".format(", ".join(missing)))
    return paths


@pytest.fixture(scope="session")
def run_alg_session(urbantwin_provider):
    """run_alg for module- and session-scoped fixtures."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    def _run(algorithm_id, parameters):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(algorithm_id, parameters, feedback=QgsProcessingFeedback(), context=context)

    return _run
