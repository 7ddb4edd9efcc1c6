"""Write the two hand-made legacy test plans (XPlanGML 4.0 and 4.1, schema-valid, CC0) next to this script.

They carry what real 4.x plans have and 6.0 does not: gehoertZuBP_Bereich / inhaltBPlan, no plan name,
objects without rechtscharakter, classes removed in 6.0 (BP_Landwirtschaft, BP_GewaesserFlaeche, BP_RekultivierungsFlaeche,
BP_TextlicheFestsetzungsFlaeche, BP_FirstRichtungsLinie, SO_SchutzgebietNaturschutzrecht, XP_RasterplanBasis, 4.0 BP_Baugebiet
without geometry …) and an object outside every Bereich. Run: python3 tests/xplan/data/make_legacy_plans.py
"""

import os


def poly(gid, x0, y0, w, h):
    pts = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h), (x0, y0)]
    return ('<gml:Polygon gml:id="{}" srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>{}</gml:posList>'
            '</gml:LinearRing></gml:exterior></gml:Polygon>').format(gid, " ".join("{} {}".format(x, y) for x, y in pts))

def line(gid, pts):
    return '<gml:LineString gml:id="{}" srsName="EPSG:25832"><gml:posList>{}</gml:posList></gml:LineString>'.format(
        gid, " ".join("{} {}".format(x, y) for x, y in pts))

def point(gid, x, y):
    return '<gml:Point gml:id="{}" srsName="EPSG:25832"><gml:pos>{} {}</gml:pos></gml:Point>'.format(gid, x, y)

def member(body):
    return "  <gml:featureMember>\n    {}\n  </gml:featureMember>\n".format(body)

X, Y = 400000, 5700000

