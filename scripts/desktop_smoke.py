"""Startup script for the desktop smoke test (run by scripts/desktop_smoke.sh via ``qgis --code``).

Drives the real QGIS desktop like a person would: waits for the GUI, checks the German menu,
imports a LoD2 tile and the Musterquartier plan through the plugin's registered drop handler
(the code path of a file dropped on the map), opens a 3D map view, the council map dialog and the
catalogue dock, takes screenshots and writes ``summary.json``; then quits QGIS.

Environment: URBANTWIN_SMOKE_OUT (screenshots + summary), URBANTWIN_SMOKE_WORK (writable folder
for imports), URBANTWIN_SMOKE_SAMPLE_COPY (the copied CityGML tile).
Not a pytest module: it needs a display and the QGIS main window.
"""

import builtins
import json
import os
import subprocess
import time
import traceback

from qgis.core import QgsApplication, QgsLayerTreeGroup, QgsProject, QgsRectangle, QgsTask
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAction, QApplication, QDockWidget, QMenu

OUT = os.environ.get("URBANTWIN_SMOKE_OUT", "/tmp/desktop_smoke")
WORK = os.environ.get("URBANTWIN_SMOKE_WORK", os.path.join(OUT, "work"))
SAMPLE = os.environ.get("URBANTWIN_SMOKE_SAMPLE_COPY", "")

SUMMARY = {"checks": [], "screenshots": [], "notes": [], "messages": [], "started": time.strftime("%Y-%m-%dT%H:%M:%S")}


# -- helpers -----------------------------------------------------------------------------------
def check(name, ok, detail=""):
    SUMMARY["checks"].append({"name": name, "ok": bool(ok), "detail": str(detail)})
    print("SMOKE {} {}: {}".format("ok" if ok else "FAIL", name, detail), flush=True)
    return bool(ok)


def note(text):
    SUMMARY["notes"].append(text)
    print("SMOKE note: " + text, flush=True)


def iface():
    from qgis.utils import iface as qgis_iface

    return qgis_iface


def plugin():
    from qgis.utils import plugins

    return plugins.get("urban_twin")


def grab(widget, name):
    """Screenshot of one widget (what Qt paints; OpenGL windows stay empty here, see screen())."""
    path = os.path.join(OUT, name + ".png")
    QApplication.processEvents()
    ok = widget.grab().save(path, "PNG")
    SUMMARY["screenshots"].append(path)
    check("screenshot " + name, ok and os.path.getsize(path) > 0, path)
    return path


def screen(name):
    """Screenshot of the whole virtual display with ImageMagick (catches OpenGL content too)."""
    path = os.path.join(OUT, name + ".png")
    QApplication.processEvents()
    try:
        subprocess.run(["import", "-window", "root", path], check=True, timeout=60, capture_output=True)
        ok = os.path.exists(path)
    except (OSError, subprocess.SubprocessError) as err:
        ok = False
        note("import -window root failed: {}".format(err))
    if ok:
        SUMMARY["screenshots"].append(path)
    check("screenshot " + name, ok, path)
    return path


def wait(seconds):
    return ("sleep", seconds)


def until(predicate, timeout, what):
    return ("until", predicate, timeout, what)


def find_group(name_part):
    for node in QgsProject.instance().layerTreeRoot().children():
        if isinstance(node, QgsLayerTreeGroup) and name_part in node.name():
            return node
    return None


def layers_of(group):
    return [node.layer() for node in group.findLayers() if node.layer() is not None]


def zoom_to(layers):
    canvas = iface().mapCanvas()
    extent = QgsRectangle()
    extent.setMinimal()
    for layer in layers:
        layer_extent = canvas.mapSettings().layerExtentToOutputExtent(layer, layer.extent())
        extent.combineExtentWith(layer_extent)
    if not extent.isEmpty():
        extent.scale(1.05)
        canvas.setExtent(extent)
    canvas.refresh()


def canvas_rendered():
    canvas = iface().mapCanvas()
    return not canvas.isDrawing()


def tasks_idle():
    manager = QgsApplication.taskManager()
    return manager.countActiveTasks() == 0 and not any(t.status() == QgsTask.TaskStatus.Queued for t in manager.tasks())


def message_bar_texts():
    texts = []
    for item in iface().messageBar().items():
        texts.append("{} {}".format(item.title(), item.text()))
    return texts


