<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<!--Erzeugt mit FZK (www.iai.fzk.de) XPlanGML-Toolbox, Erstellungsdatum: 03/25/10-->
<XPlanAuszug xmlns="http://www.xplanung.de/xplangml/4/0"
  xmlns:xplan="http://www.xplanung.de/xplangml/4/0" xmlns:gml="http://www.opengis.net/gml/3.2"
  xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:wfs="http://www.opengis.net/wfs"
  xsi:schemaLocation="http://www.xplanung.de/xplangml/4/0 http://www.xplanungwiki.de/upload/XPlanGML/4.0/Schema/XPlanung-Operationen.xsd"
  gml:id="GML_3aebe595-a72f-43b9-8dd3-c3c757edd558">
  <gml:boundedBy>
    <gml:Envelope srsName="EPSG:31467">
      <gml:lowerCorner>3478519.018 5889194.887</gml:lowerCorner>
      <gml:upperCorner>3480922.418 5890728.997</gml:upperCorner>
    </gml:Envelope>
  </gml:boundedBy>
  <gml:featureMember>
    <xplan:BP_Plan gml:id="GML_79eecd1b-f030-4c50-a359-732eb3d66992">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478519.018 5889194.887</gml:lowerCorner>
          <gml:upperCorner>3480922.418 5890728.997</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:beschreibung>Testdatensatz XPlabGML</xplan:beschreibung>
      <xplan:technHerstellDatum>2001-08-06</xplan:technHerstellDatum>
      <xplan:xPlanGMLVersion>4.0</xplan:xPlanGMLVersion>
      <xplan:raeumlicherGeltungsbereich>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_92f9c5f1-3bc7-41bd-bff7-18fc3f12f575">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="378">3479367.656 5889625.167 3479364.766
                5889617.858 3479361.087 5889608.551 3479392.706 5889596.055 3479457.758 5889511.227
                3479573.376 5889465.541 3479574.249 5889465.196 3479578.025 5889463.704 3480237.382
                5889203.160 3480258.319 5889194.887 3480266.396 5889215.351 3480286.381 5889267.290
                3480312.598 5889332.402 3480314.433 5889337.052 3480603.948 5889222.652 3480607.590
                5889228.202 3480340.743 5889333.644 3480321.469 5889341.260 3480366.984 5889456.572
                3480377.069 5889452.587 3480405.002 5889523.156 3480415.073 5889521.440 3480465.316
                5889512.879 3480489.609 5889503.281 3480490.182 5889503.055 3480498.444 5889499.790
                3480503.548 5889497.908 3480531.106 5889488.451 3480532.277 5889488.105 3480533.474
                5889487.863 3480534.688 5889487.726 3480535.909 5889487.695 3480537.128 5889487.771
                3480538.336 5889487.953 3480539.523 5889488.239 3480540.681 5889488.628 3480541.332
                5889488.898 3480542.426 5889489.442 3480543.468 5889490.079 3480544.450 5889490.805
                3480545.365 5889491.613 3480546.207 5889492.498 3480546.968 5889493.453 3480547.643
                5889494.471 3480548.227 5889495.544 3480548.521 5889496.185 3480549.881 5889499.628
                3480574.277 5889489.997 3480572.947 5889486.630 3480572.548 5889485.475 3480572.252
                5889484.291 3480572.059 5889483.084 3480571.973 5889481.866 3480571.993 5889480.645
                3480572.120 5889479.430 3480572.352 5889478.231 3480572.687 5889477.056 3480572.801
                5889476.728 3480573.266 5889475.598 3480573.827 5889474.514 3480574.481 5889473.482
                3480575.222 5889472.511 3480576.046 5889471.609 3480576.944 5889470.781 3480577.911
                5889470.036 3480578.940 5889469.377 3480579.243 5889469.206 3480579.486 5889469.076
                3480687.901 5889426.550 3480690.272 5889425.596 3480704.322 5889419.094 3480717.752
                5889411.392 3480730.460 5889402.549 3480742.349 5889392.633 3480753.328 5889381.718
                3480763.314 5889369.887 3480763.454 5889369.720 3480763.608 5889369.566 3480763.775
                5889369.426 3480763.953 5889369.301 3480764.142 5889369.193 3480764.339 5889369.101
                3480764.544 5889369.026 3480764.754 5889368.970 3480764.969 5889368.932 3480765.186
                5889368.913 3480765.403 5889368.913 3480765.620 5889368.932 3480765.835 5889368.970
                3480766.045 5889369.027 3480766.250 5889369.101 3480766.447 5889369.193 3480766.636
                5889369.302 3480766.814 5889369.427 3480766.823 5889369.433 3480768.750 5889370.921
                3480768.770 5889370.936 3480774.151 5889363.261 3480781.666 5889350.720 3480786.272
                5889343.052 3480791.378 5889336.004 3480791.486 5889335.858 3480791.626 5889335.637
                3480791.746 5889335.405 3480791.846 5889335.163 3480791.924 5889334.913 3480791.981
                5889334.658 3480792.014 5889334.399 3480792.025 5889334.137 3480792.013 5889333.876
                3480791.979 5889333.617 3480791.922 5889333.361 3480791.843 5889333.112 3480791.742
                5889332.871 3480791.621 5889332.639 3480791.480 5889332.418 3480791.321 5889332.211
                3480791.144 5889332.018 3480790.951 5889331.842 3480790.743 5889331.683 3480790.522
                5889331.543 3480776.045 5889323.561 3480789.389 5889325.300 3480807.971 5889326.581
                3480838.403 5889326.203 3480851.806 5889324.664 3480859.563 5889324.378 3480853.214
                5889325.971 3480850.489 5889326.705 3480843.843 5889328.941 3480837.417 5889331.748
                3480831.260 5889335.105 3480825.420 5889338.985 3480819.939 5889343.359 3480817.657
                5889345.427 3480812.768 5889350.452 3480812.487 5889350.740 3480812.182 5889351.003
                3480811.855 5889351.238 3480811.509 5889351.444 3480811.146 5889351.619 3480811.056
                5889351.657 3480806.569 5889356.339 3480797.079 5889367.576 3480784.874 5889383.377
                3480785.037 5889383.522 3480785.186 5889383.681 3480785.321 5889383.852 3480785.441
                5889384.034 3480785.544 5889384.227 3480785.630 5889384.427 3480785.699 5889384.634
                3480785.744 5889384.822 3480785.777 5889385.037 3480785.792 5889385.255 3480785.788
                5889385.473 3480785.764 5889385.690 3480785.722 5889385.904 3480785.661 5889386.113
                3480785.582 5889386.317 3480785.498 5889386.491 3480776.541 5889401.630 3480766.299
                5889415.930 3480754.849 5889429.283 3480742.279 5889441.588 3480728.684 5889452.750
                3480714.168 5889462.685 3480698.842 5889471.317 3480690.202 5889475.443 3480599.917
                5889515.958 3480598.780 5889516.404 3480597.608 5889516.749 3480596.411 5889516.990
                3480595.197 5889517.127 3480593.976 5889517.157 3480592.757 5889517.080 3480591.550
                5889516.898 3480590.362 5889516.611 3480589.205 5889516.221 3480588.086 5889515.733
                3480587.013 5889515.148 3480586.553 5889514.858 3480559.705 5889525.623 3480563.349
                5889534.846 3480563.710 5889536.013 3480563.969 5889537.206 3480564.122 5889538.418
                3480564.169 5889539.638 3480564.109 5889540.858 3480563.944 5889542.068 3480563.673
                5889543.259 3480563.300 5889544.422 3480562.827 5889545.548 3480562.258 5889546.628
                3480561.596 5889547.655 3480560.848 5889548.620 3480560.018 5889549.516 3480559.114
                5889550.337 3480558.141 5889551.075 3480557.108 5889551.726 3480556.022 5889552.284
                3480555.313 5889552.587 3480515.974 5889568.130 3480515.399 5889568.357 3480490.839
                5889578.061 3480448.018 5889604.655 3480439.382 5889610.018 3480466.320 5889678.068
                3480513.676 5889797.699 3480498.610 5889803.664 3480505.218 5889820.404 3480566.545
                5889976.011 3480561.519 5889990.680 3480553.559 5890009.123 3480552.471 5890011.338
                3480560.477 5890010.889 3480566.736 5890011.684 3480573.957 5890010.458 3480584.437
                5890007.877 3480594.653 5890004.393 3480604.526 5890000.031 3480607.245 5889998.643
                3480616.572 5889993.205 3480625.389 5889986.974 3480633.630 5889979.999 3480641.232
                5889972.331 3480648.136 5889964.031 3480693.838 5889903.933 3480702.555 5889893.453
                3480712.152 5889883.772 3480722.557 5889874.965 3480733.689 5889867.098 3480745.465
                5889860.231 3480757.794 5889854.417 3480761.069 5889853.087 3480871.876 5889809.548
                3480877.340 5889807.671 3480882.947 5889806.278 3480888.653 5889805.379 3480891.663
                5889805.108 3480912.327 5889803.720 3480912.218 5889813.094 3480913.040 5889826.022
                3480913.372 5889828.320 3480914.176 5889832.016 3480915.298 5889835.628 3480916.731
                5889839.129 3480918.464 5889842.491 3480920.483 5889845.690 3480922.418 5889852.129
                3480912.166 5889852.360 3480872.254 5889857.245 3480861.348 5889859.562 3480835.307
                5889868.066 3480804.206 5889880.544 3480801.004 5889881.587 3480795.512 5889883.802
                3480790.234 5889886.487 3480785.210 5889889.622 3480776.181 5889895.165 3480773.658
                5889896.528 3480773.233 5889896.753 3480762.910 5889902.824 3480753.156 5889909.771
                3480738.079 5889921.715 3480728.665 5889929.619 3480714.555 5889942.000 3480714.081
                5889942.406 3480704.614 5889951.284 3480695.958 5889960.954 3480673.876 5889986.698
                3480661.950 5889996.493 3480654.713 5890001.615 3480628.112 5890023.901 3480616.923
                5890031.346 3480613.017 5890021.479 3480601.242 5890026.499 3480589.074 5890030.474
                3480576.607 5890033.373 3480563.934 5890035.174 3480551.152 5890035.865 3480539.112
                5890035.494 3480538.893 5890036.351 3480538.581 5890038.250 3480538.503 5890040.066
                3480539.193 5890041.198 3480541.451 5890042.751 3480571.397 5890061.061 3480571.932
                5890060.712 3480610.966 5890084.774 3480605.713 5890090.796 3480534.942 5890047.830
                3480516.552 5890036.666 3480515.871 5890038.128 3480515.065 5890039.526 3480514.140
                5890040.848 3480513.104 5890042.084 3480511.963 5890043.225 3480510.728 5890044.263
                3480509.407 5890045.189 3480509.141 5890045.355 3480500.618 5890050.590 3480473.856
                5890067.026 3480456.659 5890077.588 3480451.435 5890080.796 3480410.555 5890096.929
                3480224.796 5890170.246 3480195.304 5890181.886 3480172.052 5890191.064 3480076.300
                5890228.856 3479956.498 5890276.141 3479930.205 5890286.518 3479906.952 5890295.696
                3479800.272 5890337.802 3479793.238 5890340.578 3479778.820 5890346.269 3479665.107
                5890391.152 3479659.404 5890393.403 3479641.854 5890400.330 3479528.615 5890445.023
                3479525.080 5890446.418 3479521.677 5890447.761 3479511.126 5890451.921 3479506.813
                5890453.622 3479440.825 5890479.672 3479300.343 5890535.122 3479268.389 5890547.733
                3479259.725 5890551.152 3479245.135 5890556.910 3479161.110 5890590.071 3478970.145
                5890665.449 3478940.044 5890677.328 3478930.982 5890680.904 3478897.130 5890694.264
                3478809.119 5890728.997 3478717.844 5890723.600 3478703.136 5890718.101 3478688.963
                5890711.342 3478675.434 5890703.372 3478662.650 5890694.254 3478650.710 5890684.057
                3478639.704 5890672.857 3478631.196 5890662.678 3478616.814 5890626.287 3478606.118
                5890599.223 3478589.337 5890556.764 3478578.678 5890529.795 3478530.761 5890408.550
                3478528.008 5890401.584 3478519.018 5890363.689 3478537.084 5890356.559 3478566.462
                5890344.954 3478622.118 5890322.975 3478738.369 5890277.067 3478752.723 5890271.399
                3478775.974 5890262.217 3478873.148 5890223.843 3478990.720 5890177.413 3479109.891
                5890130.352 3479243.842 5890077.454 3479275.279 5890065.046 3479282.771 5890062.087
                3479333.624 5890042.000 3479342.760 5890038.392 3479354.774 5890033.647 3479310.819
                5889924.592 3479316.229 5889922.452 3479434.441 5889875.696 3479462.342 5889864.660
                3479445.646 5889822.429 3479422.492 5889763.864 3479420.654 5889759.215 3479416.132
                5889747.778 3479414.402 5889743.404 3479412.564 5889738.754 3479383.141 5889664.334
                3479372.858 5889638.326 3479367.656 5889625.167 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:raeumlicherGeltungsbereich>
      <xplan:gemeinde>
        <xplan:XP_Gemeinde>
          <xplan:ags>4011000</xplan:ags>
          <xplan:gemeindeName>Bremen</xplan:gemeindeName>
        </xplan:XP_Gemeinde>
      </xplan:gemeinde>
      <xplan:planArt>1000</xplan:planArt>
      <xplan:veraenderungssperre>false</xplan:veraenderungssperre>
      <xplan:staedtebaulicherVertrag>false</xplan:staedtebaulicherVertrag>
      <xplan:erschliessungsVertrag>false</xplan:erschliessungsVertrag>
      <xplan:durchfuehrungsVertrag>false</xplan:durchfuehrungsVertrag>
      <xplan:bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
    </xplan:BP_Plan>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_Bereich gml:id="GML_7af470e9-0167-43ae-823d-56e4241eab9d">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478519.018 5889194.887</gml:lowerCorner>
          <gml:upperCorner>3480922.418 5890728.997</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:nummer>0</xplan:nummer>
      <xplan:name>defaultBereich</xplan:name>
      <xplan:bedeutung>9999</xplan:bedeutung>
      <xplan:nachrichtlich xlink:href="#GML_7e7aae7c-4b3a-4c18-8878-5e59054f56a6"/>
      <xplan:nachrichtlich xlink:href="#GML_28771cf6-8f71-4b36-853e-918ec0330e20"/>
      <xplan:nachrichtlich xlink:href="#GML_7afe5d54-afc1-43ab-aca6-4f66c5ae5f0b"/>
      <xplan:nachrichtlich xlink:href="#GML_c3388c8c-2407-42a7-8b05-f27083b36437"/>
      <xplan:nachrichtlich xlink:href="#GML_dc06e41a-280d-4711-b33a-2b130e527d0a"/>
      <xplan:nachrichtlich xlink:href="#GML_4a1e33a8-6023-4c59-8bfa-ce83166726bd"/>
      <xplan:nachrichtlich xlink:href="#GML_bac13b8b-c254-48ce-9eae-9643af09a369"/>
      <xplan:nachrichtlich xlink:href="#GML_96378792-7183-40e1-bf9e-be16c985a57f"/>
      <xplan:praesentationsobjekt xlink:href="#GML_df1bf487-807c-4ce0-a75f-90377c1656a4"/>
      <xplan:praesentationsobjekt xlink:href="#GML_3a4fe1c8-226b-445d-9570-12c6e6f4ac6f"/>
      <xplan:praesentationsobjekt xlink:href="#GML_20854afc-9fde-4047-801b-f70e6a1b01ad"/>
      <xplan:praesentationsobjekt xlink:href="#GML_ff9beaf3-8dea-4049-98ed-986973c56190"/>
      <xplan:praesentationsobjekt xlink:href="#GML_f0ab67b6-e41a-4c7c-bdb5-cad52bcf8d49"/>
      <xplan:praesentationsobjekt xlink:href="#GML_250aefc3-0c57-42e9-8c20-8e02bdd5ddae"/>
      <xplan:praesentationsobjekt xlink:href="#GML_7cd9561f-c5c2-4d5b-b95b-df1143593bac"/>
      <xplan:praesentationsobjekt xlink:href="#GML_fd707829-8c25-4558-837d-624ff483d1c1"/>
      <xplan:praesentationsobjekt xlink:href="#GML_1b1ca998-385f-40f9-8cbb-3d1b0ff6f9b0"/>
      <xplan:praesentationsobjekt xlink:href="#GML_0e386a75-6182-497d-b151-77c560ade0e3"/>
      <xplan:gehoertZuPlan xlink:href="#GML_79eecd1b-f030-4c50-a359-732eb3d66992"/>
      <xplan:inhaltBPlan xlink:href="#GML_28a32870-6056-4d33-aadf-e24d9175ae8f"/>
      <xplan:inhaltBPlan xlink:href="#GML_a95c7054-e1a4-42ef-ac37-2076f3641e93"/>
      <xplan:inhaltBPlan xlink:href="#GML_799d579d-f550-47ca-b36a-c6c96d934822"/>
      <xplan:inhaltBPlan xlink:href="#GML_c62212e7-075b-4447-ac66-ca47c70631ff"/>
      <xplan:inhaltBPlan xlink:href="#GML_f71ff92a-3e8a-4434-81f0-08b4609db792"/>
      <xplan:inhaltBPlan xlink:href="#GML_222ff633-4f9a-42cb-958f-1928bb82b64a"/>
      <xplan:inhaltBPlan xlink:href="#GML_dacfa11a-311f-4f7d-887d-967cc7d6285a"/>
      <xplan:inhaltBPlan xlink:href="#GML_6bdf9bf4-e86a-4268-a54f-711fc3d97c88"/>
      <xplan:inhaltBPlan xlink:href="#GML_2d946bcc-b294-48d5-88e6-bb09181f83f4"/>
      <xplan:inhaltBPlan xlink:href="#GML_4bd86e24-1706-4317-a058-6300dc6e1ab7"/>
      <xplan:inhaltBPlan xlink:href="#GML_e3afd507-cb9e-4aeb-8222-6ffeb06f4e8a"/>
      <xplan:inhaltBPlan xlink:href="#GML_beef514c-558a-4b63-9909-741cd92f67bd"/>
      <xplan:inhaltBPlan xlink:href="#GML_23065de0-ca50-4659-a2b0-618d0c386e5b"/>
      <xplan:inhaltBPlan xlink:href="#GML_fa7fabfd-a7d4-4fc8-8b9b-dab08141bc6a"/>
      <xplan:inhaltBPlan xlink:href="#GML_0a7e2e3a-4df6-400b-8105-3a4e5312f634"/>
      <xplan:inhaltBPlan xlink:href="#GML_e04f894d-54b2-4ed5-8390-c00a31c0dd7a"/>
      <xplan:inhaltBPlan xlink:href="#GML_8370543b-09d9-4afa-8d65-e5d40b203448"/>
      <xplan:inhaltBPlan xlink:href="#GML_c5e26a8a-aeac-4a0c-974d-607d860c15f7"/>
      <xplan:inhaltBPlan xlink:href="#GML_cddd8565-aff7-4eb4-820f-5e2cb9609c3f"/>
      <xplan:inhaltBPlan xlink:href="#GML_d8322ff0-2ea5-4701-b956-3e9a805639e4"/>
      <xplan:inhaltBPlan xlink:href="#GML_ea88ebba-781d-490b-ac9c-1d15ffc60436"/>
      <xplan:inhaltBPlan xlink:href="#GML_4b095056-701d-4e66-8b1c-4b0a893261f7"/>
      <xplan:inhaltBPlan xlink:href="#GML_257a9c3c-b8c3-4aa0-95bd-c947f367589b"/>
      <xplan:inhaltBPlan xlink:href="#GML_df5a0687-ddc1-49db-b90f-d02150179725"/>
      <xplan:inhaltBPlan xlink:href="#GML_1d04c77a-f64a-4354-9c65-cb7bc9b79161"/>
      <xplan:inhaltBPlan xlink:href="#GML_7900b9eb-68db-401c-83be-e063fc4d5145"/>
      <xplan:inhaltBPlan xlink:href="#GML_c35a46c6-2435-4b4a-8d4d-f7f34502ea48"/>
      <xplan:inhaltBPlan xlink:href="#GML_c679338d-e373-49e0-ae7c-8ad8d61995a3"/>
      <xplan:inhaltBPlan xlink:href="#GML_d3d239b3-dd83-4542-9558-10afd4f68b49"/>
      <xplan:inhaltBPlan xlink:href="#GML_82d7469f-6bb4-4b85-b6ae-76e8eb5f4b88"/>
      <xplan:inhaltBPlan xlink:href="#GML_0ab37621-b617-4bc8-bcf1-c453e1b74463"/>
      <xplan:inhaltBPlan xlink:href="#GML_44db6c8a-0f0c-47e5-a614-996e8b7ad6c9"/>
      <xplan:inhaltBPlan xlink:href="#GML_1d02bbd3-b1f9-43b4-995f-a662b4e1337f"/>
      <xplan:inhaltBPlan xlink:href="#GML_30c5c4d6-e5d1-4f32-8fcb-cfaee0211a2e"/>
      <xplan:inhaltBPlan xlink:href="#GML_704f7ece-96af-471f-9f99-b1369d44cb03"/>
      <xplan:inhaltBPlan xlink:href="#GML_a9ada70d-3cde-48ba-9ab8-9873b01f59b1"/>
      <xplan:inhaltBPlan xlink:href="#GML_29e351ab-70be-4af8-9698-94d52833fb27"/>
      <xplan:inhaltBPlan xlink:href="#GML_60beb52f-00d0-4287-b49c-74492ce3be1a"/>
      <xplan:inhaltBPlan xlink:href="#GML_4380098d-e57e-4a24-9c59-e8460ac17a4a"/>
      <xplan:inhaltBPlan xlink:href="#GML_1de83651-0ac7-43a2-a586-ba700e79d946"/>
      <xplan:inhaltBPlan xlink:href="#GML_834f3a55-c93a-4c8d-8a36-4d783d6dfcd1"/>
      <xplan:inhaltBPlan xlink:href="#GML_cf955fad-dbf8-4da5-ad0e-288911a40b30"/>
      <xplan:inhaltBPlan xlink:href="#GML_2b77aa5c-02e8-4327-8ad0-aaec1b600860"/>
      <xplan:inhaltBPlan xlink:href="#GML_5237f6e2-f9d9-425c-aab8-880e76a4a65a"/>
      <xplan:inhaltBPlan xlink:href="#GML_8cdbba2a-d8a2-4af5-8dd8-4509fd69612d"/>
      <xplan:inhaltBPlan xlink:href="#GML_8a18687f-2b1f-4e6f-a209-6f97946218a2"/>
      <xplan:inhaltBPlan xlink:href="#GML_8ae94eef-d7e1-40d8-9256-d812b956ab76"/>
      <xplan:inhaltBPlan xlink:href="#GML_4c51e921-f450-4b6d-bee5-d5f3aa56b75b"/>
      <xplan:inhaltBPlan xlink:href="#GML_15af7c15-733c-4130-beeb-2ea6ba7c2485"/>
      <xplan:inhaltBPlan xlink:href="#GML_6727e7d7-40e7-4f55-8d1c-b3481e9253c9"/>
      <xplan:inhaltBPlan xlink:href="#GML_7b05af30-90b0-4b34-b8f3-23e1ef6387b2"/>
      <xplan:inhaltBPlan xlink:href="#GML_d45c185d-0324-4f66-8d63-783966c4c34a"/>
      <xplan:inhaltBPlan xlink:href="#GML_1e80e6b6-5982-4cda-a5e8-d74320b94e61"/>
      <xplan:inhaltBPlan xlink:href="#GML_24a312f1-5c7c-4c77-bea5-acfa50a18180"/>
      <xplan:inhaltBPlan xlink:href="#GML_6a6d23f7-c8c3-4ecc-b248-4835f2ff0860"/>
      <xplan:inhaltBPlan xlink:href="#GML_14f6125a-b1df-419e-9bf4-f961f5b7c352"/>
      <xplan:inhaltBPlan xlink:href="#GML_6ba1abd9-8c0b-4ef4-87f9-4a75afacbba5"/>
      <xplan:inhaltBPlan xlink:href="#GML_3706a209-5b52-493e-b7df-af9600606c1f"/>
      <xplan:inhaltBPlan xlink:href="#GML_3e4ddc24-fd41-475f-a8ba-27830db792d9"/>
      <xplan:inhaltBPlan xlink:href="#GML_210e1ffa-e959-4581-a23b-734d365a9e3c"/>
      <xplan:inhaltBPlan xlink:href="#GML_10eea201-9238-488d-ae5c-665750619e84"/>
      <xplan:inhaltBPlan xlink:href="#GML_afd13300-31b9-4e9a-b46d-f9de452093b1"/>
      <xplan:inhaltBPlan xlink:href="#GML_426cb8ea-c4de-4361-9512-a4a7c415faa0"/>
      <xplan:inhaltBPlan xlink:href="#GML_d4a3a9df-53e2-4a40-a6cd-91ef6f2c4588"/>
      <xplan:inhaltBPlan xlink:href="#GML_76c847af-45f5-4933-bb1b-546cae6389cb"/>
      <xplan:inhaltBPlan xlink:href="#GML_5059c847-6fd6-4e94-84eb-0f275953d6d7"/>
      <xplan:inhaltBPlan xlink:href="#GML_911727f1-2769-4e2d-9143-b957d13bb841"/>
      <xplan:inhaltBPlan xlink:href="#GML_9506c481-acdf-4562-bcc2-5af2f2141316"/>
      <xplan:inhaltBPlan xlink:href="#GML_14928876-d19d-4f71-b232-01020e321829"/>
      <xplan:inhaltBPlan xlink:href="#GML_8c17a112-bb5f-4e8a-91d9-7848aed5807f"/>
      <xplan:inhaltBPlan xlink:href="#GML_af7e4b99-0ef2-4dd2-ab60-646b1feed564"/>
      <xplan:inhaltBPlan xlink:href="#GML_118b0f59-2e8f-43e0-9555-86b38ae4b0e3"/>
      <xplan:inhaltBPlan xlink:href="#GML_4b63b99d-c17e-4278-a552-ff3f8a3548f1"/>
      <xplan:inhaltBPlan xlink:href="#GML_930cc9f6-9664-4835-8b2a-6a6a1d084872"/>
      <xplan:inhaltBPlan xlink:href="#GML_3650fd9e-7616-4e16-8af6-bc6fb3609b8a"/>
      <xplan:inhaltBPlan xlink:href="#GML_829c0947-4a96-4582-b4ac-a832fecc6f59"/>
      <xplan:inhaltBPlan xlink:href="#GML_5a31f3d7-24bc-4a65-8dea-2ff8a5df43c0"/>
      <xplan:inhaltBPlan xlink:href="#GML_c4d8849e-6d5a-47e4-9af8-a1d72dad8b7f"/>
      <xplan:inhaltBPlan xlink:href="#GML_86c45b92-dd83-43d7-97bc-d799fd118887"/>
      <xplan:inhaltBPlan xlink:href="#GML_3506ba32-80c8-4ff3-b69e-786cf3264361"/>
      <xplan:inhaltBPlan xlink:href="#GML_bb2e3b0f-0634-41e7-ab2a-f56a5c6b4325"/>
      <xplan:inhaltBPlan xlink:href="#GML_abb39819-4e45-4289-8184-8e0305aa3f31"/>
      <xplan:inhaltBPlan xlink:href="#GML_27044c32-98c4-45e9-b825-81ede8faba0a"/>
      <xplan:inhaltBPlan xlink:href="#GML_05e683bc-39d6-4f5d-8e70-17389d98f2cc"/>
      <xplan:inhaltBPlan xlink:href="#GML_7b913bee-556d-4cd9-9a86-60c1091ce86e"/>
      <xplan:inhaltBPlan xlink:href="#GML_5c5ab1d6-c982-41da-9e99-ad5f83405245"/>
      <xplan:inhaltBPlan xlink:href="#GML_50813e22-c181-4b7a-bec8-75b4088f8dc3"/>
      <xplan:inhaltBPlan xlink:href="#GML_6fb2e790-e452-495e-8be7-281dca37439d"/>
      <xplan:inhaltBPlan xlink:href="#GML_861efa60-bfd1-417d-af4a-ebbce12a19bf"/>
      <xplan:inhaltBPlan xlink:href="#GML_73380d41-094a-4d48-aef8-124644b4464b"/>
      <xplan:inhaltBPlan xlink:href="#GML_1cae7b98-fe04-4507-a3cd-190bf9eea0c3"/>
      <xplan:inhaltBPlan xlink:href="#GML_af2f1fe5-0fb3-4acd-a9b3-dbf2b52872f4"/>
      <xplan:inhaltBPlan xlink:href="#GML_8952adfb-2829-435c-8b67-6192e52f56f3"/>
      <xplan:inhaltBPlan xlink:href="#GML_e5d13b2e-607f-4215-83c9-8dd41bfa4b9f"/>
      <xplan:inhaltBPlan xlink:href="#GML_9046c229-8306-49c1-9038-d2db2ba5ce8e"/>
      <xplan:inhaltBPlan xlink:href="#GML_4a5541dc-5ed8-4797-941e-3b8d3b5d1284"/>
      <xplan:inhaltBPlan xlink:href="#GML_6cda61d8-2bde-4106-aa49-00f1f60556ed"/>
      <xplan:inhaltBPlan xlink:href="#GML_a8753cb3-b8f2-4b2a-b1eb-869fd06502db"/>
      <xplan:inhaltBPlan xlink:href="#GML_e7fda236-89a1-4169-b226-04c2969a8cb6"/>
      <xplan:inhaltBPlan xlink:href="#GML_bbd07aa5-7955-4c71-addd-a6b8d81d52c2"/>
      <xplan:inhaltBPlan xlink:href="#GML_fced3a94-dc7e-4f57-80db-13b59f66eb8c"/>
      <xplan:inhaltBPlan xlink:href="#GML_71de174c-c728-462b-9a14-384c362b4c4e"/>
      <xplan:inhaltBPlan xlink:href="#GML_29ba2ab8-c294-44cd-b7dd-fa5f738348ed"/>
      <xplan:inhaltBPlan xlink:href="#GML_d3f8851b-aa4a-4ad3-ac14-fa5d74d797cd"/>
      <xplan:inhaltBPlan xlink:href="#GML_74364560-95dc-469d-b5ca-d6e663ec615f"/>
      <xplan:inhaltBPlan xlink:href="#GML_39b9847e-5761-4606-bcba-6a8a8da10c1b"/>
      <xplan:inhaltBPlan xlink:href="#GML_d60cb953-7f3a-4529-836e-5ad383cf0c78"/>
      <xplan:inhaltBPlan xlink:href="#GML_57f379dd-0114-42b5-b8a2-0857022ce18f"/>
      <xplan:inhaltBPlan xlink:href="#GML_87fa3b50-a353-4465-953a-d2d113c3a81a"/>
      <xplan:inhaltBPlan xlink:href="#GML_272465e9-c734-45bf-acbe-0bb8839298db"/>
      <xplan:inhaltBPlan xlink:href="#GML_822d8673-9880-4284-aa9f-d56c0d96cbc9"/>
      <xplan:inhaltBPlan xlink:href="#GML_99db5be2-862c-40f5-8f53-2c4e0134c7c2"/>
      <xplan:inhaltBPlan xlink:href="#GML_d51983ad-e693-4dac-aa3b-65a34e025768"/>
      <xplan:inhaltBPlan xlink:href="#GML_1343e922-e448-4a4d-8733-9385558f19af"/>
      <xplan:inhaltBPlan xlink:href="#GML_5eaae706-b299-4c10-8a52-a8656e56b2b2"/>
      <xplan:inhaltBPlan xlink:href="#GML_f8b9d25b-0676-40e3-a887-98db628af688"/>
      <xplan:inhaltBPlan xlink:href="#GML_93f07848-4f6d-41d1-9096-44272b3f09bf"/>
      <xplan:inhaltBPlan xlink:href="#GML_788ea3b0-7911-4b08-a694-9789089b41aa"/>
      <xplan:inhaltBPlan xlink:href="#GML_02979472-c921-4b72-8a47-135eb32eede3"/>
      <xplan:inhaltBPlan xlink:href="#GML_408aee6e-b038-4314-a632-0a029b45d0b9"/>
      <xplan:inhaltBPlan xlink:href="#GML_1cacd802-a5b2-4186-8765-cfb860f8029c"/>
      <xplan:inhaltBPlan xlink:href="#GML_946315b6-3f4b-46b0-aeef-09c5582bc0c4"/>
      <xplan:inhaltBPlan xlink:href="#GML_16b3f7cf-0ee3-4937-87ce-b627dc71a21a"/>
      <xplan:inhaltBPlan xlink:href="#GML_a12fe7f5-f2d4-48f4-9a38-a5eb88293a29"/>
      <xplan:inhaltBPlan xlink:href="#GML_c1ca9588-ad34-45f0-a5be-46454098b444"/>
      <xplan:inhaltBPlan xlink:href="#GML_55061762-d758-438c-a631-bf4f9c775dbe"/>
      <xplan:inhaltBPlan xlink:href="#GML_6b5012d9-8957-47a1-88ce-d2c683b2eb0e"/>
      <xplan:inhaltBPlan xlink:href="#GML_ec7a52e6-a96a-4060-9d37-cf2fcc1674fe"/>
      <xplan:inhaltBPlan xlink:href="#GML_5bc549f1-9744-4c29-b4e1-e25c1dffae7b"/>
      <xplan:inhaltBPlan xlink:href="#GML_427d7cf2-2de2-49b2-ad8b-e40cabf991c2"/>
      <xplan:inhaltBPlan xlink:href="#GML_ddb4dbe9-54e3-4ce7-90ca-3489f8fb83f2"/>
      <xplan:inhaltBPlan xlink:href="#GML_858dc02c-aff6-4275-9c44-0742a61bb6ca"/>
      <xplan:inhaltBPlan xlink:href="#GML_b718107a-7708-46c7-8f07-7e1b32c93fc3"/>
      <xplan:inhaltBPlan xlink:href="#GML_93b02374-9109-4f54-b81d-4401d373d8d2"/>
      <xplan:inhaltBPlan xlink:href="#GML_5772ae1b-0dd6-4de6-a08d-0385c6d62c78"/>
      <xplan:inhaltBPlan xlink:href="#GML_2025ff22-6283-4376-a4df-d50ad9e357a8"/>
      <xplan:inhaltBPlan xlink:href="#GML_c9862c0e-c050-4546-8e33-856b7d4f75a5"/>
      <xplan:inhaltBPlan xlink:href="#GML_36d213be-75f4-40b7-a1fa-0a08742d2121"/>
      <xplan:inhaltBPlan xlink:href="#GML_c37e0d12-6126-4989-a097-881603f5df43"/>
      <xplan:inhaltBPlan xlink:href="#GML_15de059b-2e75-4519-9714-38ad4923d3bc"/>
      <xplan:inhaltBPlan xlink:href="#GML_948821ff-772a-4dc5-892b-732350523948"/>
      <xplan:inhaltBPlan xlink:href="#GML_c3521759-33a4-452b-9b95-e2d934d51261"/>
      <xplan:inhaltBPlan xlink:href="#GML_c8860c15-d6e4-4ac6-9c6a-f9c772bf97f2"/>
      <xplan:inhaltBPlan xlink:href="#GML_37de0b37-d35f-4253-a8af-743d0252758b"/>
      <xplan:inhaltBPlan xlink:href="#GML_d4fce499-6e1e-488e-935a-3108ce38a13f"/>
      <xplan:inhaltBPlan xlink:href="#GML_d197661f-3563-4562-858b-e4c7685a7ece"/>
      <xplan:inhaltBPlan xlink:href="#GML_6b84862c-4f38-4913-a112-70db0c2acafa"/>
      <xplan:inhaltBPlan xlink:href="#GML_7c711717-640b-4eb5-b8a9-48f8aa757b5e"/>
      <xplan:inhaltBPlan xlink:href="#GML_49e0469d-4bb8-4fde-8284-0a3bc3b3c26c"/>
      <xplan:inhaltBPlan xlink:href="#GML_d4f88a50-e243-4011-a9a8-3e3c8ed1027b"/>
      <xplan:inhaltBPlan xlink:href="#GML_a2d71190-29ef-4e28-a673-9a3d80f8b974"/>
      <xplan:inhaltBPlan xlink:href="#GML_b70c8b13-07a3-460b-82d9-645f73d083e8"/>
      <xplan:inhaltBPlan xlink:href="#GML_88b8aff6-8221-4537-be46-4d7f9772cf4e"/>
      <xplan:inhaltBPlan xlink:href="#GML_f6f5397f-a999-469a-9c15-28487971a208"/>
      <xplan:inhaltBPlan xlink:href="#GML_6bb011ad-f0d7-4ca5-a727-64496be07d21"/>
      <xplan:inhaltBPlan xlink:href="#GML_6019f53f-8edf-4319-ae3a-13b10b5293b0"/>
      <xplan:inhaltBPlan xlink:href="#GML_eed812b9-5c2b-44c3-86a3-da1d8c665b7a"/>
      <xplan:inhaltBPlan xlink:href="#GML_5fe2cb60-7543-48e1-8a33-9966b1a61521"/>
      <xplan:inhaltBPlan xlink:href="#GML_581ec17f-f32a-416e-b8a8-00f38e563819"/>
      <xplan:inhaltBPlan xlink:href="#GML_4caac25e-bab9-4ab5-8797-0768bd78460b"/>
      <xplan:inhaltBPlan xlink:href="#GML_d1a70ac4-fc47-43ba-8811-747b07e0aecf"/>
      <xplan:inhaltBPlan xlink:href="#GML_efd10b98-cda4-4486-950c-6de033ac161a"/>
      <xplan:inhaltBPlan xlink:href="#GML_038b51a6-6b09-476d-845d-802af1701115"/>
      <xplan:inhaltBPlan xlink:href="#GML_14e84500-ca46-448d-8f23-5a1513f96bbb"/>
      <xplan:inhaltBPlan xlink:href="#GML_ec883ff4-2edc-4cc9-bcea-e9a5c164867c"/>
      <xplan:inhaltBPlan xlink:href="#GML_ebf1a4b6-ed6d-4294-8525-a6fe35329268"/>
      <xplan:inhaltBPlan xlink:href="#GML_221609ea-2607-49c9-a2e3-d1cd039f0db7"/>
      <xplan:inhaltBPlan xlink:href="#GML_9591bc56-45c2-46f5-8cf7-5d34cd356861"/>
      <xplan:inhaltBPlan xlink:href="#GML_f9e2558f-3222-432d-a498-58a6f7743a6e"/>
      <xplan:inhaltBPlan xlink:href="#GML_855d334e-6b1f-4bcd-85f3-fad683d4c2da"/>
      <xplan:inhaltBPlan xlink:href="#GML_4108a394-7bfc-4567-ae1d-8164a1039b11"/>
      <xplan:inhaltBPlan xlink:href="#GML_cfb0e03b-6778-4beb-9697-b487252e7585"/>
      <xplan:inhaltBPlan xlink:href="#GML_602d8113-2a29-419c-95c5-fedd52f7eab9"/>
      <xplan:inhaltBPlan xlink:href="#GML_4b89c4c3-b41c-4af5-831e-d85d5a471ab3"/>
      <xplan:inhaltBPlan xlink:href="#GML_fe30f354-0098-4eac-81fa-2095d9cef188"/>
      <xplan:inhaltBPlan xlink:href="#GML_51bcf0fb-cb99-4e77-91c3-7eb9e6f0f477"/>
      <xplan:inhaltBPlan xlink:href="#GML_d10f15fa-70cc-499b-aec1-29910fb12b57"/>
      <xplan:inhaltBPlan xlink:href="#GML_a735f69b-9399-475c-914f-f4b83cbdff73"/>
      <xplan:inhaltBPlan xlink:href="#GML_807112d1-3be5-4e5d-959e-c98e7ab2ccd8"/>
      <xplan:inhaltBPlan xlink:href="#GML_ecca0b7e-a357-4968-8a15-443fe21d4fb9"/>
      <xplan:inhaltBPlan xlink:href="#GML_470904f4-3f69-465a-9ff2-01fe1d696c94"/>
      <xplan:inhaltBPlan xlink:href="#GML_e39f064d-8e37-4b4e-ae7a-326e2f3a4a90"/>
      <xplan:inhaltBPlan xlink:href="#GML_8f9800c2-1d78-4038-88dd-53115afdfa30"/>
      <xplan:inhaltBPlan xlink:href="#GML_deccce9b-33bd-48c9-a16b-6d562fea39b7"/>
      <xplan:inhaltBPlan xlink:href="#GML_3c6d3f14-59cc-448b-b55e-384c38751a91"/>
      <xplan:inhaltBPlan xlink:href="#GML_3407c3f5-3758-4979-b839-090d5072441a"/>
      <xplan:inhaltBPlan xlink:href="#GML_527479ae-5f43-46f0-9e83-53c5152aa6c5"/>
      <xplan:inhaltBPlan xlink:href="#GML_772756e4-56a1-4e1c-97d1-7919d3fee16b"/>
      <xplan:inhaltBPlan xlink:href="#GML_85e68bc4-530b-45c0-805d-2a96c7f4f0c4"/>
      <xplan:inhaltBPlan xlink:href="#GML_453c5c38-35fb-4337-8d8d-bff15f778de1"/>
      <xplan:inhaltBPlan xlink:href="#GML_24f81a65-faaa-48c0-a1bb-843e25bbe4b8"/>
      <xplan:inhaltBPlan xlink:href="#GML_83e168c7-5519-459e-b76e-ef6e038e3cc7"/>
      <xplan:inhaltBPlan xlink:href="#GML_972594c7-eda4-44be-a453-94d1fd0b667c"/>
      <xplan:inhaltBPlan xlink:href="#GML_4bfacac5-d30a-44e9-aa52-8fd02fd36972"/>
      <xplan:inhaltBPlan xlink:href="#GML_d3c2ca6e-4312-4f09-8a07-4fc49a872454"/>
      <xplan:inhaltBPlan xlink:href="#GML_dc3cbb27-a593-47a7-a0b3-9de7898502d2"/>
      <xplan:inhaltBPlan xlink:href="#GML_abfece32-731f-4014-a8de-bdfcde78968c"/>
      <xplan:inhaltBPlan xlink:href="#GML_09eb4b5a-c653-4cb3-986d-cb0f2ae1f087"/>
      <xplan:inhaltBPlan xlink:href="#GML_1cffacfd-895e-41b6-9366-2d737e228ef7"/>
      <xplan:inhaltBPlan xlink:href="#GML_e9ec4a48-e525-4754-a37b-ce88a940aabd"/>
      <xplan:inhaltBPlan xlink:href="#GML_61304ea3-0be9-46a3-bb7f-749458496843"/>
      <xplan:inhaltBPlan xlink:href="#GML_1b77b180-eb47-4a0d-8e5d-dd452dcb6682"/>
      <xplan:inhaltBPlan xlink:href="#GML_464fbab7-8380-409c-82a1-4519c788a7e2"/>
      <xplan:inhaltBPlan xlink:href="#GML_de88b1fb-1724-4436-a2f9-a1209f9712da"/>
      <xplan:inhaltBPlan xlink:href="#GML_7f7211da-306b-49de-be08-ca79546a40ee"/>
      <xplan:inhaltBPlan xlink:href="#GML_87f0e07f-7cb2-4931-ae16-22d8af8e973a"/>
      <xplan:inhaltBPlan xlink:href="#GML_9320fa48-5c72-4e4d-adda-516f07a65b1d"/>
      <xplan:inhaltBPlan xlink:href="#GML_4067b6be-5c04-4c06-8e16-f8472973b11c"/>
      <xplan:inhaltBPlan xlink:href="#GML_8310e31a-02eb-4771-abac-4c6dc33ef31d"/>
      <xplan:inhaltBPlan xlink:href="#GML_c35a6066-6176-4a20-8f20-38281b869d89"/>
      <xplan:inhaltBPlan xlink:href="#GML_48ffbabe-b89a-46c9-8c07-474d3762d67e"/>
      <xplan:inhaltBPlan xlink:href="#GML_f20ac75c-a7fa-4d94-84cb-08f05d2c2b15"/>
      <xplan:inhaltBPlan xlink:href="#GML_f4ea964f-fa90-4885-9481-1f6ef94eacd1"/>
      <xplan:inhaltBPlan xlink:href="#GML_e2cded39-6ea1-4508-9e07-8ca952ee0210"/>
      <xplan:inhaltBPlan xlink:href="#GML_62452e0a-5c58-4dc7-aa3c-cf29d167d08b"/>
      <xplan:inhaltBPlan xlink:href="#GML_3f06b279-5e6b-422c-b44e-5a7c04000d61"/>
      <xplan:inhaltBPlan xlink:href="#GML_2528c2cc-42f2-410d-ace4-3cd4472ef214"/>
      <xplan:inhaltBPlan xlink:href="#GML_2b140783-bf4e-4629-845d-38e5ab4da50f"/>
      <xplan:inhaltBPlan xlink:href="#GML_32abde79-a132-4700-8bf4-3410d11b0177"/>
      <xplan:inhaltBPlan xlink:href="#GML_cd493c09-9439-47f2-aeb2-c4aa26f364cf"/>
      <xplan:inhaltBPlan xlink:href="#GML_52f0132a-e927-4f9a-9009-1d1e155c623d"/>
      <xplan:inhaltBPlan xlink:href="#GML_67a3fab1-1b82-4ff2-8658-fe8c71b036ea"/>
      <xplan:inhaltBPlan xlink:href="#GML_673717b5-cb30-4fcd-b4a0-e6bf59a5cf75"/>
      <xplan:inhaltBPlan xlink:href="#GML_97217a85-e29d-492a-8b62-2893eff498b8"/>
      <xplan:inhaltBPlan xlink:href="#GML_d78c3383-6701-4753-8717-3eee96f045ca"/>
      <xplan:inhaltBPlan xlink:href="#GML_8c9b95cc-50cb-447b-9ad5-18331e6976a7"/>
      <xplan:inhaltBPlan xlink:href="#GML_2edc3856-7283-4834-932e-b427ad693744"/>
      <xplan:inhaltBPlan xlink:href="#GML_f7653938-5496-4e38-ac45-4aef5b451d80"/>
      <xplan:inhaltBPlan xlink:href="#GML_3de5c081-699b-442c-a4d2-989acdde06ae"/>
      <xplan:inhaltBPlan xlink:href="#GML_cc2e36eb-7a45-448b-82d2-a1a088fa1e21"/>
      <xplan:inhaltBPlan xlink:href="#GML_5206cffe-e4e5-4e0e-81e5-ca477bca57fd"/>
      <xplan:inhaltBPlan xlink:href="#GML_d81251be-6ade-4378-8422-191f59e163a8"/>
      <xplan:inhaltBPlan xlink:href="#GML_f869e0f7-302b-4e02-86f0-ce955206f154"/>
      <xplan:inhaltBPlan xlink:href="#GML_bcd43ed0-4777-4458-bf60-d0c2f5bfb04b"/>
      <xplan:inhaltBPlan xlink:href="#GML_9b9bb31d-8937-4c6b-81e5-8ef6c4a310f9"/>
      <xplan:inhaltBPlan xlink:href="#GML_56478008-ea1c-49e0-8724-403b0f30f475"/>
      <xplan:inhaltBPlan xlink:href="#GML_9b6cda1d-150c-49e0-b5b1-57d1ef4fc7fd"/>
      <xplan:inhaltBPlan xlink:href="#GML_96e88df4-bf34-4f2a-9d07-35ff8ba31b81"/>
      <xplan:inhaltBPlan xlink:href="#GML_d5e084d1-115c-4578-a55a-99c6509ad850"/>
      <xplan:inhaltBPlan xlink:href="#GML_b97918dc-013d-4d20-a960-26df80f00a97"/>
      <xplan:inhaltBPlan xlink:href="#GML_2c8d0815-73c3-479c-9fc8-1c51323d6367"/>
      <xplan:inhaltBPlan xlink:href="#GML_3a1ca16e-5f02-48c8-8e4e-24e0e8c2e981"/>
      <xplan:inhaltBPlan xlink:href="#GML_e831e788-2734-40ff-ab99-3cd436a42bdc"/>
      <xplan:inhaltBPlan xlink:href="#GML_cfc23fc0-5800-427c-a25a-3729cebc2935"/>
      <xplan:inhaltBPlan xlink:href="#GML_51e1035b-d7f7-4d6d-8bcf-1335cde72afc"/>
      <xplan:inhaltBPlan xlink:href="#GML_844a206c-7ae7-4030-a883-7a621d9f2fe3"/>
      <xplan:inhaltBPlan xlink:href="#GML_5ffe6cc1-d138-4c07-86c0-1305b0787beb"/>
      <xplan:inhaltBPlan xlink:href="#GML_064d1b74-ffaf-4fde-a6e8-04ab0fceaa88"/>
      <xplan:inhaltBPlan xlink:href="#GML_2f849f67-021b-49b5-a714-b0a8faa3b646"/>
      <xplan:inhaltBPlan xlink:href="#GML_21e501eb-60a3-478a-b0dc-bf0864a2288d"/>
      <xplan:inhaltBPlan xlink:href="#GML_37cb61d2-0b97-4dfc-b8a3-cc4caed9027d"/>
      <xplan:inhaltBPlan xlink:href="#GML_80431679-63ab-4c7a-bd6c-0d33782f8019"/>
      <xplan:inhaltBPlan xlink:href="#GML_e1487264-cd5d-4657-9ef5-135bc1d5b850"/>
      <xplan:inhaltBPlan xlink:href="#GML_003383e6-e1d1-4544-b9af-18b7a82ffdda"/>
      <xplan:inhaltBPlan xlink:href="#GML_fae9ced9-796f-4af3-b45c-230179185799"/>
      <xplan:inhaltBPlan xlink:href="#GML_8598820d-1a2a-4a35-8233-3016d325eeab"/>
      <xplan:inhaltBPlan xlink:href="#GML_48d43b5e-5546-4291-81a2-f613a0c8da40"/>
      <xplan:inhaltBPlan xlink:href="#GML_773643a5-d46d-45dc-9bbd-8cfe9c15aa75"/>
      <xplan:inhaltBPlan xlink:href="#GML_a288ba27-a5fe-451a-9123-cf0ee57d8b3e"/>
      <xplan:inhaltBPlan xlink:href="#GML_92702123-880b-4a9b-b634-09766a9e0391"/>
      <xplan:inhaltBPlan xlink:href="#GML_90e6cc86-3641-4b2a-9921-8fdfb37e4388"/>
      <xplan:inhaltBPlan xlink:href="#GML_51a27218-8540-4f60-ad9e-472d4984d36b"/>
      <xplan:inhaltBPlan xlink:href="#GML_3ff4aa1b-02d7-4d1b-97fe-d5b8d8d3dfbc"/>
      <xplan:inhaltBPlan xlink:href="#GML_92d1b09e-1906-4886-8d4f-791bee08bb58"/>
      <xplan:inhaltBPlan xlink:href="#GML_4eb965dd-5eb7-407a-8d52-1bfc90b489bd"/>
      <xplan:inhaltBPlan xlink:href="#GML_98a54720-99b4-4861-9fa2-66318a068da2"/>
      <xplan:inhaltBPlan xlink:href="#GML_bc068eee-921f-4946-903b-32c554e5b928"/>
      <xplan:inhaltBPlan xlink:href="#GML_b4d36bcd-778c-4d36-a5ad-8ae0f5e0a95d"/>
      <xplan:inhaltBPlan xlink:href="#GML_9cf09a0b-9857-44bd-a613-8b6dd9973425"/>
      <xplan:inhaltBPlan xlink:href="#GML_6ecef469-21be-457c-bf1f-3106bf25382d"/>
      <xplan:inhaltBPlan xlink:href="#GML_d795a696-b4a2-4f5a-a6af-1feeb213702e"/>
      <xplan:inhaltBPlan xlink:href="#GML_bc6f0cbd-b13b-4f82-b8b2-4bf62f5f27c2"/>
      <xplan:inhaltBPlan xlink:href="#GML_dc6677bf-87e4-4e25-a825-3b6264de88b1"/>
      <xplan:inhaltBPlan xlink:href="#GML_b4b294ca-fa31-4bc0-ab1f-b7df228b0d1f"/>
      <xplan:inhaltBPlan xlink:href="#GML_e42935e5-3619-4db5-a8be-8b3d4fe9e7f7"/>
      <xplan:inhaltBPlan xlink:href="#GML_f0e664b4-eda7-409f-bfe2-9ec56177c80a"/>
      <xplan:inhaltBPlan xlink:href="#GML_10f372ac-66ff-445c-8ba6-167157c289bb"/>
      <xplan:inhaltBPlan xlink:href="#GML_19845b82-38da-448f-9c62-b6bb80c8e8db"/>
      <xplan:inhaltBPlan xlink:href="#GML_92d5001b-adba-46bc-836c-b5f7fb5221c5"/>
      <xplan:inhaltBPlan xlink:href="#GML_2f367be8-e426-431d-98cf-aa5ac6ea4500"/>
      <xplan:inhaltBPlan xlink:href="#GML_4ef9e132-ffe4-47f1-bf93-48f515a188b8"/>
      <xplan:inhaltBPlan xlink:href="#GML_5606f94d-dfcf-4041-b5e6-b4ce97ddebee"/>
      <xplan:inhaltBPlan xlink:href="#GML_3b7ca95d-2c5f-48f8-8668-077a4482f2d8"/>
      <xplan:inhaltBPlan xlink:href="#GML_2259ea0b-21ca-4cb1-a3d1-b437ae89f4b4"/>
      <xplan:inhaltBPlan xlink:href="#GML_6fcd728c-e123-4bbb-a1ef-ecf0d8a7cb9b"/>
      <xplan:inhaltBPlan xlink:href="#GML_de952ad1-9260-4559-9dc8-0e6adc4e0c5e"/>
      <xplan:inhaltBPlan xlink:href="#GML_b67a8af2-b0b5-4aa1-8473-354ddd5ed1be"/>
      <xplan:inhaltBPlan xlink:href="#GML_cf2930b6-38b1-46f5-a8b3-befcd2596e6d"/>
      <xplan:inhaltBPlan xlink:href="#GML_9713f4e5-2776-4dce-b6e3-1f81da11a049"/>
      <xplan:inhaltBPlan xlink:href="#GML_b088ef6c-b009-4af7-aec6-5ed090aaff10"/>
      <xplan:inhaltBPlan xlink:href="#GML_ff1e862b-c938-4fe7-864c-2a59ce087256"/>
      <xplan:inhaltBPlan xlink:href="#GML_bdf125ee-68dc-444f-a5cb-bd52e18d3649"/>
      <xplan:inhaltBPlan xlink:href="#GML_743a7792-17be-4627-bee1-bc43efdc0481"/>
      <xplan:inhaltBPlan xlink:href="#GML_16692627-2924-489d-b8cb-aa8742f3d2a9"/>
    </xplan:BP_Bereich>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_VerEntsorgung gml:id="GML_7e7aae7c-4b3a-4c18-8878-5e59054f56a6">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480252.383 5889464.571</gml:lowerCorner>
          <gml:upperCorner>3480298.600 5889502.051</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertNachrichtlichZuBereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_a58edafd-76be-4c35-be75-9cd5fa51d1dd">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="10">3480253.487 5889482.061 3480252.383
                5889479.270 3480289.585 5889464.571 3480290.690 5889467.362 3480290.769 5889467.563
                3480297.314 5889484.098 3480298.600 5889487.354 3480261.400 5889502.051 3480260.112
                5889498.796 3480253.487 5889482.061 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:zweckbestimmung>2000</xplan:zweckbestimmung>
    </xplan:BP_VerEntsorgung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_VerEntsorgung gml:id="GML_28771cf6-8f71-4b36-853e-918ec0330e20">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479811.306 5889613.484</gml:lowerCorner>
          <gml:upperCorner>3479846.555 5889643.107</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertNachrichtlichZuBereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_d0e9d0da-6eb5-4955-b40a-2c43033fe2de">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3479811.306 5889624.507 3479839.206
                5889613.484 3479846.555 5889632.084 3479818.655 5889643.107 3479811.306 5889624.507
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:zweckbestimmung>2000</xplan:zweckbestimmung>
    </xplan:BP_VerEntsorgung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_VerEntsorgung gml:id="GML_7afe5d54-afc1-43ab-aca6-4f66c5ae5f0b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480229.217 5889935.760</gml:lowerCorner>
          <gml:upperCorner>3480285.103 5889985.534</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertNachrichtlichZuBereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_4c4b87ef-b16f-4940-87ee-d50cfdba7b37">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="11">3480230.766 5889935.760 3480285.103
                5889968.550 3480283.920 5889969.774 3480282.865 5889970.703 3480281.503 5889971.723
                3480280.057 5889972.620 3480278.538 5889973.387 3480277.697 5889973.744 3480247.877
                5889985.534 3480229.217 5889938.327 3480230.766 5889935.760 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:zweckbestimmung>2000</xplan:zweckbestimmung>
    </xplan:BP_VerEntsorgung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_VerEntsorgung gml:id="GML_c3388c8c-2407-42a7-8b05-f27083b36437">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479819.447 5889991.617</gml:lowerCorner>
          <gml:upperCorner>3479866.382 5890030.951</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertNachrichtlichZuBereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_e047dc34-5810-4f3f-8630-8170d781afb5">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3479829.176 5890030.951 3479819.447
                5890006.302 3479856.653 5889991.617 3479866.382 5890016.266 3479829.176 5890030.951
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:zweckbestimmung>2000</xplan:zweckbestimmung>
    </xplan:BP_VerEntsorgung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_VerEntsorgung gml:id="GML_dc06e41a-280d-4711-b33a-2b130e527d0a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479523.524 5889827.240</gml:lowerCorner>
          <gml:upperCorner>3479566.379 5889863.705</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertNachrichtlichZuBereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_4bcb9dc9-b76d-47fc-8176-7cd6f244b8e6">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="11">3479566.379 5889850.389 3479565.723
                5889850.649 3479532.713 5889863.705 3479523.524 5889840.463 3479531.849 5889837.170
                3479556.534 5889827.407 3479556.957 5889827.240 3479565.265 5889848.256 3479565.422
                5889848.634 3479565.862 5889849.532 3479566.379 5889850.389 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:zweckbestimmung>2000</xplan:zweckbestimmung>
    </xplan:BP_VerEntsorgung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_VerEntsorgung gml:id="GML_4a1e33a8-6023-4c59-8bfa-ce83166726bd">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479282.771 5890038.392</gml:lowerCorner>
          <gml:upperCorner>3479357.819 5890100.149</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertNachrichtlichZuBereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_c18976d4-1dea-40f6-bd6e-74933c57dacf">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="7">3479333.624 5890042.000 3479342.760
                5890038.392 3479354.496 5890068.070 3479357.819 5890076.474 3479297.822 5890100.149
                3479282.771 5890062.087 3479333.624 5890042.000 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:zweckbestimmung>2000</xplan:zweckbestimmung>
    </xplan:BP_VerEntsorgung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_VerEntsorgung gml:id="GML_bac13b8b-c254-48ce-9eae-9643af09a369">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478813.538 5890416.088</gml:lowerCorner>
          <gml:upperCorner>3478851.494 5890462.465</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertNachrichtlichZuBereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_1c7d2c1a-f5d2-4dc5-8e12-2b2f018d5040">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3478813.538 5890425.266 3478836.791
                5890416.088 3478851.494 5890453.287 3478828.241 5890462.465 3478813.538 5890425.266
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:zweckbestimmung>2000</xplan:zweckbestimmung>
    </xplan:BP_VerEntsorgung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_VerEntsorgung gml:id="GML_96378792-7183-40e1-bf9e-be16c985a57f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479305.131 5890221.199</gml:lowerCorner>
          <gml:upperCorner>3479352.676 5890265.685</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertNachrichtlichZuBereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_75d7d20e-a329-4652-bcf8-d576eb8d54b7">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="6">3479305.131 5890228.542 3479323.733
                5890221.199 3479352.676 5890245.461 3479331.673 5890259.081 3479319.811 5890265.685
                3479305.131 5890228.542 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:zweckbestimmung>2000</xplan:zweckbestimmung>
    </xplan:BP_VerEntsorgung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PPO gml:id="GML_df1bf487-807c-4ce0-a75f-90377c1656a4">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479320.554 5890070.195</gml:lowerCorner>
          <gml:upperCorner>3479320.554 5890070.195</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>SymbolAbwasser</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_d17ea47e-85ae-4c0d-857e-f4dfa6faa534">
          <gml:pos>3479320.554 5890070.195</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="urn:adv:uom:grad">0</xplan:drehwinkel>
      <xplan:skalierung>0.3</xplan:skalierung>
    </xplan:XP_PPO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PPO gml:id="GML_3a4fe1c8-226b-445d-9570-12c6e6f4ac6f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480532.269 5890064.618</gml:lowerCorner>
          <gml:upperCorner>3480532.269 5890064.618</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>SymbolAbwasser</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_b01be222-80cd-4c99-985f-21ca1c41fb08">
          <gml:pos>3480532.269 5890064.618</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="urn:adv:uom:grad">0</xplan:drehwinkel>
      <xplan:skalierung>0.3</xplan:skalierung>
    </xplan:XP_PPO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PPO gml:id="GML_20854afc-9fde-4047-801b-f70e6a1b01ad">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479325.057 5890242.951</gml:lowerCorner>
          <gml:upperCorner>3479325.057 5890242.951</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>SymbolAbwasser</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_1e4ee370-a3b0-4b84-9a8a-9612ad67b2d5">
          <gml:pos>3479325.057 5890242.951</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="urn:adv:uom:grad">0</xplan:drehwinkel>
      <xplan:skalierung>0.3</xplan:skalierung>
    </xplan:XP_PPO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PPO gml:id="GML_ff9beaf3-8dea-4049-98ed-986973c56190">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478832.063 5890438.841</gml:lowerCorner>
          <gml:upperCorner>3478832.063 5890438.841</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>SymbolAbwasser</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_1e835d45-a8ef-40c3-a293-d760ded90e15">
          <gml:pos>3478832.063 5890438.841</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="urn:adv:uom:grad">0</xplan:drehwinkel>
      <xplan:skalierung>0.3</xplan:skalierung>
    </xplan:XP_PPO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PPO gml:id="GML_f0ab67b6-e41a-4c7c-bdb5-cad52bcf8d49">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479843.322 5890013.494</gml:lowerCorner>
          <gml:upperCorner>3479843.322 5890013.494</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>SymbolAbwasser</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_c1df21f6-d148-4f60-a1be-df857acec6e6">
          <gml:pos>3479843.322 5890013.494</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="urn:adv:uom:grad">0</xplan:drehwinkel>
      <xplan:skalierung>0.3</xplan:skalierung>
    </xplan:XP_PPO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PPO gml:id="GML_250aefc3-0c57-42e9-8c20-8e02bdd5ddae">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480259.578 5889968.912</gml:lowerCorner>
          <gml:upperCorner>3480259.578 5889968.912</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>SymbolAbwasser</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_2c3300ae-2203-4a6c-bc9d-a0d862c3fbbe">
          <gml:pos>3480259.578 5889968.912</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="urn:adv:uom:grad">0</xplan:drehwinkel>
      <xplan:skalierung>0.3</xplan:skalierung>
    </xplan:XP_PPO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PPO gml:id="GML_7cd9561f-c5c2-4d5b-b95b-df1143593bac">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480276.548 5889482.863</gml:lowerCorner>
          <gml:upperCorner>3480276.548 5889482.863</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>SymbolAbwasser</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_9cf74533-221f-4305-827a-a02f6b66b66c">
          <gml:pos>3480276.548 5889482.863</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="urn:adv:uom:grad">0</xplan:drehwinkel>
      <xplan:skalierung>0.3</xplan:skalierung>
    </xplan:XP_PPO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PPO gml:id="GML_fd707829-8c25-4558-837d-624ff483d1c1">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480211.028 5889863.365</gml:lowerCorner>
          <gml:upperCorner>3480211.028 5889863.365</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>SymbolAbwasser</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_d4d2a899-2b99-439e-9d07-ce480b592ac6">
          <gml:pos>3480211.028 5889863.365</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="urn:adv:uom:grad">0</xplan:drehwinkel>
      <xplan:skalierung>0.3</xplan:skalierung>
    </xplan:XP_PPO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PPO gml:id="GML_1b1ca998-385f-40f9-8cbb-3d1b0ff6f9b0">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479828.183 5889628.645</gml:lowerCorner>
          <gml:upperCorner>3479828.183 5889628.645</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>SymbolAbwasser</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_ef73437f-44d6-453e-8a63-f97d0c5b4510">
          <gml:pos>3479828.183 5889628.645</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="urn:adv:uom:grad">0</xplan:drehwinkel>
      <xplan:skalierung>0.3</xplan:skalierung>
    </xplan:XP_PPO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:XP_PPO gml:id="GML_0e386a75-6182-497d-b151-77c560ade0e3">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479543.585 5889845.712</gml:lowerCorner>
          <gml:upperCorner>3479543.585 5889845.712</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:stylesheetId>SymbolAbwasser</xplan:stylesheetId>
      <xplan:gehoertZuBereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_5ad49762-867e-4089-a614-8f3e61fc8b81">
          <gml:pos>3479543.585 5889845.712</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:drehwinkel uom="urn:adv:uom:grad">0</xplan:drehwinkel>
      <xplan:skalierung>0.3</xplan:skalierung>
    </xplan:XP_PPO>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_KennzeichnungsFlaeche gml:id="GML_28a32870-6056-4d33-aadf-e24d9175ae8f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479367.656 5889501.223</gml:lowerCorner>
          <gml:upperCorner>3479538.181 5889638.326</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_8bf41d9d-29d9-4c40-9f83-d0e4ca2c90f2">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="44">3479413.739 5889572.819 3479426.989
                5889553.825 3479436.467 5889545.933 3479442.750 5889541.121 3479447.045 5889535.136
                3479452.083 5889528.892 3479458.090 5889524.488 3479465.260 5889520.112 3479472.449
                5889515.402 3479478.375 5889510.510 3479481.983 5889506.229 3479482.991 5889503.919
                3479487.226 5889502.253 3479493.610 5889501.223 3479497.648 5889502.978 3479503.023
                5889511.116 3479508.894 5889524.019 3479514.451 5889537.477 3479520.022 5889549.333
                3479524.526 5889558.759 3479528.773 5889568.186 3479532.215 5889575.090 3479533.920
                5889578.137 3479538.181 5889583.601 3479500.645 5889595.528 3479476.458 5889604.462
                3479451.687 5889613.603 3479438.275 5889618.598 3479425.329 5889623.212 3479414.915
                5889626.751 3479406.457 5889629.290 3479394.061 5889632.938 3479377.907 5889637.096
                3479375.038 5889637.795 3479372.858 5889638.326 3479367.656 5889625.167 3479368.419
                5889621.722 3479371.411 5889617.981 3479384.242 5889607.718 3479385.698 5889606.698
                3479397.769 5889597.317 3479402.828 5889591.530 3479413.435 5889573.377 3479413.739
                5889572.819 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_KennzeichnungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_KennzeichnungsFlaeche gml:id="GML_a95c7054-e1a4-42ef-ac37-2076f3641e93">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478897.130 5890033.144</gml:lowerCorner>
          <gml:upperCorner>3479528.615 5890694.264</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_6d05485d-718d-4021-82d2-d859ea7f41ec">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="173">3479525.080 5890446.418 3479521.677
                5890447.761 3479511.126 5890451.921 3479506.813 5890453.622 3479440.825 5890479.672
                3479300.343 5890535.122 3479268.389 5890547.733 3479259.725 5890551.152 3479245.135
                5890556.910 3479161.110 5890590.071 3478970.145 5890665.449 3478940.044 5890677.328
                3478930.982 5890680.904 3478897.130 5890694.264 3478906.097 5890685.861 3478942.857
                5890670.846 3478990.878 5890651.891 3478993.886 5890649.715 3478996.101 5890647.565
                3478998.256 5890644.581 3478998.118 5890641.134 3479000.771 5890637.080 3479004.718
                5890634.697 3479011.112 5890631.216 3479024.138 5890625.030 3479041.212 5890618.668
                3479053.997 5890613.832 3479074.132 5890608.169 3479092.704 5890601.606 3479108.029
                5890596.249 3479126.375 5890589.841 3479148.682 5890581.163 3479171.276 5890572.867
                3479191.708 5890564.756 3479199.305 5890561.548 3479209.734 5890557.554 3479220.496
                5890553.166 3479231.554 5890547.763 3479239.335 5890543.844 3479244.627 5890542.347
                3479247.985 5890543.419 3479250.857 5890545.092 3479254.642 5890546.124 3479259.567
                5890546.048 3479264.482 5890545.561 3479270.824 5890543.814 3479278.216 5890541.647
                3479291.811 5890536.964 3479317.038 5890526.258 3479329.666 5890520.502 3479328.871
                5890518.488 3479327.401 5890514.768 3479460.057 5890462.408 3479467.642 5890454.915
                3479491.657 5890443.474 3479500.945 5890439.697 3479500.360 5890438.138 3479499.634
                5890436.281 3479495.545 5890427.292 3479491.246 5890417.164 3479487.838 5890408.197
                3479483.250 5890395.430 3479475.058 5890373.681 3479473.286 5890369.416 3479471.892
                5890366.059 3479464.229 5890347.613 3479461.062 5890339.642 3479459.800 5890336.466
                3479452.965 5890319.258 3479448.404 5890307.278 3479447.064 5890303.756 3479443.371
                5890294.055 3479441.041 5890287.949 3479438.102 5890280.685 3479435.701 5890274.127
                3479430.206 5890262.569 3479425.788 5890254.624 3479420.609 5890245.607 3479415.794
                5890235.986 3479414.249 5890229.441 3479412.958 5890224.290 3479412.096 5890220.451
                3479410.333 5890213.535 3479408.012 5890207.245 3479404.000 5890199.519 3479398.392
                5890190.796 3479394.248 5890186.502 3479390.344 5890182.931 3479385.077 5890179.952
                3479378.787 5890179.683 3479372.599 5890181.394 3479362.804 5890184.983 3479353.358
                5890188.152 3479342.238 5890190.813 3479337.464 5890189.173 3479330.827 5890183.859
                3479326.234 5890178.022 3479320.465 5890174.041 3479317.041 5890171.293 3479315.574
                5890166.561 3479315.927 5890162.362 3479314.980 5890156.735 3479312.913 5890150.496
                3479310.939 5890144.122 3479308.525 5890140.968 3479307.198 5890137.865 3479306.330
                5890136.432 3479305.287 5890134.744 3479304.140 5890132.199 3479302.943 5890130.979
                3479301.615 5890130.994 3479299.375 5890125.398 3479293.415 5890110.460 3479295.253
                5890109.513 3479295.588 5890109.262 3479296.605 5890107.877 3479296.421 5890106.139
                3479295.582 5890101.193 3479296.600 5890097.088 3479296.867 5890096.009 3479299.231
                5890092.609 3479302.852 5890089.787 3479302.989 5890089.702 3479327.915 5890073.904
                3479328.639 5890072.660 3479332.013 5890070.058 3479339.872 5890065.288 3479341.816
                5890064.003 3479342.137 5890062.566 3479342.136 5890062.501 3479340.352 5890057.962
                3479339.175 5890055.257 3479337.404 5890051.189 3479334.366 5890043.453 3479333.624
                5890042.000 3479342.760 5890038.392 3479354.774 5890033.647 3479355.315 5890033.433
                3479356.046 5890033.144 3479356.047 5890033.147 3479359.138 5890041.663 3479364.404
                5890055.202 3479372.121 5890070.220 3479383.660 5890088.657 3479392.876 5890108.261
                3479399.048 5890123.334 3479404.136 5890138.270 3479409.089 5890148.022 3479414.089
                5890160.849 3479416.380 5890166.447 3479419.865 5890174.961 3479420.466 5890176.309
                3479426.482 5890189.810 3479433.071 5890203.854 3479438.159 5890213.718 3479440.579
                5890217.858 3479446.599 5890228.116 3479449.788 5890238.166 3479451.266 5890244.452
                3479455.362 5890257.840 3479462.588 5890274.340 3479466.445 5890282.876 3479479.846
                5890317.652 3479488.902 5890343.267 3479499.078 5890370.400 3479510.806 5890399.356
                3479517.883 5890418.508 3479521.247 5890427.154 3479522.828 5890430.888 3479523.362
                5890432.099 3479523.726 5890433.044 3479528.615 5890445.023 3479525.080 5890446.418
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_KennzeichnungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_KennzeichnungsFlaeche gml:id="GML_799d579d-f550-47ca-b36a-c6c96d934822">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480402.995 5889503.055</gml:lowerCorner>
          <gml:upperCorner>3480515.974 5889610.862</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_bb10e31b-0d34-42de-83db-742604d41d3d">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="15">3480489.609 5889503.281 3480490.182
                5889503.055 3480515.974 5889568.130 3480515.399 5889568.357 3480490.839 5889578.061
                3480448.018 5889604.655 3480439.382 5889610.018 3480437.250 5889610.862 3480422.083
                5889572.330 3480403.960 5889526.396 3480402.995 5889523.950 3480405.002 5889523.156
                3480415.073 5889521.440 3480465.316 5889512.879 3480489.609 5889503.281
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_KennzeichnungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_c62212e7-075b-4447-ac66-ca47c70631ff">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478813.505 5890291.623</gml:lowerCorner>
          <gml:upperCorner>3478985.190 5890444.942</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_b5500833-2b5b-4752-b7cd-754e88ca0c57">
          <gml:posList srsDimension="2" count="5">3478985.190 5890392.991 3478945.125 5890291.623
            3478813.505 5890343.574 3478853.571 5890444.942 3478985.190 5890392.991 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_f71ff92a-3e8a-4434-81f0-08b4609db792">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478553.155 5890298.298</gml:lowerCorner>
          <gml:upperCorner>3478821.018 5890538.627</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_11f07f6b-2a1c-43e6-a501-c6cf98230262">
          <gml:posList srsDimension="2" count="5">3478821.018 5890457.791 3478757.979 5890298.298
            3478553.155 5890379.144 3478616.188 5890538.627 3478821.018 5890457.791 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_222ff633-4f9a-42cb-958f-1928bb82b64a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478867.722 5890363.995</gml:lowerCorner>
          <gml:upperCorner>3479238.646 5890670.846</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_54c830a8-8b5c-4a61-8916-633151ea9bbc">
          <gml:posList srsDimension="2" count="6">3479238.646 5890554.093 3479163.511 5890363.995
            3478867.722 5890480.746 3478942.857 5890670.846 3478990.878 5890651.891 3479238.646
            5890554.093 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_dacfa11a-311f-4f7d-887d-967cc7d6285a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479156.551 5890199.223</gml:lowerCorner>
          <gml:upperCorner>3479312.746 5890315.343</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_348fb51e-7d43-4f92-bfb5-e77dba8eaa79">
          <gml:posList srsDimension="2" count="7">3479181.914 5890315.343 3479271.858 5890279.843
            3479274.508 5890278.788 3479312.746 5890261.456 3479288.168 5890199.223 3479156.551
            5890251.173 3479181.914 5890315.343 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_6bdf9bf4-e86a-4268-a54f-711fc3d97c88">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478985.030 5890245.423</gml:lowerCorner>
          <gml:upperCorner>3479149.360 5890380.142</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_354da03f-53ad-429d-8222-47ec8a804ab2">
          <gml:posList srsDimension="2" count="5">3479116.646 5890245.423 3478985.030 5890297.373
            3479017.743 5890380.142 3479149.360 5890328.192 3479116.646 5890245.423 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_2d946bcc-b294-48d5-88e6-bb09181f83f4">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479347.112 5889902.644</gml:lowerCorner>
          <gml:upperCorner>3479506.020 5890114.248</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_12435660-c543-4145-998a-3964fb642d04">
          <gml:posList srsDimension="2" count="21">3479506.020 5890070.350 3479439.717 5889902.644
            3479347.112 5889939.272 3479384.802 5890034.580 3479385.530 5890036.609 3479386.079
            5890038.694 3479386.444 5890040.819 3479386.622 5890042.968 3479386.612 5890045.123
            3479386.415 5890047.270 3479386.031 5890049.392 3479385.464 5890051.472 3479384.717
            5890053.494 3479383.797 5890055.444 3479382.711 5890057.306 3479381.467 5890059.067
            3479380.073 5890060.712 3479378.542 5890062.230 3479376.884 5890063.608 3479375.231
            5890064.762 3479394.800 5890114.248 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_4bd86e24-1706-4317-a058-6300dc6e1ab7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479442.701 5890166.598</gml:lowerCorner>
          <gml:upperCorner>3479635.366 5890439.200</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_1ab0e9e0-633b-4d65-957f-aec03e6311d3">
          <gml:posList srsDimension="2" count="4">3479442.701 5890219.065 3479529.751 5890439.200
            3479635.366 5890397.517 3479544.072 5890166.598 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_e3afd507-cb9e-4aeb-8222-6ffeb06f4e8a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479576.627 5890061.963</gml:lowerCorner>
          <gml:upperCorner>3479900.463 5890384.667</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_3b9251fd-15e9-46ee-b37f-00e72864a112">
          <gml:posList srsDimension="2" count="6">3479576.627 5890153.750 3479667.921 5890384.667
            3479772.332 5890343.456 3479796.051 5890334.094 3479900.463 5890292.883 3479809.169
            5890061.963 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_beef514c-558a-4b63-9909-741cd92f67bd">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479473.365 5889857.805</gml:lowerCorner>
          <gml:upperCorner>3479639.268 5890057.498</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_85eaf0e6-17e6-4c78-8e37-031063a40080">
          <gml:posList srsDimension="2" count="7">3479639.268 5890017.753 3479610.591 5889945.219
            3479579.093 5889865.547 3479561.223 5889857.805 3479473.365 5889892.556 3479509.898
            5889984.962 3479538.576 5890057.498 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_23065de0-ca50-4659-a2b0-618d0c386e5b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479450.542 5889679.430</gml:lowerCorner>
          <gml:upperCorner>3479771.118 5890007.108</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_bfd8c927-3adc-453d-aae6-0d7d6d9b9fba">
          <gml:posList srsDimension="2" count="8">3479771.118 5889965.714 3479742.441 5889893.177
            3479657.936 5889679.430 3479450.542 5889761.380 3479485.611 5889850.082 3479588.129
            5889809.534 3479637.563 5889934.573 3479666.239 5890007.108 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_fa7fabfd-a7d4-4fc8-8b9b-dab08141bc6a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479711.913 5889686.413</gml:lowerCorner>
          <gml:upperCorner>3480035.019 5889952.864</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_555e6f9b-b17f-434b-b6a4-4fee1392dd76">
          <gml:posList srsDimension="2" count="4">3480035.019 5889827.487 3479798.859 5889686.413
            3479711.913 5889720.769 3479803.672 5889952.864 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_0a7e2e3a-4df6-400b-8105-3a4e5312f634">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479841.724 5889945.037</gml:lowerCorner>
          <gml:upperCorner>3480165.560 5890280.034</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_3895d5b0-c3c3-495d-948a-e84d4c5bdbd4">
          <gml:posList srsDimension="2" count="4">3479841.724 5890049.113 3479933.018 5890280.034
            3480165.560 5890188.250 3480069.410 5889945.037 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_e04f894d-54b2-4ed5-8390-c00a31c0dd7a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479304.310 5890083.692</gml:lowerCorner>
          <gml:upperCorner>3479385.494 5890184.765</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_a74c3a27-3448-41a1-ab9c-e63472dceea6">
          <gml:posList srsDimension="2" count="5">3479385.494 5890165.491 3479353.146 5890083.692
            3479304.310 5890102.962 3479336.659 5890184.765 3479385.494 5890165.491 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_8370543b-09d9-4afa-8d65-e5d40b203448">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479361.087 5889465.541</gml:lowerCorner>
          <gml:upperCorner>3479645.068 5889738.754</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_3c1672eb-9151-4c88-b7d1-5f9ef02471d8">
          <gml:posList srsDimension="2" count="14">3479627.731 5889603.028 3479585.875 5889497.159
            3479573.376 5889465.541 3479457.758 5889511.227 3479392.706 5889596.055 3479361.087
            5889608.551 3479364.766 5889617.858 3479367.656 5889625.167 3479372.858 5889638.326
            3479383.141 5889664.334 3479412.564 5889738.754 3479645.068 5889646.880 3479637.841
            5889628.601 3479627.731 5889603.028 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_c5e26a8a-aeac-4a0c-974d-607d860c15f7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480096.515 5889880.586</gml:lowerCorner>
          <gml:upperCorner>3480446.655 5890175.402</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_eb9aaaa3-2910-4f1e-8849-5b43e77c7715">
          <gml:posList srsDimension="2" count="12">3480096.515 5889918.400 3480104.399 5889938.348
            3480198.117 5890175.402 3480446.655 5890077.306 3480298.583 5889986.330 3480283.202
            5890011.354 3480221.416 5890035.780 3480205.978 5889996.724 3480241.391 5889982.723
            3480225.190 5889941.737 3480134.987 5889887.302 3480123.857 5889880.586 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_cddd8565-aff7-4eb4-820f-5e2cb9609c3f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479866.131 5889798.948</gml:lowerCorner>
          <gml:upperCorner>3479931.337 5889913.119</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_db43b2ab-f822-4309-abf3-1670384c056a">
          <gml:posList srsDimension="2" count="25">3479931.337 5889902.472 3479912.736 5889855.422
            3479912.427 5889854.514 3479912.198 5889853.583 3479912.051 5889852.635 3479911.987
            5889851.678 3479912.006 5889850.719 3479912.110 5889849.765 3479912.296 5889848.824
            3479912.563 5889847.903 3479912.864 5889847.114 3479917.943 5889835.399 3479918.611
            5889833.652 3479919.126 5889831.849 3479919.482 5889830.007 3479919.676 5889828.141
            3479919.707 5889826.265 3479919.574 5889824.394 3479919.279 5889822.542 3479918.823
            5889820.722 3479918.210 5889818.949 3479910.302 5889798.948 3479867.989 5889815.677
            3479866.131 5889816.412 3479904.364 5889913.119 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_d8322ff0-2ea5-4701-b956-3e9a805639e4">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480022.367 5889753.311</gml:lowerCorner>
          <gml:upperCorner>3480049.409 5889803.470</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_4dfaa8e9-308f-4d95-bc1e-d82a8a0f9bb6">
          <gml:posList srsDimension="2" count="3">3480042.744 5889753.311 3480022.367 5889787.316
            3480049.409 5889803.470 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_ea88ebba-781d-490b-ac9c-1d15ffc60436">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480138.248 5889848.003</gml:lowerCorner>
          <gml:upperCorner>3480200.505 5889881.887</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_d33c9bc4-40ed-4f28-ab93-bc899c6c2b51">
          <gml:posList srsDimension="2" count="3">3480138.248 5889856.569 3480180.201 5889881.887
            3480200.505 5889848.003 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_4b095056-701d-4e66-8b1c-4b0a893261f7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480221.297 5889872.803</gml:lowerCorner>
          <gml:upperCorner>3480310.522 5889948.049</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_9130ba0e-f5a3-421d-9b89-a2a16b46f6eb">
          <gml:posList srsDimension="2" count="6">3480241.601 5889872.803 3480233.891 5889885.670
            3480221.297 5889906.687 3480289.837 5889948.049 3480302.667 5889927.174 3480310.522
            5889914.395 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_257a9c3c-b8c3-4aa0-95bd-c947f367589b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480314.947 5889929.872</gml:lowerCorner>
          <gml:upperCorner>3480501.700 5890062.039</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_cbe45760-2dc2-49ad-ae8b-1808ee3aca1c">
          <gml:posList srsDimension="2" count="7">3480335.635 5889929.872 3480327.778 5889942.652
            3480314.947 5889963.524 3480475.290 5890062.039 3480495.739 5890049.481 3480497.713
            5890042.308 3480501.700 5890027.822 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_df5a0687-ddc1-49db-b90f-d02150179725">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480384.704 5889637.196</gml:lowerCorner>
          <gml:upperCorner>3480507.188 5889819.524</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_db25b504-5d5d-4cf4-adae-091f7ef4e1a4">
          <gml:posList srsDimension="2" count="18">3480384.704 5889637.196 3480390.747 5889657.977
            3480390.916 5889658.551 3480393.380 5889665.661 3480407.491 5889701.309 3480417.463
            5889726.501 3480420.224 5889734.477 3480422.280 5889742.664 3480423.614 5889750.999
            3480424.217 5889759.418 3480424.084 5889767.858 3480423.215 5889776.254 3480421.618
            5889784.542 3480419.305 5889792.660 3480416.293 5889800.545 3480415.819 5889801.622
            3480444.956 5889819.524 3480507.188 5889794.890 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_1d04c77a-f64a-4354-9c65-cb7bc9b79161">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480245.526 5889650.277</gml:lowerCorner>
          <gml:upperCorner>3480394.741 5889785.951</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_92ac1770-f57a-464f-a733-c2f335b611c5">
          <gml:posList srsDimension="2" count="17">3480245.526 5889698.515 3480257.609 5889705.807
            3480390.412 5889785.951 3480391.339 5889783.342 3480392.944 5889777.699 3480394.051
            5889771.937 3480394.651 5889766.101 3480394.741 5889760.235 3480394.319 5889754.383
            3480393.389 5889748.591 3480391.957 5889742.901 3480390.035 5889737.358 3480366.153
            5889677.025 3480365.897 5889676.384 3480362.611 5889669.185 3480358.896 5889661.908
            3480352.959 5889650.277 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_7900b9eb-68db-401c-83be-e063fc4d5145">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479892.851 5889394.395</gml:lowerCorner>
          <gml:upperCorner>3480281.234 5889609.359</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_2b1f3891-a775-4532-9af4-dba04876b25b">
          <gml:posList srsDimension="2" count="44">3479893.028 5889541.859 3479892.987 5889542.116
            3479892.870 5889543.245 3479892.851 5889544.380 3479892.931 5889545.512 3479893.110
            5889546.633 3479893.385 5889547.734 3479893.756 5889548.807 3479917.682 5889609.359
            3480246.999 5889479.250 3480245.894 5889476.457 3480281.234 5889462.494 3480280.500
            5889460.639 3480261.091 5889411.606 3480260.127 5889409.449 3480258.972 5889407.371
            3480257.640 5889405.402 3480256.142 5889403.556 3480254.489 5889401.848 3480252.693
            5889400.290 3480250.768 5889398.895 3480248.729 5889397.673 3480246.592 5889396.633
            3480244.371 5889395.784 3480242.085 5889395.131 3480239.751 5889394.680 3480237.387
            5889394.434 3480235.010 5889394.395 3480232.639 5889394.563 3480230.291 5889394.938
            3480227.985 5889395.516 3480225.738 5889396.292 3479907.855 5889521.904 3479906.063
            5889522.873 3479904.070 5889524.168 3479902.198 5889525.632 3479900.460 5889527.254
            3479898.871 5889529.022 3479897.441 5889530.921 3479896.182 5889532.937 3479895.104
            5889535.056 3479894.215 5889537.260 3479893.521 5889539.534 3479893.028 5889541.859
          </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_c35a46c6-2435-4b4a-8d4d-f7f34502ea48">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480071.986 5889494.574</gml:lowerCorner>
          <gml:upperCorner>3480314.927 5889643.011</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_6440ae35-c411-4dd7-b56b-0104f14af44f">
          <gml:posList srsDimension="2" count="12">3480314.927 5889554.020 3480311.345 5889541.456
            3480309.626 5889535.428 3480309.331 5889534.416 3480306.744 5889526.939 3480293.933
            5889494.574 3480258.590 5889508.537 3480257.302 5889505.283 3480084.703 5889573.475
            3480071.986 5889594.763 3480141.325 5889636.184 3480152.754 5889643.011 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_c679338d-e373-49e0-ae7c-8ad8d61995a3">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480320.079 5889459.073</gml:lowerCorner>
          <gml:upperCorner>3480374.260 5889540.239</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_4cb96d71-1cc6-4c4a-92bb-401ac9f40b05">
          <gml:posList srsDimension="2" count="5">3480374.260 5889459.073 3480320.079 5889480.480
            3480326.682 5889497.162 3480330.415 5889505.364 3480348.445 5889540.239 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_d3d239b3-dd83-4542-9558-10afd4f68b49">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479929.412 5889597.957</gml:lowerCorner>
          <gml:upperCorner>3480134.346 5889664.629</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_84cdd587-c82c-4905-ae5f-b79b014c2d4e">
          <gml:posList srsDimension="2" count="5">3480134.346 5889664.629 3480101.731 5889645.145
            3480022.738 5889597.957 3479941.704 5889629.973 3479929.412 5889634.830 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_82d7469f-6bb4-4b85-b6ae-76e8eb5f4b88">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478648.818 5890495.581</gml:lowerCorner>
          <gml:upperCorner>3478902.216 5890701.760</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_d6ab0827-a90d-452e-bccd-774aae0aca63">
          <gml:posList srsDimension="2" count="19">3478835.953 5890495.581 3478827.311 5890500.975
            3478814.559 5890510.267 3478726.577 5890580.474 3478711.635 5890591.366 3478695.801
            5890600.914 3478679.194 5890609.046 3478672.403 5890611.873 3478648.818 5890621.182
            3478663.805 5890659.102 3478666.570 5890661.872 3478676.517 5890670.772 3478687.202
            5890678.772 3478698.544 5890685.810 3478710.456 5890691.832 3478722.848 5890696.794
            3478804.760 5890701.760 3478902.216 5890663.231 3478835.953 5890495.581 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_0ab37621-b617-4bc8-bcf1-c453e1b74463">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479196.065 5890238.858</gml:lowerCorner>
          <gml:upperCorner>3479491.057 5890541.250</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_ed33a227-8879-4b7b-8af9-e1414f563a19">
          <gml:posList srsDimension="2" count="46">3479483.032 5890431.516 3479485.686 5890401.183
            3479479.588 5890385.761 3479465.174 5890391.460 3479454.280 5890363.914 3479453.753
            5890362.389 3479453.105 5890359.230 3479452.991 5890357.621 3479453.017 5890356.007
            3479453.183 5890354.402 3479453.489 5890352.818 3479453.931 5890351.266 3479454.508
            5890349.759 3479454.510 5890349.753 3479457.982 5890341.744 3479457.982 5890341.743
            3479458.185 5890341.213 3479458.340 5890340.668 3479458.448 5890340.111 3479458.506
            5890339.547 3479458.515 5890338.980 3479458.475 5890338.414 3479458.385 5890337.854
            3479458.247 5890337.304 3479458.062 5890336.768 3479419.342 5890238.858 3479404.454
            5890249.887 3479366.913 5890275.241 3479327.306 5890297.226 3479285.992 5890315.652
            3479196.065 5890351.146 3479271.202 5890541.250 3479328.871 5890518.488 3479491.057
            5890454.471 3479489.674 5890453.139 3479488.413 5890451.692 3479487.283 5890450.141
            3479486.292 5890448.496 3479485.448 5890446.772 3479485.145 5890446.042 3479484.235
            5890443.404 3479483.558 5890440.697 3479483.119 5890437.941 3479482.922 5890435.158
            3479482.969 5890432.367 3479483.032 5890431.516 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_44db6c8a-0f0c-47e5-a614-996e8b7ad6c9">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479677.319 5890103.359</gml:lowerCorner>
          <gml:upperCorner>3479770.474 5890286.384</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_3c73480f-e411-4bf4-aff3-87970bdd2955">
          <gml:posList srsDimension="2" count="26">3479677.319 5890114.005 3479723.848 5890231.695
            3479724.034 5890232.230 3479724.173 5890232.780 3479724.263 5890233.339 3479724.304
            5890233.904 3479724.295 5890234.471 3479724.238 5890235.034 3479724.131 5890235.591
            3479723.977 5890236.136 3479723.775 5890236.665 3479723.775 5890236.666 3479720.296
            5890244.693 3479719.721 5890246.196 3479719.278 5890247.749 3479718.972 5890249.334
            3479718.805 5890250.939 3479718.778 5890252.554 3479718.893 5890254.164 3479719.147
            5890255.758 3479719.540 5890257.324 3479720.067 5890258.850 3479730.952 5890286.384
            3479770.474 5890270.759 3479762.569 5890250.763 3479704.292 5890103.359 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_1d02bbd3-b1f9-43b4-995f-a662b4e1337f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480353.826 5889825.906</gml:lowerCorner>
          <gml:upperCorner>3480561.260 5890004.370</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_a569b34a-3b51-496b-97fd-1a1e73d169db">
          <gml:posList srsDimension="2" count="8">3480550.285 5890004.370 3480555.966 5889991.176
            3480561.260 5889976.174 3480502.405 5889826.895 3480442.235 5889850.714 3480401.860
            5889825.906 3480360.633 5889893.005 3480353.826 5889904.082 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_30c5c4d6-e5d1-4f32-8fcb-cfaee0211a2e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480224.108 5889718.292</gml:lowerCorner>
          <gml:upperCorner>3480376.757 5889888.590</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_6aac4c79-8c55-49b5-9dc3-d9386488ab67">
          <gml:posList srsDimension="2" count="5">3480328.723 5889888.590 3480335.529 5889877.513
            3480376.757 5889810.413 3480268.139 5889744.863 3480224.108 5889718.292 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_704f7ece-96af-471f-9f99-b1369d44cb03">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479836.037 5889630.233</gml:lowerCorner>
          <gml:upperCorner>3480001.533 5889762.700</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_f0792bdb-068c-4cc7-8aae-354d05fa6e52">
          <gml:posList srsDimension="2" count="7">3479892.062 5889630.233 3479878.111 5889635.744
            3479848.405 5889647.480 3479836.037 5889676.009 3479981.161 5889762.700 3479993.823
            5889741.569 3480001.533 5889728.702 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauGrenze gml:id="GML_a9ada70d-3cde-48ba-9ab8-9873b01f59b1">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479628.430 5889260.568</gml:lowerCorner>
          <gml:upperCorner>3480354.014 5889690.079</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_aec77655-b813-4758-b4ec-d2c52808e1de">
          <gml:posList srsDimension="2" count="60">3479863.698 5889538.151 3479864.650 5889533.293
            3479866.021 5889528.536 3479867.802 5889523.916 3479869.979 5889519.470 3479872.535
            5889515.230 3479874.436 5889512.540 3479877.562 5889508.701 3479881.011 5889505.149
            3479884.756 5889501.911 3479888.769 5889499.012 3479893.019 5889496.474 3479897.475
            5889494.316 3479899.111 5889493.640 3480214.833 5889368.882 3480219.510 5889367.260
            3480224.311 5889366.051 3480229.199 5889365.265 3480234.137 5889364.909 3480239.087
            5889364.984 3480244.012 5889365.490 3480248.874 5889366.424 3480253.636 5889367.777
            3480258.262 5889369.541 3480262.717 5889371.701 3480266.966 5889374.241 3480270.978
            5889377.142 3480274.722 5889380.382 3480278.169 5889383.935 3480281.293 5889387.775
            3480284.071 5889391.873 3480286.481 5889396.198 3480288.505 5889400.716 3480288.518
            5889400.749 3480314.558 5889466.534 3480354.014 5889450.945 3480281.031 5889266.045
            3480264.773 5889263.049 3480244.207 5889260.908 3480223.533 5889260.568 3480202.908
            5889262.031 3480182.489 5889265.286 3480162.431 5889270.308 3480142.887 5889277.059
            3479664.301 5889466.170 3479628.430 5889509.603 3479660.279 5889590.167 3479670.389
            5889615.739 3479699.779 5889690.079 3479771.356 5889661.796 3479797.899 5889600.569
            3479869.207 5889572.392 3479867.167 5889567.231 3479865.555 5889562.552 3479864.356
            5889557.750 3479863.581 5889552.861 3479863.234 5889547.924 3479863.320 5889542.976
            3479863.400 5889541.843 3479863.698 5889538.151 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauGrenze>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_29e351ab-70be-4af8-9698-94d52833fb27">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480096.515 5889880.586</gml:lowerCorner>
          <gml:upperCorner>3480123.857 5889918.400</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_60498b44-7561-414c-a7ca-984925d84600">
          <gml:posList srsDimension="2" count="5">3480123.857 5889880.586 3480122.994 5889882.026
            3480110.882 5889900.372 3480097.218 5889917.593 3480096.515 5889918.400 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_60beb52f-00d0-4287-b49c-74492ce3be1a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479931.337 5889827.487</gml:lowerCorner>
          <gml:upperCorner>3480035.019 5889902.472</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_b62efb9f-c379-4a32-94e0-a072402b5812">
          <gml:posList srsDimension="2" count="11">3479931.337 5889902.472 3479961.354 5889890.624
            3479965.054 5889889.069 3479977.006 5889883.225 3479988.404 5889876.361 3479999.159
            5889868.530 3480009.192 5889859.791 3480018.425 5889850.211 3480026.787 5889839.863
            3480034.216 5889828.826 3480035.019 5889827.487 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_4380098d-e57e-4a24-9c59-e8460ac17a4a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479442.701 5890166.598</gml:lowerCorner>
          <gml:upperCorner>3479544.072 5890219.065</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_4936a7a1-5d7c-4de9-8f5a-1abde8905546">
          <gml:posList srsDimension="2" count="6">3479544.072 5890166.598 3479513.286 5890178.750
            3479490.790 5890188.783 3479469.221 5890200.756 3479448.778 5890214.562 3479442.701
            5890219.065 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_1de83651-0ac7-43a2-a586-ba700e79d946">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479576.627 5890114.005</gml:lowerCorner>
          <gml:upperCorner>3479677.319 5890153.750</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_2430245b-c3e9-4108-aca4-482fd41a501e">
          <gml:posList srsDimension="2" count="2">3479677.319 5890114.005 3479576.627 5890153.750
          </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_834f3a55-c93a-4c8d-8a36-4d783d6dfcd1">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479704.292 5890061.963</gml:lowerCorner>
          <gml:upperCorner>3479809.169 5890103.359</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_af362137-63bc-4312-9e56-1421634ac3d4">
          <gml:posList srsDimension="2" count="2">3479809.169 5890061.963 3479704.292 5890103.359
          </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_cf955fad-dbf8-4da5-ad0e-288911a40b30">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479538.576 5890017.753</gml:lowerCorner>
          <gml:upperCorner>3479639.268 5890057.498</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_1f0679df-fefd-457d-bfa9-c9e0c191caf4">
          <gml:posList srsDimension="2" count="2">3479538.576 5890057.498 3479639.268 5890017.753
          </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_2b77aa5c-02e8-4327-8ad0-aaec1b600860">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479666.239 5889965.714</gml:lowerCorner>
          <gml:upperCorner>3479771.118 5890007.108</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_a7f0dcf5-a070-454f-9a1a-56c7ec057877">
          <gml:posList srsDimension="2" count="2">3479666.239 5890007.108 3479771.118 5889965.714
          </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_5237f6e2-f9d9-425c-aab8-880e76a4a65a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479803.672 5889913.119</gml:lowerCorner>
          <gml:upperCorner>3479904.364 5889952.864</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_05115026-21fd-4abf-8b8c-972628f37391">
          <gml:posList srsDimension="2" count="2">3479803.672 5889952.864 3479904.364 5889913.119
          </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_8cdbba2a-d8a2-4af5-8dd8-4509fd69612d">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479841.724 5889945.037</gml:lowerCorner>
          <gml:upperCorner>3480069.410 5890049.113</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_f1d41c1f-de35-41a1-9b1a-4d2a569480db">
          <gml:posList srsDimension="2" count="6">3480069.410 5889945.037 3480052.010 5889958.473
            3480033.506 5889970.342 3480014.037 5889980.553 3479999.353 5889986.895 3479841.724
            5890049.113 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_8a18687f-2b1f-4e6f-a209-6f97946218a2">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480138.248 5889822.685</gml:lowerCorner>
          <gml:upperCorner>3480200.505 5889856.569</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_a6811873-6e0d-425c-b297-e92cdb33cf1c">
          <gml:posList srsDimension="2" count="3">3480200.505 5889848.003 3480158.552 5889822.685
            3480138.248 5889856.569 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_8ae94eef-d7e1-40d8-9256-d812b956ab76">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480241.601 5889872.803</gml:lowerCorner>
          <gml:upperCorner>3480310.522 5889914.395</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_dd36e2bf-b5e7-4c68-8cd2-1c2beb374885">
          <gml:posList srsDimension="2" count="2">3480310.522 5889914.395 3480241.601 5889872.803
          </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_4c51e921-f450-4b6d-bee5-d5f3aa56b75b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480335.635 5889929.872</gml:lowerCorner>
          <gml:upperCorner>3480501.700 5890027.822</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_0634e3fc-2f88-4549-94ee-7b0014b29483">
          <gml:posList srsDimension="2" count="5">3480501.700 5890027.822 3480489.797 5890023.118
            3480478.349 5890017.394 3480472.812 5890014.156 3480335.635 5889929.872 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_15af7c15-733c-4130-beeb-2ea6ba7c2485">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480177.274 5889718.292</gml:lowerCorner>
          <gml:upperCorner>3480328.723 5889888.590</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_387dc36d-f48a-41ff-9852-98f3f1dcb136">
          <gml:posList srsDimension="2" count="11">3480224.108 5889718.292 3480222.914 5889719.652
            3480214.891 5889729.763 3480207.780 5889740.536 3480177.274 5889791.443 3480188.973
            5889802.192 3480190.661 5889803.703 3480196.696 5889808.522 3480203.127 5889812.796
            3480220.977 5889823.569 3480328.723 5889888.590 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_6727e7d7-40e7-4f55-8d1c-b3481e9253c9">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480042.744 5889753.311</gml:lowerCorner>
          <gml:upperCorner>3480069.789 5889803.470</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_8998236e-1063-4cde-8eef-f5ba7ba75b68">
          <gml:posList srsDimension="2" count="3">3480049.409 5889803.470 3480069.789 5889769.461
            3480042.744 5889753.311 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_7b05af30-90b0-4b34-b8f3-23e1ef6387b2">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479892.793 5889630.901</gml:lowerCorner>
          <gml:upperCorner>3480002.252 5889729.339</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_80e1a26b-644d-4877-bdee-c732eaa9b1bc">
          <gml:posList srsDimension="2" count="10">3480002.252 5889729.339 3479949.864 5889698.056
            3479939.898 5889691.499 3479930.542 5889684.099 3479921.866 5889675.911 3479913.937
            5889666.998 3479906.814 5889657.428 3479900.553 5889647.274 3479895.201 5889636.613
            3479892.793 5889630.901 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_d45c185d-0324-4f66-8d63-783966c4c34a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480384.704 5889616.679</gml:lowerCorner>
          <gml:upperCorner>3480507.188 5889794.890</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_9dfd1e66-6aea-46c9-b81c-b6a18be38679">
          <gml:posList srsDimension="2" count="4">3480507.188 5889794.890 3480461.671 5889679.905
            3480436.643 5889616.679 3480384.704 5889637.196 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_1e80e6b6-5982-4cda-a5e8-d74320b94e61">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480348.445 5889459.073</gml:lowerCorner>
          <gml:upperCorner>3480398.551 5889540.239</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_496b1abf-c8ff-48f3-9b9f-d1e012465386">
          <gml:posList srsDimension="2" count="3">3480348.445 5889540.239 3480398.551 5889520.440
            3480374.260 5889459.073 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_24a312f1-5c7c-4c77-bea5-acfa50a18180">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479394.800 5890070.350</gml:lowerCorner>
          <gml:upperCorner>3479506.020 5890114.248</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_aaab784c-f08f-4edf-aad7-f8d4c0a209e7">
          <gml:posList srsDimension="2" count="2">3479394.800 5890114.248 3479506.020 5890070.350
          </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_6a6d23f7-c8c3-4ecc-b248-4835f2ff0860">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480353.826 5889904.082</gml:lowerCorner>
          <gml:upperCorner>3480550.285 5890004.370</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_983c41f6-7879-4a95-bcbb-adfed2f0b87a">
          <gml:posList srsDimension="2" count="9">3480353.826 5889904.082 3480489.301 5889987.318
            3480492.578 5889989.258 3480501.522 5889993.849 3480510.832 5889997.644 3480520.437
            5890000.613 3480530.264 5890002.733 3480540.239 5890003.988 3480550.285 5890004.370
          </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_14f6125a-b1df-419e-9bf4-f961f5b7c352">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479929.412 5889634.830</gml:lowerCorner>
          <gml:upperCorner>3480134.346 5889737.063</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_6a7de331-4049-4603-ad9a-cfd53858c445">
          <gml:posList srsDimension="2" count="15">3479929.412 5889634.830 3479932.104 5889639.013
            3479937.594 5889646.399 3479943.706 5889653.278 3479950.395 5889659.599 3479957.609
            5889665.313 3479965.294 5889670.376 3480051.690 5889721.966 3480054.676 5889723.671
            3480060.436 5889726.547 3480067.595 5889729.432 3480089.202 5889737.063 3480119.001
            5889687.336 3480131.082 5889669.032 3480134.346 5889664.629 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_6ba1abd9-8c0b-4ef4-87f9-4a75afacbba5">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480245.526 5889650.277</gml:lowerCorner>
          <gml:upperCorner>3480352.959 5889698.515</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_aae9c4e2-c95c-4c5b-ab43-2523e79655a6">
          <gml:posList srsDimension="2" count="6">3480352.959 5889650.277 3480280.348 5889678.963
            3480279.122 5889679.454 3480267.382 5889684.821 3480256.155 5889691.191 3480245.526
            5889698.515 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_3706a209-5b52-493e-b7df-af9600606c1f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480152.754 5889554.020</gml:lowerCorner>
          <gml:upperCorner>3480314.927 5889643.011</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_9ba52ee5-0dcf-4a30-a6a9-19f5b4b7486e">
          <gml:posList srsDimension="2" count="7">3480152.754 5889643.011 3480168.576 5889627.812
            3480185.663 5889614.050 3480203.884 5889601.830 3480223.101 5889591.244 3480242.319
            5889582.706 3480314.927 5889554.020 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BauLinie gml:id="GML_3e4ddc24-fd41-475f-a8ba-27830db792d9">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479892.062 5889630.233</gml:lowerCorner>
          <gml:upperCorner>3479892.074 5889630.264</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_dcafdbd8-014f-4af2-85c5-4876f2160bf8">
          <gml:posList srsDimension="2" count="2">3479892.062 5889630.233 3479892.074 5889630.264
          </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_BauLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_210e1ffa-e959-4581-a23b-734d365a9e3c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480221.297 5889906.687</gml:lowerCorner>
          <gml:upperCorner>3480289.837 5889948.049</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_56adabc0-5282-4a6c-bd19-607f16b7825d">
          <gml:posList srsDimension="2" count="3">3480221.297 5889906.687 3480289.837 5889948.049
            3480221.297 5889906.687 </gml:posList>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_10eea201-9238-488d-ae5c-665750619e84">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480028.107 5889751.624</gml:lowerCorner>
          <gml:upperCorner>3480028.107 5889751.624</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_a9846a5e-4682-4087-be14-a9fe7e0d3222">
          <gml:pos>3480028.107 5889751.624</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_afd13300-31b9-4e9a-b46d-f9de452093b1">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480028.107 5889751.624</gml:lowerCorner>
          <gml:upperCorner>3480028.107 5889751.624</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_53f3ae32-0e31-40af-9634-1156bb52a5c2">
          <gml:pos>3480028.107 5889751.624</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_426cb8ea-c4de-4361-9512-a4a7c415faa0">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480018.234 5889766.643</gml:lowerCorner>
          <gml:upperCorner>3480018.234 5889766.643</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_2a0b3c8d-c7c5-45d6-86df-248718098f53">
          <gml:pos>3480018.234 5889766.643</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_d4a3a9df-53e2-4a40-a6cd-91ef6f2c4588">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480018.234 5889766.643</gml:lowerCorner>
          <gml:upperCorner>3480018.234 5889766.643</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_2a5ad060-e340-4dfa-9435-2302963b4f4b">
          <gml:pos>3480018.234 5889766.643</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_76c847af-45f5-4933-bb1b-546cae6389cb">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480018.918 5889756.160</gml:lowerCorner>
          <gml:upperCorner>3480018.918 5889756.160</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_61c00320-c5dc-4154-b490-a01530289148">
          <gml:pos>3480018.918 5889756.160</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_5059c847-6fd6-4e94-84eb-0f275953d6d7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480018.918 5889756.160</gml:lowerCorner>
          <gml:upperCorner>3480018.918 5889756.160</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_3f102131-70fc-4da8-9294-bf44ca9ff523">
          <gml:pos>3480018.918 5889756.160</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_911727f1-2769-4e2d-9143-b957d13bb841">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480010.317 5889774.304</gml:lowerCorner>
          <gml:upperCorner>3480010.317 5889774.304</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_b6a925ea-ec2c-4263-a325-ff91644fef3b">
          <gml:pos>3480010.317 5889774.304</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_9506c481-acdf-4562-bcc2-5af2f2141316">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480010.317 5889774.304</gml:lowerCorner>
          <gml:upperCorner>3480010.317 5889774.304</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_73b9aad3-292a-443b-8189-df0b2f4ca47c">
          <gml:pos>3480010.317 5889774.304</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_14928876-d19d-4f71-b232-01020e321829">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479999.173 5889776.018</gml:lowerCorner>
          <gml:upperCorner>3479999.173 5889776.018</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_296dcd28-4557-4838-ad50-9f7e58c491d4">
          <gml:pos>3479999.173 5889776.018</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_8c17a112-bb5f-4e8a-91d9-7848aed5807f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479999.369 5889777.329</gml:lowerCorner>
          <gml:upperCorner>3479999.369 5889777.329</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_306e1452-a04d-4378-9d72-8106fd72103c">
          <gml:pos>3479999.369 5889777.329</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_af7e4b99-0ef2-4dd2-ab60-646b1feed564">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480001.324 5889763.519</gml:lowerCorner>
          <gml:upperCorner>3480001.324 5889763.519</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_8a9c9c66-e0d3-4d04-8ae0-c944516b5668">
          <gml:pos>3480001.324 5889763.519</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_118b0f59-2e8f-43e0-9555-86b38ae4b0e3">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480000.933 5889763.519</gml:lowerCorner>
          <gml:upperCorner>3480000.933 5889763.519</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_7ec4834f-2e09-44e4-9101-d4e84fe789e5">
          <gml:pos>3480000.933 5889763.519</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_4b63b99d-c17e-4278-a552-ff3f8a3548f1">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480009.144 5889757.269</gml:lowerCorner>
          <gml:upperCorner>3480009.144 5889757.269</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_a0006092-1e1d-4fcd-a4f1-c7695ce4a8e5">
          <gml:pos>3480009.144 5889757.269</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_930cc9f6-9664-4835-8b2a-6a6a1d084872">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480009.144 5889757.269</gml:lowerCorner>
          <gml:upperCorner>3480009.144 5889757.269</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_f4cae747-54f0-4776-9a37-f7b141640151">
          <gml:pos>3480009.144 5889757.269</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_3650fd9e-7616-4e16-8af6-bc6fb3609b8a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480000.151 5889753.337</gml:lowerCorner>
          <gml:upperCorner>3480000.151 5889753.337</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_92f538f1-490b-432b-8311-fc04b9414d6c">
          <gml:pos>3480000.151 5889753.337</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_829c0947-4a96-4582-b4ac-a832fecc6f59">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480000.151 5889753.337</gml:lowerCorner>
          <gml:upperCorner>3480000.151 5889753.337</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_6d9ad08d-72fe-4be4-a705-f6a7d88c857c">
          <gml:pos>3480000.151 5889753.337</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_5a31f3d7-24bc-4a65-8dea-2ff8a5df43c0">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480007.971 5889744.668</gml:lowerCorner>
          <gml:upperCorner>3480007.971 5889744.668</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_0b380fdf-d075-4802-abee-0ee56422686f">
          <gml:pos>3480007.971 5889744.668</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_c4d8849e-6d5a-47e4-9af8-a1d72dad8b7f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480007.971 5889744.668</gml:lowerCorner>
          <gml:upperCorner>3480007.971 5889744.668</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_99231e57-0687-4b4f-98fe-2af542976cff">
          <gml:pos>3480007.971 5889744.668</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_86c45b92-dd83-43d7-97bc-d799fd118887">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480023.610 5889742.148</gml:lowerCorner>
          <gml:upperCorner>3480023.610 5889742.148</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_cea923e8-d0a3-4b27-a5e0-4d8bb80eb732">
          <gml:pos>3480023.610 5889742.148</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_3506ba32-80c8-4ff3-b69e-786cf3264361">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480023.610 5889742.148</gml:lowerCorner>
          <gml:upperCorner>3480023.610 5889742.148</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_411b8874-8ca3-4258-a254-c91f579beed8">
          <gml:pos>3480023.610 5889742.148</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_bb2e3b0f-0634-41e7-ab2a-f56a5c6b4325">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480017.355 5889737.209</gml:lowerCorner>
          <gml:upperCorner>3480017.355 5889737.209</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_54bfd015-d3fd-44b3-b01d-91113fba8bce">
          <gml:pos>3480017.355 5889737.209</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_abb39819-4e45-4289-8184-8e0305aa3f31">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480017.355 5889737.209</gml:lowerCorner>
          <gml:upperCorner>3480017.355 5889737.209</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_8c1d4628-6dc1-46b6-b619-4e2efc0f72a6">
          <gml:pos>3480017.355 5889737.209</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_27044c32-98c4-45e9-b825-81ede8faba0a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479846.334 5889616.006</gml:lowerCorner>
          <gml:upperCorner>3479846.334 5889616.006</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_66939f9e-38a8-4808-8946-b0b19c417680">
          <gml:pos>3479846.334 5889616.006</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_05e683bc-39d6-4f5d-8e70-17389d98f2cc">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479846.334 5889616.006</gml:lowerCorner>
          <gml:upperCorner>3479846.334 5889616.006</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_0c39e307-84ed-4a9d-a61b-e363d54197f4">
          <gml:pos>3479846.334 5889616.006</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_7b913bee-556d-4cd9-9a86-60c1091ce86e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479829.753 5889604.919</gml:lowerCorner>
          <gml:upperCorner>3479829.753 5889604.919</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_89e3007d-c878-4182-8b1e-23ba02f02d75">
          <gml:pos>3479829.753 5889604.919</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_5c5ab1d6-c982-41da-9e99-ad5f83405245">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479829.753 5889604.919</gml:lowerCorner>
          <gml:upperCorner>3479829.753 5889604.919</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_9c1cef4c-bdaf-442c-986b-2a7b155d2f8f">
          <gml:pos>3479829.753 5889604.919</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_50813e22-c181-4b7a-bec8-75b4088f8dc3">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479838.301 5889609.864</gml:lowerCorner>
          <gml:upperCorner>3479838.301 5889609.864</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_ec6137df-482f-4df6-abfc-6029ca540ac5">
          <gml:pos>3479838.301 5889609.864</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_6fb2e790-e452-495e-8be7-281dca37439d">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479838.301 5889609.864</gml:lowerCorner>
          <gml:upperCorner>3479838.301 5889609.864</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_4b07d807-f725-4d6c-9582-2892d94a311b">
          <gml:pos>3479838.301 5889609.864</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_861efa60-bfd1-417d-af4a-ebbce12a19bf">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479857.342 5889600.339</gml:lowerCorner>
          <gml:upperCorner>3479857.342 5889600.339</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_1dfd41bb-2a76-4f98-b7ac-5e2a80e4ed59">
          <gml:pos>3479857.342 5889600.339</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_73380d41-094a-4d48-aef8-124644b4464b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479857.689 5889599.975</gml:lowerCorner>
          <gml:upperCorner>3479857.689 5889599.975</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_77f26a7a-b4a7-4cf5-bbb0-5559d8706dd3">
          <gml:pos>3479857.689 5889599.975</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_1cae7b98-fe04-4507-a3cd-190bf9eea0c3">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479866.029 5889605.994</gml:lowerCorner>
          <gml:upperCorner>3479866.029 5889605.994</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_96656ee4-3003-49eb-81f3-d117a0804add">
          <gml:pos>3479866.029 5889605.994</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_af2f1fe5-0fb3-4acd-a9b3-dbf2b52872f4">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479866.029 5889605.994</gml:lowerCorner>
          <gml:upperCorner>3479866.029 5889605.994</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_dd02142c-6880-4fac-b50c-0d2b569d5a23">
          <gml:pos>3479866.029 5889605.994</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_8952adfb-2829-435c-8b67-6192e52f56f3">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479841.930 5889600.793</gml:lowerCorner>
          <gml:upperCorner>3479841.930 5889600.793</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_0c6e55d0-ee96-4bbf-96ae-1e9c30b620f0">
          <gml:pos>3479841.930 5889600.793</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_e5d13b2e-607f-4215-83c9-8dd41bfa4b9f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479842.470 5889600.619</gml:lowerCorner>
          <gml:upperCorner>3479842.470 5889600.619</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_8498d4a9-8984-48b1-afc5-879456f588cc">
          <gml:pos>3479842.470 5889600.619</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_9046c229-8306-49c1-9038-d2db2ba5ce8e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479850.393 5889606.854</gml:lowerCorner>
          <gml:upperCorner>3479850.393 5889606.854</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_ff0bf559-ad63-4416-81dc-50e6a5f0dd47">
          <gml:pos>3479850.393 5889606.854</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_4a5541dc-5ed8-4797-941e-3b8d3b5d1284">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479850.393 5889606.854</gml:lowerCorner>
          <gml:upperCorner>3479850.393 5889606.854</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_a11c6e58-942f-48b6-97ec-1eedc75b9f42">
          <gml:pos>3479850.393 5889606.854</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_6cda61d8-2bde-4106-aa49-00f1f60556ed">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479858.523 5889612.874</gml:lowerCorner>
          <gml:upperCorner>3479858.523 5889612.874</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_ff2afcf6-f286-4d4f-a74b-dd5c9391ab65">
          <gml:pos>3479858.523 5889612.874</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_a8753cb3-b8f2-4b2a-b1eb-869fd06502db">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479858.523 5889612.874</gml:lowerCorner>
          <gml:upperCorner>3479858.523 5889612.874</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_08743790-9e2b-4e23-a9cd-92bef4be167d">
          <gml:pos>3479858.523 5889612.874</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_e7fda236-89a1-4169-b226-04c2969a8cb6">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479867.488 5889617.819</gml:lowerCorner>
          <gml:upperCorner>3479867.488 5889617.819</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_5052a7c3-24d5-441f-a5f0-93acd069eb48">
          <gml:pos>3479867.488 5889617.819</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_bbd07aa5-7955-4c71-addd-a6b8d81d52c2">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479867.488 5889617.819</gml:lowerCorner>
          <gml:upperCorner>3479867.488 5889617.819</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_6d38ce4b-8b70-45e9-bda9-e5e6ae9492b9">
          <gml:pos>3479867.488 5889617.819</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_fced3a94-dc7e-4f57-80db-13b59f66eb8c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479882.082 5889614.809</gml:lowerCorner>
          <gml:upperCorner>3479882.082 5889614.809</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_7811927d-8ccb-42ae-8ef5-180c3adcf752">
          <gml:pos>3479882.082 5889614.809</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_71de174c-c728-462b-9a14-384c362b4c4e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479882.082 5889614.809</gml:lowerCorner>
          <gml:upperCorner>3479882.082 5889614.809</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_114ddc95-2167-463e-a5a6-f6bddd1ec062">
          <gml:pos>3479882.082 5889614.809</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_29ba2ab8-c294-44cd-b7dd-fa5f738348ed">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479821.622 5889677.156</gml:lowerCorner>
          <gml:upperCorner>3479821.622 5889677.156</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_1e7503d8-01c0-46f3-b358-08140afa08a0">
          <gml:pos>3479821.622 5889677.156</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_d3f8851b-aa4a-4ad3-ac14-fa5d74d797cd">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479821.622 5889677.156</gml:lowerCorner>
          <gml:upperCorner>3479821.622 5889677.156</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_2bf87855-258f-4324-985d-b5b3cec031c6">
          <gml:pos>3479821.622 5889677.156</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_74364560-95dc-469d-b5ca-d6e663ec615f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479810.573 5889675.221</gml:lowerCorner>
          <gml:upperCorner>3479810.573 5889675.221</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_da53a7d4-9e70-4645-aaed-fcf0a75ca4a1">
          <gml:pos>3479810.573 5889675.221</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_39b9847e-5761-4606-bcba-6a8a8da10c1b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479810.573 5889675.221</gml:lowerCorner>
          <gml:upperCorner>3479810.573 5889675.221</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_f3856f8b-0dfe-420a-8237-025b8c2e514b">
          <gml:pos>3479810.573 5889675.221</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_d60cb953-7f3a-4529-836e-5ad383cf0c78">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479805.360 5889652.432</gml:lowerCorner>
          <gml:upperCorner>3479805.360 5889652.432</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_4c8a2545-31f6-451a-aa60-980b7921443f">
          <gml:pos>3479805.360 5889652.432</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_57f379dd-0114-42b5-b8a2-0857022ce18f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479805.360 5889652.432</gml:lowerCorner>
          <gml:upperCorner>3479805.360 5889652.432</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_f9e44bb9-18c2-4517-98c3-91d97d364cc5">
          <gml:pos>3479805.360 5889652.432</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_87fa3b50-a353-4465-953a-d2d113c3a81a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479814.742 5889660.387</gml:lowerCorner>
          <gml:upperCorner>3479814.742 5889660.387</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_8aea1484-0756-4d03-b863-14502747930b">
          <gml:pos>3479814.742 5889660.387</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_272465e9-c734-45bf-acbe-0bb8839298db">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479814.742 5889660.387</gml:lowerCorner>
          <gml:upperCorner>3479814.742 5889660.387</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_7e2b3c88-7feb-44c4-9583-c3a33131680c">
          <gml:pos>3479814.742 5889660.387</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_822d8673-9880-4284-aa9f-d56c0d96cbc9">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479803.693 5889666.837</gml:lowerCorner>
          <gml:upperCorner>3479803.693 5889666.837</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_7a0734cf-1757-4d37-ba70-cd1820b9176b">
          <gml:pos>3479803.693 5889666.837</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_99db5be2-862c-40f5-8f53-2c4e0134c7c2">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479803.693 5889666.837</gml:lowerCorner>
          <gml:upperCorner>3479803.693 5889666.837</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_8816c6e8-caa3-4022-9c6e-53d5121ddac1">
          <gml:pos>3479803.693 5889666.837</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_d51983ad-e693-4dac-aa3b-65a34e025768">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480108.959 5889819.579</gml:lowerCorner>
          <gml:upperCorner>3480108.959 5889819.579</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_b8b03822-2a29-4c68-97f1-e36cc37c696e">
          <gml:pos>3480108.959 5889819.579</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_1343e922-e448-4a4d-8733-9385558f19af">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480108.959 5889819.579</gml:lowerCorner>
          <gml:upperCorner>3480108.959 5889819.579</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_890be87b-2598-424c-830b-857b7d081f18">
          <gml:pos>3480108.959 5889819.579</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_5eaae706-b299-4c10-8a52-a8656e56b2b2">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480093.300 5889798.713</gml:lowerCorner>
          <gml:upperCorner>3480093.300 5889798.713</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_019dd3bb-edef-4af9-80bf-dfc0bb08b205">
          <gml:pos>3480093.300 5889798.713</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_f8b9d25b-0676-40e3-a887-98db628af688">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480093.937 5889797.400</gml:lowerCorner>
          <gml:upperCorner>3480093.937 5889797.400</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_8088b021-20fd-4229-8034-9490903eae94">
          <gml:pos>3480093.937 5889797.400</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_93f07848-4f6d-41d1-9096-44272b3f09bf">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480094.319 5889809.736</gml:lowerCorner>
          <gml:upperCorner>3480094.319 5889809.736</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_95072d84-1241-41b5-9d58-ebecae525087">
          <gml:pos>3480094.319 5889809.736</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_788ea3b0-7911-4b08-a694-9789089b41aa">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480093.555 5889807.899</gml:lowerCorner>
          <gml:upperCorner>3480093.555 5889807.899</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_4602625a-ffef-4584-b5d8-7c36c27c6ad7">
          <gml:pos>3480093.555 5889807.899</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_02979472-c921-4b72-8a47-135eb32eede3">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480102.593 5889803.700</gml:lowerCorner>
          <gml:upperCorner>3480102.593 5889803.700</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_cd5cba8f-f9ca-4255-888a-7417995b4e9d">
          <gml:pos>3480102.593 5889803.700</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_408aee6e-b038-4314-a632-0a029b45d0b9">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480102.593 5889803.700</gml:lowerCorner>
          <gml:upperCorner>3480102.593 5889803.700</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_d78dfe33-d41c-447b-a47c-7bd74f97d9ab">
          <gml:pos>3480102.593 5889803.700</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_1cacd802-a5b2-4186-8765-cfb860f8029c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480112.269 5889800.550</gml:lowerCorner>
          <gml:upperCorner>3480112.269 5889800.550</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_5551cd6e-efd0-4a6f-b4dd-5eefcc3967f8">
          <gml:pos>3480112.269 5889800.550</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_946315b6-3f4b-46b0-aeef-09c5582bc0c4">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480112.269 5889800.550</gml:lowerCorner>
          <gml:upperCorner>3480112.269 5889800.550</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_4593085a-b7b0-4504-b9ad-499fb6bb9882">
          <gml:pos>3480112.269 5889800.550</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_16b3f7cf-0ee3-4937-87ce-b627dc71a21a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480122.835 5889812.755</gml:lowerCorner>
          <gml:upperCorner>3480122.835 5889812.755</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_e30dcc2a-ac38-4ca9-a902-0c93de3e759e">
          <gml:pos>3480122.835 5889812.755</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_a12fe7f5-f2d4-48f4-9a38-a5eb88293a29">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480122.835 5889812.755</gml:lowerCorner>
          <gml:upperCorner>3480122.835 5889812.755</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_de0e90fa-d158-411d-91c2-8416827e3bff">
          <gml:pos>3480122.835 5889812.755</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_c1ca9588-ad34-45f0-a5be-46454098b444">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480130.474 5889819.054</gml:lowerCorner>
          <gml:upperCorner>3480130.474 5889819.054</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_7fc7f560-f9ec-4767-b72f-816c953bb109">
          <gml:pos>3480130.474 5889819.054</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_55061762-d758-438c-a631-bf4f9c775dbe">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480130.474 5889819.054</gml:lowerCorner>
          <gml:upperCorner>3480130.474 5889819.054</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_647c2a35-6664-44c7-8dd2-2d68760e521a">
          <gml:pos>3480130.474 5889819.054</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_6b5012d9-8957-47a1-88ce-d2c683b2eb0e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480117.998 5889833.621</gml:lowerCorner>
          <gml:upperCorner>3480117.998 5889833.621</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_14291bfb-7e9d-42b5-b31e-7c4fc829051a">
          <gml:pos>3480117.998 5889833.621</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_ec7a52e6-a96a-4060-9d37-cf2fcc1674fe">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480117.998 5889833.621</gml:lowerCorner>
          <gml:upperCorner>3480117.998 5889833.621</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_c5b5f535-789a-41fa-97ab-96b5e0ec839e">
          <gml:pos>3480117.998 5889833.621</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_5bc549f1-9744-4c29-b4e1-e25c1dffae7b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480125.763 5889801.862</gml:lowerCorner>
          <gml:upperCorner>3480125.763 5889801.862</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_4537d0f7-3d01-4590-b63b-f0bd119683d0">
          <gml:pos>3480125.763 5889801.862</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_427d7cf2-2de2-49b2-ad8b-e40cabf991c2">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480125.763 5889801.862</gml:lowerCorner>
          <gml:upperCorner>3480125.763 5889801.862</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_fb021863-5d29-4682-a6f7-9899852ca978">
          <gml:pos>3480125.763 5889801.862</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_ddb4dbe9-54e3-4ce7-90ca-3489f8fb83f2">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480115.706 5889796.482</gml:lowerCorner>
          <gml:upperCorner>3480115.706 5889796.482</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_8912f227-c0a3-4b13-b7c4-2cb51ef60806">
          <gml:pos>3480115.706 5889796.482</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_858dc02c-aff6-4275-9c44-0742a61bb6ca">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480115.706 5889796.482</gml:lowerCorner>
          <gml:upperCorner>3480115.706 5889796.482</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_1c341b98-da9f-4a67-8a85-7e08dfcc489e">
          <gml:pos>3480115.706 5889796.482</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_b718107a-7708-46c7-8f07-7e1b32c93fc3">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480107.177 5889790.708</gml:lowerCorner>
          <gml:upperCorner>3480107.177 5889790.708</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_33d32a3f-0173-4ed1-bdd5-343b3a18807f">
          <gml:pos>3480107.177 5889790.708</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_93b02374-9109-4f54-b81d-4401d373d8d2">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480107.177 5889790.708</gml:lowerCorner>
          <gml:upperCorner>3480107.177 5889790.708</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_30a1ed96-f9fc-4487-ab44-809acc262725">
          <gml:pos>3480107.177 5889790.708</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_5772ae1b-0dd6-4de6-a08d-0385c6d62c78">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480100.684 5889786.377</gml:lowerCorner>
          <gml:upperCorner>3480100.684 5889786.377</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_c5feeb86-7e9b-4dfc-82de-9782380484d4">
          <gml:pos>3480100.684 5889786.377</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_2025ff22-6283-4376-a4df-d50ad9e357a8">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480100.684 5889786.377</gml:lowerCorner>
          <gml:upperCorner>3480100.684 5889786.377</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_b0d0cc40-6f7d-4457-809b-c74f3bbf402e">
          <gml:pos>3480100.684 5889786.377</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_c9862c0e-c050-4546-8e33-856b7d4f75a5">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480098.138 5889784.933</gml:lowerCorner>
          <gml:upperCorner>3480098.138 5889784.933</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_d576ce16-eb3d-4def-ba67-fad1f03de1c0">
          <gml:pos>3480098.138 5889784.933</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_36d213be-75f4-40b7-a1fa-0a08742d2121">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480098.138 5889784.933</gml:lowerCorner>
          <gml:upperCorner>3480098.138 5889784.933</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_d3c36d46-bce2-44b8-aa6d-9a8907751469">
          <gml:pos>3480098.138 5889784.933</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_c37e0d12-6126-4989-a097-881603f5df43">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480194.448 5889893.635</gml:lowerCorner>
          <gml:upperCorner>3480194.448 5889893.635</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_5879be49-e36e-4b8e-a690-6c9cf93020ab">
          <gml:pos>3480194.448 5889893.635</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_15de059b-2e75-4519-9714-38ad4923d3bc">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480194.448 5889893.635</gml:lowerCorner>
          <gml:upperCorner>3480194.448 5889893.635</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_cebc0896-385d-41a3-b974-ba1330ff14a1">
          <gml:pos>3480194.448 5889893.635</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_948821ff-772a-4dc5-892b-732350523948">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480197.786 5889880.260</gml:lowerCorner>
          <gml:upperCorner>3480197.786 5889880.260</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_840a1127-a642-469d-91e8-25f5bcc0ed7f">
          <gml:pos>3480197.786 5889880.260</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_c3521759-33a4-452b-9b95-e2d934d51261">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480197.786 5889880.260</gml:lowerCorner>
          <gml:upperCorner>3480197.786 5889880.260</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_00aebf7c-20e2-4381-b365-acf924202780">
          <gml:pos>3480197.786 5889880.260</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_c8860c15-d6e4-4ac6-9c6a-f9c772bf97f2">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480207.545 5889879.069</gml:lowerCorner>
          <gml:upperCorner>3480207.545 5889879.069</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_02868237-d60b-4597-b9ff-e0a2840b6885">
          <gml:pos>3480207.545 5889879.069</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_37de0b37-d35f-4253-a8af-743d0252758b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480207.545 5889879.069</gml:lowerCorner>
          <gml:upperCorner>3480207.545 5889879.069</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_664e6c4c-41f4-4b55-85c4-1d5cd81efece">
          <gml:pos>3480207.545 5889879.069</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_d4fce499-6e1e-488e-935a-3108ce38a13f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480227.447 5889871.243</gml:lowerCorner>
          <gml:upperCorner>3480227.447 5889871.243</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_65515e33-bc6d-4e2f-bcd6-d6782bd46bba">
          <gml:pos>3480227.447 5889871.243</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_d197661f-3563-4562-858b-e4c7685a7ece">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480219.486 5889868.343</gml:lowerCorner>
          <gml:upperCorner>3480219.486 5889868.343</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_c80aa0be-6654-4c9a-ab1b-1c5a0a4ff3dc">
          <gml:pos>3480219.486 5889868.343</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_6b84862c-4f38-4913-a112-70db0c2acafa">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480221.797 5889881.055</gml:lowerCorner>
          <gml:upperCorner>3480221.797 5889881.055</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_75e86c19-8dde-4a01-9efd-2a1bd635eb30">
          <gml:pos>3480221.797 5889881.055</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_7c711717-640b-4eb5-b8a9-48f8aa757b5e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480221.797 5889881.055</gml:lowerCorner>
          <gml:upperCorner>3480221.797 5889881.055</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_eb289285-fd6b-4f67-8c21-3e72336fe496">
          <gml:pos>3480221.797 5889881.055</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_49e0469d-4bb8-4fde-8284-0a3bc3b3c26c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480219.614 5889887.808</gml:lowerCorner>
          <gml:upperCorner>3480219.614 5889887.808</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_49487f18-54fe-4210-b42b-304af579f4de">
          <gml:pos>3480219.614 5889887.808</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_d4f88a50-e243-4011-a9a8-3e3c8ed1027b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480219.614 5889887.808</gml:lowerCorner>
          <gml:upperCorner>3480219.614 5889887.808</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_fa4790bc-0662-4cce-a4ad-c3e4841fdad5">
          <gml:pos>3480219.614 5889887.808</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_a2d71190-29ef-4e28-a673-9a3d80f8b974">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480213.837 5889895.091</gml:lowerCorner>
          <gml:upperCorner>3480213.837 5889895.091</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_bf12a11c-108d-480c-8c88-249d39d35131">
          <gml:pos>3480213.837 5889895.091</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_b70c8b13-07a3-460b-82d9-645f73d083e8">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480213.837 5889895.091</gml:lowerCorner>
          <gml:upperCorner>3480213.837 5889895.091</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_6f6416f6-3d6b-4375-b94c-96f3e674e998">
          <gml:pos>3480213.837 5889895.091</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_88b8aff6-8221-4537-be46-4d7f9772cf4e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480212.681 5889886.352</gml:lowerCorner>
          <gml:upperCorner>3480212.681 5889886.352</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_b0fe6656-9af1-47cd-82f9-5e7b07ad24d5">
          <gml:pos>3480212.681 5889886.352</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_f6f5397f-a999-469a-9c15-28487971a208">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480212.681 5889886.352</gml:lowerCorner>
          <gml:upperCorner>3480212.681 5889886.352</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_4a4210f5-be66-4645-b173-49ff6ea48e95">
          <gml:pos>3480212.681 5889886.352</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>1000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_6bb011ad-f0d7-4ca5-a727-64496be07d21">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480240.403 5889865.072</gml:lowerCorner>
          <gml:upperCorner>3480315.323 5889910.411</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_c9be6ef3-175f-42dc-94b8-9d2624b473c9">
          <gml:posList srsDimension="2" count="3">3480240.403 5889865.072 3480292.139 5889896.293
            3480315.323 5889910.411 </gml:posList>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_6019f53f-8edf-4319-ae3a-13b10b5293b0">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480292.139 5889896.293</gml:lowerCorner>
          <gml:upperCorner>3480315.323 5889910.411</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_830e4a61-d068-4e2f-a5a8-8dc8b8085d9a">
          <gml:posList srsDimension="2" count="2">3480292.139 5889896.293 3480315.323 5889910.411
          </gml:posList>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_eed812b9-5c2b-44c3-86a3-da1d8c665b7a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479907.749 5889388.398</gml:lowerCorner>
          <gml:upperCorner>3480289.761 5889515.511</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_59125340-f691-49c6-a6d9-7ed9f5871736">
          <gml:posList srsDimension="2" count="21">3479907.749 5889515.511 3480223.533 5889390.712
            3480226.275 5889389.765 3480229.089 5889389.060 3480231.953 5889388.603 3480234.847
            5889388.398 3480237.747 5889388.445 3480240.633 5889388.745 3480243.481 5889389.296
            3480246.270 5889390.092 3480248.979 5889391.129 3480251.588 5889392.398 3480254.076
            5889393.889 3480256.425 5889395.592 3480258.616 5889397.492 3480260.634 5889399.577
            3480262.461 5889401.829 3480264.086 5889404.233 3480265.495 5889406.768 3480266.670
            5889409.398 3480289.761 5889467.730 </gml:posList>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_5fe2cb60-7543-48e1-8a33-9966b1a61521">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480296.385 5889484.466</gml:lowerCorner>
          <gml:upperCorner>3480321.195 5889554.115</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_25d739d1-3bbe-4535-8db5-2c6d3a87c2f4">
          <gml:posList srsDimension="2" count="5">3480296.385 5889484.466 3480312.323 5889524.731
            3480315.067 5889532.653 3480315.396 5889533.782 3480321.195 5889554.115 </gml:posList>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_581ec17f-f32a-416e-b8a8-00f38e563819">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480357.476 5889645.930</gml:lowerCorner>
          <gml:upperCorner>3480400.731 5889793.711</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_8536163a-09e0-45f8-a35b-af1b8ce9fab7">
          <gml:posList srsDimension="2" count="15">3480357.476 5889645.930 3480367.955 5889666.457
            3480371.447 5889674.106 3480371.732 5889674.817 3480395.615 5889735.150 3480397.706
            5889741.189 3480399.263 5889747.387 3480400.274 5889753.697 3480400.731 5889760.071
            3480400.631 5889766.460 3480399.974 5889772.817 3480398.765 5889779.092 3480397.015
            5889785.238 3480394.735 5889791.208 3480393.596 5889793.711 </gml:posList>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_4caac25e-bab9-4ab5-8797-0768bd78460b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480332.759 5889809.245</gml:lowerCorner>
          <gml:upperCorner>3480384.517 5889893.484</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_8466b975-d677-48b5-a223-8017fc55f0cb">
          <gml:posList srsDimension="2" count="2">3480332.759 5889893.484 3480384.517 5889809.245
          </gml:posList>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_d1a70ac4-fc47-43ba-8811-747b07e0aecf">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480337.072 5889923.714</gml:lowerCorner>
          <gml:upperCorner>3480513.746 5890025.206</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_4dbb8e83-8e66-410d-9ee9-63abdefce229">
          <gml:posList srsDimension="2" count="6">3480337.072 5889923.714 3480475.953 5890009.044
            3480479.753 5890011.284 3480490.664 5890016.909 3480502.024 5890021.561 3480513.746
            5890025.206 </gml:posList>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_efd10b98-cda4-4486-950c-6de033ac161a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480240.403 5889865.072</gml:lowerCorner>
          <gml:upperCorner>3480292.139 5889896.293</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_b7d73307-33c0-4a10-9c9b-a8043664a914">
          <gml:posList srsDimension="2" count="3">3480240.403 5889865.072 3480292.139 5889896.293
            3480240.403 5889865.072 </gml:posList>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_038b51a6-6b09-476d-845d-802af1701115">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480159.922 5889816.503</gml:lowerCorner>
          <gml:upperCorner>3480207.869 5889845.438</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_3ec6052b-882b-41bf-b224-b9187efba033">
          <gml:posList srsDimension="2" count="2">3480159.922 5889816.503 3480207.869 5889845.438
          </gml:posList>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_14e84500-ca46-448d-8f23-5a1513f96bbb">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480041.538 5889745.601</gml:lowerCorner>
          <gml:upperCorner>3480074.593 5889765.339</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_2b23896b-d773-41de-8621-ba0071a028e2">
          <gml:posList srsDimension="2" count="2">3480041.538 5889745.601 3480074.593 5889765.339
          </gml:posList>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_ec883ff4-2edc-4cc9-bcea-e9a5c164867c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479895.804 5889623.377</gml:lowerCorner>
          <gml:upperCorner>3480008.912 5889726.119</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_017e58ce-f3cc-43f5-8161-242cb58b38f1">
          <gml:posList srsDimension="2" count="11">3479895.804 5889623.377 3479897.642 5889628.028
            3479899.960 5889633.529 3479905.077 5889643.721 3479911.064 5889653.428 3479917.873
            5889662.577 3479925.454 5889671.097 3479933.749 5889678.925 3479942.694 5889685.999
            3479952.222 5889692.267 3480008.912 5889726.119 </gml:posList>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_ebf1a4b6-ed6d-4294-8525-a6fe35329268">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479905.472 5889803.050</gml:lowerCorner>
          <gml:upperCorner>3479926.382 5889906.261</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_61eac4a1-b2c3-4e12-b96a-3ddbd2237d91">
          <gml:posList srsDimension="2" count="22">3479905.472 5889803.050 3479912.629 5889821.155
            3479913.071 5889822.433 3479913.399 5889823.744 3479913.612 5889825.079 3479913.708
            5889826.428 3479913.686 5889827.780 3479913.547 5889829.124 3479913.290 5889830.452
            3479912.919 5889831.752 3479912.437 5889833.012 3479907.359 5889844.727 3479906.872
            5889846.000 3479906.461 5889847.425 3479906.175 5889848.880 3479906.017 5889850.355
            3479905.988 5889851.837 3479906.088 5889853.317 3479906.317 5889854.782 3479906.673
            5889856.222 3479907.153 5889857.625 3479926.382 5889906.261 </gml:posList>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_221609ea-2607-49c9-a2e3-d1cd039f0db7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479584.386 5889816.385</gml:lowerCorner>
          <gml:upperCorner>3479662.501 5890013.978</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_43b348dd-f03b-4fc8-8ab3-a1b8607fa122">
          <gml:posList srsDimension="2" count="2">3479584.386 5889816.385 3479662.501 5890013.978
          </gml:posList>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_9591bc56-45c2-46f5-8cf7-5d34cd356861">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479682.131 5890103.604</gml:lowerCorner>
          <gml:upperCorner>3479762.688 5890278.598</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_77624c31-c49c-40c1-a803-86f67f0b653d">
          <gml:posList srsDimension="2" count="26">3479682.131 5890109.853 3479729.428 5890229.489
            3479729.785 5890230.519 3479730.051 5890231.577 3479730.223 5890232.653 3479730.302
            5890233.741 3479730.285 5890234.831 3479730.173 5890235.915 3479729.967 5890236.986
            3479729.668 5890238.034 3479729.280 5890239.052 3479725.801 5890247.079 3479725.800
            5890247.081 3479725.411 5890248.099 3479725.112 5890249.148 3479724.906 5890250.218
            3479724.794 5890251.302 3479724.776 5890252.392 3479724.854 5890253.480 3479725.026
            5890254.556 3479725.291 5890255.614 3479725.648 5890256.644 3479734.327 5890278.598
            3479762.688 5890267.386 3479756.989 5890252.970 3479697.937 5890103.604 </gml:posList>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_f9e2558f-3222-432d-a498-58a6f7743a6e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479436.556 5890219.842</gml:lowerCorner>
          <gml:upperCorner>3479526.009 5890446.051</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_7721b8dd-5099-4040-a107-6972962e0c83">
          <gml:posList srsDimension="2" count="2">3479436.556 5890219.842 3479526.009 5890446.051
          </gml:posList>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_855d334e-6b1f-4bcd-85f3-fad683d4c2da">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480235.317 5890007.704</gml:lowerCorner>
          <gml:upperCorner>3480235.317 5890007.704</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_f64c97bf-393e-4f9e-9e55-249df55b8711">
          <gml:pos>3480235.317 5890007.704</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_4108a394-7bfc-4567-ae1d-8164a1039b11">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480249.267 5890002.189</gml:lowerCorner>
          <gml:upperCorner>3480249.267 5890002.189</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_5a50c24a-2182-4b51-897d-9effa5d68859">
          <gml:pos>3480249.267 5890002.189</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_cfb0e03b-6778-4beb-9697-b487252e7585">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480263.216 5889996.674</gml:lowerCorner>
          <gml:upperCorner>3480263.216 5889996.674</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_44c26673-e730-4f59-91bf-3c9d04891a3b">
          <gml:pos>3480263.216 5889996.674</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_AnpflanzungBindungErhaltung gml:id="GML_602d8113-2a29-419c-95c5-fedd52f7eab9">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480276.858 5889990.381</gml:lowerCorner>
          <gml:upperCorner>3480276.858 5889990.381</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Point srsName="EPSG:31467" gml:id="GML_6c597874-ed40-4efb-b1a2-8adcadfd806a">
          <gml:pos>3480276.858 5889990.381</gml:pos>
        </gml:Point>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:massnahme>2000</xplan:massnahme>
      <xplan:gegenstand>1000</xplan:gegenstand>
      <xplan:kronendurchmesser uom="urn:adv:uom:m">1</xplan:kronendurchmesser>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_AnpflanzungBindungErhaltung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_4b89c4c3-b41c-4af5-831e-d85d5a471ab3">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479885.853 5889387.398</gml:lowerCorner>
          <gml:upperCorner>3480289.585 5889616.581</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_3372de37-96c9-4042-a15c-8db31e36dac3">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="44">3480252.383 5889479.270 3480253.487
                5889482.061 3479913.008 5889616.581 3479887.245 5889551.380 3479886.675 5889549.731
                3479886.251 5889548.038 3479885.976 5889546.315 3479885.853 5889544.575 3479885.881
                5889542.830 3479886.062 5889541.095 3479886.126 5889540.690 3479886.757 5889537.769
                3479887.640 5889534.914 3479888.768 5889532.147 3479890.133 5889529.489 3479891.725
                5889526.960 3479893.531 5889524.579 3479895.537 5889522.365 3479897.729 5889520.334
                3479900.090 5889518.502 3479902.601 5889516.883 3479905.244 5889515.488 3479907.376
                5889514.567 3480223.166 5889389.782 3480225.990 5889388.806 3480228.888 5889388.080
                3480231.839 5889387.610 3480234.819 5889387.398 3480237.807 5889387.447 3480240.779
                5889387.756 3480243.712 5889388.323 3480246.586 5889389.143 3480249.376 5889390.211
                3480252.063 5889391.518 3480254.626 5889393.054 3480257.045 5889394.808 3480259.302
                5889396.766 3480261.380 5889398.913 3480263.263 5889401.233 3480264.936 5889403.708
                3480266.388 5889406.320 3480267.599 5889409.030 3480289.585 5889464.571 3480252.383
                5889479.270 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_fe30f354-0098-4eac-81fa-2095d9cef188">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480065.130 5889487.354</gml:lowerCorner>
          <gml:upperCorner>3480322.347 5889650.416</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_adc96f14-448a-49f5-b59f-b36a0c2252ef">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="36">3480244.890 5889589.216 3480242.438
                5889590.200 3480223.056 5889599.105 3480204.525 5889609.666 3480186.984 5889621.801
                3480170.568 5889635.419 3480155.401 5889650.416 3480137.880 5889639.949 3480065.130
                5889596.491 3480081.285 5889569.449 3480260.112 5889498.796 3480261.400 5889502.051
                3480298.600 5889487.354 3480313.252 5889524.363 3480316.030 5889532.387 3480316.357
                5889533.508 3480317.887 5889538.871 3480322.156 5889553.841 3480322.257 5889554.265
                3480322.321 5889554.697 3480322.347 5889555.132 3480322.335 5889555.568 3480322.285
                5889556.001 3480322.198 5889556.429 3480322.073 5889556.847 3480321.913 5889557.253
                3480321.718 5889557.643 3480321.490 5889558.014 3480321.230 5889558.365 3480320.940
                5889558.691 3480320.623 5889558.991 3480320.282 5889559.262 3480319.918 5889559.502
                3480319.534 5889559.710 3480319.185 5889559.863 3480244.890 5889589.216
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_51bcf0fb-cb99-4e77-91c3-7eb9e6f0f477">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480051.076 5889640.857</gml:lowerCorner>
          <gml:upperCorner>3480143.493 5889744.491</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_fba0be28-8a41-412d-8d9f-ba3650253d09">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="29">3480143.493 5889664.269 3480136.760
                5889673.128 3480125.005 5889690.934 3480094.366 5889742.063 3480094.126 5889742.427
                3480093.854 5889742.769 3480093.554 5889743.085 3480093.228 5889743.375 3480092.877
                5889743.635 3480092.505 5889743.863 3480092.115 5889744.058 3480091.709 5889744.218
                3480091.291 5889744.342 3480090.864 5889744.430 3480090.430 5889744.480 3480089.994
                5889744.491 3480089.559 5889744.465 3480089.127 5889744.401 3480088.703 5889744.300
                3480088.413 5889744.207 3480065.265 5889736.032 3480057.534 5889732.916 3480051.076
                5889729.680 3480053.647 5889725.388 3480054.676 5889723.671 3480061.324 5889712.577
                3480101.731 5889645.145 3480104.301 5889640.857 3480143.493 5889664.269
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_d10f15fa-70cc-499b-aec1-29910fb12b57">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479920.322 5889592.403</gml:lowerCorner>
          <gml:upperCorner>3480104.301 5889729.680</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_66b78b25-10b4-4817-b714-b467c080897b">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="18">3480023.188 5889592.403 3480104.301
                5889640.857 3480101.731 5889645.145 3480061.324 5889712.577 3480054.676 5889723.671
                3480053.647 5889725.388 3480051.076 5889729.680 3480048.102 5889727.976 3479961.705
                5889676.385 3479953.525 5889671.004 3479945.846 5889664.930 3479938.724 5889658.210
                3479932.216 5889650.895 3479926.370 5889643.040 3479921.231 5889634.706 3479920.322
                5889633.044 3479939.075 5889625.635 3480023.188 5889592.403 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_a735f69b-9399-475c-914f-f4b83cbdff73">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479832.373 5889623.010</gml:lowerCorner>
          <gml:upperCorner>3480009.424 5889769.553</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_3d480f49-f9f5-4dc9-bf21-fb88c30a4ed0">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="35">3479898.572 5889627.661 3479898.584
                5889627.692 3479900.868 5889633.110 3479905.947 5889643.226 3479911.887 5889652.861
                3479918.645 5889661.941 3479926.169 5889670.397 3479934.400 5889678.166 3479943.278
                5889685.188 3479952.734 5889691.409 3480009.424 5889725.261 3479998.116 5889744.132
                3479982.882 5889769.553 3479837.242 5889682.552 3479836.513 5889682.072 3479835.829
                5889681.531 3479835.195 5889680.932 3479834.615 5889680.280 3479834.095 5889679.580
                3479833.637 5889678.837 3479833.246 5889678.058 3479832.924 5889677.247 3479832.674
                5889676.411 3479832.498 5889675.557 3479832.398 5889674.690 3479832.373 5889673.818
                3479832.424 5889672.947 3479832.550 5889672.084 3479832.752 5889671.235 3479833.027
                5889670.408 3479833.196 5889669.991 3479844.641 5889643.592 3479876.271 5889631.095
                3479896.734 5889623.010 3479898.572 5889627.661 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_807112d1-3be5-4e5d-959e-c98e7ab2ccd8">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479706.916 5889681.972</gml:lowerCorner>
          <gml:upperCorner>3480043.596 5889961.209</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_364229ca-ec7b-4d4b-94c8-633282932885">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="106">3479911.700 5889821.521 3479906.366
                5889808.030 3479875.212 5889820.347 3479912.712 5889915.199 3479912.769 5889915.364
                3479912.811 5889915.533 3479912.839 5889915.705 3479912.851 5889915.879 3479912.848
                5889916.054 3479912.830 5889916.227 3479912.797 5889916.398 3479912.750 5889916.566
                3479912.687 5889916.729 3479912.611 5889916.886 3479912.521 5889917.035 3479912.419
                5889917.176 3479912.305 5889917.308 3479912.179 5889917.430 3479912.044 5889917.539
                3479911.900 5889917.637 3479911.747 5889917.722 3479911.588 5889917.793 3479911.588
                5889917.793 3479801.595 5889961.209 3479707.264 5889722.607 3479707.122 5889722.195
                3479707.015 5889721.772 3479706.947 5889721.341 3479706.916 5889720.906 3479706.923
                5889720.470 3479706.968 5889720.036 3479707.051 5889719.607 3479707.170 5889719.188
                3479707.326 5889718.781 3479707.517 5889718.388 3479707.741 5889718.014 3479707.997
                5889717.661 3479708.283 5889717.331 3479708.596 5889717.028 3479708.935 5889716.753
                3479709.296 5889716.509 3479709.678 5889716.297 3479710.075 5889716.119 3479794.733
                5889682.667 3479795.558 5889682.382 3479796.404 5889682.170 3479797.265 5889682.033
                3479798.136 5889681.972 3479799.008 5889681.986 3479799.218 5889682.001 3479800.084
                5889682.110 3479800.936 5889682.293 3479801.770 5889682.551 3479802.578 5889682.880
                3479803.354 5889683.278 3479803.536 5889683.384 3480043.596 5889826.788 3480040.219
                5889832.424 3480032.746 5889843.745 3480024.314 5889854.371 3480014.988 5889864.222
                3480004.839 5889873.223 3479993.944 5889881.305 3479982.387 5889888.407 3479970.254
                5889894.474 3479963.925 5889897.135 3479929.260 5889910.818 3479929.095 5889910.875
                3479928.926 5889910.917 3479928.754 5889910.945 3479928.580 5889910.957 3479928.405
                5889910.954 3479928.232 5889910.936 3479928.061 5889910.903 3479927.893 5889910.856
                3479927.730 5889910.793 3479927.573 5889910.717 3479927.424 5889910.627 3479927.283
                5889910.525 3479927.151 5889910.411 3479927.029 5889910.285 3479926.920 5889910.150
                3479926.822 5889910.006 3479926.737 5889909.853 3479926.666 5889909.694 3479926.665
                5889909.692 3479906.226 5889857.996 3479905.717 5889856.511 3479905.340 5889854.987
                3479905.096 5889853.436 3479904.989 5889851.870 3479905.019 5889850.301 3479905.185
                5889848.740 3479905.487 5889847.199 3479905.922 5889845.691 3479906.442 5889844.330
                3479911.520 5889832.616 3479911.970 5889831.439 3479912.318 5889830.222 3479912.558
                5889828.980 3479912.689 5889827.721 3479912.709 5889826.456 3479912.620 5889825.194
                3479912.421 5889823.944 3479912.113 5889822.717 3479911.700 5889821.521
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_ecca0b7e-a357-4968-8a15-443fe21d4fb9">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479631.052 5889891.341</gml:lowerCorner>
          <gml:upperCorner>3479778.343 5890015.592</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_5b3a310b-1191-4dfb-9cd0-fec1419f7202">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="27">3479637.563 5889934.573 3479638.029
                5889934.389 3479742.441 5889893.177 3479747.092 5889891.341 3479778.343 5889970.387
                3479664.162 5890015.453 3479663.997 5890015.510 3479663.828 5890015.552 3479663.656
                5890015.580 3479663.482 5890015.592 3479663.307 5890015.589 3479663.134 5890015.571
                3479662.963 5890015.538 3479662.795 5890015.491 3479662.632 5890015.428 3479662.475
                5890015.352 3479662.326 5890015.262 3479662.185 5890015.160 3479662.053 5890015.046
                3479661.931 5890014.920 3479661.822 5890014.785 3479661.724 5890014.641 3479661.639
                5890014.488 3479661.568 5890014.329 3479661.567 5890014.327 3479631.052 5889937.143
                3479637.563 5889934.573 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_470904f4-3f69-465a-9ff2-01fe1d696c94">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479505.246 5889942.649</gml:lowerCorner>
          <gml:upperCorner>3479647.754 5890065.844</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_53890f2d-d213-45e0-9760-b34264108882">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="25">3479610.591 5889945.219 3479617.101
                5889942.649 3479647.616 5890019.835 3479647.673 5890020.000 3479647.715 5890020.169
                3479647.742 5890020.342 3479647.754 5890020.516 3479647.751 5890020.690 3479647.733
                5890020.864 3479647.700 5890021.035 3479647.652 5890021.203 3479647.589 5890021.366
                3479647.513 5890021.522 3479647.423 5890021.672 3479647.320 5890021.813 3479647.206
                5890021.945 3479647.080 5890022.066 3479646.945 5890022.176 3479646.800 5890022.273
                3479646.647 5890022.358 3479646.491 5890022.428 3479536.497 5890065.844 3479505.246
                5889986.798 3479509.898 5889984.962 3479610.591 5889945.219 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_e39f064d-8e37-4b4e-ae7a-326e2f3a4a90">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479435.278 5890158.254</gml:lowerCorner>
          <gml:upperCorner>3479641.854 5890446.418</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_48e69e59-0a78-4f2d-a2d4-4597bb52f1a6">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="27">3479525.080 5890446.418 3479435.627
                5890220.209 3479435.484 5890219.797 3479435.378 5890219.374 3479435.309 5890218.943
                3479435.278 5890218.508 3479435.285 5890218.072 3479435.330 5890217.639 3479435.413
                5890217.210 3479435.532 5890216.791 3479435.688 5890216.384 3479435.879 5890215.992
                3479436.103 5890215.617 3479436.358 5890215.264 3479436.644 5890214.935 3479436.957
                5890214.631 3479437.296 5890214.356 3479437.300 5890214.354 3479438.159 5890213.718
                3479444.611 5890208.938 3479467.295 5890193.924 3479491.200 5890180.944 3479510.716
                5890172.240 3479546.150 5890158.254 3479641.854 5890400.330 3479528.615 5890445.023
                3479525.080 5890446.418 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_8f9800c2-1d78-4038-88dd-53115afdfa30">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480089.912 5889872.681</gml:lowerCorner>
          <gml:upperCorner>3480456.659 5890181.886</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_9b6dc6a6-c48f-4fcf-b5ca-8523a00b98ba">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="29">3480116.990 5889878.428 3480120.434
                5889872.681 3480137.556 5889883.013 3480229.217 5889938.327 3480247.877 5889985.534
                3480221.764 5889995.858 3480212.465 5889999.534 3480219.817 5890018.133 3480224.228
                5890029.292 3480270.991 5890010.805 3480271.843 5890010.453 3480274.079 5890009.365
                3480276.213 5890008.087 3480278.226 5890006.628 3480280.105 5890004.999 3480281.835
                5890003.212 3480283.403 5890001.282 3480284.796 5889999.222 3480296.942 5889979.454
                3480456.659 5890077.588 3480451.435 5890080.796 3480410.555 5890096.929 3480224.796
                5890170.246 3480195.304 5890181.886 3480101.159 5889943.755 3480089.912 5889915.306
                3480091.506 5889913.491 3480105.014 5889896.516 3480116.990 5889878.428
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_deccce9b-33bd-48c9-a16b-6d562fea39b7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480306.364 5889922.123</gml:lowerCorner>
          <gml:upperCorner>3480508.317 5890067.026</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_5dccf002-fecf-4c76-941a-399ba3586b8e">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="32">3480508.317 5890022.623 3480506.458
                5890029.376 3480502.476 5890043.842 3480500.618 5890050.590 3480473.856 5890067.026
                3480306.364 5889964.119 3480321.815 5889938.986 3480330.717 5889924.503 3480330.961
                5889924.142 3480331.236 5889923.803 3480331.540 5889923.490 3480331.869 5889923.204
                3480332.222 5889922.948 3480332.597 5889922.724 3480332.989 5889922.534 3480333.396
                5889922.378 3480333.816 5889922.258 3480333.816 5889922.258 3480334.244 5889922.175
                3480334.678 5889922.130 3480335.114 5889922.123 3480335.549 5889922.155 3480335.980
                5889922.223 3480336.403 5889922.330 3480336.815 5889922.472 3480337.213 5889922.650
                3480337.594 5889922.862 3480337.595 5889922.862 3480476.476 5890008.192 3480485.757
                5890013.417 3480496.836 5890018.513 3480508.317 5890022.623 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_3c6d3f14-59cc-448b-b55e-384c38751a91">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480217.380 5889740.574</gml:lowerCorner>
          <gml:upperCorner>3480385.369 5889896.398</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_c3e7203c-9e8d-4792-ac6c-d14ec2bdd751">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="30">3480341.522 5889881.130 3480333.611
                5889894.007 3480333.368 5889894.369 3480333.094 5889894.708 3480332.791 5889895.022
                3480332.462 5889895.309 3480332.110 5889895.566 3480331.736 5889895.791 3480331.345
                5889895.983 3480330.938 5889896.139 3480330.519 5889896.260 3480330.091 5889896.344
                3480329.657 5889896.390 3480329.221 5889896.398 3480328.786 5889896.369 3480328.355
                5889896.301 3480327.932 5889896.196 3480327.519 5889896.055 3480327.121 5889895.878
                3480326.739 5889895.667 3480326.727 5889895.660 3480301.700 5889880.457 3480217.380
                5889829.572 3480219.950 5889825.283 3480220.977 5889823.569 3480227.660 5889812.417
                3480268.139 5889744.863 3480270.709 5889740.574 3480385.369 5889809.768 3480341.522
                5889881.130 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_3407c3f5-3758-4979-b839-090d5072441a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480169.726 5889710.837</gml:lowerCorner>
          <gml:upperCorner>3480270.709 5889829.572</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_9576ea2b-25aa-4477-92c7-f3301dc80139">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="32">3480221.431 5889710.837 3480270.709
                5889740.574 3480268.139 5889744.863 3480227.660 5889812.417 3480220.977 5889823.569
                3480219.950 5889825.283 3480217.380 5889829.572 3480199.510 5889818.789 3480192.576
                5889814.181 3480186.070 5889808.986 3480184.238 5889807.346 3480171.339 5889795.494
                3480171.031 5889795.185 3480170.751 5889794.851 3480170.501 5889794.493 3480170.284
                5889794.116 3480170.100 5889793.720 3480169.951 5889793.310 3480169.839 5889792.889
                3480169.763 5889792.459 3480169.726 5889792.025 3480169.726 5889791.589 3480169.765
                5889791.154 3480169.841 5889790.725 3480169.954 5889790.304 3480170.104 5889789.894
                3480170.288 5889789.499 3480170.432 5889789.243 3480201.775 5889736.938 3480209.222
                5889725.657 3480217.624 5889715.068 3480221.431 5889710.837 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_527479ae-5f43-46f0-9e83-53c5152aa6c5">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480346.046 5889817.982</gml:lowerCorner>
          <gml:upperCorner>3480566.545 5890011.338</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_7d5514b1-3240-4eaf-b713-eabf13870c30">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="36">3480566.545 5889976.011 3480561.519
                5889990.680 3480553.559 5890009.123 3480552.471 5890011.338 3480541.809 5890011.120
                3480531.206 5890009.974 3480520.743 5890007.909 3480510.501 5890004.939 3480500.556
                5890001.088 3480490.985 5889996.384 3480485.637 5889993.282 3480348.458 5889908.999
                3480348.099 5889908.764 3480347.761 5889908.499 3480347.448 5889908.205 3480347.161
                5889907.886 3480346.904 5889907.542 3480346.677 5889907.177 3480346.483 5889906.794
                3480346.323 5889906.396 3480346.199 5889905.985 3480346.111 5889905.565 3480346.060
                5889905.138 3480346.046 5889904.709 3480346.069 5889904.280 3480346.130 5889903.855
                3480346.228 5889903.437 3480346.362 5889903.029 3480346.530 5889902.635 3480346.733
                5889902.256 3480346.816 5889902.121 3480354.668 5889889.340 3480398.513 5889817.982
                3480442.721 5889845.144 3480505.218 5889820.404 3480566.545 5889976.011
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_772756e4-56a1-4e1c-97d1-7919d3fee16b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480377.277 5889598.471</gml:lowerCorner>
          <gml:upperCorner>3480466.320 5889703.881</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_2c074e1b-3f20-4c84-b142-0eb254e90fc5">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="35">3480400.981 5889703.881 3480386.872
                5889668.237 3480384.216 5889660.576 3480384.026 5889659.931 3480377.475 5889637.403
                3480377.372 5889636.979 3480377.305 5889636.548 3480377.277 5889636.113 3480377.287
                5889635.677 3480377.334 5889635.243 3480377.420 5889634.815 3480377.542 5889634.397
                3480377.700 5889633.990 3480377.893 5889633.599 3480378.120 5889633.226 3480378.378
                5889632.875 3480378.666 5889632.547 3480378.981 5889632.245 3480379.321 5889631.972
                3480379.684 5889631.730 3480380.067 5889631.521 3480380.439 5889631.356 3480388.879
                5889628.022 3480390.150 5889627.513 3480401.213 5889622.443 3480411.791 5889616.429
                3480421.805 5889609.516 3480431.179 5889601.756 3480434.622 5889598.642 3480434.811
                5889598.471 3480439.382 5889610.018 3480466.320 5889678.068 3480461.671 5889679.905
                3480407.491 5889701.309 3480400.981 5889703.881 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_85e68bc4-530b-45c0-805d-2a96c7f4f0c4">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480400.981 5889678.068</gml:lowerCorner>
          <gml:upperCorner>3480513.676 5889825.094</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_d95b6409-ef58-421d-a2a1-dbe2f0b45d43">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="19">3480513.676 5889797.699 3480498.610
                5889803.664 3480444.470 5889825.094 3480407.663 5889802.479 3480409.866 5889797.768
                3480412.661 5889790.453 3480414.807 5889782.922 3480416.288 5889775.233 3480417.094
                5889767.445 3480417.218 5889759.615 3480416.659 5889751.805 3480415.422 5889744.073
                3480413.515 5889736.478 3480410.954 5889729.078 3480400.981 5889703.881 3480407.491
                5889701.309 3480461.671 5889679.905 3480466.320 5889678.068 3480513.676 5889797.699
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_453c5c38-35fb-4337-8d8d-bff15f778de1">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480015.505 5889744.743</gml:lowerCorner>
          <gml:upperCorner>3480077.534 5889811.349</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_555fd54f-92ae-417b-9087-92ab1a09ca41">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="23">3480052.848 5889811.349 3480015.505
                5889789.041 3480042.050 5889744.743 3480075.105 5889764.481 3480075.469 5889764.721
                3480075.811 5889764.992 3480076.128 5889765.292 3480076.417 5889765.619 3480076.677
                5889765.969 3480076.905 5889766.341 3480077.100 5889766.731 3480077.261 5889767.136
                3480077.385 5889767.554 3480077.473 5889767.982 3480077.522 5889768.415 3480077.534
                5889768.851 3480077.508 5889769.287 3480077.444 5889769.718 3480077.343 5889770.142
                3480077.205 5889770.556 3480077.032 5889770.956 3480076.827 5889771.334 3480052.848
                5889811.349 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_24f81a65-faaa-48c0-a1bb-843e25bbe4b8">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480311.729 5889452.587</gml:lowerCorner>
          <gml:upperCorner>3480409.667 5889547.761</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_30a26f88-e119-4cec-b58e-302c471fe95b">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="34">3480409.365 5889534.945 3480404.946
                5889535.023 3480403.601 5889535.053 3480391.417 5889535.917 3480379.356 5889537.840
                3480367.508 5889540.807 3480355.963 5889544.795 3480349.335 5889547.414 3480348.922
                5889547.556 3480348.499 5889547.662 3480348.068 5889547.730 3480347.633 5889547.761
                3480347.196 5889547.753 3480346.762 5889547.708 3480346.334 5889547.625 3480345.914
                5889547.505 3480345.507 5889547.348 3480345.114 5889547.157 3480344.740 5889546.933
                3480344.387 5889546.676 3480344.058 5889546.390 3480343.754 5889546.076 3480343.480
                5889545.737 3480343.235 5889545.375 3480343.057 5889545.059 3480324.122 5889508.436
                3480320.690 5889501.021 3480320.241 5889499.908 3480311.729 5889478.403 3480366.984
                5889456.572 3480377.069 5889452.587 3480405.002 5889523.156 3480409.667 5889534.940
                3480409.365 5889534.945 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_83e168c7-5519-459e-b76e-ef6e038e3cc7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480234.969 5889642.751</gml:lowerCorner>
          <gml:upperCorner>3480401.726 5889794.226</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_1326f103-d619-4b85-9c5e-fa8cfb0333e6">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="42">3480393.596 5889793.711 3480253.217
                5889708.997 3480234.969 5889697.983 3480245.688 5889689.739 3480257.085 5889682.461
                3480269.073 5889676.203 3480277.776 5889672.453 3480352.076 5889643.099 3480352.488
                5889642.957 3480352.911 5889642.851 3480353.342 5889642.782 3480353.777 5889642.751
                3480354.213 5889642.758 3480354.647 5889642.803 3480355.075 5889642.886 3480355.495
                5889643.006 3480355.902 5889643.162 3480356.294 5889643.353 3480356.668 5889643.577
                3480357.022 5889643.833 3480357.351 5889644.119 3480357.654 5889644.432 3480357.929
                5889644.771 3480358.173 5889645.132 3480358.366 5889645.476 3480365.436 5889659.325
                3480368.845 5889666.003 3480372.393 5889673.779 3480372.661 5889674.449 3480396.176
                5889733.852 3480396.544 5889734.782 3480398.663 5889740.903 3480400.240 5889747.186
                3480401.264 5889753.582 3480401.726 5889760.043 3480401.624 5889766.520 3480400.957
                5889772.963 3480399.732 5889779.324 3480397.957 5889785.553 3480395.645 5889791.604
                3480394.449 5889794.226 3480393.596 5889793.711 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_972594c7-eda4-44be-a453-94d1fd0b667c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480214.448 5889864.216</gml:lowerCorner>
          <gml:upperCorner>3480318.422 5889955.924</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_1a346d7c-3454-4386-bbbc-65c21c70788d">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="29">3480308.660 5889930.791 3480293.212
                5889955.924 3480214.448 5889908.393 3480229.611 5889883.087 3480240.919 5889864.216
                3480292.659 5889895.439 3480315.843 5889909.557 3480316.193 5889909.745 3480316.525
                5889909.962 3480316.837 5889910.207 3480317.127 5889910.479 3480317.392 5889910.775
                3480317.630 5889911.093 3480317.839 5889911.431 3480318.018 5889911.785 3480318.166
                5889912.154 3480318.281 5889912.534 3480318.362 5889912.922 3480318.409 5889913.317
                3480318.422 5889913.714 3480318.399 5889914.110 3480318.343 5889914.503 3480318.252
                5889914.890 3480318.128 5889915.267 3480317.972 5889915.632 3480317.784 5889915.982
                3480317.567 5889916.314 3480317.512 5889916.390 3480308.660 5889930.791
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_4bfacac5-d30a-44e9-aa52-8fd02fd36972">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480129.686 5889814.937</gml:lowerCorner>
          <gml:upperCorner>3480208.385 5889888.759</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_1d6827dd-4a1c-4de9-9bb7-b47a6af29887">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="22">3480156.660 5889815.085 3480157.088
                5889814.998 3480157.521 5889814.949 3480157.957 5889814.937 3480158.393 5889814.964
                3480158.824 5889815.029 3480159.248 5889815.131 3480159.662 5889815.269 3480160.062
                5889815.443 3480208.385 5889844.582 3480181.913 5889888.759 3480129.686 5889857.242
                3480153.587 5889817.354 3480153.829 5889816.991 3480154.101 5889816.650 3480154.402
                5889816.334 3480154.729 5889816.045 3480155.080 5889815.786 3480155.453 5889815.559
                3480155.844 5889815.365 3480156.250 5889815.206 3480156.660 5889815.085
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_d3c2ca6e-4312-4f09-8a07-4fc49a872454">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479834.500 5889934.649</gml:lowerCorner>
          <gml:upperCorner>3480172.052 5890286.518</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_f1231902-efaa-48c3-885f-dc8c87e4862e">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="12">3480070.677 5889934.649 3480172.052
                5890191.064 3480076.300 5890228.856 3479956.498 5890276.141 3479930.205 5890286.518
                3479834.500 5890044.439 3479996.783 5889980.384 3479998.007 5889979.896 3480017.589
                5889971.010 3480036.321 5889960.451 3480054.062 5889948.300 3480070.677 5889934.649
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_dc3cbb27-a593-47a7-a0b3-9de7898502d2">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479569.402 5890053.617</gml:lowerCorner>
          <gml:upperCorner>3479906.952 5890391.152</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_ddf8279c-b32c-47a5-802f-8ea6330764e4">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="70">3479681.991 5890106.785 3479730.360
                5890229.129 3479730.745 5890230.243 3479731.031 5890231.386 3479731.217 5890232.549
                3479731.300 5890233.724 3479731.281 5890234.903 3479731.159 5890236.074 3479730.935
                5890237.231 3479730.611 5890238.364 3479730.192 5890239.460 3479726.718 5890247.476
                3479726.361 5890248.410 3479726.085 5890249.375 3479725.895 5890250.361 3479725.791
                5890251.359 3479725.775 5890252.363 3479725.846 5890253.364 3479726.004 5890254.355
                3479726.248 5890255.328 3479726.576 5890256.277 3479734.888 5890277.302 3479761.392
                5890266.824 3479756.060 5890253.337 3479695.943 5890101.278 3479695.886 5890101.113
                3479695.844 5890100.944 3479695.817 5890100.771 3479695.805 5890100.597 3479695.808
                5890100.422 3479695.826 5890100.249 3479695.859 5890100.077 3479695.907 5890099.910
                3479695.970 5890099.747 3479696.047 5890099.590 3479696.137 5890099.440 3479696.239
                5890099.299 3479696.354 5890099.167 3479696.479 5890099.046 3479696.615 5890098.936
                3479696.760 5890098.839 3479696.913 5890098.754 3479697.067 5890098.685 3479811.247
                5890053.617 3479906.952 5890295.696 3479800.272 5890337.802 3479793.238 5890340.578
                3479778.820 5890346.269 3479665.107 5890391.152 3479569.402 5890149.076 3479679.396
                5890105.659 3479679.561 5890105.602 3479679.730 5890105.560 3479679.902 5890105.532
                3479680.076 5890105.520 3479680.251 5890105.523 3479680.424 5890105.541 3479680.595
                5890105.574 3479680.763 5890105.621 3479680.926 5890105.684 3479681.083 5890105.760
                3479681.232 5890105.850 3479681.373 5890105.952 3479681.505 5890106.066 3479681.627
                5890106.192 3479681.736 5890106.327 3479681.834 5890106.471 3479681.919 5890106.624
                3479681.990 5890106.783 3479681.991 5890106.785 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_abfece32-731f-4014-a8de-bdfcde78968c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480228.156 5889985.294</gml:lowerCorner>
          <gml:upperCorner>3480279.254 5890014.162</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_b00173e1-ed71-4fbb-831a-37401764ba73">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="78">3480231.949 5890002.583 3480275.150
                5889985.504 3480275.397 5889985.418 3480275.651 5889985.354 3480275.909 5889985.313
                3480276.171 5889985.294 3480276.432 5889985.298 3480276.693 5889985.325 3480276.950
                5889985.375 3480277.201 5889985.446 3480277.446 5889985.540 3480277.681 5889985.654
                3480277.906 5889985.788 3480278.118 5889985.942 3480278.316 5889986.113 3480278.498
                5889986.301 3480278.663 5889986.504 3480278.810 5889986.720 3480278.937 5889986.949
                3480279.044 5889987.188 3480279.130 5889987.435 3480279.194 5889987.689 3480279.235
                5889987.947 3480279.254 5889988.209 3480279.250 5889988.470 3480279.223 5889988.731
                3480279.173 5889988.988 3480279.102 5889989.239 3480279.008 5889989.484 3480278.894
                5889989.719 3480278.809 5889989.866 3480276.276 5889993.987 3480275.372 5889995.324
                3480274.356 5889996.576 3480273.234 5889997.736 3480272.015 5889998.793 3480270.709
                5889999.740 3480269.325 5890000.570 3480267.874 5890001.276 3480267.315 5890001.507
                3480236.361 5890013.744 3480235.866 5890013.915 3480235.359 5890014.042 3480234.842
                5890014.125 3480234.319 5890014.162 3480233.796 5890014.154 3480233.275 5890014.100
                3480232.761 5890014.001 3480232.258 5890013.857 3480231.769 5890013.670 3480231.298
                5890013.441 3480230.849 5890013.172 3480230.425 5890012.865 3480230.030 5890012.522
                3480229.665 5890012.146 3480229.335 5890011.740 3480229.042 5890011.306 3480228.788
                5890010.849 3480228.574 5890010.371 3480228.403 5890009.876 3480228.276 5890009.369
                3480228.193 5890008.852 3480228.156 5890008.329 3480228.164 5890007.806 3480228.218
                5890007.285 3480228.317 5890006.771 3480228.461 5890006.268 3480228.648 5890005.779
                3480228.877 5890005.308 3480229.146 5890004.859 3480229.453 5890004.435 3480229.796
                5890004.040 3480230.172 5890003.675 3480230.578 5890003.345 3480231.012 5890003.052
                3480231.469 5890002.798 3480231.947 5890002.584 3480231.949 5890002.583
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:besondereArtDerBaulNutzung>1700</xplan:besondereArtDerBaulNutzung>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_09eb4b5a-c653-4cb3-986d-cb0f2ae1f087">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479622.695 5889215.351</gml:lowerCorner>
          <gml:upperCorner>3480360.499 5889695.079</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_7ce664ec-dbc0-49dd-b540-cde499d0d670">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="86">3480309.889 5889473.754 3480282.010
                5889403.325 3480280.251 5889399.389 3480278.143 5889395.595 3480275.712 5889392.000
                3480272.978 5889388.630 3480269.959 5889385.511 3480266.681 5889382.667 3480263.167
                5889380.120 3480259.444 5889377.889 3480255.541 5889375.991 3480251.488 5889374.440
                3480247.315 5889373.248 3480243.053 5889372.424 3480238.737 5889371.975 3480234.397
                5889371.904 3480230.068 5889372.212 3480225.782 5889372.895 3480221.572 5889373.950
                3480217.470 5889375.367 3479901.683 5889500.151 3479901.411 5889500.260 3479897.458
                5889502.053 3479893.676 5889504.184 3479890.095 5889506.636 3479886.741 5889509.391
                3479883.639 5889512.428 3479880.815 5889515.724 3479878.288 5889519.253 3479876.141
                5889522.883 3479873.972 5889527.335 3479872.200 5889531.959 3479870.837 5889536.719
                3479870.377 5889542.407 3479870.307 5889543.385 3479870.232 5889547.725 3479870.535
                5889552.055 3479871.214 5889556.342 3479872.264 5889560.554 3479873.677 5889564.658
                3479877.554 5889574.469 3479801.662 5889604.457 3479775.445 5889664.930 3479775.369
                5889665.087 3479775.279 5889665.237 3479775.176 5889665.378 3479775.062 5889665.510
                3479774.937 5889665.631 3479774.801 5889665.741 3479774.656 5889665.839 3479774.504
                5889665.924 3479774.346 5889665.995 3479701.619 5889694.732 3479701.207 5889694.874
                3479700.783 5889694.980 3479700.353 5889695.049 3479699.918 5889695.079 3479699.481
                5889695.072 3479699.048 5889695.027 3479698.619 5889694.944 3479698.200 5889694.824
                3479697.792 5889694.668 3479697.400 5889694.477 3479697.026 5889694.253 3479696.673
                5889693.997 3479696.344 5889693.711 3479696.040 5889693.397 3479695.766 5889693.058
                3479695.521 5889692.697 3479695.310 5889692.315 3479695.132 5889691.917 3479695.131
                5889691.916 3479663.167 5889611.067 3479657.468 5889596.653 3479622.695 5889508.697
                3479654.676 5889469.973 3479670.497 5889450.817 3479853.599 5889378.465 3480169.387
                5889253.684 3480245.548 5889223.589 3480266.396 5889215.351 3480286.381 5889267.290
                3480312.598 5889332.402 3480314.433 5889337.052 3480360.499 5889453.759 3480309.889
                5889473.754 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>2.4</xplan:GFZ>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1800</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_1cffacfd-895e-41b6-9366-2d737e228ef7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479445.547 5889672.943</gml:lowerCorner>
          <gml:upperCorner>3479747.092 5889937.143</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_95c6c02f-33ea-4e12-85a5-de1eab12c1f6">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="35">3479569.986 5889822.086 3479556.957
                5889827.240 3479556.534 5889827.407 3479531.849 5889837.170 3479523.524 5889840.463
                3479482.801 5889856.570 3479445.922 5889763.290 3479445.773 5889762.880 3479445.660
                5889762.459 3479445.585 5889762.029 3479445.547 5889761.595 3479445.547 5889761.158
                3479445.585 5889760.724 3479445.661 5889760.294 3479445.774 5889759.873 3479445.923
                5889759.463 3479446.108 5889759.068 3479446.326 5889758.690 3479446.576 5889758.333
                3479446.857 5889757.999 3479447.165 5889757.691 3479447.499 5889757.410 3479447.857
                5889757.160 3479448.235 5889756.942 3479448.630 5889756.758 3479448.847 5889756.674
                3479660.747 5889672.943 3479668.836 5889693.401 3479747.092 5889891.341 3479742.441
                5889893.177 3479638.029 5889934.389 3479637.563 5889934.573 3479631.052 5889937.143
                3479583.457 5889816.752 3479569.986 5889822.086 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>2.4</xplan:GFZ>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1800</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_e9ec4a48-e525-4754-a37b-ce88a940aabd">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479468.566 5889850.389</gml:lowerCorner>
          <gml:upperCorner>3479617.101 5889986.798</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_903b805e-b617-4f4f-bbee-015a6f67b51e">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="42">3479565.723 5889850.649 3479566.379
                5889850.389 3479566.728 5889850.886 3479567.360 5889851.664 3479568.057 5889852.384
                3479568.814 5889853.040 3479569.626 5889853.628 3479570.486 5889854.142 3479571.387
                5889854.580 3479579.784 5889858.218 3479580.764 5889858.695 3479581.699 5889859.255
                3479582.582 5889859.894 3479583.406 5889860.608 3479584.164 5889861.391 3479584.851
                5889862.238 3479585.462 5889863.140 3479585.992 5889864.093 3479586.436 5889865.088
                3479586.438 5889865.092 3479617.101 5889942.649 3479610.591 5889945.219 3479509.898
                5889984.962 3479505.246 5889986.798 3479468.776 5889894.549 3479468.690 5889894.302
                3479468.626 5889894.048 3479468.585 5889893.790 3479468.566 5889893.529 3479468.570
                5889893.268 3479468.596 5889893.007 3479468.646 5889892.750 3479468.717 5889892.499
                3479468.810 5889892.254 3479468.924 5889892.019 3479469.058 5889891.794 3479469.212
                5889891.582 3479469.383 5889891.385 3479469.500 5889891.267 3479474.215 5889886.843
                3479532.713 5889863.705 3479565.723 5889850.649 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>2.4</xplan:GFZ>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1800</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_61304ea3-0be9-46a3-bb7f-749458496843">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479343.605 5889896.155</gml:lowerCorner>
          <gml:upperCorner>3479513.425 5890123.327</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_cf23a1fe-6cb2-45f5-8e0a-7cc754825bf5">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="51">3479349.924 5889932.783 3479442.529
                5889896.155 3479513.425 5890075.477 3479510.907 5890076.734 3479498.784 5890083.600
                3479487.306 5890091.497 3479476.559 5890100.365 3479466.626 5890110.135 3479457.583
                5890120.734 3479449.463 5890100.198 3479390.863 5890123.327 3479367.049 5890063.106
                3479368.908 5890062.371 3479368.909 5890062.370 3479370.502 5890061.658 3479372.027
                5890060.810 3479373.472 5890059.833 3479374.826 5890058.733 3479376.079 5890057.520
                3479377.222 5890056.201 3479378.246 5890054.789 3479379.142 5890053.292 3479379.905
                5890051.723 3479380.528 5890050.093 3479381.007 5890048.416 3479381.337 5890046.703
                3479381.518 5890044.967 3479381.546 5890043.223 3479381.422 5890041.483 3479381.146
                5890039.760 3479380.722 5890038.068 3479380.152 5890036.419 3479344.302 5889945.761
                3479344.017 5889944.936 3479343.805 5889944.090 3479343.667 5889943.229 3479343.605
                5889942.358 3479343.619 5889941.486 3479343.709 5889940.618 3479343.874 5889939.762
                3479344.114 5889938.923 3479344.425 5889938.108 3479344.807 5889937.323 3479345.255
                5889936.575 3479345.767 5889935.868 3479346.338 5889935.209 3479346.965 5889934.602
                3479347.642 5889934.052 3479348.365 5889933.563 3479349.127 5889933.139 3479349.924
                5889932.783 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>2.4</xplan:GFZ>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1800</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_1b77b180-eb47-4a0d-8e5d-dd452dcb6682">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479297.822 5890076.474</gml:lowerCorner>
          <gml:upperCorner>3479393.843 5890189.761</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_4bce7a2d-6d12-458b-abfb-2a7a05d91523">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="24">3479357.819 5890076.474 3479393.843
                5890167.569 3479338.496 5890189.413 3479338.084 5890189.555 3479337.660 5890189.661
                3479337.230 5890189.730 3479336.794 5890189.761 3479336.358 5890189.754 3479335.924
                5890189.708 3479335.496 5890189.626 3479335.077 5890189.506 3479334.669 5890189.350
                3479334.277 5890189.159 3479333.903 5890188.934 3479333.550 5890188.678 3479333.220
                5890188.392 3479332.917 5890188.079 3479332.642 5890187.740 3479332.398 5890187.379
                3479332.186 5890186.997 3479332.008 5890186.600 3479319.376 5890154.655 3479297.822
                5890100.149 3479357.819 5890076.474 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>2.4</xplan:GFZ>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1800</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_464fbab7-8380-409c-82a1-4519c788a7e2">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479188.841 5890230.705</gml:lowerCorner>
          <gml:upperCorner>3479511.126 5890547.733</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_bb03f680-6947-478e-9c14-e401094d4869">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="83">3479491.657 5890443.474 3479491.662
                5890443.485 3479492.196 5890444.680 3479492.831 5890445.824 3479493.564 5890446.908
                3479494.389 5890447.924 3479495.299 5890448.864 3479496.288 5890449.721 3479497.348
                5890450.489 3479498.470 5890451.162 3479499.647 5890451.734 3479500.869 5890452.202
                3479502.127 5890452.561 3479503.412 5890452.809 3479504.714 5890452.944 3479506.022
                5890452.966 3479507.328 5890452.873 3479508.620 5890452.667 3479509.889 5890452.348
                3479511.126 5890451.921 3479506.813 5890453.622 3479440.825 5890479.672 3479300.343
                5890535.122 3479268.389 5890547.733 3479188.841 5890346.472 3479283.422 5890309.141
                3479324.184 5890290.961 3479363.256 5890269.274 3479400.288 5890244.264 3479417.270
                5890231.684 3479417.632 5890231.440 3479418.013 5890231.229 3479418.412 5890231.051
                3479418.824 5890230.909 3479419.248 5890230.804 3479419.678 5890230.736 3479420.114
                5890230.705 3479420.550 5890230.713 3479420.984 5890230.758 3479421.412 5890230.842
                3479421.831 5890230.962 3479422.238 5890231.118 3479422.630 5890231.310 3479423.004
                5890231.534 3479423.357 5890231.791 3479423.686 5890232.077 3479423.990 5890232.391
                3479424.264 5890232.730 3479424.508 5890233.092 3479424.719 5890233.473 3479424.894
                5890233.864 3479457.012 5890315.078 3479464.572 5890334.194 3479464.957 5890335.307
                3479465.243 5890336.450 3479465.429 5890337.613 3479465.513 5890338.787 3479465.494
                5890339.965 3479465.372 5890341.137 3479465.149 5890342.293 3479464.825 5890343.426
                3479464.405 5890344.526 3479464.404 5890344.528 3479460.932 5890352.537 3479460.574
                5890353.474 3479460.298 5890354.439 3479460.108 5890355.424 3479460.004 5890356.423
                3479459.988 5890357.426 3479460.059 5890358.427 3479460.217 5890359.418 3479460.461
                5890360.392 3479460.789 5890361.340 3479469.109 5890382.378 3479483.523 5890376.679
                3479492.803 5890400.146 3479490.005 5890432.126 3479489.957 5890432.779 3479489.920
                5890434.961 3479490.073 5890437.138 3479490.416 5890439.294 3479490.945 5890441.411
                3479491.657 5890443.474 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>2.4</xplan:GFZ>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1800</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_de88b1fb-1724-4436-a2f9-a1209f9712da">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479150.063 5890192.739</gml:lowerCorner>
          <gml:upperCorner>3479319.811 5890323.688</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_4d6ddcee-3c5e-41f6-9ca7-6b5870105af5">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="9">3479316.001 5890267.653 3479277.265
                5890285.223 3479274.427 5890286.353 3479179.836 5890323.688 3479150.063 5890248.360
                3479290.981 5890192.739 3479305.131 5890228.542 3479319.811 5890265.685 3479316.001
                5890267.653 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>2.4</xplan:GFZ>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1800</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_7f7211da-306b-49de-be08-ca79546a40ee">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478978.542 5890238.939</gml:lowerCorner>
          <gml:upperCorner>3479156.583 5890388.487</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_437e0d8e-bf1b-492e-be29-3aaf364ad826">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3479015.666 5890388.487 3478978.542
                5890294.560 3479119.459 5890238.939 3479156.583 5890332.866 3479015.666 5890388.487
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>2.4</xplan:GFZ>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1800</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_87f0e07f-7cb2-4931-ae16-22d8af8e973a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478807.018 5890285.138</gml:lowerCorner>
          <gml:upperCorner>3478992.413 5890453.287</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_0feab7d8-2c43-48d5-b2fa-58f0b46e9275">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="6">3478851.494 5890453.287 3478836.791
                5890416.088 3478807.018 5890340.760 3478947.938 5890285.138 3478992.413 5890397.665
                3478851.494 5890453.287 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>2.4</xplan:GFZ>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1800</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_9320fa48-5c72-4e4d-adda-516f07a65b1d">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478860.499 5890355.650</gml:lowerCorner>
          <gml:upperCorner>3479245.135 5890677.328</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_0d73b6fc-5c43-48a6-85b1-13b5720940eb">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="7">3478860.499 5890476.072 3479165.588
                5890355.650 3479245.135 5890556.910 3479161.110 5890590.071 3478970.145 5890665.449
                3478940.044 5890677.328 3478860.499 5890476.072 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>2.4</xplan:GFZ>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1800</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_4067b6be-5c04-4c06-8e16-f8472973b11c">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478641.594 5890486.531</gml:lowerCorner>
          <gml:upperCorner>3478905.724 5890706.747</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_e09aeeb8-b025-4697-b162-5e6929d2fd98">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="39">3478722.211 5890575.003 3478764.942
                5890540.905 3478810.194 5890504.796 3478823.439 5890495.144 3478837.475 5890486.682
                3478837.753 5890486.531 3478905.030 5890656.746 3478905.314 5890657.571 3478905.526
                5890658.417 3478905.663 5890659.279 3478905.724 5890660.149 3478905.709 5890661.021
                3478905.619 5890661.889 3478905.453 5890662.745 3478905.213 5890663.584 3478904.901
                5890664.398 3478904.519 5890665.183 3478904.070 5890665.931 3478903.557 5890666.637
                3478902.985 5890667.295 3478902.358 5890667.902 3478901.680 5890668.451 3478900.958
                5890668.939 3478900.195 5890669.363 3478899.404 5890669.716 3478805.568 5890706.747
                3478721.864 5890701.746 3478709.044 5890696.679 3478696.714 5890690.515 3478684.968
                5890683.299 3478673.896 5890675.087 3478663.582 5890665.942 3478659.521 5890661.865
                3478641.594 5890616.508 3478669.826 5890605.365 3478676.392 5890602.632 3478692.450
                5890594.769 3478707.762 5890585.536 3478722.211 5890575.003 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>2.4</xplan:GFZ>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1800</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_8310e31a-02eb-4771-abac-4c6dc33ef31d">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478549.648 5890294.789</gml:lowerCorner>
          <gml:upperCorner>3478828.241 5890546.971</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_f57a235d-44db-4a22-8a17-a160cbf0a530">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="45">3478764.879 5890302.154 3478813.538
                5890425.266 3478828.241 5890462.465 3478746.665 5890494.659 3478614.111 5890546.971
                3478550.343 5890385.630 3478550.058 5890384.805 3478549.847 5890383.959 3478549.710
                5890383.098 3478549.648 5890382.227 3478549.663 5890381.355 3478549.753 5890380.488
                3478549.919 5890379.631 3478550.159 5890378.792 3478550.471 5890377.978 3478550.853
                5890377.193 3478551.301 5890376.445 3478551.813 5890375.739 3478552.385 5890375.080
                3478553.012 5890374.474 3478553.690 5890373.924 3478554.413 5890373.436 3478555.175
                5890373.012 3478555.968 5890372.659 3478751.491 5890295.485 3478752.316 5890295.200
                3478753.162 5890294.988 3478754.023 5890294.851 3478754.893 5890294.789 3478755.766
                5890294.803 3478756.633 5890294.893 3478757.490 5890295.059 3478758.329 5890295.299
                3478759.143 5890295.610 3478759.928 5890295.992 3478760.676 5890296.440 3478761.383
                5890296.952 3478762.042 5890297.524 3478762.648 5890298.151 3478763.198 5890298.828
                3478763.687 5890299.551 3478764.110 5890300.313 3478764.466 5890301.110 3478764.467
                5890301.113 3478764.879 5890302.154 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>2.4</xplan:GFZ>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1800</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_BaugebietsTeilFlaeche gml:id="GML_c35a6066-6176-4a20-8f20-38281b869d89">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479361.087 5889463.704</gml:lowerCorner>
          <gml:upperCorner>3479650.065 5889743.404</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_c8db13f6-89e3-4036-869b-1205dcd0450a">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="37">3479457.758 5889511.227 3479573.376
                5889465.541 3479574.249 5889465.196 3479578.025 5889463.704 3479586.114 5889484.161
                3479590.526 5889495.321 3479634.219 5889605.840 3479639.917 5889620.253 3479649.718
                5889645.043 3479649.860 5889645.456 3479649.966 5889645.879 3479650.035 5889646.310
                3479650.065 5889646.745 3479650.058 5889647.181 3479650.013 5889647.615 3479649.930
                5889648.044 3479649.810 5889648.463 3479649.653 5889648.871 3479649.462 5889649.263
                3479649.238 5889649.637 3479648.982 5889649.991 3479648.695 5889650.320 3479648.382
                5889650.623 3479648.043 5889650.898 3479647.681 5889651.142 3479647.300 5889651.354
                3479646.904 5889651.531 3479428.433 5889737.859 3479414.402 5889743.404 3479412.564
                5889738.754 3479383.141 5889664.334 3479372.858 5889638.326 3479367.656 5889625.167
                3479364.766 5889617.858 3479361.087 5889608.551 3479392.706 5889596.055 3479457.758
                5889511.227 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:GFZ>2.4</xplan:GFZ>
      <xplan:GRZ>0.8</xplan:GRZ>
      <xplan:besondereArtDerBaulNutzung>1800</xplan:besondereArtDerBaulNutzung>
      <xplan:bauweise>3000</xplan:bauweise>
      <xplan:vertikaleDifferenzierung>false</xplan:vertikaleDifferenzierung>
    </xplan:BP_BaugebietsTeilFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_NebenanlagenFlaeche gml:id="GML_48ffbabe-b89a-46c9-8c07-474d3762d67e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479654.676 5889215.351</gml:lowerCorner>
          <gml:upperCorner>3480286.381 5889469.973</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_284ef322-72a3-4e20-9e0f-b274b90c27dc">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="17">3480169.387 5889253.684 3480245.548
                5889223.589 3480266.396 5889215.351 3480286.381 5889267.290 3480281.031 5889266.045
                3480264.773 5889263.049 3480244.207 5889260.908 3480223.533 5889260.568 3480202.908
                5889262.031 3480182.489 5889265.286 3480162.431 5889270.308 3480142.887 5889277.059
                3479664.301 5889466.170 3479654.676 5889469.973 3479670.497 5889450.817 3479853.599
                5889378.465 3480169.387 5889253.684 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:zweckbestimmung>9999</xplan:zweckbestimmung>
    </xplan:BP_NebenanlagenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_f20ac75c-a7fa-4d94-84cb-08f05d2c2b15">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479913.008 5889482.061</gml:lowerCorner>
          <gml:upperCorner>3480260.112 5889664.269</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_93b027dc-4077-46c3-a69e-6299462a2c78">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="15">3480155.401 5889650.416 3480143.493
                5889664.269 3480104.301 5889640.857 3480023.188 5889592.403 3479939.075 5889625.635
                3479920.322 5889633.044 3479916.083 5889624.238 3479914.858 5889621.262 3479913.008
                5889616.581 3480253.487 5889482.061 3480260.112 5889498.796 3480081.285 5889569.449
                3480065.130 5889596.491 3480137.880 5889639.949 3480155.401 5889650.416
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_f4ea964f-fa90-4885-9481-1f6ef94eacd1">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480351.450 5889548.628</gml:lowerCorner>
          <gml:upperCorner>3480461.077 5889617.987</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_cd94a9a3-21c1-4295-b98b-f7a8598da033">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="80">3480405.201 5889549.520 3480455.989
                5889548.628 3480456.425 5889548.639 3480456.858 5889548.688 3480457.286 5889548.775
                3480457.704 5889548.899 3480458.110 5889549.059 3480458.500 5889549.253 3480458.872
                5889549.481 3480459.223 5889549.740 3480459.550 5889550.029 3480459.850 5889550.346
                3480460.122 5889550.687 3480460.363 5889551.050 3480460.571 5889551.434 3480460.745
                5889551.834 3480460.884 5889552.247 3480460.986 5889552.671 3480461.050 5889553.103
                3480461.077 5889553.538 3480461.066 5889553.974 3480461.017 5889554.407 3480460.930
                5889554.835 3480460.806 5889555.253 3480460.646 5889555.659 3480460.452 5889556.049
                3480460.224 5889556.421 3480459.965 5889556.772 3480459.676 5889557.099 3480459.430
                5889557.337 3480421.789 5889591.371 3480413.354 5889598.353 3480404.343 5889604.574
                3480394.823 5889609.986 3480384.869 5889614.547 3480383.734 5889615.002 3480377.059
                5889617.638 3480376.647 5889617.781 3480376.224 5889617.887 3480375.793 5889617.956
                3480375.358 5889617.987 3480374.922 5889617.980 3480374.488 5889617.935 3480374.059
                5889617.852 3480373.640 5889617.732 3480373.233 5889617.577 3480372.841 5889617.386
                3480372.466 5889617.162 3480372.113 5889616.906 3480371.783 5889616.621 3480371.480
                5889616.307 3480371.205 5889615.969 3480370.960 5889615.607 3480370.748 5889615.226
                3480370.570 5889614.828 3480351.798 5889567.405 3480351.655 5889566.993 3480351.549
                5889566.570 3480351.481 5889566.139 3480351.450 5889565.704 3480351.457 5889565.268
                3480351.502 5889564.834 3480351.585 5889564.406 3480351.704 5889563.987 3480351.860
                5889563.579 3480352.051 5889563.187 3480352.275 5889562.813 3480352.531 5889562.460
                3480352.816 5889562.130 3480353.130 5889561.827 3480353.468 5889561.552 3480353.830
                5889561.308 3480354.211 5889561.096 3480354.608 5889560.919 3480361.290 5889558.278
                3480371.640 5889554.703 3480382.261 5889552.044 3480393.074 5889550.321 3480403.997
                5889549.547 3480405.201 5889549.520 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_e2cded39-6ea1-4508-9e07-8ca952ee0210">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480106.372 5889573.797</gml:lowerCorner>
          <gml:upperCorner>3480346.737 5889781.909</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_89c4b270-cd7b-4ea5-9622-643db850a2dd">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="97">3480272.449 5889658.969 3480265.609
                5889661.846 3480252.383 5889668.460 3480239.783 5889676.202 3480227.907 5889685.012
                3480216.843 5889694.823 3480206.677 5889705.562 3480197.485 5889717.145 3480189.338
                5889729.486 3480159.376 5889779.486 3480159.135 5889779.850 3480158.864 5889780.191
                3480158.564 5889780.507 3480158.237 5889780.796 3480157.886 5889781.056 3480157.514
                5889781.284 3480157.124 5889781.478 3480156.718 5889781.638 3480156.300 5889781.762
                3480155.873 5889781.849 3480155.439 5889781.898 3480155.003 5889781.909 3480154.568
                5889781.883 3480154.137 5889781.818 3480153.713 5889781.716 3480153.299 5889781.578
                3480152.899 5889781.404 3480152.521 5889781.199 3480108.802 5889754.933 3480108.438
                5889754.693 3480108.096 5889754.422 3480107.779 5889754.122 3480107.490 5889753.796
                3480107.230 5889753.445 3480107.002 5889753.074 3480106.807 5889752.684 3480106.646
                5889752.278 3480106.522 5889751.860 3480106.434 5889751.433 3480106.384 5889751.000
                3480106.372 5889750.564 3480106.398 5889750.128 3480106.462 5889749.697 3480106.563
                5889749.273 3480106.701 5889748.859 3480106.874 5889748.459 3480107.082 5889748.075
                3480107.086 5889748.069 3480137.013 5889698.130 3480148.092 5889681.348 3480160.590
                5889665.596 3480174.415 5889650.993 3480189.459 5889637.651 3480205.609 5889625.670
                3480222.742 5889615.143 3480240.727 5889606.149 3480250.033 5889602.235 3480321.128
                5889574.146 3480321.540 5889574.003 3480321.963 5889573.897 3480322.394 5889573.828
                3480322.829 5889573.797 3480323.265 5889573.804 3480323.699 5889573.849 3480324.127
                5889573.931 3480324.546 5889574.051 3480324.954 5889574.206 3480325.346 5889574.397
                3480325.720 5889574.621 3480326.073 5889574.877 3480326.403 5889575.162 3480326.706
                5889575.475 3480326.981 5889575.814 3480327.226 5889576.175 3480327.438 5889576.556
                3480327.616 5889576.954 3480327.618 5889576.958 3480346.390 5889624.381 3480346.532
                5889624.793 3480346.638 5889625.217 3480346.707 5889625.647 3480346.737 5889626.082
                3480346.730 5889626.519 3480346.685 5889626.952 3480346.602 5889627.381 3480346.482
                5889627.800 3480346.326 5889628.208 3480346.135 5889628.600 3480345.911 5889628.974
                3480345.655 5889629.327 3480345.369 5889629.656 3480345.055 5889629.960 3480344.716
                5889630.234 3480344.355 5889630.479 3480343.973 5889630.690 3480343.579 5889630.866
                3480272.449 5889658.969 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_62452e0a-5c58-4dc7-aa3c-cf29d167d08b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480398.513 5889802.479</gml:lowerCorner>
          <gml:upperCorner>3480505.218 5889845.144</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_859d327b-c31a-4117-ad4e-3d4ffc5efde2">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="8">3480505.218 5889820.404 3480442.721
                5889845.144 3480398.513 5889817.982 3480403.974 5889809.093 3480407.663 5889802.479
                3480444.470 5889825.094 3480498.610 5889803.664 3480505.218 5889820.404
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_3f06b279-5e6b-422c-b44e-5a7c04000d61">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480296.942 5889964.119</gml:lowerCorner>
          <gml:upperCorner>3480473.856 5890077.588</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_bbd36e1c-c9b0-43b7-b097-5924b89c44f1">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3480473.856 5890067.026 3480456.659
                5890077.588 3480296.942 5889979.454 3480306.364 5889964.119 3480473.856 5890067.026
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_2528c2cc-42f2-410d-ace4-3cd4472ef214">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480120.434 5889844.582</gml:lowerCorner>
          <gml:upperCorner>3480293.212 5889968.550</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_35d9d19f-c502-4f21-a94e-56cd8de499cb">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="15">3480208.385 5889844.582 3480240.919
                5889864.216 3480229.611 5889883.087 3480214.448 5889908.393 3480293.212 5889955.924
                3480287.133 5889965.812 3480286.178 5889967.225 3480285.103 5889968.550 3480230.766
                5889935.760 3480229.217 5889938.327 3480137.556 5889883.013 3480120.434 5889872.681
                3480129.686 5889857.242 3480181.913 5889888.759 3480208.385 5889844.582
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_2b140783-bf4e-4629-845d-38e5ab4da50f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479936.315 5889776.524</gml:lowerCorner>
          <gml:upperCorner>3480141.585 5889978.923</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_3d45d28c-eb7e-494b-bba8-2f8bcada1f2c">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="100">3480140.872 5889810.365 3480104.553
                5889870.976 3480093.475 5889887.757 3480080.976 5889903.509 3480067.151 5889918.111
                3480052.107 5889931.453 3480035.957 5889943.433 3480018.825 5889953.960 3480000.840
                5889962.953 3479991.460 5889966.897 3479961.873 5889978.575 3479961.461 5889978.717
                3479961.038 5889978.823 3479960.607 5889978.892 3479960.172 5889978.923 3479959.736
                5889978.915 3479959.302 5889978.870 3479958.874 5889978.787 3479958.454 5889978.667
                3479958.047 5889978.511 3479958.047 5889978.511 3479957.655 5889978.320 3479957.281
                5889978.096 3479956.928 5889977.840 3479956.599 5889977.554 3479956.295 5889977.240
                3479956.021 5889976.902 3479955.776 5889976.540 3479955.565 5889976.159 3479955.387
                5889975.761 3479955.387 5889975.760 3479936.663 5889928.323 3479936.521 5889927.911
                3479936.415 5889927.488 3479936.346 5889927.057 3479936.315 5889926.622 3479936.322
                5889926.186 3479936.367 5889925.752 3479936.450 5889925.324 3479936.570 5889924.905
                3479936.726 5889924.498 3479936.726 5889924.496 3479936.917 5889924.104 3479937.141
                5889923.730 3479937.397 5889923.377 3479937.683 5889923.048 3479937.997 5889922.744
                3479938.335 5889922.470 3479938.697 5889922.225 3479939.078 5889922.014 3479939.476
                5889921.836 3479939.478 5889921.835 3479969.065 5889910.157 3479975.959 5889907.258
                3479989.184 5889900.645 3480001.783 5889892.903 3480013.659 5889884.094 3480024.723
                5889874.282 3480034.889 5889863.544 3480044.080 5889851.960 3480052.227 5889839.620
                3480088.583 5889778.949 3480088.824 5889778.585 3480089.095 5889778.244 3480089.395
                5889777.927 3480089.722 5889777.638 3480090.072 5889777.379 3480090.444 5889777.151
                3480090.835 5889776.956 3480091.240 5889776.796 3480091.658 5889776.672 3480092.086
                5889776.585 3480092.519 5889776.536 3480092.955 5889776.524 3480093.390 5889776.551
                3480093.822 5889776.615 3480094.246 5889776.717 3480094.660 5889776.855 3480095.060
                5889777.029 3480095.439 5889777.235 3480139.157 5889803.501 3480139.521 5889803.741
                3480139.863 5889804.013 3480140.179 5889804.313 3480140.469 5889804.639 3480140.729
                5889804.990 3480140.957 5889805.362 3480141.152 5889805.752 3480141.312 5889806.158
                3480141.436 5889806.576 3480141.524 5889807.003 3480141.574 5889807.437 3480141.585
                5889807.873 3480141.559 5889808.308 3480141.495 5889808.740 3480141.394 5889809.164
                3480141.255 5889809.578 3480141.082 5889809.978 3480140.874 5889810.362 3480140.872
                5889810.365 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_32abde79-a132-4700-8bf4-3410d11b0177">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479811.247 5890044.439</gml:lowerCorner>
          <gml:upperCorner>3479930.205 5890295.696</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_cc6b34d5-e607-4050-8630-fe099e7e1f1a">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3479811.247 5890053.617 3479834.500
                5890044.439 3479930.205 5890286.518 3479906.952 5890295.696 3479811.247 5890053.617
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_cd493c09-9439-47f2-aeb2-c4aa26f364cf">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479671.266 5889931.584</gml:lowerCorner>
          <gml:upperCorner>3479939.458 5890083.529</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_d2c4c042-40b1-4f34-b166-93b432e5d282">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="83">3479671.614 5890032.941 3479671.471
                5890032.529 3479671.365 5890032.106 3479671.297 5890031.675 3479671.266 5890031.240
                3479671.273 5890030.804 3479671.318 5890030.370 3479671.401 5890029.942 3479671.520
                5890029.523 3479671.676 5890029.115 3479671.867 5890028.723 3479672.091 5890028.349
                3479672.347 5890027.996 3479672.632 5890027.666 3479672.946 5890027.363 3479673.284
                5890027.088 3479673.646 5890026.844 3479674.027 5890026.632 3479674.425 5890026.454
                3479913.900 5889931.931 3479914.312 5889931.789 3479914.736 5889931.683 3479915.167
                5889931.615 3479915.602 5889931.584 3479916.038 5889931.591 3479916.472 5889931.637
                3479916.900 5889931.720 3479917.320 5889931.840 3479917.727 5889931.996 3479918.119
                5889932.187 3479918.493 5889932.412 3479918.846 5889932.668 3479919.176 5889932.954
                3479919.479 5889933.268 3479919.754 5889933.606 3479919.998 5889933.968 3479920.209
                5889934.350 3479920.387 5889934.748 3479939.111 5889982.185 3479939.253 5889982.597
                3479939.359 5889983.021 3479939.427 5889983.452 3479939.458 5889983.887 3479939.451
                5889984.323 3479939.405 5889984.757 3479939.322 5889985.185 3479939.202 5889985.605
                3479939.046 5889986.012 3479938.855 5889986.404 3479938.630 5889986.778 3479938.374
                5889987.131 3479938.088 5889987.461 3479937.774 5889987.764 3479937.436 5889988.039
                3479937.074 5889988.283 3479936.692 5889988.494 3479936.295 5889988.671 3479866.382
                5890016.266 3479856.653 5889991.617 3479819.447 5890006.302 3479829.176 5890030.951
                3479729.590 5890070.259 3479696.853 5890083.181 3479696.441 5890083.323 3479696.017
                5890083.429 3479695.587 5890083.498 3479695.151 5890083.529 3479694.715 5890083.522
                3479694.281 5890083.476 3479693.853 5890083.394 3479693.434 5890083.274 3479693.026
                5890083.118 3479692.634 5890082.927 3479692.260 5890082.702 3479691.907 5890082.446
                3479691.577 5890082.160 3479691.274 5890081.847 3479690.999 5890081.508 3479690.755
                5890081.147 3479690.543 5890080.765 3479690.365 5890080.368 3479682.406 5890060.236
                3479671.614 5890032.941 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_52f0132a-e927-4f9a-9009-1d1e155c623d">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479310.819 5889194.887</gml:lowerCorner>
          <gml:upperCorner>3480266.396 5890075.477</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_15e12a0d-fa42-43ae-90d5-e605eeed88dd">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="228">3479695.131 5889691.916 3479695.132
                5889691.917 3479695.310 5889692.315 3479695.521 5889692.697 3479695.766 5889693.058
                3479696.040 5889693.397 3479696.344 5889693.711 3479696.673 5889693.997 3479697.026
                5889694.253 3479697.400 5889694.477 3479697.792 5889694.668 3479698.200 5889694.824
                3479698.619 5889694.944 3479699.048 5889695.027 3479699.481 5889695.072 3479699.918
                5889695.079 3479700.353 5889695.049 3479700.783 5889694.980 3479701.207 5889694.874
                3479701.619 5889694.732 3479774.346 5889665.995 3479774.504 5889665.924 3479774.656
                5889665.839 3479774.801 5889665.741 3479774.937 5889665.631 3479775.062 5889665.510
                3479775.176 5889665.378 3479775.279 5889665.237 3479775.369 5889665.087 3479775.445
                5889664.930 3479801.662 5889604.457 3479877.554 5889574.469 3479896.734 5889623.010
                3479876.271 5889631.095 3479844.641 5889643.592 3479833.196 5889669.991 3479833.027
                5889670.408 3479832.752 5889671.235 3479832.550 5889672.084 3479832.424 5889672.947
                3479832.373 5889673.818 3479832.398 5889674.690 3479832.498 5889675.557 3479832.674
                5889676.411 3479832.924 5889677.247 3479833.246 5889678.058 3479833.637 5889678.837
                3479834.095 5889679.580 3479834.615 5889680.280 3479835.195 5889680.932 3479835.829
                5889681.531 3479836.513 5889682.072 3479837.242 5889682.552 3479982.882 5889769.553
                3479998.116 5889744.132 3480009.424 5889725.261 3480042.050 5889744.743 3480015.505
                5889789.041 3480052.848 5889811.349 3480043.596 5889826.788 3479803.536 5889683.384
                3479803.354 5889683.278 3479802.578 5889682.880 3479801.770 5889682.551 3479800.936
                5889682.293 3479800.084 5889682.110 3479799.218 5889682.001 3479799.008 5889681.986
                3479798.136 5889681.972 3479797.265 5889682.033 3479796.404 5889682.170 3479795.558
                5889682.382 3479794.733 5889682.667 3479710.075 5889716.119 3479709.678 5889716.297
                3479709.296 5889716.509 3479708.935 5889716.753 3479708.596 5889717.028 3479708.283
                5889717.331 3479707.997 5889717.661 3479707.741 5889718.014 3479707.517 5889718.388
                3479707.326 5889718.781 3479707.170 5889719.188 3479707.051 5889719.607 3479706.968
                5889720.036 3479706.923 5889720.470 3479706.916 5889720.906 3479706.947 5889721.341
                3479707.015 5889721.772 3479707.122 5889722.195 3479707.264 5889722.607 3479801.595
                5889961.209 3479778.343 5889970.387 3479747.092 5889891.341 3479668.836 5889693.401
                3479660.747 5889672.943 3479448.847 5889756.674 3479448.630 5889756.758 3479448.235
                5889756.942 3479447.857 5889757.160 3479447.499 5889757.410 3479447.165 5889757.691
                3479446.857 5889757.999 3479446.576 5889758.333 3479446.326 5889758.690 3479446.108
                5889759.068 3479445.923 5889759.463 3479445.774 5889759.873 3479445.661 5889760.294
                3479445.585 5889760.724 3479445.547 5889761.158 3479445.547 5889761.595 3479445.585
                5889762.029 3479445.660 5889762.459 3479445.773 5889762.880 3479445.922 5889763.290
                3479482.801 5889856.570 3479523.524 5889840.463 3479532.713 5889863.705 3479474.215
                5889886.843 3479469.500 5889891.267 3479469.383 5889891.385 3479469.212 5889891.582
                3479469.058 5889891.794 3479468.924 5889892.019 3479468.810 5889892.254 3479468.717
                5889892.499 3479468.646 5889892.750 3479468.596 5889893.007 3479468.570 5889893.268
                3479468.566 5889893.529 3479468.585 5889893.790 3479468.626 5889894.048 3479468.690
                5889894.302 3479468.776 5889894.549 3479505.246 5889986.798 3479536.497 5890065.844
                3479524.859 5890070.438 3479513.425 5890075.477 3479442.529 5889896.155 3479349.924
                5889932.783 3479349.127 5889933.139 3479348.365 5889933.563 3479347.642 5889934.052
                3479346.965 5889934.602 3479346.338 5889935.209 3479345.767 5889935.868 3479345.255
                5889936.575 3479344.807 5889937.323 3479344.425 5889938.108 3479344.114 5889938.923
                3479343.874 5889939.762 3479343.709 5889940.618 3479343.619 5889941.486 3479343.605
                5889942.358 3479343.667 5889943.229 3479343.805 5889944.090 3479344.017 5889944.936
                3479344.302 5889945.761 3479380.152 5890036.419 3479380.722 5890038.068 3479381.146
                5890039.760 3479381.422 5890041.483 3479381.546 5890043.223 3479381.518 5890044.967
                3479381.337 5890046.703 3479381.007 5890048.416 3479380.528 5890050.093 3479379.905
                5890051.723 3479379.142 5890053.292 3479378.246 5890054.789 3479377.222 5890056.201
                3479376.079 5890057.520 3479374.826 5890058.733 3479373.472 5890059.833 3479372.027
                5890060.810 3479370.502 5890061.658 3479368.909 5890062.370 3479368.908 5890062.371
                3479367.049 5890063.106 3479355.315 5890033.433 3479354.774 5890033.647 3479310.819
                5889924.592 3479316.229 5889922.452 3479434.441 5889875.696 3479462.342 5889864.660
                3479445.646 5889822.429 3479422.492 5889763.864 3479420.654 5889759.215 3479416.132
                5889747.778 3479414.402 5889743.404 3479428.433 5889737.859 3479646.904 5889651.531
                3479647.300 5889651.354 3479647.681 5889651.142 3479648.043 5889650.898 3479648.382
                5889650.623 3479648.695 5889650.320 3479648.982 5889649.991 3479649.238 5889649.637
                3479649.462 5889649.263 3479649.653 5889648.871 3479649.810 5889648.463 3479649.930
                5889648.044 3479650.013 5889647.615 3479650.058 5889647.181 3479650.065 5889646.745
                3479650.035 5889646.310 3479649.860 5889645.456 3479649.718 5889645.043 3479639.917
                5889620.253 3479634.219 5889605.840 3479590.526 5889495.321 3479586.114 5889484.161
                3479578.025 5889463.704 3480237.382 5889203.160 3480258.319 5889194.887 3480266.396
                5889215.351 3480245.548 5889223.589 3480169.387 5889253.684 3479853.599 5889378.465
                3479670.497 5889450.817 3479654.676 5889469.973 3479622.695 5889508.697 3479657.468
                5889596.653 3479663.167 5889611.067 3479695.131 5889691.916 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
          <gml:interior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3479811.306 5889624.507 3479818.655
                5889643.107 3479846.555 5889632.084 3479839.206 5889613.484 3479811.306 5889624.507
              </gml:posList>
            </gml:LinearRing>
          </gml:interior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_67a3fab1-1b82-4ff2-8658-fe8c71b036ea">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479442.376 5890036.201</gml:lowerCorner>
          <gml:upperCorner>3479674.435 5890183.548</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_9245caf5-24ec-4353-82ac-a74ee7ef9cec">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="83">3479458.722 5890181.978 3479457.901
                5890182.431 3479457.043 5890182.811 3479456.156 5890183.114 3479455.246 5890183.340
                3479454.319 5890183.484 3479453.383 5890183.548 3479452.446 5890183.530 3479451.513
                5890183.430 3479450.593 5890183.249 3479449.692 5890182.989 3479448.817 5890182.651
                3479447.975 5890182.238 3479447.172 5890181.754 3479446.414 5890181.201 3479445.708
                5890180.584 3479445.058 5890179.909 3479444.469 5890179.179 3479443.946 5890178.400
                3479443.493 5890177.579 3479443.113 5890176.721 3479442.810 5890175.834 3479442.584
                5890174.924 3479442.440 5890173.997 3479442.376 5890173.061 3479442.394 5890172.124
                3479442.494 5890171.191 3479442.675 5890170.271 3479442.935 5890169.370 3479443.273
                5890168.495 3479443.686 5890167.653 3479444.023 5890167.079 3479460.092 5890141.500
                3479467.319 5890131.039 3479475.430 5890121.247 3479484.363 5890112.200 3479494.051
                5890103.965 3479504.420 5890096.606 3479515.390 5890090.179 3479526.880 5890084.733
                3479529.998 5890083.460 3479648.847 5890036.550 3479649.259 5890036.407 3479649.682
                5890036.301 3479650.113 5890036.232 3479650.548 5890036.201 3479650.984 5890036.208
                3479651.418 5890036.253 3479651.846 5890036.336 3479652.266 5890036.456 3479652.673
                5890036.611 3479653.065 5890036.802 3479653.439 5890037.026 3479653.793 5890037.282
                3479654.122 5890037.568 3479654.426 5890037.881 3479654.701 5890038.219 3479654.945
                5890038.581 3479655.157 5890038.962 3479655.335 5890039.360 3479655.337 5890039.364
                3479674.088 5890086.792 3479674.230 5890087.205 3479674.336 5890087.628 3479674.404
                5890088.059 3479674.435 5890088.494 3479674.428 5890088.930 3479674.382 5890089.364
                3479674.299 5890089.793 3479674.179 5890090.212 3479674.023 5890090.620 3479673.832
                5890091.012 3479673.607 5890091.386 3479673.351 5890091.739 3479673.065 5890092.069
                3479672.751 5890092.372 3479672.412 5890092.647 3479672.050 5890092.891 3479671.669
                5890093.102 3479671.275 5890093.278 3479505.392 5890158.753 3479481.966 5890169.162
                3479458.722 5890181.978 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_673717b5-cb30-4fcd-b4a0-e6bf59a5cf75">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479546.150 5890149.076</gml:lowerCorner>
          <gml:upperCorner>3479665.107 5890400.330</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_74c30038-0e4a-4d42-a847-b8b962263ee5">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="6">3479546.150 5890158.254 3479569.402
                5890149.076 3479665.107 5890391.152 3479659.404 5890393.403 3479641.854 5890400.330
                3479546.150 5890158.254 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_97217a85-e29d-492a-8b62-2893eff498b8">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479390.863 5890100.198</gml:lowerCorner>
          <gml:upperCorner>3479457.583 5890177.257</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_f21d959e-6071-4c4f-b441-9b7ac8091893">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="33">3479420.466 5890176.309 3479419.925
                5890176.593 3479419.362 5890176.828 3479418.780 5890177.013 3479418.184 5890177.147
                3479417.579 5890177.229 3479416.969 5890177.257 3479416.359 5890177.233 3479415.753
                5890177.155 3479415.157 5890177.024 3479414.574 5890176.842 3479414.009 5890176.610
                3479413.467 5890176.330 3479412.951 5890176.004 3479412.465 5890175.633 3479412.014
                5890175.222 3479411.600 5890174.773 3479411.227 5890174.290 3479410.897 5890173.776
                3479410.613 5890173.235 3479410.439 5890172.832 3479390.863 5890123.327 3479449.463
                5890100.198 3479457.583 5890120.734 3479456.178 5890122.562 3479448.238 5890134.053
                3479429.189 5890164.376 3479422.691 5890174.260 3479422.321 5890174.745 3479421.910
                5890175.195 3479421.462 5890175.608 3479420.979 5890175.981 3479420.466 5890176.309
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_d78c3383-6701-4753-8717-3eee96f045ca">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479165.588 5890346.472</gml:lowerCorner>
          <gml:upperCorner>3479268.389 5890556.910</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_8440d596-71c1-4b64-93a2-6f698c5bcd11">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3479268.389 5890547.733 3479245.135
                5890556.910 3479165.588 5890355.650 3479188.841 5890346.472 3479268.389 5890547.733
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_8c9b95cc-50cb-447b-9ad5-18331e6976a7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478616.814 5890476.072</gml:lowerCorner>
          <gml:upperCorner>3478940.044 5890728.997</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_d6e3cfc0-5561-4d51-b92b-3b39e7336306">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="46">3478858.366 5890476.914 3478860.499
                5890476.072 3478940.044 5890677.328 3478930.982 5890680.904 3478897.130 5890694.264
                3478809.119 5890728.997 3478717.844 5890723.600 3478703.136 5890718.101 3478688.963
                5890711.342 3478675.434 5890703.372 3478662.650 5890694.254 3478650.710 5890684.057
                3478639.704 5890672.857 3478631.196 5890662.678 3478616.814 5890626.287 3478641.594
                5890616.508 3478659.521 5890661.865 3478663.582 5890665.942 3478673.896 5890675.087
                3478684.968 5890683.299 3478696.714 5890690.515 3478709.044 5890696.679 3478721.864
                5890701.746 3478805.568 5890706.747 3478899.404 5890669.716 3478900.195 5890669.363
                3478900.958 5890668.939 3478901.680 5890668.451 3478902.358 5890667.902 3478902.985
                5890667.295 3478903.557 5890666.637 3478904.070 5890665.931 3478904.519 5890665.183
                3478904.901 5890664.398 3478905.213 5890663.584 3478905.453 5890662.745 3478905.619
                5890661.889 3478905.709 5890661.021 3478905.724 5890660.149 3478905.663 5890659.279
                3478905.526 5890658.417 3478905.314 5890657.571 3478905.030 5890656.746 3478837.753
                5890486.531 3478852.479 5890479.354 3478858.366 5890476.914 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_2edc3856-7283-4834-932e-b427ad693744">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478519.018 5890154.655</gml:lowerCorner>
          <gml:upperCorner>3479404.523 5890556.764</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_61b997ba-58f6-4623-93ea-719d0d231da1">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="110">3479403.060 5890199.654 3479385.851
                5890217.845 3479367.122 5890234.466 3479352.676 5890245.461 3479323.733 5890221.199
                3479305.131 5890228.542 3479290.981 5890192.739 3479150.063 5890248.360 3479179.836
                5890323.688 3479156.583 5890332.866 3479119.459 5890238.939 3478978.542 5890294.560
                3479015.666 5890388.487 3478992.413 5890397.665 3478947.938 5890285.138 3478807.018
                5890340.760 3478836.791 5890416.088 3478813.538 5890425.266 3478764.879 5890302.154
                3478764.467 5890301.113 3478764.466 5890301.110 3478764.110 5890300.313 3478763.687
                5890299.551 3478763.198 5890298.828 3478762.648 5890298.151 3478762.042 5890297.524
                3478761.383 5890296.952 3478760.676 5890296.440 3478759.928 5890295.992 3478759.143
                5890295.610 3478758.329 5890295.299 3478757.490 5890295.059 3478756.633 5890294.893
                3478755.766 5890294.803 3478754.893 5890294.789 3478754.023 5890294.851 3478753.162
                5890294.988 3478752.316 5890295.200 3478751.491 5890295.485 3478555.968 5890372.659
                3478555.175 5890373.012 3478554.413 5890373.436 3478553.690 5890373.924 3478553.012
                5890374.474 3478552.385 5890375.080 3478551.813 5890375.739 3478551.301 5890376.445
                3478550.853 5890377.193 3478550.471 5890377.978 3478550.159 5890378.792 3478549.919
                5890379.631 3478549.753 5890380.488 3478549.663 5890381.355 3478549.648 5890382.227
                3478549.710 5890383.098 3478549.847 5890383.959 3478550.058 5890384.805 3478550.343
                5890385.630 3478614.111 5890546.971 3478589.337 5890556.764 3478578.678 5890529.795
                3478530.761 5890408.550 3478528.008 5890401.584 3478519.018 5890363.689 3478537.084
                5890356.559 3478566.462 5890344.954 3478622.118 5890322.975 3478738.369 5890277.067
                3478752.723 5890271.399 3478775.974 5890262.217 3478797.829 5890317.510 3478962.002
                5890252.710 3478969.353 5890271.310 3479133.523 5890206.511 3479140.874 5890225.110
                3479319.376 5890154.655 3479332.008 5890186.600 3479332.186 5890186.997 3479332.398
                5890187.379 3479332.642 5890187.740 3479332.917 5890188.079 3479333.220 5890188.392
                3479333.550 5890188.678 3479333.903 5890188.934 3479334.277 5890189.159 3479334.669
                5890189.350 3479335.077 5890189.506 3479335.496 5890189.626 3479335.924 5890189.708
                3479336.358 5890189.754 3479336.794 5890189.761 3479337.230 5890189.730 3479337.660
                5890189.661 3479338.084 5890189.555 3479338.496 5890189.413 3479393.843 5890167.569
                3479404.105 5890193.519 3479404.276 5890194.014 3479404.403 5890194.521 3479404.486
                5890195.038 3479404.523 5890195.561 3479404.514 5890196.084 3479404.460 5890196.605
                3479404.361 5890197.119 3479404.218 5890197.622 3479404.031 5890198.111 3479403.802
                5890198.582 3479403.533 5890199.031 3479403.225 5890199.454 3479403.060 5890199.654
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_f7653938-5496-4e38-ac45-4aef5b451d80">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480221.431 5889697.983</gml:lowerCorner>
          <gml:upperCorner>3480394.449 5889809.768</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_ec9724b6-0e8f-431f-acbe-03d12b7bf9ab">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="11">3480394.449 5889794.226 3480391.379
                5889799.968 3480390.769 5889800.979 3480385.369 5889809.768 3480270.709 5889740.574
                3480221.431 5889710.837 3480231.073 5889701.371 3480234.969 5889697.983 3480253.217
                5889708.997 3480393.596 5889793.711 3480394.449 5889794.226 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_GruenFlaeche gml:id="GML_3de5c081-699b-442c-a4d2-989acdde06ae">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480070.677 5889915.306</gml:lowerCorner>
          <gml:upperCorner>3480195.304 5890191.064</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_0d678f02-b9a3-4217-b768-a8baa9945a13">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="7">3480089.912 5889915.306 3480101.159
                5889943.755 3480195.304 5890181.886 3480172.052 5890191.064 3480070.677 5889934.649
                3480075.015 5889930.651 3480089.912 5889915.306 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_GruenFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_VerEntsorgung gml:id="GML_cc2e36eb-7a45-448b-82d2-a1a088fa1e21">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478731.236 5889070.284</gml:lowerCorner>
          <gml:upperCorner>3480856.112 5890844.449</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_2537c82e-0d4b-445d-9747-511088629239">
          <gml:posList srsDimension="2" count="2">3478731.236 5890844.449 3480856.112 5889070.284
          </gml:posList>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:zweckbestimmung>2600</xplan:zweckbestimmung>
    </xplan:BP_VerEntsorgung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_SchutzPflegeEntwicklungsFlaeche gml:id="GML_5206cffe-e4e5-4e0e-81e5-ca477bca57fd">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480070.677 5889915.306</gml:lowerCorner>
          <gml:upperCorner>3480195.304 5890191.064</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_532ce4c3-f8fc-4e4a-b7fc-3e5be4cb6d79">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="7">3480089.912 5889915.306 3480101.159
                5889943.755 3480195.304 5890181.886 3480172.052 5890191.064 3480070.677 5889934.649
                3480075.015 5889930.651 3480089.912 5889915.306 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_SchutzPflegeEntwicklungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_SchutzPflegeEntwicklungsFlaeche gml:id="GML_d81251be-6ade-4378-8422-191f59e163a8">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480221.431 5889697.983</gml:lowerCorner>
          <gml:upperCorner>3480394.449 5889809.768</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_896340a5-7da1-420e-9b17-4d6b15b9133c">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="11">3480394.449 5889794.226 3480391.379
                5889799.968 3480390.769 5889800.979 3480385.369 5889809.768 3480270.709 5889740.574
                3480221.431 5889710.837 3480231.073 5889701.371 3480234.969 5889697.983 3480253.217
                5889708.997 3480393.596 5889793.711 3480394.449 5889794.226 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_SchutzPflegeEntwicklungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_SchutzPflegeEntwicklungsFlaeche gml:id="GML_f869e0f7-302b-4e02-86f0-ce955206f154">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478616.814 5890476.072</gml:lowerCorner>
          <gml:upperCorner>3478940.044 5890728.997</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_33fdea35-5438-4449-adf4-36625fa76177">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="46">3478858.366 5890476.914 3478860.499
                5890476.072 3478940.044 5890677.328 3478930.982 5890680.904 3478897.130 5890694.264
                3478809.119 5890728.997 3478717.844 5890723.600 3478703.136 5890718.101 3478688.963
                5890711.342 3478675.434 5890703.372 3478662.650 5890694.254 3478650.710 5890684.057
                3478639.704 5890672.857 3478631.196 5890662.678 3478616.814 5890626.287 3478641.594
                5890616.508 3478659.521 5890661.865 3478663.582 5890665.942 3478673.896 5890675.087
                3478684.968 5890683.299 3478696.714 5890690.515 3478709.044 5890696.679 3478721.864
                5890701.746 3478805.568 5890706.747 3478899.404 5890669.716 3478900.195 5890669.363
                3478900.958 5890668.939 3478901.680 5890668.451 3478902.358 5890667.902 3478902.985
                5890667.295 3478903.557 5890666.637 3478904.070 5890665.931 3478904.519 5890665.183
                3478904.901 5890664.398 3478905.213 5890663.584 3478905.453 5890662.745 3478905.619
                5890661.889 3478905.709 5890661.021 3478905.724 5890660.149 3478905.663 5890659.279
                3478905.526 5890658.417 3478905.314 5890657.571 3478905.030 5890656.746 3478837.753
                5890486.531 3478852.479 5890479.354 3478858.366 5890476.914 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_SchutzPflegeEntwicklungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_SchutzPflegeEntwicklungsFlaeche gml:id="GML_bcd43ed0-4777-4458-bf60-d0c2f5bfb04b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479165.588 5890346.472</gml:lowerCorner>
          <gml:upperCorner>3479268.389 5890556.910</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_cb7a0505-efeb-4eeb-80bf-b4bfcc203af3">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3479268.389 5890547.733 3479245.135
                5890556.910 3479165.588 5890355.650 3479188.841 5890346.472 3479268.389 5890547.733
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_SchutzPflegeEntwicklungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_SchutzPflegeEntwicklungsFlaeche gml:id="GML_9b9bb31d-8937-4c6b-81e5-8ef6c4a310f9">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479390.863 5890100.198</gml:lowerCorner>
          <gml:upperCorner>3479457.583 5890177.257</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_a2de8b7d-b0b8-4954-9602-49a9bd5ca84d">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="33">3479420.466 5890176.309 3479419.925
                5890176.593 3479419.362 5890176.828 3479418.780 5890177.013 3479418.184 5890177.147
                3479417.579 5890177.229 3479416.969 5890177.257 3479416.359 5890177.233 3479415.753
                5890177.155 3479415.157 5890177.024 3479414.574 5890176.842 3479414.009 5890176.610
                3479413.467 5890176.330 3479412.951 5890176.004 3479412.465 5890175.633 3479412.014
                5890175.222 3479411.600 5890174.773 3479411.227 5890174.290 3479410.897 5890173.776
                3479410.613 5890173.235 3479410.439 5890172.832 3479390.863 5890123.327 3479449.463
                5890100.198 3479457.583 5890120.734 3479456.178 5890122.562 3479448.238 5890134.053
                3479429.189 5890164.376 3479422.691 5890174.260 3479422.321 5890174.745 3479421.910
                5890175.195 3479421.462 5890175.608 3479420.979 5890175.981 3479420.466 5890176.309
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_SchutzPflegeEntwicklungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_SchutzPflegeEntwicklungsFlaeche gml:id="GML_56478008-ea1c-49e0-8724-403b0f30f475">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479546.150 5890149.076</gml:lowerCorner>
          <gml:upperCorner>3479665.107 5890400.330</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_ea0b5ff4-1487-4529-a6ae-7d91b2e8a0fd">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="6">3479546.150 5890158.254 3479569.402
                5890149.076 3479665.107 5890391.152 3479659.404 5890393.403 3479641.854 5890400.330
                3479546.150 5890158.254 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_SchutzPflegeEntwicklungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_SchutzPflegeEntwicklungsFlaeche gml:id="GML_9b6cda1d-150c-49e0-b5b1-57d1ef4fc7fd">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479442.376 5890036.201</gml:lowerCorner>
          <gml:upperCorner>3479674.435 5890183.548</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_307e4eb4-547b-4387-bea0-ccd509e1ae3e">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="83">3479458.722 5890181.978 3479457.901
                5890182.431 3479457.043 5890182.811 3479456.156 5890183.114 3479455.246 5890183.340
                3479454.319 5890183.484 3479453.383 5890183.548 3479452.446 5890183.530 3479451.513
                5890183.430 3479450.593 5890183.249 3479449.692 5890182.989 3479448.817 5890182.651
                3479447.975 5890182.238 3479447.172 5890181.754 3479446.414 5890181.201 3479445.708
                5890180.584 3479445.058 5890179.909 3479444.469 5890179.179 3479443.946 5890178.400
                3479443.493 5890177.579 3479443.113 5890176.721 3479442.810 5890175.834 3479442.584
                5890174.924 3479442.440 5890173.997 3479442.376 5890173.061 3479442.394 5890172.124
                3479442.494 5890171.191 3479442.675 5890170.271 3479442.935 5890169.370 3479443.273
                5890168.495 3479443.686 5890167.653 3479444.023 5890167.079 3479460.092 5890141.500
                3479467.319 5890131.039 3479475.430 5890121.247 3479484.363 5890112.200 3479494.051
                5890103.965 3479504.420 5890096.606 3479515.390 5890090.179 3479526.880 5890084.733
                3479529.998 5890083.460 3479648.847 5890036.550 3479649.259 5890036.407 3479649.682
                5890036.301 3479650.113 5890036.232 3479650.548 5890036.201 3479650.984 5890036.208
                3479651.418 5890036.253 3479651.846 5890036.336 3479652.266 5890036.456 3479652.673
                5890036.611 3479653.065 5890036.802 3479653.439 5890037.026 3479653.793 5890037.282
                3479654.122 5890037.568 3479654.426 5890037.881 3479654.701 5890038.219 3479654.945
                5890038.581 3479655.157 5890038.962 3479655.335 5890039.360 3479655.337 5890039.364
                3479674.088 5890086.792 3479674.230 5890087.205 3479674.336 5890087.628 3479674.404
                5890088.059 3479674.435 5890088.494 3479674.428 5890088.930 3479674.382 5890089.364
                3479674.299 5890089.793 3479674.179 5890090.212 3479674.023 5890090.620 3479673.832
                5890091.012 3479673.607 5890091.386 3479673.351 5890091.739 3479673.065 5890092.069
                3479672.751 5890092.372 3479672.412 5890092.647 3479672.050 5890092.891 3479671.669
                5890093.102 3479671.275 5890093.278 3479505.392 5890158.753 3479481.966 5890169.162
                3479458.722 5890181.978 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_SchutzPflegeEntwicklungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_SchutzPflegeEntwicklungsFlaeche gml:id="GML_96e88df4-bf34-4f2a-9d07-35ff8ba31b81">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479310.819 5889194.887</gml:lowerCorner>
          <gml:upperCorner>3480266.396 5890075.477</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_a6da81e7-594e-48fb-83eb-fdaca9c5e5cf">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="228">3479695.131 5889691.916 3479695.132
                5889691.917 3479695.310 5889692.315 3479695.521 5889692.697 3479695.766 5889693.058
                3479696.040 5889693.397 3479696.344 5889693.711 3479696.673 5889693.997 3479697.026
                5889694.253 3479697.400 5889694.477 3479697.792 5889694.668 3479698.200 5889694.824
                3479698.619 5889694.944 3479699.048 5889695.027 3479699.481 5889695.072 3479699.918
                5889695.079 3479700.353 5889695.049 3479700.783 5889694.980 3479701.207 5889694.874
                3479701.619 5889694.732 3479774.346 5889665.995 3479774.504 5889665.924 3479774.656
                5889665.839 3479774.801 5889665.741 3479774.937 5889665.631 3479775.062 5889665.510
                3479775.176 5889665.378 3479775.279 5889665.237 3479775.369 5889665.087 3479775.445
                5889664.930 3479801.662 5889604.457 3479877.554 5889574.469 3479896.734 5889623.010
                3479876.271 5889631.095 3479844.641 5889643.592 3479833.196 5889669.991 3479833.027
                5889670.408 3479832.752 5889671.235 3479832.550 5889672.084 3479832.424 5889672.947
                3479832.373 5889673.818 3479832.398 5889674.690 3479832.498 5889675.557 3479832.674
                5889676.411 3479832.924 5889677.247 3479833.246 5889678.058 3479833.637 5889678.837
                3479834.095 5889679.580 3479834.615 5889680.280 3479835.195 5889680.932 3479835.829
                5889681.531 3479836.513 5889682.072 3479837.242 5889682.552 3479982.882 5889769.553
                3479998.116 5889744.132 3480009.424 5889725.261 3480042.050 5889744.743 3480015.505
                5889789.041 3480052.848 5889811.349 3480043.596 5889826.788 3479803.536 5889683.384
                3479803.354 5889683.278 3479802.578 5889682.880 3479801.770 5889682.551 3479800.936
                5889682.293 3479800.084 5889682.110 3479799.218 5889682.001 3479799.008 5889681.986
                3479798.136 5889681.972 3479797.265 5889682.033 3479796.404 5889682.170 3479795.558
                5889682.382 3479794.733 5889682.667 3479710.075 5889716.119 3479709.678 5889716.297
                3479709.296 5889716.509 3479708.935 5889716.753 3479708.596 5889717.028 3479708.283
                5889717.331 3479707.997 5889717.661 3479707.741 5889718.014 3479707.517 5889718.388
                3479707.326 5889718.781 3479707.170 5889719.188 3479707.051 5889719.607 3479706.968
                5889720.036 3479706.923 5889720.470 3479706.916 5889720.906 3479706.947 5889721.341
                3479707.015 5889721.772 3479707.122 5889722.195 3479707.264 5889722.607 3479801.595
                5889961.209 3479778.343 5889970.387 3479747.092 5889891.341 3479668.836 5889693.401
                3479660.747 5889672.943 3479448.847 5889756.674 3479448.630 5889756.758 3479448.235
                5889756.942 3479447.857 5889757.160 3479447.499 5889757.410 3479447.165 5889757.691
                3479446.857 5889757.999 3479446.576 5889758.333 3479446.326 5889758.690 3479446.108
                5889759.068 3479445.923 5889759.463 3479445.774 5889759.873 3479445.661 5889760.294
                3479445.585 5889760.724 3479445.547 5889761.158 3479445.547 5889761.595 3479445.585
                5889762.029 3479445.660 5889762.459 3479445.773 5889762.880 3479445.922 5889763.290
                3479482.801 5889856.570 3479523.524 5889840.463 3479532.713 5889863.705 3479474.215
                5889886.843 3479469.500 5889891.267 3479469.383 5889891.385 3479469.212 5889891.582
                3479469.058 5889891.794 3479468.924 5889892.019 3479468.810 5889892.254 3479468.717
                5889892.499 3479468.646 5889892.750 3479468.596 5889893.007 3479468.570 5889893.268
                3479468.566 5889893.529 3479468.585 5889893.790 3479468.626 5889894.048 3479468.690
                5889894.302 3479468.776 5889894.549 3479505.246 5889986.798 3479536.497 5890065.844
                3479524.859 5890070.438 3479513.425 5890075.477 3479442.529 5889896.155 3479349.924
                5889932.783 3479349.127 5889933.139 3479348.365 5889933.563 3479347.642 5889934.052
                3479346.965 5889934.602 3479346.338 5889935.209 3479345.767 5889935.868 3479345.255
                5889936.575 3479344.807 5889937.323 3479344.425 5889938.108 3479344.114 5889938.923
                3479343.874 5889939.762 3479343.709 5889940.618 3479343.619 5889941.486 3479343.605
                5889942.358 3479343.667 5889943.229 3479343.805 5889944.090 3479344.017 5889944.936
                3479344.302 5889945.761 3479380.152 5890036.419 3479380.722 5890038.068 3479381.146
                5890039.760 3479381.422 5890041.483 3479381.546 5890043.223 3479381.518 5890044.967
                3479381.337 5890046.703 3479381.007 5890048.416 3479380.528 5890050.093 3479379.905
                5890051.723 3479379.142 5890053.292 3479378.246 5890054.789 3479377.222 5890056.201
                3479376.079 5890057.520 3479374.826 5890058.733 3479373.472 5890059.833 3479372.027
                5890060.810 3479370.502 5890061.658 3479368.909 5890062.370 3479368.908 5890062.371
                3479367.049 5890063.106 3479355.315 5890033.433 3479354.774 5890033.647 3479310.819
                5889924.592 3479316.229 5889922.452 3479434.441 5889875.696 3479462.342 5889864.660
                3479445.646 5889822.429 3479422.492 5889763.864 3479420.654 5889759.215 3479416.132
                5889747.778 3479414.402 5889743.404 3479428.433 5889737.859 3479646.904 5889651.531
                3479647.300 5889651.354 3479647.681 5889651.142 3479648.043 5889650.898 3479648.382
                5889650.623 3479648.695 5889650.320 3479648.982 5889649.991 3479649.238 5889649.637
                3479649.462 5889649.263 3479649.653 5889648.871 3479649.810 5889648.463 3479649.930
                5889648.044 3479650.013 5889647.615 3479650.058 5889647.181 3479650.065 5889646.745
                3479650.035 5889646.310 3479649.860 5889645.456 3479649.718 5889645.043 3479639.917
                5889620.253 3479634.219 5889605.840 3479590.526 5889495.321 3479586.114 5889484.161
                3479578.025 5889463.704 3480237.382 5889203.160 3480258.319 5889194.887 3480266.396
                5889215.351 3480245.548 5889223.589 3480169.387 5889253.684 3479853.599 5889378.465
                3479670.497 5889450.817 3479654.676 5889469.973 3479622.695 5889508.697 3479657.468
                5889596.653 3479663.167 5889611.067 3479695.131 5889691.916 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
          <gml:interior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3479811.306 5889624.507 3479818.655
                5889643.107 3479846.555 5889632.084 3479839.206 5889613.484 3479811.306 5889624.507
              </gml:posList>
            </gml:LinearRing>
          </gml:interior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_SchutzPflegeEntwicklungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_SchutzPflegeEntwicklungsFlaeche gml:id="GML_d5e084d1-115c-4578-a55a-99c6509ad850">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479671.266 5889931.584</gml:lowerCorner>
          <gml:upperCorner>3479939.458 5890083.529</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_f7b0d56e-3a21-4aa5-9ed3-cd6245b1bb54">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="83">3479671.614 5890032.941 3479671.471
                5890032.529 3479671.365 5890032.106 3479671.297 5890031.675 3479671.266 5890031.240
                3479671.273 5890030.804 3479671.318 5890030.370 3479671.401 5890029.942 3479671.520
                5890029.523 3479671.676 5890029.115 3479671.867 5890028.723 3479672.091 5890028.349
                3479672.347 5890027.996 3479672.632 5890027.666 3479672.946 5890027.363 3479673.284
                5890027.088 3479673.646 5890026.844 3479674.027 5890026.632 3479674.425 5890026.454
                3479913.900 5889931.931 3479914.312 5889931.789 3479914.736 5889931.683 3479915.167
                5889931.615 3479915.602 5889931.584 3479916.038 5889931.591 3479916.472 5889931.637
                3479916.900 5889931.720 3479917.320 5889931.840 3479917.727 5889931.996 3479918.119
                5889932.187 3479918.493 5889932.412 3479918.846 5889932.668 3479919.176 5889932.954
                3479919.479 5889933.268 3479919.754 5889933.606 3479919.998 5889933.968 3479920.209
                5889934.350 3479920.387 5889934.748 3479939.111 5889982.185 3479939.253 5889982.597
                3479939.359 5889983.021 3479939.427 5889983.452 3479939.458 5889983.887 3479939.451
                5889984.323 3479939.405 5889984.757 3479939.322 5889985.185 3479939.202 5889985.605
                3479939.046 5889986.012 3479938.855 5889986.404 3479938.630 5889986.778 3479938.374
                5889987.131 3479938.088 5889987.461 3479937.774 5889987.764 3479937.436 5889988.039
                3479937.074 5889988.283 3479936.692 5889988.494 3479936.295 5889988.671 3479866.382
                5890016.266 3479856.653 5889991.617 3479819.447 5890006.302 3479829.176 5890030.951
                3479729.590 5890070.259 3479696.853 5890083.181 3479696.441 5890083.323 3479696.017
                5890083.429 3479695.587 5890083.498 3479695.151 5890083.529 3479694.715 5890083.522
                3479694.281 5890083.476 3479693.853 5890083.394 3479693.434 5890083.274 3479693.026
                5890083.118 3479692.634 5890082.927 3479692.260 5890082.702 3479691.907 5890082.446
                3479691.577 5890082.160 3479691.274 5890081.847 3479690.999 5890081.508 3479690.755
                5890081.147 3479690.543 5890080.765 3479690.365 5890080.368 3479682.406 5890060.236
                3479671.614 5890032.941 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_SchutzPflegeEntwicklungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_SchutzPflegeEntwicklungsFlaeche gml:id="GML_b97918dc-013d-4d20-a960-26df80f00a97">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479811.247 5890044.439</gml:lowerCorner>
          <gml:upperCorner>3479930.205 5890295.696</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_18ff8c78-bf70-407a-b332-cf70098fed16">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3479811.247 5890053.617 3479834.500
                5890044.439 3479930.205 5890286.518 3479906.952 5890295.696 3479811.247 5890053.617
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_SchutzPflegeEntwicklungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_SchutzPflegeEntwicklungsFlaeche gml:id="GML_2c8d0815-73c3-479c-9fc8-1c51323d6367">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479936.315 5889776.524</gml:lowerCorner>
          <gml:upperCorner>3480141.585 5889978.923</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_ad296105-12a7-4645-b590-dac4f48645a1">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="100">3480140.872 5889810.365 3480104.553
                5889870.976 3480093.475 5889887.757 3480080.976 5889903.509 3480067.151 5889918.111
                3480052.107 5889931.453 3480035.957 5889943.433 3480018.825 5889953.960 3480000.840
                5889962.953 3479991.460 5889966.897 3479961.873 5889978.575 3479961.461 5889978.717
                3479961.038 5889978.823 3479960.607 5889978.892 3479960.172 5889978.923 3479959.736
                5889978.915 3479959.302 5889978.870 3479958.874 5889978.787 3479958.454 5889978.667
                3479958.047 5889978.511 3479958.047 5889978.511 3479957.655 5889978.320 3479957.281
                5889978.096 3479956.928 5889977.840 3479956.599 5889977.554 3479956.295 5889977.240
                3479956.021 5889976.902 3479955.776 5889976.540 3479955.565 5889976.159 3479955.387
                5889975.761 3479955.387 5889975.760 3479936.663 5889928.323 3479936.521 5889927.911
                3479936.415 5889927.488 3479936.346 5889927.057 3479936.315 5889926.622 3479936.322
                5889926.186 3479936.367 5889925.752 3479936.450 5889925.324 3479936.570 5889924.905
                3479936.726 5889924.498 3479936.726 5889924.496 3479936.917 5889924.104 3479937.141
                5889923.730 3479937.397 5889923.377 3479937.683 5889923.048 3479937.997 5889922.744
                3479938.335 5889922.470 3479938.697 5889922.225 3479939.078 5889922.014 3479939.476
                5889921.836 3479939.478 5889921.835 3479969.065 5889910.157 3479975.959 5889907.258
                3479989.184 5889900.645 3480001.783 5889892.903 3480013.659 5889884.094 3480024.723
                5889874.282 3480034.889 5889863.544 3480044.080 5889851.960 3480052.227 5889839.620
                3480088.583 5889778.949 3480088.824 5889778.585 3480089.095 5889778.244 3480089.395
                5889777.927 3480089.722 5889777.638 3480090.072 5889777.379 3480090.444 5889777.151
                3480090.835 5889776.956 3480091.240 5889776.796 3480091.658 5889776.672 3480092.086
                5889776.585 3480092.519 5889776.536 3480092.955 5889776.524 3480093.390 5889776.551
                3480093.822 5889776.615 3480094.246 5889776.717 3480094.660 5889776.855 3480095.060
                5889777.029 3480095.439 5889777.235 3480139.157 5889803.501 3480139.521 5889803.741
                3480139.863 5889804.013 3480140.179 5889804.313 3480140.469 5889804.639 3480140.729
                5889804.990 3480140.957 5889805.362 3480141.152 5889805.752 3480141.312 5889806.158
                3480141.436 5889806.576 3480141.524 5889807.003 3480141.574 5889807.437 3480141.585
                5889807.873 3480141.559 5889808.308 3480141.495 5889808.740 3480141.394 5889809.164
                3480141.255 5889809.578 3480141.082 5889809.978 3480140.874 5889810.362 3480140.872
                5889810.365 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_SchutzPflegeEntwicklungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_SchutzPflegeEntwicklungsFlaeche gml:id="GML_3a1ca16e-5f02-48c8-8e4e-24e0e8c2e981">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480120.434 5889844.582</gml:lowerCorner>
          <gml:upperCorner>3480293.212 5889968.550</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_3fb71dae-c1dc-44cb-b6fb-f3fdc7fe991a">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="15">3480208.385 5889844.582 3480240.919
                5889864.216 3480229.611 5889883.087 3480214.448 5889908.393 3480293.212 5889955.924
                3480287.133 5889965.812 3480286.178 5889967.225 3480285.103 5889968.550 3480230.766
                5889935.760 3480229.217 5889938.327 3480137.556 5889883.013 3480120.434 5889872.681
                3480129.686 5889857.242 3480181.913 5889888.759 3480208.385 5889844.582
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_SchutzPflegeEntwicklungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_SchutzPflegeEntwicklungsFlaeche gml:id="GML_e831e788-2734-40ff-ab99-3cd436a42bdc">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480296.942 5889964.119</gml:lowerCorner>
          <gml:upperCorner>3480473.856 5890077.588</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_9889f564-9d3a-42b7-a519-97ec74c4e3cc">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3480473.856 5890067.026 3480456.659
                5890077.588 3480296.942 5889979.454 3480306.364 5889964.119 3480473.856 5890067.026
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_SchutzPflegeEntwicklungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_SchutzPflegeEntwicklungsFlaeche gml:id="GML_cfc23fc0-5800-427c-a25a-3729cebc2935">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480398.513 5889802.479</gml:lowerCorner>
          <gml:upperCorner>3480505.218 5889845.144</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_e6b3e587-4d20-4fe7-be35-89e9dc59e4c7">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="8">3480505.218 5889820.404 3480442.721
                5889845.144 3480398.513 5889817.982 3480403.974 5889809.093 3480407.663 5889802.479
                3480444.470 5889825.094 3480498.610 5889803.664 3480505.218 5889820.404
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_SchutzPflegeEntwicklungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_SchutzPflegeEntwicklungsFlaeche gml:id="GML_51e1035b-d7f7-4d6d-8bcf-1335cde72afc">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480106.372 5889573.797</gml:lowerCorner>
          <gml:upperCorner>3480346.737 5889781.909</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_5f049d1f-529a-478d-82cf-cc34c579546f">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="97">3480272.449 5889658.969 3480265.609
                5889661.846 3480252.383 5889668.460 3480239.783 5889676.202 3480227.907 5889685.012
                3480216.843 5889694.823 3480206.677 5889705.562 3480197.485 5889717.145 3480189.338
                5889729.486 3480159.376 5889779.486 3480159.135 5889779.850 3480158.864 5889780.191
                3480158.564 5889780.507 3480158.237 5889780.796 3480157.886 5889781.056 3480157.514
                5889781.284 3480157.124 5889781.478 3480156.718 5889781.638 3480156.300 5889781.762
                3480155.873 5889781.849 3480155.439 5889781.898 3480155.003 5889781.909 3480154.568
                5889781.883 3480154.137 5889781.818 3480153.713 5889781.716 3480153.299 5889781.578
                3480152.899 5889781.404 3480152.521 5889781.199 3480108.802 5889754.933 3480108.438
                5889754.693 3480108.096 5889754.422 3480107.779 5889754.122 3480107.490 5889753.796
                3480107.230 5889753.445 3480107.002 5889753.074 3480106.807 5889752.684 3480106.646
                5889752.278 3480106.522 5889751.860 3480106.434 5889751.433 3480106.384 5889751.000
                3480106.372 5889750.564 3480106.398 5889750.128 3480106.462 5889749.697 3480106.563
                5889749.273 3480106.701 5889748.859 3480106.874 5889748.459 3480107.082 5889748.075
                3480107.086 5889748.069 3480137.013 5889698.130 3480148.092 5889681.348 3480160.590
                5889665.596 3480174.415 5889650.993 3480189.459 5889637.651 3480205.609 5889625.670
                3480222.742 5889615.143 3480240.727 5889606.149 3480250.033 5889602.235 3480321.128
                5889574.146 3480321.540 5889574.003 3480321.963 5889573.897 3480322.394 5889573.828
                3480322.829 5889573.797 3480323.265 5889573.804 3480323.699 5889573.849 3480324.127
                5889573.931 3480324.546 5889574.051 3480324.954 5889574.206 3480325.346 5889574.397
                3480325.720 5889574.621 3480326.073 5889574.877 3480326.403 5889575.162 3480326.706
                5889575.475 3480326.981 5889575.814 3480327.226 5889576.175 3480327.438 5889576.556
                3480327.616 5889576.954 3480327.618 5889576.958 3480346.390 5889624.381 3480346.532
                5889624.793 3480346.638 5889625.217 3480346.707 5889625.647 3480346.737 5889626.082
                3480346.730 5889626.519 3480346.685 5889626.952 3480346.602 5889627.381 3480346.482
                5889627.800 3480346.326 5889628.208 3480346.135 5889628.600 3480345.911 5889628.974
                3480345.655 5889629.327 3480345.369 5889629.656 3480345.055 5889629.960 3480344.716
                5889630.234 3480344.355 5889630.479 3480343.973 5889630.690 3480343.579 5889630.866
                3480272.449 5889658.969 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_SchutzPflegeEntwicklungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_SchutzPflegeEntwicklungsFlaeche gml:id="GML_844a206c-7ae7-4030-a883-7a621d9f2fe3">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480351.450 5889548.628</gml:lowerCorner>
          <gml:upperCorner>3480461.077 5889617.987</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_0056f953-60fb-46c6-a257-c45680e56716">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="80">3480405.201 5889549.520 3480455.989
                5889548.628 3480456.425 5889548.639 3480456.858 5889548.688 3480457.286 5889548.775
                3480457.704 5889548.899 3480458.110 5889549.059 3480458.500 5889549.253 3480458.872
                5889549.481 3480459.223 5889549.740 3480459.550 5889550.029 3480459.850 5889550.346
                3480460.122 5889550.687 3480460.363 5889551.050 3480460.571 5889551.434 3480460.745
                5889551.834 3480460.884 5889552.247 3480460.986 5889552.671 3480461.050 5889553.103
                3480461.077 5889553.538 3480461.066 5889553.974 3480461.017 5889554.407 3480460.930
                5889554.835 3480460.806 5889555.253 3480460.646 5889555.659 3480460.452 5889556.049
                3480460.224 5889556.421 3480459.965 5889556.772 3480459.676 5889557.099 3480459.430
                5889557.337 3480421.789 5889591.371 3480413.354 5889598.353 3480404.343 5889604.574
                3480394.823 5889609.986 3480384.869 5889614.547 3480383.734 5889615.002 3480377.059
                5889617.638 3480376.647 5889617.781 3480376.224 5889617.887 3480375.793 5889617.956
                3480375.358 5889617.987 3480374.922 5889617.980 3480374.488 5889617.935 3480374.059
                5889617.852 3480373.640 5889617.732 3480373.233 5889617.577 3480372.841 5889617.386
                3480372.466 5889617.162 3480372.113 5889616.906 3480371.783 5889616.621 3480371.480
                5889616.307 3480371.205 5889615.969 3480370.960 5889615.607 3480370.748 5889615.226
                3480370.570 5889614.828 3480351.798 5889567.405 3480351.655 5889566.993 3480351.549
                5889566.570 3480351.481 5889566.139 3480351.450 5889565.704 3480351.457 5889565.268
                3480351.502 5889564.834 3480351.585 5889564.406 3480351.704 5889563.987 3480351.860
                5889563.579 3480352.051 5889563.187 3480352.275 5889562.813 3480352.531 5889562.460
                3480352.816 5889562.130 3480353.130 5889561.827 3480353.468 5889561.552 3480353.830
                5889561.308 3480354.211 5889561.096 3480354.608 5889560.919 3480361.290 5889558.278
                3480371.640 5889554.703 3480382.261 5889552.044 3480393.074 5889550.321 3480403.997
                5889549.547 3480405.201 5889549.520 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_SchutzPflegeEntwicklungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_SchutzPflegeEntwicklungsFlaeche gml:id="GML_5ffe6cc1-d138-4c07-86c0-1305b0787beb">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479913.008 5889482.061</gml:lowerCorner>
          <gml:upperCorner>3480260.112 5889664.269</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_299ddbde-3952-4858-aa42-b382ec287b4b">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="15">3480155.401 5889650.416 3480143.493
                5889664.269 3480104.301 5889640.857 3480023.188 5889592.403 3479939.075 5889625.635
                3479920.322 5889633.044 3479916.083 5889624.238 3479914.858 5889621.262 3479913.008
                5889616.581 3480253.487 5889482.061 3480260.112 5889498.796 3480081.285 5889569.449
                3480065.130 5889596.491 3480137.880 5889639.949 3480155.401 5889650.416
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_SchutzPflegeEntwicklungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_SchutzPflegeEntwicklungsFlaeche gml:id="GML_064d1b74-ffaf-4fde-a6e8-04ab0fceaa88">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478519.018 5890062.087</gml:lowerCorner>
          <gml:upperCorner>3479404.523 5890556.764</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_ae4cc220-30b7-4e62-b198-984c1dbf067e">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="112">3479403.060 5890199.654 3479385.851
                5890217.845 3479367.122 5890234.466 3479352.676 5890245.461 3479323.733 5890221.199
                3479305.131 5890228.542 3479290.981 5890192.739 3479150.063 5890248.360 3479179.836
                5890323.688 3479156.583 5890332.866 3479119.459 5890238.939 3478978.542 5890294.560
                3479015.666 5890388.487 3478992.413 5890397.665 3478947.938 5890285.138 3478807.018
                5890340.760 3478836.791 5890416.088 3478813.538 5890425.266 3478764.879 5890302.154
                3478764.467 5890301.113 3478764.466 5890301.110 3478764.110 5890300.313 3478763.687
                5890299.551 3478763.198 5890298.828 3478762.648 5890298.151 3478762.042 5890297.524
                3478761.383 5890296.952 3478760.676 5890296.440 3478759.928 5890295.992 3478759.143
                5890295.610 3478758.329 5890295.299 3478757.490 5890295.059 3478756.633 5890294.893
                3478755.766 5890294.803 3478754.893 5890294.789 3478754.023 5890294.851 3478753.162
                5890294.988 3478752.316 5890295.200 3478751.491 5890295.485 3478555.968 5890372.659
                3478555.175 5890373.012 3478554.413 5890373.436 3478553.690 5890373.924 3478553.012
                5890374.474 3478552.385 5890375.080 3478551.813 5890375.739 3478551.301 5890376.445
                3478550.853 5890377.193 3478550.471 5890377.978 3478550.159 5890378.792 3478549.919
                5890379.631 3478549.753 5890380.488 3478549.663 5890381.355 3478549.648 5890382.227
                3478549.710 5890383.098 3478549.847 5890383.959 3478550.058 5890384.805 3478550.343
                5890385.630 3478614.111 5890546.971 3478589.337 5890556.764 3478578.678 5890529.795
                3478530.761 5890408.550 3478528.008 5890401.584 3478519.018 5890363.689 3478537.084
                5890356.559 3478566.462 5890344.954 3478622.118 5890322.975 3478738.369 5890277.067
                3478752.723 5890271.399 3478775.974 5890262.217 3478873.148 5890223.843 3478990.720
                5890177.413 3479109.891 5890130.352 3479243.842 5890077.454 3479275.279 5890065.046
                3479282.771 5890062.087 3479297.822 5890100.149 3479319.376 5890154.655 3479332.008
                5890186.600 3479332.186 5890186.997 3479332.398 5890187.379 3479332.642 5890187.740
                3479332.917 5890188.079 3479333.220 5890188.392 3479333.550 5890188.678 3479333.903
                5890188.934 3479334.277 5890189.159 3479334.669 5890189.350 3479335.077 5890189.506
                3479335.496 5890189.626 3479335.924 5890189.708 3479336.358 5890189.754 3479336.794
                5890189.761 3479337.230 5890189.730 3479337.660 5890189.661 3479338.084 5890189.555
                3479338.496 5890189.413 3479393.843 5890167.569 3479404.105 5890193.519 3479404.276
                5890194.014 3479404.403 5890194.521 3479404.486 5890195.038 3479404.523 5890195.561
                3479404.514 5890196.084 3479404.460 5890196.605 3479404.361 5890197.119 3479404.218
                5890197.622 3479404.031 5890198.111 3479403.802 5890198.582 3479403.533 5890199.031
                3479403.225 5890199.454 3479403.060 5890199.654 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:istAusgleich>false</xplan:istAusgleich>
    </xplan:BP_SchutzPflegeEntwicklungsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenbegrenzungsLinie gml:id="GML_2f849f67-021b-49b5-a714-b0a8faa3b646">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478589.337 5889323.561</gml:lowerCorner>
          <gml:upperCorner>3480922.418 5890626.287</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_022cbf60-bce7-44d1-b84a-9de97fdc965e">
          <gml:posList srsDimension="2" count="959">3479316.001 5890267.653 3479277.265 5890285.223
            3479274.427 5890286.353 3479179.836 5890323.688 3479156.583 5890332.866 3479015.666
            5890388.487 3478992.413 5890397.665 3478851.494 5890453.287 3478828.241 5890462.465
            3478746.665 5890494.659 3478614.111 5890546.971 3478589.337 5890556.764 3478606.118
            5890599.223 3478616.814 5890626.287 3478641.594 5890616.508 3478669.826 5890605.365
            3478676.392 5890602.632 3478692.450 5890594.769 3478707.762 5890585.536 3478722.211
            5890575.003 3478764.942 5890540.905 3478810.194 5890504.796 3478823.439 5890495.144
            3478837.475 5890486.682 3478837.753 5890486.531 3478852.479 5890479.354 3478858.366
            5890476.914 3478860.499 5890476.072 3479165.588 5890355.650 3479188.841 5890346.472
            3479283.422 5890309.141 3479324.184 5890290.961 3479363.256 5890269.274 3479400.288
            5890244.264 3479417.270 5890231.684 3479417.632 5890231.440 3479418.013 5890231.229
            3479418.412 5890231.051 3479418.824 5890230.909 3479419.248 5890230.804 3479419.678
            5890230.736 3479420.114 5890230.705 3479420.550 5890230.713 3479420.984 5890230.758
            3479421.412 5890230.842 3479421.831 5890230.962 3479422.238 5890231.118 3479422.630
            5890231.310 3479423.004 5890231.534 3479423.357 5890231.791 3479423.686 5890232.077
            3479423.990 5890232.391 3479424.264 5890232.730 3479424.508 5890233.092 3479424.719
            5890233.473 3479424.894 5890233.864 3479457.012 5890315.078 3479464.572 5890334.194
            3479464.957 5890335.307 3479465.243 5890336.450 3479465.429 5890337.613 3479465.513
            5890338.787 3479465.494 5890339.965 3479465.372 5890341.137 3479465.149 5890342.293
            3479464.825 5890343.426 3479464.405 5890344.526 3479464.404 5890344.528 3479460.932
            5890352.537 3479460.574 5890353.474 3479460.298 5890354.439 3479460.108 5890355.424
            3479460.004 5890356.423 3479459.988 5890357.426 3479460.059 5890358.427 3479460.217
            5890359.418 3479460.461 5890360.392 3479460.789 5890361.340 3479469.109 5890382.378
            3479483.523 5890376.679 3479492.803 5890400.146 3479490.005 5890432.126 3479489.957
            5890432.779 3479489.920 5890434.961 3479490.073 5890437.138 3479490.416 5890439.294
            3479490.945 5890441.411 3479491.657 5890443.474 3479491.662 5890443.485 3479492.196
            5890444.680 3479492.831 5890445.824 3479493.564 5890446.908 3479494.389 5890447.924
            3479495.299 5890448.864 3479496.288 5890449.721 3479497.348 5890450.489 3479498.470
            5890451.162 3479499.647 5890451.734 3479500.869 5890452.202 3479502.127 5890452.561
            3479503.412 5890452.809 3479504.714 5890452.944 3479506.022 5890452.966 3479507.328
            5890452.873 3479508.620 5890452.667 3479509.889 5890452.348 3479511.126 5890451.921
            3479521.677 5890447.761 3479525.080 5890446.418 3479435.627 5890220.209 3479435.484
            5890219.797 3479435.378 5890219.374 3479435.309 5890218.943 3479435.278 5890218.508
            3479435.285 5890218.072 3479435.330 5890217.639 3479435.413 5890217.210 3479435.532
            5890216.791 3479435.688 5890216.384 3479435.879 5890215.992 3479436.103 5890215.617
            3479436.358 5890215.264 3479436.644 5890214.935 3479436.957 5890214.631 3479437.296
            5890214.356 3479437.300 5890214.354 3479438.159 5890213.718 3479444.611 5890208.938
            3479467.295 5890193.924 3479491.200 5890180.944 3479510.716 5890172.240 3479546.150
            5890158.254 3479569.402 5890149.076 3479679.396 5890105.659 3479679.561 5890105.602
            3479679.730 5890105.560 3479679.902 5890105.532 3479680.076 5890105.520 3479680.251
            5890105.523 3479680.424 5890105.541 3479680.595 5890105.574 3479680.763 5890105.621
            3479680.926 5890105.684 3479681.083 5890105.760 3479681.232 5890105.850 3479681.373
            5890105.952 3479681.505 5890106.066 3479681.627 5890106.192 3479681.736 5890106.327
            3479681.834 5890106.471 3479681.919 5890106.624 3479681.990 5890106.783 3479681.991
            5890106.785 3479730.360 5890229.129 3479730.745 5890230.243 3479731.031 5890231.386
            3479731.217 5890232.549 3479731.300 5890233.724 3479731.281 5890234.903 3479731.159
            5890236.074 3479730.935 5890237.231 3479730.611 5890238.364 3479730.192 5890239.460
            3479726.718 5890247.476 3479726.361 5890248.410 3479726.085 5890249.375 3479725.895
            5890250.361 3479725.791 5890251.359 3479725.775 5890252.363 3479725.846 5890253.364
            3479726.004 5890254.355 3479726.248 5890255.328 3479726.576 5890256.277 3479734.888
            5890277.302 3479761.392 5890266.824 3479756.060 5890253.337 3479695.943 5890101.278
            3479695.886 5890101.113 3479695.844 5890100.944 3479695.817 5890100.771 3479695.805
            5890100.597 3479695.808 5890100.422 3479695.826 5890100.249 3479695.859 5890100.077
            3479695.907 5890099.910 3479695.970 5890099.747 3479696.047 5890099.590 3479696.137
            5890099.440 3479696.239 5890099.299 3479696.354 5890099.167 3479696.479 5890099.046
            3479696.615 5890098.936 3479696.760 5890098.839 3479696.913 5890098.754 3479697.067
            5890098.685 3479811.247 5890053.617 3479834.500 5890044.439 3479996.783 5889980.384
            3479998.007 5889979.896 3480017.589 5889971.010 3480036.321 5889960.451 3480054.062
            5889948.300 3480070.677 5889934.649 3480075.015 5889930.651 3480089.912 5889915.306
            3480091.506 5889913.491 3480105.014 5889896.516 3480116.990 5889878.428 3480120.434
            5889872.681 3480129.686 5889857.242 3480153.587 5889817.354 3480153.829 5889816.991
            3480154.101 5889816.650 3480154.402 5889816.334 3480154.729 5889816.045 3480155.080
            5889815.786 3480155.453 5889815.559 3480155.844 5889815.365 3480156.250 5889815.206
            3480156.660 5889815.085 3480157.088 5889814.998 3480157.521 5889814.949 3480157.957
            5889814.937 3480158.393 5889814.964 3480158.824 5889815.029 3480159.248 5889815.131
            3480159.662 5889815.269 3480160.062 5889815.443 3480160.438 5889815.647 3480208.385
            5889844.582 3480240.919 5889864.216 3480292.659 5889895.439 3480315.843 5889909.557
            3480316.193 5889909.745 3480316.525 5889909.962 3480316.837 5889910.207 3480317.127
            5889910.479 3480317.392 5889910.775 3480317.630 5889911.093 3480317.839 5889911.431
            3480318.018 5889911.785 3480318.166 5889912.154 3480318.281 5889912.534 3480318.362
            5889912.922 3480318.409 5889913.317 3480318.422 5889913.714 3480318.399 5889914.110
            3480318.343 5889914.503 3480318.252 5889914.890 3480318.128 5889915.267 3480317.972
            5889915.632 3480317.784 5889915.982 3480317.567 5889916.314 3480317.512 5889916.390
            3480308.660 5889930.791 3480293.212 5889955.924 3480287.133 5889965.812 3480286.178
            5889967.225 3480285.103 5889968.550 3480283.920 5889969.774 3480282.865 5889970.703
            3480281.503 5889971.723 3480280.057 5889972.620 3480278.538 5889973.387 3480277.697
            5889973.744 3480247.877 5889985.534 3480221.764 5889995.858 3480212.465 5889999.534
            3480219.817 5890018.133 3480224.228 5890029.292 3480270.991 5890010.805 3480271.843
            5890010.453 3480274.079 5890009.365 3480276.213 5890008.087 3480278.226 5890006.628
            3480280.105 5890004.999 3480281.835 5890003.212 3480283.403 5890001.282 3480284.796
            5889999.222 3480296.942 5889979.454 3480306.364 5889964.119 3480321.815 5889938.986
            3480330.717 5889924.503 3480330.961 5889924.142 3480331.236 5889923.803 3480331.540
            5889923.490 3480331.869 5889923.204 3480332.222 5889922.948 3480332.597 5889922.724
            3480332.989 5889922.534 3480333.396 5889922.378 3480333.816 5889922.258 3480333.816
            5889922.258 3480334.244 5889922.175 3480334.678 5889922.130 3480335.114 5889922.123
            3480335.549 5889922.155 3480335.980 5889922.223 3480336.403 5889922.330 3480336.815
            5889922.472 3480337.213 5889922.650 3480337.594 5889922.862 3480337.595 5889922.862
            3480476.476 5890008.192 3480485.757 5890013.417 3480496.836 5890018.513 3480508.317
            5890022.623 3480519.736 5890025.635 3480517.875 5890032.394 3480517.295 5890034.501
            3480516.799 5890036.038 3480516.552 5890036.666 3480534.942 5890047.830 3480605.713
            5890090.796 3480610.966 5890084.774 3480571.932 5890060.712 3480571.397 5890061.061
            3480541.451 5890042.751 3480539.193 5890041.198 3480538.503 5890040.066 3480538.581
            5890038.250 3480538.893 5890036.351 3480539.112 5890035.494 3480551.152 5890035.865
            3480563.934 5890035.174 3480576.607 5890033.373 3480589.074 5890030.474 3480601.242
            5890026.499 3480613.017 5890021.479 3480616.923 5890031.346 3480628.112 5890023.901
            3480654.713 5890001.615 3480661.950 5889996.493 3480673.876 5889986.698 3480695.958
            5889960.954 3480704.614 5889951.284 3480714.081 5889942.406 3480714.555 5889942.000
            3480728.665 5889929.619 3480738.079 5889921.715 3480753.156 5889909.771 3480762.910
            5889902.824 3480773.233 5889896.753 3480773.658 5889896.528 3480776.181 5889895.165
            3480785.210 5889889.622 3480790.234 5889886.487 3480795.512 5889883.802 3480801.004
            5889881.587 3480804.206 5889880.544 3480835.307 5889868.066 3480861.348 5889859.562
            3480872.254 5889857.245 3480912.166 5889852.360 3480922.418 5889852.129 3480920.483
            5889845.690 3480918.464 5889842.491 3480916.731 5889839.129 3480915.298 5889835.628
            3480914.176 5889832.016 3480913.372 5889828.320 3480913.040 5889826.022 3480912.218
            5889813.094 3480912.327 5889803.720 3480891.663 5889805.108 3480888.653 5889805.379
            3480882.947 5889806.278 3480877.340 5889807.671 3480871.876 5889809.548 3480761.069
            5889853.087 3480757.794 5889854.417 3480745.465 5889860.231 3480733.689 5889867.098
            3480722.557 5889874.965 3480712.152 5889883.772 3480702.555 5889893.453 3480693.838
            5889903.933 3480648.136 5889964.031 3480641.232 5889972.331 3480633.630 5889979.999
            3480625.389 5889986.974 3480616.572 5889993.205 3480607.245 5889998.643 3480604.526
            5890000.031 3480594.653 5890004.393 3480584.437 5890007.877 3480573.957 5890010.458
            3480566.736 5890011.684 3480560.477 5890010.889 3480552.471 5890011.338 3480541.809
            5890011.120 3480531.206 5890009.974 3480520.743 5890007.909 3480510.501 5890004.939
            3480500.556 5890001.088 3480490.985 5889996.384 3480485.637 5889993.282 3480348.458
            5889908.999 3480348.099 5889908.764 3480347.761 5889908.499 3480347.448 5889908.205
            3480347.161 5889907.886 3480346.904 5889907.542 3480346.677 5889907.177 3480346.483
            5889906.794 3480346.323 5889906.396 3480346.199 5889905.985 3480346.111 5889905.565
            3480346.060 5889905.138 3480346.046 5889904.709 3480346.069 5889904.280 3480346.130
            5889903.855 3480346.228 5889903.437 3480346.362 5889903.029 3480346.530 5889902.635
            3480346.733 5889902.256 3480346.816 5889902.121 3480354.668 5889889.340 3480398.513
            5889817.982 3480403.974 5889809.093 3480407.663 5889802.479 3480409.866 5889797.768
            3480412.661 5889790.453 3480414.807 5889782.922 3480416.288 5889775.233 3480417.094
            5889767.445 3480417.218 5889759.615 3480416.659 5889751.805 3480415.422 5889744.073
            3480413.515 5889736.478 3480410.954 5889729.078 3480400.981 5889703.881 3480386.872
            5889668.237 3480384.216 5889660.576 3480384.026 5889659.931 3480377.475 5889637.403
            3480377.372 5889636.979 3480377.305 5889636.548 3480377.277 5889636.113 3480377.287
            5889635.677 3480377.334 5889635.243 3480377.420 5889634.815 3480377.542 5889634.397
            3480377.700 5889633.990 3480377.893 5889633.599 3480378.120 5889633.226 3480378.378
            5889632.875 3480378.666 5889632.547 3480378.981 5889632.245 3480379.321 5889631.972
            3480379.684 5889631.730 3480380.067 5889631.521 3480380.439 5889631.356 3480388.879
            5889628.022 3480390.150 5889627.513 3480401.213 5889622.443 3480411.791 5889616.429
            3480421.805 5889609.516 3480431.179 5889601.756 3480434.622 5889598.642 3480434.811
            5889598.471 3480439.382 5889610.018 3480448.018 5889604.655 3480490.839 5889578.061
            3480515.399 5889568.357 3480515.974 5889568.130 3480555.313 5889552.587 3480556.022
            5889552.284 3480557.108 5889551.726 3480558.141 5889551.075 3480559.114 5889550.337
            3480560.018 5889549.516 3480560.848 5889548.620 3480561.596 5889547.655 3480562.258
            5889546.628 3480562.827 5889545.548 3480563.300 5889544.422 3480563.673 5889543.259
            3480563.944 5889542.068 3480564.109 5889540.858 3480564.169 5889539.638 3480564.122
            5889538.418 3480563.969 5889537.206 3480563.710 5889536.013 3480563.349 5889534.846
            3480559.705 5889525.623 3480586.553 5889514.858 3480587.013 5889515.148 3480588.086
            5889515.733 3480589.205 5889516.221 3480590.362 5889516.611 3480591.550 5889516.898
            3480592.757 5889517.080 3480593.976 5889517.157 3480595.197 5889517.127 3480596.411
            5889516.990 3480597.608 5889516.749 3480598.780 5889516.404 3480599.917 5889515.958
            3480690.202 5889475.443 3480698.842 5889471.317 3480714.168 5889462.685 3480728.684
            5889452.750 3480742.279 5889441.588 3480754.849 5889429.283 3480766.299 5889415.930
            3480776.541 5889401.630 3480785.498 5889386.491 3480785.582 5889386.317 3480785.661
            5889386.113 3480785.722 5889385.904 3480785.764 5889385.690 3480785.788 5889385.473
            3480785.792 5889385.255 3480785.777 5889385.037 3480785.744 5889384.822 3480785.699
            5889384.634 3480785.630 5889384.427 3480785.544 5889384.227 3480785.441 5889384.034
            3480785.321 5889383.852 3480785.186 5889383.681 3480785.037 5889383.522 3480784.874
            5889383.377 3480797.079 5889367.576 3480806.569 5889356.339 3480811.056 5889351.657
            3480811.146 5889351.619 3480811.509 5889351.444 3480811.855 5889351.238 3480812.182
            5889351.003 3480812.487 5889350.740 3480812.768 5889350.452 3480817.657 5889345.427
            3480819.939 5889343.359 3480825.420 5889338.985 3480831.260 5889335.105 3480837.417
            5889331.748 3480843.843 5889328.941 3480850.489 5889326.705 3480853.214 5889325.971
            3480859.563 5889324.378 3480851.806 5889324.664 3480838.403 5889326.203 3480807.971
            5889326.581 3480789.389 5889325.300 3480776.045 5889323.561 3480790.522 5889331.543
            3480790.743 5889331.683 3480790.951 5889331.842 3480791.144 5889332.018 3480791.321
            5889332.211 3480791.480 5889332.418 3480791.621 5889332.639 3480791.742 5889332.871
            3480791.843 5889333.112 3480791.922 5889333.361 3480791.979 5889333.617 3480792.013
            5889333.876 3480792.025 5889334.137 3480792.014 5889334.399 3480791.981 5889334.658
            3480791.924 5889334.913 3480791.846 5889335.163 3480791.746 5889335.405 3480791.626
            5889335.637 3480791.486 5889335.858 3480791.378 5889336.004 3480786.272 5889343.052
            3480781.666 5889350.720 3480774.151 5889363.261 3480768.770 5889370.936 3480768.750
            5889370.921 3480766.823 5889369.433 3480766.814 5889369.427 3480766.636 5889369.302
            3480766.447 5889369.193 3480766.250 5889369.101 3480766.045 5889369.027 3480765.835
            5889368.970 3480765.620 5889368.932 3480765.403 5889368.913 3480765.186 5889368.913
            3480764.969 5889368.932 3480764.754 5889368.970 3480764.544 5889369.026 3480764.339
            5889369.101 3480764.142 5889369.193 3480763.953 5889369.301 3480763.775 5889369.426
            3480763.608 5889369.566 3480763.454 5889369.720 3480763.314 5889369.887 3480753.328
            5889381.718 3480742.349 5889392.633 3480730.460 5889402.549 3480717.752 5889411.392
            3480704.322 5889419.094 3480690.272 5889425.596 3480687.901 5889426.550 3480579.486
            5889469.076 3480579.243 5889469.206 3480578.940 5889469.377 3480577.911 5889470.036
            3480576.944 5889470.781 3480576.046 5889471.609 3480575.222 5889472.511 3480574.481
            5889473.482 3480573.827 5889474.514 3480573.266 5889475.598 3480572.801 5889476.728
            3480572.687 5889477.056 3480572.352 5889478.231 3480572.120 5889479.430 3480571.993
            5889480.645 3480571.973 5889481.866 3480572.059 5889483.084 3480572.252 5889484.291
            3480572.548 5889485.475 3480572.947 5889486.630 3480574.277 5889489.997 3480549.881
            5889499.628 3480548.521 5889496.185 3480548.227 5889495.544 3480547.643 5889494.471
            3480546.968 5889493.453 3480546.207 5889492.498 3480545.365 5889491.613 3480544.450
            5889490.805 3480543.468 5889490.079 3480542.426 5889489.442 3480541.332 5889488.898
            3480540.681 5889488.628 3480539.523 5889488.239 3480538.336 5889487.953 3480537.128
            5889487.771 3480535.909 5889487.695 3480534.688 5889487.726 3480533.474 5889487.863
            3480532.277 5889488.105 3480531.106 5889488.451 3480503.548 5889497.908 3480498.444
            5889499.790 3480490.182 5889503.055 3480489.609 5889503.281 3480465.316 5889512.879
            3480415.073 5889521.440 3480405.002 5889523.156 3480409.667 5889534.940 3480409.365
            5889534.945 3480404.946 5889535.023 3480403.601 5889535.053 3480391.417 5889535.917
            3480379.356 5889537.840 3480367.508 5889540.807 3480355.963 5889544.795 3480349.335
            5889547.414 3480348.922 5889547.556 3480348.499 5889547.662 3480348.068 5889547.730
            3480347.633 5889547.761 3480347.196 5889547.753 3480346.762 5889547.708 3480346.334
            5889547.625 3480345.914 5889547.505 3480345.507 5889547.348 3480345.114 5889547.157
            3480344.740 5889546.933 3480344.387 5889546.676 3480344.058 5889546.390 3480343.754
            5889546.076 3480343.480 5889545.737 3480343.235 5889545.375 3480343.057 5889545.059
            3480324.122 5889508.436 3480320.690 5889501.021 3480320.241 5889499.908 3480311.729
            5889478.403 3480310.809 5889476.078 3480309.889 5889473.754 3480282.010 5889403.325
            3480280.251 5889399.389 3480278.143 5889395.595 3480275.712 5889392.000 3480272.978
            5889388.630 3480269.959 5889385.511 3480266.681 5889382.667 3480263.167 5889380.120
            3480259.444 5889377.889 3480255.541 5889375.991 3480251.488 5889374.440 3480247.315
            5889373.248 3480243.053 5889372.424 3480238.737 5889371.975 3480234.397 5889371.904
            3480230.068 5889372.212 3480225.782 5889372.895 3480221.572 5889373.950 3480217.470
            5889375.367 3479901.683 5889500.151 3479901.411 5889500.260 3479897.458 5889502.053
            3479893.676 5889504.184 3479890.095 5889506.636 3479886.741 5889509.391 3479883.639
            5889512.428 3479880.815 5889515.724 3479878.288 5889519.253 3479876.141 5889522.883
            3479873.972 5889527.335 3479872.200 5889531.959 3479870.837 5889536.719 3479870.377
            5889542.407 3479870.307 5889543.385 3479870.232 5889547.725 3479870.535 5889552.055
            3479871.214 5889556.342 3479872.264 5889560.554 3479873.677 5889564.658 3479877.554
            5889574.469 3479896.734 5889623.010 3479898.572 5889627.661 3479898.584 5889627.692
            3479900.868 5889633.110 3479905.947 5889643.226 3479911.887 5889652.861 3479918.645
            5889661.941 3479926.169 5889670.397 3479934.400 5889678.166 3479943.278 5889685.188
            3479952.734 5889691.409 3480009.424 5889725.261 3480042.050 5889744.743 3480075.105
            5889764.481 3480075.469 5889764.721 3480075.811 5889764.992 3480076.128 5889765.292
            3480076.417 5889765.619 3480076.677 5889765.969 3480076.905 5889766.341 3480077.100
            5889766.731 3480077.261 5889767.136 3480077.385 5889767.554 3480077.473 5889767.982
            3480077.522 5889768.415 3480077.534 5889768.851 3480077.508 5889769.287 3480077.444
            5889769.718 3480077.343 5889770.142 3480077.205 5889770.556 3480077.032 5889770.956
            3480076.827 5889771.334 3480052.848 5889811.349 3480043.596 5889826.788 3480040.219
            5889832.424 3480032.746 5889843.745 3480024.314 5889854.371 3480014.988 5889864.222
            3480004.839 5889873.223 3479993.944 5889881.305 3479982.387 5889888.407 3479970.254
            5889894.474 3479963.925 5889897.135 3479929.260 5889910.818 3479929.095 5889910.875
            3479928.926 5889910.917 3479928.754 5889910.945 3479928.580 5889910.957 3479928.405
            5889910.954 3479928.232 5889910.936 3479928.061 5889910.903 3479927.893 5889910.856
            3479927.730 5889910.793 3479927.573 5889910.717 3479927.424 5889910.627 3479927.283
            5889910.525 3479927.151 5889910.411 3479927.029 5889910.285 3479926.920 5889910.150
            3479926.822 5889910.006 3479926.737 5889909.853 3479926.666 5889909.694 3479926.665
            5889909.692 3479906.226 5889857.996 3479905.717 5889856.511 3479905.340 5889854.987
            3479905.096 5889853.436 3479904.989 5889851.870 3479905.019 5889850.301 3479905.185
            5889848.740 3479905.487 5889847.199 3479905.922 5889845.691 3479906.442 5889844.330
            3479911.520 5889832.616 3479911.970 5889831.439 3479912.318 5889830.222 3479912.558
            5889828.980 3479912.689 5889827.721 3479912.709 5889826.456 3479912.620 5889825.194
            3479912.421 5889823.944 3479912.113 5889822.717 3479911.700 5889821.521 3479906.366
            5889808.030 3479875.212 5889820.347 3479912.712 5889915.199 3479912.769 5889915.364
            3479912.811 5889915.533 3479912.839 5889915.705 3479912.851 5889915.879 3479912.848
            5889916.054 3479912.830 5889916.227 3479912.797 5889916.398 3479912.750 5889916.566
            3479912.687 5889916.729 3479912.611 5889916.886 3479912.521 5889917.035 3479912.419
            5889917.176 3479912.305 5889917.308 3479912.179 5889917.430 3479912.044 5889917.539
            3479911.900 5889917.637 3479911.747 5889917.722 3479911.588 5889917.793 3479911.588
            5889917.793 3479801.595 5889961.209 3479778.343 5889970.387 3479664.162 5890015.453
            3479663.997 5890015.510 3479663.828 5890015.552 3479663.656 5890015.580 3479663.482
            5890015.592 3479663.307 5890015.589 3479663.134 5890015.571 3479662.963 5890015.538
            3479662.795 5890015.491 3479662.632 5890015.428 3479662.475 5890015.352 3479662.326
            5890015.262 3479662.185 5890015.160 3479662.053 5890015.046 3479661.931 5890014.920
            3479661.822 5890014.785 3479661.724 5890014.641 3479661.639 5890014.488 3479661.568
            5890014.329 3479661.567 5890014.327 3479631.052 5889937.143 3479583.457 5889816.752
            3479569.986 5889822.086 3479556.957 5889827.240 3479565.265 5889848.256 3479565.422
            5889848.634 3479565.862 5889849.532 3479566.379 5889850.389 3479566.728 5889850.886
            3479567.360 5889851.664 3479568.057 5889852.384 3479568.814 5889853.040 3479569.626
            5889853.628 3479570.486 5889854.142 3479571.387 5889854.580 3479579.784 5889858.218
            3479580.764 5889858.695 3479581.699 5889859.255 3479582.582 5889859.894 3479583.406
            5889860.608 3479584.164 5889861.391 3479584.851 5889862.238 3479585.462 5889863.140
            3479585.992 5889864.093 3479586.436 5889865.088 3479586.438 5889865.092 3479617.101
            5889942.649 3479647.616 5890019.835 3479647.673 5890020.000 3479647.715 5890020.169
            3479647.742 5890020.342 3479647.754 5890020.516 3479647.751 5890020.690 3479647.733
            5890020.864 3479647.700 5890021.035 3479647.652 5890021.203 3479647.589 5890021.366
            3479647.513 5890021.522 3479647.423 5890021.672 3479647.320 5890021.813 3479647.206
            5890021.945 3479647.080 5890022.066 3479646.945 5890022.176 3479646.800 5890022.273
            3479646.647 5890022.358 3479646.491 5890022.428 3479536.497 5890065.844 3479524.859
            5890070.438 3479513.425 5890075.477 3479510.907 5890076.734 3479498.784 5890083.600
            3479487.306 5890091.497 3479476.559 5890100.365 3479466.626 5890110.135 3479457.583
            5890120.734 3479456.178 5890122.562 3479448.238 5890134.053 3479429.189 5890164.376
            3479422.691 5890174.260 3479422.321 5890174.745 3479421.910 5890175.195 3479421.462
            5890175.608 3479420.979 5890175.981 3479420.466 5890176.309 3479419.925 5890176.593
            3479419.362 5890176.828 3479418.780 5890177.013 3479418.184 5890177.147 3479417.579
            5890177.229 3479416.969 5890177.257 3479416.359 5890177.233 3479415.753 5890177.155
            3479415.157 5890177.024 3479414.574 5890176.842 3479414.009 5890176.610 3479413.467
            5890176.330 3479412.951 5890176.004 3479412.465 5890175.633 3479412.014 5890175.222
            3479411.600 5890174.773 3479411.227 5890174.290 3479410.897 5890173.776 3479410.613
            5890173.235 3479410.439 5890172.832 3479390.863 5890123.327 3479367.049 5890063.106
            3479355.315 5890033.433 3479354.774 5890033.647 3479342.760 5890038.392 3479354.496
            5890068.070 3479357.819 5890076.474 3479393.843 5890167.569 3479404.105 5890193.519
            3479404.276 5890194.014 3479404.403 5890194.521 3479404.486 5890195.038 3479404.523
            5890195.561 3479404.514 5890196.084 3479404.460 5890196.605 3479404.361 5890197.119
            3479404.218 5890197.622 3479404.031 5890198.111 3479403.802 5890198.582 3479403.533
            5890199.031 3479403.225 5890199.454 3479403.060 5890199.654 3479385.851 5890217.845
            3479367.122 5890234.466 3479352.676 5890245.461 3479331.673 5890259.081 3479319.811
            5890265.685 3479316.001 5890267.653 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_StrassenbegrenzungsLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenbegrenzungsLinie gml:id="GML_21e501eb-60a3-478a-b0dc-bf0864a2288d">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479876.105 5889519.253</gml:lowerCorner>
          <gml:upperCorner>3479878.288 5889520.160</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_16b3a93e-dd48-4acc-be07-486e70dfd1e2">
          <gml:posList srsDimension="2" count="16">3479878.288 5889519.253 3479878.187 5889519.395
            3479878.073 5889519.527 3479877.949 5889519.649 3479877.814 5889519.760 3479877.670
            5889519.859 3479877.518 5889519.944 3479877.359 5889520.016 3479877.195 5889520.074
            3479877.026 5889520.118 3479876.854 5889520.146 3479876.680 5889520.160 3479876.506
            5889520.158 3479876.332 5889520.141 3479876.161 5889520.109 3479876.105 5889520.095
          </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_StrassenbegrenzungsLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenbegrenzungsLinie gml:id="GML_37cb61d2-0b97-4dfc-b8a3-cc4caed9027d">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479442.376 5890036.201</gml:lowerCorner>
          <gml:upperCorner>3479674.435 5890183.548</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_441efd0b-a8ab-442a-a3e8-f8833c7d3721">
          <gml:posList srsDimension="2" count="83">3479460.092 5890141.500 3479467.319 5890131.039
            3479475.430 5890121.247 3479484.363 5890112.200 3479494.051 5890103.965 3479504.420
            5890096.606 3479515.390 5890090.179 3479526.880 5890084.733 3479529.998 5890083.460
            3479648.847 5890036.550 3479649.259 5890036.407 3479649.682 5890036.301 3479650.113
            5890036.232 3479650.548 5890036.201 3479650.984 5890036.208 3479651.418 5890036.253
            3479651.846 5890036.336 3479652.266 5890036.456 3479652.673 5890036.611 3479653.065
            5890036.802 3479653.439 5890037.026 3479653.793 5890037.282 3479654.122 5890037.568
            3479654.426 5890037.881 3479654.701 5890038.219 3479654.945 5890038.581 3479655.157
            5890038.962 3479655.335 5890039.360 3479655.337 5890039.364 3479674.088 5890086.792
            3479674.230 5890087.205 3479674.336 5890087.628 3479674.404 5890088.059 3479674.435
            5890088.494 3479674.428 5890088.930 3479674.382 5890089.364 3479674.299 5890089.793
            3479674.179 5890090.212 3479674.023 5890090.620 3479673.832 5890091.012 3479673.607
            5890091.386 3479673.351 5890091.739 3479673.065 5890092.069 3479672.751 5890092.372
            3479672.412 5890092.647 3479672.050 5890092.891 3479671.669 5890093.102 3479671.275
            5890093.278 3479505.392 5890158.753 3479481.966 5890169.162 3479458.722 5890181.978
            3479457.901 5890182.431 3479457.043 5890182.811 3479456.156 5890183.114 3479455.246
            5890183.340 3479454.319 5890183.484 3479453.383 5890183.548 3479452.446 5890183.530
            3479451.513 5890183.430 3479450.593 5890183.249 3479449.692 5890182.989 3479448.817
            5890182.651 3479447.975 5890182.238 3479447.172 5890181.754 3479446.414 5890181.201
            3479445.708 5890180.584 3479445.058 5890179.909 3479444.469 5890179.179 3479443.946
            5890178.400 3479443.493 5890177.579 3479443.113 5890176.721 3479442.810 5890175.834
            3479442.584 5890174.924 3479442.440 5890173.997 3479442.376 5890173.061 3479442.394
            5890172.124 3479442.494 5890171.191 3479442.675 5890170.271 3479442.935 5890169.370
            3479443.273 5890168.495 3479443.686 5890167.653 3479444.023 5890167.079 3479460.092
            5890141.500 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_StrassenbegrenzungsLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenbegrenzungsLinie gml:id="GML_80431679-63ab-4c7a-bd6c-0d33782f8019">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479671.266 5889931.584</gml:lowerCorner>
          <gml:upperCorner>3479939.458 5890083.529</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_4e7d4ea0-9723-4866-a125-4d023116baea">
          <gml:posList srsDimension="2" count="81">3479913.900 5889931.931 3479914.312 5889931.789
            3479914.736 5889931.683 3479915.167 5889931.615 3479915.602 5889931.584 3479916.038
            5889931.591 3479916.472 5889931.637 3479916.900 5889931.720 3479917.320 5889931.840
            3479917.727 5889931.996 3479918.119 5889932.187 3479918.493 5889932.412 3479918.846
            5889932.668 3479919.176 5889932.954 3479919.479 5889933.268 3479919.754 5889933.606
            3479919.998 5889933.968 3479920.209 5889934.350 3479920.387 5889934.748 3479939.111
            5889982.185 3479939.253 5889982.597 3479939.359 5889983.021 3479939.427 5889983.452
            3479939.458 5889983.887 3479939.451 5889984.323 3479939.405 5889984.757 3479939.322
            5889985.185 3479939.202 5889985.605 3479939.046 5889986.012 3479938.855 5889986.404
            3479938.630 5889986.778 3479938.374 5889987.131 3479938.088 5889987.461 3479937.774
            5889987.764 3479937.436 5889988.039 3479937.074 5889988.283 3479936.692 5889988.494
            3479936.295 5889988.671 3479866.382 5890016.266 3479829.176 5890030.951 3479729.590
            5890070.259 3479696.853 5890083.181 3479696.441 5890083.323 3479696.017 5890083.429
            3479695.587 5890083.498 3479695.151 5890083.529 3479694.715 5890083.522 3479694.281
            5890083.476 3479693.853 5890083.394 3479693.434 5890083.274 3479693.026 5890083.118
            3479692.634 5890082.927 3479692.260 5890082.702 3479691.907 5890082.446 3479691.577
            5890082.160 3479691.274 5890081.847 3479690.999 5890081.508 3479690.755 5890081.147
            3479690.543 5890080.765 3479690.365 5890080.368 3479682.406 5890060.236 3479671.614
            5890032.941 3479671.471 5890032.529 3479671.365 5890032.106 3479671.297 5890031.675
            3479671.266 5890031.240 3479671.273 5890030.804 3479671.318 5890030.370 3479671.401
            5890029.942 3479671.520 5890029.523 3479671.676 5890029.115 3479671.867 5890028.723
            3479672.091 5890028.349 3479672.347 5890027.996 3479672.632 5890027.666 3479672.946
            5890027.363 3479673.284 5890027.088 3479673.646 5890026.844 3479674.027 5890026.632
            3479674.425 5890026.454 3479913.900 5889931.931 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_StrassenbegrenzungsLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenbegrenzungsLinie gml:id="GML_e1487264-cd5d-4657-9ef5-135bc1d5b850">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479936.315 5889776.524</gml:lowerCorner>
          <gml:upperCorner>3480141.585 5889978.923</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_e4a05635-ccee-46ab-a9ad-403024413e7a">
          <gml:posList srsDimension="2" count="100">3480104.553 5889870.976 3480093.475 5889887.757
            3480080.976 5889903.509 3480067.151 5889918.111 3480052.107 5889931.453 3480035.957
            5889943.433 3480018.825 5889953.960 3480000.840 5889962.953 3479991.460 5889966.897
            3479961.873 5889978.575 3479961.461 5889978.717 3479961.038 5889978.823 3479960.607
            5889978.892 3479960.172 5889978.923 3479959.736 5889978.915 3479959.302 5889978.870
            3479958.874 5889978.787 3479958.454 5889978.667 3479958.047 5889978.511 3479958.047
            5889978.511 3479957.655 5889978.320 3479957.281 5889978.096 3479956.928 5889977.840
            3479956.599 5889977.554 3479956.295 5889977.240 3479956.021 5889976.902 3479955.776
            5889976.540 3479955.565 5889976.159 3479955.387 5889975.761 3479955.387 5889975.760
            3479936.663 5889928.323 3479936.521 5889927.911 3479936.415 5889927.488 3479936.346
            5889927.057 3479936.315 5889926.622 3479936.322 5889926.186 3479936.367 5889925.752
            3479936.450 5889925.324 3479936.570 5889924.905 3479936.726 5889924.498 3479936.726
            5889924.496 3479936.917 5889924.104 3479937.141 5889923.730 3479937.397 5889923.377
            3479937.683 5889923.048 3479937.997 5889922.744 3479938.335 5889922.470 3479938.697
            5889922.225 3479939.078 5889922.014 3479939.476 5889921.836 3479939.478 5889921.835
            3479969.065 5889910.157 3479975.959 5889907.258 3479989.184 5889900.645 3480001.783
            5889892.903 3480013.659 5889884.094 3480024.723 5889874.282 3480034.889 5889863.544
            3480044.080 5889851.960 3480052.227 5889839.620 3480088.583 5889778.949 3480088.824
            5889778.585 3480089.095 5889778.244 3480089.395 5889777.927 3480089.722 5889777.638
            3480090.072 5889777.379 3480090.444 5889777.151 3480090.835 5889776.956 3480091.240
            5889776.796 3480091.658 5889776.672 3480092.086 5889776.585 3480092.519 5889776.536
            3480092.955 5889776.524 3480093.390 5889776.551 3480093.822 5889776.615 3480094.246
            5889776.717 3480094.660 5889776.855 3480095.060 5889777.029 3480095.439 5889777.235
            3480139.157 5889803.501 3480139.521 5889803.741 3480139.863 5889804.013 3480140.179
            5889804.313 3480140.469 5889804.639 3480140.729 5889804.990 3480140.957 5889805.362
            3480141.152 5889805.752 3480141.312 5889806.158 3480141.436 5889806.576 3480141.524
            5889807.003 3480141.574 5889807.437 3480141.585 5889807.873 3480141.559 5889808.308
            3480141.495 5889808.740 3480141.394 5889809.164 3480141.255 5889809.578 3480141.082
            5889809.978 3480140.874 5889810.362 3480140.872 5889810.365 3480104.553 5889870.976
          </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_StrassenbegrenzungsLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenbegrenzungsLinie gml:id="GML_003383e6-e1d1-4544-b9af-18b7a82ffdda">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480228.156 5889985.294</gml:lowerCorner>
          <gml:upperCorner>3480279.254 5890014.162</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_61d020ca-8f96-4dea-b7d6-c5d10798867c">
          <gml:posList srsDimension="2" count="78">3480231.949 5890002.583 3480275.150 5889985.504
            3480275.397 5889985.418 3480275.651 5889985.354 3480275.909 5889985.313 3480276.171
            5889985.294 3480276.432 5889985.298 3480276.693 5889985.325 3480276.950 5889985.375
            3480277.201 5889985.446 3480277.446 5889985.540 3480277.681 5889985.654 3480277.906
            5889985.788 3480278.118 5889985.942 3480278.316 5889986.113 3480278.498 5889986.301
            3480278.663 5889986.504 3480278.810 5889986.720 3480278.937 5889986.949 3480279.044
            5889987.188 3480279.130 5889987.435 3480279.194 5889987.689 3480279.235 5889987.947
            3480279.254 5889988.209 3480279.250 5889988.470 3480279.223 5889988.731 3480279.173
            5889988.988 3480279.102 5889989.239 3480279.008 5889989.484 3480278.894 5889989.719
            3480278.809 5889989.866 3480276.276 5889993.987 3480275.372 5889995.324 3480274.356
            5889996.576 3480273.234 5889997.736 3480272.015 5889998.793 3480270.709 5889999.740
            3480269.325 5890000.570 3480267.874 5890001.276 3480267.315 5890001.507 3480236.361
            5890013.744 3480235.866 5890013.915 3480235.359 5890014.042 3480234.842 5890014.125
            3480234.319 5890014.162 3480233.796 5890014.154 3480233.275 5890014.100 3480232.761
            5890014.001 3480232.258 5890013.857 3480231.769 5890013.670 3480231.298 5890013.441
            3480230.849 5890013.172 3480230.425 5890012.865 3480230.030 5890012.522 3480229.665
            5890012.146 3480229.335 5890011.740 3480229.042 5890011.306 3480228.788 5890010.849
            3480228.574 5890010.371 3480228.403 5890009.876 3480228.276 5890009.369 3480228.193
            5890008.852 3480228.156 5890008.329 3480228.164 5890007.806 3480228.218 5890007.285
            3480228.317 5890006.771 3480228.461 5890006.268 3480228.648 5890005.779 3480228.877
            5890005.308 3480229.146 5890004.859 3480229.453 5890004.435 3480229.796 5890004.040
            3480230.172 5890003.675 3480230.578 5890003.345 3480231.012 5890003.052 3480231.469
            5890002.798 3480231.947 5890002.584 3480231.949 5890002.583 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_StrassenbegrenzungsLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenbegrenzungsLinie gml:id="GML_fae9ced9-796f-4af3-b45c-230179185799">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480106.372 5889573.797</gml:lowerCorner>
          <gml:upperCorner>3480346.737 5889781.909</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_cdaddcfc-3291-4cdc-a604-ce0d765012b9">
          <gml:posList srsDimension="2" count="97">3480159.376 5889779.486 3480159.135 5889779.850
            3480158.864 5889780.191 3480158.564 5889780.507 3480158.237 5889780.796 3480157.886
            5889781.056 3480157.514 5889781.284 3480157.124 5889781.478 3480156.718 5889781.638
            3480156.300 5889781.762 3480155.873 5889781.849 3480155.439 5889781.898 3480155.003
            5889781.909 3480154.568 5889781.883 3480154.137 5889781.818 3480153.713 5889781.716
            3480153.299 5889781.578 3480152.899 5889781.404 3480152.521 5889781.199 3480108.802
            5889754.933 3480108.438 5889754.693 3480108.096 5889754.422 3480107.779 5889754.122
            3480107.490 5889753.796 3480107.230 5889753.445 3480107.002 5889753.074 3480106.807
            5889752.684 3480106.646 5889752.278 3480106.522 5889751.860 3480106.434 5889751.433
            3480106.384 5889751.000 3480106.372 5889750.564 3480106.398 5889750.128 3480106.462
            5889749.697 3480106.563 5889749.273 3480106.701 5889748.859 3480106.874 5889748.459
            3480107.082 5889748.075 3480107.086 5889748.069 3480137.013 5889698.130 3480148.092
            5889681.348 3480160.590 5889665.596 3480174.415 5889650.993 3480189.459 5889637.651
            3480205.609 5889625.670 3480222.742 5889615.143 3480240.727 5889606.149 3480250.033
            5889602.235 3480321.128 5889574.146 3480321.540 5889574.003 3480321.963 5889573.897
            3480322.394 5889573.828 3480322.829 5889573.797 3480323.265 5889573.804 3480323.699
            5889573.849 3480324.127 5889573.931 3480324.546 5889574.051 3480324.954 5889574.206
            3480325.346 5889574.397 3480325.720 5889574.621 3480326.073 5889574.877 3480326.403
            5889575.162 3480326.706 5889575.475 3480326.981 5889575.814 3480327.226 5889576.175
            3480327.438 5889576.556 3480327.616 5889576.954 3480327.618 5889576.958 3480346.390
            5889624.381 3480346.532 5889624.793 3480346.638 5889625.217 3480346.707 5889625.647
            3480346.737 5889626.082 3480346.730 5889626.519 3480346.685 5889626.952 3480346.602
            5889627.381 3480346.482 5889627.800 3480346.326 5889628.208 3480346.135 5889628.600
            3480345.911 5889628.974 3480345.655 5889629.327 3480345.369 5889629.656 3480345.055
            5889629.960 3480344.716 5889630.234 3480344.355 5889630.479 3480343.973 5889630.690
            3480343.579 5889630.866 3480272.449 5889658.969 3480265.609 5889661.846 3480252.383
            5889668.460 3480239.783 5889676.202 3480227.907 5889685.012 3480216.843 5889694.823
            3480206.677 5889705.562 3480197.485 5889717.145 3480189.338 5889729.486 3480159.376
            5889779.486 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_StrassenbegrenzungsLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenbegrenzungsLinie gml:id="GML_8598820d-1a2a-4a35-8233-3016d325eeab">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480351.450 5889548.628</gml:lowerCorner>
          <gml:upperCorner>3480461.077 5889617.987</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_00372637-805c-4c1c-8bcc-e35491f85453">
          <gml:posList srsDimension="2" count="80">3480373.233 5889617.577 3480372.841 5889617.386
            3480372.466 5889617.162 3480372.113 5889616.906 3480371.783 5889616.621 3480371.480
            5889616.307 3480371.205 5889615.969 3480370.960 5889615.607 3480370.748 5889615.226
            3480370.570 5889614.828 3480351.798 5889567.405 3480351.655 5889566.993 3480351.549
            5889566.570 3480351.481 5889566.139 3480351.450 5889565.704 3480351.457 5889565.268
            3480351.502 5889564.834 3480351.585 5889564.406 3480351.704 5889563.987 3480351.860
            5889563.579 3480352.051 5889563.187 3480352.275 5889562.813 3480352.531 5889562.460
            3480352.816 5889562.130 3480353.130 5889561.827 3480353.468 5889561.552 3480353.830
            5889561.308 3480354.211 5889561.096 3480354.608 5889560.919 3480361.290 5889558.278
            3480371.640 5889554.703 3480382.261 5889552.044 3480393.074 5889550.321 3480403.997
            5889549.547 3480405.201 5889549.520 3480455.989 5889548.628 3480456.425 5889548.639
            3480456.858 5889548.688 3480457.286 5889548.775 3480457.704 5889548.899 3480458.110
            5889549.059 3480458.500 5889549.253 3480458.872 5889549.481 3480459.223 5889549.740
            3480459.550 5889550.029 3480459.850 5889550.346 3480460.122 5889550.687 3480460.363
            5889551.050 3480460.571 5889551.434 3480460.745 5889551.834 3480460.884 5889552.247
            3480460.986 5889552.671 3480461.050 5889553.103 3480461.077 5889553.538 3480461.066
            5889553.974 3480461.017 5889554.407 3480460.930 5889554.835 3480460.806 5889555.253
            3480460.646 5889555.659 3480460.452 5889556.049 3480460.224 5889556.421 3480459.965
            5889556.772 3480459.676 5889557.099 3480459.430 5889557.337 3480421.789 5889591.371
            3480413.354 5889598.353 3480404.343 5889604.574 3480394.823 5889609.986 3480384.869
            5889614.547 3480383.734 5889615.002 3480377.059 5889617.638 3480376.647 5889617.781
            3480376.224 5889617.887 3480375.793 5889617.956 3480375.358 5889617.987 3480374.922
            5889617.980 3480374.488 5889617.935 3480374.059 5889617.852 3480373.640 5889617.732
            3480373.233 5889617.577 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_StrassenbegrenzungsLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenbegrenzungsLinie gml:id="GML_48d43b5e-5546-4291-81a2-f613a0c8da40">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479885.853 5889387.398</gml:lowerCorner>
          <gml:upperCorner>3480322.347 5889744.491</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_04c65834-7d79-47fc-8abe-c4e2f3c2b836">
          <gml:posList srsDimension="2" count="108">3480048.102 5889727.976 3479953.525 5889671.004
            3479945.846 5889664.930 3479938.724 5889658.210 3479932.216 5889650.895 3479926.370
            5889643.040 3479921.231 5889634.706 3479920.322 5889633.044 3479916.083 5889624.238
            3479914.858 5889621.262 3479913.008 5889616.581 3479887.245 5889551.380 3479886.675
            5889549.731 3479886.251 5889548.038 3479885.976 5889546.315 3479885.853 5889544.575
            3479885.881 5889542.830 3479886.062 5889541.095 3479886.126 5889540.690 3479886.757
            5889537.769 3479887.640 5889534.914 3479888.768 5889532.147 3479890.133 5889529.489
            3479891.725 5889526.960 3479893.531 5889524.579 3479895.537 5889522.365 3479897.729
            5889520.334 3479900.090 5889518.502 3479902.601 5889516.883 3479905.244 5889515.488
            3479907.376 5889514.567 3480223.166 5889389.782 3480225.990 5889388.806 3480228.888
            5889388.080 3480231.839 5889387.610 3480234.819 5889387.398 3480237.807 5889387.447
            3480240.779 5889387.756 3480243.712 5889388.323 3480246.586 5889389.143 3480249.376
            5889390.211 3480252.063 5889391.518 3480254.626 5889393.054 3480257.045 5889394.808
            3480259.302 5889396.766 3480261.380 5889398.913 3480263.263 5889401.233 3480264.936
            5889403.708 3480266.388 5889406.320 3480267.599 5889409.030 3480289.585 5889464.571
            3480290.690 5889467.362 3480290.769 5889467.563 3480297.314 5889484.098 3480298.600
            5889487.354 3480313.252 5889524.363 3480316.030 5889532.387 3480316.357 5889533.508
            3480317.887 5889538.871 3480322.156 5889553.841 3480322.257 5889554.265 3480322.321
            5889554.697 3480322.347 5889555.132 3480322.335 5889555.568 3480322.285 5889556.001
            3480322.198 5889556.429 3480322.073 5889556.847 3480321.913 5889557.253 3480321.718
            5889557.643 3480321.490 5889558.014 3480321.230 5889558.365 3480320.940 5889558.691
            3480320.623 5889558.991 3480320.282 5889559.262 3480319.918 5889559.502 3480319.534
            5889559.710 3480319.185 5889559.863 3480244.890 5889589.216 3480242.438 5889590.200
            3480223.056 5889599.105 3480204.525 5889609.666 3480186.984 5889621.801 3480170.568
            5889635.419 3480155.401 5889650.416 3480143.493 5889664.269 3480136.760 5889673.128
            3480125.005 5889690.934 3480094.366 5889742.063 3480094.126 5889742.427 3480093.854
            5889742.769 3480093.554 5889743.085 3480093.228 5889743.375 3480092.877 5889743.635
            3480092.505 5889743.863 3480092.115 5889744.058 3480091.709 5889744.218 3480091.291
            5889744.342 3480090.864 5889744.430 3480090.430 5889744.480 3480089.994 5889744.491
            3480089.559 5889744.465 3480089.127 5889744.401 3480088.703 5889744.300 3480088.413
            5889744.207 3480065.265 5889736.032 3480057.534 5889732.916 3480051.076 5889729.680
            3480048.102 5889727.976 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_StrassenbegrenzungsLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenbegrenzungsLinie gml:id="GML_773643a5-d46d-45dc-9bbd-8cfe9c15aa75">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480169.726 5889642.751</gml:lowerCorner>
          <gml:upperCorner>3480401.726 5889896.398</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_dcd50f20-4737-4d9c-a849-1c0261f3c88c">
          <gml:posList srsDimension="2" count="92">3480396.544 5889734.782 3480398.663 5889740.903
            3480400.240 5889747.186 3480401.264 5889753.582 3480401.726 5889760.043 3480401.624
            5889766.520 3480400.957 5889772.963 3480399.732 5889779.324 3480397.957 5889785.553
            3480395.645 5889791.604 3480394.449 5889794.226 3480391.379 5889799.968 3480390.769
            5889800.979 3480385.369 5889809.768 3480341.522 5889881.130 3480333.611 5889894.007
            3480333.368 5889894.369 3480333.094 5889894.708 3480332.791 5889895.022 3480332.462
            5889895.309 3480332.110 5889895.566 3480331.736 5889895.791 3480331.345 5889895.983
            3480330.938 5889896.139 3480330.519 5889896.260 3480330.091 5889896.344 3480329.657
            5889896.390 3480329.221 5889896.398 3480328.786 5889896.369 3480328.355 5889896.301
            3480327.932 5889896.196 3480327.519 5889896.055 3480327.121 5889895.878 3480326.739
            5889895.667 3480326.727 5889895.660 3480301.700 5889880.457 3480217.380 5889829.572
            3480199.510 5889818.789 3480192.576 5889814.181 3480186.070 5889808.986 3480184.238
            5889807.346 3480171.339 5889795.494 3480171.031 5889795.185 3480170.751 5889794.851
            3480170.501 5889794.493 3480170.284 5889794.116 3480170.100 5889793.720 3480169.951
            5889793.310 3480169.839 5889792.889 3480169.763 5889792.459 3480169.726 5889792.025
            3480169.726 5889791.589 3480169.765 5889791.154 3480169.841 5889790.725 3480169.954
            5889790.304 3480170.104 5889789.894 3480170.288 5889789.499 3480170.432 5889789.243
            3480201.775 5889736.938 3480209.222 5889725.657 3480217.624 5889715.068 3480221.431
            5889710.837 3480231.073 5889701.371 3480234.969 5889697.983 3480245.688 5889689.739
            3480257.085 5889682.461 3480269.073 5889676.203 3480277.776 5889672.453 3480352.076
            5889643.099 3480352.488 5889642.957 3480352.911 5889642.851 3480353.342 5889642.782
            3480353.777 5889642.751 3480354.213 5889642.758 3480354.647 5889642.803 3480355.075
            5889642.886 3480355.495 5889643.006 3480355.902 5889643.162 3480356.294 5889643.353
            3480356.668 5889643.577 3480357.022 5889643.833 3480357.351 5889644.119 3480357.654
            5889644.432 3480357.929 5889644.771 3480358.173 5889645.132 3480358.366 5889645.476
            3480365.436 5889659.325 3480368.845 5889666.003 3480372.393 5889673.779 3480372.661
            5889674.449 3480396.176 5889733.852 3480396.544 5889734.782 </gml:posList>
        </gml:LineString>
      </xplan:position>
    </xplan:BP_StrassenbegrenzungsLinie>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_a288ba27-a5fe-451a-9123-cf0ee57d8b3e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480384.704 5889616.679</gml:lowerCorner>
          <gml:upperCorner>3480507.188 5889819.524</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_67711bd8-6c67-49a4-b476-f32e35661e5c">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="21">3480407.491 5889701.309 3480393.380
                5889665.661 3480390.916 5889658.551 3480390.747 5889657.977 3480384.704 5889637.196
                3480436.643 5889616.679 3480461.671 5889679.905 3480507.188 5889794.890 3480444.956
                5889819.524 3480415.819 5889801.622 3480416.293 5889800.545 3480419.305 5889792.660
                3480421.618 5889784.542 3480423.215 5889776.254 3480424.084 5889767.858 3480424.217
                5889759.418 3480423.614 5889750.999 3480422.280 5889742.664 3480420.224 5889734.477
                3480417.463 5889726.501 3480407.491 5889701.309 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_92702123-880b-4a9b-b634-09766a9e0391">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480353.826 5889825.906</gml:lowerCorner>
          <gml:upperCorner>3480561.260 5890004.370</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_52af51d6-fc3c-4b34-bb9c-29bbad237462">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="16">3480550.285 5890004.370 3480540.239
                5890003.988 3480530.264 5890002.733 3480520.437 5890000.613 3480510.832 5889997.644
                3480501.522 5889993.849 3480492.578 5889989.258 3480489.301 5889987.318 3480353.826
                5889904.082 3480360.633 5889893.005 3480401.860 5889825.906 3480442.235 5889850.714
                3480502.405 5889826.895 3480561.260 5889976.174 3480555.966 5889991.176 3480550.285
                5890004.370 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_90e6cc86-3641-4b2a-9921-8fdfb37e4388">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480314.947 5889929.872</gml:lowerCorner>
          <gml:upperCorner>3480501.700 5890062.039</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_627a6f06-95b4-4627-912b-a6c42b488ff0">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="11">3480497.713 5890042.308 3480495.739
                5890049.481 3480475.290 5890062.039 3480314.947 5889963.524 3480327.778 5889942.652
                3480335.635 5889929.872 3480472.812 5890014.156 3480478.349 5890017.394 3480489.797
                5890023.118 3480501.700 5890027.822 3480497.713 5890042.308 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_51a27218-8540-4f60-ad9e-472d4984d36b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480071.986 5889494.574</gml:lowerCorner>
          <gml:upperCorner>3480314.927 5889643.011</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_57589a6f-66b4-47f4-9450-a600135b49e8">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="18">3480141.325 5889636.184 3480071.986
                5889594.763 3480084.703 5889573.475 3480257.302 5889505.283 3480258.590 5889508.537
                3480293.933 5889494.574 3480306.744 5889526.939 3480309.331 5889534.416 3480309.626
                5889535.428 3480311.345 5889541.456 3480314.927 5889554.020 3480242.319 5889582.706
                3480223.101 5889591.244 3480203.884 5889601.830 3480185.663 5889614.050 3480168.576
                5889627.812 3480152.754 5889643.011 3480141.325 5889636.184 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_3ff4aa1b-02d7-4d1b-97fe-d5b8d8d3dfbc">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479628.430 5889260.568</gml:lowerCorner>
          <gml:upperCorner>3480354.014 5889690.079</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_6f583578-d4e6-4a56-836a-8f40b5878529">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="60">3479867.167 5889567.231 3479869.207
                5889572.392 3479797.899 5889600.569 3479771.356 5889661.796 3479699.779 5889690.079
                3479670.389 5889615.739 3479660.279 5889590.167 3479628.430 5889509.603 3479664.301
                5889466.170 3480142.887 5889277.059 3480162.431 5889270.308 3480182.489 5889265.286
                3480202.908 5889262.031 3480223.533 5889260.568 3480244.207 5889260.908 3480264.773
                5889263.049 3480281.031 5889266.045 3480354.014 5889450.945 3480314.558 5889466.534
                3480288.518 5889400.749 3480288.505 5889400.716 3480286.481 5889396.198 3480284.071
                5889391.873 3480281.293 5889387.775 3480278.169 5889383.935 3480274.722 5889380.382
                3480270.978 5889377.142 3480266.966 5889374.241 3480262.717 5889371.701 3480258.262
                5889369.541 3480253.636 5889367.777 3480248.874 5889366.424 3480244.012 5889365.490
                3480239.087 5889364.984 3480234.137 5889364.909 3480229.199 5889365.265 3480224.311
                5889366.051 3480219.510 5889367.260 3480214.833 5889368.882 3479899.111 5889493.640
                3479897.475 5889494.316 3479893.019 5889496.474 3479888.769 5889499.012 3479884.756
                5889501.911 3479881.011 5889505.149 3479877.562 5889508.701 3479874.436 5889512.540
                3479872.535 5889515.230 3479869.979 5889519.470 3479867.802 5889523.916 3479866.021
                5889528.536 3479864.650 5889533.293 3479863.698 5889538.151 3479863.400 5889541.843
                3479863.320 5889542.976 3479863.234 5889547.924 3479863.581 5889552.861 3479864.356
                5889557.750 3479865.555 5889562.552 3479867.167 5889567.231 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_92d1b09e-1906-4886-8d4f-791bee08bb58">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479892.851 5889394.395</gml:lowerCorner>
          <gml:upperCorner>3480281.234 5889609.359</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_fc1dfdfd-50b5-4767-997a-852901ee7c76">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="44">3480280.500 5889460.639 3480281.234
                5889462.494 3480245.894 5889476.457 3480246.999 5889479.250 3479917.682 5889609.359
                3479893.756 5889548.807 3479893.385 5889547.734 3479893.110 5889546.633 3479892.931
                5889545.512 3479892.851 5889544.380 3479892.870 5889543.245 3479892.987 5889542.116
                3479893.028 5889541.859 3479893.521 5889539.534 3479894.215 5889537.260 3479895.104
                5889535.056 3479896.182 5889532.937 3479897.441 5889530.921 3479898.871 5889529.022
                3479900.460 5889527.254 3479902.198 5889525.632 3479904.070 5889524.168 3479906.063
                5889522.873 3479907.855 5889521.904 3480225.738 5889396.292 3480227.985 5889395.516
                3480230.291 5889394.938 3480232.639 5889394.563 3480235.010 5889394.395 3480237.387
                5889394.434 3480239.751 5889394.680 3480242.085 5889395.131 3480244.371 5889395.784
                3480246.592 5889396.633 3480248.729 5889397.673 3480250.768 5889398.895 3480252.693
                5889400.290 3480254.489 5889401.848 3480256.142 5889403.556 3480257.640 5889405.402
                3480258.972 5889407.371 3480260.127 5889409.449 3480261.091 5889411.606 3480280.500
                5889460.639 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_4eb965dd-5eb7-407a-8d52-1bfc90b489bd">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480022.367 5889753.311</gml:lowerCorner>
          <gml:upperCorner>3480069.789 5889803.470</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_b512ff51-41db-4048-9dd0-690c7502330e">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3480049.409 5889803.470 3480022.367
                5889787.316 3480042.744 5889753.311 3480069.789 5889769.461 3480049.409 5889803.470
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_98a54720-99b4-4861-9fa2-66318a068da2">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480245.526 5889650.277</gml:lowerCorner>
          <gml:upperCorner>3480394.741 5889785.951</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_722ffa18-eb01-42a8-b225-796446b993ae">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="22">3480257.609 5889705.807 3480245.526
                5889698.515 3480256.155 5889691.191 3480267.382 5889684.821 3480279.122 5889679.454
                3480280.348 5889678.963 3480352.959 5889650.277 3480358.896 5889661.908 3480362.611
                5889669.185 3480365.897 5889676.384 3480366.153 5889677.025 3480390.035 5889737.358
                3480391.957 5889742.901 3480393.389 5889748.591 3480394.319 5889754.383 3480394.741
                5889760.235 3480394.651 5889766.101 3480394.051 5889771.937 3480392.944 5889777.699
                3480391.339 5889783.342 3480390.412 5889785.951 3480257.609 5889705.807
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_bc068eee-921f-4946-903b-32c554e5b928">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480320.079 5889459.073</gml:lowerCorner>
          <gml:upperCorner>3480398.551 5889540.239</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_44e46b8a-379f-4f11-9535-d19f963f0600">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="7">3480374.260 5889459.073 3480398.551
                5889520.440 3480348.445 5889540.239 3480330.415 5889505.364 3480326.682 5889497.162
                3480320.079 5889480.480 3480374.260 5889459.073 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_b4d36bcd-778c-4d36-a5ad-8ae0f5e0a95d">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479929.412 5889597.957</gml:lowerCorner>
          <gml:upperCorner>3480134.346 5889737.063</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_6c9d6617-ab4a-4696-8171-39b2de0c3082">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="19">3480054.676 5889723.671 3480051.690
                5889721.966 3479965.294 5889670.376 3479957.609 5889665.313 3479950.395 5889659.599
                3479943.706 5889653.278 3479937.594 5889646.399 3479932.104 5889639.013 3479929.412
                5889634.830 3479941.704 5889629.973 3480022.738 5889597.957 3480101.731 5889645.145
                3480134.346 5889664.629 3480131.082 5889669.032 3480119.001 5889687.336 3480089.202
                5889737.063 3480067.595 5889729.432 3480060.436 5889726.547 3480054.676 5889723.671
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_9cf09a0b-9857-44bd-a613-8b6dd9973425">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479361.087 5889465.541</gml:lowerCorner>
          <gml:upperCorner>3479645.068 5889738.754</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_aee42382-f7c3-49c2-bee3-ed1997749489">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="14">3479383.141 5889664.334 3479372.858
                5889638.326 3479367.656 5889625.167 3479364.766 5889617.858 3479361.087 5889608.551
                3479392.706 5889596.055 3479457.758 5889511.227 3479573.376 5889465.541 3479585.875
                5889497.159 3479627.731 5889603.028 3479637.841 5889628.601 3479645.068 5889646.880
                3479412.564 5889738.754 3479383.141 5889664.334 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_6ecef469-21be-457c-bf1f-3106bf25382d">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480221.297 5889872.803</gml:lowerCorner>
          <gml:upperCorner>3480310.522 5889948.049</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_c0ee5524-6c3c-4dc5-ab59-8b88437cb229">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="7">3480221.297 5889906.687 3480233.891
                5889885.670 3480241.601 5889872.803 3480310.522 5889914.395 3480302.667 5889927.174
                3480289.837 5889948.049 3480221.297 5889906.687 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_d795a696-b4a2-4f5a-a6af-1feeb213702e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480138.248 5889822.685</gml:lowerCorner>
          <gml:upperCorner>3480200.505 5889881.887</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_8375daac-de00-477d-82b8-26e8ea93132c">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3480200.505 5889848.003 3480180.201
                5889881.887 3480138.248 5889856.569 3480158.552 5889822.685 3480200.505 5889848.003
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_bc6f0cbd-b13b-4f82-b8b2-4bf62f5f27c2">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480096.515 5889880.586</gml:lowerCorner>
          <gml:upperCorner>3480446.655 5890175.402</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_07488054-6a70-4646-9f18-630ffdb5f851">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="16">3480122.994 5889882.026 3480123.857
                5889880.586 3480134.987 5889887.302 3480225.190 5889941.737 3480241.391 5889982.723
                3480205.978 5889996.724 3480221.416 5890035.780 3480283.202 5890011.354 3480298.583
                5889986.330 3480446.655 5890077.306 3480198.117 5890175.402 3480104.399 5889938.348
                3480096.515 5889918.400 3480097.218 5889917.593 3480110.882 5889900.372 3480122.994
                5889882.026 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_dc6677bf-87e4-4e25-a825-3b6264de88b1">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479841.724 5889945.037</gml:lowerCorner>
          <gml:upperCorner>3480165.560 5890280.034</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_3ee0961d-abbe-421b-a93a-d8a97acc8380">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="9">3479841.724 5890049.113 3479999.353
                5889986.895 3480014.037 5889980.553 3480033.506 5889970.342 3480052.010 5889958.473
                3480069.410 5889945.037 3480165.560 5890188.250 3479933.018 5890280.034 3479841.724
                5890049.113 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_b4b294ca-fa31-4bc0-ab1f-b7df228b0d1f">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479711.913 5889686.413</gml:lowerCorner>
          <gml:upperCorner>3480035.019 5889952.864</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_b6af2259-2a13-4831-868a-5379b208550e">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="39">3480035.019 5889827.487 3480034.216
                5889828.826 3480026.787 5889839.863 3480018.425 5889850.211 3480009.192 5889859.791
                3479999.159 5889868.530 3479988.404 5889876.361 3479977.006 5889883.225 3479965.054
                5889889.069 3479961.354 5889890.624 3479931.337 5889902.472 3479912.736 5889855.422
                3479912.427 5889854.514 3479912.198 5889853.583 3479912.051 5889852.635 3479911.987
                5889851.678 3479912.006 5889850.719 3479912.110 5889849.765 3479912.296 5889848.824
                3479912.563 5889847.903 3479912.864 5889847.114 3479917.943 5889835.399 3479918.611
                5889833.652 3479919.126 5889831.849 3479919.482 5889830.007 3479919.676 5889828.141
                3479919.707 5889826.265 3479919.574 5889824.394 3479919.279 5889822.542 3479918.823
                5889820.722 3479918.210 5889818.949 3479910.302 5889798.948 3479867.989 5889815.677
                3479866.131 5889816.412 3479904.364 5889913.119 3479803.672 5889952.864 3479711.913
                5889720.769 3479798.859 5889686.413 3480035.019 5889827.487 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_e42935e5-3619-4db5-a8be-8b3d4fe9e7f7">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479450.542 5889679.430</gml:lowerCorner>
          <gml:upperCorner>3479771.118 5890007.108</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_36601112-5be1-4d77-a34b-cdda3ad5c2bb">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="9">3479588.129 5889809.534 3479485.611
                5889850.082 3479450.542 5889761.380 3479657.936 5889679.430 3479742.441 5889893.177
                3479771.118 5889965.714 3479666.239 5890007.108 3479637.563 5889934.573 3479588.129
                5889809.534 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_f0e664b4-eda7-409f-bfe2-9ec56177c80a">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479576.627 5890061.963</gml:lowerCorner>
          <gml:upperCorner>3479900.463 5890384.667</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_5725ec17-3b4c-4270-aa12-505f205352fc">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="33">3479723.775 5890236.666 3479720.296
                5890244.693 3479719.721 5890246.196 3479719.278 5890247.749 3479718.972 5890249.334
                3479718.805 5890250.939 3479718.778 5890252.554 3479718.893 5890254.164 3479719.147
                5890255.758 3479719.540 5890257.324 3479720.067 5890258.850 3479730.952 5890286.384
                3479770.474 5890270.759 3479762.569 5890250.763 3479704.292 5890103.359 3479809.169
                5890061.963 3479900.463 5890292.883 3479796.051 5890334.094 3479772.332 5890343.456
                3479667.921 5890384.667 3479576.627 5890153.750 3479677.319 5890114.005 3479723.848
                5890231.695 3479724.034 5890232.230 3479724.173 5890232.780 3479724.263 5890233.339
                3479724.304 5890233.904 3479724.295 5890234.471 3479724.238 5890235.034 3479724.131
                5890235.591 3479723.977 5890236.136 3479723.775 5890236.665 3479723.775 5890236.666
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_10f372ac-66ff-445c-8ba6-167157c289bb">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479473.365 5889857.805</gml:lowerCorner>
          <gml:upperCorner>3479639.268 5890057.498</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_60a5a5b4-0cde-4658-b191-069c60438edf">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="8">3479509.898 5889984.962 3479473.365
                5889892.556 3479561.223 5889857.805 3479579.093 5889865.547 3479610.591 5889945.219
                3479639.268 5890017.753 3479538.576 5890057.498 3479509.898 5889984.962
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_19845b82-38da-448f-9c62-b6bb80c8e8db">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479347.112 5889902.644</gml:lowerCorner>
          <gml:upperCorner>3479506.020 5890114.248</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_616e0568-3215-4f39-b1f3-7a88672caf30">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="21">3479375.231 5890064.762 3479376.884
                5890063.608 3479378.542 5890062.230 3479380.073 5890060.712 3479381.467 5890059.067
                3479383.797 5890055.444 3479384.717 5890053.494 3479385.464 5890051.472 3479386.031
                5890049.392 3479386.415 5890047.270 3479386.612 5890045.123 3479386.622 5890042.968
                3479386.444 5890040.819 3479386.079 5890038.694 3479385.530 5890036.609 3479384.802
                5890034.580 3479347.112 5889939.272 3479439.717 5889902.644 3479506.020 5890070.350
                3479394.800 5890114.248 3479375.231 5890064.762 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_92d5001b-adba-46bc-836c-b5f7fb5221c5">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479304.310 5890083.692</gml:lowerCorner>
          <gml:upperCorner>3479385.494 5890184.765</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_f8370659-749e-4b00-8aab-6a8b7774a45b">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3479304.310 5890102.962 3479353.146
                5890083.692 3479385.494 5890165.491 3479336.659 5890184.765 3479304.310 5890102.962
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_2f367be8-e426-431d-98cf-aa5ac6ea4500">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479442.701 5890166.598</gml:lowerCorner>
          <gml:upperCorner>3479635.366 5890439.200</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_176afb47-51a8-4b0c-b7f7-c18e7412536b">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="9">3479442.701 5890219.065 3479448.778
                5890214.562 3479469.221 5890200.756 3479490.790 5890188.783 3479513.286 5890178.750
                3479544.072 5890166.598 3479635.366 5890397.517 3479529.751 5890439.200 3479442.701
                5890219.065 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_4ef9e132-ffe4-47f1-bf93-48f515a188b8">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479196.065 5890238.858</gml:lowerCorner>
          <gml:upperCorner>3479491.057 5890541.250</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_4888008e-7459-47ec-9006-6b5b459dae6f">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="47">3479419.342 5890238.858 3479458.062
                5890336.768 3479458.247 5890337.304 3479458.385 5890337.854 3479458.475 5890338.414
                3479458.515 5890338.980 3479458.506 5890339.547 3479458.448 5890340.111 3479458.340
                5890340.668 3479458.185 5890341.213 3479457.982 5890341.743 3479457.982 5890341.744
                3479454.510 5890349.753 3479454.508 5890349.759 3479453.931 5890351.266 3479453.489
                5890352.818 3479453.183 5890354.402 3479453.017 5890356.007 3479452.991 5890357.621
                3479453.105 5890359.230 3479453.360 5890360.824 3479453.753 5890362.389 3479454.280
                5890363.914 3479465.174 5890391.460 3479479.588 5890385.761 3479485.686 5890401.183
                3479483.032 5890431.516 3479482.969 5890432.367 3479482.922 5890435.158 3479483.119
                5890437.941 3479483.558 5890440.697 3479484.235 5890443.404 3479485.145 5890446.042
                3479485.448 5890446.772 3479486.292 5890448.496 3479487.283 5890450.141 3479488.413
                5890451.692 3479489.674 5890453.139 3479491.057 5890454.471 3479328.871 5890518.488
                3479271.202 5890541.250 3479196.065 5890351.146 3479285.992 5890315.652 3479327.306
                5890297.226 3479366.913 5890275.241 3479404.454 5890249.887 3479419.342 5890238.858
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_5606f94d-dfcf-4041-b5e6-b4ce97ddebee">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479156.551 5890199.223</gml:lowerCorner>
          <gml:upperCorner>3479312.746 5890315.343</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_8520b477-091b-4c12-b14e-90ff29f888ca">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="7">3479156.551 5890251.173 3479288.168
                5890199.223 3479312.746 5890261.456 3479274.508 5890278.788 3479271.858 5890279.843
                3479181.914 5890315.343 3479156.551 5890251.173 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_3b7ca95d-2c5f-48f8-8668-077a4482f2d8">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478985.030 5890245.423</gml:lowerCorner>
          <gml:upperCorner>3479149.360 5890380.142</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_1355208b-fcf4-42c3-8499-870654f82e9c">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3478985.030 5890297.373 3479116.646
                5890245.423 3479149.360 5890328.192 3479017.743 5890380.142 3478985.030 5890297.373
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_2259ea0b-21ca-4cb1-a3d1-b437ae89f4b4">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478813.505 5890291.623</gml:lowerCorner>
          <gml:upperCorner>3478985.190 5890444.942</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_1e7a7559-d6a3-4cac-b84f-c6f8d4a2658b">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3478813.505 5890343.574 3478945.125
                5890291.623 3478985.190 5890392.991 3478853.571 5890444.942 3478813.505 5890343.574
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_6fcd728c-e123-4bbb-a1ef-ecf0d8a7cb9b">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478867.722 5890363.995</gml:lowerCorner>
          <gml:upperCorner>3479238.646 5890670.846</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_b0cae3e6-c579-4a4e-a7f3-5b4a8f2a5f9d">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="6">3478867.722 5890480.746 3479163.511
                5890363.995 3479238.646 5890554.093 3478990.878 5890651.891 3478942.857 5890670.846
                3478867.722 5890480.746 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_de952ad1-9260-4559-9dc8-0e6adc4e0c5e">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478648.818 5890495.581</gml:lowerCorner>
          <gml:upperCorner>3478902.216 5890701.690</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_4679d8ad-530e-4834-81f1-d7f18af2c2a4">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="18">3478672.403 5890611.873 3478679.194
                5890609.046 3478695.801 5890600.914 3478711.635 5890591.366 3478726.577 5890580.474
                3478814.559 5890510.267 3478827.311 5890500.975 3478835.953 5890495.581 3478902.216
                5890663.231 3478804.764 5890701.690 3478722.848 5890696.794 3478710.456 5890691.832
                3478698.544 5890685.810 3478687.202 5890678.772 3478666.570 5890661.872 3478663.805
                5890659.102 3478648.818 5890621.182 3478672.403 5890611.873 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_b67a8af2-b0b5-4aa1-8473-354ddd5ed1be">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478553.155 5890298.298</gml:lowerCorner>
          <gml:upperCorner>3478821.018 5890538.627</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_bfbcb6a2-753b-4476-9d5e-aea1521c6ce8">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="5">3478553.155 5890379.144 3478757.979
                5890298.298 3478821.018 5890457.791 3478616.188 5890538.627 3478553.155 5890379.144
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_cf2930b6-38b1-46f5-a8b3-befcd2596e6d">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480177.274 5889718.292</gml:lowerCorner>
          <gml:upperCorner>3480376.757 5889888.590</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_71f742e2-7271-41ff-a7ba-27acba368629">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="15">3480177.274 5889791.443 3480207.780
                5889740.536 3480214.891 5889729.763 3480222.914 5889719.652 3480224.108 5889718.292
                3480268.139 5889744.863 3480376.757 5889810.413 3480335.529 5889877.513 3480328.723
                5889888.590 3480220.977 5889823.569 3480203.127 5889812.796 3480196.696 5889808.522
                3480190.661 5889803.703 3480188.973 5889802.192 3480177.274 5889791.443
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_UeberbaubareGrundstuecksFlaeche gml:id="GML_9713f4e5-2776-4dce-b6e3-1f81da11a049">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3479836.037 5889630.233</gml:lowerCorner>
          <gml:upperCorner>3480001.533 5889762.700</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_1900acd8-ae55-46da-9879-8714a974a737">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="17">3479981.161 5889762.700 3479836.037
                5889676.009 3479848.405 5889647.480 3479878.111 5889635.744 3479892.062 5889630.233
                3479892.074 5889630.264 3479894.482 5889635.976 3479899.834 5889646.637 3479906.095
                5889656.791 3479913.218 5889666.361 3479921.147 5889675.274 3479929.823 5889683.462
                3479939.179 5889690.862 3479949.145 5889697.419 3480001.533 5889728.702 3479993.823
                5889741.569 3479981.161 5889762.700 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_UeberbaubareGrundstuecksFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_StrassenVerkehrsFlaeche gml:id="GML_b088ef6c-b009-4af7-aec6-5ed090aaff10">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478589.337 5889323.561</gml:lowerCorner>
          <gml:upperCorner>3480922.418 5890626.287</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_bc8c6222-9563-461c-9cf9-c5e5a16dc0b4">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="959">3479316.001 5890267.653 3479319.811
                5890265.685 3479331.673 5890259.081 3479352.676 5890245.461 3479367.122 5890234.466
                3479385.851 5890217.845 3479403.060 5890199.654 3479403.225 5890199.454 3479403.533
                5890199.031 3479403.802 5890198.582 3479404.031 5890198.111 3479404.218 5890197.622
                3479404.361 5890197.119 3479404.460 5890196.605 3479404.514 5890196.084 3479404.523
                5890195.561 3479404.486 5890195.038 3479404.403 5890194.521 3479404.276 5890194.014
                3479404.105 5890193.519 3479393.843 5890167.569 3479357.819 5890076.474 3479354.496
                5890068.070 3479342.760 5890038.392 3479354.774 5890033.647 3479355.315 5890033.433
                3479367.049 5890063.106 3479390.863 5890123.327 3479410.439 5890172.832 3479410.613
                5890173.235 3479410.897 5890173.776 3479411.227 5890174.290 3479411.600 5890174.773
                3479412.014 5890175.222 3479412.465 5890175.633 3479412.951 5890176.004 3479413.467
                5890176.330 3479414.009 5890176.610 3479414.574 5890176.842 3479415.157 5890177.024
                3479415.753 5890177.155 3479416.359 5890177.233 3479416.969 5890177.257 3479417.579
                5890177.229 3479418.184 5890177.147 3479418.780 5890177.013 3479419.362 5890176.828
                3479419.925 5890176.593 3479420.466 5890176.309 3479420.979 5890175.981 3479421.462
                5890175.608 3479421.910 5890175.195 3479422.321 5890174.745 3479422.691 5890174.260
                3479429.189 5890164.376 3479448.238 5890134.053 3479456.178 5890122.562 3479457.583
                5890120.734 3479466.626 5890110.135 3479476.559 5890100.365 3479487.306 5890091.497
                3479498.784 5890083.600 3479510.907 5890076.734 3479513.425 5890075.477 3479524.859
                5890070.438 3479536.497 5890065.844 3479646.491 5890022.428 3479646.647 5890022.358
                3479646.800 5890022.273 3479646.945 5890022.176 3479647.080 5890022.066 3479647.206
                5890021.945 3479647.320 5890021.813 3479647.423 5890021.672 3479647.513 5890021.522
                3479647.589 5890021.366 3479647.652 5890021.203 3479647.700 5890021.035 3479647.733
                5890020.864 3479647.751 5890020.690 3479647.754 5890020.516 3479647.742 5890020.342
                3479647.715 5890020.169 3479647.673 5890020.000 3479647.616 5890019.835 3479617.101
                5889942.649 3479586.438 5889865.092 3479586.436 5889865.088 3479585.992 5889864.093
                3479585.462 5889863.140 3479584.851 5889862.238 3479584.164 5889861.391 3479583.406
                5889860.608 3479582.582 5889859.894 3479581.699 5889859.255 3479580.764 5889858.695
                3479579.784 5889858.218 3479571.387 5889854.580 3479570.486 5889854.142 3479569.626
                5889853.628 3479568.814 5889853.040 3479568.057 5889852.384 3479567.360 5889851.664
                3479566.728 5889850.886 3479566.379 5889850.389 3479565.862 5889849.532 3479565.422
                5889848.634 3479565.265 5889848.256 3479556.957 5889827.240 3479569.986 5889822.086
                3479583.457 5889816.752 3479631.052 5889937.143 3479661.567 5890014.327 3479661.568
                5890014.329 3479661.639 5890014.488 3479661.724 5890014.641 3479661.822 5890014.785
                3479661.931 5890014.920 3479662.053 5890015.046 3479662.185 5890015.160 3479662.326
                5890015.262 3479662.475 5890015.352 3479662.632 5890015.428 3479662.795 5890015.491
                3479662.963 5890015.538 3479663.134 5890015.571 3479663.307 5890015.589 3479663.482
                5890015.592 3479663.656 5890015.580 3479663.828 5890015.552 3479663.997 5890015.510
                3479664.162 5890015.453 3479778.343 5889970.387 3479801.595 5889961.209 3479911.588
                5889917.793 3479911.588 5889917.793 3479911.747 5889917.722 3479911.900 5889917.637
                3479912.044 5889917.539 3479912.179 5889917.430 3479912.305 5889917.308 3479912.419
                5889917.176 3479912.521 5889917.035 3479912.611 5889916.886 3479912.687 5889916.729
                3479912.750 5889916.566 3479912.797 5889916.398 3479912.830 5889916.227 3479912.848
                5889916.054 3479912.851 5889915.879 3479912.839 5889915.705 3479912.811 5889915.533
                3479912.769 5889915.364 3479912.712 5889915.199 3479875.212 5889820.347 3479906.366
                5889808.030 3479911.700 5889821.521 3479912.113 5889822.717 3479912.421 5889823.944
                3479912.620 5889825.194 3479912.709 5889826.456 3479912.689 5889827.721 3479912.558
                5889828.980 3479912.318 5889830.222 3479911.970 5889831.439 3479911.520 5889832.616
                3479906.442 5889844.330 3479905.922 5889845.691 3479905.487 5889847.199 3479905.185
                5889848.740 3479905.019 5889850.301 3479904.989 5889851.870 3479905.096 5889853.436
                3479905.340 5889854.987 3479905.717 5889856.511 3479906.226 5889857.996 3479926.665
                5889909.692 3479926.666 5889909.694 3479926.737 5889909.853 3479926.822 5889910.006
                3479926.920 5889910.150 3479927.029 5889910.285 3479927.151 5889910.411 3479927.283
                5889910.525 3479927.424 5889910.627 3479927.573 5889910.717 3479927.730 5889910.793
                3479927.893 5889910.856 3479928.061 5889910.903 3479928.232 5889910.936 3479928.405
                5889910.954 3479928.580 5889910.957 3479928.754 5889910.945 3479928.926 5889910.917
                3479929.095 5889910.875 3479929.260 5889910.818 3479963.925 5889897.135 3479970.254
                5889894.474 3479982.387 5889888.407 3479993.944 5889881.305 3480004.839 5889873.223
                3480014.988 5889864.222 3480024.314 5889854.371 3480032.746 5889843.745 3480040.219
                5889832.424 3480043.596 5889826.788 3480052.848 5889811.349 3480076.827 5889771.334
                3480077.032 5889770.956 3480077.205 5889770.556 3480077.343 5889770.142 3480077.444
                5889769.718 3480077.508 5889769.287 3480077.534 5889768.851 3480077.522 5889768.415
                3480077.473 5889767.982 3480077.385 5889767.554 3480077.261 5889767.136 3480077.100
                5889766.731 3480076.905 5889766.341 3480076.677 5889765.969 3480076.417 5889765.619
                3480076.128 5889765.292 3480075.811 5889764.992 3480075.469 5889764.721 3480075.105
                5889764.481 3480042.050 5889744.743 3480009.424 5889725.261 3479952.734 5889691.409
                3479943.278 5889685.188 3479934.400 5889678.166 3479926.169 5889670.397 3479918.645
                5889661.941 3479911.887 5889652.861 3479905.947 5889643.226 3479900.868 5889633.110
                3479898.584 5889627.692 3479898.572 5889627.661 3479896.734 5889623.010 3479877.554
                5889574.469 3479873.677 5889564.658 3479872.264 5889560.554 3479871.214 5889556.342
                3479870.535 5889552.055 3479870.232 5889547.725 3479870.307 5889543.385 3479870.377
                5889542.407 3479870.837 5889536.719 3479872.200 5889531.959 3479873.972 5889527.335
                3479876.141 5889522.883 3479878.288 5889519.253 3479880.815 5889515.724 3479883.639
                5889512.428 3479886.741 5889509.391 3479890.095 5889506.636 3479893.676 5889504.184
                3479897.458 5889502.053 3479901.411 5889500.260 3479901.683 5889500.151 3480217.470
                5889375.367 3480221.572 5889373.950 3480225.782 5889372.895 3480230.068 5889372.212
                3480234.397 5889371.904 3480238.737 5889371.975 3480243.053 5889372.424 3480247.315
                5889373.248 3480251.488 5889374.440 3480255.541 5889375.991 3480259.444 5889377.889
                3480263.167 5889380.120 3480266.681 5889382.667 3480269.959 5889385.511 3480272.978
                5889388.630 3480275.712 5889392.000 3480278.143 5889395.595 3480280.251 5889399.389
                3480282.010 5889403.325 3480309.889 5889473.754 3480310.809 5889476.078 3480311.729
                5889478.403 3480320.241 5889499.908 3480320.690 5889501.021 3480324.122 5889508.436
                3480343.057 5889545.059 3480343.235 5889545.375 3480343.480 5889545.737 3480343.754
                5889546.076 3480344.058 5889546.390 3480344.387 5889546.676 3480344.740 5889546.933
                3480345.114 5889547.157 3480345.507 5889547.348 3480345.914 5889547.505 3480346.334
                5889547.625 3480346.762 5889547.708 3480347.196 5889547.753 3480347.633 5889547.761
                3480348.068 5889547.730 3480348.499 5889547.662 3480348.922 5889547.556 3480349.335
                5889547.414 3480355.963 5889544.795 3480367.508 5889540.807 3480379.356 5889537.840
                3480391.417 5889535.917 3480403.601 5889535.053 3480404.946 5889535.023 3480409.365
                5889534.945 3480409.667 5889534.940 3480405.002 5889523.156 3480415.073 5889521.440
                3480465.316 5889512.879 3480489.609 5889503.281 3480490.182 5889503.055 3480498.444
                5889499.790 3480503.548 5889497.908 3480531.106 5889488.451 3480532.277 5889488.105
                3480533.474 5889487.863 3480534.688 5889487.726 3480535.909 5889487.695 3480537.128
                5889487.771 3480538.336 5889487.953 3480539.523 5889488.239 3480540.681 5889488.628
                3480541.332 5889488.898 3480542.426 5889489.442 3480543.468 5889490.079 3480544.450
                5889490.805 3480545.365 5889491.613 3480546.207 5889492.498 3480546.968 5889493.453
                3480547.643 5889494.471 3480548.227 5889495.544 3480548.521 5889496.185 3480549.881
                5889499.628 3480574.277 5889489.997 3480572.947 5889486.630 3480572.548 5889485.475
                3480572.252 5889484.291 3480572.059 5889483.084 3480571.973 5889481.866 3480571.993
                5889480.645 3480572.120 5889479.430 3480572.352 5889478.231 3480572.687 5889477.056
                3480572.801 5889476.728 3480573.266 5889475.598 3480573.827 5889474.514 3480574.481
                5889473.482 3480575.222 5889472.511 3480576.046 5889471.609 3480576.944 5889470.781
                3480577.911 5889470.036 3480578.940 5889469.377 3480579.243 5889469.206 3480579.486
                5889469.076 3480687.901 5889426.550 3480690.272 5889425.596 3480704.322 5889419.094
                3480717.752 5889411.392 3480730.460 5889402.549 3480742.349 5889392.633 3480753.328
                5889381.718 3480763.314 5889369.887 3480763.454 5889369.720 3480763.608 5889369.566
                3480763.775 5889369.426 3480763.953 5889369.301 3480764.142 5889369.193 3480764.339
                5889369.101 3480764.544 5889369.026 3480764.754 5889368.970 3480764.969 5889368.932
                3480765.186 5889368.913 3480765.403 5889368.913 3480765.620 5889368.932 3480765.835
                5889368.970 3480766.045 5889369.027 3480766.250 5889369.101 3480766.447 5889369.193
                3480766.636 5889369.302 3480766.814 5889369.427 3480766.823 5889369.433 3480768.750
                5889370.921 3480768.770 5889370.936 3480774.151 5889363.261 3480781.666 5889350.720
                3480786.272 5889343.052 3480791.378 5889336.004 3480791.486 5889335.858 3480791.626
                5889335.637 3480791.746 5889335.405 3480791.846 5889335.163 3480791.924 5889334.913
                3480791.981 5889334.658 3480792.014 5889334.399 3480792.025 5889334.137 3480792.013
                5889333.876 3480791.979 5889333.617 3480791.922 5889333.361 3480791.843 5889333.112
                3480791.742 5889332.871 3480791.621 5889332.639 3480791.480 5889332.418 3480791.321
                5889332.211 3480791.144 5889332.018 3480790.951 5889331.842 3480790.743 5889331.683
                3480790.522 5889331.543 3480776.045 5889323.561 3480789.389 5889325.300 3480807.971
                5889326.581 3480838.403 5889326.203 3480851.806 5889324.664 3480859.563 5889324.378
                3480853.214 5889325.971 3480850.489 5889326.705 3480843.843 5889328.941 3480837.417
                5889331.748 3480831.260 5889335.105 3480825.420 5889338.985 3480819.939 5889343.359
                3480817.657 5889345.427 3480812.768 5889350.452 3480812.487 5889350.740 3480812.182
                5889351.003 3480811.855 5889351.238 3480811.509 5889351.444 3480811.146 5889351.619
                3480811.056 5889351.657 3480806.569 5889356.339 3480797.079 5889367.576 3480784.874
                5889383.377 3480785.037 5889383.522 3480785.186 5889383.681 3480785.321 5889383.852
                3480785.441 5889384.034 3480785.544 5889384.227 3480785.630 5889384.427 3480785.699
                5889384.634 3480785.744 5889384.822 3480785.777 5889385.037 3480785.792 5889385.255
                3480785.788 5889385.473 3480785.764 5889385.690 3480785.722 5889385.904 3480785.661
                5889386.113 3480785.582 5889386.317 3480785.498 5889386.491 3480776.541 5889401.630
                3480766.299 5889415.930 3480754.849 5889429.283 3480742.279 5889441.588 3480728.684
                5889452.750 3480714.168 5889462.685 3480698.842 5889471.317 3480690.202 5889475.443
                3480599.917 5889515.958 3480598.780 5889516.404 3480597.608 5889516.749 3480596.411
                5889516.990 3480595.197 5889517.127 3480593.976 5889517.157 3480592.757 5889517.080
                3480591.550 5889516.898 3480590.362 5889516.611 3480589.205 5889516.221 3480588.086
                5889515.733 3480587.013 5889515.148 3480586.553 5889514.858 3480559.705 5889525.623
                3480563.349 5889534.846 3480563.710 5889536.013 3480563.969 5889537.206 3480564.122
                5889538.418 3480564.169 5889539.638 3480564.109 5889540.858 3480563.944 5889542.068
                3480563.673 5889543.259 3480563.300 5889544.422 3480562.827 5889545.548 3480562.258
                5889546.628 3480561.596 5889547.655 3480560.848 5889548.620 3480560.018 5889549.516
                3480559.114 5889550.337 3480558.141 5889551.075 3480557.108 5889551.726 3480556.022
                5889552.284 3480555.313 5889552.587 3480515.974 5889568.130 3480515.399 5889568.357
                3480490.839 5889578.061 3480448.018 5889604.655 3480439.382 5889610.018 3480434.811
                5889598.471 3480434.622 5889598.642 3480431.179 5889601.756 3480421.805 5889609.516
                3480411.791 5889616.429 3480401.213 5889622.443 3480390.150 5889627.513 3480388.879
                5889628.022 3480380.439 5889631.356 3480380.067 5889631.521 3480379.684 5889631.730
                3480379.321 5889631.972 3480378.981 5889632.245 3480378.666 5889632.547 3480378.378
                5889632.875 3480378.120 5889633.226 3480377.893 5889633.599 3480377.700 5889633.990
                3480377.542 5889634.397 3480377.420 5889634.815 3480377.334 5889635.243 3480377.287
                5889635.677 3480377.277 5889636.113 3480377.305 5889636.548 3480377.372 5889636.979
                3480377.475 5889637.403 3480384.026 5889659.931 3480384.216 5889660.576 3480386.872
                5889668.237 3480400.981 5889703.881 3480410.954 5889729.078 3480413.515 5889736.478
                3480415.422 5889744.073 3480416.659 5889751.805 3480417.218 5889759.615 3480417.094
                5889767.445 3480416.288 5889775.233 3480414.807 5889782.922 3480412.661 5889790.453
                3480409.866 5889797.768 3480407.663 5889802.479 3480403.974 5889809.093 3480398.513
                5889817.982 3480354.668 5889889.340 3480346.816 5889902.121 3480346.733 5889902.256
                3480346.530 5889902.635 3480346.362 5889903.029 3480346.228 5889903.437 3480346.130
                5889903.855 3480346.069 5889904.280 3480346.046 5889904.709 3480346.060 5889905.138
                3480346.111 5889905.565 3480346.199 5889905.985 3480346.323 5889906.396 3480346.483
                5889906.794 3480346.677 5889907.177 3480346.904 5889907.542 3480347.161 5889907.886
                3480347.448 5889908.205 3480347.761 5889908.499 3480348.099 5889908.764 3480348.458
                5889908.999 3480485.637 5889993.282 3480490.985 5889996.384 3480500.556 5890001.088
                3480510.501 5890004.939 3480520.743 5890007.909 3480531.206 5890009.974 3480541.809
                5890011.120 3480552.471 5890011.338 3480560.477 5890010.889 3480566.736 5890011.684
                3480573.957 5890010.458 3480584.437 5890007.877 3480594.653 5890004.393 3480604.526
                5890000.031 3480607.245 5889998.643 3480616.572 5889993.205 3480625.389 5889986.974
                3480633.630 5889979.999 3480641.232 5889972.331 3480648.136 5889964.031 3480693.838
                5889903.933 3480702.555 5889893.453 3480712.152 5889883.772 3480722.557 5889874.965
                3480733.689 5889867.098 3480745.465 5889860.231 3480757.794 5889854.417 3480761.069
                5889853.087 3480871.876 5889809.548 3480877.340 5889807.671 3480882.947 5889806.278
                3480888.653 5889805.379 3480891.663 5889805.108 3480912.327 5889803.720 3480912.218
                5889813.094 3480913.040 5889826.022 3480913.372 5889828.320 3480914.176 5889832.016
                3480915.298 5889835.628 3480916.731 5889839.129 3480918.464 5889842.491 3480920.483
                5889845.690 3480922.418 5889852.129 3480912.166 5889852.360 3480872.254 5889857.245
                3480861.348 5889859.562 3480835.307 5889868.066 3480804.206 5889880.544 3480801.004
                5889881.587 3480795.512 5889883.802 3480790.234 5889886.487 3480785.210 5889889.622
                3480776.181 5889895.165 3480773.658 5889896.528 3480773.233 5889896.753 3480762.910
                5889902.824 3480753.156 5889909.771 3480738.079 5889921.715 3480728.665 5889929.619
                3480714.555 5889942.000 3480714.081 5889942.406 3480704.614 5889951.284 3480695.958
                5889960.954 3480673.876 5889986.698 3480661.950 5889996.493 3480654.713 5890001.615
                3480628.112 5890023.901 3480616.923 5890031.346 3480613.017 5890021.479 3480601.242
                5890026.499 3480589.074 5890030.474 3480576.607 5890033.373 3480563.934 5890035.174
                3480551.152 5890035.865 3480539.112 5890035.494 3480538.893 5890036.351 3480538.581
                5890038.250 3480538.503 5890040.066 3480539.193 5890041.198 3480541.451 5890042.751
                3480571.397 5890061.061 3480571.932 5890060.712 3480610.966 5890084.774 3480605.713
                5890090.796 3480534.942 5890047.830 3480516.552 5890036.666 3480516.799 5890036.038
                3480517.295 5890034.501 3480517.875 5890032.394 3480519.736 5890025.635 3480508.317
                5890022.623 3480496.836 5890018.513 3480485.757 5890013.417 3480476.476 5890008.192
                3480337.595 5889922.862 3480337.594 5889922.862 3480337.213 5889922.650 3480336.815
                5889922.472 3480336.403 5889922.330 3480335.980 5889922.223 3480335.549 5889922.155
                3480335.114 5889922.123 3480334.678 5889922.130 3480334.244 5889922.175 3480333.816
                5889922.258 3480333.816 5889922.258 3480333.396 5889922.378 3480332.989 5889922.534
                3480332.597 5889922.724 3480332.222 5889922.948 3480331.869 5889923.204 3480331.540
                5889923.490 3480331.236 5889923.803 3480330.961 5889924.142 3480330.717 5889924.503
                3480321.815 5889938.986 3480306.364 5889964.119 3480296.942 5889979.454 3480284.796
                5889999.222 3480283.403 5890001.282 3480281.835 5890003.212 3480280.105 5890004.999
                3480278.226 5890006.628 3480276.213 5890008.087 3480274.079 5890009.365 3480271.843
                5890010.453 3480270.991 5890010.805 3480224.228 5890029.292 3480219.817 5890018.133
                3480212.465 5889999.534 3480221.764 5889995.858 3480247.877 5889985.534 3480277.697
                5889973.744 3480278.538 5889973.387 3480280.057 5889972.620 3480281.503 5889971.723
                3480282.865 5889970.703 3480283.920 5889969.774 3480285.103 5889968.550 3480286.178
                5889967.225 3480287.133 5889965.812 3480293.212 5889955.924 3480308.660 5889930.791
                3480317.512 5889916.390 3480317.567 5889916.314 3480317.784 5889915.982 3480317.972
                5889915.632 3480318.128 5889915.267 3480318.252 5889914.890 3480318.343 5889914.503
                3480318.399 5889914.110 3480318.422 5889913.714 3480318.409 5889913.317 3480318.362
                5889912.922 3480318.281 5889912.534 3480318.166 5889912.154 3480318.018 5889911.785
                3480317.839 5889911.431 3480317.630 5889911.093 3480317.392 5889910.775 3480317.127
                5889910.479 3480316.837 5889910.207 3480316.525 5889909.962 3480316.193 5889909.745
                3480315.843 5889909.557 3480292.659 5889895.439 3480240.919 5889864.216 3480208.385
                5889844.582 3480160.438 5889815.647 3480160.062 5889815.443 3480159.662 5889815.269
                3480159.248 5889815.131 3480158.824 5889815.029 3480158.393 5889814.964 3480157.957
                5889814.937 3480157.521 5889814.949 3480157.088 5889814.998 3480156.660 5889815.085
                3480156.250 5889815.206 3480155.844 5889815.365 3480155.453 5889815.559 3480155.080
                5889815.786 3480154.729 5889816.045 3480154.402 5889816.334 3480154.101 5889816.650
                3480153.829 5889816.991 3480153.587 5889817.354 3480129.686 5889857.242 3480120.434
                5889872.681 3480116.990 5889878.428 3480105.014 5889896.516 3480091.506 5889913.491
                3480089.912 5889915.306 3480075.015 5889930.651 3480070.677 5889934.649 3480054.062
                5889948.300 3480036.321 5889960.451 3480017.589 5889971.010 3479998.007 5889979.896
                3479996.783 5889980.384 3479834.500 5890044.439 3479811.247 5890053.617 3479697.067
                5890098.685 3479696.913 5890098.754 3479696.760 5890098.839 3479696.615 5890098.936
                3479696.479 5890099.046 3479696.354 5890099.167 3479696.239 5890099.299 3479696.137
                5890099.440 3479696.047 5890099.590 3479695.970 5890099.747 3479695.907 5890099.910
                3479695.859 5890100.077 3479695.826 5890100.249 3479695.808 5890100.422 3479695.805
                5890100.597 3479695.817 5890100.771 3479695.844 5890100.944 3479695.886 5890101.113
                3479695.943 5890101.278 3479756.060 5890253.337 3479761.392 5890266.824 3479734.888
                5890277.302 3479726.576 5890256.277 3479726.248 5890255.328 3479726.004 5890254.355
                3479725.846 5890253.364 3479725.775 5890252.363 3479725.791 5890251.359 3479725.895
                5890250.361 3479726.085 5890249.375 3479726.361 5890248.410 3479726.718 5890247.476
                3479730.192 5890239.460 3479730.611 5890238.364 3479730.935 5890237.231 3479731.159
                5890236.074 3479731.281 5890234.903 3479731.300 5890233.724 3479731.217 5890232.549
                3479731.031 5890231.386 3479730.745 5890230.243 3479730.360 5890229.129 3479681.991
                5890106.785 3479681.990 5890106.783 3479681.919 5890106.624 3479681.834 5890106.471
                3479681.736 5890106.327 3479681.627 5890106.192 3479681.505 5890106.066 3479681.373
                5890105.952 3479681.232 5890105.850 3479681.083 5890105.760 3479680.926 5890105.684
                3479680.763 5890105.621 3479680.595 5890105.574 3479680.424 5890105.541 3479680.251
                5890105.523 3479680.076 5890105.520 3479679.902 5890105.532 3479679.730 5890105.560
                3479679.561 5890105.602 3479679.396 5890105.659 3479569.402 5890149.076 3479546.150
                5890158.254 3479510.716 5890172.240 3479491.200 5890180.944 3479467.295 5890193.924
                3479444.611 5890208.938 3479438.159 5890213.718 3479437.300 5890214.354 3479437.296
                5890214.356 3479436.957 5890214.631 3479436.644 5890214.935 3479436.358 5890215.264
                3479436.103 5890215.617 3479435.879 5890215.992 3479435.688 5890216.384 3479435.532
                5890216.791 3479435.413 5890217.210 3479435.330 5890217.639 3479435.285 5890218.072
                3479435.278 5890218.508 3479435.309 5890218.943 3479435.378 5890219.374 3479435.484
                5890219.797 3479435.627 5890220.209 3479525.080 5890446.418 3479521.677 5890447.761
                3479511.126 5890451.921 3479509.889 5890452.348 3479508.620 5890452.667 3479507.328
                5890452.873 3479506.022 5890452.966 3479504.714 5890452.944 3479503.412 5890452.809
                3479502.127 5890452.561 3479500.869 5890452.202 3479499.647 5890451.734 3479498.470
                5890451.162 3479497.348 5890450.489 3479496.288 5890449.721 3479495.299 5890448.864
                3479494.389 5890447.924 3479493.564 5890446.908 3479492.831 5890445.824 3479492.196
                5890444.680 3479491.662 5890443.485 3479491.657 5890443.474 3479490.945 5890441.411
                3479490.416 5890439.294 3479490.073 5890437.138 3479489.920 5890434.961 3479489.957
                5890432.779 3479490.005 5890432.126 3479492.803 5890400.146 3479483.523 5890376.679
                3479469.109 5890382.378 3479460.789 5890361.340 3479460.461 5890360.392 3479460.217
                5890359.418 3479460.059 5890358.427 3479459.988 5890357.426 3479460.004 5890356.423
                3479460.108 5890355.424 3479460.298 5890354.439 3479460.574 5890353.474 3479460.932
                5890352.537 3479464.404 5890344.528 3479464.405 5890344.526 3479464.825 5890343.426
                3479465.149 5890342.293 3479465.372 5890341.137 3479465.494 5890339.965 3479465.513
                5890338.787 3479465.429 5890337.613 3479465.243 5890336.450 3479464.957 5890335.307
                3479464.572 5890334.194 3479457.012 5890315.078 3479424.894 5890233.864 3479424.719
                5890233.473 3479424.508 5890233.092 3479424.264 5890232.730 3479423.990 5890232.391
                3479423.686 5890232.077 3479423.357 5890231.791 3479423.004 5890231.534 3479422.630
                5890231.310 3479422.238 5890231.118 3479421.831 5890230.962 3479421.412 5890230.842
                3479420.984 5890230.758 3479420.550 5890230.713 3479420.114 5890230.705 3479419.678
                5890230.736 3479419.248 5890230.804 3479418.824 5890230.909 3479418.412 5890231.051
                3479418.013 5890231.229 3479417.632 5890231.440 3479417.270 5890231.684 3479400.288
                5890244.264 3479363.256 5890269.274 3479324.184 5890290.961 3479283.422 5890309.141
                3479188.841 5890346.472 3479165.588 5890355.650 3478860.499 5890476.072 3478858.366
                5890476.914 3478852.479 5890479.354 3478837.753 5890486.531 3478837.475 5890486.682
                3478823.439 5890495.144 3478810.194 5890504.796 3478764.942 5890540.905 3478722.211
                5890575.003 3478707.762 5890585.536 3478692.450 5890594.769 3478676.392 5890602.632
                3478669.826 5890605.365 3478641.594 5890616.508 3478616.814 5890626.287 3478606.118
                5890599.223 3478589.337 5890556.764 3478614.111 5890546.971 3478746.665 5890494.659
                3478828.241 5890462.465 3478851.494 5890453.287 3478992.413 5890397.665 3479015.666
                5890388.487 3479156.583 5890332.866 3479179.836 5890323.688 3479274.427 5890286.353
                3479277.265 5890285.223 3479316.001 5890267.653 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
          <gml:interior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="83">3479460.092 5890141.500 3479444.023
                5890167.079 3479443.686 5890167.653 3479443.273 5890168.495 3479442.935 5890169.370
                3479442.675 5890170.271 3479442.494 5890171.191 3479442.394 5890172.124 3479442.376
                5890173.061 3479442.440 5890173.997 3479442.584 5890174.924 3479442.810 5890175.834
                3479443.113 5890176.721 3479443.493 5890177.579 3479443.946 5890178.400 3479444.469
                5890179.179 3479445.058 5890179.909 3479445.708 5890180.584 3479446.414 5890181.201
                3479447.172 5890181.754 3479447.975 5890182.238 3479448.817 5890182.651 3479449.692
                5890182.989 3479450.593 5890183.249 3479451.513 5890183.430 3479452.446 5890183.530
                3479453.383 5890183.548 3479454.319 5890183.484 3479455.246 5890183.340 3479456.156
                5890183.114 3479457.043 5890182.811 3479457.901 5890182.431 3479458.722 5890181.978
                3479481.966 5890169.162 3479505.392 5890158.753 3479671.275 5890093.278 3479671.669
                5890093.102 3479672.050 5890092.891 3479672.412 5890092.647 3479672.751 5890092.372
                3479673.065 5890092.069 3479673.351 5890091.739 3479673.607 5890091.386 3479673.832
                5890091.012 3479674.023 5890090.620 3479674.179 5890090.212 3479674.299 5890089.793
                3479674.382 5890089.364 3479674.428 5890088.930 3479674.435 5890088.494 3479674.404
                5890088.059 3479674.336 5890087.628 3479674.230 5890087.205 3479674.088 5890086.792
                3479655.337 5890039.364 3479655.335 5890039.360 3479655.157 5890038.962 3479654.945
                5890038.581 3479654.701 5890038.219 3479654.426 5890037.881 3479654.122 5890037.568
                3479653.793 5890037.282 3479653.439 5890037.026 3479653.065 5890036.802 3479652.673
                5890036.611 3479652.266 5890036.456 3479651.846 5890036.336 3479651.418 5890036.253
                3479650.984 5890036.208 3479650.548 5890036.201 3479650.113 5890036.232 3479649.682
                5890036.301 3479649.259 5890036.407 3479648.847 5890036.550 3479529.998 5890083.460
                3479526.880 5890084.733 3479515.390 5890090.179 3479504.420 5890096.606 3479494.051
                5890103.965 3479484.363 5890112.200 3479475.430 5890121.247 3479467.319 5890131.039
                3479460.092 5890141.500 </gml:posList>
            </gml:LinearRing>
          </gml:interior>
          <gml:interior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="81">3479913.900 5889931.931 3479674.425
                5890026.454 3479674.027 5890026.632 3479673.646 5890026.844 3479673.284 5890027.088
                3479672.946 5890027.363 3479672.632 5890027.666 3479672.347 5890027.996 3479672.091
                5890028.349 3479671.867 5890028.723 3479671.676 5890029.115 3479671.520 5890029.523
                3479671.401 5890029.942 3479671.318 5890030.370 3479671.273 5890030.804 3479671.266
                5890031.240 3479671.297 5890031.675 3479671.365 5890032.106 3479671.471 5890032.529
                3479671.614 5890032.941 3479682.406 5890060.236 3479690.365 5890080.368 3479690.543
                5890080.765 3479690.755 5890081.147 3479690.999 5890081.508 3479691.274 5890081.847
                3479691.577 5890082.160 3479691.907 5890082.446 3479692.260 5890082.702 3479692.634
                5890082.927 3479693.026 5890083.118 3479693.434 5890083.274 3479693.853 5890083.394
                3479694.281 5890083.476 3479694.715 5890083.522 3479695.151 5890083.529 3479695.587
                5890083.498 3479696.017 5890083.429 3479696.441 5890083.323 3479696.853 5890083.181
                3479729.590 5890070.259 3479829.176 5890030.951 3479866.382 5890016.266 3479936.295
                5889988.671 3479936.692 5889988.494 3479937.074 5889988.283 3479937.436 5889988.039
                3479937.774 5889987.764 3479938.088 5889987.461 3479938.374 5889987.131 3479938.630
                5889986.778 3479938.855 5889986.404 3479939.046 5889986.012 3479939.202 5889985.605
                3479939.322 5889985.185 3479939.405 5889984.757 3479939.451 5889984.323 3479939.458
                5889983.887 3479939.427 5889983.452 3479939.359 5889983.021 3479939.253 5889982.597
                3479939.111 5889982.185 3479920.387 5889934.748 3479920.209 5889934.350 3479919.998
                5889933.968 3479919.754 5889933.606 3479919.479 5889933.268 3479919.176 5889932.954
                3479918.846 5889932.668 3479918.493 5889932.412 3479918.119 5889932.187 3479917.727
                5889931.996 3479917.320 5889931.840 3479916.900 5889931.720 3479916.472 5889931.637
                3479916.038 5889931.591 3479915.602 5889931.584 3479915.167 5889931.615 3479914.736
                5889931.683 3479914.312 5889931.789 3479913.900 5889931.931 </gml:posList>
            </gml:LinearRing>
          </gml:interior>
          <gml:interior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="100">3480104.553 5889870.976 3480140.872
                5889810.365 3480140.874 5889810.362 3480141.082 5889809.978 3480141.255 5889809.578
                3480141.394 5889809.164 3480141.495 5889808.740 3480141.559 5889808.308 3480141.585
                5889807.873 3480141.574 5889807.437 3480141.524 5889807.003 3480141.436 5889806.576
                3480141.312 5889806.158 3480141.152 5889805.752 3480140.957 5889805.362 3480140.729
                5889804.990 3480140.469 5889804.639 3480140.179 5889804.313 3480139.863 5889804.013
                3480139.521 5889803.741 3480139.157 5889803.501 3480095.439 5889777.235 3480095.060
                5889777.029 3480094.660 5889776.855 3480094.246 5889776.717 3480093.822 5889776.615
                3480093.390 5889776.551 3480092.955 5889776.524 3480092.519 5889776.536 3480092.086
                5889776.585 3480091.658 5889776.672 3480091.240 5889776.796 3480090.835 5889776.956
                3480090.444 5889777.151 3480090.072 5889777.379 3480089.722 5889777.638 3480089.395
                5889777.927 3480089.095 5889778.244 3480088.824 5889778.585 3480088.583 5889778.949
                3480052.227 5889839.620 3480044.080 5889851.960 3480034.889 5889863.544 3480024.723
                5889874.282 3480013.659 5889884.094 3480001.783 5889892.903 3479989.184 5889900.645
                3479975.959 5889907.258 3479969.065 5889910.157 3479939.478 5889921.835 3479939.476
                5889921.836 3479939.078 5889922.014 3479938.697 5889922.225 3479938.335 5889922.470
                3479937.997 5889922.744 3479937.683 5889923.048 3479937.397 5889923.377 3479937.141
                5889923.730 3479936.917 5889924.104 3479936.726 5889924.496 3479936.726 5889924.498
                3479936.570 5889924.905 3479936.450 5889925.324 3479936.367 5889925.752 3479936.322
                5889926.186 3479936.315 5889926.622 3479936.346 5889927.057 3479936.415 5889927.488
                3479936.521 5889927.911 3479936.663 5889928.323 3479955.387 5889975.760 3479955.387
                5889975.761 3479955.565 5889976.159 3479955.776 5889976.540 3479956.021 5889976.902
                3479956.295 5889977.240 3479956.599 5889977.554 3479956.928 5889977.840 3479957.281
                5889978.096 3479957.655 5889978.320 3479958.047 5889978.511 3479958.047 5889978.511
                3479958.454 5889978.667 3479958.874 5889978.787 3479959.302 5889978.870 3479959.736
                5889978.915 3479960.172 5889978.923 3479960.607 5889978.892 3479961.038 5889978.823
                3479961.461 5889978.717 3479961.873 5889978.575 3479991.460 5889966.897 3480000.840
                5889962.953 3480018.825 5889953.960 3480035.957 5889943.433 3480052.107 5889931.453
                3480067.151 5889918.111 3480080.976 5889903.509 3480093.475 5889887.757 3480104.553
                5889870.976 </gml:posList>
            </gml:LinearRing>
          </gml:interior>
          <gml:interior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="78">3480231.949 5890002.583 3480231.947
                5890002.584 3480231.469 5890002.798 3480231.012 5890003.052 3480230.578 5890003.345
                3480230.172 5890003.675 3480229.796 5890004.040 3480229.453 5890004.435 3480229.146
                5890004.859 3480228.877 5890005.308 3480228.648 5890005.779 3480228.461 5890006.268
                3480228.317 5890006.771 3480228.218 5890007.285 3480228.164 5890007.806 3480228.156
                5890008.329 3480228.193 5890008.852 3480228.276 5890009.369 3480228.403 5890009.876
                3480228.574 5890010.371 3480228.788 5890010.849 3480229.042 5890011.306 3480229.335
                5890011.740 3480229.665 5890012.146 3480230.030 5890012.522 3480230.425 5890012.865
                3480230.849 5890013.172 3480231.298 5890013.441 3480231.769 5890013.670 3480232.258
                5890013.857 3480232.761 5890014.001 3480233.275 5890014.100 3480233.796 5890014.154
                3480234.319 5890014.162 3480234.842 5890014.125 3480235.359 5890014.042 3480235.866
                5890013.915 3480236.361 5890013.744 3480267.315 5890001.507 3480267.874 5890001.276
                3480269.325 5890000.570 3480270.709 5889999.740 3480272.015 5889998.793 3480273.234
                5889997.736 3480274.356 5889996.576 3480275.372 5889995.324 3480276.276 5889993.987
                3480278.809 5889989.866 3480278.894 5889989.719 3480279.008 5889989.484 3480279.102
                5889989.239 3480279.173 5889988.988 3480279.223 5889988.731 3480279.250 5889988.470
                3480279.254 5889988.209 3480279.235 5889987.947 3480279.194 5889987.689 3480279.130
                5889987.435 3480279.044 5889987.188 3480278.937 5889986.949 3480278.810 5889986.720
                3480278.663 5889986.504 3480278.498 5889986.301 3480278.316 5889986.113 3480278.118
                5889985.942 3480277.906 5889985.788 3480277.681 5889985.654 3480277.446 5889985.540
                3480277.201 5889985.446 3480276.950 5889985.375 3480276.693 5889985.325 3480276.432
                5889985.298 3480276.171 5889985.294 3480275.909 5889985.313 3480275.651 5889985.354
                3480275.397 5889985.418 3480275.150 5889985.504 3480231.949 5890002.583
              </gml:posList>
            </gml:LinearRing>
          </gml:interior>
          <gml:interior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="97">3480159.376 5889779.486 3480189.338
                5889729.486 3480197.485 5889717.145 3480206.677 5889705.562 3480216.843 5889694.823
                3480227.907 5889685.012 3480239.783 5889676.202 3480252.383 5889668.460 3480265.609
                5889661.846 3480272.449 5889658.969 3480343.579 5889630.866 3480343.973 5889630.690
                3480344.355 5889630.479 3480344.716 5889630.234 3480345.055 5889629.960 3480345.369
                5889629.656 3480345.655 5889629.327 3480345.911 5889628.974 3480346.135 5889628.600
                3480346.326 5889628.208 3480346.482 5889627.800 3480346.602 5889627.381 3480346.685
                5889626.952 3480346.730 5889626.519 3480346.737 5889626.082 3480346.707 5889625.647
                3480346.638 5889625.217 3480346.532 5889624.793 3480346.390 5889624.381 3480327.618
                5889576.958 3480327.616 5889576.954 3480327.438 5889576.556 3480327.226 5889576.175
                3480326.981 5889575.814 3480326.706 5889575.475 3480326.403 5889575.162 3480326.073
                5889574.877 3480325.720 5889574.621 3480325.346 5889574.397 3480324.954 5889574.206
                3480324.546 5889574.051 3480324.127 5889573.931 3480323.699 5889573.849 3480323.265
                5889573.804 3480322.829 5889573.797 3480322.394 5889573.828 3480321.963 5889573.897
                3480321.540 5889574.003 3480321.128 5889574.146 3480250.033 5889602.235 3480240.727
                5889606.149 3480222.742 5889615.143 3480205.609 5889625.670 3480189.459 5889637.651
                3480174.415 5889650.993 3480160.590 5889665.596 3480148.092 5889681.348 3480137.013
                5889698.130 3480107.086 5889748.069 3480107.082 5889748.075 3480106.874 5889748.459
                3480106.701 5889748.859 3480106.563 5889749.273 3480106.462 5889749.697 3480106.398
                5889750.128 3480106.372 5889750.564 3480106.384 5889751.000 3480106.434 5889751.433
                3480106.522 5889751.860 3480106.646 5889752.278 3480106.807 5889752.684 3480107.002
                5889753.074 3480107.230 5889753.445 3480107.490 5889753.796 3480107.779 5889754.122
                3480108.096 5889754.422 3480108.438 5889754.693 3480108.802 5889754.933 3480152.521
                5889781.199 3480152.899 5889781.404 3480153.299 5889781.578 3480153.713 5889781.716
                3480154.137 5889781.818 3480154.568 5889781.883 3480155.003 5889781.909 3480155.439
                5889781.898 3480155.873 5889781.849 3480156.300 5889781.762 3480156.718 5889781.638
                3480157.124 5889781.478 3480157.514 5889781.284 3480157.886 5889781.056 3480158.237
                5889780.796 3480158.564 5889780.507 3480158.864 5889780.191 3480159.135 5889779.850
                3480159.376 5889779.486 </gml:posList>
            </gml:LinearRing>
          </gml:interior>
          <gml:interior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="80">3480373.233 5889617.577 3480373.640
                5889617.732 3480374.059 5889617.852 3480374.488 5889617.935 3480374.922 5889617.980
                3480375.358 5889617.987 3480375.793 5889617.956 3480376.224 5889617.887 3480376.647
                5889617.781 3480377.059 5889617.638 3480383.734 5889615.002 3480384.869 5889614.547
                3480394.823 5889609.986 3480404.343 5889604.574 3480413.354 5889598.353 3480421.789
                5889591.371 3480459.430 5889557.337 3480459.676 5889557.099 3480459.965 5889556.772
                3480460.224 5889556.421 3480460.452 5889556.049 3480460.646 5889555.659 3480460.806
                5889555.253 3480460.930 5889554.835 3480461.017 5889554.407 3480461.066 5889553.974
                3480461.077 5889553.538 3480461.050 5889553.103 3480460.986 5889552.671 3480460.884
                5889552.247 3480460.745 5889551.834 3480460.571 5889551.434 3480460.363 5889551.050
                3480460.122 5889550.687 3480459.850 5889550.346 3480459.550 5889550.029 3480459.223
                5889549.740 3480458.872 5889549.481 3480458.500 5889549.253 3480458.110 5889549.059
                3480457.704 5889548.899 3480457.286 5889548.775 3480456.858 5889548.688 3480456.425
                5889548.639 3480455.989 5889548.628 3480405.201 5889549.520 3480403.997 5889549.547
                3480393.074 5889550.321 3480382.261 5889552.044 3480371.640 5889554.703 3480361.290
                5889558.278 3480354.608 5889560.919 3480354.211 5889561.096 3480353.830 5889561.308
                3480353.468 5889561.552 3480353.130 5889561.827 3480352.816 5889562.130 3480352.531
                5889562.460 3480352.275 5889562.813 3480352.051 5889563.187 3480351.860 5889563.579
                3480351.704 5889563.987 3480351.585 5889564.406 3480351.502 5889564.834 3480351.457
                5889565.268 3480351.450 5889565.704 3480351.481 5889566.139 3480351.549 5889566.570
                3480351.655 5889566.993 3480351.798 5889567.405 3480370.570 5889614.828 3480370.748
                5889615.226 3480370.960 5889615.607 3480371.205 5889615.969 3480371.480 5889616.307
                3480371.783 5889616.621 3480372.113 5889616.906 3480372.466 5889617.162 3480372.841
                5889617.386 3480373.233 5889617.577 </gml:posList>
            </gml:LinearRing>
          </gml:interior>
          <gml:interior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="108">3480048.102 5889727.976 3480051.076
                5889729.680 3480057.534 5889732.916 3480065.265 5889736.032 3480088.413 5889744.207
                3480088.703 5889744.300 3480089.127 5889744.401 3480089.559 5889744.465 3480089.994
                5889744.491 3480090.430 5889744.480 3480090.864 5889744.430 3480091.291 5889744.342
                3480091.709 5889744.218 3480092.115 5889744.058 3480092.505 5889743.863 3480092.877
                5889743.635 3480093.228 5889743.375 3480093.554 5889743.085 3480093.854 5889742.769
                3480094.126 5889742.427 3480094.366 5889742.063 3480125.005 5889690.934 3480136.760
                5889673.128 3480143.493 5889664.269 3480155.401 5889650.416 3480170.568 5889635.419
                3480186.984 5889621.801 3480204.525 5889609.666 3480223.056 5889599.105 3480242.438
                5889590.200 3480244.890 5889589.216 3480319.185 5889559.863 3480319.534 5889559.710
                3480319.918 5889559.502 3480320.282 5889559.262 3480320.623 5889558.991 3480320.940
                5889558.691 3480321.230 5889558.365 3480321.490 5889558.014 3480321.718 5889557.643
                3480321.913 5889557.253 3480322.073 5889556.847 3480322.198 5889556.429 3480322.285
                5889556.001 3480322.335 5889555.568 3480322.347 5889555.132 3480322.321 5889554.697
                3480322.257 5889554.265 3480322.156 5889553.841 3480317.887 5889538.871 3480316.357
                5889533.508 3480316.030 5889532.387 3480313.252 5889524.363 3480298.600 5889487.354
                3480297.314 5889484.098 3480290.769 5889467.563 3480290.690 5889467.362 3480289.585
                5889464.571 3480267.599 5889409.030 3480266.388 5889406.320 3480264.936 5889403.708
                3480263.263 5889401.233 3480261.380 5889398.913 3480259.302 5889396.766 3480257.045
                5889394.808 3480254.626 5889393.054 3480252.063 5889391.518 3480249.376 5889390.211
                3480246.586 5889389.143 3480243.712 5889388.323 3480240.779 5889387.756 3480237.807
                5889387.447 3480234.819 5889387.398 3480231.839 5889387.610 3480228.888 5889388.080
                3480225.990 5889388.806 3480223.166 5889389.782 3479907.376 5889514.567 3479905.244
                5889515.488 3479902.601 5889516.883 3479900.090 5889518.502 3479897.729 5889520.334
                3479895.537 5889522.365 3479893.531 5889524.579 3479891.725 5889526.960 3479890.133
                5889529.489 3479888.768 5889532.147 3479887.640 5889534.914 3479886.757 5889537.769
                3479886.126 5889540.690 3479886.062 5889541.095 3479885.881 5889542.830 3479885.853
                5889544.575 3479885.976 5889546.315 3479886.251 5889548.038 3479886.675 5889549.731
                3479887.245 5889551.380 3479913.008 5889616.581 3479914.858 5889621.262 3479916.083
                5889624.238 3479920.322 5889633.044 3479921.231 5889634.706 3479926.370 5889643.040
                3479932.216 5889650.895 3479938.724 5889658.210 3479945.846 5889664.930 3479953.525
                5889671.004 3480048.102 5889727.976 </gml:posList>
            </gml:LinearRing>
          </gml:interior>
          <gml:interior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="92">3480396.544 5889734.782 3480396.176
                5889733.852 3480372.661 5889674.449 3480372.393 5889673.779 3480368.845 5889666.003
                3480365.436 5889659.325 3480358.366 5889645.476 3480358.173 5889645.132 3480357.929
                5889644.771 3480357.654 5889644.432 3480357.351 5889644.119 3480357.022 5889643.833
                3480356.668 5889643.577 3480356.294 5889643.353 3480355.902 5889643.162 3480355.495
                5889643.006 3480355.075 5889642.886 3480354.647 5889642.803 3480354.213 5889642.758
                3480353.777 5889642.751 3480353.342 5889642.782 3480352.911 5889642.851 3480352.488
                5889642.957 3480352.076 5889643.099 3480277.776 5889672.453 3480269.073 5889676.203
                3480257.085 5889682.461 3480245.688 5889689.739 3480234.969 5889697.983 3480231.073
                5889701.371 3480221.431 5889710.837 3480217.624 5889715.068 3480209.222 5889725.657
                3480201.775 5889736.938 3480170.432 5889789.243 3480170.288 5889789.499 3480170.104
                5889789.894 3480169.954 5889790.304 3480169.841 5889790.725 3480169.765 5889791.154
                3480169.726 5889791.589 3480169.726 5889792.025 3480169.763 5889792.459 3480169.839
                5889792.889 3480169.951 5889793.310 3480170.100 5889793.720 3480170.284 5889794.116
                3480170.501 5889794.493 3480170.751 5889794.851 3480171.031 5889795.185 3480171.339
                5889795.494 3480184.238 5889807.346 3480186.070 5889808.986 3480192.576 5889814.181
                3480199.510 5889818.789 3480217.380 5889829.572 3480301.700 5889880.457 3480326.727
                5889895.660 3480326.739 5889895.667 3480327.121 5889895.878 3480327.519 5889896.055
                3480327.932 5889896.196 3480328.355 5889896.301 3480328.786 5889896.369 3480329.221
                5889896.398 3480329.657 5889896.390 3480330.091 5889896.344 3480330.519 5889896.260
                3480330.938 5889896.139 3480331.345 5889895.983 3480331.736 5889895.791 3480332.110
                5889895.566 3480332.462 5889895.309 3480332.791 5889895.022 3480333.094 5889894.708
                3480333.368 5889894.369 3480333.611 5889894.007 3480341.522 5889881.130 3480385.369
                5889809.768 3480390.769 5889800.979 3480391.379 5889799.968 3480394.449 5889794.226
                3480395.645 5889791.604 3480397.957 5889785.553 3480399.732 5889779.324 3480400.957
                5889772.963 3480401.624 5889766.520 3480401.726 5889760.043 3480401.264 5889753.582
                3480400.240 5889747.186 3480398.663 5889740.903 3480396.544 5889734.782
              </gml:posList>
            </gml:LinearRing>
          </gml:interior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:nutzungsform>1000</xplan:nutzungsform>
    </xplan:BP_StrassenVerkehrsFlaeche>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_VerEntsorgung gml:id="GML_ff1e862b-c938-4fe7-864c-2a59ce087256">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480309.889 5889222.652</gml:lowerCorner>
          <gml:upperCorner>3480607.590 5889478.403</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_3e1ecf80-4987-40db-9335-74ad5bd64c3d">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="11">3480366.984 5889456.572 3480311.729
                5889478.403 3480310.809 5889476.078 3480309.889 5889473.754 3480360.499 5889453.759
                3480314.433 5889337.052 3480603.948 5889222.652 3480607.590 5889228.202 3480340.743
                5889333.644 3480321.469 5889341.260 3480366.984 5889456.572 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
    </xplan:BP_VerEntsorgung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_VerEntsorgung gml:id="GML_bdf125ee-68dc-444f-a5cb-bd52e18d3649">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480500.618 5890022.623</gml:lowerCorner>
          <gml:upperCorner>3480519.736 5890050.590</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_3d9939bc-402d-4ea9-8d65-be2e84da29a5">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="18">3480506.458 5890029.376 3480508.317
                5890022.623 3480519.736 5890025.635 3480517.875 5890032.394 3480517.295 5890034.501
                3480516.799 5890036.038 3480516.552 5890036.666 3480515.871 5890038.128 3480515.065
                5890039.526 3480514.140 5890040.848 3480513.104 5890042.084 3480511.963 5890043.225
                3480510.728 5890044.263 3480509.407 5890045.189 3480509.141 5890045.355 3480500.618
                5890050.590 3480502.476 5890043.842 3480506.458 5890029.376 </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1200</xplan:zweckbestimmung>
    </xplan:BP_VerEntsorgung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_VerEntsorgung gml:id="GML_743a7792-17be-4627-bee1-bc43efdc0481">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3480310.809 5889223.654</gml:lowerCorner>
          <gml:upperCorner>3480610.255 5889476.078</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:LineString srsName="EPSG:31467" gml:id="GML_e3e5a1da-c91f-4db6-bd09-4fecf76d1a94">
          <gml:posList srsDimension="2" count="4">3480310.809 5889476.078 3480363.741 5889455.166
            3480317.950 5889339.156 3480610.255 5889223.654 </gml:posList>
        </gml:LineString>
      </xplan:position>
      <xplan:flaechenschluss>false</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_VerEntsorgung>
  </gml:featureMember>
  <gml:featureMember>
    <xplan:BP_WaldFlaeche gml:id="GML_16692627-2924-489d-b8cb-aa8742f3d2a9">
      <gml:boundedBy>
        <gml:Envelope srsName="EPSG:31467">
          <gml:lowerCorner>3478775.974 5890062.087</gml:lowerCorner>
          <gml:upperCorner>3479319.376 5890317.510</gml:upperCorner>
        </gml:Envelope>
      </gml:boundedBy>
      <xplan:text>mit Schutzfunktion</xplan:text>
      <xplan:ebene>0</xplan:ebene>
      <xplan:gehoertZuBP_Bereich xlink:href="#GML_7af470e9-0167-43ae-823d-56e4241eab9d"/>
      <xplan:position>
        <gml:Polygon srsName="EPSG:31467" gml:id="GML_a74d70ec-617b-41e0-861c-6f0d07540a92">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList srsDimension="2" count="15">3479275.279 5890065.046 3479282.771
                5890062.087 3479297.822 5890100.149 3479319.376 5890154.655 3479140.874 5890225.110
                3479133.523 5890206.511 3478969.353 5890271.310 3478962.002 5890252.710 3478797.829
                5890317.510 3478775.974 5890262.217 3478873.148 5890223.843 3478990.720 5890177.413
                3479109.891 5890130.352 3479243.842 5890077.454 3479275.279 5890065.046
              </gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </xplan:position>
      <xplan:flaechenschluss>true</xplan:flaechenschluss>
      <xplan:zweckbestimmung>1000</xplan:zweckbestimmung>
    </xplan:BP_WaldFlaeche>
  </gml:featureMember>
</XPlanAuszug>