def build(version):
    ns = "http://www.xplanung.de/xplangml/{}".format(version.replace(".", "/"))
    p = "L{}_".format(version.replace(".", ""))

    def ids(name):
        return p + name

    contents = []  # (id, xml)
    # Baugebietsteilfläche WA with 4.x-style roof attributes and heights; rechtscharakter given
    contents.append((ids("btf1"), (
        '<xplan:BP_BaugebietsTeilFlaeche gml:id="{i}"><xplan:hoehenangabe><xplan:XP_Hoehenangabe>'
        '<xplan:hoehenbezug>1000</xplan:hoehenbezug><xplan:bezugspunkt>6000</xplan:bezugspunkt><xplan:hMax uom="m">62.5</xplan:hMax>'
        '</xplan:XP_Hoehenangabe></xplan:hoehenangabe><xplan:wirdDargestelltDurch xlink:href="#{ppo}"/>'
        '<xplan:rechtscharakter>1000</xplan:rechtscharakter><xplan:gehoertZuBP_Bereich xlink:href="#{b}"/>'
        '<xplan:position>{g}</xplan:position><xplan:flaechenschluss>true</xplan:flaechenschluss>'
        '<xplan:DN uom="grad">35</xplan:DN><xplan:dachform>3100</xplan:dachform>'
        '<xplan:GFZ>0.8</xplan:GFZ><xplan:GRZ>0.4</xplan:GRZ><xplan:Z>2</xplan:Z>'
        '<xplan:allgArtDerBaulNutzung>1000</xplan:allgArtDerBaulNutzung><xplan:besondereArtDerBaulNutzung>1200</xplan:besondereArtDerBaulNutzung>'
        '<xplan:bauweise>1000</xplan:bauweise></xplan:BP_BaugebietsTeilFlaeche>').format(
            i=ids("btf1"), b=ids("bereich"), ppo=ids("ppo1"), g=poly(ids("g_btf1"), X, Y, 60, 40))))
    # second zone without rechtscharakter (optional in 4.x, mandatory in 6.0)
    contents.append((ids("btf2"), (
        '<xplan:BP_BaugebietsTeilFlaeche gml:id="{i}"><xplan:gehoertZuBP_Bereich xlink:href="#{b}"/>'
        '<xplan:position>{g}</xplan:position><xplan:flaechenschluss>true</xplan:flaechenschluss>'
        '<xplan:GRZ>0.6</xplan:GRZ><xplan:allgArtDerBaulNutzung>2000</xplan:allgArtDerBaulNutzung>'
        '<xplan:besondereArtDerBaulNutzung>1500</xplan:besondereArtDerBaulNutzung></xplan:BP_BaugebietsTeilFlaeche>').format(
            i=ids("btf2"), b=ids("bereich"), g=poly(ids("g_btf2"), X + 60, Y, 40, 40))))
    contents.append((ids("svf"), (
        '<xplan:BP_StrassenVerkehrsFlaeche gml:id="{i}"><xplan:rechtscharakter>1000</xplan:rechtscharakter>'
        '<xplan:gehoertZuBP_Bereich xlink:href="#{b}"/><xplan:position>{g}</xplan:position>'
        '<xplan:flaechenschluss>true</xplan:flaechenschluss></xplan:BP_StrassenVerkehrsFlaeche>').format(
            i=ids("svf"), b=ids("bereich"), g=poly(ids("g_svf"), X, Y - 10, 100, 10))))
    contents.append((ids("lw"), (
        '<xplan:BP_Landwirtschaft gml:id="{i}"><xplan:gehoertZuBP_Bereich xlink:href="#{b}"/><xplan:position>{g}</xplan:position>'
        '<xplan:zweckbestimmung>1000</xplan:zweckbestimmung></xplan:BP_Landwirtschaft>').format(
            i=ids("lw"), b=ids("bereich"), g=poly(ids("g_lw"), X, Y + 40, 100, 20))))
    contents.append((ids("gew"), (
        '<xplan:BP_GewaesserFlaeche gml:id="{i}"><xplan:gehoertZuBP_Bereich xlink:href="#{b}"/><xplan:position>{g}</xplan:position>'
        '<xplan:flaechenschluss>false</xplan:flaechenschluss></xplan:BP_GewaesserFlaeche>').format(
            i=ids("gew"), b=ids("bereich"), g=poly(ids("g_gew"), X + 100, Y - 10, 10, 70))))
    contents.append((ids("rek"), (
        '<xplan:BP_RekultivierungsFlaeche gml:id="{i}"><xplan:text>Rekultivierung der ehemaligen Kiesgrube</xplan:text>'
        '<xplan:gehoertZuBP_Bereich xlink:href="#{b}"/><xplan:position>{g}</xplan:position>'
        '<xplan:flaechenschluss>false</xplan:flaechenschluss></xplan:BP_RekultivierungsFlaeche>').format(
            i=ids("rek"), b=ids("bereich"), g=poly(ids("g_rek"), X + 10, Y + 45, 20, 10))))
    contents.append((ids("tff"), (
        '<xplan:BP_TextlicheFestsetzungsFlaeche gml:id="{i}"><xplan:gehoertZuBP_Bereich xlink:href="#{b}"/>'
        '<xplan:position>{g}</xplan:position><xplan:flaechenschluss>false</xplan:flaechenschluss>'
        '</xplan:BP_TextlicheFestsetzungsFlaeche>').format(i=ids("tff"), b=ids("bereich"), g=poly(ids("g_tff"), X + 5, Y + 5, 10, 10))))
    contents.append((ids("frl"), (
        '<xplan:BP_FirstRichtungsLinie gml:id="{i}"><xplan:gehoertZuBP_Bereich xlink:href="#{b}"/><xplan:position>{g}</xplan:position>'
        '</xplan:BP_FirstRichtungsLinie>').format(i=ids("frl"), b=ids("bereich"), g=line(ids("g_frl"), [(X + 10, Y + 20), (X + 50, Y + 20)]))))
    contents.append((ids("bg"), (
        '<xplan:BP_BauGrenze gml:id="{i}"><xplan:rechtscharakter>1000</xplan:rechtscharakter><xplan:gehoertZuBP_Bereich xlink:href="#{b}"/>'
        '<xplan:position>{g}</xplan:position></xplan:BP_BauGrenze>').format(
            i=ids("bg"), b=ids("bereich"), g=line(ids("g_bg"), [(X + 5, Y + 5), (X + 55, Y + 5), (X + 55, Y + 35)]))))
    contents.append((ids("nsg"), (
        '<xplan:SO_SchutzgebietNaturschutzrecht gml:id="{i}"><xplan:rechtscharakter>4000</xplan:rechtscharakter>'
        '<xplan:position>{g}</xplan:position><xplan:flaechenschluss>false</xplan:flaechenschluss>'
        '<xplan:artDerFestlegung>1000</xplan:artDerFestlegung><xplan:name>Auenwiesen</xplan:name>'
        '</xplan:SO_SchutzgebietNaturschutzrecht>').format(i=ids("nsg"), g=poly(ids("g_nsg"), X + 70, Y + 42, 25, 15))))
    if version == "4.0":
        # 4.0 only: the aggregate BP_Baugebiet has no geometry of its own, and a Denkmal ensemble
        contents.append((ids("bgebiet"), (
            '<xplan:BP_Baugebiet gml:id="{i}"><xplan:gehoertZuBP_Bereich xlink:href="#{b}"/><xplan:GRZ>0.4</xplan:GRZ>'
            '<xplan:flaechenteil xlink:href="#{t1}"/><xplan:flaechenteil xlink:href="#{t2}"/></xplan:BP_Baugebiet>').format(
                i=ids("bgebiet"), b=ids("bereich"), t1=ids("btf1"), t2=ids("btf2"))))
        contents.append((ids("denk"), (
            '<xplan:BP_DenkmalschutzEnsembleFlaeche gml:id="{i}"><xplan:gehoertZuBP_Bereich xlink:href="#{b}"/>'
            '<xplan:position>{g}</xplan:position><xplan:flaechenschluss>false</xplan:flaechenschluss>'
            '<xplan:denkmal>Ortskern</xplan:denkmal></xplan:BP_DenkmalschutzEnsembleFlaeche>').format(
                i=ids("denk"), b=ids("bereich"), g=poly(ids("g_denk"), X + 20, Y + 10, 15, 15))))
    else:
        contents.append((ids("erh"), (
            '<xplan:BP_ErhaltungsBereichFlaeche gml:id="{i}"><xplan:gehoertZuBP_Bereich xlink:href="#{b}"/>'
            '<xplan:position>{g}</xplan:position><xplan:flaechenschluss>false</xplan:flaechenschluss>'
            '<xplan:grund>1000</xplan:grund></xplan:BP_ErhaltungsBereichFlaeche>').format(
                i=ids("erh"), b=ids("bereich"), g=poly(ids("g_erh"), X + 62, Y + 2, 20, 20))))
    ppo = ('<xplan:XP_PPO gml:id="{i}"><xplan:art>besondereArtDerBaulNutzung</xplan:art>{idx}<xplan:gehoertZuBereich xlink:href="#{b}"/>'
           '<xplan:dientZurDarstellungVon xlink:href="#{t}"/><xplan:position>{g}</xplan:position></xplan:XP_PPO>').format(
        i=ids("ppo1"), b=ids("bereich"), t=ids("btf1"), g=point(ids("g_ppo"), X + 30, Y + 20),
        idx="<xplan:index>0</xplan:index>" if version == "4.1" else "")
    raster = ('<xplan:XP_RasterplanBasis gml:id="{i}"><xplan:refScan><xplan:XP_ExterneReferenz>'
              '<xplan:georefURL>plan.pgw</xplan:georefURL><xplan:referenzURL>plan.png</xplan:referenzURL>'
              '</xplan:XP_ExterneReferenz></xplan:refScan></xplan:XP_RasterplanBasis>').format(i=ids("raster"))
    text = ""
    if version == "4.1":
        text = ('<xplan:BP_TextAbschnitt gml:id="{i}"><xplan:schluessel>§1</xplan:schluessel>'
                '<xplan:text>Im WA sind Tankstellen nicht zulässig.</xplan:text><xplan:rechtscharakter>1000</xplan:rechtscharakter>'
                '</xplan:BP_TextAbschnitt>').format(i=ids("text1"))
    bereich = ('<xplan:BP_Bereich gml:id="{i}"><xplan:nummer>0</xplan:nummer><xplan:praesentationsobjekt xlink:href="#{ppo}"/>'
               '<xplan:rasterBasis xlink:href="#{r}"/><xplan:gehoertZuPlan xlink:href="#{plan}"/>{inhalt}</xplan:BP_Bereich>').format(
        i=ids("bereich"), ppo=ids("ppo1"), r=ids("raster"), plan=ids("plan"),
        inhalt="".join('<xplan:inhaltBPlan xlink:href="#{}"/>'.format(i) for i, _ in contents if not i.endswith("nsg")))
    # no <name>: optional in 4.x, mandatory in 6.0
    plan = ('<xplan:BP_Plan gml:id="{i}"><xplan:nummer>17/{v}</xplan:nummer><xplan:raeumlicherGeltungsbereich>{g}</xplan:raeumlicherGeltungsbereich>'
            '{texte}<xplan:gemeinde><xplan:XP_Gemeinde><xplan:ags>05515000</xplan:ags><xplan:gemeindeName>Musterstadt</xplan:gemeindeName>'
            '</xplan:XP_Gemeinde></xplan:gemeinde><xplan:planArt>1000</xplan:planArt><xplan:rechtsstand>4000</xplan:rechtsstand>'
            '<xplan:bereich xlink:href="#{b}"/></xplan:BP_Plan>').format(
        i=ids("plan"), v=version, g=poly(ids("g_plan"), X - 10, Y - 20, 130, 90), b=ids("bereich"),
        texte='<xplan:texte xlink:href="#{}"/>'.format(ids("text1")) if version == "4.1" else "")
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
           '<!-- Hand-made XPlanGML {v} test plan for Urban Twin (issue #11): 4.x names (gehoertZuBP_Bereich, inhaltBPlan),\n'
           '     no plan name, objects without rechtscharakter, classes that 6.0 no longer has. Schema-valid. CC0. -->\n'.format(v=version),
           '<xplan:XPlanAuszug xmlns:xplan="{ns}" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" '
           'gml:id="{p}auszug">\n'.format(ns=ns, p=p),
           '  <gml:boundedBy><gml:Envelope srsName="EPSG:25832"><gml:lowerCorner>{} {}</gml:lowerCorner><gml:upperCorner>{} {}</gml:upperCorner>'
           '</gml:Envelope></gml:boundedBy>\n'.format(X - 10, Y - 20, X + 120, Y + 70)]
    out.append(member(plan))
    out.append(member(bereich))
    for _, xml in contents:
        out.append(member(xml))
    out.append(member(ppo))
    out.append(member(raster))
    if text:
        out.append(member(text))
    out.append("</xplan:XPlanAuszug>\n")
    return "".join(out)

for version in ("4.0", "4.1"):
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bplan_v{}_legacy_classes.gml".format(version.replace(".", "-")))
    open(path, "w", encoding="utf-8").write(build(version))
    print(path)
