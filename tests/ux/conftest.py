"""The Musterquartier imported once per session, as a planner's project would hold it: two city model tiles and
the Bebauungsplan Nr. 42 as GeoPackages, the Flurstücke and Quartiere beside them."""

import shutil

import pytest


@pytest.fixture(scope="session")
def imported_quarter(musterquartier, tmp_path_factory):
    """{"citymodel": tile gpkg, "citymodel_b": a second tile, "xplan": plan gpkg, "parcels": gpkg, "districts": gpkg}."""
    from urban_twin.core.citymodel.importer import import_citymodel
    from urban_twin.core.xplan.gpkg import import_xplan

    folder = tmp_path_factory.mktemp("ux_quarter")
    tile = str(folder / "LoD2_32_356_5702.urbantwin.gpkg")
    import_citymodel([musterquartier["citygml"]], tile)
    second = str(folder / "LoD2_32_357_5702.urbantwin.gpkg")
    shutil.copyfile(tile, second)
    plan = str(folder / "musterquartier_bplan.urbantwin.gpkg")
    import_xplan(musterquartier["xplan"], plan)
    return {"citymodel": tile, "citymodel_b": second, "xplan": plan,
            "parcels": musterquartier["parcels"], "districts": musterquartier["districts"]}


@pytest.fixture()
def planner_project(imported_quarter, qgis_new_project):
    """A project as after the first hour: one tile and the plan loaded by our loaders, Flurstücke and Quartiere
    added by hand (Layer → Add layer), the Flurstücke selected."""
    from qgis.core import QgsProject, QgsVectorLayer

    from urban_twin.core.citymodel.project import add_citymodel_to_project
    from urban_twin.core.xplan.project import add_xplan_to_project

    project = QgsProject.instance()
    add_citymodel_to_project(imported_quarter["citymodel"], project)
    add_xplan_to_project(imported_quarter["xplan"], project)
    parcels = QgsVectorLayer(imported_quarter["parcels"] + "|layername=flurstuecke", "Flurstücke", "ogr")
    districts = QgsVectorLayer(imported_quarter["districts"] + "|layername=quartiere", "Quartiere", "ogr")
    assert parcels.isValid() and districts.isValid()
    project.addMapLayer(parcels)
    project.addMapLayer(districts)
    return project, parcels


@pytest.fixture()
def dialog_iface(qgis_iface):
    """pytest-qgis' iface answers browserModel() and messageBar-less calls with MagicMocks, which Processing's
    parameters panel passes on to C++; give it a real browser model. activeLayer() is what the planner selected."""
    from qgis.gui import QgsBrowserGuiModel

    model = QgsBrowserGuiModel()
    originals = {name: qgis_iface.__dict__.get(name) for name in ("browserModel", "activeLayer")}
    qgis_iface.browserModel = lambda: model
    selected = {"layer": None}
    qgis_iface.activeLayer = lambda: selected["layer"]
    qgis_iface.select_layer = lambda layer: selected.update(layer=layer)
    yield qgis_iface
    for name, original in originals.items():  # the iface is the session's: later tests must see its own methods
        if original is None:
            qgis_iface.__dict__.pop(name, None)
        else:
            setattr(qgis_iface, name, original)


@pytest.fixture()
def german():
    """The plugin's German translation installed for one test (the .qm is compiled from the committed .ts)."""
    import os
    import subprocess

    from urban_twin.core import i18n

    qm = os.path.join(i18n.I18N_DIR, "urban_twin_de.qm")
    if not os.path.exists(qm):
        subprocess.run(["lrelease", "-silent", os.path.join(i18n.I18N_DIR, "urban_twin_de.ts")], check=True)
    translator = i18n.install_translator("de_DE")
    assert translator is not None
    yield
    i18n.remove_translator(translator)


@pytest.fixture()
def iface_with_plugin_menu(qgis_iface):
    from qgis.PyQt.QtWidgets import QMenu

    plugin_menu = qgis_iface.mainWindow().menuBar().findChild(QMenu, "mPluginMenu")
    if plugin_menu is None:
        plugin_menu = qgis_iface.mainWindow().menuBar().addMenu("&Plugins")
        plugin_menu.setObjectName("mPluginMenu")
    qgis_iface.pluginMenu = lambda: plugin_menu
    return qgis_iface


@pytest.fixture()
def flush():
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    def _flush():
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QgsApplication.processEvents()

    return _flush