def drop(path):
    """The real path of a file dropped on the map: the handler the plugin registered with iface."""
    handler = plugin().gui.drop_handler
    before = len(handler.running)
    accepted = handler.handleFileDrop(path)
    return accepted, len(handler.running) > before


# -- the scenario ------------------------------------------------------------------------------
def scenario():
    yield until(lambda: iface() is not None and iface().mainWindow().isVisible(), 120, "main window visible")
    yield wait(3)
    main_window = iface().mainWindow()
    main_window.showMaximized()  # no window manager under Xvfb: place it by hand
    main_window.setGeometry(0, 0, 1920, 1040)
    yield wait(2)

    # 1. plugin loaded, German menu
    check("plugin loaded", plugin() is not None and getattr(plugin(), "gui", None) is not None)
    menu = main_window.findChild(QMenu, "UrbanTwinMenu")
    titles = [action.text() for action in menu.actions()] if menu is not None else []
    check("menu 'Urban Twin' present", menu is not None and menu.title() == "Urban Twin", menu.title() if menu else "none")
    check("menu entry '3D-Stadtmodell importieren …'", any(t.startswith("3D-Stadtmodell importieren") for t in titles),
          " | ".join(t for t in titles if t))
    SUMMARY["menu"] = titles
    english = [t for t in titles if t and t.startswith(("Import 3D city model", "Export council map", "Catalogue", "Help"))]
    check("menu without English entries", not english, ", ".join(english))
    plugin_menu = iface().pluginMenu()
    check("menu sits in the plugin menu", plugin_menu is not None and menu is not None and menu.menuAction() in plugin_menu.actions(),
          plugin_menu.title() if plugin_menu else "")
    if menu is not None:  # screenshot of the open menu
        plugin_menu.popup(main_window.mapToGlobal(main_window.rect().topLeft()) + main_window.rect().center() / 4)
        yield wait(1)
        plugin_menu.setActiveAction(menu.menuAction())
        menu.popup(plugin_menu.geometry().topRight())
        yield wait(1)
        screen("01_menu")
        menu.hide()
        plugin_menu.hide()
        yield wait(1)

    # 2. LoD2 tile dropped on the map
    accepted, started = drop(SAMPLE)
    check("drop handler accepts the NRW LoD2 tile", accepted and started, SAMPLE)
    yield wait(1)
    yield until(lambda: not plugin().gui.drop_handler.running, 300, "city model import task")
    yield wait(2)
    SUMMARY["messages"] += message_bar_texts()
    bar_texts = message_bar_texts()
    check("message bar says what was imported (counts, not a bare path)", any("Gebäude" in t for t in bar_texts), bar_texts)
    grab(main_window, "02a_import_message")
    group = find_group(os.path.splitext(os.path.basename(SAMPLE))[0])
    check("layer group of the city model", group is not None, group.name() if group else [n.name() for n in QgsProject.instance().layerTreeRoot().children()])
    buildings = None
    if group is not None:
        names = [layer.name() for layer in layers_of(group)]
        tile = os.path.splitext(os.path.basename(SAMPLE))[0]
        check("city model layers in German, named after the tile",
              names == ["Gebäude – " + tile, "Gebäudeflächen – " + tile, "Grundrisse – " + tile], names)
        buildings = layers_of(group)[0] if names else None
    if buildings is not None:
        labels = sorted({f["function_label"] for f in buildings.getFeatures() if f["function_label"]})
        SUMMARY["function_labels"] = labels
        # AdV 31001_1000 "Wohngebäude", 31001_1010 "Wohnhaus" (the NRW tile uses the latter)
        check("German function labels (Wohngebäude/Wohnhaus)", {"Wohngebäude", "Wohnhaus"} & set(labels), ", ".join(labels[:12]))
        check("buildings have a 3D renderer", buildings.renderer3D() is not None, type(buildings.renderer3D()).__name__)
        check("buildings feature count", buildings.featureCount() > 0, buildings.featureCount())
        SUMMARY["aliases"] = {f.name(): f.displayName() for f in buildings.fields()}
        zoom_to([buildings])
        yield wait(1)
        yield until(canvas_rendered, 60, "canvas rendering")
        yield wait(1)
        grab(main_window, "02_citymodel_2d")
        iface().setActiveLayer(buildings)
        iface().showAttributeTable(buildings)
        yield wait(3)
        screen("03_citymodel_attributes")
        for dialog in QApplication.topLevelWidgets():
            if dialog.isVisible() and dialog.objectName().startswith("QgsAttributeTableDialog"):
                dialog.close()
        for dock in main_window.findChildren(QDockWidget):
            if dock.isVisible() and dock.objectName().startswith("AttributeTable"):
                dock.close()
        yield wait(1)

    # the council map dialog once before the plan exists (the menu keeps the dialog for later)
    council_action = main_window.findChild(QAction, "urbantwin_CouncilMapDialog")
    if council_action is not None:
        council_action.trigger()
        yield wait(1)
        early = plugin().gui.dialogs.get("councilmap_dialog.CouncilMapDialog")
        if early is not None:
            early.close()

    # 3. 3D map view
    action_3d = main_window.findChild(QAction, "mActionNew3DMapCanvas")
    if action_3d is None:
        note("no action mActionNew3DMapCanvas: QGIS built without 3D; 3D view skipped")
    else:
        check("3D action text in German", action_3d.text().replace("&", "").startswith("Neue 3D"), action_3d.text())
        action_3d.trigger()
        yield wait(10)
        canvases = iface().mapCanvases3D() if hasattr(iface(), "mapCanvases3D") else []
        note("iface.mapCanvases3D() lists {} 3D canvas(es)".format(len(canvases) if isinstance(canvases, (list, tuple)) else canvases))
        docks_3d = [d for d in main_window.findChildren(QDockWidget) if d.isVisible() and "3D" in d.windowTitle()]
        check("3D map view opened", bool(docks_3d), [d.windowTitle() for d in docks_3d])
        for dock in docks_3d:
            SUMMARY["3d_dock"] = {"title": dock.windowTitle(), "floating": dock.isFloating(), "size": [dock.width(), dock.height()]}
            dock.setFloating(True)
            dock.setGeometry(240, 110, 1660, 900)  # no window manager: enlarge by hand
        yield wait(15)  # the 3D scene loads tiles asynchronously
        # the camera stays top-down: 3.22 has no Python camera access, and neither Shift+Up key events
        # nor the navigation widget's "Nach oben kippen" changed the picture under Xvfb
        path = screen("04_3d_view")
        if docks_3d:
            from qgis.PyQt.QtGui import QImage

            image = QImage(path).copy(docks_3d[0].geometry().adjusted(10, 60, -300, -10))  # scene, without the navigation widget
            colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
            check("3D view renders something (not one flat colour)", len(colours) > 20, "{} distinct colours sampled".format(len(colours)))
            for dock in docks_3d:
                dock.close()
        yield wait(2)

    # 4. Musterquartier plan dropped on the map
    if group is not None:
        group.setItemVisibilityChecked(False)
        group.setExpanded(False)
    from urban_twin.core.demo.musterquartier import generate_musterquartier

    mq_dir = os.path.join(WORK, "musterquartier")
    os.makedirs(mq_dir, exist_ok=True)
    generate_musterquartier(mq_dir)
    plan_path = os.path.join(mq_dir, "musterquartier_bplan.gml")
    accepted, started = drop(plan_path)
    check("drop handler accepts the Musterquartier plan", accepted and started, plan_path)
    yield wait(1)
    yield until(lambda: not plugin().gui.drop_handler.running, 300, "XPlan import task")
    yield wait(2)
    SUMMARY["messages"] += message_bar_texts()
    plan_group = find_group("Musterquartier")
    check("layer group of the plan", plan_group is not None, plan_group.name() if plan_group else "")
    if plan_group is not None:
        plan_layers = layers_of(plan_group)
        SUMMARY["plan_layers"] = [layer.name() for layer in plan_layers]
        plan_group.setExpanded(True)
        for node in plan_group.findLayers():
            node.setExpanded(False)
        technical = [name for name in SUMMARY["plan_layers"] if name == "plans" or name.startswith(("bp_", "so_", "xp_"))]
        check("plan layers carry titles, not table names", not technical, ", ".join(SUMMARY["plan_layers"]))
        zones = [layer for layer in plan_layers if "baugebiet" in layer.source().lower()]
        check("Baugebiete layer present", bool(zones), SUMMARY["plan_layers"])
        if zones:
            check("Nutzungsschablone labels enabled", zones[0].labelsEnabled())
        zoom_to(plan_layers)
        yield wait(1)
        yield until(canvas_rendered, 60, "canvas rendering")
        yield wait(2)
        grab(main_window, "05_plan_planzv")
        grab(iface().mapCanvas(), "06_plan_canvas")
        if zones:  # one zone closer, labels must stay readable
            feature = next(zones[0].getFeatures())
            canvas = iface().mapCanvas()
            box = canvas.mapSettings().layerExtentToOutputExtent(zones[0], feature.geometry().boundingBox())
            box.scale(2.2)
            canvas.setExtent(box)
            canvas.refresh()
            yield wait(1)
            yield until(canvas_rendered, 60, "canvas rendering")
            yield wait(1)
            grab(canvas, "07_plan_zone_detail")
            zoom_to(plan_layers)
            yield until(canvas_rendered, 60, "canvas rendering")

    # 4b. the plan check dialog with the Flurstücke selected (#18 item 1) and its styled result (item 3)
    check_layer = None
    if plan_group is not None:
        import processing
        from qgis.core import QgsVectorLayer

        from urban_twin.ui.dialog_defaults import initial_parameters

        mq_city = os.path.join(mq_dir, "musterquartier_lod2.gml")
        accepted, started = drop(mq_city)
        yield until(lambda: not plugin().gui.drop_handler.running, 300, "Musterquartier city model import")
        yield wait(2)
        parcels = QgsVectorLayer(os.path.join(mq_dir, "musterquartier_flurstuecke.gpkg") + "|layername=flurstuecke", "Flurstücke", "ogr")
        QgsProject.instance().addMapLayer(parcels)
        iface().setActiveLayer(parcels)
        yield wait(1)
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("urbantwin:plancompliance")
        chosen = {k: (v.name() if v is not None else None) for k, v in initial_parameters(algorithm, None, parcels).items()}
        SUMMARY["plan_check_defaults"] = chosen
        # two tiles are loaded (NRW and Musterquartier): Gebäude stays empty rather than a guess
        check("plan check pre-fills by layer kind (not the selected Flurstücke everywhere)",
              chosen.get("BUILDINGS") is None and (chosen.get("PLAN") or "").startswith("Baugebiete – ")
              and chosen.get("PARCELS") == "Flurstücke", chosen)
        dialog = processing.createAlgorithmDialog("urbantwin:plancompliance", {})
        dialog.setGeometry(200, 80, 900, 820)
        dialog.show()
        yield wait(3)
        grab(dialog, "08a_plancheck_dialog")
        dialog.close()
        result = processing.runAndLoadResults("urbantwin:plancompliance", {
            "BUILDINGS": os.path.join(mq_dir, "musterquartier_lod2.urbantwin.gpkg") + "|layername=buildings",
            "PLAN": zones[0].source(), "PARCELS": parcels.source(), "OUTPUT": os.path.join(WORK, "pruefung.gpkg")})
        yield wait(2)
        check_layer = QgsProject.instance().mapLayer(result["OUTPUT"]) if result and result.get("OUTPUT") in QgsProject.instance().mapLayers() else None
        if check_layer is None:
            loaded = [lyr for lyr in QgsProject.instance().mapLayers().values() if "pruefung" in lyr.source()]
            check_layer = loaded[0] if loaded else None
        check("plan check result loads styled (traffic light with hatch)",
              check_layer is not None and check_layer.renderer().type() == "categorizedSymbol", check_layer.renderer().type() if check_layer else None)
        if check_layer is not None:
            zoom_to([check_layer])
            yield until(canvas_rendered, 60, "canvas rendering")
            yield wait(2)
            grab(iface().mapCanvas(), "08b_plancheck_result")

    # 5. council map dialog
    council_action = main_window.findChild(QAction, "urbantwin_CouncilMapDialog")
    check("action 'Ratsvorlage exportieren…'", council_action is not None and council_action.text() == "Ratsvorlage exportieren…",
          council_action.text() if council_action else "")
    if council_action is not None:
        council_action.trigger()
        yield wait(2)
        dialog = plugin().gui.dialogs.get("councilmap_dialog.CouncilMapDialog")
        check("council map dialog open", dialog is not None and dialog.isVisible(), dialog.windowTitle() if dialog else "")
        if dialog is not None:
            from qgis.PyQt.QtWidgets import QDialogButtonBox

            listed = [dialog.layer_list.item(row).text() for row in range(dialog.layer_list.count())]
            check("reopened council map dialog lists the plan layers", any(n.startswith("Baugebiete – ") for n in listed), ", ".join(listed))
            button_texts = [b.text() for box in dialog.findChildren(QDialogButtonBox) for b in box.buttons()]
            check("council map dialog buttons in German", "Close" not in button_texts, ", ".join(button_texts))
            grab(dialog, "08_councilmap_dialog")
            dialog.title_edit.setText("Bebauungsplan Nr. 42 Musterquartier")
            dialog.subtitle_edit.setText("Entwurf zur Sitzung des Bauausschusses")
            dialog.municipality_edit.setText("Stadt Musterstadt")
            dialog.office_edit.setText("Stadtplanungsamt")
            if check_layer is not None:
                dialog.figures_combo.setLayer(check_layer)
            dialog.update_preview()
            yield wait(2)
            check("council map preview rendered", dialog.preview_label.pixmap() is not None and not dialog.preview_label.pixmap().isNull(),
                  dialog.message_label.text())
            grab(dialog, "09_councilmap_preview")
            pdf = os.path.join(OUT, "ratsvorlage.pdf")
            dialog.output_widget.setFilePath(pdf)
            result = dialog.export()
            check("council map PDF written", result is not None and os.path.exists(pdf), dialog.message_label.text())
            if result is not None and os.path.exists(pdf):
                check("council sheet with annex pages", result.pages >= 1, result.pages)
                for page in (1, 2):
                    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile", pdf,
                                    os.path.join(OUT, "10{}_sheet_page{}".format("ab"[page - 1], page))], check=False)
            yield wait(1)
            grab(dialog, "10_councilmap_exported")
            dialog.close()
            yield wait(1)

    # 6. catalogue dock
    catalogue_action = main_window.findChild(QAction, "urbantwin_CatalogueDock")
    check("action 'Katalog'", catalogue_action is not None and catalogue_action.text() == "Katalog", catalogue_action.text() if catalogue_action else "")
    if catalogue_action is not None:
        catalogue_action.trigger()
        yield wait(3)
        dock = plugin().gui.docks.get("catalogue_dock.CatalogueDock")
        check("catalogue dock open", dock is not None and dock.isVisible(), dock.windowTitle() if dock else "")
        if dock is not None:
            grab(dock, "11_catalogue_dock")
            grab(main_window, "12_main_with_catalogue")

    SUMMARY["messages"] += message_bar_texts()


