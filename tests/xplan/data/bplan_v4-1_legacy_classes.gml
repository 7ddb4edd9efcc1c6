<?xml version="1.0" encoding="UTF-8"?>
<!-- Hand-made XPlanGML 4.1 test plan for Urban Twin (issue #11): 4.x names (gehoertZuBP_Bereich, inhaltBPlan),
     no plan name, objects without rechtscharakter, classes that 6.0 no longer has. Schema-valid. CC0. -->
<xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/4/1" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="L41_auszug">
  <gml:boundedBy><gml:Envelope srsName="EPSG:25832"><gml:lowerCorner>399990 5699980</gml:lowerCorner><gml:upperCorner>400120 5700070</gml:upperCorner></gml:Envelope></gml:boundedBy>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="L41_plan"><xplan:nummer>17/4.1</xplan:nummer><xplan:raeumlicherGeltungsbereich><gml:Polygon gml:id="L41_g_plan" srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>399990 5699980 400120 5699980 400120 5700070 399990 5700070 399990 5699980</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></xplan:raeumlicherGeltungsbereich><xplan:texte xlink:href="#L41_text1"/><xplan:gemeinde><xplan:XP_Gemeinde><xplan:ags>05515000</xplan:ags><xplan:gemeindeName>Musterstadt</xplan:gemeindeName></xplan:XP_Gemeinde></xplan:gemeinde><xplan:planArt>1000</xplan:planArt><xplan:rechtsstand>4000</xplan:rechtsstand><xplan:bereich xlink:href="#L41_bereich"/></xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Bereich gml:id="L41_bereich"><xplan:nummer>0</xplan:nummer><xplan:praesentationsobjekt xlink:href="#L41_ppo1"/><xplan:rasterBasis xlink:href="#L41_raster"/><xplan:gehoertZuPlan xlink:href="#L41_plan"/><xplan:inhaltBPlan xlink:href="#L41_btf1"/><xplan:inhaltBPlan xlink:href="#L41_btf2"/><xplan:inhaltBPlan xlink:href="#L41_svf"/><xplan:inhaltBPlan xlink:href="#L41_lw"/><xplan:inhaltBPlan xlink:href="#L41_gew"/><xplan:inhaltBPlan xlink:href="#L41_rek"/><xplan:inhaltBPlan xlink:href="#L41_tff"/><xplan:inhaltBPlan xlink:href="#L41_frl"/><xplan:inhaltBPlan xlink:href="#L41_bg"/><xplan:inhaltBPlan xlink:href="#L41_erh"/></xplan:BP_Bereich>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="L41_btf1"><xplan:hoehenangabe><xplan:XP_Hoehenangabe><xplan:hoehenbezug>1000</xplan:hoehenbezug><xplan:bezugspunkt>6000</xplan:bezugspunkt><xplan:hMax uom="m">62.5</xplan:hMax></xplan:XP_Hoehenangabe></xplan:hoehenangabe><xplan:wirdDargestelltDurch xlink:href="#L41_ppo1"/><xplan:rechtscharakter>1000</xplan:rechtscharakter><xplan:gehoertZuBP_Bereich xlink:href="#L41_bereich"/><xplan:position><gml:Polygon gml:id="L41_g_btf1" srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>400000 5700000 400060 5700000 400060 5700040 400000 5700040 400000 5700000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></xplan:position><xplan:flaechenschluss>true</xplan:flaechenschluss><xplan:DN uom="grad">35</xplan:DN><xplan:dachform>3100</xplan:dachform><xplan:GFZ>0.8</xplan:GFZ><xplan:GRZ>0.4</xplan:GRZ><xplan:Z>2</xplan:Z><xplan:allgArtDerBaulNutzung>1000</xplan:allgArtDerBaulNutzung><xplan:besondereArtDerBaulNutzung>1200</xplan:besondereArtDerBaulNutzung><xplan:bauweise>1000</xplan:bauweise></xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="L41_btf2"><xplan:gehoertZuBP_Bereich xlink:href="#L41_bereich"/><xplan:position><gml:Polygon gml:id="L41_g_btf2" srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>400060 5700000 400100 5700000 400100 5700040 400060 5700040 400060 5700000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></xplan:position><xplan:flaechenschluss>true</xplan:flaechenschluss><xplan:GRZ>0.6</xplan:GRZ><xplan:allgArtDerBaulNutzung>2000</xplan:allgArtDerBaulNutzung><xplan:besondereArtDerBaulNutzung>1500</xplan:besondereArtDerBaulNutzung></xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenVerkehrsFlaeche gml:id="L41_svf"><xplan:rechtscharakter>1000</xplan:rechtscharakter><xplan:gehoertZuBP_Bereich xlink:href="#L41_bereich"/><xplan:position><gml:Polygon gml:id="L41_g_svf" srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>400000 5699990 400100 5699990 400100 5700000 400000 5700000 400000 5699990</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></xplan:position><xplan:flaechenschluss>true</xplan:flaechenschluss></xplan:BP_StrassenVerkehrsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Landwirtschaft gml:id="L41_lw"><xplan:gehoertZuBP_Bereich xlink:href="#L41_bereich"/><xplan:position><gml:Polygon gml:id="L41_g_lw" srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>400000 5700040 400100 5700040 400100 5700060 400000 5700060 400000 5700040</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></xplan:position><xplan:zweckbestimmung>1000</xplan:zweckbestimmung></xplan:BP_Landwirtschaft>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GewaesserFlaeche gml:id="L41_gew"><xplan:gehoertZuBP_Bereich xlink:href="#L41_bereich"/><xplan:position><gml:Polygon gml:id="L41_g_gew" srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>400100 5699990 400110 5699990 400110 5700060 400100 5700060 400100 5699990</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></xplan:position><xplan:flaechenschluss>false</xplan:flaechenschluss></xplan:BP_GewaesserFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_RekultivierungsFlaeche gml:id="L41_rek"><xplan:text>Rekultivierung der ehemaligen Kiesgrube</xplan:text><xplan:gehoertZuBP_Bereich xlink:href="#L41_bereich"/><xplan:position><gml:Polygon gml:id="L41_g_rek" srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>400010 5700045 400030 5700045 400030 5700055 400010 5700055 400010 5700045</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></xplan:position><xplan:flaechenschluss>false</xplan:flaechenschluss></xplan:BP_RekultivierungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_TextlicheFestsetzungsFlaeche gml:id="L41_tff"><xplan:gehoertZuBP_Bereich xlink:href="#L41_bereich"/><xplan:position><gml:Polygon gml:id="L41_g_tff" srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>400005 5700005 400015 5700005 400015 5700015 400005 5700015 400005 5700005</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></xplan:position><xplan:flaechenschluss>false</xplan:flaechenschluss></xplan:BP_TextlicheFestsetzungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_FirstRichtungsLinie gml:id="L41_frl"><xplan:gehoertZuBP_Bereich xlink:href="#L41_bereich"/><xplan:position><gml:LineString gml:id="L41_g_frl" srsName="EPSG:25832"><gml:posList>400010 5700020 400050 5700020</gml:posList></gml:LineString></xplan:position></xplan:BP_FirstRichtungsLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="L41_bg"><xplan:rechtscharakter>1000</xplan:rechtscharakter><xplan:gehoertZuBP_Bereich xlink:href="#L41_bereich"/><xplan:position><gml:LineString gml:id="L41_g_bg" srsName="EPSG:25832"><gml:posList>400005 5700005 400055 5700005 400055 5700035</gml:posList></gml:LineString></xplan:position></xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:SO_SchutzgebietNaturschutzrecht gml:id="L41_nsg"><xplan:rechtscharakter>4000</xplan:rechtscharakter><xplan:position><gml:Polygon gml:id="L41_g_nsg" srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>400070 5700042 400095 5700042 400095 5700057 400070 5700057 400070 5700042</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></xplan:position><xplan:flaechenschluss>false</xplan:flaechenschluss><xplan:artDerFestlegung>1000</xplan:artDerFestlegung><xplan:name>Auenwiesen</xplan:name></xplan:SO_SchutzgebietNaturschutzrecht>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_ErhaltungsBereichFlaeche gml:id="L41_erh"><xplan:gehoertZuBP_Bereich xlink:href="#L41_bereich"/><xplan:position><gml:Polygon gml:id="L41_g_erh" srsName="EPSG:25832"><gml:exterior><gml:LinearRing><gml:posList>400062 5700002 400082 5700002 400082 5700022 400062 5700022 400062 5700002</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></xplan:position><xplan:flaechenschluss>false</xplan:flaechenschluss><xplan:grund>1000</xplan:grund></xplan:BP_ErhaltungsBereichFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PPO gml:id="L41_ppo1"><xplan:art>besondereArtDerBaulNutzung</xplan:art><xplan:index>0</xplan:index><xplan:gehoertZuBereich xlink:href="#L41_bereich"/><xplan:dientZurDarstellungVon xlink:href="#L41_btf1"/><xplan:position><gml:Point gml:id="L41_g_ppo" srsName="EPSG:25832"><gml:pos>400030 5700020</gml:pos></gml:Point></xplan:position></xplan:XP_PPO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_RasterplanBasis gml:id="L41_raster"><xplan:refScan><xplan:XP_ExterneReferenz><xplan:georefURL>plan.pgw</xplan:georefURL><xplan:referenzURL>plan.png</xplan:referenzURL></xplan:XP_ExterneReferenz></xplan:refScan></xplan:XP_RasterplanBasis>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_TextAbschnitt gml:id="L41_text1"><xplan:schluessel>§1</xplan:schluessel><xplan:text>Im WA sind Tankstellen nicht zulässig.</xplan:text><xplan:rechtscharakter>1000</xplan:rechtscharakter></xplan:BP_TextAbschnitt>
  </gml:featureMember>
</xplan:XPlanAuszug>
