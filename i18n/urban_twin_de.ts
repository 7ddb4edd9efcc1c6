<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>@default</name>
    <message>
        <location filename="../core/analysis/baunvo.py" />
        <source>complies</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <location filename="../core/analysis/baunvo.py" />
        <source>exceeds</source>
        <translation>überschritten</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_output.py" />
        <source>not determinable</source>
        <translation>nicht bestimmbar</translation>
    </message>
    <message>
        <location filename="../core/analysis/baunvo.py" />
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../core/analysis/baunvo.py" />
        <source>§17 BauNVO upper limit (orientation value, not set by the plan)</source>
        <translation>Obergrenze nach §17 BauNVO (Orientierungswert, nicht im Plan festgesetzt)</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>the building has neither storeys nor heights</source>
        <translation>das Gebäude hat weder Geschosszahl noch Höhen</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>the building height above terrain is not positive</source>
        <translation>die Gebäudehöhe über Gelände ist nicht positiv</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>the building has no eaves height (no roof surfaces)</source>
        <translation>das Gebäude hat keine Traufhöhe (keine Dachflächen)</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>the building has no height</source>
        <translation>das Gebäude hat keine Höhe</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>m above NHN</source>
        <translation>m ü. NHN</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>the building has no absolute heights</source>
        <translation>das Gebäude hat keine absoluten Höhen</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>m above terrain (DEM)</source>
        <translation>m über Gelände (DGM)</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>m above terrain (given terrain height)</source>
        <translation>m über Gelände (angegebene Geländehöhe)</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>m above terrain (lowest point of the building)</source>
        <translation>m über Gelände (tiefster Gebäudepunkt)</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>the plan gives heights relative to its Bezugshöhe, but sets no Bezugshöhe</source>
        <translation>der Plan gibt Höhen relativ zu seiner Bezugshöhe an, setzt aber keine Bezugshöhe fest</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>the height reference {} (pavement, street or ground floor) is not in the data</source>
        <translation>der Höhenbezug {} (Gehweg, Straße oder Erdgeschoss) ist in den Daten nicht enthalten</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>the area has no extent</source>
        <translation>die Fläche hat keine Ausdehnung</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>the plan sets no value</source>
        <translation>der Plan setzt keinen Wert fest</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>no building in this area</source>
        <translation>kein Gebäude in dieser Fläche</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>{} of {} buildings not determinable: {}</source>
        <translation>{} von {} Gebäuden nicht bestimmbar: {}</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>main buildings only; {} m² of garages, carports and Nebenanlagen count towards GRZ II (§19(4) BauNVO)</source>
        <translation>nur Hauptgebäude; {} m² Garagen, Carports und Nebenanlagen zählen zur GRZ II (§19 Abs. 4 BauNVO)</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>the input has no BuildingParts (as in the footprints layer): only whole garages and Nebenanlagen are recognised, a garage attached to a house counts towards GRZ</source>
        <translation>die Eingabe hat keine Gebäudeteile (wie der Layer footprints): nur ganze Garagen und Nebenanlagen werden erkannt, eine an ein Haus angebaute Garage zählt zur GRZ</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>including garages and Nebenanlagen; limit GRZ + 50 %, at most 0.8 (§19(4) BauNVO)</source>
        <translation>einschließlich Garagen und Nebenanlagen; Grenze GRZ + 50 %, höchstens 0,8 (§19 Abs. 4 BauNVO)</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>{} buildings without storeys or heights: {}</source>
        <translation>{} Gebäude ohne Geschosszahl oder Höhen: {}</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>floor area estimated from footprint × full storeys</source>
        <translation>Geschossfläche geschätzt aus Grundfläche × Vollgeschosse</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>storeys estimated from height ÷ storey height; whether a storey is a Vollgeschoss is defined by the Landesbauordnung</source>
        <translation>Geschosse geschätzt aus Höhe ÷ Geschosshöhe; ob ein Geschoss ein Vollgeschoss ist, regelt die Landesbauordnung</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>outside the plan areas</source>
        <translation>außerhalb der Planflächen</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>The storey height must be greater than 0.</source>
        <translation>Die Geschosshöhe muss größer als 0 sein.</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance.py" />
        <source>no buildings in the input</source>
        <translation>keine Gebäude in der Eingabe</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_io.py" />
        <source>Building {} has no usable footprint geometry and is left out.</source>
        <translation>Gebäude {} hat keine verwendbare Grundrissgeometrie und wird ausgelassen.</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_io.py" />
        <source>Plan area {} has no usable polygon geometry and is left out.</source>
        <translation>Planfläche {} hat keine verwendbare Flächengeometrie und wird ausgelassen.</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_io.py" />
        <source>Parcel {} has no usable polygon geometry and is left out.</source>
        <translation>Flurstück {} hat keine verwendbare Flächengeometrie und wird ausgelassen.</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>GRZ</source>
        <translation>GRZ</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>GRZ II (incl. garages and Nebenanlagen)</source>
        <translation>GRZ II (inkl. Garagen und Nebenanlagen)</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>GFZ</source>
        <translation>GFZ</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>Full storeys (Z)</source>
        <translation>Vollgeschosse (Z)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Building height (GH)</source>
        <translation>Gebäudehöhe (GH)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Ridge height (FH)</source>
        <translation>Firsthöhe (FH)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Eaves height (TH)</source>
        <translation>Traufhöhe (TH)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Top edge (OK)</source>
        <translation>Oberkante (OK)</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>per parcel (Baugrundstück) within the plan area</source>
        <translation>je Flurstück (Baugrundstück) innerhalb der Planfläche</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>per plan area (no parcels given)</source>
        <translation>je Planfläche (keine Flurstücke angegeben)</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>Check unit</source>
        <translation>Prüfeinheit</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>Basis</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>Basis (label)</source>
        <translation>Bezug (Bezeichnung)</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>Plan area</source>
        <translation>Planfläche</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>Parcel</source>
        <translation>Flurstück</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>Zone type</source>
        <translation>Baugebietstyp</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Area (m²)</source>
        <translation>Fläche (m²)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_musterquartier.py" />
        <source>Number of buildings</source>
        <translation>Anzahl der Gebäude</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>Built area, main buildings (m²)</source>
        <translation>Grundfläche Hauptgebäude (m²)</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>Built area incl. Nebenanlagen (m²)</source>
        <translation>Grundfläche inkl. Nebenanlagen (m²)</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>Floor area estimate (m²)</source>
        <translation>Geschossfläche, geschätzt (m²)</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>Highest eaves above terrain (m)</source>
        <translation>Höchste Traufe über Gelände (m)</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>Highest building above terrain (m)</source>
        <translation>Höchstes Gebäude über Gelände (m)</translation>
    </message>
    <message>
        <location filename="../core/variants/council.py" />
        <source>Highest point (m NHN)</source>
        <translation>Höchster Punkt (m ü. NHN)</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>GRZ of the whole plan area</source>
        <translation>GRZ der gesamten Planfläche</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>GFZ of the whole plan area</source>
        <translation>GFZ der gesamten Planfläche</translation>
    </message>
    <message>
        <location filename="../core/variants/styles.py" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>Status (label)</source>
        <translation>Status (Bezeichnung)</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>Exceeded measures</source>
        <translation>Überschrittene Maße</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>{}: actual</source>
        <translation>{}: Ist-Wert</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>{}: limit</source>
        <translation>{}: Grenzwert</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>{}: source of the limit</source>
        <translation>{}: Herkunft des Grenzwerts</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>{}: status</source>
        <translation>{}: Status</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>{}: status (label)</source>
        <translation>{}: Status (Bezeichnung)</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>{}: excess</source>
        <translation>{}: Überschreitung</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>{}: note</source>
        <translation>{}: Hinweis</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>{}: height reference</source>
        <translation>{}: Höhenbezug</translation>
    </message>
    <message>
        <location filename="../core/variants/project.py" />
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>Check units</source>
        <translation>Prüfeinheiten</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>Full storeys</source>
        <translation>Vollgeschosse</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>Full storeys: source</source>
        <translation>Vollgeschosse: Herkunft</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_output.py" />
        <source>Eaves height above terrain (m)</source>
        <translation>Traufhöhe über Gelände (m)</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>Total height above terrain (m)</source>
        <translation>Gesamthöhe über Gelände (m)</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>Rules broken by the building</source>
        <translation>Vom Gebäude überschrittene Festsetzungen</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>Measures exceeded by its plot</source>
        <translation>Von seiner Fläche überschrittene Maße</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>Rules not determinable</source>
        <translation>Nicht bestimmbare Festsetzungen</translation>
    </message>
    <message>
        <location filename="../core/variants/compose.py" />
        <source>city model</source>
        <translation>Stadtmodell</translation>
    </message>
    <message>
        <location filename="../core/analysis/compliance_output.py" />
        <source>estimate: height ÷ storey height</source>
        <translation>Schätzung: Höhe ÷ Geschosshöhe</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>Share residential (floor area)</source>
        <translation>Anteil Wohnen (Geschossfläche)</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>Share commercial (floor area)</source>
        <translation>Anteil Handel und Dienstleistung (Geschossfläche)</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>Share industrial (floor area)</source>
        <translation>Anteil Gewerbe und Industrie (Geschossfläche)</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>Share public (floor area)</source>
        <translation>Anteil öffentliche Zwecke (Geschossfläche)</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>Share agricultural (floor area)</source>
        <translation>Anteil Land- und Forstwirtschaft (Geschossfläche)</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>Share garages and Nebenanlagen (floor area)</source>
        <translation>Anteil Garagen und Nebenanlagen (Geschossfläche)</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>Share other functions (floor area)</source>
        <translation>Anteil sonstige Funktionen (Geschossfläche)</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>Share unknown function (floor area)</source>
        <translation>Anteil unbekannte Funktion (Geschossfläche)</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>District id</source>
        <translation>Quartierskennung</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>Built area (m²)</source>
        <translation>Bebaute Fläche (m²)</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>GRZ (actual)</source>
        <translation>GRZ (Ist)</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>GFZ (actual, estimate)</source>
        <translation>GFZ (Ist, geschätzt)</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>Buildings without storeys or heights</source>
        <translation>Gebäude ohne Geschosszahl oder Höhen</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>Building volume (m³)</source>
        <translation>Gebäudevolumen (m³)</translation>
    </message>
    <message>
        <location filename="../core/climate/heat_io.py" />
        <source>Mean building height (m)</source>
        <translation>Mittlere Gebäudehöhe (m)</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>Maximum building height (m)</source>
        <translation>Größte Gebäudehöhe (m)</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>Roof types (count)</source>
        <translation>Dachformen (Anzahl)</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>Most frequent roof type</source>
        <translation>Häufigste Dachform</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>Buildings with known year of construction</source>
        <translation>Gebäude mit bekanntem Baujahr</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>Oldest year of construction</source>
        <translation>Ältestes Baujahr</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>Median year of construction</source>
        <translation>Median des Baujahrs</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>Newest year of construction</source>
        <translation>Jüngstes Baujahr</translation>
    </message>
    <message>
        <location filename="../core/analysis/district_output.py" />
        <source>{} (apportioned)</source>
        <translation>{} (umgelegt)</translation>
    </message>
    <message>
        <location filename="../core/analysis/result_layers.py" />
        <source>Please choose a file (GeoPackage) as output.</source>
        <translation>Bitte eine Datei (GeoPackage) als Ausgabe wählen.</translation>
    </message>
    <message>
        <location filename="../core/analysis/result_layers.py" />
        <source>Cannot write the output: {}</source>
        <translation>Die Ausgabe kann nicht geschrieben werden: {}</translation>
    </message>
    <message>
        <location filename="../core/xplan/gpkg.py" />
        <source>Writing failed: {}</source>
        <translation>Schreiben fehlgeschlagen: {}</translation>
    </message>
    <message>
        <location filename="../core/analysis/result_layers.py" />
        <source>The output could not be read back after writing.</source>
        <translation>Die Ausgabe konnte nach dem Schreiben nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/write_checks.py" />
        <source>Only {} of {} features were written.</source>
        <translation>Nur {} von {} Objekten wurden geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/analysis/result_layers.py" />
        <source>Urban Twin style</source>
        <translation>Urban-Twin-Stil</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>The style could not be stored in the database: {}</source>
        <translation>Der Stil konnte nicht in der Datenbank gespeichert werden: {}</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/climate.py" />
        <source>{}: expected 12 numbers separated by commas, got “{}”.</source>
        <translation>{}: 12 durch Kommas getrennte Zahlen erwartet, erhalten „{}“.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_sunhours.py" />
        <source>The time step must divide a day evenly (e.g. 10, 15, 30, 60 minutes).</source>
        <translation>Der Zeitschritt muss einen Tag ohne Rest teilen (z. B. 10, 15, 30, 60 Minuten).</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/climate.py" />
        <source>Unknown sky model {}.</source>
        <translation>Unbekanntes Himmelsmodell {}.</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/climate.py" />
        <source>The overcast transmittance must lie between 0 and 1.</source>
        <translation>Die Transmission bei bedecktem Himmel muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/facade.py" />
        <source>The layer has no wall surfaces (surface_type = WallSurface) for façade points.</source>
        <translation>Der Layer enthält keine Wandflächen (surface_type = WallSurface) für Fassadenpunkte.</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/geometry.py" />
        <source>The geometry has no Z coordinates; 3D surfaces (MultiPolygonZ) are needed.</source>
        <translation>Die Geometrie hat keine Z-Koordinaten; benötigt werden 3D-Flächen (MultiPolygonZ).</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/geometry.py" />
        <source>Only polygon geometries are supported here.</source>
        <translation>Hier werden nur Polygongeometrien unterstützt.</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/heightraster.py" />
        <source>The area is too large for a {} m height raster; choose a coarser resolution.</source>
        <translation>Das Gebiet ist für ein Höhenraster mit {} m zu groß; wählen Sie eine gröbere Auflösung.</translation>
    </message>
    <message>
        <location filename="../core/climate/rasters.py" />
        <source>The DEM cannot be opened.</source>
        <translation>Das Geländemodell (DGM) kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/heightraster.py" />
        <source>The DEM is in another coordinate reference system ({}) than the surfaces ({}); reproject it first.</source>
        <translation>Das DGM liegt in einem anderen Koordinatenbezugssystem ({}) als die Flächen ({}); bitte zuerst umprojizieren.</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/heightraster.py" />
        <source>The DEM does not cover the buildings (DEM {:.0f}, {:.0f} – {:.0f}, {:.0f}; buildings {:.0f}, {:.0f} – {:.0f}, {:.0f}).</source>
        <translation>Das DGM deckt die Gebäude nicht ab (DGM {:.0f}, {:.0f} – {:.0f}, {:.0f}; Gebäude {:.0f}, {:.0f} – {:.0f}, {:.0f}).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>The layer {} must be in a projected CRS with metres (e.g. EPSG:25832), not {}.</source>
        <translation>Der Layer {} muss in einem projizierten KBS mit Metern vorliegen (z. B. EPSG:25832), nicht in {}.</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/layers.py" />
        <source>The layer {} is in {} (degrees); it is computed in {} (metres).</source>
        <translation>Der Layer {} liegt in {} (Grad); gerechnet wird in {} (Meter).</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/layers.py" />
        <source>The layer {} lacks the fields {} (expected a building_surfaces layer).</source>
        <translation>Dem Layer {} fehlen die Felder {} (erwartet wird ein building_surfaces-Layer).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Surface id</source>
        <translation>Flächen-ID</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dtiles.py" />
        <source>Building id</source>
        <translation>Gebäude-ID</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Surface type</source>
        <translation>Flächenart</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Tilt (°)</source>
        <translation>Neigung (°)</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Azimuth (°, 180 = south)</source>
        <translation>Ausrichtung (°, 180 = Süd)</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Usable area (m²)</source>
        <translation>Nutzbare Fläche (m²)</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Annual irradiation with shading (kWh/m²a)</source>
        <translation>Jährliche Einstrahlung mit Verschattung (kWh/m²a)</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Annual irradiation without shading (kWh/m²a)</source>
        <translation>Jährliche Einstrahlung ohne Verschattung (kWh/m²a)</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Shading loss (%)</source>
        <translation>Verschattungsverlust (%)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_sunhours.py" />
        <source>Sky view factor</source>
        <translation>Himmelssichtfaktor</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Share of the optimum (%)</source>
        <translation>Anteil am Optimum (%)</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Suitability</source>
        <translation>Eignung</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Suitability (label)</source>
        <translation>Eignung (Bezeichnung)</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Module power (kWp)</source>
        <translation>Modulleistung (kWp)</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Yield (kWh/a)</source>
        <translation>Ertrag (kWh/a)</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Roof surfaces</source>
        <translation>Dachflächen</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_output.py" />
        <source>Roof area (m²)</source>
        <translation>Dachfläche (m²)</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Mean annual irradiation with shading (kWh/m²a)</source>
        <translation>Mittlere jährliche Einstrahlung mit Verschattung (kWh/m²a)</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Best suitability</source>
        <translation>Beste Eignung</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Best suitability (label)</source>
        <translation>Beste Eignung (Bezeichnung)</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>≥ {} kWh/m²a</source>
        <translation>≥ {} kWh/m²a</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>&lt; {} kWh/m²a</source>
        <translation>&lt; {} kWh/m²a</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>{} – {} kWh/m²a</source>
        <translation>{} – {} kWh/m²a</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Solar potential of roofs</source>
        <translation>Solarpotenzial der Dächer</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Annual irradiation (kWh/m²a) with and without shading, usable area, kWp and yield per roof surface.</source>
        <translation>Jährliche Einstrahlung (kWh/m²a) mit und ohne Verschattung, nutzbare Fläche, kWp und Ertrag je Dachfläche.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Solar potential per building</source>
        <translation>Solarpotenzial je Gebäude</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Roof area, usable area, kWp and yield per building; the best roof's suitability class.</source>
        <translation>Dachfläche, nutzbare Fläche, kWp und Ertrag je Gebäude; Eignungsklasse der besten Dachfläche.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Sun elevation (°)</source>
        <translation>Sonnenhöhe (°)</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Sun azimuth (°)</source>
        <translation>Sonnenazimut (°)</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Shadow length (m)</source>
        <translation>Schattenlänge (m)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Shadow area (m²)</source>
        <translation>Schattenfläche (m²)</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Shadows of buildings</source>
        <translation>Schatten der Gebäude</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Shadow polygons on flat local ground for the given local times.</source>
        <translation>Schattenpolygone auf ebenem örtlichem Gelände für die angegebenen Ortszeiten.</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Façade orientation (°, 180 = south)</source>
        <translation>Fassadenausrichtung (°, 180 = Süd)</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Height of the point (m)</source>
        <translation>Höhe des Punkts (m)</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Hours of direct sun (h)</source>
        <translation>Stunden direkter Sonne (h)</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>≥ {} h</source>
        <translation>≥ {} h</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>{} – {} h</source>
        <translation>{} – {} h</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Hours of direct sun on façades</source>
        <translation>Besonnungsdauer an Fassaden</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/outputs.py" />
        <source>Hours of direct sun per façade point on the given day.</source>
        <translation>Stunden direkter Sonne je Fassadenpunkt am gewählten Tag.</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/potential.py" />
        <source>very good</source>
        <translation>sehr gut</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/potential.py" />
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/potential.py" />
        <source>limited</source>
        <translation>bedingt geeignet</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/potential.py" />
        <source>check on site</source>
        <translation>vor Ort prüfen</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/potential.py" />
        <source>not suitable</source>
        <translation>nicht geeignet</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/potential.py" />
        <source>Surface {} is degenerate (no area) and was skipped.</source>
        <translation>Die Fläche {} ist entartet (keine Fläche) und wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/potential.py" />
        <source>Height raster built</source>
        <translation>Höhenraster erstellt</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/potential.py" />
        <source>The surfaces layer contains no roof surfaces (surface_type = RoofSurface).</source>
        <translation>Der Flächen-Layer enthält keine Dachflächen (surface_type = RoofSurface).</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/potential.py" />
        <source>Surfaces read</source>
        <translation>Flächen gelesen</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/potential.py" />
        <source>Horizons computed</source>
        <translation>Horizonte berechnet</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/potential.py" />
        <source>The irradiation entered for the months {} exceeds the clear-sky maximum at this site; the clear sky was scaled up — please check the table.</source>
        <translation>Die eingetragene Einstrahlung der Monate {} übersteigt das Klarhimmel-Maximum an diesem Standort; der klare Himmel wurde hochskaliert – bitte die Tabelle prüfen.</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/potential.py" />
        <source>Irradiation integrated</source>
        <translation>Einstrahlung aufsummiert</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/potential.py" />
        <source>No valid result for the surfaces {} (check their geometry).</source>
        <translation>Kein gültiges Ergebnis für die Flächen {} (Geometrie prüfen).</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/shadow.py" />
        <source>The sun is below {}° elevation; no shadow polygons are computed.</source>
        <translation>Die Sonne steht unter {}° Höhe; es werden keine Schattenpolygone berechnet.</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/times.py" />
        <source>Unknown time zone {} (use e.g. Europe/Berlin or UTC).</source>
        <translation>Unbekannte Zeitzone {} (z. B. Europe/Berlin oder UTC verwenden).</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/times.py" />
        <source>Invalid time “{}”: use HH:MM, a list HH:MM, HH:MM or a range HH:MM-HH:MM/minutes.</source>
        <translation>Ungültige Uhrzeit „{}“: HH:MM, eine Liste HH:MM, HH:MM oder eine Reihe HH:MM-HH:MM/Minuten angeben.</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/times.py" />
        <source>No time given (use e.g. 10:00).</source>
        <translation>Keine Uhrzeit angegeben (z. B. 10:00).</translation>
    </message>
    <message>
        <location filename="../core/analysis/solar/times.py" />
        <source>Invalid date “{}” (use YYYY-MM-DD).</source>
        <translation>Ungültiges Datum „{}“ (JJJJ-MM-TT verwenden).</translation>
    </message>
    <message>
        <location filename="../core/analysis/working_crs.py" />
        <source>None of the input layers is in a projected CRS (e.g. EPSG:25832) and their position is unknown; areas cannot be measured in degrees.</source>
        <translation>Keiner der Eingabelayer liegt in einem projizierten KBS (z. B. EPSG:25832) und ihre Lage ist unbekannt; Flächen können nicht in Grad gemessen werden.</translation>
    </message>
    <message>
        <location filename="../core/analysis/working_crs.py" />
        <source>Computing in {} (metres).</source>
        <translation>Berechnung in {} (Meter).</translation>
    </message>
    <message>
        <location filename="../core/analysis/working_crs.py" />
        <source>All inputs are in geographic coordinates; computing in the UTM zone of the data, {} (metres).</source>
        <translation>Alle Eingaben liegen in geographischen Koordinaten; Berechnung in der UTM-Zone der Daten, {} (Meter).</translation>
    </message>
    <message>
        <location filename="../core/atomic.py" />
        <source>The output is a folder; please choose a file name.</source>
        <translation>Die Ausgabe ist ein Ordner; bitte einen Dateinamen wählen.</translation>
    </message>
    <message>
        <location filename="../core/demo/musterquartier.py" />
        <source>The output folder does not exist.</source>
        <translation>Der Ausgabeordner existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/processing/destinations.py" />
        <source>The output folder is not writable.</source>
        <translation>Der Ausgabeordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location filename="../core/atomic.py" />
        <source>The output was not written.</source>
        <translation>Die Ausgabe wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/atomic.py" />
        <source>The output could not be written: {}</source>
        <translation>Die Ausgabe konnte nicht geschrieben werden: {}</translation>
    </message>
    <message>
        <location filename="../core/catalogue/assets.py" />
        <source>The record's data link points to a local file outside the catalogue's asset folder; refused: {}</source>
        <translation>Der Datenverweis des Eintrags zeigt auf eine lokale Datei außerhalb des Datenordners des Katalogs; abgelehnt: {}</translation>
    </message>
    <message>
        <location filename="../core/catalogue/assets.py" />
        <source>The record's data link uses a scheme that is not allowed (only https, or a file in the catalogue's asset folder); refused: {}</source>
        <translation>Der Datenverweis des Eintrags nutzt ein nicht erlaubtes Schema (nur https oder eine Datei im Datenordner des Katalogs); abgelehnt: {}</translation>
    </message>
    <message>
        <location filename="../core/catalogue/assets.py" />
        <source>The uploaded asset could not be verified (size or SHA-256 differ).</source>
        <translation>Die hochgeladene Datei konnte nicht bestätigt werden (Größe oder SHA-256 weichen ab).</translation>
    </message>
    <message>
        <location filename="../core/catalogue/assets.py" />
        <source>The record gives no SHA-256 checksum for its data; refusing to load unverified data.</source>
        <translation>Der Datensatz nennt keine SHA-256-Prüfsumme für seine Daten; ungeprüfte Daten werden nicht geladen.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/assets.py" />
        <source>The data file of the record is missing.</source>
        <translation>Die Datendatei des Datensatzes fehlt.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/assets.py" />
        <source>Downloaded data has {} bytes, the record says {}; rejected.</source>
        <translation>Die heruntergeladenen Daten haben {} Bytes, der Datensatz nennt {}; abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/assets.py" />
        <source>Downloaded data does not match the record's SHA-256 checksum; rejected.</source>
        <translation>Die heruntergeladenen Daten passen nicht zur SHA-256-Prüfsumme des Datensatzes; abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/backend.py" />
        <source>The record was changed in the catalogue since you loaded it; your change was not written.</source>
        <translation>Der Datensatz wurde im Katalog geändert, seit Sie ihn geladen haben; Ihre Änderung wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/backend.py" />
        <source>The record has no data file (no enclosure link).</source>
        <translation>Der Datensatz hat keine Datendatei (kein enclosure-Link).</translation>
    </message>
    <message>
        <location filename="../core/catalogue/connections.py" />
        <source>Local catalogue</source>
        <translation>Lokaler Katalog</translation>
    </message>
    <message>
        <location filename="../core/catalogue/connections.py" />
        <source>Invalid connection name (letters, digits, space, . ( ) - _; not 'local').</source>
        <translation>Ungültiger Verbindungsname (Buchstaben, Ziffern, Leerzeichen, . ( ) - _; nicht „local“).</translation>
    </message>
    <message>
        <location filename="../core/catalogue/connections.py" />
        <source>Unknown catalogue type.</source>
        <translation>Unbekannter Katalogtyp.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/connections.py" />
        <source>Put credentials into a QGIS authentication configuration, not into the URL.</source>
        <translation>Anmeldedaten gehören in eine QGIS-Authentifizierungskonfiguration, nicht in die URL.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/connections.py" />
        <source>There is no catalogue connection with this name.</source>
        <translation>Es gibt keine Katalogverbindung mit diesem Namen.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/oarec.py" />
        <source>The server answered with a web page instead of catalogue data (a proxy login page?).</source>
        <translation>Der Server hat mit einer Webseite statt mit Katalogdaten geantwortet (eine Proxy-Anmeldeseite?).</translation>
    </message>
    <message>
        <location filename="../core/catalogue/csw.py" />
        <source>The server's answer is not CSW XML: {}</source>
        <translation>Die Antwort des Servers ist kein CSW-XML: {}</translation>
    </message>
    <message>
        <location filename="../core/catalogue/csw.py" />
        <source>The catalogue refused the request: {}</source>
        <translation>Der Katalog hat die Anfrage abgelehnt: {}</translation>
    </message>
    <message>
        <location filename="../core/catalogue/csw.py" />
        <source>The server's answer is not a CSW search result (no csw:SearchResults).</source>
        <translation>Die Antwort des Servers ist kein CSW-Suchergebnis (kein csw:SearchResults).</translation>
    </message>
    <message>
        <location filename="../core/catalogue/csw.py" />
        <source>The server's answer is not a CSW GetRecordById result.</source>
        <translation>Die Antwort des Servers ist kein CSW-GetRecordById-Ergebnis.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/oarec.py" />
        <source>The server's answer is not the requested record.</source>
        <translation>Die Antwort des Servers ist nicht der angefragte Eintrag.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/csw.py" />
        <source>The server's answer is not a CSW transaction response.</source>
        <translation>Die Antwort des Servers ist keine CSW-Transaktionsantwort.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/csw.py" />
        <source>The catalogue confirmed the record but does not return it by its id.</source>
        <translation>Der Katalog hat den Eintrag bestätigt, liefert ihn aber nicht unter seiner Kennung aus.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/csw.py" />
        <source>The catalogue returns the record with a different content.</source>
        <translation>Der Katalog liefert den Eintrag mit anderem Inhalt aus.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/oarec.py" />
        <source>A different record with this id already exists in the catalogue.</source>
        <translation>Im Katalog gibt es bereits einen anderen Datensatz mit dieser Kennung.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/csw.py" />
        <source>The catalogue reports {} inserted records instead of 1.</source>
        <translation>Der Katalog meldet {} eingefügte Einträge statt 1.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/oarec.py" />
        <source>The record id does not match the id it replaces.</source>
        <translation>Die Kennung des Datensatzes passt nicht zu der Kennung, die er ersetzt.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/oarec.py" />
        <source>The record no longer exists in the catalogue.</source>
        <translation>Der Datensatz existiert im Katalog nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/csw.py" />
        <source>The catalogue reports {} updated records instead of 1.</source>
        <translation>Der Katalog meldet {} geänderte Einträge statt 1.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/csw.py" />
        <source>The catalogue confirmed the deletion but still returns the record.</source>
        <translation>Der Katalog hat das Löschen bestätigt, liefert den Eintrag aber weiterhin aus.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/gpkgembed.py" />
        <source>The GeoPackage is still in use and cannot be finalised.</source>
        <translation>Das GeoPackage ist noch in Benutzung und kann nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/iso19139.py" />
        <source>Produced with Urban Twin; no processing history was recorded.</source>
        <translation>Erzeugt mit Urban Twin; es wurde keine Verarbeitungshistorie aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/iso19139.py" />
        <source>Produced with Urban Twin {} (QGIS {}) by the algorithm {} version {} at {}.</source>
        <translation>Erzeugt mit Urban Twin {} (QGIS {}) durch den Algorithmus {} Version {} am {}.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/iso19139.py" />
        <source>Input: {}</source>
        <translation>Eingangsdaten: {}</translation>
    </message>
    <message>
        <location filename="../core/catalogue/isometa.py" />
        <source>The ISO metadata file does not exist.</source>
        <translation>Die ISO-Metadatendatei existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/isometa.py" />
        <source>The ISO metadata file is larger than 50 MB; refused.</source>
        <translation>Die ISO-Metadatendatei ist größer als 50 MB; abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/isoread.py" />
        <source>Not readable XML: {}</source>
        <translation>Kein lesbares XML: {}</translation>
    </message>
    <message>
        <location filename="../core/catalogue/isoread.py" />
        <source>Not ISO 19139 metadata (no gmd:MD_Metadata).</source>
        <translation>Keine ISO-19139-Metadaten (kein gmd:MD_Metadata).</translation>
    </message>
    <message>
        <location filename="../core/catalogue/isoread.py" />
        <source>The ISO metadata has no file identifier or no identification section.</source>
        <translation>Die ISO-Metadaten haben keinen Dateibezeichner oder keinen Identifikationsabschnitt.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/local.py" />
        <source>A different record with this id already exists.</source>
        <translation>Es gibt bereits einen anderen Datensatz mit dieser Kennung.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/local.py" />
        <source>Cannot read the record file: {}</source>
        <translation>Die Datensatzdatei kann nicht gelesen werden: {}</translation>
    </message>
    <message>
        <location filename="../core/catalogue/oarec.py" />
        <source>The server's answer is not an OGC API – Records item list (no 'features').</source>
        <translation>Die Antwort des Servers ist keine Eintragsliste nach OGC API – Records (kein 'features').</translation>
    </message>
    <message>
        <location filename="../core/catalogue/oarec.py" />
        <source>The server's answer is not a valid record: {}</source>
        <translation>Die Antwort des Servers ist kein gültiger Eintrag: {}</translation>
    </message>
    <message>
        <location filename="../core/catalogue/oarec.py" />
        <source>A record without geometry cannot be sent to this catalogue.</source>
        <translation>Ein Datensatz ohne Geometrie kann nicht an diesen Katalog gesendet werden.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/oarec.py" />
        <source>The server's answer to the new record is not what OGC API – Records promises (HTTP {}).</source>
        <translation>Die Antwort des Servers auf den neuen Eintrag entspricht nicht OGC API – Records (HTTP {}).</translation>
    </message>
    <message>
        <location filename="../core/catalogue/oarec.py" />
        <source>The server confirmed the new record but does not return it by its id.</source>
        <translation>Der Server hat den neuen Eintrag bestätigt, liefert ihn aber nicht unter seiner Kennung aus.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/oarec.py" />
        <source>The server returns the new record with a different content.</source>
        <translation>Der Server liefert den neuen Eintrag mit anderem Inhalt aus.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/oarec.py" />
        <source>The catalogue accepted the change but does not return it; please check the record.</source>
        <translation>Der Katalog hat die Änderung angenommen, liefert sie aber nicht zurück; bitte den Datensatz prüfen.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/record.py" />
        <source>Data licence Germany – attribution – 2.0 (dl-de/by-2.0)</source>
        <translation>Datenlizenz Deutschland – Namensnennung – 2.0 (dl-de/by-2.0)</translation>
    </message>
    <message>
        <location filename="../core/catalogue/record.py" />
        <source>Data licence Germany – zero – 2.0 (dl-de/zero-2.0)</source>
        <translation>Datenlizenz Deutschland – Zero – 2.0 (dl-de/zero-2.0)</translation>
    </message>
    <message>
        <location filename="../core/catalogue/record.py" />
        <source>Creative Commons Attribution 4.0 (CC BY 4.0)</source>
        <translation>Creative Commons Namensnennung 4.0 (CC BY 4.0)</translation>
    </message>
    <message>
        <location filename="../core/catalogue/record.py" />
        <source>Creative Commons Zero 1.0 (CC0)</source>
        <translation>Creative Commons Zero 1.0 (CC0)</translation>
    </message>
    <message>
        <location filename="../core/catalogue/record.py" />
        <source>Open Database License 1.0 (ODbL)</source>
        <translation>Open Database License 1.0 (ODbL)</translation>
    </message>
    <message>
        <location filename="../core/catalogue/record.py" />
        <source>Internal use only (no open licence)</source>
        <translation>Nur für den internen Gebrauch (keine offene Lizenz)</translation>
    </message>
    <message>
        <location filename="../core/catalogue/record.py" />
        <source>Invalid record id (allowed: letters, digits and : . _ -).</source>
        <translation>Ungültige Datensatzkennung (erlaubt: Buchstaben, Ziffern und : . _ -).</translation>
    </message>
    <message>
        <location filename="../core/catalogue/record.py" />
        <source>A record needs a title.</source>
        <translation>Ein Datensatz braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/record.py" />
        <source>Result (GeoPackage)</source>
        <translation>Ergebnis (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../core/catalogue/record.py" />
        <source>Not a catalogue record (JSON object expected).</source>
        <translation>Kein Katalogdatensatz (JSON-Objekt erwartet).</translation>
    </message>
    <message>
        <location filename="../core/catalogue/record.py" />
        <source>The record has no title.</source>
        <translation>Der Datensatz hat keinen Titel.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/services.py" />
        <source>The service link is not an http(s) URL; refused: {}</source>
        <translation>Der Dienstverweis ist keine http(s)-URL; abgelehnt: {}</translation>
    </message>
    <message>
        <location filename="../core/catalogue/services.py" />
        <source>The service link names no layer or collection; open the service in the Data Source Manager.</source>
        <translation>Der Dienstverweis nennt keinen Layer und keine Collection; öffnen Sie den Dienst in der Datenquellenverwaltung.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/services.py" />
        <source>The service could not be opened: {}</source>
        <translation>Der Dienst konnte nicht geöffnet werden: {}</translation>
    </message>
    <message>
        <location filename="../core/catalogue/sync.py" />
        <source>Cannot write the GeoPackage: {}</source>
        <translation>Das GeoPackage kann nicht geschrieben werden: {}</translation>
    </message>
    <message>
        <location filename="../core/catalogue/sync.py" />
        <source>Style of the published result</source>
        <translation>Stil des veröffentlichten Ergebnisses</translation>
    </message>
    <message>
        <location filename="../core/catalogue/sync.py" />
        <source>The staged data file of this publication is missing.</source>
        <translation>Die vorbereitete Datendatei dieser Veröffentlichung fehlt.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/sync.py" />
        <source>The staged data file changed after it was queued; not published.</source>
        <translation>Die vorbereitete Datendatei wurde nach dem Einreihen verändert; nicht veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/sync.py" />
        <source>This catalogue connection has no asset folder for the data files.</source>
        <translation>Diese Katalogverbindung hat keinen Ordner für die Datendateien.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/sync.py" />
        <source>The catalogue has no record with this id.</source>
        <translation>Der Katalog hat keinen Datensatz mit dieser Kennung.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/sync.py" />
        <source>The downloaded file is not a readable GeoPackage.</source>
        <translation>Die heruntergeladene Datei ist kein lesbares GeoPackage.</translation>
    </message>
    <message>
        <location filename="../core/catalogue/sync.py" />
        <source>Load the record before changing it (its version is unknown).</source>
        <translation>Laden Sie den Datensatz, bevor Sie ihn ändern (seine Version ist unbekannt).</translation>
    </message>
    <message>
        <location filename="../core/catalogue/sync.py" />
        <source>Only metadata can be corrected; results are immutable (publish a new version).</source>
        <translation>Nur Metadaten können korrigiert werden; Ergebnisse sind unveränderlich (neue Version veröffentlichen).</translation>
    </message>
    <message>
        <location filename="../core/catalogue/tasks.py" />
        <source>Unexpected error: {}</source>
        <translation>Unerwarteter Fehler: {}</translation>
    </message>
    <message>
        <location filename="../core/catalogue/tasks.py" />
        <source>Urban Twin: searching the catalogue</source>
        <translation>Urban Twin: Katalog wird durchsucht</translation>
    </message>
    <message>
        <location filename="../core/catalogue/tasks.py" />
        <source>Urban Twin: loading a catalogue record</source>
        <translation>Urban Twin: Katalogdatensatz wird geladen</translation>
    </message>
    <message>
        <location filename="../core/citymodel/citygml_reader.py" />
        <source>The reference {} points to no object in this member (dangling xlink).</source>
        <translation>Der Verweis {} zeigt auf kein Objekt in diesem Element (ins Leere laufender xlink).</translation>
    </message>
    <message>
        <location filename="../core/citymodel/citygml_reader.py" />
        <source>The reference {} is circular.</source>
        <translation>Der Verweis {} ist zirkulär.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/citygml_reader.py" />
        <source>Polygon {} (line {}): {}</source>
        <translation>Polygon {} (Zeile {}): {}</translation>
    </message>
    <message>
        <location filename="../core/citymodel/citygml_reader.py" />
        <source>The polygon has no exterior ring.</source>
        <translation>Das Polygon hat keinen äußeren Ring.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/citygml_reader.py" />
        <source>The ring has no coordinates.</source>
        <translation>Der Ring hat keine Koordinaten.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/citygml_reader.py" />
        <source>Invalid or truncated XML: {}</source>
        <translation>Ungültiges oder abgeschnittenes XML: {}</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>“transform” must be an object with “scale” and “translate”.</source>
        <translation>„transform“ muss ein Objekt mit „scale“ und „translate“ sein.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>“transform.{}” must be three finite numbers{} (found {}).</source>
        <translation>„transform.{}“ muss aus drei endlichen Zahlen bestehen{} (gefunden: {}).</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>, none of them 0</source>
        <translation>, keine davon 0</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>The ring has too few points ({}; at least 3 needed).</source>
        <translation>Der Ring hat zu wenige Punkte ({}; mindestens 3 nötig).</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>A ring contains vertex indices that are not whole numbers.</source>
        <translation>Ein Ring enthält Punktindizes, die keine ganzen Zahlen sind.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>A ring refers to the negative vertex index {}.</source>
        <translation>Ein Ring verweist auf den negativen Punktindex {}.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>A ring refers to a vertex that does not exist.</source>
        <translation>Ein Ring verweist auf einen nicht vorhandenen Stützpunkt.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>A ring refers to a vertex with NaN or infinite coordinates.</source>
        <translation>Ein Ring verweist auf einen Punkt mit NaN- oder unendlichen Koordinaten.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>The geometry instance has NaN or infinite coordinates.</source>
        <translation>Die Geometrie-Instanz hat NaN- oder unendliche Koordinaten.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>Invalid geometry.</source>
        <translation>Ungültige Geometrie.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>The file is not UTF-8 text.</source>
        <translation>Die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>Invalid or truncated JSON: {}</source>
        <translation>Ungültiges oder abgeschnittenes JSON: {}</translation>
    </message>
    <message>
        <location filename="../core/citymodel/parallel.py" />
        <source>The file is nested too deeply to be read.</source>
        <translation>Die Datei ist zu tief verschachtelt, um gelesen zu werden.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>The file is not a CityJSON document.</source>
        <translation>Die Datei ist kein CityJSON-Dokument.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>The object is nested too deeply to be read.</source>
        <translation>Das Objekt ist zu tief verschachtelt, um gelesen zu werden.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>The header line is longer than {:g} MB.</source>
        <translation>Die Kopfzeile ist länger als {:g} MB.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>Invalid JSON in the header line: {}</source>
        <translation>Ungültiges JSON in der Kopfzeile: {}</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>The header line is nested too deeply to be read.</source>
        <translation>Die Kopfzeile ist zu tief verschachtelt, um gelesen zu werden.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>The first line is not a CityJSON header.</source>
        <translation>Die erste Zeile ist kein CityJSON-Kopf.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>The line is longer than {:g} MB and was not read.</source>
        <translation>Die Zeile ist länger als {:g} MB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>The file ends in the middle of a feature (truncated): {}</source>
        <translation>Die Datei endet mitten in einem Objekt (abgeschnitten): {}</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>Invalid or truncated JSON line: {}</source>
        <translation>Ungültige oder abgeschnittene JSON-Zeile: {}</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>The line is nested too deeply to be read.</source>
        <translation>Die Zeile ist zu tief verschachtelt, um gelesen zu werden.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>The line is not a CityJSONFeature.</source>
        <translation>Die Zeile ist kein CityJSONFeature.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/cityjson_reader.py" />
        <source>The vertices are not lists of three numbers.</source>
        <translation>Die Punkte (vertices) sind keine Listen aus drei Zahlen.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/codelists.py" />
        <source>Residential</source>
        <translation>Wohnen</translation>
    </message>
    <message>
        <location filename="../core/citymodel/codelists.py" />
        <source>Commercial and services</source>
        <translation>Handel und Dienstleistung</translation>
    </message>
    <message>
        <location filename="../core/citymodel/codelists.py" />
        <source>Industry and utilities</source>
        <translation>Industrie und Versorgung</translation>
    </message>
    <message>
        <location filename="../core/citymodel/codelists.py" />
        <source>Public</source>
        <translation>Öffentliche Zwecke</translation>
    </message>
    <message>
        <location filename="../core/citymodel/codelists.py" />
        <source>Agriculture and forestry</source>
        <translation>Land- und Forstwirtschaft</translation>
    </message>
    <message>
        <location filename="../core/citymodel/codelists.py" />
        <source>Garages and ancillary</source>
        <translation>Garagen und Nebengebäude</translation>
    </message>
    <message>
        <location filename="../core/citymodel/codelists.py" />
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../core/citymodel/geometry.py" />
        <source>Coordinates are not numbers.</source>
        <translation>Die Koordinaten sind keine Zahlen.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/geometry.py" />
        <source>The number of coordinates does not fit the dimension {}.</source>
        <translation>Die Anzahl der Koordinaten passt nicht zur Dimension {}.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/geometry.py" />
        <source>The ring has too few points ({}; at least 4 needed).</source>
        <translation>Der Ring hat zu wenige Punkte ({}; mindestens 4 nötig).</translation>
    </message>
    <message>
        <location filename="../core/citymodel/geometry.py" />
        <source>The ring contains NaN or infinite coordinates.</source>
        <translation>Der Ring enthält NaN- oder unendliche Koordinaten.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/geometry.py" />
        <source>The ring is not closed (first and last point differ by {:.4g} m; tolerance {:.4g} m).</source>
        <translation>Der Ring ist nicht geschlossen (erster und letzter Punkt liegen {:.4g} m auseinander; Toleranz {:.4g} m).</translation>
    </message>
    <message>
        <location filename="../core/xplan/gpkg.py" />
        <source>The GeoPackage cannot be created.</source>
        <translation>Das GeoPackage kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/gpkg_writer.py" />
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../core/xplan/reader.py" />
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>The file is an XPlanGML plan, not a city model; use “Import XPlanGML plan”.</source>
        <translation>Die Datei ist ein XPlanGML-Plan, kein Stadtmodell; verwenden Sie „XPlanGML-Plan importieren“.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>The file is neither CityGML nor CityJSON/CityJSONSeq.</source>
        <translation>Die Datei ist weder CityGML noch CityJSON/CityJSONSeq.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>The CRS override {} is not an EPSG code.</source>
        <translation>Das vorgegebene KBS {} ist kein EPSG-Code.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>The CRS {} is not known to PROJ.</source>
        <translation>Das KBS {} ist PROJ nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>No CityGML or CityJSON files were found in the input.</source>
        <translation>In der Eingabe wurden keine CityGML- oder CityJSON-Dateien gefunden.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>Every tile is unchanged since the last import; nothing was loaded.</source>
        <translation>Keine Kachel hat sich seit dem letzten Import geändert; es wurde nichts geladen.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>The input could not be read completely, so the output was not written (an existing one is unchanged). Set “Allow partial import” (ALLOW_PARTIAL) to import the readable objects.</source>
        <translation>Die Eingabe konnte nicht vollständig gelesen werden, daher wurde die Ausgabe nicht geschrieben (eine vorhandene bleibt unverändert). „Teilimport zulassen“ (ALLOW_PARTIAL) setzen, um die lesbaren Objekte zu importieren.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/parallel.py" />
        <source>Nothing could be read.</source>
        <translation>Es konnte nichts gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>The CRS of the file ({}) is not known to PROJ; the layers get no CRS and the figures assume metres. Set the CRS parameter to assign the right one.</source>
        <translation>Das KBS der Datei ({}) ist PROJ nicht bekannt; die Layer erhalten kein KBS und die Kennzahlen gehen von Metern aus. Weisen Sie das richtige KBS mit dem Parameter KBS zu.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>The CRS of the file is unknown ({}); the layers get no CRS. Set the CRS parameter to assign one.</source>
        <translation>Das Koordinatenbezugssystem der Datei ist unbekannt ({}); die Layer erhalten kein KBS. Geben Sie es mit dem Parameter KBS vor.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>none given</source>
        <translation>keines angegeben</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>The file cannot be reprojected into {}: its CRS is unknown. Set the CRS parameter.</source>
        <translation>Die Datei kann nicht nach {} transformiert werden: ihr KBS ist unbekannt. Setzen Sie den Parameter KBS.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>The file is in {} but the import is in {}; it was not imported (import it separately).</source>
        <translation>Die Datei liegt in {}, der Import aber in {}; sie wurde nicht importiert (bitte getrennt importieren).</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>{} with LoD {}</source>
        <translation>{} mit LoD {}</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>LoD{} for {}</source>
        <translation>LoD{} für {}</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>Levels of detail of the buildings: {}. Taken (one LoD per building, preferred LoD{}): {}.</source>
        <translation>Detaillierungsgrade der Gebäude: {}. Übernommen (ein LoD je Gebäude, bevorzugt LoD{}): {}.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>{} nearly closed rings (gap up to {} mm) were closed.</source>
        <translation>{} fast geschlossene Ringe (Lücke bis {} mm) wurden geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>{} polygons had a gml:id already used in the same building; references were resolved in order.</source>
        <translation>{} Polygone hatten eine gml:id, die im selben Gebäude schon vergeben war; Verweise wurden der Reihe nach aufgelöst.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>The data is in geographic coordinates ({}); areas, tilts, azimuths and footprint areas were computed in metres in {} (UTM zone of the data).</source>
        <translation>Die Daten liegen in geographischen Koordinaten ({}); Flächen, Neigungen, Ausrichtungen und Grundflächen wurden in Metern in {} berechnet (UTM-Zone der Daten).</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>{}: refilled in place (slower than a table swap) to keep what depends on it: {}.</source>
        <translation>{}: an Ort und Stelle neu befüllt (langsamer als ein Tabellentausch), damit erhalten bleibt, was darauf aufbaut: {}.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>Buildings and building parts</source>
        <translation>Gebäude und Gebäudeteile</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>Semantic building surfaces</source>
        <translation>Semantische Gebäudeflächen</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>Building footprints (2D)</source>
        <translation>Gebäudegrundrisse (2D)</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>Imported from {}. Heights: {}.</source>
        <translation>Importiert aus {}. Höhen: {}.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/importer.py" />
        <source>not specified</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../core/citymodel/json_scan.py" />
        <source>Each vertex needs 3 coordinates.</source>
        <translation>Jeder Stützpunkt braucht 3 Koordinaten.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/json_scan.py" />
        <source>Unterminated string.</source>
        <translation>Nicht abgeschlossene Zeichenkette.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/json_scan.py" />
        <source>The JSON value is not closed.</source>
        <translation>Der JSON-Wert ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/metric.py" />
        <source>The coordinates cannot be transformed from EPSG:{} to EPSG:{}.</source>
        <translation>Die Koordinaten lassen sich nicht von EPSG:{} nach EPSG:{} transformieren.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/metric.py" />
        <source>The object has NaN or infinite coordinates.</source>
        <translation>Das Objekt hat NaN- oder unendliche Koordinaten.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/metric.py" />
        <source>The object has coordinates outside ±180° longitude / ±90° latitude.</source>
        <translation>Das Objekt hat Koordinaten außerhalb von ±180° Länge / ±90° Breite.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/metric.py" />
        <source>The object has absurd coordinates (up to {:.3g}).</source>
        <translation>Das Objekt hat unsinnige Koordinaten (bis {:.3g}).</translation>
    </message>
    <message>
        <location filename="../core/citymodel/metric.py" />
        <source>The object has absurd heights ({:.3g} to {:.3g} m).</source>
        <translation>Das Objekt hat unsinnige Höhen ({:.3g} bis {:.3g} m).</translation>
    </message>
    <message>
        <location filename="../core/citymodel/metric.py" />
        <source>The object spans {:,.0f} km: a vertex lies far away from the rest (absurd coordinates).</source>
        <translation>Das Objekt erstreckt sich über {:,.0f} km: ein Punkt liegt weit entfernt vom Rest (unsinnige Koordinaten).</translation>
    </message>
    <message>
        <location filename="../core/citymodel/parallel.py" />
        <source>The file could not be read: {}</source>
        <translation>Die Datei konnte nicht gelesen werden: {}</translation>
    </message>
    <message>
        <location filename="../core/citymodel/parallel.py" />
        <source>The worker processes did not start; run the import with WORKERS=1.</source>
        <translation>Die Worker-Prozesse sind nicht gestartet; führen Sie den Import mit WORKERS=1 aus.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/parallel.py" />
        <source>A worker process ended unexpectedly; nothing was written.</source>
        <translation>Ein Arbeitsprozess wurde unerwartet beendet; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/parallel.py" />
        <source>A worker process ended unexpectedly (exit code {}), perhaps for lack of memory; nothing was written. Run the import again, with fewer WORKERS.</source>
        <translation>Ein Worker-Prozess wurde unerwartet beendet (Exit-Code {}), vielleicht aus Speichermangel; es wurde nichts geschrieben. Starten Sie den Import erneut, mit weniger WORKERS.</translation>
    </message>
    <message>
        <location filename="../core/citymodel/parallel.py" />
        <source>No Python interpreter of this QGIS was found to start worker processes, so the files are read in this process. Set the environment variable URBANTWIN_PYTHON to the python3 of the QGIS installation.</source>
        <translation>Es wurde kein Python-Interpreter dieser QGIS-Installation gefunden, um Worker-Prozesse zu starten; die Dateien werden daher in diesem Prozess gelesen. Setzen Sie die Umgebungsvariable URBANTWIN_PYTHON auf das python3 der QGIS-Installation.</translation>
    </message>
    <message>
        <location filename="../core/processing/base.py" />
        <source>Buildings</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <location filename="../core/processing/base.py" />
        <source>Building surfaces</source>
        <translation>Gebäudeflächen</translation>
    </message>
    <message>
        <location filename="../core/processing/base.py" />
        <source>Footprints</source>
        <translation>Grundrisse</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Object ID</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Building ID</source>
        <translation>Gebäude-ID</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Parent ID</source>
        <translation>Übergeordnete ID</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Object type</source>
        <translation>Objektart</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Building part</source>
        <translation>Gebäudeteil</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>LoD</source>
        <translation>LoD</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Function (code)</source>
        <translation>Funktion (Code)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dtiles.py" />
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Function group</source>
        <translation>Funktionsgruppe</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Usage (code)</source>
        <translation>Nutzung (Code)</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Roof type (code)</source>
        <translation>Dachform (Code)</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Roof type</source>
        <translation>Dachform</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Measured height (m)</source>
        <translation>Gemessene Höhe (m)</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Storeys above ground</source>
        <translation>Oberirdische Geschosse</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Storeys below ground</source>
        <translation>Unterirdische Geschosse</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Year of construction</source>
        <translation>Baujahr</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Municipality key (AGS)</source>
        <translation>Gemeindeschlüssel (AGS)</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>House number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Generic attributes</source>
        <translation>Generische Attribute</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Footprint area (m²)</source>
        <translation>Grundfläche (m²)</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Lowest point (m)</source>
        <translation>Tiefster Punkt (m)</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Eaves height (m)</source>
        <translation>Traufhöhe (m)</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Highest point (m)</source>
        <translation>Höchster Punkt (m)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dtiles.py" />
        <source>Height (m)</source>
        <translation>Höhe (m)</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Surface ID</source>
        <translation>Flächen-ID</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Part ID</source>
        <translation>Gebäudeteil-ID</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Azimuth (°)</source>
        <translation>Ausrichtung (°)</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Building installation</source>
        <translation>Gebäudeinstallation</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Bridge</source>
        <translation>Brücke</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Bridge part</source>
        <translation>Brückenteil</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Tunnel</source>
        <translation>Tunnel</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Tunnel part</source>
        <translation>Tunnelteil</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>City furniture</source>
        <translation>Stadtmobiliar</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Plant cover</source>
        <translation>Bewuchs</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Road</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Land use</source>
        <translation>Flächennutzung</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Water body</source>
        <translation>Gewässer</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Terrain</source>
        <translation>Gelände</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>Other city object</source>
        <translation>Sonstiges Stadtobjekt</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../core/xplan/project.py" />
        <source>{title} – {dataset}</source>
        <translation>{title} – {dataset}</translation>
    </message>
    <message>
        <location filename="../core/citymodel/project.py" />
        <source>3D city model {}</source>
        <translation>3D-Stadtmodell {}</translation>
    </message>
    <message>
        <location filename="../core/citymodel/styles.py" />
        <source>Roof</source>
        <translation>Dach</translation>
    </message>
    <message>
        <location filename="../core/citymodel/styles.py" />
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <location filename="../core/citymodel/styles.py" />
        <source>Ground</source>
        <translation>Boden</translation>
    </message>
    <message>
        <location filename="../core/citymodel/styles.py" />
        <source>Closure surface (virtual)</source>
        <translation>Abschlussfläche (virtuell)</translation>
    </message>
    <message>
        <location filename="../core/citymodel/styles.py" />
        <source>Outer ceiling</source>
        <translation>Äußere Deckenfläche</translation>
    </message>
    <message>
        <location filename="../core/citymodel/styles.py" />
        <source>Outer floor</source>
        <translation>Äußere Bodenfläche</translation>
    </message>
    <message>
        <location filename="../core/citymodel/styles.py" />
        <source>No building</source>
        <translation>Kein Gebäude</translation>
    </message>
    <message>
        <location filename="../core/citymodel/styles.py" />
        <source>Other surface</source>
        <translation>Sonstige Fläche</translation>
    </message>
    <message>
        <location filename="../core/climate/heat_io.py" />
        <source>The area is too large for a {:g} m surface model; choose a coarser sky view resolution.</source>
        <translation>Das Gebiet ist zu groß für ein Oberflächenmodell mit {:g} m; wählen Sie eine gröbere Auflösung für die Himmelssicht.</translation>
    </message>
    <message>
        <location filename="../core/climate/heat_io.py" />
        <source>The DEM has no data over the buildings.</source>
        <translation>Das DGM hat über den Gebäuden keine Daten.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <location filename="../core/climate/heat_io.py" />
        <source>Sealed share</source>
        <translation>Versiegelungsanteil</translation>
    </message>
    <message>
        <location filename="../core/climate/heat_io.py" />
        <source>Green share</source>
        <translation>Grünanteil</translation>
    </message>
    <message>
        <location filename="../core/climate/heat_io.py" />
        <source>Building volume density (m³/m²)</source>
        <translation>Bauvolumendichte (m³/m²)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>Sky view factor at street level</source>
        <translation>Himmelssichtfaktor auf Straßenniveau</translation>
    </message>
    <message>
        <location filename="../core/climate/heat_io.py" />
        <source>Shade share 13–17 h</source>
        <translation>Schattenanteil 13–17 Uhr</translation>
    </message>
    <message>
        <location filename="../core/climate/heat_io.py" />
        <source>Heat index (0–100)</source>
        <translation>Hitzeindex (0–100)</translation>
    </message>
    <message>
        <location filename="../core/climate/heat_io.py" />
        <source>Heat class (1–5)</source>
        <translation>Hitzeklasse (1–5)</translation>
    </message>
    <message>
        <location filename="../core/climate/heat_io.py" />
        <source>Assessed area (ha)</source>
        <translation>Bewertete Fläche (ha)</translation>
    </message>
    <message>
        <location filename="../core/climate/heat_io.py" />
        <source>Class {} (ha)</source>
        <translation>Klasse {} (ha)</translation>
    </message>
    <message>
        <location filename="../core/climate/heat_io.py" />
        <source>Hotspot</source>
        <translation>Hotspot</translation>
    </message>
    <message>
        <location filename="../core/climate/heat_io.py" />
        <source>Area (ha)</source>
        <translation>Fläche (ha)</translation>
    </message>
    <message>
        <location filename="../core/climate/heat_io.py" />
        <source>Mean heat index</source>
        <translation>Mittlerer Hitzeindex</translation>
    </message>
    <message>
        <location filename="../core/climate/heat_io.py" />
        <source>Highest heat class</source>
        <translation>Höchste Hitzeklasse</translation>
    </message>
    <message>
        <location filename="../core/climate/heat_io.py" />
        <source>Screening, not a climate simulation: a weighted index of sealing, green, shade (13–17 h), building volume and sky view factor after the logic of VDI 3787 Blatt 1; no air temperature, wind, cold-air flow or Tmrt.</source>
        <translation>Screening, keine Klimasimulation: ein gewichteter Index aus Versiegelung, Grün, Schatten (13–17 Uhr), Bauvolumen und Himmelssichtfaktor nach der Logik der VDI 3787 Blatt 1; keine Lufttemperatur, kein Wind, keine Kaltluftströmung, keine mittlere Strahlungstemperatur.</translation>
    </message>
    <message>
        <location filename="../core/climate/heat_io.py" />
        <source>Heat screening per cell</source>
        <translation>Hitze-Screening je Zelle</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>Heat screening per district</source>
        <translation>Hitze-Screening je Quartier</translation>
    </message>
    <message>
        <location filename="../core/climate/heat_io.py" />
        <source>Heat hotspots (classes 4 and 5)</source>
        <translation>Hitze-Hotspots (Klassen 4 und 5)</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>The DEM has no data in the area of interest.</source>
        <translation>Das DGM hat im Untersuchungsgebiet keine Daten.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Sink</source>
        <translation>Senke</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_output.py" />
        <source>Volume (m³)</source>
        <translation>Volumen (m³)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Maximum depth (m)</source>
        <translation>Maximale Tiefe (m)</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Mean depth (m)</source>
        <translation>Mittlere Tiefe (m)</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Catchment area (m²)</source>
        <translation>Einzugsgebiet (m²)</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Runoff of the design rain (m³)</source>
        <translation>Abfluss des Bemessungsregens (m³)</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Fill ratio of the design rain</source>
        <translation>Füllgrad durch den Bemessungsregen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Depth class</source>
        <translation>Tiefenklasse</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Depth class (label)</source>
        <translation>Tiefenklasse (Bezeichnung)</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Flow path</source>
        <translation>Fließweg</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Length (m)</source>
        <translation>Länge (m)</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Water depth at the wall (m)</source>
        <translation>Wassertiefe an der Fassade (m)</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Catchment area at the wall (m²)</source>
        <translation>Einzugsgebiet an der Fassade (m²)</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Hazard class</source>
        <translation>Gefährdungsklasse</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Hazard class (label)</source>
        <translation>Gefährdungsklasse (Bezeichnung)</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Sinks (heavy-rain screening)</source>
        <translation>Senken (Starkregen-Screening)</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Flow paths (heavy-rain screening)</source>
        <translation>Fließwege (Starkregen-Screening)</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Buildings affected by heavy rain (screening)</source>
        <translation>Von Starkregen betroffene Gebäude (Screening)</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Water depth in filled sinks (m)</source>
        <translation>Wassertiefe in gefüllten Senken (m)</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Screening, not a flood model: topographic flow paths and sinks of a DEM with buildings as obstacles. No sewer network, no infiltration over time, no water depths or velocities of a hydrodynamic simulation.</source>
        <translation>Screening, kein Überflutungsmodell: topographische Fließwege und Senken eines DGM mit Gebäuden als Hindernissen. Kein Kanalnetz, keine Versickerung im Zeitverlauf, keine Wassertiefen oder Fließgeschwindigkeiten einer hydrodynamischen Simulation.</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>(no district)</source>
        <translation>(kein Quartier)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Affected buildings</source>
        <translation>Betroffene Gebäude</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Hazard moderate</source>
        <translation>Gefährdung mäßig</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Hazard high</source>
        <translation>Gefährdung hoch</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Hazard very high</source>
        <translation>Gefährdung sehr hoch</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Sinks</source>
        <translation>Senken</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Sink volume (m³)</source>
        <translation>Senkenvolumen (m³)</translation>
    </message>
    <message>
        <location filename="../core/climate/heavyrain_io.py" />
        <source>Heavy-rain screening per district</source>
        <translation>Starkregen-Screening je Quartier</translation>
    </message>
    <message>
        <location filename="../core/climate/inputs.py" />
        <source>The tree layer {} has no field {}.</source>
        <translation>Der Baumlayer {} hat kein Feld {}.</translation>
    </message>
    <message>
        <location filename="../core/climate/rasters.py" />
        <source>The DEM is rotated or not north-up; warp it to a north-up grid first.</source>
        <translation>Das DGM ist gedreht oder nicht nordorientiert; transformieren Sie es zuerst auf ein nordorientiertes Raster.</translation>
    </message>
    <message>
        <location filename="../core/climate/rasters.py" />
        <source>The DEM has non-square cells ({} × {} m); resample it first.</source>
        <translation>Das DGM hat nicht quadratische Zellen ({} × {} m); resamplen Sie es zuerst.</translation>
    </message>
    <message>
        <location filename="../core/climate/rasters.py" />
        <source>The area of interest lies outside the DEM.</source>
        <translation>Das Untersuchungsgebiet liegt außerhalb des DGM.</translation>
    </message>
    <message>
        <location filename="../core/climate/rasters.py" />
        <source>The DEM has {:,} cells in the chosen area; more than {:,} do not fit in memory. Choose a smaller area of interest.</source>
        <translation>Das DGM hat im gewählten Gebiet {:,} Zellen; mehr als {:,} passen nicht in den Arbeitsspeicher. Wählen Sie ein kleineres Untersuchungsgebiet.</translation>
    </message>
    <message>
        <location filename="../core/climate/styles.py" />
        <source>&lt; 10 cm</source>
        <translation>&lt; 10 cm</translation>
    </message>
    <message>
        <location filename="../core/climate/styles.py" />
        <source>10–50 cm</source>
        <translation>10–50 cm</translation>
    </message>
    <message>
        <location filename="../core/climate/styles.py" />
        <source>50–100 cm</source>
        <translation>50–100 cm</translation>
    </message>
    <message>
        <location filename="../core/climate/styles.py" />
        <source>&gt; 1 m</source>
        <translation>&gt; 1 m</translation>
    </message>
    <message>
        <location filename="../core/climate/styles.py" />
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <location filename="../core/climate/styles.py" />
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../core/climate/styles.py" />
        <source>very high</source>
        <translation>sehr hoch</translation>
    </message>
    <message>
        <location filename="../core/climate/styles.py" />
        <source>1 very low</source>
        <translation>1 sehr gering</translation>
    </message>
    <message>
        <location filename="../core/climate/styles.py" />
        <source>2 low</source>
        <translation>2 gering</translation>
    </message>
    <message>
        <location filename="../core/climate/styles.py" />
        <source>3 moderate</source>
        <translation>3 mäßig</translation>
    </message>
    <message>
        <location filename="../core/climate/styles.py" />
        <source>4 high</source>
        <translation>4 hoch</translation>
    </message>
    <message>
        <location filename="../core/climate/styles.py" />
        <source>5 very high</source>
        <translation>5 sehr hoch</translation>
    </message>
    <message>
        <location filename="../core/climate/styles.py" />
        <source>≥ {:g} ha</source>
        <translation>≥ {:g} ha</translation>
    </message>
    <message>
        <location filename="../core/climate/styles.py" />
        <source>{:g} – {:g} ha</source>
        <translation>{:g} – {:g} ha</translation>
    </message>
    <message>
        <location filename="../core/climate/styles.py" />
        <source>dry</source>
        <translation>trocken</translation>
    </message>
    <message>
        <location filename="../core/demo/musterquartier.py" />
        <source>Fictitious sample district (Urban Twin Musterquartier), not real data.</source>
        <translation>Fiktives Beispielquartier (Urban Twin Musterquartier), keine echten Daten.</translation>
    </message>
    <message>
        <location filename="../core/demo/musterquartier.py" />
        <source>The number of buildings must be between 10 and 5000.</source>
        <translation>Die Anzahl der Gebäude muss zwischen 10 und 5000 liegen.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" />
        <source>File {}</source>
        <translation>Datei {}</translation>
    </message>
    <message>
        <location filename="../core/errors.py" />
        <source>object {}</source>
        <translation>Objekt {}</translation>
    </message>
    <message>
        <location filename="../core/errors.py" />
        <source>line {}</source>
        <translation>Zeile {}</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_validatexplan.py" />
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/export3d/gpkg_source.py" />
        <source>The buildings layer is not a layer of an Urban Twin GeoPackage (import or variant).</source>
        <translation>Die Gebäudeebene ist keine Ebene eines Urban-Twin-GeoPackages (Import oder Variante).</translation>
    </message>
    <message>
        <location filename="../core/export3d/gpkg_source.py" />
        <source>The GeoPackage has no layer 'building_surfaces'; measures and meshes need the surfaces of the import.</source>
        <translation>Das GeoPackage hat keine Ebene „building_surfaces“; Maße und Netze brauchen die Flächen des Imports.</translation>
    </message>
    <message>
        <location filename="../core/export3d/gpkg_source.py" />
        <source>The layer 'building_surfaces' lacks the field {}.</source>
        <translation>Der Ebene „building_surfaces“ fehlt das Feld {}.</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Volume method</source>
        <translation>Volumenmethode</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_output.py" />
        <source>Ground area (m²)</source>
        <translation>Grundfläche (m²)</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_output.py" />
        <source>Footprint perimeter (m)</source>
        <translation>Umfang des Grundrisses (m)</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_output.py" />
        <source>Usable roof area (m²)</source>
        <translation>Nutzbare Dachfläche (m²)</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_output.py" />
        <source>Roof faces</source>
        <translation>Dachflächen</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_output.py" />
        <source>Wall area (m²)</source>
        <translation>Wandfläche (m²)</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_output.py" />
        <source>Façade area north (m²)</source>
        <translation>Fassadenfläche Nord (m²)</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_output.py" />
        <source>Façade area east (m²)</source>
        <translation>Fassadenfläche Ost (m²)</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_output.py" />
        <source>Façade area south (m²)</source>
        <translation>Fassadenfläche Süd (m²)</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_output.py" />
        <source>Façade area west (m²)</source>
        <translation>Fassadenfläche West (m²)</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_output.py" />
        <source>Ridge height above terrain (m)</source>
        <translation>Firsthöhe über Gelände (m)</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_output.py" />
        <source>Terrain height (m NHN)</source>
        <translation>Geländehöhe (m NHN)</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_output.py" />
        <source>Eaves height (m NHN)</source>
        <translation>Traufhöhe (m NHN)</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_output.py" />
        <source>Ridge height (m NHN)</source>
        <translation>Firsthöhe (m NHN)</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_output.py" />
        <source>closed shell (divergence theorem)</source>
        <translation>geschlossene Hülle (Divergenzsatz)</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_output.py" />
        <source>estimate: footprint × height (shell not closed)</source>
        <translation>Schätzung: Grundfläche × Höhe (Hülle nicht geschlossen)</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>north</source>
        <translation>Nord</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>north-east</source>
        <translation>Nordost</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>east</source>
        <translation>Ost</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>south-east</source>
        <translation>Südost</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>south</source>
        <translation>Süd</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>south-west</source>
        <translation>Südwest</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>west</source>
        <translation>West</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>north-west</source>
        <translation>Nordwest</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Heights</source>
        <translation>Höhen</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Façades</source>
        <translation>Fassaden</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Ground area</source>
        <translation>Grundfläche</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Footprint perimeter</source>
        <translation>Umfang des Grundrisses</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Storeys</source>
        <translation>Geschosse</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Roof area</source>
        <translation>Dachfläche</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Usable roof area</source>
        <translation>Nutzbare Dachfläche</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Wall area</source>
        <translation>Wandfläche</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Eaves height above terrain</source>
        <translation>Traufhöhe über Gelände</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Ridge height above terrain</source>
        <translation>Firsthöhe über Gelände</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Eaves</source>
        <translation>Traufe</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Ridge</source>
        <translation>First</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Façade area {}</source>
        <translation>Fassadenfläche {}</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Roof face {}</source>
        <translation>Dachfläche {}</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Area</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Tilt</source>
        <translation>Neigung</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Azimuth</source>
        <translation>Azimut</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Usable area</source>
        <translation>Nutzbare Fläche</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Wall {}</source>
        <translation>Wand {}</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <location filename="../ui/measure_dock.py" />
        <source>Section</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../ui/measure_dock.py" />
        <source>Quantity</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/measure_dock.py" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/measure_dock.py" />
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Please choose a .csv or .xlsx file.</source>
        <translation>Bitte eine .csv- oder .xlsx-Datei wählen.</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Cannot write the table.</source>
        <translation>Die Tabelle kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Measures</source>
        <translation>Maße</translation>
    </message>
    <message>
        <location filename="../core/export3d/measures_table.py" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/export3d/print3d.py" />
        <source>The terrain model (DEM) cannot be opened.</source>
        <translation>Das Geländemodell (DGM) lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../core/export3d/print3d.py" />
        <source>There are no buildings in the chosen extent or selection.</source>
        <translation>Im gewählten Ausschnitt bzw. in der Auswahl liegen keine Gebäude.</translation>
    </message>
    <message>
        <location filename="../core/export3d/print3d.py" />
        <source>Scale and base plate thickness must be positive.</source>
        <translation>Maßstab und Dicke der Grundplatte müssen positiv sein.</translation>
    </message>
    <message>
        <location filename="../core/export3d/print3d.py" />
        <source>The extent is empty.</source>
        <translation>Der Ausschnitt ist leer.</translation>
    </message>
    <message>
        <location filename="../core/export3d/print3d.py" />
        <source>The terrain model does not cover the extent.</source>
        <translation>Das Geländemodell deckt den Ausschnitt nicht ab.</translation>
    </message>
    <message>
        <location filename="../core/export3d/tiles3d.py" />
        <source>There are no buildings with 3D geometry to export.</source>
        <translation>Es gibt keine Gebäude mit 3D-Geometrie zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../core/gpkg_metadata.py" />
        <source>Writing the layer metadata failed: {}</source>
        <translation>Schreiben der Layer-Metadaten fehlgeschlagen: {}</translation>
    </message>
    <message>
        <location filename="../core/layout/councilmap.py" />
        <source>No layers to show: choose layers or make layers visible in the project.</source>
        <translation>Keine Ebenen für die Karte: Ebenen auswählen oder im Projekt sichtbar schalten.</translation>
    </message>
    <message>
        <location filename="../core/layout/councilmap.py" />
        <source>The layer cannot be read.</source>
        <translation>Die Ebene kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/layout/councilmap.py" />
        <source>The layer has no coordinate reference system; set one in the layer properties before exporting a map.</source>
        <translation>Die Ebene hat kein Koordinatenbezugssystem; bitte vor dem Kartenexport in den Layereigenschaften festlegen.</translation>
    </message>
    <message>
        <location filename="../core/layout/councilmap.py" />
        <source>The coverage layer has no features; an atlas needs one feature per page.</source>
        <translation>Die Abdeckungsebene enthält keine Objekte; ein Atlas braucht ein Objekt je Seite.</translation>
    </message>
    <message>
        <location filename="../core/layout/councilmap.py" />
        <source>The coverage layer has no field named {}.</source>
        <translation>Die Abdeckungsebene hat kein Feld namens {}.</translation>
    </message>
    <message>
        <location filename="../core/layout/councilmap.py" />
        <source>Unknown layout template {}; choose one of: {}.</source>
        <translation>Unbekannte Layoutvorlage {}; möglich sind: {}.</translation>
    </message>
    <message>
        <location filename="../core/layout/councilmap.py" />
        <source>The output is a folder, not a PDF file name.</source>
        <translation>Die Ausgabe ist ein Ordner, kein PDF-Dateiname.</translation>
    </message>
    <message>
        <location filename="../core/layout/councilmap.py" />
        <source>The layout template cannot be read.</source>
        <translation>Die Layoutvorlage kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/layout/councilmap.py" />
        <source>The layout template is not valid XML.</source>
        <translation>Die Layoutvorlage ist kein gültiges XML.</translation>
    </message>
    <message>
        <location filename="../core/layout/councilmap.py" />
        <source>The layout template cannot be loaded.</source>
        <translation>Die Layoutvorlage kann nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../core/layout/councilmap.py" />
        <source>The layers are empty; there is nothing to put on the map.</source>
        <translation>Die Ebenen sind leer; es gibt nichts für die Karte.</translation>
    </message>
    <message>
        <location filename="../core/layout/councilmap.py" />
        <source>The layout template has no map item with the id main_map.</source>
        <translation>Die Layoutvorlage hat kein Kartenelement mit der Kennung main_map.</translation>
    </message>
    <message>
        <location filename="../core/layout/councilmap.py" />
        <source>The PDF could not be written (layout export error {}).</source>
        <translation>Das PDF konnte nicht geschrieben werden (Layout-Exportfehler {}).</translation>
    </message>
    <message>
        <location filename="../core/layout/councilmap.py" />
        <source>No output PDF file given.</source>
        <translation>Keine PDF-Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <location filename="../core/layout/key_figures.py" />
        <source>The key figures table has no field named {}.</source>
        <translation>Die Kennzahlentabelle hat kein Feld namens {}.</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../core/layout/texts.py" />
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../core/participation/package.py" />
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../core/layout/texts.py" />
        <source>Key figures ({} of {} rows)</source>
        <translation>Kennzahlen ({} von {} Zeilen)</translation>
    </message>
    <message>
        <location filename="../core/layout/texts.py" />
        <source>Key figures ({total} rows, see annex)</source>
        <translation>Kennzahlen ({total} Zeilen, s. Anlage)</translation>
    </message>
    <message>
        <location filename="../core/layout/texts.py" />
        <source>Annex: key figures, page {page} of {pages}</source>
        <translation>Anlage: Kennzahlen, Seite {page} von {pages}</translation>
    </message>
    <message>
        <location filename="../core/layout/texts.py" />
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../core/layout/texts.py" />
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <location filename="../core/layout/texts.py" />
        <source>licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../core/layout/texts.py" />
        <source>no source information in the layer metadata</source>
        <translation>keine Quellenangabe in den Metadaten der Ebene</translation>
    </message>
    <message>
        <location filename="../core/layout/texts.py" />
        <source>{name}, Urban Twin {version}</source>
        <translation>{name}, Urban Twin {version}</translation>
    </message>
    <message>
        <location filename="../core/layout/texts.py" />
        <source>Date:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <location filename="../core/layout/texts.py" />
        <source>Scale</source>
        <translation>Maßstab</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../core/net/http.py" />
        <source>The server did not answer with valid JSON: {}</source>
        <translation>Der Server hat kein gültiges JSON geliefert: {}</translation>
    </message>
    <message>
        <location filename="../core/net/http.py" />
        <source>Refusing to send data over an unencrypted connection; use https://.</source>
        <translation>Daten werden nicht über eine unverschlüsselte Verbindung gesendet; bitte https:// verwenden.</translation>
    </message>
    <message>
        <location filename="../core/net/http.py" />
        <source>The server did not answer in {} s.</source>
        <translation>Der Server hat nicht innerhalb von {} s geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/net/http.py" />
        <source>The server's TLS certificate could not be verified ({}); nothing was sent or read. If the server is trustworthy, add its certificate authority in the QGIS authentication settings.</source>
        <translation>Das TLS-Zertifikat des Servers konnte nicht geprüft werden ({}); es wurde nichts gesendet oder gelesen. Wenn der Server vertrauenswürdig ist, fügen Sie seine Zertifizierungsstelle in den QGIS-Authentifizierungseinstellungen hinzu.</translation>
    </message>
    <message>
        <location filename="../core/net/http.py" />
        <source>No answer from the server (connection failed): {}</source>
        <translation>Keine Antwort vom Server (Verbindung fehlgeschlagen): {}</translation>
    </message>
    <message>
        <location filename="../core/net/http.py" />
        <source>The server refused the credentials (HTTP {}). Check or renew the authentication configuration of this catalogue.</source>
        <translation>Der Server hat die Anmeldedaten abgelehnt (HTTP {}). Bitte die Authentifizierungskonfiguration dieses Katalogs prüfen oder erneuern.</translation>
    </message>
    <message>
        <location filename="../core/net/http.py" />
        <source>The server answered HTTP {}.</source>
        <translation>Der Server antwortete mit HTTP {}.</translation>
    </message>
    <message>
        <location filename="../core/participation/contributions.py" />
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location filename="../core/participation/contributions.py" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <location filename="../core/participation/contributions.py" />
        <source>Author (pseudonym)</source>
        <translation>Verfasser (Pseudonym)</translation>
    </message>
    <message>
        <location filename="../core/participation/contributions.py" />
        <source>Reply to</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <location filename="../core/participation/contributions.py" />
        <source>Stance (from the platform)</source>
        <translation>Haltung (von der Plattform)</translation>
    </message>
    <message>
        <location filename="../core/participation/contributions.py" />
        <source>Id on the platform</source>
        <translation>Kennung auf der Plattform</translation>
    </message>
    <message>
        <location filename="../core/participation/contributions.py" />
        <source>Geometry on the platform</source>
        <translation>Geometrie auf der Plattform</translation>
    </message>
    <message>
        <location filename="../core/participation/contributions.py" />
        <source>The field {} does not exist in the input (fields: {}).</source>
        <translation>Das Feld {} gibt es in der Eingabe nicht (Felder: {}).</translation>
    </message>
    <message>
        <location filename="../core/participation/contributions.py" />
        <source>No text field found; choose the field that holds the contributions' text.</source>
        <translation>Kein Textfeld gefunden; bitte das Feld mit dem Text der Beiträge wählen.</translation>
    </message>
    <message>
        <location filename="../core/participation/package.py" />
        <source>Drag to move, scroll to zoom, point at an object for its details.</source>
        <translation>Ziehen zum Verschieben, Mausrad zum Zoomen, auf ein Objekt zeigen für Einzelheiten.</translation>
    </message>
    <message>
        <location filename="../core/participation/sources.py" />
        <source>The file is neither GeoJSON nor CSV with coordinates: {}</source>
        <translation>Die Datei ist weder GeoJSON noch CSV mit Koordinaten: {}</translation>
    </message>
    <message>
        <location filename="../core/participation/sources.py" />
        <source>No CSV support in this GDAL.</source>
        <translation>Diese GDAL-Version kann kein CSV lesen.</translation>
    </message>
    <message>
        <location filename="../core/participation/sources.py" />
        <source>The server's answer is not GeoJSON (page {}).</source>
        <translation>Die Antwort des Servers ist kein GeoJSON (Seite {}).</translation>
    </message>
    <message>
        <location filename="../core/participation/sources.py" />
        <source>The server's answer is not an OGC API – Features collection (page {}).</source>
        <translation>Die Antwort des Servers ist keine OGC-API-Features-Sammlung (Seite {}).</translation>
    </message>
    <message>
        <location filename="../core/participation/variants.py" />
        <source>The field {} does not exist in the contributions layer.</source>
        <translation>Das Feld {} gibt es im Beitragslayer nicht.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_benefitreport.py" />
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit_pdf.py" />
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit_pdf.py" />
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit_pdf.py" />
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit_pdf.py" />
        <source>Computing time (s)</source>
        <translation>Rechenzeit (s)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_benefitreport.py" />
        <source>Median computing time per run (s)</source>
        <translation>Median der Rechenzeit je Lauf (s)</translation>
    </message>
    <message>
        <location filename="../core/xplan/report.py" />
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit_pdf.py" />
        <source>Manual effort (h, estimate)</source>
        <translation>Manueller Aufwand (h, Schätzung)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_benefitreport.py" />
        <source>KPI axis</source>
        <translation>Kennzahlachse</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_benefitreport.py" />
        <source>Reference time</source>
        <translation>Referenzzeit</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_benefitreport.py" />
        <source>Source of the reference time</source>
        <translation>Quelle der Referenzzeit</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_benefitreport.py" />
        <source>Benefit report (Wirkungsnachweis)</source>
        <translation>Wirkungsnachweis</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_benefitreport.py" />
        <source>Shows what Urban Twin did for your administration in a period, as evidence of benefit: the runs of every Urban Twin algorithm from the local run log (how many, how many succeeded, computing time, objects handled) and an estimate of the manual effort they replaced.

The run log is kept in your QGIS profile (urban_twin/runlog.sqlite): one record per run with algorithm, version, time, duration, success, object counts and content hashes of inputs and outputs — no names, no paths, no parameter values. It is sent nowhere unless you publish this report. You can switch it off in the Urban Twin settings.

Start and end: the period (default: the last 12 months up to today).
Reference times (optional): a CSV with the columns algorithm, unit (run or object), minutes, axis (speed, quality, reports) and source. Without it the shipped table is used; its values are estimates marked 'Schätzwert, bitte anpassen' — replace them with your own.
The three axes: speed (hours saved), decision quality (plan checks per case, variants per comparison), reports replaced (screenings run instead of commissioned studies).
Output: a table with one row per algorithm; optionally a one-page PDF with key figures, a chart and the table.</source>
        <translation>Zeigt als Wirkungsnachweis, was Urban Twin in einem Zeitraum für Ihre Verwaltung geleistet hat: die Läufe jedes Urban-Twin-Algorithmus aus dem lokalen Laufprotokoll (wie viele, wie viele erfolgreich, Rechenzeit, bearbeitete Objekte) und eine Schätzung des manuellen Aufwands, den sie ersetzt haben.

Das Laufprotokoll liegt in Ihrem QGIS-Profil (urban_twin/runlog.sqlite): ein Eintrag je Lauf mit Algorithmus, Version, Zeitpunkt, Dauer, Erfolg, Objektzahlen und Inhalts-Prüfsummen der Ein- und Ausgaben — keine Namen, keine Pfade, keine Parameterwerte. Es wird nirgendwohin gesendet, solange Sie diesen Bericht nicht veröffentlichen. Sie können es in den Urban-Twin-Einstellungen abschalten.

Beginn und Ende: der Zeitraum (Voreinstellung: die letzten 12 Monate bis heute).
Referenzzeiten (optional): eine CSV-Datei mit den Spalten algorithm, unit (run oder object), minutes, axis (speed, quality, reports) und source. Ohne sie gilt die mitgelieferte Tabelle; ihre Werte sind als „Schätzwert, bitte anpassen“ gekennzeichnete Schätzungen — ersetzen Sie sie durch eigene.
Die drei Achsen: Beschleunigung (eingesparte Stunden), Entscheidungsqualität (Planprüfungen je Fall, Varianten je Vergleich), ersetzte Gutachten (Screenings statt beauftragter Studien).
Ausgabe: eine Tabelle mit einer Zeile je Algorithmus; optional ein einseitiges PDF mit Kennzahlen, Diagramm und Tabelle.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_benefitreport.py" />
        <source>Start of the period (default: 12 months ago)</source>
        <translation>Beginn des Zeitraums (Voreinstellung: vor 12 Monaten)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_benefitreport.py" />
        <source>End of the period, inclusive (default: today)</source>
        <translation>Ende des Zeitraums, einschließlich (Voreinstellung: heute)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_benefitreport.py" />
        <source>Reference times per task (CSV, optional)</source>
        <translation>Referenzzeiten je Aufgabe (CSV, optional)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_benefitreport.py" />
        <source>Benefit report table</source>
        <translation>Wirkungsnachweis (Tabelle)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_benefitreport.py" />
        <source>Benefit report (PDF, one page)</source>
        <translation>Wirkungsnachweis (PDF, eine Seite)</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_benefitreport.py" />
        <source>Runs in the period</source>
        <translation>Läufe im Zeitraum</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_benefitreport.py" />
        <source>Estimated manual effort replaced (h)</source>
        <translation>Geschätzter ersetzter manueller Aufwand (h)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_benefitreport.py" />
        <source>Estimated hours saved</source>
        <translation>Geschätzte eingesparte Stunden</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_benefitreport.py" />
        <source>The end of the period lies before its start.</source>
        <translation>Das Ende des Zeitraums liegt vor seinem Beginn.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_benefitreport.py" />
        <source>{} runs between {} and {} in the run log {}.</source>
        <translation>{} Läufe zwischen {} und {} im Laufprotokoll {}.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_benefitreport.py" />
        <source>The run log is switched off in the settings: new runs are not recorded.</source>
        <translation>Das Laufprotokoll ist in den Einstellungen abgeschaltet: Neue Läufe werden nicht erfasst.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_benefitreport.py" />
        <source>Benefit report {} – {}</source>
        <translation>Wirkungsnachweis {} – {}</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_benefitreport.py" />
        <source>Estimated manual effort replaced: {:.1f} h; computing time {:.2f} h.</source>
        <translation>Geschätzter ersetzter manueller Aufwand: {:.1f} h; Rechenzeit {:.2f} h.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_benefitreport.py" />
        <source>{} is not a valid date.</source>
        <translation>{} ist kein gültiges Datum.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_buildingmeasures.py" />
        <source>Measure buildings</source>
        <translation>Gebäudemaße berechnen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_buildingmeasures.py" />
        <source>Measures of every building (or of the selected ones) as fields of a new layer: volume, ground area, footprint perimeter, roof area and usable roof area, wall area, façade area per orientation (N/E/S/W), eaves and ridge height above terrain and in m NHN.

Input: the buildings layer of a city model import or planning variant; the semantic surfaces are read from the layer 'building_surfaces' of the same GeoPackage.
Volume: by the divergence theorem on the closed shell (computed relative to a local origin). Where the shell is not closed, footprint × height is used and the field volume_method says so.
Heights above terrain refer to the lowest point of the building; heights in m NHN are the z values of the city model (in Germany DHHN2016).</source>
        <translation>Maße jedes Gebäudes (oder der ausgewählten) als Felder einer neuen Ebene: Volumen, Grundfläche, Umfang des Grundrisses, Dachfläche und nutzbare Dachfläche, Wandfläche, Fassadenfläche je Himmelsrichtung (N/O/S/W), Trauf- und Firsthöhe über Gelände und in m NHN.

Eingabe: die Gebäudeebene eines Stadtmodell-Imports oder einer Planungsvariante; die semantischen Flächen werden aus der Ebene „building_surfaces“ desselben GeoPackages gelesen.
Volumen: nach dem Divergenzsatz über die geschlossene Hülle (relativ zu einem lokalen Ursprung gerechnet). Ist die Hülle nicht geschlossen, gilt Grundfläche × Höhe, und das Feld volume_method sagt es.
Höhen über Gelände beziehen sich auf den tiefsten Punkt des Gebäudes; Höhen in m NHN sind die z-Werte des Stadtmodells (in Deutschland DHHN2016).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dtiles.py" />
        <source>Buildings (buildings layer of an import or variant)</source>
        <translation>Gebäude (Gebäudeebene eines Imports oder einer Variante)</translation>
    </message>
    <message>
        <location filename="../ui/measure_dock.py" />
        <source>Building measures</source>
        <translation>Gebäudemaße</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_sunhours.py" />
        <source>The buildings layer is required.</source>
        <translation>Der Gebäude-Layer wird benötigt.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_buildingmeasures.py" />
        <source>The layer lacks the field {} (expected a buildings layer).</source>
        <translation>Der Ebene fehlt das Feld {} (erwartet: eine Gebäudeebene).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_buildingmeasures.py" />
        <source>Reading the surfaces of {} buildings from {}.</source>
        <translation>Lese die Flächen von {} Gebäuden aus {}.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_buildingmeasures.py" />
        <source>{} of {} buildings have no closed shell; their volume is footprint × height (volume_method).</source>
        <translation>{} von {} Gebäuden haben keine geschlossene Hülle; ihr Volumen ist Grundfläche × Höhe (volume_method).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_buildingmeasures.py" />
        <source>{} buildings measured.</source>
        <translation>{} Gebäude vermessen.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Climate adaptation measures: before and after</source>
        <translation>Klimaanpassungsmaßnahmen: vorher und nachher</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Screening, not a flood model or climate simulation. Runs the heavy-rain and/or the heat screening twice — as the city is and with the measures — and reports what changes: the fill ratio of every sink (e.g. “this unsealing lowers the fill ratio of sink 17 from 1.0 to 0.6”), the heat class of every cell (e.g. “these 30 trees move 2.1 ha from class 4 to class 3”), and per district the affected buildings, the mean heat index and the hotspot area.

Measures: unsealing polygons (runoff coefficient from the field runoff_coefficient, else 0.3; unsealed and green for heat), new trees (points with crown diameter and height: shade and green; no effect on heavy rain), green roofs (building ids, comma-separated: runoff coefficient 0.5, green roof for heat), retention polygons (field storage_m3: held back where the water leaves the polygon), and a planning variant's buildings (the composevariant output replaces the buildings).

The limits of both screenings apply (see their help): no sewer network, no infiltration over time, no temperatures, no wind.</source>
        <translation>Screening, kein Überflutungsmodell und keine Klimasimulation. Führt das Starkregen- und/oder das Hitze-Screening zweimal aus – für den Bestand und mit den Maßnahmen – und zeigt, was sich ändert: den Füllgrad jeder Senke (z. B. „diese Entsiegelung senkt den Füllgrad von Senke 17 von 1,0 auf 0,6“), die Hitzeklasse jeder Zelle (z. B. „diese 30 Bäume verschieben 2,1 ha von Klasse 4 nach Klasse 3“) und je Quartier die betroffenen Gebäude, den mittleren Hitzeindex und die Hotspot-Fläche.

Maßnahmen: Entsiegelungsflächen (Abflussbeiwert aus dem Feld runoff_coefficient, sonst 0,3; für die Hitze unversiegelt und grün), neue Bäume (Punkte mit Kronendurchmesser und Höhe: Schatten und Grün; keine Wirkung auf Starkregen), Gründächer (Gebäude-IDs, durch Kommas getrennt: Abflussbeiwert 0,5, für die Hitze Gründach), Retentionsflächen (Feld storage_m3: zurückgehalten, wo das Wasser die Fläche verlässt) und die Gebäude einer Planungsvariante (die Ausgabe von composevariant ersetzt die Gebäude).

Es gelten die Grenzen beider Screenings (siehe deren Hilfe): kein Kanalnetz, keine Versickerung im Zeitverlauf, keine Temperaturen, kein Wind.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Heavy rain and heat</source>
        <translation>Starkregen und Hitze</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Heavy rain</source>
        <translation>Starkregen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Heat</source>
        <translation>Hitze</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Buildings of a planning variant (replace the buildings)</source>
        <translation>Gebäude einer Planungsvariante (ersetzen die Gebäude)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Unsealing (polygons)</source>
        <translation>Entsiegelung (Flächen)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>New trees (points)</source>
        <translation>Neue Bäume (Punkte)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Crown diameter field of the new trees (m)</source>
        <translation>Feld Kronendurchmesser der neuen Bäume (m)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Height field of the new trees (m)</source>
        <translation>Feld Höhe der neuen Bäume (m)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Green roofs: building ids (comma-separated)</source>
        <translation>Gründächer: Gebäude-IDs (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Retention spaces (polygons with storage_m3)</source>
        <translation>Retentionsflächen (Flächen mit storage_m3)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Rain depth (mm)</source>
        <translation>Niederschlagshöhe (mm)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Flow path threshold: catchment area (m²)</source>
        <translation>Schwelle für Fließwege: Einzugsgebiet (m²)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Minimum sink depth (m)</source>
        <translation>Mindesttiefe der Senken (m)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Area of interest (heavy rain)</source>
        <translation>Untersuchungsgebiet (Starkregen)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Effect of the measures per district</source>
        <translation>Wirkung der Maßnahmen je Quartier</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Sinks before and after</source>
        <translation>Senken vorher und nachher</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Heat cells before and after</source>
        <translation>Hitzezellen vorher und nachher</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Affected buildings before</source>
        <translation>Betroffene Gebäude vorher</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Affected buildings after</source>
        <translation>Betroffene Gebäude nachher</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Hotspot area before (ha)</source>
        <translation>Hotspot-Fläche vorher (ha)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Hotspot area after (ha)</source>
        <translation>Hotspot-Fläche nachher (ha)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Green roofs: no building with the id(s) {}.</source>
        <translation>Gründächer: kein Gebäude mit der/den ID(s) {}.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Give at least one measure: unsealing, new trees, green roofs, retention or a variant's buildings.</source>
        <translation>Geben Sie mindestens eine Maßnahme an: Entsiegelung, neue Bäume, Gründächer, Retention oder die Gebäude einer Variante.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Measures: {} unsealing polygons, {} new trees, {} green roofs, {} retention spaces{}.</source>
        <translation>Maßnahmen: {} Entsiegelungsflächen, {} neue Bäume, {} Gründächer, {} Retentionsflächen{}.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>, variant buildings</source>
        <translation>, Gebäude der Variante</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Study area</source>
        <translation>Untersuchungsgebiet</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>The heavy-rain screening needs a terrain model (DEM).</source>
        <translation>Das Starkregen-Screening braucht ein Geländemodell (DGM).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Sink {}: fill ratio {:.2f} → {:.2f} (volume {:.0f} m³, runoff {:.0f} → {:.0f} m³).</source>
        <translation>Senke {}: Füllgrad {:.2f} → {:.2f} (Volumen {:.0f} m³, Abfluss {:.0f} → {:.0f} m³).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Affected buildings: {} before, {} after; {} of {} sinks change their fill ratio.</source>
        <translation>Betroffene Gebäude: {} vorher, {} nachher; bei {} von {} Senken ändert sich der Füllgrad.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Volume before (m³)</source>
        <translation>Volumen vorher (m³)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Volume after (m³)</source>
        <translation>Volumen nachher (m³)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Runoff before (m³)</source>
        <translation>Abfluss vorher (m³)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Runoff after (m³)</source>
        <translation>Abfluss nachher (m³)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Fill ratio before</source>
        <translation>Füllgrad vorher</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Fill ratio after</source>
        <translation>Füllgrad nachher</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Change of the fill ratio</source>
        <translation>Änderung des Füllgrads</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Sinks before and after the measures</source>
        <translation>Senken vor und nach den Maßnahmen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>{:.2f} ha move from heat class {} to class {}.</source>
        <translation>{:.2f} ha wechseln von Hitzeklasse {} nach Klasse {}.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Hotspot area (classes 4–5): {:.2f} ha before, {:.2f} ha after.</source>
        <translation>Hotspot-Fläche (Klassen 4–5): {:.2f} ha vorher, {:.2f} ha nachher.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Heat index before</source>
        <translation>Hitzeindex vorher</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Heat index after</source>
        <translation>Hitzeindex nachher</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Change of the heat index</source>
        <translation>Änderung des Hitzeindex</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Heat class before</source>
        <translation>Hitzeklasse vorher</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Heat class after</source>
        <translation>Hitzeklasse nachher</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Heat cells before and after the measures</source>
        <translation>Hitzezellen vor und nach den Maßnahmen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Mean heat index before</source>
        <translation>Mittlerer Hitzeindex vorher</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Mean heat index after</source>
        <translation>Mittlerer Hitzeindex nachher</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Change of the mean heat index</source>
        <translation>Änderung des mittleren Hitzeindex</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Heat class changes</source>
        <translation>Wechsel der Hitzeklassen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_climatemeasures.py" />
        <source>Effect of the climate adaptation measures per district</source>
        <translation>Wirkung der Klimaanpassungsmaßnahmen je Quartier</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>The date {} is not understood (use 2026-03-21 or 21.03.2026).</source>
        <translation>Das Datum {} ist nicht verständlich (2026-03-21 oder 21.03.2026 verwenden).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Compare planning variants</source>
        <translation>Planungsvarianten vergleichen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Compares the existing city (base) with one or more planning variants and writes a table with one row per scenario (the base first) and, for every number, its difference from the base (…_delta):
• new buildings, their footprint and gross floor area; built area, GRZ, GFZ, highest point and height in the area of interest (district figures);
• with a plan: plan check counts per measure (exceeds / complies / not determinable);
• solar potential of the new roofs (kWp, MWh/a), shaded by the scenario's buildings;
• impact on the neighbours: hours of direct sun on the façade points of existing buildings within the radius of the planned buildings on each date, mean and largest loss, and how many points fall below the minimum only because of the variant (1 h on 17 January, DIN 5034-1; 1.5 h on other dates, DIN EN 17037 minimum for a day between 1 February and 21 March);
• shadow area on open ground and on public spaces at the shadow times of each date.

Base and variants: GeoPackages of the city model import and of “Compose planning variant”. Plan: plan areas with GRZ, GFZ, Z and height fields (XPlanung import names). Parcels: check per parcel. Area of interest: polygons for GRZ/GFZ (default: the planned buildings plus the radius). Dates: e.g. 2026-03-21, 2026-01-17. The output folder receives per variant the façade points with their sun hours and losses and the shadows on open ground. Every figure comes from the plugin's own analyses.</source>
        <translation>Vergleicht den Bestand (Basis) mit einer oder mehreren Planungsvarianten und schreibt eine Tabelle mit einer Zeile je Szenario (die Basis zuerst) und zu jeder Zahl ihre Differenz zur Basis (…_delta):
• neue Gebäude, ihre Grundfläche und Geschossfläche; bebaute Fläche, GRZ, GFZ, höchster Punkt und Höhe im Untersuchungsgebiet (Quartierskennzahlen);
• mit Plan: Ergebnisse der Planprüfung je Maß (überschritten / eingehalten / nicht bestimmbar);
• Solarpotenzial der neuen Dächer (kWp, MWh/a), verschattet durch die Gebäude des Szenarios;
• Wirkung auf die Nachbarn: Stunden direkter Sonne auf den Fassadenpunkten der Bestandsgebäude im Radius um die geplanten Gebäude an jedem Tag, mittlerer und größter Verlust, und wie viele Punkte nur wegen der Variante unter den Mindestwert fallen (1 h am 17. Januar, DIN 5034-1; 1,5 h an anderen Tagen, Mindestwert der DIN EN 17037 für einen Tag zwischen 1. Februar und 21. März);
• Schattenfläche auf Freiflächen und auf öffentlichen Flächen zu den Schattenzeiten jedes Tages.

Basis und Varianten: GeoPackages des Stadtmodell-Imports und von „Planungsvariante zusammenstellen“. Plan: Plangebiete mit GRZ, GFZ, Z und Höhenfeldern (Namen des XPlanung-Imports). Flurstücke: Prüfung je Flurstück. Untersuchungsgebiet: Flächen für GRZ/GFZ (Standard: die geplanten Gebäude plus Radius). Tage: z. B. 2026-03-21, 2026-01-17. Der Ausgabeordner erhält je Variante die Fassadenpunkte mit Besonnungsdauer und Verlust sowie die Schatten auf Freiflächen. Jede Zahl stammt aus den Analysen des Plugins selbst.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Base (existing city model GeoPackage)</source>
        <translation>Basis (GeoPackage des Bestands-Stadtmodells)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Variants (GeoPackages)</source>
        <translation>Varianten (GeoPackages)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_variantsheets.py" />
        <source>Plan areas (Baugebiete)</source>
        <translation>Plangebiete (Baugebiete)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Parcels (Flurstücke)</source>
        <translation>Flurstücke</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Area of interest</source>
        <translation>Untersuchungsgebiet</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Public spaces</source>
        <translation>Öffentliche Flächen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Dates (e.g. 2026-03-21, 2026-01-17)</source>
        <translation>Tage (z. B. 2026-03-21, 2026-01-17)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Participation contributions (optional)</source>
        <translation>Beteiligungsbeiträge (optional)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Field naming the variant a contribution refers to</source>
        <translation>Feld mit der Variante, auf die sich ein Beitrag bezieht</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Shadow times (local)</source>
        <translation>Uhrzeiten der Schatten (Ortszeit)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Radius around the planned buildings (m)</source>
        <translation>Radius um die geplanten Gebäude (m)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_sunhours.py" />
        <source>Spacing of façade points (m)</source>
        <translation>Abstand der Fassadenpunkte (m)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Time step of the sun hours (minutes)</source>
        <translation>Zeitschritt der Besonnungsdauer (Minuten)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Variant comparison (table)</source>
        <translation>Variantenvergleich (Tabelle)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Folder for the per-variant layers</source>
        <translation>Ordner für die Layer je Variante</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Variants compared</source>
        <translation>Verglichene Varianten</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Give exactly one base GeoPackage.</source>
        <translation>Bitte genau ein Basis-GeoPackage angeben.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Give at least one variant.</source>
        <translation>Bitte mindestens eine Variante angeben.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>The plan layer must be in the CRS of the city model ({}).</source>
        <translation>Der Plan-Layer muss im KBS des Stadtmodells ({}) vorliegen.</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Variant comparison</source>
        <translation>Variantenvergleich</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Contributions assigned to the variants by the field {}.</source>
        <translation>Beiträge den Varianten über das Feld {} zugeordnet.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Contributions assigned to the variants by location: within {:.0f} m of their planned buildings.</source>
        <translation>Beiträge den Varianten nach Lage zugeordnet: im Umkreis von {:.0f} m um ihre geplanten Gebäude.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>{}: {} new buildings, GF {:.0f} m², GRZ {}, GFZ {}</source>
        <translation>{}: {} neue Gebäude, GF {:.0f} m², GRZ {}, GFZ {}</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>plan areas exceeding: {}</source>
        <translation>Plangebiete mit Überschreitung: {}</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>PV {:.1f} kWp</source>
        <translation>PV {:.1f} kWp</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>{}: {} façade points newly below the minimum</source>
        <translation>{}: {} Fassadenpunkte neu unter dem Mindestwert</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Sun hours on neighbouring façades – {}</source>
        <translation>Besonnung der Nachbarfassaden – {}</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_comparevariants.py" />
        <source>Shadows on open ground – {}</source>
        <translation>Schatten auf Freiflächen – {}</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_composevariant.py" />
        <source>Compose planning variant</source>
        <translation>Planungsvariante zusammenstellen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_composevariant.py" />
        <source>Composes a planning variant: the existing city model (GeoPackage of the city model import) minus the buildings to be demolished plus one or more sets of planned buildings (outputs of “Building masses from footprints”), as one GeoPackage in the import's schema. Every analysis (plan check, district figures, solar potential, shadows, sun hours) runs on it as on the existing city.

Demolitions (optional): a layer — selected buildings of the city model (their building_id is used) or polygons (buildings with their footprint inside are demolished) — or a list of building ids separated by commas.
The status field tells existing (Bestand) from planned (geplant) buildings; demolished buildings are kept with status Abriss-markiert in the extra layer “demolished” for maps. The variant name is stored in the layer metadata and the provenance, so the file can be kept, published to the catalogue and reloaded.</source>
        <translation>Stellt eine Planungsvariante zusammen: das Bestands-Stadtmodell (GeoPackage des Stadtmodell-Imports) abzüglich der abzureißenden Gebäude zuzüglich eines oder mehrerer Sätze geplanter Gebäude (Ergebnisse von „Baukörper aus Grundrissen erzeugen“), als ein GeoPackage im Schema des Imports. Jede Analyse (Planprüfung, Quartierskennzahlen, Solarpotenzial, Schatten, Besonnung) läuft darauf wie auf dem Bestand.

Abriss (optional): ein Layer — ausgewählte Gebäude des Stadtmodells (ihre building_id zählt) oder Flächen (Gebäude mit Grundriss darin werden abgerissen) — oder eine Liste von Gebäude-IDs, durch Kommas getrennt.
Das Feld status unterscheidet Bestand und geplante Gebäude (geplant); abgerissene Gebäude bleiben mit Status Abriss-markiert im zusätzlichen Layer „demolished“ für Karten erhalten. Der Name der Variante steht in den Layer-Metadaten und der Herkunftsangabe, so dass die Datei aufbewahrt, im Katalog veröffentlicht und wieder geladen werden kann.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_composevariant.py" />
        <source>Existing city model (GeoPackage of the import)</source>
        <translation>Bestands-Stadtmodell (GeoPackage des Imports)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_composevariant.py" />
        <source>Planned buildings (massing outputs)</source>
        <translation>Geplante Gebäude (Ergebnisse „Baukörper aus Grundrissen“)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_composevariant.py" />
        <source>Demolitions: buildings, polygons or a list of building ids</source>
        <translation>Abriss: Gebäude, Flächen oder Liste von Gebäude-IDs</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_composevariant.py" />
        <source>Variant name</source>
        <translation>Name der Variante</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_composevariant.py" />
        <source>Variant (GeoPackage)</source>
        <translation>Variante (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_composevariant.py" />
        <source>Existing buildings kept</source>
        <translation>Erhaltene Bestandsgebäude</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationpackage.py" />
        <source>Planned buildings</source>
        <translation>Geplante Gebäude</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_composevariant.py" />
        <source>Demolished buildings</source>
        <translation>Abgerissene Gebäude</translation>
    </message>
    <message>
        <location filename="../core/variants/compose.py" />
        <source>Give at least one massing output (planned buildings).</source>
        <translation>Bitte mindestens ein Baukörper-Ergebnis (geplante Gebäude) angeben.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_composevariant.py" />
        <source>The demolition layer cannot be read.</source>
        <translation>Der Abriss-Layer kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_composevariant.py" />
        <source>The demolition layer needs a building_id field or polygons.</source>
        <translation>Der Abriss-Layer braucht ein Feld building_id oder Flächen.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_composevariant.py" />
        <source>The variant must not overwrite one of its inputs.</source>
        <translation>Die Variante darf keine ihrer Eingaben überschreiben.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_composevariant.py" />
        <source>Planning variant “{}”: {} minus demolitions plus {}.</source>
        <translation>Planungsvariante „{}“: {} abzüglich Abriss zuzüglich {}.</translation>
    </message>
    <message>
        <location filename="../core/variants/project.py" />
        <source>Variant {}</source>
        <translation>Variante {}</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_composevariant.py" />
        <source>These building ids to demolish are not in the city model: {}</source>
        <translation>Diese abzureißenden Gebäude-IDs gibt es im Stadtmodell nicht: {}</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_composevariant.py" />
        <source>Variant “{}”: {} existing buildings kept, {} demolished, {} planned.</source>
        <translation>Variante „{}“: {} Bestandsgebäude erhalten, {} abgerissen, {} geplant.</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>A4 portrait</source>
        <translation>A4 Hochformat</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>A4 landscape</source>
        <translation>A4 Querformat</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>A3 portrait</source>
        <translation>A3 Hochformat</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>A3 landscape</source>
        <translation>A3 Querformat</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_councilmap.py" />
        <source>Export council map (PDF)</source>
        <translation>Ratsvorlage exportieren (PDF)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_councilmap.py" />
        <source>Makes a council map (Ratsvorlage) in one step: the map, title, subtitle, legend, scale bar, north arrow, overview map, sources and licences, date and a key-figures table on an A4 or A3 sheet, written as PDF.

Layers: the layers to show (points drawn over lines over areas). Empty = the visible layers of the current project.
Extent: the area to show; empty = all layers. Ignored when a coverage layer is given.
Coverage layer (atlas): one page per feature, e.g. per district or Baugebiet; the map follows each feature.
Page name field: field of the coverage layer that names each page (shown in the subtitle, pages sorted by it).
Template: paper size and orientation.
Title, Subtitle: long titles are wrapped and made smaller, never cut off the page.
Key figures: an optional table layer, e.g. the output of the plan compliance check or the district figures; in an atlas only the rows of the page's feature (same page-name field) are shown.
Key figures columns: the fields to show (at most five fit); empty = name, status, area, GRZ/GFZ and similar key fields when present.
PNG per page: also write &lt;name&gt;_01.png … beside the PDF.
3D snapshot: an optional image of a 3D view, placed as an inset on the map (the 3D engine is not needed here; without it the page is complete).
Logo: optional image for the logo field (coat of arms of the municipality).

The scale is rounded to 1:500, 1:1,000, 1:2,000, 1:2,500, 1:5,000 … so that the area fits. Sources and licences come from each layer's metadata (rights, licences) and attribution. The sheet is German; English when QGIS runs in English. The PDF is written completely or not at all.</source>
        <translation>Erstellt eine Ratsvorlage in einem Schritt: Karte, Titel, Untertitel, Legende, Maßstabsleiste, Nordpfeil, Übersichtskarte, Quellen und Lizenzen, Datum und eine Kennzahlentabelle auf einem A4- oder A3-Blatt, als PDF geschrieben.

Ebenen: die darzustellenden Ebenen (Punkte über Linien über Flächen). Leer = die sichtbaren Ebenen des aktuellen Projekts.
Ausdehnung: der darzustellende Bereich; leer = alle Ebenen. Wird bei einer Abdeckungsebene ignoriert.
Abdeckungsebene (Atlas): eine Seite je Objekt, z. B. je Quartier oder Baugebiet; die Karte folgt jedem Objekt.
Feld für den Seitennamen: Feld der Abdeckungsebene, das jede Seite benennt (im Untertitel, Seiten danach sortiert).
Vorlage: Papierformat und Ausrichtung.
Titel, Untertitel: lange Titel werden umbrochen und verkleinert, nie über den Blattrand hinaus.
Kennzahlen: eine optionale Tabellenebene, z. B. das Ergebnis der Bebauungsplanprüfung oder der Quartierskennzahlen; im Atlas nur die Zeilen des Objekts der Seite (gleiches Seitennamen-Feld).
Kennzahlenspalten: die anzuzeigenden Felder (höchstens fünf passen); leer = Name, Status, Fläche, GRZ/GFZ und ähnliche Kennfelder, sofern vorhanden.
PNG je Seite: zusätzlich &lt;name&gt;_01.png … neben das PDF schreiben.
3D-Ansicht: ein optionales Bild einer 3D-Ansicht, als Einklinker in die Karte gesetzt (die 3D-Engine wird hier nicht gebraucht; ohne Bild ist die Seite vollständig).
Logo: optionales Bild für das Logofeld (Wappen der Kommune).

Der Maßstab wird auf 1:500, 1:1.000, 1:2.000, 1:2.500, 1:5.000 … gerundet, sodass der Bereich passt. Quellen und Lizenzen stammen aus den Metadaten (Rechte, Lizenzen) und der Quellenangabe (Attribution) jeder Ebene. Das Blatt ist deutsch; englisch, wenn QGIS auf Englisch läuft. Das PDF wird vollständig oder gar nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_councilmap.py" />
        <source>Layers (empty = visible layers of the project)</source>
        <translation>Ebenen (leer = sichtbare Ebenen des Projekts)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_councilmap.py" />
        <source>Extent (empty = all layers)</source>
        <translation>Ausdehnung (leer = alle Ebenen)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_councilmap.py" />
        <source>Coverage layer for an atlas (one page per feature)</source>
        <translation>Abdeckungsebene für einen Atlas (eine Seite je Objekt)</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>Page name field</source>
        <translation>Feld für den Seitennamen</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_councilmap.py" />
        <source>Own layout template (.qpt with the same item ids; replaces the template above)</source>
        <translation>Eigene Layoutvorlage (.qpt mit denselben Element-IDs; ersetzt die Vorlage oben)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_councilmap.py" />
        <source>Layout templates (*.qpt)</source>
        <translation>Layoutvorlagen (*.qpt)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationpackage.py" />
        <source>Key figures table (optional)</source>
        <translation>Kennzahlentabelle (optional)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_councilmap.py" />
        <source>Key figures columns (empty = chosen automatically)</source>
        <translation>Kennzahlenspalten (leer = automatische Auswahl)</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>Also write one PNG per page</source>
        <translation>Zusätzlich ein PNG je Seite schreiben</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_councilmap.py" />
        <source>3D view snapshot (image, optional)</source>
        <translation>Bild einer 3D-Ansicht (optional)</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_councilmap.py" />
        <source>Logo (image, optional)</source>
        <translation>Logo (Bild, optional)</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" />
        <source>Images (*.svg *.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.svg *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_councilmap.py" />
        <source>Council map PDF</source>
        <translation>Ratsvorlage (PDF)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_councilmap.py" />
        <source>Number of pages</source>
        <translation>Anzahl Seiten</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_councilmap.py" />
        <source>Map scale of each page</source>
        <translation>Kartenmaßstab je Seite</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_councilmap.py" />
        <source>PNG files (separated by ;)</source>
        <translation>PNG-Dateien (durch ; getrennt)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_councilmap.py" />
        <source>The key figures table must be a layer, not a filtered source.</source>
        <translation>Die Kennzahlentabelle muss eine Ebene sein, keine gefilterte Quelle.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_councilmap.py" />
        <source>No layers given: using the {} visible layers of the project.</source>
        <translation>Keine Ebenen angegeben: die {} sichtbaren Ebenen des Projekts werden verwendet.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_councilmap.py" />
        <source>Exporting the council map…</source>
        <translation>Ratsvorlage wird exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>{} page(s) written to {} (scales {}).</source>
        <translation>{} Seite(n) nach {} geschrieben (Maßstäbe {}).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_districtfigures.py" />
        <source>District key figures</source>
        <translation>Quartierskennzahlen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_districtfigures.py" />
        <source>Key figures per district polygon (Quartier, statistical district) or per plan area: number of buildings, built area, estimated gross floor area, building volume, mean and maximum height, GRZ and GFZ as built, shares of building functions by AdV function group (by floor area), roof types and years of construction where the city model has them.

Districts: any polygon layer (e.g. Quartiere, or the Baugebiete of the XPlanung import); the name field labels the rows.
Buildings: the 'buildings' or 'footprints' layer of the city model import. Areas, floor area and volume use the footprints clipped to the district; counts, heights, functions and years assign each building to the district holding a point of its footprint.
Storey height: for estimating full storeys where the city model has none (floor area = footprint × storeys; an estimate).
Statistics (optional): a polygon grid (e.g. Zensus 100 m) whose numeric fields are apportioned to buildings by residential floor area and summed per district, or a table joined by the district name (key field).</source>
        <translation>Kennzahlen je Quartiersfläche (Quartier, statistischer Bezirk) oder je Planfläche: Anzahl der Gebäude, bebaute Fläche, geschätzte Bruttogeschossfläche, Gebäudevolumen, mittlere und größte Höhe, GRZ und GFZ im Bestand, Anteile der Gebäudefunktionen nach AdV-Funktionsgruppe (nach Geschossfläche), Dachformen und Baujahre, soweit das Stadtmodell sie enthält.

Quartiere: ein beliebiger Flächenlayer (z. B. Quartiere oder die Baugebiete des XPlanung-Imports); das Namensfeld beschriftet die Zeilen.
Gebäude: der Layer 'buildings' oder 'footprints' des Stadtmodell-Imports. Flächen, Geschossfläche und Volumen verwenden die auf das Quartier zugeschnittenen Grundrisse; Anzahlen, Höhen, Funktionen und Baujahre ordnen jedes Gebäude dem Quartier zu, das einen Punkt seines Grundrisses enthält.
Geschosshöhe: zur Schätzung der Vollgeschosse, wo das Stadtmodell keine hat (Geschossfläche = Grundfläche × Geschosse; eine Schätzung).
Statistik (optional): ein Flächenraster (z. B. Zensus 100 m), dessen Zahlenfelder nach Wohn-Geschossfläche auf die Gebäude umgelegt und je Quartier summiert werden, oder eine Tabelle, die über den Quartiersnamen (Schlüsselfeld) verknüpft wird.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_districtfigures.py" />
        <source>Districts or plan areas</source>
        <translation>Quartiere oder Planflächen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_districtfigures.py" />
        <source>District name field</source>
        <translation>Feld mit dem Quartiersnamen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Buildings (buildings or footprints layer)</source>
        <translation>Gebäude (Layer buildings oder footprints)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Storey height for estimating full storeys (m)</source>
        <translation>Geschosshöhe zur Schätzung der Vollgeschosse (m)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_districtfigures.py" />
        <source>Statistics: polygon grid or table (optional)</source>
        <translation>Statistik: Flächenraster oder Tabelle (optional)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_districtfigures.py" />
        <source>Statistics fields to apportion or join</source>
        <translation>Statistikfelder zum Umlegen oder Verknüpfen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_districtfigures.py" />
        <source>Table key field (matches the district name)</source>
        <translation>Schlüsselfeld der Tabelle (entspricht dem Quartiersnamen)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_districtfigures.py" />
        <source>Buildings read from the input</source>
        <translation>Aus der Eingabe gelesene Gebäude</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_districtfigures.py" />
        <source>Districts and buildings layers are required.</source>
        <translation>Quartiers- und Gebäudelayer sind erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>{} is in {} and is reprojected to {} for the check.</source>
        <translation>{} liegt in {} und wird für die Prüfung nach {} umprojiziert.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>The buildings layer</source>
        <translation>Der Gebäudelayer</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_districtfigures.py" />
        <source>No buildings in the input: every district gets 0 buildings; the figures say nothing about the built stock.</source>
        <translation>Keine Gebäude in der Eingabe: jedes Quartier erhält 0 Gebäude; die Kennzahlen sagen nichts über den Gebäudebestand aus.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_districtfigures.py" />
        <source>The district layer</source>
        <translation>Der Quartierslayer</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_districtfigures.py" />
        <source>District {} has no usable polygon geometry and is left out.</source>
        <translation>Quartier {} hat keine verwendbare Flächengeometrie und wird ausgelassen.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_districtfigures.py" />
        <source>The district layer has no usable polygons.</source>
        <translation>Der Quartierslayer hat keine verwendbaren Flächen.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_districtfigures.py" />
        <source>{} districts, {} buildings assigned.</source>
        <translation>{} Quartiere, {} Gebäude zugeordnet.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_districtfigures.py" />
        <source>A statistics table without geometry needs a key field matching the district name.</source>
        <translation>Eine Statistiktabelle ohne Geometrie braucht ein Schlüsselfeld, das dem Quartiersnamen entspricht.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_districtfigures.py" />
        <source>The statistics layer</source>
        <translation>Der Statistiklayer</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_districtfigures.py" />
        <source>Statistics cell {} has no usable polygon geometry and is left out.</source>
        <translation>Statistikzelle {} hat keine verwendbare Flächengeometrie und wird ausgelassen.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dprint.py" />
        <source>Export city model for 3D printing</source>
        <translation>Stadtmodell für den 3D-Druck exportieren</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dprint.py" />
        <source>Writes the buildings of a selection or extent, optionally on the terrain of a DEM, at a scale (1:500, 1:1000, 1:2000 …) on a base plate as one watertight, manifold body: binary STL and/or 3MF (millimetres), ready for the slicer.

The body is a height field over the plate (roofs and flat tops of the buildings, terrain from the DEM), sampled on a grid of at most 0.5 mm on the print where the size allows; overhangs are left out. Without a DEM every building stands on the plate at its own ground height.
The log states the printed size, the material volume and the buildings with parts narrower than 0.8 mm on the print (they may break or not print).</source>
        <translation>Schreibt die Gebäude einer Auswahl oder eines Ausschnitts, wahlweise auf dem Gelände eines DGM, in einem Maßstab (1:500, 1:1000, 1:2000 …) auf einer Grundplatte als einen wasserdichten, mannigfaltigen Körper: binäres STL und/oder 3MF (Millimeter), bereit für den Slicer.

Der Körper ist ein Höhenfeld über der Platte (Dächer und flache Oberseiten der Gebäude, Gelände aus dem DGM), abgetastet auf einem Raster von höchstens 0,5 mm im Druck, wo die Größe es zulässt; Überhänge entfallen. Ohne DGM steht jedes Gebäude mit seiner eigenen Geländehöhe auf der Platte.
Das Protokoll nennt die Druckgröße, das Materialvolumen und die Gebäude mit Teilen, die im Druck schmaler als 0,8 mm sind (sie können brechen oder nicht gedruckt werden).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dprint.py" />
        <source>Extent (plate; empty: the buildings)</source>
        <translation>Ausschnitt (Platte; leer: die Gebäude)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dprint.py" />
        <source>Terrain model (DEM, optional)</source>
        <translation>Geländemodell (DGM, optional)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dprint.py" />
        <source>Scale 1:</source>
        <translation>Maßstab 1:</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dprint.py" />
        <source>Base plate thickness (mm)</source>
        <translation>Dicke der Grundplatte (mm)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dprint.py" />
        <source>STL file</source>
        <translation>STL-Datei</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dprint.py" />
        <source>STL (*.stl)</source>
        <translation>STL (*.stl)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dprint.py" />
        <source>3MF file</source>
        <translation>3MF-Datei</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dprint.py" />
        <source>3MF (*.3mf)</source>
        <translation>3MF (*.3mf)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dtiles.py" />
        <source>The buildings layer must be in a projected CRS with metres (e.g. EPSG:25832).</source>
        <translation>Die Gebäudeebene muss in einem projizierten KBS mit Metern liegen (z. B. EPSG:25832).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dprint.py" />
        <source>Choose an STL or a 3MF file (or both).</source>
        <translation>Bitte eine STL- oder 3MF-Datei wählen (oder beide).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dprint.py" />
        <source>The DEM must be in the CRS of the buildings ({}).</source>
        <translation>Das DGM muss im KBS der Gebäude liegen ({}).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dprint.py" />
        <source>{} buildings; building the print body …</source>
        <translation>{} Gebäude; erzeuge den Druckkörper …</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dprint.py" />
        <source>Urban Twin city model 1:{:.0f}</source>
        <translation>Urban-Twin-Stadtmodell 1:{:.0f}</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dprint.py" />
        <source>Printed size: {:.1f} × {:.1f} × {:.1f} mm; grid {:.2f} mm; {} triangles.</source>
        <translation>Druckgröße: {:.1f} × {:.1f} × {:.1f} mm; Raster {:.2f} mm; {} Dreiecke.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dprint.py" />
        <source>Material volume: {:.1f} cm³ (plate {:.1f} cm³, buildings and terrain {:.1f} cm³).</source>
        <translation>Materialvolumen: {:.1f} cm³ (Platte {:.1f} cm³, Gebäude und Gelände {:.1f} cm³).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dprint.py" />
        <source>{} buildings have parts narrower than {} mm on the print: {}</source>
        <translation>{} Gebäude haben Teile, die im Druck schmaler als {} mm sind: {}</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dtiles.py" />
        <source>Export buildings as 3D Tiles (web 3D)</source>
        <translation>Gebäude als 3D Tiles exportieren (Web-3D)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dtiles.py" />
        <source>Writes the buildings as a 3D Tiles 1.1 tileset (tileset.json and one glTF 2.0 .glb per tile, quadtree) for CesiumJS, the Masterportal and other web 3D viewers, with an index.html that shows it.

Every building keeps its id, function, height, status and the chosen fields as properties (EXT_mesh_features / EXT_structural_metadata). Colour: by the chosen field (numbers in five classes, text by category) or, without one, by the layer's QGIS style.
Placement: from the layer's CRS to earth-centred coordinates; heights are taken as m NHN (DHHN2016) and turned into ellipsoidal heights with the geoid (GCG2016 where installed, otherwise EGM96).
CesiumJS: index.html loads it from the folder 'cesium' next to it. The export copies it there when the QGIS setting UrbanTwin/cesiumDir (or the environment variable URBANTWIN_CESIUM_DIR) names a local Cesium build (folder Build/Cesium of the npm package cesium); otherwise copy it yourself.
Single .glb (optional): all buildings in one file, for small selections and 3D programs.</source>
        <translation>Schreibt die Gebäude als 3D-Tiles-1.1-Tileset (tileset.json und je Kachel eine glTF-2.0-Datei .glb, Quadtree) für CesiumJS, das Masterportal und andere Web-3D-Viewer, mit einer index.html, die es zeigt.

Jedes Gebäude behält Kennung, Funktion, Höhe, Status und die gewählten Felder als Eigenschaften (EXT_mesh_features / EXT_structural_metadata). Farbe: nach dem gewählten Feld (Zahlen in fünf Klassen, Text nach Kategorie) oder, ohne Feld, nach dem QGIS-Stil der Ebene.
Lage: aus dem KBS der Ebene in erdzentrierte Koordinaten; Höhen gelten als m NHN (DHHN2016) und werden mit dem Geoid in ellipsoidische Höhen umgerechnet (GCG2016, wo installiert, sonst EGM96).
CesiumJS: index.html lädt es aus dem Ordner „cesium“ daneben. Der Export kopiert es dorthin, wenn die QGIS-Einstellung UrbanTwin/cesiumDir (oder die Umgebungsvariable URBANTWIN_CESIUM_DIR) einen lokalen Cesium-Build nennt (Ordner Build/Cesium des npm-Pakets cesium); sonst bitte selbst kopieren.
Einzelne .glb (optional): alle Gebäude in einer Datei, für kleine Auswahlen und 3D-Programme.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dtiles.py" />
        <source>Colour by field (empty: the layer's style)</source>
        <translation>Farbe nach Feld (leer: Stil der Ebene)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dtiles.py" />
        <source>Further fields as properties</source>
        <translation>Weitere Felder als Eigenschaften</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dtiles.py" />
        <source>Output folder (tileset)</source>
        <translation>Ausgabeordner (Tileset)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dtiles.py" />
        <source>Single glTF file (.glb, optional)</source>
        <translation>Einzelne glTF-Datei (.glb, optional)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dtiles.py" />
        <source>glTF binary (*.glb)</source>
        <translation>glTF binär (*.glb)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dtiles.py" />
        <source>The field {} does not exist in the buildings layer.</source>
        <translation>Das Feld {} gibt es in der Gebäudeebene nicht.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dtiles.py" />
        <source>Building {} has no 3D geometry and is left out.</source>
        <translation>Gebäude {} hat keine 3D-Geometrie und entfällt.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dtiles.py" />
        <source>Urban Twin – 3D buildings</source>
        <translation>Urban Twin – 3D-Gebäude</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dtiles.py" />
        <source>Copying CesiumJS from {}.</source>
        <translation>Kopiere CesiumJS aus {}.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dtiles.py" />
        <source>No local CesiumJS configured: put the folder Build/Cesium of the npm package cesium as 'cesium' next to index.html (see the help).</source>
        <translation>Kein lokales CesiumJS eingestellt: den Ordner Build/Cesium des npm-Pakets cesium als „cesium“ neben index.html legen (siehe Hilfe).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_export3dtiles.py" />
        <source>{} buildings in {} tiles; heights: {} (geoid undulation {:.2f} m).</source>
        <translation>{} Gebäude in {} Kacheln; Höhen: {} (Geoidundulation {:.2f} m).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportisometadata.py" />
        <source>Export ISO 19139 metadata</source>
        <translation>ISO-19139-Metadaten exportieren</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportisometadata.py" />
        <source>Writes the metadata of a layer as an ISO 19139 XML file (root gmd:MD_Metadata), e.g. for the municipality's metadata editor or a GDI-DE catalogue: title, abstract, keywords (INSPIRE theme where one applies), contacts, licence with text and URL, bounding box, reference system, the processing history (algorithm, version, inputs with SHA-256) as lineage, identifier and dates. The file is checked against the GDI-DE / INSPIRE rules that can be checked offline; what is missing is reported as a warning.

Layer: the layer whose QGIS metadata and provenance are exported.
Output: the .xml file.</source>
        <translation>Schreibt die Metadaten eines Layers als ISO-19139-XML-Datei (Wurzel gmd:MD_Metadata), z. B. für den Metadateneditor der Kommune oder einen GDI-DE-Katalog: Titel, Kurzbeschreibung, Schlüsselwörter (INSPIRE-Thema, wo eines zutrifft), Kontakte, Lizenz mit Text und URL, Ausdehnung, Koordinatenreferenzsystem, die Verarbeitungshistorie (Algorithmus, Version, Eingangsdaten mit SHA-256) als Herkunft (Lineage), Kennung und Datumsangaben. Die Datei wird gegen die offline prüfbaren GDI-DE-/INSPIRE-Regeln geprüft; Fehlendes wird als Warnung gemeldet.

Layer: der Layer, dessen QGIS-Metadaten und Herkunft exportiert werden.
Ausgabe: die .xml-Datei.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportisometadata.py" />
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importisometadata.py" />
        <source>ISO 19139 file</source>
        <translation>ISO-19139-Datei</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportisometadata.py" />
        <source>ISO 19139 XML (*.xml)</source>
        <translation>ISO-19139-XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importisometadata.py" />
        <source>Metadata identifier</source>
        <translation>Metadatenkennung</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportisometadata.py" />
        <source>Number of GDI-DE/INSPIRE rules not met</source>
        <translation>Anzahl nicht erfüllter GDI-DE-/INSPIRE-Regeln</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importisometadata.py" />
        <source>The layer could not be loaded.</source>
        <translation>Der Layer konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportisometadata.py" />
        <source>{}: {} (layer {})</source>
        <translation>{}: {} (Layer {})</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportisometadata.py" />
        <source>ISO 19139 metadata of {} written to {}.</source>
        <translation>ISO-19139-Metadaten von {} nach {} geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportvariant.py" />
        <source>Export variant as CityGML or CityJSON</source>
        <translation>Variante als CityGML oder CityJSON exportieren</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportvariant.py" />
        <source>Writes the buildings of a variant GeoPackage (or of a city model import) as CityGML 2.0 (.gml) or CityJSON 2.0 (.json), chosen by the file extension: bldg:Building / Building with roof, wall and ground surfaces, AdV function and roof type codes, creation date and the generic attribute status. Planned buildings are written as closed LoD2 solids, existing ones as LoD2 surfaces. This is how a variant reaches other viewers and the state's 3D portal; the plugin's import reads the files back unchanged (coordinates to 0.1 mm in CityGML, 1 mm in CityJSON).

Only planned buildings: leave the existing city out (just the masses of the variant).</source>
        <translation>Schreibt die Gebäude eines Varianten-GeoPackages (oder eines Stadtmodell-Imports) als CityGML 2.0 (.gml) oder CityJSON 2.0 (.json), je nach Dateiendung: bldg:Building / Building mit Dach-, Wand- und Bodenflächen, AdV-Schlüsseln für Funktion und Dachform, Erstellungsdatum und dem generischen Attribut status. Geplante Gebäude werden als geschlossene LoD2-Körper geschrieben, Bestandsgebäude als LoD2-Flächen. So gelangt eine Variante in andere Viewer und das 3D-Portal des Landes; der Import des Plugins liest die Dateien unverändert zurück (Koordinaten auf 0,1 mm in CityGML, 1 mm in CityJSON).

Nur geplante Gebäude: den Bestand weglassen (nur die Baukörper der Variante).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportvariant.py" />
        <source>Variant or city model (GeoPackage)</source>
        <translation>Variante oder Stadtmodell (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportvariant.py" />
        <source>Only planned buildings</source>
        <translation>Nur geplante Gebäude</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportvariant.py" />
        <source>CityGML 2.0 or CityJSON 2.0 file</source>
        <translation>CityGML-2.0- oder CityJSON-2.0-Datei</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportvariant.py" />
        <source>CityGML 2.0 (*.gml);;CityJSON 2.0 (*.json)</source>
        <translation>CityGML 2.0 (*.gml);;CityJSON 2.0 (*.json)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportvariant.py" />
        <source>Buildings written</source>
        <translation>Geschriebene Gebäude</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportvariant.py" />
        <source>Choose a file ending in .gml (CityGML 2.0) or .json (CityJSON 2.0).</source>
        <translation>Bitte eine Datei mit der Endung .gml (CityGML 2.0) oder .json (CityJSON 2.0) wählen.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportvariant.py" />
        <source>{} buildings written to {}.</source>
        <translation>{} Gebäude nach {} geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportxplan.py" />
        <source>Export XPlanGML 6.0</source>
        <translation>XPlanGML 6.0 exportieren</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportxplan.py" />
        <source>Writes the layers of a GeoPackage made by 'Import XPlanGML plan' (edited or not) as one XPlanGML 6.0 document in the element order of the official schema. Plans from XPlanGML 4.0 to 5.4 are converted: classes that 6.0 no longer has become their 6.0 successor (or the nearest general 6.0 class, keeping the original class and attributes as generic attributes), and values that 6.0 requires are filled in; each conversion is a warning in the log. Labels, tokens and normalised heights are derived fields and are not written.

After writing, the file is checked against the XPlanGML 6.0 schema (shipped with the plugin). An invalid export fails and leaves nothing under the output name, unless 'Write even if schema-invalid' is set.

Input GeoPackage: the imported plan.
Output: the XPlanGML file to write (replaced only when the export succeeds).
Schema folder: optional folder with XPlanGML_6_0/XPlanung-Operationen.xsd instead of the shipped schemas.</source>
        <translation>Schreibt die Layer eines mit „XPlanGML-Plan importieren“ erzeugten GeoPackages (bearbeitet oder nicht) als ein XPlanGML-6.0-Dokument in der Elementreihenfolge des offiziellen Schemas. Pläne aus XPlanGML 4.0 bis 5.4 werden umgesetzt: Klassen, die es in 6.0 nicht mehr gibt, werden zu ihrer 6.0-Nachfolgeklasse (oder zur nächsten allgemeinen 6.0-Klasse, wobei Originalklasse und Attribute als generische Attribute erhalten bleiben), und von 6.0 verlangte Werte werden ergänzt; jede Umsetzung ist eine Warnung im Protokoll. Beschriftungen, Kürzel und normierte Höhen sind abgeleitete Felder und werden nicht geschrieben.

Nach dem Schreiben wird die Datei gegen das XPlanGML-6.0-Schema (mit dem Plugin ausgeliefert) geprüft. Ein ungültiger Export schlägt fehl und hinterlässt nichts unter dem Ausgabenamen, außer „Auch schemaungültig schreiben“ ist gesetzt.

Eingabe-GeoPackage: der importierte Plan.
Ausgabe: die zu schreibende XPlanGML-Datei (nur bei erfolgreichem Export ersetzt).
Schemaordner: optionaler Ordner mit XPlanGML_6_0/XPlanung-Operationen.xsd statt der ausgelieferten Schemas.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportxplan.py" />
        <source>XPlan GeoPackage</source>
        <translation>XPlan-GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportxplan.py" />
        <source>XPlanGML 6.0 file</source>
        <translation>XPlanGML-6.0-Datei</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportxplan.py" />
        <source>XPlanGML (*.gml)</source>
        <translation>XPlanGML (*.gml)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportxplan.py" />
        <source>Write even if schema-invalid</source>
        <translation>Auch schemaungültig schreiben</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_validatexplan.py" />
        <source>Schema folder (XPlanGML XSDs)</source>
        <translation>Schemaordner (XPlanGML-XSDs)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importxplan.py" />
        <source>Number of objects</source>
        <translation>Anzahl der Objekte</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportxplan.py" />
        <source>Number of schema errors</source>
        <translation>Anzahl der Schemafehler</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportxplan.py" />
        <source>XML schema used</source>
        <translation>Verwendetes XML-Schema</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportxplan.py" />
        <source>XPlanGML 6.0 – {} ({})</source>
        <translation>XPlanGML 6.0 – {} ({})</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportxplan.py" />
        <source>Checked against: {}</source>
        <translation>Geprüft gegen: {}</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_exportxplan.py" />
        <source>{} objects written as XPlanGML 6.0.</source>
        <translation>{} Objekte als XPlanGML 6.0 geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_fetch.py" />
        <source>Fetch result from catalogue</source>
        <translation>Ergebnis aus dem Katalog holen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_fetch.py" />
        <source>Finds a published result in a catalogue, downloads its GeoPackage into the cache (verified against the record's SHA-256; a mismatch is rejected and nothing is loaded), saves it as the output GeoPackage and loads it with its published style.

Catalogue: name of a catalogue connection; "local" is the local catalogue.
Search text: words in title, description or keywords; the most recent match is fetched.
Record id: fetch exactly this record (wins over the search text).
Extent: only records overlapping this area.
Output: the GeoPackage to write.</source>
        <translation>Sucht ein veröffentlichtes Ergebnis in einem Katalog, lädt sein GeoPackage in den Zwischenspeicher (geprüft gegen die SHA-256 des Datensatzes; bei Abweichung wird es abgelehnt und nichts geladen), speichert es als Ausgabe-GeoPackage und lädt es mit seinem veröffentlichten Stil.

Katalog: Name einer Katalogverbindung; „local“ ist der lokale Katalog.
Suchtext: Wörter in Titel, Beschreibung oder Schlagwörtern; der neueste Treffer wird geholt.
Datensatzkennung: genau diesen Datensatz holen (hat Vorrang vor dem Suchtext).
Ausdehnung: nur Datensätze, die diesen Bereich überlappen.
Ausgabe: das zu schreibende GeoPackage.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_publish.py" />
        <source>Catalogue connection</source>
        <translation>Katalogverbindung</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_fetch.py" />
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_publish.py" />
        <source>Record id</source>
        <translation>Datensatzkennung</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_fetch.py" />
        <source>Extent</source>
        <translation>Ausdehnung</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importxplan.py" />
        <source>Output GeoPackage</source>
        <translation>Ausgabe-GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_fetch.py" />
        <source>Number of matching records</source>
        <translation>Anzahl passender Datensätze</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_fetch.py" />
        <source>Catalogue {} cannot be reached and its offline copy has no matching record.</source>
        <translation>Katalog {} ist nicht erreichbar, und seine Offline-Kopie enthält keinen passenden Eintrag.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_fetch.py" />
        <source>Catalogue {} cannot be reached: searching the records last seen (offline).</source>
        <translation>Katalog {} ist nicht erreichbar: Suche in den zuletzt gesehenen Einträgen (offline).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_fetch.py" />
        <source>No record in catalogue {} matches the search.</source>
        <translation>Kein Datensatz im Katalog {} passt zur Suche.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_fetch.py" />
        <source>{} records match; fetching the most recent one: {}</source>
        <translation>{} Datensätze passen; der neueste wird geholt: {}</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_fetch.py" />
        <source>Fetched {} ({}) into {}.</source>
        <translation>{} ({}) nach {} geholt.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>Buildings (3D: buildings or footprints layer with heights)</source>
        <translation>Gebäude (3D: Layer buildings oder footprints mit Höhen)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>Land cover / sealing (polygons)</source>
        <translation>Landbedeckung / Versiegelung (Flächen)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>Sealing field (share 0–1, percent, or sealed/unsealed)</source>
        <translation>Versiegelungsfeld (Anteil 0–1, Prozent oder versiegelt/unversiegelt)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>Trees (points, e.g. a Baumkataster)</source>
        <translation>Bäume (Punkte, z. B. ein Baumkataster)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>Crown diameter field (m)</source>
        <translation>Feld Kronendurchmesser (m)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>Tree height field (m)</source>
        <translation>Feld Baumhöhe (m)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_sunhours.py" />
        <source>Terrain model (DEM)</source>
        <translation>Geländemodell (DGM)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>Cell size (m)</source>
        <translation>Zellgröße (m)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>Resolution of the surface model for sky view and shade (m)</source>
        <translation>Auflösung des Oberflächenmodells für Himmelssicht und Schatten (m)</translation>
    </message>
    <message>
        <location filename="../core/processing/result_loading.py" />
        <source>Districts</source>
        <translation>Quartiere</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>Hot summer day</source>
        <translation>Heißer Sommertag</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>The layer {} contains no building footprints.</source>
        <translation>Der Layer {} enthält keine Gebäudegrundrisse.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>Choose the sealing field of the land cover layer.</source>
        <translation>Wählen Sie das Versiegelungsfeld des Landbedeckungslayers.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>{} land cover polygons have no readable sealing value and count as unknown.</source>
        <translation>{} Landbedeckungsflächen haben keinen lesbaren Versiegelungswert und gelten als unbekannt.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>{} trees without crown diameter or height get 6 m crown and 10 m height.</source>
        <translation>{} Bäume ohne Kronendurchmesser oder Höhe erhalten 6 m Krone und 10 m Höhe.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>{} buildings have no height and are left out of the surface model.</source>
        <translation>{} Gebäude haben keine Höhe und fehlen im Oberflächenmodell.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>Heat stress (screening)</source>
        <translation>Hitzebelastung (Screening)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>Screening, not a climate simulation. Rates every grid cell (default 10 m) and district by a transparent heat index from sealing, green, building volume, sky view factor at street level and the share of the afternoon (13–17 h) in shade on a hot summer day:
heat_index = 100 × (0.30·sealed + 0.20·(1 − green) + 0.20·(1 − shade) + 0.15·min(1, volume density / 10 m) + 0.15·(1 − SVF)), in five classes (&lt; 20, 20–40, 40–60, 60–80, ≥ 80). The weights follow the logic of urban climate analyses after VDI 3787 Blatt 1 (Klimafunktionskarte): thermal load grows with sealing and building mass and falls with green, shade and open sky.

What it can say: where the day-time and night-time heat load is likely highest, and how trees, unsealing or a variant's buildings shift it. What it cannot say: no air or surface temperatures, no wind, no cold-air flow, no mean radiant temperature (use SOLWEIG or PALM-4U for that).

Buildings: buildings/footprints of the import or a variant (heights from height, z_max − z_min or storeys). Land cover (optional): polygons with a sealing field (0–1, percent, or words like versiegelt/unversiegelt); open ground without land cover counts as half sealed. Trees (optional): points with crown diameter and height (missing: 6 m and 10 m). DEM (optional): terrain for the surface model. Hotspots: connected cells of classes 4–5.</source>
        <translation>Screening, keine Klimasimulation. Bewertet jede Rasterzelle (Standard 10 m) und jedes Quartier mit einem transparenten Hitzeindex aus Versiegelung, Grün, Bauvolumen, Himmelssichtfaktor auf Straßenniveau und dem Schattenanteil am Nachmittag (13–17 Uhr) eines heißen Sommertags:
heat_index = 100 × (0,30·versiegelt + 0,20·(1 − Grün) + 0,20·(1 − Schatten) + 0,15·min(1, Bauvolumendichte / 10 m) + 0,15·(1 − SVF)), in fünf Klassen (&lt; 20, 20–40, 40–60, 60–80, ≥ 80). Die Gewichte folgen der Logik stadtklimatischer Analysen nach VDI 3787 Blatt 1 (Klimafunktionskarte): Die Wärmebelastung steigt mit Versiegelung und Baumasse und sinkt mit Grün, Schatten und freier Himmelssicht.

Was es aussagen kann: wo die Wärmebelastung am Tag und in der Nacht wahrscheinlich am höchsten ist und wie Bäume, Entsiegelung oder die Gebäude einer Variante sie verschieben. Was es nicht aussagen kann: keine Luft- oder Oberflächentemperaturen, kein Wind, keine Kaltluftströmung, keine mittlere Strahlungstemperatur (dafür SOLWEIG oder PALM-4U verwenden).

Gebäude: buildings/footprints des Imports oder einer Variante (Höhen aus height, z_max − z_min oder Geschossen). Landbedeckung (optional): Flächen mit einem Versiegelungsfeld (0–1, Prozent oder Wörter wie versiegelt/unversiegelt); offener Boden ohne Landbedeckung gilt als halb versiegelt. Bäume (optional): Punkte mit Kronendurchmesser und Höhe (fehlend: 6 m und 10 m). DGM (optional): Gelände für das Oberflächenmodell. Hotspots: zusammenhängende Zellen der Klassen 4–5.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>Heat screening cells</source>
        <translation>Hitze-Screening-Zellen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>Heat hotspots</source>
        <translation>Hitze-Hotspots</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>Number of cells</source>
        <translation>Anzahl der Zellen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>Hotspot area (ha)</source>
        <translation>Hotspot-Fläche (ha)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>The per-district output needs a districts layer.</source>
        <translation>Die Ausgabe je Quartier braucht einen Quartierslayer.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heatscreening.py" />
        <source>{} cells of {:g} m; heat classes 1–5: {}; {} hotspots with {:.2f} ha ({:.1f} s).</source>
        <translation>{} Zellen zu {:g} m; Hitzeklassen 1–5: {}; {} Hotspots mit {:.2f} ha ({:.1f} s).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>The area of interest has no polygons.</source>
        <translation>Das Untersuchungsgebiet hat keine Flächen.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>The measures layer {} needs a field {} (retention volume, m³) or {} (share of the rain that runs off, 0–1).</source>
        <translation>Der Maßnahmenlayer {} braucht ein Feld {} (Retentionsvolumen, m³) oder {} (abfließender Anteil des Regens, 0–1).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Heavy-rain hazard (flow paths and sinks)</source>
        <translation>Starkregen-Gefährdung (Fließwege und Senken)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Screening, not a flood model. Finds the sinks (depressions) of a terrain model, the flow paths of surface runoff and the buildings that lie in a sink or on a flow path — the Fließpfad- und Senkenkarte of the LUBW guidance (Kommunales Starkregenrisikomanagement, 2016), the step before a hydrodynamic hazard map.

Method: buildings are raised 10 m into the DEM as obstacles; depressions are filled by priority-flood (Barnes et al. 2014), flats are resolved, flow follows the steepest descent (D8). A sink's fill ratio is the runoff of the design rain that reaches it (rain × runoff coefficient over its catchment, minus what retention spaces and sinks upstream hold) divided by its volume, capped at 1.

What it can say: where water collects and how deep it can stand at most, where it flows, which buildings lie there. What it cannot say: no sewer network, no infiltration over time, no flow velocities, no water levels over time; the rain's duration does not change the result (volumes only). Check hot spots with an engineering office's 2D simulation.

DEM: a GeoTIFF or any GDAL raster, typically DGM1 (1 m), projected CRS. Buildings: the buildings or footprints layer of the import or a variant. Measures (optional): polygons with a field storage_m3 (retention volume) and/or runoff_coefficient (e.g. 0.3 for an unsealed area). Area (optional): only the DEM inside it is analysed; water leaves over its edge.</source>
        <translation>Screening, kein Überflutungsmodell. Findet die Senken eines Geländemodells, die Fließwege des Oberflächenabflusses und die Gebäude, die in einer Senke oder an einem Fließweg liegen – die Fließpfad- und Senkenkarte des LUBW-Leitfadens (Kommunales Starkregenrisikomanagement, 2016), die Vorstufe einer hydrodynamischen Gefahrenkarte.

Methode: Gebäude werden als Hindernisse 10 m in das DGM gehoben; Senken werden per Priority-Flood gefüllt (Barnes et al. 2014), Flachstellen aufgelöst, das Wasser folgt dem steilsten Gefälle (D8). Der Füllgrad einer Senke ist der Abfluss des Bemessungsregens, der sie erreicht (Regen × Abflussbeiwert über ihr Einzugsgebiet, abzüglich dessen, was Retentionsräume und Senken oberhalb zurückhalten), geteilt durch ihr Volumen, höchstens 1.

Was es aussagen kann: wo sich Wasser sammelt und wie tief es höchstens steht, wo es fließt, welche Gebäude dort liegen. Was es nicht aussagen kann: kein Kanalnetz, keine Versickerung im Zeitverlauf, keine Fließgeschwindigkeiten, keine Wasserstände im Zeitverlauf; die Regendauer ändert das Ergebnis nicht (nur Volumina). Prüfen Sie Schwerpunkte mit der 2D-Simulation eines Ingenieurbüros.

DGM: ein GeoTIFF oder ein anderes GDAL-Raster, typisch DGM1 (1 m), projiziertes KBS. Gebäude: der Layer buildings oder footprints des Imports oder einer Variante. Maßnahmen (optional): Flächen mit einem Feld storage_m3 (Retentionsvolumen) und/oder runoff_coefficient (z. B. 0,3 für eine entsiegelte Fläche). Gebiet (optional): nur das DGM darin wird untersucht; Wasser verlässt es über seinen Rand.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Buildings (obstacles)</source>
        <translation>Gebäude (Hindernisse)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Rain event preset</source>
        <translation>Regenereignis (Vorgabe)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Own value (rain depth below)</source>
        <translation>Eigener Wert (Niederschlagshöhe unten)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>30 mm in 1 h (rare)</source>
        <translation>30 mm in 1 h (selten)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>50 mm in 1 h (very rare)</source>
        <translation>50 mm in 1 h (sehr selten)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>100 mm in 1 h (exceptional)</source>
        <translation>100 mm in 1 h (außergewöhnlich)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Rain duration (minutes)</source>
        <translation>Regendauer (Minuten)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Runoff coefficient outside measures (0–1)</source>
        <translation>Abflussbeiwert außerhalb der Maßnahmen (0–1)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Measures (retention / unsealing polygons)</source>
        <translation>Maßnahmen (Retentions- / Entsiegelungsflächen)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Districts (for counts per district)</source>
        <translation>Quartiere (für Zählungen je Quartier)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Flow paths</source>
        <translation>Fließwege</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Water depth in sinks</source>
        <translation>Wassertiefe in Senken</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Affected buildings and sinks per district</source>
        <translation>Betroffene Gebäude und Senken je Quartier</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Number of sinks</source>
        <translation>Anzahl der Senken</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Total sink volume (m³)</source>
        <translation>Gesamtvolumen der Senken (m³)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Number of affected buildings</source>
        <translation>Anzahl der betroffenen Gebäude</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>Number of flow path reaches</source>
        <translation>Anzahl der Fließwegabschnitte</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>The terrain model (DEM) is required.</source>
        <translation>Das Geländemodell (DGM) ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>The DEM {} must be in a projected CRS with metres, not {}.</source>
        <translation>Das DGM {} muss in einem projizierten KBS mit Metern vorliegen, nicht in {}.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>DEM window: {} × {} cells of {:g} m; {} buildings; rain {:g} mm in {:g} min ({:.0f} mm/h).</source>
        <translation>DGM-Ausschnitt: {} × {} Zellen zu {:g} m; {} Gebäude; Regen {:g} mm in {:g} min ({:.0f} mm/h).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>{} sinks (≥ {:g} m deep), {:.0f} m³ in total, {} filled by the design rain; {} flow paths; {} affected buildings ({:.1f} s).</source>
        <translation>{} Senken (≥ {:g} m tief), insgesamt {:.0f} m³, {} vom Bemessungsregen gefüllt; {} Fließwege; {} betroffene Gebäude ({:.1f} s).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_heavyrain.py" />
        <source>District {}: {} affected buildings (moderate {}, high {}, very high {}).</source>
        <translation>Quartier {}: {} betroffene Gebäude (mäßig {}, hoch {}, sehr hoch {}).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>Import 3D city model (CityGML, CityJSON)</source>
        <translation>3D-Stadtmodell importieren (CityGML, CityJSON)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>Imports 3D city models into one GeoPackage with the layers buildings (one feature per building and building part, LoD2 shell else LoD1, attributes with German labels from the AdV code lists), building_surfaces (roof, wall, ground … surfaces with area, tilt and azimuth) and footprints (2D).

Input files: CityGML 1.0/2.0/3.0 (.gml, .xml), CityJSON 1.0/1.1/2.0 (.json, .city.json) and CityJSONSeq (.jsonl). Several files or folders (all city model files inside are read) go into one GeoPackage; a building that appears in two neighbouring tiles is imported once.

Extent (optional): only objects whose outline intersects this extent are imported.

CRS (optional): assigns this coordinate reference system when the file names none or an unknown one; coordinates are not transformed. Without it, the CRS is read from the file (urn:adv:crs, EPSG, OGC URN/URL forms). An EPSG code unknown to PROJ is reported; assign the right CRS here.

Level of detail (LoD): one LoD per building, never several merged: the chosen one (default 2) where the building has it, else the highest below it, else the lowest above it. Surfaces, shell, footprint and heights all come from that LoD; the field lod says which one was taken, the log how many buildings had which LoDs.

Reproject to (optional): transforms the whole import into this CRS. Data in a geographic CRS (lat/lon, e.g. EPSG:4326, 4979, 4258, 6697) without it keeps its coordinates; areas, tilts, azimuths and footprint areas are then computed in metres in the UTM zone of the data. Heights are never transformed.

Rings whose last point misses the first by up to 1 mm are closed (counted in the log); larger gaps skip the object.

Output: the GeoPackage; it is written completely or not at all. Objects with broken geometry or dangling references are skipped and listed in the log with file and object id.

Allow partial import: a file that cannot be read to its end (truncated, broken XML/JSON, another CRS) stops the import and leaves an existing output unchanged. When this is set, the readable objects are imported instead; the result COMPLETE is then false. SKIPPED counts the objects not imported.</source>
        <translation>Importiert 3D-Stadtmodelle in ein GeoPackage mit den Layern buildings (ein Objekt je Gebäude und Gebäudeteil, LoD2-Hülle, sonst LoD1, Attribute mit deutschen Bezeichnungen aus den AdV-Codelisten), building_surfaces (Dach-, Wand-, Bodenflächen … mit Fläche, Neigung und Ausrichtung) und footprints (2D-Grundrisse).

Eingabedateien: CityGML 1.0/2.0/3.0 (.gml, .xml), CityJSON 1.0/1.1/2.0 (.json, .city.json) und CityJSONSeq (.jsonl). Mehrere Dateien oder Ordner (alle Stadtmodelldateien darin werden gelesen) landen in einem GeoPackage; ein Gebäude, das in zwei benachbarten Kacheln vorkommt, wird einmal importiert.

Ausdehnung (optional): nur Objekte, deren Umriss diese Ausdehnung schneidet, werden importiert.

KBS (optional): weist dieses Koordinatenbezugssystem zu, wenn die Datei keines oder ein unbekanntes nennt; die Koordinaten werden nicht transformiert. Ohne Angabe wird das KBS aus der Datei gelesen (urn:adv:crs, EPSG, OGC-URN/URL-Formen). Ein PROJ unbekannter EPSG-Code wird gemeldet; weisen Sie dann hier das richtige KBS zu.

Detaillierungsgrad (LoD): ein LoD je Gebäude, nie mehrere zusammengelegt: der gewählte (Standard 2), wo das Gebäude ihn hat, sonst der höchste darunter, sonst der niedrigste darüber. Flächen, Hülle, Grundriss und Höhen stammen alle aus diesem LoD; das Feld lod nennt den übernommenen, das Protokoll, wie viele Gebäude welche LoDs hatten.

In KBS transformieren (optional): transformiert den gesamten Import in dieses KBS. Daten in einem geographischen KBS (Breite/Länge, z. B. EPSG:4326, 4979, 4258, 6697) behalten ohne diese Angabe ihre Koordinaten; Flächen, Neigungen, Ausrichtungen und Grundflächen werden dann in Metern in der UTM-Zone der Daten berechnet. Höhen werden nie transformiert.

Ringe, deren letzter Punkt den ersten um höchstens 1 mm verfehlt, werden geschlossen (im Protokoll gezählt); größere Lücken überspringen das Objekt.

Ausgabe: das GeoPackage; es wird vollständig oder gar nicht geschrieben. Objekte mit fehlerhafter Geometrie oder ins Leere laufenden Verweisen werden übersprungen und mit Datei und Objekt-ID im Protokoll aufgeführt.

Teilimport zulassen: Eine Datei, die nicht bis zum Ende gelesen werden kann (abgeschnitten, fehlerhaftes XML/JSON, anderes KBS), bricht den Import ab; eine vorhandene Ausgabe bleibt unverändert. Ist die Option gesetzt, werden stattdessen die lesbaren Objekte importiert; das Ergebnis COMPLETE ist dann falsch. SKIPPED zählt die nicht importierten Objekte.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>Worker processes: tiles are read in this many processes at once; 1 reads everything in this process. Default 0 = automatic: as many as the computer has processor cores, but one process for less than 12 MB of input, where starting the workers would take longer than it saves. One process writes, in file order, so the result is the same for every number.</source>
        <translation>Worker-Prozesse: So viele Prozesse lesen Kacheln gleichzeitig; 1 liest alles in diesem Prozess. Vorgabe 0 = automatisch: so viele, wie der Rechner Prozessorkerne hat, aber ein Prozess bei weniger als 12 MB Eingabe, wo das Starten der Worker länger dauern würde, als es spart. Geschrieben wird von einem Prozess in der Reihenfolge der Dateien, daher ist das Ergebnis bei jeder Zahl gleich.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>PostGIS instead of a GeoPackage: give as output postgres://user@host:port/database?schema=NAME (the password from ~/.pgpass or PGPASSWORD) or pgconn:NAME?schema=NAME (a PostgreSQL connection stored in QGIS). The three tables are replaced in one transaction and their styles stored in layer_styles.</source>
        <translation>PostGIS statt GeoPackage: Geben Sie als Ausgabe postgres://benutzer@host:port/datenbank?schema=NAME an (das Passwort aus ~/.pgpass oder PGPASSWORD) oder pgconn:NAME?schema=NAME (eine in QGIS gespeicherte PostgreSQL-Verbindung). Die drei Tabellen werden in einer Transaktion ersetzt, ihre Stile in layer_styles gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>City model files or folders</source>
        <translation>Stadtmodelldateien oder Ordner</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>Only objects in this extent</source>
        <translation>Nur Objekte in dieser Ausdehnung</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>Assign CRS (when the file has none or an unknown one)</source>
        <translation>KBS zuweisen (wenn die Datei keines oder ein unbekanntes hat)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>Level of detail (1–4; else the highest below, else the lowest above)</source>
        <translation>Detaillierungsgrad (1–4; sonst der höchste darunter, sonst der niedrigste darüber)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>Reproject to CRS</source>
        <translation>In KBS transformieren</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>Allow partial import (import what is readable of truncated or broken files)</source>
        <translation>Teilimport zulassen (Lesbares aus abgeschnittenen oder fehlerhaften Dateien importieren)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>Worker processes (tiles read in parallel; 0 = automatic)</source>
        <translation>Worker-Prozesse (Kacheln parallel lesen; 0 = automatisch)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>Target GeoPackage</source>
        <translation>Ziel-GeoPackage</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>Number of building parts</source>
        <translation>Anzahl Gebäudeteile</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>Number of surfaces</source>
        <translation>Anzahl Flächen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importxplan.py" />
        <source>Number of skipped objects</source>
        <translation>Anzahl übersprungener Objekte</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>All input files were read completely</source>
        <translation>Alle Eingabedateien wurden vollständig gelesen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>Partial import: {} input file(s) could not be read completely.</source>
        <translation>Teilimport: {} Eingabedatei(en) konnten nicht vollständig gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>{} buildings, {} building parts, {} other objects, {} surfaces, {} skipped; CRS {}.</source>
        <translation>{} Gebäude, {} Gebäudeteile, {} sonstige Objekte, {} Flächen, {} übersprungen; KBS {}.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>{} objects appeared in more than one tile and were imported once: {}</source>
        <translation>{} Objekte kamen in mehreren Kacheln vor und wurden einmal importiert: {}</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>{} tiles are unchanged since the last import and were not read again.</source>
        <translation>{} Kacheln sind seit dem letzten Import unverändert und wurden nicht erneut gelesen.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>{} objects lie outside the extent.</source>
        <translation>{} Objekte liegen außerhalb der Ausdehnung.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>The tables and their styles (table layer_styles) are in the database: {}</source>
        <translation>Die Tabellen und ihre Stile (Tabelle layer_styles) liegen in der Datenbank: {}</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>No input files given.</source>
        <translation>Keine Eingabedateien angegeben.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importcitymodel.py" />
        <source>Input not found: {}</source>
        <translation>Eingabe nicht gefunden: {}</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importisometadata.py" />
        <source>The metadata could not be saved with the layer: {}</source>
        <translation>Die Metadaten konnten nicht mit dem Layer gespeichert werden: {}</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importisometadata.py" />
        <source>Import ISO 19139 metadata</source>
        <translation>ISO-19139-Metadaten importieren</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importisometadata.py" />
        <source>Reads an ISO 19139 XML file (e.g. edited in the municipality's metadata editor or exported from a GDI-DE catalogue) and replaces the metadata of a layer with it: title, abstract, keywords, categories, contacts, licence and rights, reference system, extent, links and the processing history. The metadata is saved with the layer (inside the GeoPackage for GeoPackage layers).

ISO file: the .xml file (gmd:MD_Metadata, also inside a CSW answer).
Layer: the layer whose metadata is replaced.</source>
        <translation>Liest eine ISO-19139-XML-Datei (z. B. im Metadateneditor der Kommune bearbeitet oder aus einem GDI-DE-Katalog exportiert) und ersetzt damit die Metadaten eines Layers: Titel, Kurzbeschreibung, Schlüsselwörter, Kategorien, Kontakte, Lizenz und Rechte, Koordinatenreferenzsystem, Ausdehnung, Verweise und die Verarbeitungshistorie. Die Metadaten werden mit dem Layer gespeichert (bei GeoPackage-Layern im GeoPackage).

ISO-Datei: die .xml-Datei (gmd:MD_Metadata, auch innerhalb einer CSW-Antwort).
Layer: der Layer, dessen Metadaten ersetzt werden.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importisometadata.py" />
        <source>Layer whose metadata is replaced</source>
        <translation>Layer, dessen Metadaten ersetzt werden</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importisometadata.py" />
        <source>Where the metadata was saved</source>
        <translation>Wo die Metadaten gespeichert wurden</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importisometadata.py" />
        <source>Metadata {} from {} applied to {} and saved.</source>
        <translation>Metadaten {} aus {} auf {} angewendet und gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>Import participation contributions</source>
        <translation>Beteiligungsbeiträge importieren</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>Brings the located contributions of a participation (e.g. DIPAS, Consul, Decidim, Adhocracy+ or a web form) into the map as a point layer, so they can be read against the plan and the variants.

Input: a GeoJSON or CSV export (CSV with lon/lat, x/y or WKT columns), the address of an OGC API – Features collection (DIPAS publishes its contributions this way; e.g. https://…/collections/contributions), or a layer of the project.
Fields: which field holds the text, the category, the date, the votes or likes, the author, the reply-to reference and a stance, where the platform has them. Empty = guessed from the usual names (text, kategorie, datum, votes …). A named field that does not exist is an error.
Personal data (DSGVO): only these fields are taken over — e-mail addresses and everything else stay behind. Author names are replaced by a pseudonym (a keyed hash; the key belongs to the project and is never written into the output) or dropped. The output's metadata says so.
Lines and areas drawn by participants become a point on their surface. Stance is kept only where the platform provides one: Urban Twin invents no sentiment scores.</source>
        <translation>Holt die verorteten Beiträge einer Beteiligung (z. B. DIPAS, Consul, Decidim, Adhocracy+ oder ein Webformular) als Punktlayer in die Karte, damit sie neben Plan und Varianten gelesen werden können.

Eingabe: ein GeoJSON- oder CSV-Export (CSV mit Spalten lon/lat, x/y oder WKT), die Adresse einer OGC-API-Features-Sammlung (so veröffentlicht DIPAS seine Beiträge; z. B. https://…/collections/contributions) oder ein Layer des Projekts.
Felder: welches Feld den Text, die Kategorie, das Datum, die Stimmen oder Likes, den Verfasser, den Bezug einer Antwort und eine Haltung enthält, soweit die Plattform sie hat. Leer = aus den üblichen Namen erraten (text, kategorie, datum, votes …). Ein angegebenes Feld, das es nicht gibt, ist ein Fehler.
Personenbezogene Daten (DSGVO): Nur diese Felder werden übernommen — E-Mail-Adressen und alles andere bleiben zurück. Verfassernamen werden durch ein Pseudonym ersetzt (ein Hash mit Schlüssel; der Schlüssel gehört zum Projekt und steht nie in der Ausgabe) oder entfernt. Die Metadaten der Ausgabe sagen das.
Linien und Flächen, die Teilnehmende gezeichnet haben, werden zu einem Punkt auf ihrer Fläche. Eine Haltung wird nur übernommen, wo die Plattform sie liefert: Urban Twin erfindet keine Stimmungswerte.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>Contributions (GeoJSON/CSV file, OGC API – Features collection URL, or layer)</source>
        <translation>Beiträge (GeoJSON-/CSV-Datei, Adresse einer OGC-API-Features-Sammlung oder Layer)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>Text field</source>
        <translation>Textfeld</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>Category field</source>
        <translation>Kategoriefeld</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>Date field</source>
        <translation>Datumsfeld</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>Votes or likes field</source>
        <translation>Feld mit Stimmen oder Likes</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>Author field (pseudonymised)</source>
        <translation>Verfasserfeld (wird pseudonymisiert)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>Reply-to field</source>
        <translation>Feld „Antwort auf“</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>Stance field (only if the platform has one)</source>
        <translation>Feld mit Haltung (nur, wenn die Plattform eines hat)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>Author names</source>
        <translation>Verfassernamen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>Pseudonymise (keyed hash)</source>
        <translation>Pseudonymisieren (Hash mit Schlüssel)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>Drop</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>Authentication (for a protected server)</source>
        <translation>Authentifizierung (für einen geschützten Server)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>Contributions imported</source>
        <translation>Importierte Beiträge</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>Contributions without a location</source>
        <translation>Beiträge ohne Ort</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>Incorrect parameter value for {}</source>
        <translation>Ungültiger Parameterwert für {}</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>The contributions could not be read.</source>
        <translation>Die Beiträge konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>{} contributions have no location; they are kept without geometry.</source>
        <translation>{} Beiträge haben keinen Ort; sie bleiben ohne Geometrie erhalten.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>pseudonymised with a keyed hash (HMAC-SHA-256, key of the project, not in this file)</source>
        <translation>mit einem Hash mit Schlüssel pseudonymisiert (HMAC-SHA-256, Schlüssel des Projekts, nicht in dieser Datei)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>dropped</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>Contributions from {}. Personal data minimised (DSGVO): only text, category, date, votes, reply-to and stance were taken over; author names {}; e-mail addresses and all other fields were not imported.</source>
        <translation>Beiträge aus {}. Personenbezogene Daten minimiert (DSGVO): Übernommen wurden nur Text, Kategorie, Datum, Stimmen, Antwortbezug und Haltung; Verfassernamen {}; E-Mail-Adressen und alle anderen Felder wurden nicht importiert.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>Participation contributions</source>
        <translation>Beteiligungsbeiträge</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importparticipation.py" />
        <source>{} contributions imported; fields used: {}.</source>
        <translation>{} Beiträge importiert; verwendete Felder: {}.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importxplan.py" />
        <source>Import XPlanGML plan</source>
        <translation>XPlanGML-Plan importieren</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importxplan.py" />
        <source>Reads an XPlanGML plan (versions 4.0 to 6.1, XPlanAuszug or FeatureCollection, several plans per file) or an XPlanArchiv ZIP with xplan.gml and writes a GeoPackage: a layer 'plans' (Geltungsbereich), 'bereiche' and one layer per class of plan content, with codes and German labels, GRZ/GFZ/Z and normalised heights as fields. Arcs are kept as curves.

Input: the XPlanGML file (.gml, .xml) or XPlanArchiv (.zip).
Output GeoPackage: the file to write (replaced only when the import succeeds).

A truncated or unreadable file is always refused (a plan is never written in part). Objects that cannot be imported (unknown class, repeated gml:id) stop the import unless “Allow partial import” is set; then the rest is imported, SKIPPED counts them and COMPLETE is false.</source>
        <translation>Liest einen XPlanGML-Plan (Versionen 4.0 bis 6.1, XPlanAuszug oder FeatureCollection, mehrere Pläne je Datei) oder ein XPlanArchiv (ZIP mit xplan.gml) und schreibt ein GeoPackage: einen Layer „plans“ (Geltungsbereich), „bereiche“ und je Klasse von Planinhalten einen Layer, mit Codes und deutschen Bezeichnungen, GRZ/GFZ/Z und normierten Höhen als eigenen Feldern. Kreisbögen bleiben Kurven.

Eingabe: die XPlanGML-Datei (.gml, .xml) oder das XPlanArchiv (.zip).
Ausgabe-GeoPackage: die zu schreibende Datei (wird nur bei erfolgreichem Import ersetzt).

Eine abgeschnittene oder unlesbare Datei wird immer abgelehnt (ein Plan wird nie nur teilweise geschrieben). Objekte, die nicht importiert werden können (unbekannte Klasse, doppelte gml:id), brechen den Import ab, außer „Teilimport zulassen“ ist gesetzt; dann wird der Rest importiert, SKIPPED zählt sie und COMPLETE ist falsch.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_validatexplan.py" />
        <source>XPlanGML file or XPlanArchiv (ZIP)</source>
        <translation>XPlanGML-Datei oder XPlanArchiv (ZIP)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_validatexplan.py" />
        <source>XPlanGML (*.gml *.xml *.zip)</source>
        <translation>XPlanGML (*.gml *.xml *.zip)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importxplan.py" />
        <source>Allow partial import (skip objects of unknown classes)</source>
        <translation>Teilimport zulassen (Objekte unbekannter Klassen überspringen)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importxplan.py" />
        <source>All objects of the plan were imported</source>
        <translation>Alle Objekte des Plans wurden importiert</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importxplan.py" />
        <source>{} object(s) could not be imported ({}), so the output was not written (an existing one is unchanged). Set “Allow partial import” (ALLOW_PARTIAL) to import the rest.</source>
        <translation>{} Objekt(e) konnten nicht importiert werden ({}), daher wurde die Ausgabe nicht geschrieben (eine vorhandene bleibt unverändert). „Teilimport zulassen“ (ALLOW_PARTIAL) setzen, um den Rest zu importieren.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_importxplan.py" />
        <source>{} objects in {} layers imported (XPlanGML {}).</source>
        <translation>{} Objekte in {} Layern importiert (XPlanGML {}).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>Building masses from footprints</source>
        <translation>Baukörper aus Grundrissen erzeugen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>Builds planned buildings as closed LoD2 solids (roof, wall and ground surfaces) from a polygon layer of footprints, e.g. drawn by the planner, from a CAD drawing or from a plan's building windows. The output GeoPackage has exactly the layers and fields of the city model import (buildings, building_surfaces, footprints, LoD 2) with status = geplant, so plan check, district figures, solar potential, shadows and sun hours run on it unchanged.

Heights: storeys × storey height, or an eaves height field (m above terrain; wins over storeys).
Roof type: AdV codes 1000 flat, 2100 shed, 3100 gable, 3200 hip, 3400 pyramid (text or number; empty = flat). Roof pitch in degrees, or a ridge height field (m above terrain; wins over the pitch). The ridge runs along the longer side of the minimum rotated rectangle unless a ridge direction field (degrees from north) is given; a shed roof falls towards its southern side.
Gable, hip and pyramid roofs need a convex footprint without courtyard; on L, T or U shapes and on footprints with holes a flat roof at the eaves height is built instead and reported per building.
Base height: from a terrain model (lowest point under the footprint), else from the existing city model (median ground of the buildings within 60 m), else the fixed terrain height.
Field names that do not exist on the layer are an error, except the default names, which may be absent.</source>
        <translation>Erzeugt geplante Gebäude als geschlossene LoD2-Körper (Dach-, Wand- und Bodenflächen) aus einem Flächen-Layer mit Grundrissen, z. B. vom Planer gezeichnet, aus einer CAD-Zeichnung oder aus den Baufenstern eines Plans. Das Ausgabe-GeoPackage hat genau die Layer und Felder des Stadtmodell-Imports (buildings, building_surfaces, footprints, LoD 2) mit status = geplant, so dass Planprüfung, Quartierskennzahlen, Solarpotenzial, Schatten und Besonnung unverändert darauf laufen.

Höhen: Geschosszahl × Geschosshöhe oder ein Feld Traufhöhe (m über Gelände; hat Vorrang vor der Geschosszahl).
Dachform: AdV-Schlüssel 1000 Flachdach, 2100 Pultdach, 3100 Satteldach, 3200 Walmdach, 3400 Zeltdach (Text oder Zahl; leer = Flachdach). Dachneigung in Grad oder ein Feld Firsthöhe (m über Gelände; hat Vorrang vor der Neigung). Der First verläuft entlang der längeren Seite des kleinsten umschließenden Rechtecks, sofern kein Feld Firstrichtung (Grad von Nord) angegeben ist; ein Pultdach fällt zu seiner Südseite ab.
Sattel-, Walm- und Zeltdach brauchen einen konvexen Grundriss ohne Innenhof; auf L-, T- oder U-Formen und Grundrissen mit Löchern entsteht stattdessen ein Flachdach in Traufhöhe, das je Gebäude gemeldet wird.
Sockelhöhe: aus einem Geländemodell (tiefster Punkt unter dem Grundriss), sonst aus dem Bestands-Stadtmodell (Median der Geländehöhe der Gebäude im Umkreis von 60 m), sonst die feste Geländehöhe.
Feldnamen, die es im Layer nicht gibt, sind ein Fehler, außer den Standardnamen, die fehlen dürfen.</translation>
    </message>
    <message>
        <location filename="../core/variants/project.py" />
        <source>Planned footprints</source>
        <translation>Geplante Grundrisse</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>Storeys field</source>
        <translation>Feld Geschosszahl</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>Eaves height field (m above terrain; wins over storeys)</source>
        <translation>Feld Traufhöhe (m über Gelände; hat Vorrang vor der Geschosszahl)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>Roof type field (AdV code)</source>
        <translation>Feld Dachform (AdV-Schlüssel)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>Roof pitch field (degrees)</source>
        <translation>Feld Dachneigung (Grad)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>Ridge height field (m above terrain; wins over the pitch)</source>
        <translation>Feld Firsthöhe (m über Gelände; hat Vorrang vor der Neigung)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>Ridge direction field (degrees from north)</source>
        <translation>Feld Firstrichtung (Grad von Nord)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>Building function field (AdV code)</source>
        <translation>Feld Gebäudefunktion (AdV-Schlüssel)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>Name field</source>
        <translation>Feld Name</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>Storey height (m)</source>
        <translation>Geschosshöhe (m)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>Terrain model (DEM) for the base height</source>
        <translation>Geländemodell (DGM) für die Sockelhöhe</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>Fixed terrain height (m)</source>
        <translation>Feste Geländehöhe (m)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>Existing buildings (ground of the city model)</source>
        <translation>Bestandsgebäude (Geländehöhe aus dem Stadtmodell)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>Planned buildings (GeoPackage)</source>
        <translation>Geplante Gebäude (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>Number of planned buildings</source>
        <translation>Anzahl geplanter Gebäude</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>Buildings with a fallback or default</source>
        <translation>Gebäude mit Ersatzlösung oder Standardwert</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>The footprint layer has no field {} ({}).</source>
        <translation>Der Grundriss-Layer hat kein Feld {} ({}).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>The footprint layer needs a storeys field or an eaves height field.</source>
        <translation>Der Grundriss-Layer braucht ein Feld für die Geschosszahl oder die Traufhöhe.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>No terrain model, terrain height or city model given: the buildings stand at 0 m.</source>
        <translation>Kein Geländemodell, keine Geländehöhe und kein Stadtmodell angegeben: die Gebäude stehen auf 0 m.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>The footprint layer is required.</source>
        <translation>Der Grundriss-Layer ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>The footprint has no geometry.</source>
        <translation>Der Grundriss hat keine Geometrie.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>No base height: the footprint lies outside the terrain model.</source>
        <translation>Keine Sockelhöhe: der Grundriss liegt außerhalb des Geländemodells.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>Planned building masses from {} (base height: {}).</source>
        <translation>Geplante Baukörper aus {} (Sockelhöhe: {}).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>Building {} ({}): {}</source>
        <translation>Gebäude {} ({}): {}</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_massing.py" />
        <source>{} planned buildings written; roof types built: {}; base height from the {}.</source>
        <translation>{} geplante Gebäude geschrieben; erzeugte Dachformen: {}; Sockelhöhe aus: {}.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_musterquartier.py" />
        <source>Create sample district (Musterquartier)</source>
        <translation>Beispielquartier erzeugen (Musterquartier)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_musterquartier.py" />
        <source>Generates the fictitious sample district "Musterquartier" (EPSG:25832) that the demo and the tests use: a CityGML 2.0 city model with LoD2 buildings in the AdV style (flat, gabled, hipped and shed roofs), a Bebauungsplan as XPlanGML 6.0 over it (WA and MI zones with GRZ, GFZ, number of storeys and heights, building limits, street area), parcels and districts with population as GeoPackages. A few buildings deliberately exceed the plan, so compliance checks have something to find.

Output folder: where the four files are written (existing files of the same name are replaced).
Number of buildings: how many buildings the district gets (10 to 5000).
Random seed: the same seed always gives identical files; another seed gives another district.</source>
        <translation>Erzeugt das fiktive Beispielquartier „Musterquartier“ (EPSG:25832), das die Demo und die Tests verwenden: ein 3D-Stadtmodell in CityGML 2.0 mit LoD2-Gebäuden im AdV-Stil (Flach-, Sattel-, Walm- und Pultdächer), darüber einen Bebauungsplan in XPlanGML 6.0 (WA- und MI-Gebiete mit GRZ, GFZ, Zahl der Vollgeschosse und Höhen, Baugrenzen, Straßenverkehrsfläche) sowie Flurstücke und Quartiere mit Einwohnerzahlen als GeoPackages. Einige Gebäude überschreiten den Plan absichtlich, damit Prüfungen der Planeinhaltung etwas finden.

Ausgabeordner: wohin die vier Dateien geschrieben werden (gleichnamige Dateien werden ersetzt).
Anzahl der Gebäude: wie viele Gebäude das Quartier erhält (10 bis 5000).
Zufallsstartwert: derselbe Startwert ergibt immer identische Dateien, ein anderer ein anderes Quartier.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_musterquartier.py" />
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_musterquartier.py" />
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_musterquartier.py" />
        <source>City model (CityGML 2.0)</source>
        <translation>Stadtmodell (CityGML 2.0)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_musterquartier.py" />
        <source>Development plan (XPlanGML 6.0)</source>
        <translation>Bebauungsplan (XPlanGML 6.0)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_musterquartier.py" />
        <source>Parcels (GeoPackage)</source>
        <translation>Flurstücke (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_musterquartier.py" />
        <source>Districts (GeoPackage)</source>
        <translation>Quartiere (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_musterquartier.py" />
        <source>Terrain model DGM1 (GeoTIFF)</source>
        <translation>Geländemodell DGM1 (GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_musterquartier.py" />
        <source>Trees (GeoPackage)</source>
        <translation>Bäume (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_musterquartier.py" />
        <source>Cannot create the output folder {}: {}</source>
        <translation>Der Ausgabeordner {} kann nicht angelegt werden: {}</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_musterquartier.py" />
        <source>Sample district written to {}: {} buildings, {} zones, {} buildings or zones exceeding the plan.</source>
        <translation>Beispielquartier nach {} geschrieben: {} Gebäude, {} Baugebiete, {} Gebäude oder Baugebiete überschreiten den Plan.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationpackage.py" />
        <source>Export participation package (web page)</source>
        <translation>Beteiligungspaket exportieren (Webseite)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationpackage.py" />
        <source>Writes a plan or a planning variant as a web page that can be linked from a participation platform: a map of the plan areas, the existing and planned buildings and (optionally) the contributions so far, a legend and the key figures. Everything is inside the page: it sends no request to any server (no map tiles, no fonts, no trackers), so it works from a file, a USB stick or any web space. The layers are written as GeoJSON (WGS 84) beside it for re-use.

Buildings: the footprints or buildings of an import or a variant; buildings with status 'geplant' are shown as planned. Key figures (optional): a table such as the variant comparison; its rows are listed.</source>
        <translation>Schreibt einen Plan oder eine Planungsvariante als Webseite, die von einer Beteiligungsplattform aus verlinkt werden kann: eine Karte der Planflächen, der bestehenden und geplanten Gebäude und (optional) der bisherigen Beiträge, eine Legende und die Kennzahlen. Alles steckt in der Seite: Sie stellt keine Anfrage an irgendeinen Server (keine Kartenkacheln, keine Schriften, keine Tracker) und funktioniert daher aus einer Datei, von einem USB-Stick oder von jedem Webspace. Die Layer werden zur Weiterverwendung als GeoJSON (WGS 84) daneben geschrieben.

Gebäude: die Grundrisse oder Gebäude eines Imports oder einer Variante; Gebäude mit dem Status „geplant“ werden als geplant dargestellt. Kennzahlen (optional): eine Tabelle wie der Variantenvergleich; ihre Zeilen werden aufgeführt.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationpackage.py" />
        <source>Planning draft</source>
        <translation>Planungsentwurf</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationpackage.py" />
        <source>Plan areas (optional)</source>
        <translation>Planflächen (optional)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationpackage.py" />
        <source>Buildings or footprints (optional)</source>
        <translation>Gebäude oder Grundrisse (optional)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationpackage.py" />
        <source>Contributions (optional)</source>
        <translation>Beiträge (optional)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationpackage.py" />
        <source>Package folder</source>
        <translation>Paketordner</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationpackage.py" />
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationpackage.py" />
        <source>Objects on the page</source>
        <translation>Objekte auf der Seite</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationpackage.py" />
        <source>The package folder is a file.</source>
        <translation>Der Paketordner ist eine Datei.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationpackage.py" />
        <source>Plan areas</source>
        <translation>Planflächen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationpackage.py" />
        <source>Existing buildings</source>
        <translation>Bestandsgebäude</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationpackage.py" />
        <source>Give at least one of plan areas, buildings or contributions.</source>
        <translation>Bitte mindestens Planflächen, Gebäude oder Beiträge angeben.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationpackage.py" />
        <source>{} objects on the page {}.</source>
        <translation>{} Objekte auf der Seite {}.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>Area name</source>
        <translation>Gebietsname</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>Contributions per category (JSON)</source>
        <translation>Beiträge je Kategorie (JSON)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>Keywords (JSON)</source>
        <translation>Schlagwörter (JSON)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>Most supported contributions (JSON)</source>
        <translation>Beiträge mit der meisten Zustimmung (JSON)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>Stances from the platform (JSON)</source>
        <translation>Haltungen laut Plattform (JSON)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>Summarise participation per area</source>
        <translation>Beteiligung je Gebiet auswerten</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>Reads the imported contributions against areas — the plan's Geltungsbereich or Baugebiete, the variants' areas, districts or any polygon layer — for the report to the council.

Per area: number of contributions, votes, contributions per category, the most frequent keywords (German stop words removed, word forms folded by simple rules, offline) and the most supported contributions with their text; stances only where the platform provided them.
Hotspots (optional): hexagons of the chosen size with the number of contributions, to see where people spoke up.
A contribution on the border of two areas counts for both. Contributions outside every area are counted in the log.</source>
        <translation>Liest die importierten Beiträge gebietsweise — Geltungsbereich oder Baugebiete des Plans, Flächen der Varianten, Quartiere oder ein beliebiger Polygonlayer — für den Bericht an den Rat.

Je Gebiet: Zahl der Beiträge, Stimmen, Beiträge je Kategorie, die häufigsten Schlagwörter (deutsche Füllwörter entfernt, Wortformen nach einfachen Regeln zusammengeführt, offline) und die Beiträge mit der meisten Zustimmung samt Text; Haltungen nur, wo die Plattform sie geliefert hat.
Schwerpunkte (optional): Sechsecke der gewählten Größe mit der Zahl der Beiträge, um zu sehen, wo sich Menschen geäußert haben.
Ein Beitrag auf der Grenze zweier Gebiete zählt für beide. Beiträge außerhalb aller Gebiete werden im Protokoll gezählt.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>Contributions (from the participation import)</source>
        <translation>Beiträge (aus dem Beteiligungsimport)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>Areas (plan, variants, districts …)</source>
        <translation>Gebiete (Plan, Varianten, Quartiere …)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>Area name field</source>
        <translation>Feld mit dem Gebietsnamen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>Most supported contributions per area</source>
        <translation>Beiträge mit der meisten Zustimmung je Gebiet</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>Hotspot hexagon size (m, centre to corner)</source>
        <translation>Größe der Schwerpunkt-Sechsecke (m, Mitte bis Ecke)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>Participation per area</source>
        <translation>Beteiligung je Gebiet</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>Participation hotspots</source>
        <translation>Beteiligungsschwerpunkte</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>Contributions read</source>
        <translation>Gelesene Beiträge</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>Contributions outside every area</source>
        <translation>Beiträge außerhalb aller Gebiete</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>Contributions and areas are required.</source>
        <translation>Beiträge und Gebiete sind erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>The field {} does not exist in the areas layer.</source>
        <translation>Das Feld {} gibt es im Gebietslayer nicht.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>The contributions layer lacks the field(s) {}; import it with “Import participation contributions” first.</source>
        <translation>Dem Beitragslayer fehlt bzw. fehlen das Feld bzw. die Felder {}; bitte zuerst mit „Beteiligungsbeiträge importieren“ importieren.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>The areas layer has no polygons.</source>
        <translation>Der Gebietslayer hat keine Polygone.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_participationsummary.py" />
        <source>{} contributions lie outside every area.</source>
        <translation>{} Beiträge liegen außerhalb aller Gebiete.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Bebauungsplan compliance check (GRZ, GFZ, storeys, heights)</source>
        <translation>Bebauungsplan-Check (GRZ, GFZ, Vollgeschosse, Höhen)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Compares buildings with the Bebauungsplan and marks each plan area (or parcel) as complies, exceeds or not determinable for GRZ, GRZ II, GFZ, full storeys (Z) and heights (GH, FH, TH, OK).

Buildings: the 'buildings' or 'footprints' layer of the city model import (only whole buildings, parent_id empty, are used).
Garages, carports and Nebenanlagen (AdV function group 'ancillary', e.g. 31001_2463 Garage, 51009_1611 Carport) count only towards GRZ II, not towards GRZ or the floor area (§19(4), §20(4) BauNVO). With the 'buildings' layer garages modelled as BuildingParts are recognised and cut out of their house; the 'footprints' layer merges the parts, so there only whole garage buildings are recognised (the GRZ note says so).
Plan: the Baugebiete (bp_baugebietsteilflaeche) or überbaubare Grundstücksflächen of the XPlanung import, or any polygon layer; choose the fields holding GRZ, GFZ, Z and the zone type. GRZmax/GFZmax/Zmax are used where set; heights come from the h_&lt;TOKEN&gt;_max fields of the import, or from the height field chosen here.
Parcels (optional): Flurstücke. GRZ and GFZ are legally measured per Baugrundstück; with parcels the check is made per parcel within each plan area, otherwise per plan area. The output says which.
Terrain (optional): a DEM for heights above terrain, or one terrain height for the whole area; without either the lowest point of each building is used. Absolute plan heights (NHN) are compared with absolute building heights.
Storey height: used to estimate full storeys (eaves height ÷ storey height) where the city model has no storey count — an estimate, not a Vollgeschoss determination under the Landesbauordnung.
§17 BauNVO: when ticked, the §17 upper limits for the zone type fill in where the plan sets no GRZ/GFZ; they are marked as such.
Outputs: one layer per plan area or parcel (traffic-light style) and one per building saying which rule it breaks. Everything is computed in metres: in the plan's projected CRS (layers in other CRSs, also lat/lon, are reprojected with a warning), or in the UTM zone of the data when all inputs are geographic. An empty buildings layer gives 'not determinable' (no buildings in the input), never 'complies'. A field parameter naming a field the layer does not have stops the run before any work.</source>
        <translation>Vergleicht Gebäude mit dem Bebauungsplan und kennzeichnet jede Planfläche (oder jedes Flurstück) als eingehalten, überschritten oder nicht bestimmbar für GRZ, GRZ II, GFZ, Vollgeschosse (Z) und Höhen (GH, FH, TH, OK).

Gebäude: der Layer 'buildings' oder 'footprints' des Stadtmodell-Imports (verwendet werden nur ganze Gebäude, parent_id leer).
Garagen, Carports und Nebenanlagen (AdV-Funktionsgruppe 'ancillary', z. B. 31001_2463 Garage, 51009_1611 Carport) zählen nur zur GRZ II, nicht zur GRZ und nicht zur Geschossfläche (§19 Abs. 4, §20 Abs. 4 BauNVO). Mit dem Layer 'buildings' werden als Gebäudeteil modellierte Garagen erkannt und aus ihrem Haus herausgerechnet; der Layer 'footprints' fasst die Teile zusammen, dort werden nur ganze Garagengebäude erkannt (der GRZ-Hinweis sagt das).
Plan: die Baugebiete (bp_baugebietsteilflaeche) oder überbaubaren Grundstücksflächen des XPlanung-Imports oder ein beliebiger Flächenlayer; wählen Sie die Felder für GRZ, GFZ, Z und den Baugebietstyp. GRZmax/GFZmax/Zmax werden verwendet, wo gesetzt; Höhen kommen aus den Feldern h_&lt;TOKEN&gt;_max des Imports oder aus dem hier gewählten Höhenfeld.
Flurstücke (optional): GRZ und GFZ beziehen sich rechtlich auf das Baugrundstück; mit Flurstücken wird je Flurstück innerhalb jeder Planfläche geprüft, sonst je Planfläche. Die Ausgabe nennt den Bezug.
Gelände (optional): ein DGM für Höhen über Gelände oder eine Geländehöhe für das ganze Gebiet; ohne beides gilt der tiefste Punkt jedes Gebäudes. Absolute Planhöhen (NHN) werden mit absoluten Gebäudehöhen verglichen.
Geschosshöhe: zur Schätzung der Vollgeschosse (Traufhöhe ÷ Geschosshöhe), wo das Stadtmodell keine Geschosszahl hat — eine Schätzung, keine Vollgeschossermittlung nach Landesbauordnung.
§17 BauNVO: wenn angehakt, ergänzen die Obergrenzen nach §17 für den Baugebietstyp fehlende GRZ/GFZ-Festsetzungen; sie werden als solche gekennzeichnet.
Ausgaben: ein Layer je Planfläche oder Flurstück (Ampeldarstellung) und einer je Gebäude mit den überschrittenen Festsetzungen. Gerechnet wird immer in Metern: im projizierten KBS des Plans (Layer in anderen KBS, auch in Länge/Breite, werden mit Warnung umprojiziert) oder in der UTM-Zone der Daten, wenn alle Eingaben geographisch sind. Ein leerer Gebäudelayer ergibt „nicht bestimmbar“ (keine Gebäude in der Eingabe), nie „eingehalten“. Ein Feldparameter, der ein Feld nennt, das der Layer nicht hat, beendet den Lauf vor jeder Arbeit.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Plan areas (Baugebiete or any polygon layer)</source>
        <translation>Planflächen (Baugebiete oder beliebiger Flächenlayer)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Plan area id field</source>
        <translation>Feld mit der Kennung der Planfläche</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>GRZ field</source>
        <translation>Feld GRZ</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>GFZ field</source>
        <translation>Feld GFZ</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Full storeys field (Z)</source>
        <translation>Feld Vollgeschosse (Z)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Zone type field (WA, MI … for §17 BauNVO)</source>
        <translation>Feld Baugebietstyp (WA, MI … für §17 BauNVO)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Maximum height field (layers without XPlanung height fields)</source>
        <translation>Feld maximale Höhe (Layer ohne XPlanung-Höhenfelder)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Height field means</source>
        <translation>Das Höhenfeld bedeutet</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Height field is measured</source>
        <translation>Das Höhenfeld ist gemessen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>above terrain</source>
        <translation>über Gelände</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>absolute (m above NHN)</source>
        <translation>absolut (m ü. NHN)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Parcel id field</source>
        <translation>Feld mit dem Flurstückskennzeichen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Terrain height when there is no DEM (m NHN)</source>
        <translation>Geländehöhe, wenn kein DGM vorliegt (m ü. NHN)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Use §17 BauNVO upper limits where the plan sets no GRZ/GFZ</source>
        <translation>Obergrenzen nach §17 BauNVO verwenden, wo der Plan keine GRZ/GFZ festsetzt</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Compliance per plan area or parcel</source>
        <translation>Prüfergebnis je Planfläche oder Flurstück</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Compliance per building</source>
        <translation>Prüfergebnis je Gebäude</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Areas that comply</source>
        <translation>Flächen, die eingehalten sind</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Areas that exceed</source>
        <translation>Flächen mit Überschreitung</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Areas not determinable</source>
        <translation>Nicht bestimmbare Flächen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Buildings and plan layers are required.</source>
        <translation>Gebäude- und Planlayer sind erforderlich.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>The plan layer has no field {}: {} is not determinable.</source>
        <translation>Der Planlayer hat kein Feld {}: {} ist nicht bestimmbar.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>The plan layer has no height fields: heights are not checked.</source>
        <translation>Der Planlayer hat keine Höhenfelder: Höhen werden nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Reading buildings …</source>
        <translation>Gebäude werden gelesen …</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>The plan layer</source>
        <translation>Der Planlayer</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>The parcel layer</source>
        <translation>Der Flurstückslayer</translation>
    </message>
    <message>
        <location filename="../core/variants/compare.py" />
        <source>The plan layer has no usable plan areas.</source>
        <translation>Der Planlayer hat keine verwendbaren Planflächen.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>No buildings in the input: no area can be checked; every area is 'not determinable'.</source>
        <translation>Keine Gebäude in der Eingabe: keine Fläche kann geprüft werden; jede Fläche ist „nicht bestimmbar“.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Bebauungsplan compliance</source>
        <translation>Bebauungsplan-Check</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Bebauungsplan compliance per building</source>
        <translation>Bebauungsplan-Check je Gebäude</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>{} areas: {} comply, {} exceed, {} not determinable.</source>
        <translation>{} Flächen: {} eingehalten, {} überschritten, {} nicht bestimmbar.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_plancompliance.py" />
        <source>Exceeded (number of areas): {}</source>
        <translation>Überschritten (Anzahl Flächen): {}</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Publish layer to catalogue</source>
        <translation>Layer im Katalog veröffentlichen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_publish.py" />
        <source>Publishes a result layer as an immutable catalogue record: the layer is written to a GeoPackage that describes itself (metadata, provenance and style inside), its SHA-256 is computed, the publication is kept in the outbox, the data file is stored and verified, and only then the record is created. If the server cannot be reached, the publication stays in the outbox and is completed by a later sync.

Layer: the result to publish.
Catalogue: name of a catalogue connection (dock "Catalogue"); "local" is the local catalogue in your profile.
Title, description, keywords (comma-separated): empty fields are taken from the layer metadata.
Licence: dl-de/by-2.0 requires attribution, dl-de/zero-2.0 does not.
Publisher: organisation named as publisher (optional).
Output: the record id (urn:udt:result:…).</source>
        <translation>Veröffentlicht einen Ergebnislayer als unveränderlichen Katalogdatensatz: Der Layer wird in ein selbstbeschreibendes GeoPackage geschrieben (Metadaten, Herkunft und Stil darin), seine SHA-256 wird berechnet, die Veröffentlichung im Postausgang festgehalten, die Datendatei abgelegt und geprüft, und erst dann wird der Datensatz angelegt. Ist der Server nicht erreichbar, bleibt die Veröffentlichung im Postausgang und wird bei einem späteren Abgleich abgeschlossen.

Layer: das zu veröffentlichende Ergebnis.
Katalog: Name einer Katalogverbindung (Bedienfeld „Katalog“); „local“ ist der lokale Katalog in Ihrem Profil.
Titel, Beschreibung, Schlagwörter (durch Komma getrennt): leere Felder werden aus den Layer-Metadaten übernommen.
Lizenz: dl-de/by-2.0 verlangt Namensnennung, dl-de/zero-2.0 nicht.
Herausgeber: als Herausgeber genannte Organisation (optional).
Ausgabe: die Datensatzkennung (urn:udt:result:…).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_publish.py" />
        <source>Layer to publish</source>
        <translation>Zu veröffentlichender Layer</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Keywords (comma-separated)</source>
        <translation>Schlagwörter (durch Komma getrennt)</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Publisher (organisation)</source>
        <translation>Herausgeber (Organisation)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_publish.py" />
        <source>Publication state</source>
        <translation>Stand der Veröffentlichung</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_publish.py" />
        <source>The layer to publish could not be loaded.</source>
        <translation>Der zu veröffentlichende Layer konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_publish.py" />
        <source>Publication failed: {}</source>
        <translation>Veröffentlichung fehlgeschlagen: {}</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_publish.py" />
        <source>The catalogue could not be reached; the publication is kept in the outbox and will be sent by the next sync.</source>
        <translation>Der Katalog war nicht erreichbar; die Veröffentlichung bleibt im Postausgang und wird beim nächsten Abgleich gesendet.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_publish.py" />
        <source>Published as {} to catalogue {}.</source>
        <translation>Als {} im Katalog {} veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_publish.py" />
        <source>Also sent {} earlier publications from the outbox.</source>
        <translation>Außerdem {} frühere Veröffentlichungen aus dem Postausgang gesendet.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_shadow.py" />
        <source>Shadow polygons of buildings</source>
        <translation>Schattenpolygone der Gebäude</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_shadow.py" />
        <source>Casts the shadows of all buildings on the ground for a date and one or more local times, e.g. to show the shadow of a planned building on 21 March at 10:00.

Buildings: the buildings or building_surfaces layer of the city model import (3D, with Z, projected CRS). Every roof and wall face is projected along the sun ray onto the building's lowest point; terrain slope is ignored.
Date: the day (e.g. 21 March or 17 January, the reference days of DIN EN 17037 / DIN 5034-1).
Times: local clock times, one (10:00), a list (9:00, 12:00, 15:00) or a series (8:00-16:00/60 = every 60 minutes). Times when the sun is below 2° are skipped with a warning.
Time zone: Europe/Berlin by default (summer time is applied).
Output: one polygon per building and time, with the sun's elevation and azimuth and the shadow length.</source>
        <translation>Wirft die Schatten aller Gebäude auf den Boden für ein Datum und eine oder mehrere Ortszeiten, z. B. um den Schatten eines geplanten Gebäudes am 21. März um 10:00 Uhr zu zeigen.

Gebäude: der Layer buildings oder building_surfaces aus dem Stadtmodell-Import (3D, mit Z, projiziertes KBS). Jede Dach- und Wandfläche wird entlang des Sonnenstrahls auf den tiefsten Punkt des Gebäudes projiziert; die Geländeneigung bleibt unberücksichtigt.
Datum: der Tag (z. B. 21. März oder 17. Januar, die Bezugstage von DIN EN 17037 / DIN 5034-1).
Zeiten: Ortszeiten, eine (10:00), eine Liste (9:00, 12:00, 15:00) oder eine Reihe (8:00-16:00/60 = alle 60 Minuten). Zeiten mit Sonnenhöhe unter 2° werden mit einer Warnung übersprungen.
Zeitzone: standardmäßig Europe/Berlin (Sommerzeit wird berücksichtigt).
Ausgabe: ein Polygon je Gebäude und Zeit mit Sonnenhöhe, Sonnenazimut und Schattenlänge.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_shadow.py" />
        <source>Buildings (buildings or building_surfaces layer)</source>
        <translation>Gebäude (Layer buildings oder building_surfaces)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_shadow.py" />
        <source>Local times (HH:MM, list or series HH:MM-HH:MM/minutes)</source>
        <translation>Ortszeiten (HH:MM, Liste oder Reihe HH:MM-HH:MM/Minuten)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_sunhours.py" />
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_shadow.py" />
        <source>Shadows</source>
        <translation>Schatten</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_shadow.py" />
        <source>Shadow polygons</source>
        <translation>Schattenpolygone</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_sunhours.py" />
        <source>The layer {} contains no 3D building faces.</source>
        <translation>Der Layer {} enthält keine 3D-Gebäudeflächen.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_shadow.py" />
        <source>At {} the sun is {:.1f}° high (below {}°); no shadows for this time.</source>
        <translation>Um {} steht die Sonne {:.1f}° hoch (unter {}°); für diese Zeit keine Schatten.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_shadow.py" />
        <source>The sun is below {}° at every requested time on {} (night or polar night); no shadows.</source>
        <translation>Die Sonne steht zu allen angegebenen Zeiten am {} unter {}° (Nacht oder Polarnacht); keine Schatten.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Solar potential of roofs (with shading)</source>
        <translation>Solarpotenzial der Dächer (mit Verschattung)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Computes for every roof surface of a LoD2 city model the annual solar irradiation (kWh/m²a) with and without shading by neighbouring buildings and terrain, the usable area, the module power (kWp), the yield (kWh/a) and a suitability class. Works offline: no weather data is downloaded.

Surfaces: the building_surfaces layer of the city model import (RoofSurface; WallSurface too if façades are included). Must be 3D (with Z) in a projected CRS.
Shading buildings (optional): the buildings layer; without it the surfaces layer itself casts the shadows. Add planned buildings here to see their effect.
Terrain model (optional): a DEM in the same CRS covering the buildings; terrain up to the maximum ray distance shades, too. Without a DEM the ground is taken from the base of the nearest building.
Year and time step: the calendar of the synthetic year (sun positions every step).
Monthly global horizontal irradiation: 12 values in kWh/m² (January … December) or one annual value; the default is a typical central German site, 1,080 kWh/m²a. A clear-sky model with monthly Linke turbidity is mixed with overcast hours so that each month meets this value with a realistic diffuse share (about 55 %).
Module efficiency: kWp per m² of module area (0.20 = 200 Wp/m²). Performance ratio: system losses (0.80 = 20 % losses). Minimum usable area: smaller roofs are classed not suitable.
Usable area: the roof minus an edge clearance; flat roofs (tilt &lt; 10°) count with a coverage ratio for elevated rows; north-facing pitched roofs are not suitable.
Suitability: share of the best unshaded plane in the same climate: very good ≥ 95 %, good ≥ 80 %, limited ≥ 75 %, otherwise check on site.
Advanced: sky model (Perez or isotropic), Linke turbidity, overcast transmittance, albedo, raster resolution, number of horizon directions, sample spacing and maximum ray distance.</source>
        <translation>Berechnet für jede Dachfläche eines LoD2-Stadtmodells die jährliche Sonneneinstrahlung (kWh/m²a) mit und ohne Verschattung durch Nachbargebäude und Gelände, die nutzbare Fläche, die Modulleistung (kWp), den Ertrag (kWh/a) und eine Eignungsklasse. Arbeitet offline: Es werden keine Wetterdaten heruntergeladen.

Flächen: der Layer building_surfaces aus dem Stadtmodell-Import (RoofSurface; mit Fassaden auch WallSurface). Muss 3D (mit Z) in einem projizierten KBS sein.
Verschattende Gebäude (optional): der Layer buildings; ohne ihn werfen die Flächen selbst die Schatten. Geplante Gebäude hier hinzufügen, um ihre Wirkung zu sehen.
Geländemodell (optional): ein DGM im selben KBS, das die Gebäude abdeckt; Gelände bis zur maximalen Strahlentfernung verschattet mit. Ohne DGM gilt als Boden der Fußpunkt des nächsten Gebäudes.
Jahr und Zeitschritt: Kalender des synthetischen Jahres (Sonnenstand in jedem Schritt).
Monatliche Globalstrahlung horizontal: 12 Werte in kWh/m² (Januar … Dezember) oder ein Jahreswert; voreingestellt ist ein typischer mitteldeutscher Standort mit 1.080 kWh/m²a. Ein Klarhimmelmodell mit monatlicher Linke-Trübung wird so mit bedeckten Stunden gemischt, dass jeder Monat diesen Wert mit realistischem Diffusanteil (etwa 55 %) erreicht.
Modulwirkungsgrad: kWp je m² Modulfläche (0,20 = 200 Wp/m²). Performance Ratio: Systemverluste (0,80 = 20 % Verluste). Mindestens nutzbare Fläche: kleinere Dächer gelten als nicht geeignet.
Nutzbare Fläche: Dachfläche abzüglich Randabstand; Flachdächer (Neigung &lt; 10°) zählen mit einem Belegungsgrad für aufgeständerte Reihen; nach Norden geneigte Dächer sind nicht geeignet.
Eignung: Anteil an der besten unverschatteten Fläche im selben Klima: sehr gut ≥ 95 %, gut ≥ 80 %, bedingt geeignet ≥ 75 %, sonst vor Ort prüfen.
Erweitert: Himmelsmodell (Perez oder isotrop), Linke-Trübung, Transmission bei bedecktem Himmel, Albedo, Rasterauflösung, Anzahl der Horizontrichtungen, Abstand der Stützpunkte und maximale Strahlentfernung.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Building surfaces (building_surfaces layer)</source>
        <translation>Gebäudeflächen (Layer building_surfaces)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Shading buildings (buildings layer)</source>
        <translation>Verschattende Gebäude (Layer buildings)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Time step</source>
        <translation>Zeitschritt</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>{} minutes</source>
        <translation>{} Minuten</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Monthly global horizontal irradiation, January … December (kWh/m²)</source>
        <translation>Monatliche Globalstrahlung horizontal, Januar … Dezember (kWh/m²)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Module efficiency (kWp per m²)</source>
        <translation>Modulwirkungsgrad (kWp je m²)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Performance ratio</source>
        <translation>Performance Ratio</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Minimum usable area (m²)</source>
        <translation>Mindestens nutzbare Fläche (m²)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Include façades (WallSurface)</source>
        <translation>Fassaden einbeziehen (WallSurface)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Sky model</source>
        <translation>Himmelsmodell</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Perez (1990)</source>
        <translation>Perez (1990)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Isotropic</source>
        <translation>Isotrop</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Monthly Linke turbidity</source>
        <translation>Monatliche Linke-Trübung</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Overcast transmittance</source>
        <translation>Transmission bei bedecktem Himmel</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Ground albedo</source>
        <translation>Bodenalbedo</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Edge clearance (m)</source>
        <translation>Randabstand (m)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Height raster resolution (m)</source>
        <translation>Auflösung des Höhenrasters (m)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Horizon directions</source>
        <translation>Horizontrichtungen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Sample point spacing on roofs (m)</source>
        <translation>Abstand der Stützpunkte auf Dächern (m)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Maximum shading distance (m)</source>
        <translation>Maximale Verschattungsentfernung (m)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Solar potential per roof surface</source>
        <translation>Solarpotenzial je Dachfläche</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Surfaces computed</source>
        <translation>Berechnete Flächen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Total module power (kWp)</source>
        <translation>Modulleistung gesamt (kWp)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Total yield (kWh/a)</source>
        <translation>Ertrag gesamt (kWh/a)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Monthly global horizontal irradiation</source>
        <translation>Monatliche Globalstrahlung horizontal</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>The surfaces layer is required.</source>
        <translation>Der Flächen-Layer wird benötigt.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_solarpotential.py" />
        <source>Site: {:.4f} N, {:.4f} E; annual GHI {:.0f} kWh/m²a</source>
        <translation>Standort: {:.4f} N, {:.4f} O; Globalstrahlung {:.0f} kWh/m²a</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_sunhours.py" />
        <source>Hours of direct sun (Besonnung)</source>
        <translation>Besonnungsdauer (Stunden direkter Sonne)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_sunhours.py" />
        <source>Counts the hours of direct sun on one day, on the ground (raster) and/or on façade points, taking the shadows of all buildings (and the terrain, with a DEM) into account. Reference days: 17 January (mean winter day of DIN 5034-1) and 21 March (equinox); DIN EN 17037 rates 1.5 h / 3 h / 4 h of possible sunshine on a day between 1 February and 21 March (check the thresholds against the standard text).

Buildings: the building_surfaces layer (needed for façade points) or the buildings layer (3D, projected CRS).
Date, time step and time zone: the local calendar day is sampled every step (5 minutes by default).
Ground raster: cell size and the height above ground of the assessed points (0 m = ground, 1.5 m = eye height). Building cells are left empty (no data).
Façade points: points every few metres on every wall, 1 m in front of it; the sun must be in front of the wall and not hidden. Each point also gets its sky view factor.
Sky view factor raster (optional): share of the visible sky for ground cells (slow for large areas).
Terrain model (optional): a DEM in the same CRS covering the buildings.
Choose at least one output.</source>
        <translation>Zählt die Stunden direkter Sonne an einem Tag am Boden (Raster) und/oder an Fassadenpunkten unter Berücksichtigung der Schatten aller Gebäude (und mit DGM des Geländes). Bezugstage: 17. Januar (mittlerer Wintertag nach DIN 5034-1) und 21. März (Tagundnachtgleiche); DIN EN 17037 bewertet 1,5 h / 3 h / 4 h möglicher Besonnung an einem Tag zwischen 1. Februar und 21. März (Schwellen am Normtext prüfen).

Gebäude: der Layer building_surfaces (für Fassadenpunkte nötig) oder der Layer buildings (3D, projiziertes KBS).
Datum, Zeitschritt und Zeitzone: der örtliche Kalendertag wird in jedem Schritt abgetastet (standardmäßig 5 Minuten).
Bodenraster: Zellengröße und Höhe der bewerteten Punkte über Gelände (0 m = Boden, 1,5 m = Augenhöhe). Gebäudezellen bleiben leer (NoData).
Fassadenpunkte: Punkte alle paar Meter an jeder Wand, 1 m davor; die Sonne muss vor der Wand stehen und darf nicht verdeckt sein. Jeder Punkt erhält auch seinen Himmelssichtfaktor.
Himmelssichtfaktor-Raster (optional): Anteil des sichtbaren Himmels für Bodenzellen (langsam bei großen Gebieten).
Geländemodell (optional): ein DGM im selben KBS, das die Gebäude abdeckt.
Mindestens eine Ausgabe wählen.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_sunhours.py" />
        <source>Buildings (building_surfaces or buildings layer)</source>
        <translation>Gebäude (Layer building_surfaces oder buildings)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_sunhours.py" />
        <source>Time step (minutes)</source>
        <translation>Zeitschritt (Minuten)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_sunhours.py" />
        <source>Raster cell size (m)</source>
        <translation>Rasterzellengröße (m)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_sunhours.py" />
        <source>Height above ground of the assessed points (m)</source>
        <translation>Höhe der bewerteten Punkte über Gelände (m)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_sunhours.py" />
        <source>Sun hours on the ground</source>
        <translation>Besonnungsdauer am Boden</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_sunhours.py" />
        <source>Sun hours on façade points</source>
        <translation>Besonnungsdauer an Fassadenpunkten</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_sunhours.py" />
        <source>Sky view factor of the ground</source>
        <translation>Himmelssichtfaktor am Boden</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_sunhours.py" />
        <source>Day length (h)</source>
        <translation>Tageslänge (h)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_sunhours.py" />
        <source>Choose at least one output: ground raster, façade points or sky view factor.</source>
        <translation>Wählen Sie mindestens eine Ausgabe: Bodenraster, Fassadenpunkte oder Himmelssichtfaktor.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_sunhours.py" />
        <source>The sun does not rise on {} at this place (polar night); every point has 0 hours.</source>
        <translation>Die Sonne geht am {} an diesem Ort nicht auf (Polarnacht); jeder Punkt hat 0 Stunden.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_sunhours.py" />
        <source>Day length on {}: {:.2f} h</source>
        <translation>Tageslänge am {}: {:.2f} h</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_sunhours.py" />
        <source>Hours of direct sun</source>
        <translation>Stunden direkter Sonne</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_validatexplan.py" />
        <source>Validate XPlanGML plan</source>
        <translation>XPlanGML-Plan validieren</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_validatexplan.py" />
        <source>Checks an XPlanGML plan like the XPlanValidator of the XLeitstelle: the XML schema of its version, geometry (closed and correctly oriented rings, self-intersections, duplicate points, objects inside the Geltungsbereich within 1 mm, Flächenschluss gaps and overlaps above 2 mm) and semantic rules (allgArt/besondereArt, relative heights need the plan's Bezugshöhe, Doppelbelegung, xlink integrity).

Input: the XPlanGML file or XPlanArchiv (ZIP).
Report (JSON): where to write the machine-readable report; an HTML report with the same name is written beside it.
Schema folder: optional folder with XPlanGML_&lt;version&gt;/XPlanung-Operationen.xsd; empty = the folder from the settings (urban_twin/xplan_schema_dir), else the official XSDs 4.0 to 6.0 shipped with the plugin, else downloaded schemas. The report states which schema version and source were used.
Skip schema validation: check only geometry and semantics.
Error locations: optional point layer with one point per finding (rule, message, gml:id).</source>
        <translation>Prüft einen XPlanGML-Plan wie der XPlanValidator der XLeitstelle: das XML-Schema seiner Version, die Geometrie (geschlossene und richtig orientierte Ringe, Selbstüberschneidungen, doppelte Punkte, Objekte innerhalb des Geltungsbereichs auf 1 mm, Flächenschluss-Lücken und -Überlappungen über 2 mm) und semantische Regeln (allgArt/besondereArt, relative Höhen brauchen die Bezugshöhe des Plans, Doppelbelegung, Integrität der xlinks).

Eingabe: die XPlanGML-Datei oder das XPlanArchiv (ZIP).
Bericht (JSON): wohin der maschinenlesbare Bericht geschrieben wird; daneben entsteht ein HTML-Bericht gleichen Namens.
Schemaordner: optionaler Ordner mit XPlanGML_&lt;Version&gt;/XPlanung-Operationen.xsd; leer = der Ordner aus den Einstellungen (urban_twin/xplan_schema_dir), sonst die mit dem Plugin ausgelieferten offiziellen XSDs 4.0 bis 6.0, sonst heruntergeladene Schemas. Der Bericht nennt die verwendete Schemaversion und -quelle.
Schemavalidierung überspringen: nur Geometrie und Semantik prüfen.
Fehlerorte: optionaler Punktlayer mit einem Punkt je Befund (Regel, Meldung, gml:id).</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_validatexplan.py" />
        <source>Validation report (JSON)</source>
        <translation>Validierungsbericht (JSON)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_validatexplan.py" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_validatexplan.py" />
        <source>Skip schema validation</source>
        <translation>Schemavalidierung überspringen</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_validatexplan.py" />
        <source>Error locations</source>
        <translation>Fehlerorte</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_validatexplan.py" />
        <source>Validation report (HTML)</source>
        <translation>Validierungsbericht (HTML)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_validatexplan.py" />
        <source>Plan is valid</source>
        <translation>Plan ist valide</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_validatexplan.py" />
        <source>Number of errors</source>
        <translation>Anzahl der Fehler</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_validatexplan.py" />
        <source>XML schema: {}</source>
        <translation>XML-Schema: {}</translation>
    </message>
    <message>
        <location filename="../core/xplan/report.py" />
        <source>The plan is valid.</source>
        <translation>Der Plan ist valide.</translation>
    </message>
    <message>
        <location filename="../core/xplan/report.py" />
        <source>The plan is not valid: {} errors.</source>
        <translation>Der Plan ist nicht valide: {} Fehler.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_variantsheets.py" />
        <source>Council map: variant comparison</source>
        <translation>Ratskarte: Variantenvergleich</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_variantsheets.py" />
        <source>Council map template “Variantenvergleich” (A3 landscape PDF): one page per variant with the map (planned buildings orange) and its key figures with the difference from the base, then a comparison page with small multiples of the base and all variants and the table of key figures.

Comparison: the table written by “Compare planning variants” (its source field names the GeoPackage of each scenario). Plan areas (optional): drawn on every map. Title: the sheet title.</source>
        <translation>Ratskarten-Vorlage „Variantenvergleich“ (PDF, A3 quer): je Variante eine Seite mit der Karte (geplante Gebäude orange) und ihren Kennzahlen mit der Differenz zum Bestand, dann eine Vergleichsseite mit kleinen Karten von Bestand und allen Varianten und der Kennzahlentabelle.

Vergleich: die Tabelle aus „Planungsvarianten vergleichen“ (ihr Feld source nennt das GeoPackage jedes Szenarios). Plangebiete (optional): auf jeder Karte gezeichnet. Titel: der Titel der Blätter.</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_variantsheets.py" />
        <source>Variant comparison (GeoPackage)</source>
        <translation>Variantenvergleich (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_variantsheets.py" />
        <source>Council map (PDF)</source>
        <translation>Ratskarte (PDF)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_variantsheets.py" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_variantsheets.py" />
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../core/processing/alg_variantsheets.py" />
        <source>{} pages written to {}.</source>
        <translation>{} Seiten nach {} geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/processing/base.py" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../core/processing/base.py" />
        <source>XPlanung</source>
        <translation>XPlanung</translation>
    </message>
    <message>
        <location filename="../core/processing/base.py" />
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" />
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../core/processing/base.py" />
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" />
        <source>Planning variants</source>
        <translation>Planungsvarianten</translation>
    </message>
    <message>
        <location filename="../core/processing/base.py" />
        <source>Climate adaptation</source>
        <translation>Klimaanpassung</translation>
    </message>
    <message>
        <location filename="../ui/measure_tool.py" />
        <source>Measuring and 3D export</source>
        <translation>Vermessen und 3D-Export</translation>
    </message>
    <message>
        <location filename="../core/processing/base.py" />
        <source>Participation and benefit</source>
        <translation>Beteiligung und Wirkung</translation>
    </message>
    <message>
        <location filename="../core/processing/base.py" />
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../core/xplan/provenance_gpkg.py" />
        <source>Building zones</source>
        <translation>Baugebiete</translation>
    </message>
    <message>
        <location filename="../core/xplan/provenance_gpkg.py" />
        <source>Buildable plot areas</source>
        <translation>Überbaubare Grundstücksflächen</translation>
    </message>
    <message>
        <location filename="../core/processing/destinations.py" />
        <source>The output “{}” is the input {}; it would be overwritten. Please choose another output file.</source>
        <translation>Die Ausgabe „{}“ ist die Eingabe {}; sie würde überschrieben. Bitte eine andere Ausgabedatei wählen.</translation>
    </message>
    <message>
        <location filename="../core/processing/destinations.py" />
        <source>The output “{}” is a folder; please choose a file name.</source>
        <translation>Die Ausgabe „{}“ ist ein Ordner; bitte einen Dateinamen wählen.</translation>
    </message>
    <message>
        <location filename="../core/processing/destinations.py" />
        <source>The output file is write-protected.</source>
        <translation>Die Ausgabedatei ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../core/processing/field_check.py" />
        <source>{} ({}): the layer {} has no field named {}. Its fields: {}.</source>
        <translation>{} ({}): Der Layer {} hat kein Feld namens {}. Seine Felder: {}.</translation>
    </message>
    <message>
        <location filename="../core/processing/provider.py" />
        <source>Urban Twin – urban digital twin tools</source>
        <translation>Urban Twin – Werkzeuge für den urbanen digitalen Zwilling</translation>
    </message>
    <message>
        <location filename="../core/processing/result_loading.py" />
        <source>Parcels</source>
        <translation>Flurstücke</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit.py" />
        <source>The reference-time table lacks the column(s) {}.</source>
        <translation>Der Referenzzeit-Tabelle fehlt die Spalte bzw. fehlen die Spalten {}.</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit.py" />
        <source>The reference time is not a number of minutes.</source>
        <translation>Die Referenzzeit ist keine Zahl von Minuten.</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit.py" />
        <source>Unit must be run or object, axis speed, quality or reports, minutes ≥ 0.</source>
        <translation>Die Einheit muss run oder object sein, die Achse speed, quality oder reports, die Minuten ≥ 0.</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit.py" />
        <source>The reference-time table cannot be read: {}</source>
        <translation>Die Referenzzeit-Tabelle kann nicht gelesen werden: {}</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit.py" />
        <source>no reference time: not counted</source>
        <translation>keine Referenzzeit: nicht gezählt</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit_pdf.py" />
        <source>Speed</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit_pdf.py" />
        <source>Decision quality</source>
        <translation>Entscheidungsqualität</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit_pdf.py" />
        <source>Reports replaced</source>
        <translation>Ersetzte Gutachten</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit_pdf.py" />
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit_pdf.py" />
        <source>Benefit report (Wirkungsnachweis) – Urban Twin</source>
        <translation>Wirkungsnachweis – Urban Twin</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit_pdf.py" />
        <source>Period: {} – {} · {} runs, {} succeeded</source>
        <translation>Zeitraum: {} – {} · {} Läufe, davon {} erfolgreich</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit_pdf.py" />
        <source>{} h manual effort estimated
{} h computing time
≈ {} h saved</source>
        <translation>{} h manueller Aufwand (geschätzt)
{} h Rechenzeit
≈ {} h eingespart</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit_pdf.py" />
        <source>{} plan checks in {} cases
({} per case)
{} variant comparisons (Ø {} variants)</source>
        <translation>{} Planprüfungen in {} Fällen
({} je Fall)
{} Variantenvergleiche (Ø {} Varianten)</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit_pdf.py" />
        <source>{} screenings run
instead of commissioned studies
({} h estimated)</source>
        <translation>{} Screenings durchgeführt
statt beauftragter Studien
({} h geschätzt)</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit_pdf.py" />
        <source>The {} tasks with the most hours; the table lists all {}.</source>
        <translation>Die {} Aufgaben mit den meisten Stunden; die Tabelle nennt alle {}.</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit_pdf.py" />
        <source>Estimated manual effort replaced (hours)</source>
        <translation>Geschätzter ersetzter manueller Aufwand (Stunden)</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit_pdf.py" />
        <source>Manual effort: estimates from the reference times in {} (per run or per object handled; the shipped defaults are marked 'Schätzwert, bitte anpassen'). Runs: the local run log of this QGIS profile, without personal data. Created {}.</source>
        <translation>Manueller Aufwand: Schätzung aus den Referenzzeiten in {} (je Lauf oder je bearbeitetem Objekt; die mitgelieferten Werte sind als „Schätzwert, bitte anpassen“ gekennzeichnet). Läufe: das lokale Laufprotokoll dieses QGIS-Profils, ohne personenbezogene Daten. Erstellt am {}.</translation>
    </message>
    <message>
        <location filename="../core/runlog/benefit_pdf.py" />
        <source>Tasks (continued)</source>
        <translation>Aufgaben (Fortsetzung)</translation>
    </message>
    <message>
        <location filename="../core/storage/postgis_results.py" />
        <source>The table name may contain only letters, digits and underscores.</source>
        <translation>Der Tabellenname darf nur Buchstaben, Ziffern und Unterstriche enthalten.</translation>
    </message>
    <message>
        <location filename="../core/storage/postgis.py" />
        <source>The PostgreSQL target contains a password; put it into ~/.pgpass, PGPASSWORD or a QGIS connection with an authentication configuration instead.</source>
        <translation>Das PostgreSQL-Ziel enthält ein Passwort; legen Sie es stattdessen in ~/.pgpass, PGPASSWORD oder eine QGIS-Verbindung mit Authentifizierungskonfiguration.</translation>
    </message>
    <message>
        <location filename="../core/storage/postgis.py" />
        <source>The schema name may contain only letters, digits and underscores.</source>
        <translation>Der Schemaname darf nur Buchstaben, Ziffern und Unterstriche enthalten.</translation>
    </message>
    <message>
        <location filename="../core/storage/postgis.py" />
        <source>lock_timeout must be a number of seconds.</source>
        <translation>lock_timeout muss eine Anzahl Sekunden sein.</translation>
    </message>
    <message>
        <location filename="../core/storage/postgis_results.py" />
        <source>The database cannot be reached: {}</source>
        <translation>Die Datenbank ist nicht erreichbar: {}</translation>
    </message>
    <message>
        <location filename="../core/storage/postgis.py" />
        <source>There is no PostgreSQL connection of this name in QGIS.</source>
        <translation>In QGIS gibt es keine PostgreSQL-Verbindung mit diesem Namen.</translation>
    </message>
    <message>
        <location filename="../core/storage/postgis.py" />
        <source>The imported table cannot be opened in QGIS.</source>
        <translation>Die importierte Tabelle lässt sich in QGIS nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../core/storage/postgis_swap.py" />
        <source>session {} ({}, {}, {}, for {} s)</source>
        <translation>Sitzung {} ({}, {}, {}, seit {} s)</translation>
    </message>
    <message>
        <location filename="../core/storage/postgis_swap.py" />
        <source>a session that just ended</source>
        <translation>eine eben beendete Sitzung</translation>
    </message>
    <message>
        <location filename="../core/storage/postgis_swap.py" />
        <source>The table cannot be replaced: other sessions are reading it ({}). Nothing was changed; run again when they are done.</source>
        <translation>Die Tabelle kann nicht ersetzt werden: Andere Sitzungen lesen sie ({}). Es wurde nichts geändert; starten Sie den Lauf erneut, wenn sie fertig sind.</translation>
    </message>
    <message>
        <location filename="../core/storage/postgis_swap.py" />
        <source>Waiting for other sessions to finish reading {}: {}. Readers are not held up meanwhile; cancel to stop (nothing is changed).</source>
        <translation>Warte, bis andere Sitzungen das Lesen von {} beenden: {}. Lesende werden währenddessen nicht aufgehalten; Abbrechen beendet den Lauf (es wird nichts geändert).</translation>
    </message>
    <message>
        <location filename="../core/variants/compare.py" />
        <source>Give at least one variant to compare with the base.</source>
        <translation>Bitte mindestens eine Variante zum Vergleich mit der Basis angeben.</translation>
    </message>
    <message>
        <location filename="../core/variants/compare.py" />
        <source>Base read: {}</source>
        <translation>Basis gelesen: {}</translation>
    </message>
    <message>
        <location filename="../core/variants/compare.py" />
        <source>The variant is in {} but the base is in {}.</source>
        <translation>Die Variante liegt in {}, die Basis aber in {}.</translation>
    </message>
    <message>
        <location filename="../core/variants/compare.py" />
        <source>None of the variants has planned buildings (status geplant) and no area of interest is given.</source>
        <translation>Keine der Varianten hat geplante Gebäude (Status geplant), und es ist kein Untersuchungsgebiet angegeben.</translation>
    </message>
    <message>
        <location filename="../core/variants/compare.py" />
        <source>{} façade points on the neighbours</source>
        <translation>{} Fassadenpunkte an den Nachbargebäuden</translation>
    </message>
    <message>
        <location filename="../core/variants/compare.py" />
        <source>{}: solar potential of the new roofs</source>
        <translation>{}: Solarpotenzial der neuen Dächer</translation>
    </message>
    <message>
        <location filename="../core/variants/compare.py" />
        <source>{}: sun hours on {}</source>
        <translation>{}: Besonnungsdauer am {}</translation>
    </message>
    <message>
        <location filename="../core/variants/compare.py" />
        <source>{}: shadows</source>
        <translation>{}: Schatten</translation>
    </message>
    <message>
        <location filename="../core/variants/compose.py" />
        <source>The {} GeoPackage does not exist.</source>
        <translation>Das GeoPackage ({}) existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/variants/compose.py" />
        <source>The file cannot be opened as a GeoPackage.</source>
        <translation>Die Datei kann nicht als GeoPackage geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../core/variants/compose.py" />
        <source>The GeoPackage lacks the layers {} (expected a city model import or a massing output).</source>
        <translation>Dem GeoPackage fehlen die Layer {} (erwartet: Stadtmodell-Import oder Baukörper-Ergebnis).</translation>
    </message>
    <message>
        <location filename="../core/variants/compose.py" />
        <source>The variant needs a name.</source>
        <translation>Die Variante braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../core/variants/compose.py" />
        <source>planned buildings</source>
        <translation>geplante Gebäude</translation>
    </message>
    <message>
        <location filename="../core/variants/compose.py" />
        <source>The planned buildings are in EPSG:{} but the city model is in EPSG:{}; build them in the city's CRS.</source>
        <translation>Die geplanten Gebäude liegen in EPSG:{}, das Stadtmodell in EPSG:{}; bitte im KBS des Stadtmodells erzeugen.</translation>
    </message>
    <message>
        <location filename="../core/variants/compose.py" />
        <source>The building id {} occurs twice (in the city model or in two massing outputs).</source>
        <translation>Die Gebäude-ID {} kommt zweimal vor (im Stadtmodell oder in zwei Baukörper-Ergebnissen).</translation>
    </message>
    <message>
        <location filename="../core/variants/council.py" />
        <source>New buildings</source>
        <translation>Neue Gebäude</translation>
    </message>
    <message>
        <location filename="../core/variants/council.py" />
        <source>New gross floor area (m²)</source>
        <translation>Neue Geschossfläche (m²)</translation>
    </message>
    <message>
        <location filename="../core/variants/council.py" />
        <source>GRZ of the area</source>
        <translation>GRZ des Gebiets</translation>
    </message>
    <message>
        <location filename="../core/variants/council.py" />
        <source>GFZ of the area</source>
        <translation>GFZ des Gebiets</translation>
    </message>
    <message>
        <location filename="../core/variants/council.py" />
        <source>Plan areas exceeding the plan</source>
        <translation>Plangebiete mit Überschreitung</translation>
    </message>
    <message>
        <location filename="../core/variants/council.py" />
        <source>PV on the new roofs (kWp)</source>
        <translation>PV auf den neuen Dächern (kWp)</translation>
    </message>
    <message>
        <location filename="../core/variants/council.py" />
        <source>PV yield (MWh/a)</source>
        <translation>PV-Ertrag (MWh/a)</translation>
    </message>
    <message>
        <location filename="../core/variants/council.py" />
        <source>Façade points newly below 1.5 h sun (21 March)</source>
        <translation>Fassadenpunkte neu unter 1,5 h Sonne (21. März)</translation>
    </message>
    <message>
        <location filename="../core/variants/council.py" />
        <source>Façade points newly below 1 h sun (17 January)</source>
        <translation>Fassadenpunkte neu unter 1 h Sonne (17. Januar)</translation>
    </message>
    <message>
        <location filename="../core/variants/council.py" />
        <source>Mean loss of sun on neighbouring façades, 17 January (h)</source>
        <translation>Mittlerer Sonnenverlust an Nachbarfassaden, 17. Januar (h)</translation>
    </message>
    <message>
        <location filename="../core/variants/council.py" />
        <source>Shadow on public spaces, 21 March 12:00 (m²)</source>
        <translation>Schatten auf öffentlichen Flächen, 21. März 12:00 (m²)</translation>
    </message>
    <message>
        <location filename="../core/variants/council.py" />
        <source>The file is not a variant comparison (layer variant_comparison).</source>
        <translation>Die Datei ist kein Variantenvergleich (Layer variant_comparison).</translation>
    </message>
    <message>
        <location filename="../core/variants/council.py" />
        <source>The comparison holds no variant.</source>
        <translation>Der Vergleich enthält keine Variante.</translation>
    </message>
    <message>
        <location filename="../core/variants/council.py" />
        <source>The GeoPackage of the scenario cannot be read.</source>
        <translation>Das GeoPackage des Szenarios kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/variants/council.py" />
        <source>Urban Twin, {} — figures from plan check, district figures, solar potential, sun hours and shadows; base: {}</source>
        <translation>Urban Twin, {} — Zahlen aus Planprüfung, Quartierskennzahlen, Solarpotenzial, Besonnung und Schatten; Basis: {}</translation>
    </message>
    <message>
        <location filename="../core/variants/council.py" />
        <source>Key figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../core/variants/council.py" />
        <source>Δ base</source>
        <translation>Δ Bestand</translation>
    </message>
    <message>
        <location filename="../core/variants/council.py" />
        <source>Planned buildings orange, existing buildings sand, plan areas dashed blue.</source>
        <translation>Geplante Gebäude orange, Bestand sandfarben, Plangebiete blau gestrichelt.</translation>
    </message>
    <message>
        <location filename="../core/variants/council.py" />
        <source>{} – all variants</source>
        <translation>{} – alle Varianten</translation>
    </message>
    <message>
        <location filename="../core/variants/council.py" />
        <source>The PDF could not be written (error {}).</source>
        <translation>Das PDF konnte nicht geschrieben werden (Fehler {}).</translation>
    </message>
    <message>
        <location filename="../core/variants/export_source.py" />
        <source>The GeoPackage has no buildings and building_surfaces layers.</source>
        <translation>Das GeoPackage hat keine Layer buildings und building_surfaces.</translation>
    </message>
    <message>
        <location filename="../core/variants/export_source.py" />
        <source>The GeoPackage has no buildings with surfaces to export.</source>
        <translation>Das GeoPackage enthält keine Gebäude mit Flächen zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../core/variants/massing.py" />
        <source>Neither a number of storeys nor an eaves height is given.</source>
        <translation>Weder eine Geschosszahl noch eine Traufhöhe ist angegeben.</translation>
    </message>
    <message>
        <location filename="../core/variants/massing.py" />
        <source>The footprint layer has no polygons.</source>
        <translation>Der Grundriss-Layer enthält keine Flächen.</translation>
    </message>
    <message>
        <location filename="../core/variants/roofs.py" />
        <source>The eaves height must be greater than 0 m (got {}).</source>
        <translation>Die Traufhöhe muss größer als 0 m sein (angegeben: {}).</translation>
    </message>
    <message>
        <location filename="../core/variants/roofs.py" />
        <source>The footprint has no area.</source>
        <translation>Der Grundriss hat keine Fläche.</translation>
    </message>
    <message>
        <location filename="../core/variants/roofs.py" />
        <source>Roof type {} cannot be generated; flat roof built instead.</source>
        <translation>Dachform {} kann nicht erzeugt werden; stattdessen Flachdach.</translation>
    </message>
    <message>
        <location filename="../core/variants/roofs.py" />
        <source>courtyard (hole)</source>
        <translation>Innenhof (Loch)</translation>
    </message>
    <message>
        <location filename="../core/variants/roofs.py" />
        <source>concave footprint (L/T/U shape)</source>
        <translation>konkaver Grundriss (L-/T-/U-Form)</translation>
    </message>
    <message>
        <location filename="../core/variants/roofs.py" />
        <source>Roof type {} needs a convex footprint without holes ({}); flat roof built instead.</source>
        <translation>Dachform {} braucht einen konvexen Grundriss ohne Löcher ({}); stattdessen Flachdach.</translation>
    </message>
    <message>
        <location filename="../core/variants/roofs.py" />
        <source>Roof pitch 0°: flat roof built instead.</source>
        <translation>Dachneigung 0°: stattdessen Flachdach.</translation>
    </message>
    <message>
        <location filename="../core/variants/roofs.py" />
        <source>The ridge height {:.2f} m is below the eaves height {:.2f} m.</source>
        <translation>Die Firsthöhe {:.2f} m liegt unter der Traufhöhe {:.2f} m.</translation>
    </message>
    <message>
        <location filename="../core/variants/roofs.py" />
        <source>No roof pitch given: {:g}° assumed.</source>
        <translation>Keine Dachneigung angegeben: {:g}° angenommen.</translation>
    </message>
    <message>
        <location filename="../core/variants/roofs.py" />
        <source>The roof pitch {:g}° is outside 0–{:g}°.</source>
        <translation>Die Dachneigung {:g}° liegt außerhalb von 0–{:g}°.</translation>
    </message>
    <message>
        <location filename="../core/variants/scenario.py" />
        <source>The GeoPackage does not exist.</source>
        <translation>Das GeoPackage existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/variants/scenario.py" />
        <source>Existing city ({})</source>
        <translation>Bestand ({})</translation>
    </message>
    <message>
        <location filename="../core/variants/scenario.py" />
        <source>The GeoPackage has no layer {} (expected a city model import or a variant).</source>
        <translation>Das GeoPackage hat keinen Layer {} (erwartet: Stadtmodell-Import oder Variante).</translation>
    </message>
    <message>
        <location filename="../core/variants/styles.py" />
        <source>Existing</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../core/variants/styles.py" />
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../core/variants/styles.py" />
        <source>Marked for demolition</source>
        <translation>Abriss markiert</translation>
    </message>
    <message>
        <location filename="../core/variants/terrain.py" />
        <source>fixed terrain height {:.2f} m</source>
        <translation>feste Geländehöhe {:.2f} m</translation>
    </message>
    <message>
        <location filename="../core/variants/terrain.py" />
        <source>terrain model {}</source>
        <translation>Geländemodell {}</translation>
    </message>
    <message>
        <location filename="../core/variants/terrain.py" />
        <source>ground of the existing buildings in {}</source>
        <translation>Geländehöhe der Bestandsgebäude in {}</translation>
    </message>
    <message>
        <location filename="../core/write_checks.py" />
        <source>Writing failed: {} (OGR error {}).</source>
        <translation>Schreiben fehlgeschlagen: {} (OGR-Fehler {}).</translation>
    </message>
    <message>
        <location filename="../core/write_checks.py" />
        <source>The written GeoPackage is damaged: {}</source>
        <translation>Das geschriebene GeoPackage ist beschädigt: {}</translation>
    </message>
    <message>
        <location filename="../core/write_checks.py" />
        <source>The written PDF is incomplete.</source>
        <translation>Das geschriebene PDF ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../core/xmlsafe.py" />
        <source>The document declares a DTD or entities; they are not allowed (protection against XXE and entity expansion).</source>
        <translation>Das Dokument deklariert eine DTD oder Entitäten; diese sind nicht erlaubt (Schutz vor XXE und Entity-Expansion).</translation>
    </message>
    <message>
        <location filename="../core/xmlsafe.py" />
        <source>The document declares the unknown encoding {}.</source>
        <translation>Das Dokument gibt die unbekannte Zeichenkodierung {} an.</translation>
    </message>
    <message>
        <location filename="../core/xmlsafe.py" />
        <source>Invalid XML: {}</source>
        <translation>Ungültiges XML: {}</translation>
    </message>
    <message>
        <location filename="../core/xplan/conform.py" />
        <source>{} {}: gehoertZuPlan is mandatory in XPlanGML 6.0; linked to the plan {}.</source>
        <translation>{} {}: gehoertZuPlan ist in XPlanGML 6.0 Pflicht; mit dem Plan {} verknüpft.</translation>
    </message>
    <message>
        <location filename="../core/xplan/conform.py" />
        <source>{} {}: gehoertZuBereich is mandatory in XPlanGML 6.0; linked to the Bereich {} of its plan.</source>
        <translation>{} {}: gehoertZuBereich ist in XPlanGML 6.0 Pflicht; mit dem Bereich {} seines Plans verknüpft.</translation>
    </message>
    <message>
        <location filename="../core/xplan/conform.py" />
        <source>The plan {} has no Bereich; XPlanGML 6.0 needs one for its content: {} {} was added.</source>
        <translation>Der Plan {} hat keinen Bereich; XPlanGML 6.0 braucht einen für seine Inhalte: {} {} wurde ergänzt.</translation>
    </message>
    <message>
        <location filename="../core/xplan/conform.py" />
        <source>{} {}: the link {} = {} points to an object that is not in the file; it is not written.</source>
        <translation>{} {}: Der Verweis {} = {} zeigt auf ein Objekt, das nicht in der Datei ist; er wird nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/xplan/conform.py" />
        <source>{} {} (XPlanGML class {}) is written as {} ({}).</source>
        <translation>{} {} (XPlanGML-Klasse {}) wird als {} geschrieben ({}).</translation>
    </message>
    <message>
        <location filename="../core/xplan/conform.py" />
        <source>successor class</source>
        <translation>Nachfolgeklasse</translation>
    </message>
    <message>
        <location filename="../core/xplan/conform.py" />
        <source>general class, original class and attributes kept</source>
        <translation>allgemeine Klasse, Ursprungsklasse und Attribute bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../core/xplan/conform.py" />
        <source>text section holding the scan reference</source>
        <translation>Textabschnitt mit dem Verweis auf den Scan</translation>
    </message>
    <message>
        <location filename="../core/xplan/conform.py" />
        <source>{} {}: the code of {} is not in the XPlanGML 6.0 enumeration; it is kept as a generic attribute.</source>
        <translation>{} {}: Der Code von {} gehört nicht zur XPlanGML-6.0-Aufzählung; er bleibt als generisches Attribut erhalten.</translation>
    </message>
    <message>
        <location filename="../core/xplan/conform.py" />
        <source>{} {}: {} set to {} (from the original class {}).</source>
        <translation>{} {}: {} auf {} gesetzt (aus der Ursprungsklasse {}).</translation>
    </message>
    <message>
        <location filename="../core/xplan/conform.py" />
        <source>{} {}: {} does not exist in XPlanGML 6.0; it is kept as a generic attribute.</source>
        <translation>{} {}: {} gibt es in XPlanGML 6.0 nicht; es bleibt als generisches Attribut erhalten.</translation>
    </message>
    <message>
        <location filename="../core/xplan/writer.py" />
        <source>{} has no property {} in XPlanGML 6.0; it is left out.</source>
        <translation>{} hat in XPlanGML 6.0 keine Eigenschaft {}; sie wird weggelassen.</translation>
    </message>
    <message>
        <location filename="../core/xplan/conform.py" />
        <source>{} {}: {} is mandatory in XPlanGML 6.0 and missing; filled in with {}.</source>
        <translation>{} {}: {} ist in XPlanGML 6.0 Pflicht und fehlt; ergänzt mit {}.</translation>
    </message>
    <message>
        <location filename="../core/xplan/gpkg.py" />
        <source>The document contains no XPlanung objects.</source>
        <translation>Das Dokument enthält keine XPlanung-Objekte.</translation>
    </message>
    <message>
        <location filename="../core/xplan/model.py" />
        <source>{} points outside the document ({}); not resolved.</source>
        <translation>{} verweist aus dem Dokument hinaus ({}); nicht aufgelöst.</translation>
    </message>
    <message>
        <location filename="../core/xplan/model.py" />
        <source>{} points to {}, which does not exist in the document.</source>
        <translation>{} verweist auf {}, das im Dokument nicht existiert.</translation>
    </message>
    <message>
        <location filename="../core/xplan/writer.py" />
        <source>This GeoPackage has no 'plans' layer; it was not made by the XPlanGML import.</source>
        <translation>Dieses GeoPackage hat keinen Layer „plans“; es stammt nicht aus dem XPlanGML-Import.</translation>
    </message>
    <message>
        <location filename="../core/xplan/provenance_gpkg.py" />
        <source>Scope of the plan (Geltungsbereich)</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <location filename="../core/xplan/provenance_gpkg.py" />
        <source>Plan sections (Bereiche)</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../core/xplan/provenance_gpkg.py" />
        <source>Building lines (Baugrenzen)</source>
        <translation>Baugrenzen</translation>
    </message>
    <message>
        <location filename="../core/xplan/provenance_gpkg.py" />
        <source>Mandatory building lines (Baulinien)</source>
        <translation>Baulinien</translation>
    </message>
    <message>
        <location filename="../core/xplan/provenance_gpkg.py" />
        <source>Road boundary lines</source>
        <translation>Straßenbegrenzungslinien</translation>
    </message>
    <message>
        <location filename="../core/xplan/provenance_gpkg.py" />
        <source>Road areas</source>
        <translation>Straßenverkehrsflächen</translation>
    </message>
    <message>
        <location filename="../core/xplan/provenance_gpkg.py" />
        <source>Green spaces</source>
        <translation>Grünflächen</translation>
    </message>
    <message>
        <location filename="../core/xplan/provenance_gpkg.py" />
        <source>Community facilities</source>
        <translation>Gemeinbedarfsflächen</translation>
    </message>
    <message>
        <location filename="../core/xplan/provenance_gpkg.py" />
        <source>Special-purpose traffic areas</source>
        <translation>Verkehrsflächen besonderer Zweckbestimmung</translation>
    </message>
    <message>
        <location filename="../core/xplan/provenance_gpkg.py" />
        <source>Presentation points</source>
        <translation>Präsentationsobjekte (Punkte)</translation>
    </message>
    <message>
        <location filename="../core/xplan/provenance_gpkg.py" />
        <source>Presentation texts</source>
        <translation>Präsentationsobjekte (Texte)</translation>
    </message>
    <message>
        <location filename="../core/xplan/reader.py" />
        <source>The file cannot be read: {}</source>
        <translation>Die Datei kann nicht gelesen werden: {}</translation>
    </message>
    <message>
        <location filename="../core/xplan/reader.py" />
        <source>The ZIP archive is damaged.</source>
        <translation>Das ZIP-Archiv ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../core/xplan/reader.py" />
        <source>The ZIP archive contains an unsafe path ({}); it is refused.</source>
        <translation>Das ZIP-Archiv enthält einen unsicheren Pfad ({}); es wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/xplan/reader.py" />
        <source>The ZIP archive has no xplan.gml at its root (XPlanArchiv).</source>
        <translation>Das ZIP-Archiv enthält keine xplan.gml in der obersten Ebene (XPlanArchiv).</translation>
    </message>
    <message>
        <location filename="../core/xplan/reader.py" />
        <source>{} in the ZIP archive is far too large ({} bytes unpacked); it is refused.</source>
        <translation>{} im ZIP-Archiv ist viel zu groß ({} Bytes entpackt); es wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/xplan/reader.py" />
        <source>{} in the ZIP archive is far too large; it is refused.</source>
        <translation>{} im ZIP-Archiv ist viel zu groß; es wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/xplan/reader.py" />
        <source>{} in the ZIP archive is damaged or cannot be unpacked ({}).</source>
        <translation>{} im ZIP-Archiv ist beschädigt oder kann nicht entpackt werden ({}).</translation>
    </message>
    <message>
        <location filename="../core/xplan/reader.py" />
        <source>This is not an XPlanGML document: no XPlanung namespace (http://www.xplanung.de/xplangml/…) found.</source>
        <translation>Dies ist kein XPlanGML-Dokument: kein XPlanung-Namensraum (http://www.xplanung.de/xplangml/…) gefunden.</translation>
    </message>
    <message>
        <location filename="../core/xplan/reader.py" />
        <source>XPlanGML version {} is not supported (4.0 to 6.1 are).</source>
        <translation>XPlanGML-Version {} wird nicht unterstützt (unterstützt sind 4.0 bis 6.1).</translation>
    </message>
    <message>
        <location filename="../core/xplan/reader.py" />
        <source>The root element {} is neither XPlanAuszug nor a FeatureCollection.</source>
        <translation>Das Wurzelelement {} ist weder XPlanAuszug noch eine FeatureCollection.</translation>
    </message>
    <message>
        <location filename="../core/xplan/reader.py" />
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../core/xplan/reader.py" />
        <source>The gml:id occurs twice; the second object is skipped.</source>
        <translation>Die gml:id kommt doppelt vor; das zweite Objekt wird übersprungen.</translation>
    </message>
    <message>
        <location filename="../core/xplan/reader.py" />
        <source>Unknown CRS name {}; please set the CRS of the layers.</source>
        <translation>Unbekanntes Koordinatenreferenzsystem {}; bitte das KBS der Layer setzen.</translation>
    </message>
    <message>
        <location filename="../core/xplan/reader.py" />
        <source>{} is not wrapped in a featureMember (schema error); read anyway.</source>
        <translation>{} steht nicht in einem featureMember (Schemafehler); trotzdem gelesen.</translation>
    </message>
    <message>
        <location filename="../core/xplan/reader.py" />
        <source>Unknown class {} (line {}) for XPlanGML {}; the object is skipped.</source>
        <translation>Unbekannte Klasse {} (Zeile {}) für XPlanGML {}; das Objekt wird übersprungen.</translation>
    </message>
    <message>
        <location filename="../core/xplan/reader.py" />
        <source>The object {} has no gml:id.</source>
        <translation>Das Objekt {} hat keine gml:id.</translation>
    </message>
    <message>
        <location filename="../core/xplan/reader.py" />
        <source>Second geometry property {} ignored.</source>
        <translation>Zweite Geometrie-Eigenschaft {} ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/xplan/reader.py" />
        <source>The geometry (line {}) cannot be read; the object is kept without geometry.</source>
        <translation>Die Geometrie (Zeile {}) ist nicht lesbar; das Objekt wird ohne Geometrie übernommen.</translation>
    </message>
    <message>
        <location filename="../core/xplan/report.py" />
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../core/xplan/report.py" />
        <source>XPlanGML {} – {} ({})</source>
        <translation>XPlanGML {} – {} ({})</translation>
    </message>
    <message>
        <location filename="../core/xplan/report.py" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/xplan/report.py" />
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../core/xplan/report.py" />
        <source>XPlanGML validation report</source>
        <translation>XPlanGML-Validierungsbericht</translation>
    </message>
    <message>
        <location filename="../core/xplan/report.py" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/xplan/report.py" />
        <source>XML schema</source>
        <translation>XML-Schema</translation>
    </message>
    <message>
        <location filename="../core/xplan/report.py" />
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../core/xplan/report.py" />
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <location filename="../core/xplan/report.py" />
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../core/xplan/report.py" />
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../core/xplan/report.py" />
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../core/xplan/schemas.py" />
        <source>schema folder parameter (SCHEMA_DIR)</source>
        <translation>Parameter Schemaordner (SCHEMA_DIR)</translation>
    </message>
    <message>
        <location filename="../core/xplan/schemas.py" />
        <source>schema folder from the settings (urban_twin/xplan_schema_dir)</source>
        <translation>Schemaordner aus den Einstellungen (urban_twin/xplan_schema_dir)</translation>
    </message>
    <message>
        <location filename="../core/xplan/schemas.py" />
        <source>official XSDs shipped with the plugin</source>
        <translation>mit dem Plugin ausgelieferte offizielle XSDs</translation>
    </message>
    <message>
        <location filename="../core/xplan/schemas.py" />
        <source>downloaded schemas in the QGIS profile</source>
        <translation>heruntergeladene Schemas im QGIS-Profil</translation>
    </message>
    <message>
        <location filename="../core/xplan/schemas.py" />
        <source>The XML schema cannot be loaded: {}</source>
        <translation>Das XML-Schema kann nicht geladen werden: {}</translation>
    </message>
    <message>
        <location filename="../core/xplan/schemas.py" />
        <source>The schema cannot be downloaded: {}</source>
        <translation>Das Schema kann nicht heruntergeladen werden: {}</translation>
    </message>
    <message>
        <location filename="../core/xplan/schemas.py" />
        <source>The downloaded schema is not valid XML.</source>
        <translation>Das heruntergeladene Schema ist kein gültiges XML.</translation>
    </message>
    <message>
        <location filename="../core/xplan/schemas.py" />
        <source>Downloaded {}</source>
        <translation>Heruntergeladen: {}</translation>
    </message>
    <message>
        <location filename="../core/xplan/titles.py" />
        <source>Buildings and use</source>
        <translation>Bebauung und Nutzung</translation>
    </message>
    <message>
        <location filename="../core/xplan/titles.py" />
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <location filename="../core/xplan/titles.py" />
        <source>Green, nature and water</source>
        <translation>Grün, Natur und Wasser</translation>
    </message>
    <message>
        <location filename="../core/xplan/titles.py" />
        <source>Utilities</source>
        <translation>Ver- und Entsorgung</translation>
    </message>
    <message>
        <location filename="../core/xplan/titles.py" />
        <source>Community facilities, play and sport</source>
        <translation>Gemeinbedarf, Spiel und Sport</translation>
    </message>
    <message>
        <location filename="../core/xplan/titles.py" />
        <source>Other provisions</source>
        <translation>Sonstige Festsetzungen</translation>
    </message>
    <message>
        <location filename="../core/xplan/titles.py" />
        <source>Plan and scope</source>
        <translation>Plan und Geltungsbereich</translation>
    </message>
    <message>
        <location filename="../core/xplan/titles.py" />
        <source>Presentation</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>No XML schema for XPlanGML {} found (set the schema folder or fetch the schemas); schema validation skipped.</source>
        <translation>Kein XML-Schema für XPlanGML {} gefunden (Schemaordner einstellen oder Schemas herunterladen); Schemavalidierung übersprungen.</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>Schema error: {}</source>
        <translation>Schemafehler: {}</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>The reference {} = {} is not document-local (#id).</source>
        <translation>Der Verweis {} = {} ist nicht dokumentlokal (#id).</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>The reference {} = {} points to an object that does not exist.</source>
        <translation>Der Verweis {} = {} zeigt auf ein nicht vorhandenes Objekt.</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>The coordinate reference system {} is unknown.</source>
        <translation>Das Koordinatenreferenzsystem {} ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>EPSG:{} is not a standard CRS for XPlanung.</source>
        <translation>EPSG:{} ist kein Standard-KBS für XPlanung.</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>The geometry cannot be read.</source>
        <translation>Die Geometrie ist nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>Only 2D coordinates are allowed.</source>
        <translation>Nur 2D-Koordinaten sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>An area object of this class needs the attribute flaechenschluss.</source>
        <translation>Ein Flächenobjekt dieser Klasse braucht das Attribut flaechenschluss.</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>A {} must have a {} geometry.</source>
        <translation>Ein {} muss eine {}-Geometrie haben.</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>line</source>
        <translation>Linien</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>area</source>
        <translation>Flächen</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>A ring is not closed.</source>
        <translation>Ein Ring ist nicht geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>A ring contains duplicate consecutive points.</source>
        <translation>Ein Ring enthält doppelte aufeinanderfolgende Punkte.</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>The exterior ring is not oriented counter-clockwise.</source>
        <translation>Der äußere Ring ist nicht gegen den Uhrzeigersinn orientiert.</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>An interior ring is not oriented clockwise.</source>
        <translation>Ein innerer Ring ist nicht im Uhrzeigersinn orientiert.</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>Invalid polygon: {}</source>
        <translation>Ungültiges Polygon: {}</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>The object lies partly outside the Geltungsbereich of the plan.</source>
        <translation>Das Objekt liegt teilweise außerhalb des Geltungsbereichs des Plans.</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>Flächenschluss violated: gap of {} m² not covered by any Flächenschluss object (next to {}).</source>
        <translation>Flächenschluss verletzt: Lücke von {} m², die kein Flächenschlussobjekt abdeckt (neben {}).</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>Flächenschluss violated: overlaps {} by {} m².</source>
        <translation>Flächenschluss verletzt: überlappt {} um {} m².</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>besondereArtDerBaulNutzung {} does not belong to allgArtDerBaulNutzung {}.</source>
        <translation>besondereArtDerBaulNutzung {} passt nicht zu allgArtDerBaulNutzung {}.</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>A height relative to the plan's Bezugshöhe (hoehenbezug 3000) needs bezugshoehe on the plan.</source>
        <translation>Eine Höhe relativ zur Bezugshöhe des Plans (hoehenbezug 3000) erfordert die bezugshoehe am Plan.</translation>
    </message>
    <message>
        <location filename="../core/xplan/validate.py" />
        <source>Doppelbelegung: {} set on both this BP_UeberbaubareGrundstuecksFlaeche and the overlapping BP_BaugebietsTeilFlaeche {}.</source>
        <translation>Doppelbelegung: {} ist sowohl an dieser BP_UeberbaubareGrundstuecksFlaeche als auch an der überlappenden BP_BaugebietsTeilFlaeche {} gesetzt.</translation>
    </message>
    <message>
        <location filename="../core/xplan/writer.py" />
        <source>{} does not exist in XPlanGML 6.0 and has no 6.0 counterpart.</source>
        <translation>{} gibt es in XPlanGML 6.0 nicht, und es hat keine Entsprechung in 6.0.</translation>
    </message>
    <message>
        <location filename="../core/xplan/writer.py" />
        <source>{}.{} cannot be converted to the XPlanGML 6.0 type {}; it is left out.</source>
        <translation>{}.{} lässt sich nicht in den XPlanGML-6.0-Typ {} umwandeln; es wird weggelassen.</translation>
    </message>
    <message>
        <location filename="../core/xplan/writer.py" />
        <source>No XML schema for XPlanGML 6.0 found; the export cannot be checked.</source>
        <translation>Kein XML-Schema für XPlanGML 6.0 gefunden; der Export kann nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../core/xplan/writer.py" />
        <source>line {}: {}</source>
        <translation>Zeile {}: {}</translation>
    </message>
    <message>
        <location filename="../core/xplan/writer.py" />
        <source>The GeoPackage cannot be opened.</source>
        <translation>Das GeoPackage kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../core/xplan/writer.py" />
        <source>The GeoPackage contains no geometry to export.</source>
        <translation>Das GeoPackage enthält keine Geometrie zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../core/xplan/writer.py" />
        <source>The export is not valid against the XPlanGML 6.0 schema ({} errors; nothing was written; ALLOW_INVALID=true writes it anyway). First errors:
{}</source>
        <translation>Der Export ist nicht gültig gegen das XPlanGML-6.0-Schema ({} Fehler; es wurde nichts geschrieben; ALLOW_INVALID=true schreibt ihn trotzdem). Erste Fehler:
{}</translation>
    </message>
    <message>
        <location filename="../core/xplan/writer.py" />
        <source>The export is not valid against the XPlanGML 6.0 schema ({} errors); written because ALLOW_INVALID is set.</source>
        <translation>Der Export ist nicht gültig gegen das XPlanGML-6.0-Schema ({} Fehler); geschrieben, weil ALLOW_INVALID gesetzt ist.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_browser.py" />
        <source>Loading of {} was cancelled.</source>
        <translation>Das Laden von {} wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_browser.py" />
        <source>Could not load {}: {}</source>
        <translation>{} konnte nicht geladen werden: {}</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Loaded {}.</source>
        <translation>{} geladen.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_browser.py" />
        <source>Urban Twin catalogue</source>
        <translation>Urban-Twin-Katalog</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Urban Twin: sending the catalogue outbox</source>
        <translation>Urban Twin: Postausgang des Katalogs wird gesendet</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>none recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>{name} of {date}</source>
        <translation>{name} vom {date}</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Result: {}</source>
        <translation>Ergebnis: {}</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>New catalogue connection</source>
        <translation>Neue Katalogverbindung</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>OGC API – Records server</source>
        <translation>OGC-API-Records-Server</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Shared folder (network drive)</source>
        <translation>Gemeinsamer Ordner (Netzlaufwerk)</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>CSW catalogue (GDI-DE, GeoNetwork, pycsw)</source>
        <translation>CSW-Katalog (GDI-DE, GeoNetwork, pycsw)</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>URL or folder</source>
        <translation>URL oder Ordner</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Folder for data files</source>
        <translation>Ordner für Datendateien</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Search title, description, keywords</source>
        <translation>Titel, Beschreibung, Schlagwörter durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Map extent only</source>
        <translation>Nur Kartenausschnitt</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>More results</source>
        <translation>Weitere Treffer</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Publish selected layer…</source>
        <translation>Ausgewählten Layer veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Correct metadata…</source>
        <translation>Metadaten korrigieren…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Retry failed</source>
        <translation>Fehlgeschlagene erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Search cancelled.</source>
        <translation>Suche abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>{} of {} records shown.</source>
        <translation>{} von {} Datensätzen angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>The catalogue cannot be reached: these are the records last seen (offline).</source>
        <translation>Der Katalog ist nicht erreichbar: angezeigt werden die zuletzt gesehenen Datensätze (offline).</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Select a record first.</source>
        <translation>Bitte zuerst einen Datensatz auswählen.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Downloading {}…</source>
        <translation>{} wird heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Loaded {} service layers of {}.</source>
        <translation>{} Dienst-Layer von {} geladen.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Loading cancelled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Loading failed.</source>
        <translation>Laden fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Select a vector layer in the layer panel first.</source>
        <translation>Bitte zuerst einen Vektorlayer im Layerbedienfeld auswählen.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>{} is in the outbox and is being sent…</source>
        <translation>{} liegt im Postausgang und wird gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" />
        <source>Urban Twin</source>
        <translation>Urban Twin</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Published “{title}” to the catalogue (record {record}).</source>
        <translation>„{title}“ im Katalog veröffentlicht (Datensatz {record}).</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Open in catalogue</source>
        <translation>Im Katalog anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Outbox: {} waiting, {} failed</source>
        <translation>Postausgang: {} wartend, {} fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>last reason: {}</source>
        <translation>letzter Grund: {}</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Correct metadata</source>
        <translation>Metadaten korrigieren</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Conflict: the record was changed in the catalogue on {} (version {}) after you loaded it. Your correction was not written; search again to see the current version.</source>
        <translation>Konflikt: Der Datensatz wurde am {} (Version {}) im Katalog geändert, nachdem Sie ihn geladen hatten. Ihre Korrektur wurde nicht geschrieben; suchen Sie erneut, um die aktuelle Fassung zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Metadata corrected.</source>
        <translation>Metadaten korrigiert.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Sync failed: {}</source>
        <translation>Abgleich fehlgeschlagen: {}</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_dock.py" />
        <source>Sync: {} sent, {} waiting, {} failed.</source>
        <translation>Abgleich: {} gesendet, {} wartend, {} fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" />
        <source>Export council map…</source>
        <translation>Ratsvorlage exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>Current map extent (otherwise all layers)</source>
        <translation>Aktueller Kartenausschnitt (sonst alle Ebenen)</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>Atlas: one page per feature of</source>
        <translation>Atlas: eine Seite je Objekt von</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>Key figures table</source>
        <translation>Kennzahlentabelle</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" />
        <source>e.g. Stadt Musterstadt</source>
        <translation>z. B. Stadt Musterstadt</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" />
        <source>Municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" />
        <source>e.g. Stadtplanungsamt</source>
        <translation>z. B. Stadtplanungsamt</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" />
        <source>Office</source>
        <translation>Amt</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>Context in the overview map, e.g. districts or a basemap; empty = districts and the plan's scope found in the project</source>
        <translation>Kontext in der Übersichtskarte, z. B. Quartiere oder eine Hintergrundkarte; leer = Quartiere und Geltungsbereich aus dem Projekt</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>Overview map layer</source>
        <translation>Ebene der Übersichtskarte</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>Snapshot of the open 3D view</source>
        <translation>Bild der geöffneten 3D-Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>No 3D map view is open; the page is complete without it.</source>
        <translation>Keine 3D-Kartenansicht geöffnet; die Seite ist auch ohne vollständig.</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>3D view image (optional)</source>
        <translation>Bild der 3D-Ansicht (optional)</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>PDF file</source>
        <translation>PDF-Datei</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>Preview of the first page</source>
        <translation>Vorschau der ersten Seite</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>Update preview</source>
        <translation>Vorschau aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/councilmap_dialog.py" />
        <source>Choose a PDF file to write.</source>
        <translation>Bitte eine PDF-Datei zum Schreiben wählen.</translation>
    </message>
    <message>
        <location filename="../ui/import_messages.py" />
        <source>the file ends in the middle (truncated, e.g. an interrupted download)</source>
        <translation>die Datei bricht mittendrin ab (abgeschnitten, z. B. durch einen unterbrochenen Download)</translation>
    </message>
    <message>
        <location filename="../ui/import_messages.py" />
        <source>start and end tags do not match (damaged XML)</source>
        <translation>Start- und End-Tag passen nicht zusammen (beschädigtes XML)</translation>
    </message>
    <message>
        <location filename="../ui/import_messages.py" />
        <source>the file is empty or not XML</source>
        <translation>die Datei ist leer oder kein XML</translation>
    </message>
    <message>
        <location filename="../ui/import_messages.py" />
        <source>the XML is damaged or the file is truncated (e.g. an interrupted download)</source>
        <translation>das XML ist beschädigt oder die Datei abgeschnitten (z. B. durch einen unterbrochenen Download)</translation>
    </message>
    <message>
        <location filename="../ui/import_messages.py" />
        <source>the file declares entities, which are not read for safety</source>
        <translation>die Datei deklariert Entitäten, die aus Sicherheitsgründen nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/import_messages.py" />
        <source>the JSON is damaged or truncated</source>
        <translation>das JSON ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <location filename="../ui/import_messages.py" />
        <source>{meaning} ({original})</source>
        <translation>{meaning} ({original})</translation>
    </message>
    <message>
        <location filename="../ui/import_messages.py" />
        <source>{} buildings</source>
        <translation>{} Gebäude</translation>
    </message>
    <message>
        <location filename="../ui/import_messages.py" />
        <source>{} building parts</source>
        <translation>{} Gebäudeteile</translation>
    </message>
    <message>
        <location filename="../ui/import_messages.py" />
        <source>{} surfaces</source>
        <translation>{} Flächen</translation>
    </message>
    <message>
        <location filename="../ui/import_messages.py" />
        <source>{} plan objects</source>
        <translation>{} Planobjekte</translation>
    </message>
    <message>
        <location filename="../ui/import_messages.py" />
        <source>no reason was reported; see the log</source>
        <translation>kein Grund gemeldet; siehe Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/import_messages.py" />
        <source>Import of {name} failed: {reason}</source>
        <translation>Import von {name} fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/import_messages.py" />
        <source>skipped objects: {}</source>
        <translation>übersprungene Objekte: {}</translation>
    </message>
    <message>
        <location filename="../ui/import_messages.py" />
        <source>the import is incomplete</source>
        <translation>der Import ist unvollständig</translation>
    </message>
    <message>
        <location filename="../ui/import_messages.py" />
        <source>problems: {}</source>
        <translation>Probleme: {}</translation>
    </message>
    <message>
        <location filename="../ui/import_messages.py" />
        <source>(and {} more)</source>
        <translation>(und {} weitere)</translation>
    </message>
    <message>
        <location filename="../ui/import_messages.py" />
        <source>{name} imported only in part: {counts}; {lost}.</source>
        <translation>{name} nur teilweise importiert: {counts}; {lost}.</translation>
    </message>
    <message>
        <location filename="../ui/import_messages.py" />
        <source>Why: {}</source>
        <translation>Grund: {}</translation>
    </message>
    <message>
        <location filename="../ui/import_messages.py" />
        <source>{name} imported: {counts}.</source>
        <translation>{name} importiert: {counts}.</translation>
    </message>
    <message>
        <location filename="../ui/import_messages.py" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/main_gui.py" />
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/measure_dock.py" />
        <source>Click a building with the tool 'Measure building'.</source>
        <translation>Klicken Sie mit dem Werkzeug „Gebäude vermessen“ auf ein Gebäude.</translation>
    </message>
    <message>
        <location filename="../ui/measure_dock.py" />
        <source>Copy as table</source>
        <translation>Als Tabelle kopieren</translation>
    </message>
    <message>
        <location filename="../ui/measure_dock.py" />
        <source>Export (CSV/XLSX)…</source>
        <translation>Exportieren (CSV/XLSX)…</translation>
    </message>
    <message>
        <location filename="../ui/measure_dock.py" />
        <source>3D distance: horizontal {} m, height difference {} m, slope distance {} m</source>
        <translation>3D-Abstand: horizontal {} m, Höhenunterschied {} m, Schrägstrecke {} m</translation>
    </message>
    <message>
        <location filename="../ui/measure_dock.py" />
        <source>Export measures</source>
        <translation>Maße exportieren</translation>
    </message>
    <message>
        <location filename="../ui/measure_dock.py" />
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/measure_dock.py" />
        <source>Measures written to {}</source>
        <translation>Maße geschrieben nach {}</translation>
    </message>
    <message>
        <location filename="../ui/measure_tool.py" />
        <source>No buildings layer of an Urban Twin import in the project.</source>
        <translation>Keine Gebäudeebene eines Urban-Twin-Imports im Projekt.</translation>
    </message>
    <message>
        <location filename="../ui/measure_tool.py" />
        <source>Building {}</source>
        <translation>Gebäude {}</translation>
    </message>
    <message>
        <location filename="../ui/measure_tool.py" />
        <source>No building at this point.</source>
        <translation>An dieser Stelle ist kein Gebäude.</translation>
    </message>
    <message>
        <location filename="../ui/measure_tool.py" />
        <source>Click on a vertex or edge of a building.</source>
        <translation>Bitte auf einen Eckpunkt oder eine Kante eines Gebäudes klicken.</translation>
    </message>
    <message>
        <location filename="../ui/measure_tool.py" />
        <source>First point at {:.2f} m height; click the second point.</source>
        <translation>Erster Punkt in {:.2f} m Höhe; bitte den zweiten Punkt klicken.</translation>
    </message>
    <message>
        <location filename="../ui/measure_tool.py" />
        <source>Measure building</source>
        <translation>Gebäude vermessen</translation>
    </message>
    <message>
        <location filename="../ui/measure_tool.py" />
        <source>Measure 3D distance</source>
        <translation>3D-Abstand messen</translation>
    </message>
    <message>
        <location filename="../ui/measure_tool.py" />
        <source>Measure all buildings (layer)…</source>
        <translation>Alle Gebäude vermessen (Ebene)…</translation>
    </message>
    <message>
        <location filename="../ui/measure_tool.py" />
        <source>Export for 3D printing (STL/3MF)…</source>
        <translation>Für den 3D-Druck exportieren (STL/3MF)…</translation>
    </message>
    <message>
        <location filename="../ui/measure_tool.py" />
        <source>Export as 3D Tiles for the web…</source>
        <translation>Als 3D Tiles fürs Web exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" />
        <source>Import 3D city model…</source>
        <translation>3D-Stadtmodell importieren…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" />
        <source>Import XPlanGML plan…</source>
        <translation>XPlanGML-Plan importieren…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" />
        <source>Validate XPlanGML plan…</source>
        <translation>XPlanGML-Plan prüfen…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" />
        <source>Export XPlanGML 6.0…</source>
        <translation>XPlanGML 6.0 exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" />
        <source>Bebauungsplan check…</source>
        <translation>Bebauungsplan-Check…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" />
        <source>District key figures…</source>
        <translation>Quartierskennzahlen…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" />
        <source>Solar potential of roofs…</source>
        <translation>Solarpotenzial der Dächer…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" />
        <source>Shadows…</source>
        <translation>Schattenwurf…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" />
        <source>Sun hours…</source>
        <translation>Besonnungsdauer…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" />
        <source>Building masses from footprints…</source>
        <translation>Baukörper aus Grundrissen…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" />
        <source>Compare planning variants…</source>
        <translation>Planungsvarianten vergleichen…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" />
        <source>Publish layer to catalogue…</source>
        <translation>Layer im Katalog veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" />
        <source>Fetch result from catalogue…</source>
        <translation>Ergebnis aus dem Katalog laden…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" />
        <source>Create sample district (Musterquartier)…</source>
        <translation>Beispielquartier (Musterquartier) erzeugen…</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" />
        <source>These details appear on every council sheet (dialog, toolbox, models).</source>
        <translation>Diese Angaben erscheinen auf jeder Ratsvorlage (Dialog, Werkzeugkiste, Modelle).</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" />
        <source>e.g. © Stadt Musterstadt, Datenlizenz Deutschland – Namensnennung 2.0</source>
        <translation>z. B. © Stadt Musterstadt, Datenlizenz Deutschland – Namensnennung 2.0</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" />
        <source>Default licence text</source>
        <translation>Standard-Lizenztext</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" />
        <source>Record every Urban Twin run in the local run log (for the Wirkungsnachweis)</source>
        <translation>Jeden Urban-Twin-Lauf im lokalen Laufprotokoll erfassen (für den Wirkungsnachweis)</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" />
        <source>Algorithm, time, duration, success, object counts and content hashes — no names, no paths. Kept in your QGIS profile and sent nowhere.</source>
        <translation>Algorithmus, Zeitpunkt, Dauer, Erfolg, Objektzahlen und Inhalts-Prüfsummen — keine Namen, keine Pfade. Liegt in Ihrem QGIS-Profil und wird nirgendwohin gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/settings_page.py" />
        <source>Run log</source>
        <translation>Laufprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Flat roof</source>
        <translation>Flachdach</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Shed roof</source>
        <translation>Pultdach</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Gable roof</source>
        <translation>Satteldach</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Hip roof</source>
        <translation>Walmdach</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Pyramid roof</source>
        <translation>Zeltdach</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Variants in the project (tick to show in 2D and 3D):</source>
        <translation>Varianten im Projekt (Haken = in 2D und 3D anzeigen):</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>New variant from the selected footprints</source>
        <translation>Neue Variante aus den ausgewählten Grundrissen</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Variant A</source>
        <translation>Variante A</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Roof pitch (°)</source>
        <translation>Dachneigung (°)</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>City model</source>
        <translation>Stadtmodell</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Create variant</source>
        <translation>Variante erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Select one or more footprints (polygons) in the active layer first.</source>
        <translation>Bitte zuerst einen oder mehrere Grundrisse (Flächen) im aktiven Layer auswählen.</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Load a city model (import GeoPackage) into the project first.</source>
        <translation>Bitte zuerst ein Stadtmodell (Import-GeoPackage) ins Projekt laden.</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Variant “{}” created: {}</source>
        <translation>Variante „{}“ erzeugt: {}</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Choose a city model and tick at least one variant to compare.</source>
        <translation>Bitte ein Stadtmodell wählen und mindestens eine Variante zum Vergleich anhaken.</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Comparing {} variants …</source>
        <translation>Vergleiche {} Varianten …</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>The comparison was cancelled or failed; see the log.</source>
        <translation>Der Vergleich wurde abgebrochen oder ist fehlgeschlagen; siehe Protokoll.</translation>
    </message>
    <message>
        <location filename="../ui/variants_dock.py" />
        <source>Comparison finished: {}</source>
        <translation>Vergleich fertig: {}</translation>
    </message>
</context>
</TS>