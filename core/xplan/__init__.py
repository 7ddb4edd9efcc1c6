"""XPlanung: read XPlanGML 4.0–6.1 into one normalised model, write GeoPackages, style them after
PlanZV, validate plans and write XPlanGML 6.0 back."""