# -- driver ------------------------------------------------------------------------------------
class Runner:
    def __init__(self, generator):
        self.generator = generator
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.step)
        self.waiting = None

    def start(self):
        self.timer.start(500)

    def step(self):
        try:
            if self.waiting is not None:
                _, predicate, deadline, what = self.waiting
                try:
                    done = predicate()
                except Exception:  # noqa: BLE001 - the GUI may not exist yet
                    done = False
                if not done and time.time() < deadline:
                    self.timer.start(250)
                    return
                check("waited for " + what, done, "" if done else "timed out")
                self.waiting = None
            command = next(self.generator)
            if command[0] == "sleep":
                self.timer.start(int(command[1] * 1000))
            else:
                _, predicate, timeout, what = command
                self.waiting = ("until", predicate, time.time() + timeout, what)
                self.timer.start(250)
        except StopIteration:
            self.finish()
        except Exception:  # noqa: BLE001 - report every failure in the summary, then quit
            check("scenario ran without exception", False, traceback.format_exc())
            self.finish()

    def finish(self):
        SUMMARY["finished"] = time.strftime("%Y-%m-%dT%H:%M:%S")
        SUMMARY["ok"] = all(c["ok"] for c in SUMMARY["checks"])
        with open(os.path.join(OUT, "summary.json"), "w", encoding="utf-8") as handle:
            json.dump(SUMMARY, handle, ensure_ascii=False, indent=2)
        print("SMOKE summary written, ok={}".format(SUMMARY["ok"]), flush=True)
        # a bare QgsApplication.quit() with layers loaded leaves them to the widget teardown, where
        # QGIS 3.22 dies on SIGSEGV (QgisApp::onActiveLayerChanged); so close the project first.
        # (iface.actionExit(), Projekt › Beenden, did not end QGIS under Xvfb within 10 minutes.)
        iface().setActiveLayer(None)
        QgsProject.instance().clear()
        QgsProject.instance().setDirty(False)
        QTimer.singleShot(1000, QgsApplication.instance().quit)


os.makedirs(OUT, exist_ok=True)
_runner = Runner(scenario())
builtins._urbantwin_smoke_runner = _runner  # --code may run us in a namespace that is dropped afterwards
_runner.start()
