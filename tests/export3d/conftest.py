"""Fixtures for the export3d tests: imported GeoPackages of the Musterquartier and of a real NRW tile, an
independent CityGML reader (lxml, no plugin code) and the paths of the test tools installed by `make deps`."""

import math
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


FLAT, SHED, GABLED, HIPPED = "1000", "2100", "3100", "3200"


def hand_figures_of(record):
    """Closed formulas on the Musterquartier's rectangular solids."""
    ground = next(rings[0] for kind, rings in record["surfaces"] if kind == "GroundSurface")
    roofs = [ring for kind, rings in record["surfaces"] if kind == "RoofSurface" for ring in rings]
    zg = ground[0][2]
    z_all = [p[2] for _, rings in record["surfaces"] for ring in rings for p in ring]
    zt = max(z_all)
    ze = min(p[2] for ring in roofs for p in ring)
    side_a, side_b = math.dist(ground[0][:2], ground[1][:2]), math.dist(ground[1][:2], ground[2][:2])
    area = side_a * side_b
    he, h = ze - zg, zt - ze
    perimeter = 2 * (side_a + side_b)
    kind = record["roof_type"]
    top = {tuple(p) for ring in roofs for p in ring if abs(p[2] - zt) < 1e-6}
    if kind == FLAT:
        volume, roof_area, walls = area * he, area, perimeter * he
    elif kind in (GABLED, SHED):
        top = sorted(top)
        w = math.dist(top[0], top[-1])  # ridge (gabled) or high eave (shed) runs along w
        d = area / w
        volume = area * he + area * h / 2.0
        if kind == GABLED:
            roof_area = 2 * w * math.hypot(d / 2.0, h)
            walls = perimeter * he + d * h
        else:
            roof_area = w * math.hypot(d, h)
            walls = perimeter * he + d * h + w * h
    else:
        top = sorted(top)
        ridge = math.dist(top[0], top[-1])
        d = min(side_a, side_b)
        w = max(side_a, side_b)
        assert abs(ridge - (w - d)) < 0.01
        volume = h * d * (3 * w - d) / 6.0
        volume += area * he
        slope = math.hypot(d / 2.0, h)
        roof_area = 2 * (w + ridge) / 2.0 * slope + 2 * d * slope / 2.0
        walls = perimeter * he
    return dict(volume=volume, ground_area=area, perimeter=perimeter, roof_area=roof_area, wall_area=walls,
                eaves_height=he, ridge_height=zt - zg, eaves_nhn=ze, ridge_nhn=zt, terrain_nhn=zg)


@pytest.fixture(scope="session")
def hand_figures():
    """Closed formulas (volume, areas, heights) of a Musterquartier building record (gml_buildings)."""
    return hand_figures_of
