"""The Urban Twin menu as data: what each entry opens. Texts are translated at call time.

kinds: ``algorithm`` opens the Processing dialog of that algorithm (help in context, batch
button, same code path as toolbox, modeler and qgis_process); ``dialog``/``dock`` name a module
in ui/ and its class (constructed with iface; docks are toggled).
"""

from ..core.i18n import tr


def menu_entries():
    return [
        dict(kind="algorithm", target="urbantwin:importcitymodel", text=tr("Import 3D city model…"), icon="import_citymodel.svg", toolbar=True),
        dict(kind="algorithm", target="urbantwin:importxplan", text=tr("Import XPlanGML plan…"), icon="import_xplan.svg", toolbar=True),
        dict(kind="algorithm", target="urbantwin:validatexplan", text=tr("Validate XPlanGML plan…"), icon="validate_xplan.svg"),
        dict(kind="algorithm", target="urbantwin:exportxplan", text=tr("Export XPlanGML 6.0…"), icon="export_xplan.svg"),
        dict(kind="separator"),
        dict(kind="algorithm", target="urbantwin:plancompliance", text=tr("Bebauungsplan check…"), icon="plancompliance.svg", toolbar=True),
        dict(kind="algorithm", target="urbantwin:districtfigures", text=tr("District key figures…"), icon="districtfigures.svg"),
        dict(kind="algorithm", target="urbantwin:solarpotential", text=tr("Solar potential of roofs…"), icon="solar.svg", toolbar=True),
        dict(kind="algorithm", target="urbantwin:shadow", text=tr("Shadows…"), icon="shadow.svg"),
        dict(kind="algorithm", target="urbantwin:sunhours", text=tr("Sun hours…"), icon="sunhours.svg"),
        dict(kind="separator"),
        dict(kind="dock", target="variants_dock.VariantsDock", text=tr("Planning variants"), icon="urban_twin.svg", toolbar=True),
        dict(kind="algorithm", target="urbantwin:massing", text=tr("Building masses from footprints…"), icon="urban_twin.svg"),
        dict(kind="algorithm", target="urbantwin:comparevariants", text=tr("Compare planning variants…"), icon="urban_twin.svg"),
        dict(kind="separator"),
        dict(kind="dock", target="catalogue_dock.CatalogueDock", text=tr("Catalogue"), icon="catalogue.svg", toolbar=True),
        dict(kind="algorithm", target="urbantwin:publish", text=tr("Publish layer to catalogue…"), icon="publish.svg"),
        dict(kind="algorithm", target="urbantwin:fetch", text=tr("Fetch result from catalogue…"), icon="fetch.svg"),
        dict(kind="separator"),
        dict(kind="dialog", target="councilmap_dialog.CouncilMapDialog", text=tr("Export council map…"), icon="councilmap.svg", toolbar=True),
        dict(kind="separator"),
        dict(kind="algorithm", target="urbantwin:musterquartier", text=tr("Create sample district (Musterquartier)…"), icon="urban_twin.svg"),
    ]
