<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>@default</name>
    <message>
        <location filename="../core/atomic.py" line="19" />
        <source>The output folder does not exist.</source>
        <translation>Der Ausgabeordner existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/atomic.py" line="21" />
        <source>The output folder is not writable.</source>
        <translation>Der Ausgabeordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="23" />
        <source>File {}</source>
        <translation>Datei {}</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="25" />
        <source>object {}</source>
        <translation>Objekt {}</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="27" />
        <source>line {}</source>
        <translation>Zeile {}</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="40" />
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/processing/provider.py" line="32" />
        <source>Urban Twin – urban digital twin tools</source>
        <translation>Urban Twin – Werkzeuge für den urbanen digitalen Zwilling</translation>
    </message>
    <message>
        <location filename="../core/xmlsafe.py" line="38" />
        <source>The document declares a DTD or entities; they are not allowed (protection against XXE and entity expansion).</source>
        <translation>Das Dokument deklariert eine DTD oder Entitäten; diese sind nicht erlaubt (Schutz vor XXE und Entity-Expansion).</translation>
    </message>
    <message>
        <location filename="../core/xmlsafe.py" line="63" />
        <source>The document declares a DTD or entities; they are not allowed.</source>
        <translation>Das Dokument deklariert eine DTD oder Entitäten; diese sind nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/xmlsafe.py" line="67" />
        <source>Invalid XML: {}</source>
        <translation>Ungültiges XML: {}</translation>
    </message>
    <message>
        <location filename="../ui/main_gui.py" line="47" />
        <source>Urban Twin</source>
        <translation>Urban Twin</translation>
    </message>
    <message>
        <location filename="../ui/drop_handler.py" line="64" />
        <source>Import failed: {}</source>
        <translation>Import fehlgeschlagen: {}</translation>
    </message>
    <message>
        <location filename="../ui/drop_handler.py" line="68" />
        <source>Imported {} into {}</source>
        <translation>{} importiert nach {}</translation>
    </message>
    <message>
        <location filename="../ui/main_gui.py" line="67" />
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" line="13" />
        <source>Import 3D city model…</source>
        <translation>3D-Stadtmodell importieren…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" line="14" />
        <source>Import XPlanGML plan…</source>
        <translation>XPlanGML-Plan importieren…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" line="15" />
        <source>Validate XPlanGML plan…</source>
        <translation>XPlanGML-Plan prüfen…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" line="16" />
        <source>Export XPlanGML 6.0…</source>
        <translation>XPlanGML 6.0 exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" line="18" />
        <source>Bebauungsplan check…</source>
        <translation>Bebauungsplan-Check…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" line="19" />
        <source>District key figures…</source>
        <translation>Quartierskennzahlen…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" line="20" />
        <source>Solar potential of roofs…</source>
        <translation>Solarpotenzial der Dächer…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" line="21" />
        <source>Shadows…</source>
        <translation>Schattenwurf…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" line="22" />
        <source>Sun hours…</source>
        <translation>Besonnungsdauer…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" line="24" />
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" line="25" />
        <source>Publish layer to catalogue…</source>
        <translation>Layer im Katalog veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" line="26" />
        <source>Fetch result from catalogue…</source>
        <translation>Ergebnis aus dem Katalog laden…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" line="28" />
        <source>Export council map…</source>
        <translation>Ratsvorlage exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/menu_entries.py" line="30" />
        <source>Create sample district (Musterquartier)…</source>
        <translation>Beispielquartier (Musterquartier) erzeugen…</translation>
    </message>
</context>
</TS>