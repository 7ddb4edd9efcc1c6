"""Two planned variants for an empty block of the Musterquartier (``musterquartier_varianten.gpkg``).

The empty block lies south of the district, across the southern street from the middle column of blocks
(local rectangle in planning coordinates, turned with the district). Layers:

* ``variante_a`` — "A: 4 Stadtvillen, III + Flachdach": four 16 m × 16 m villas, three storeys, flat roofs;
* ``variante_b`` — "B: U-Block, V + Satteldach": one U-shaped block of three wings (one building, a
  MultiPolygon of three rectangles), five storeys, 35° gable roofs; its north wing stands 3 m behind the
  street line, 18 m south of the façades of the existing row across the street;
* ``baugebiet`` — the draft plan for the block (WA 9, GRZ 0.4, GFZ 1.2, III storeys, GH 13 m above the
  plan's reference height): A complies, B exceeds GFZ, Z and GH (the plan check has something to find);
* ``planungsgebiet`` — the block itself (area of interest for GRZ/GFZ);
* ``oeffentliche_flaechen`` — the street between the block and the existing row and a small square, for
  the shadow on public spaces.

B's 20 m block takes the low January sun from the south façades across the street: those façade points fall
below 1 h of direct sun on 17 January (DIN 5034-1) — the neighbour impact the comparison must show.
"""

from osgeo import ogr

from .gpkg_writer import _fixed_timestamps, rect_wkt
from .layout import BEZUGSHOEHE, BLOCK_DEPTH, BLOCK_WIDTH, STREET_WIDTH, rect_world

FILE_NAME = "musterquartier_varianten.gpkg"
VARIANT_NAMES = {"variante_a": "A: 4 Stadtvillen, III + Flachdach", "variante_b": "B: U-Block, V + Satteldach"}
PLAN = dict(gml_id="GML_btf_wa_variante", baugebiet_token="WA", GRZ=0.4, GFZ=1.2, Z=3, h_GH_max=13.0,
            h_GH_bezug="Relativ", h_GH_max_nhn=BEZUGSHOEHE + 13.0, label="WA 9 (Entwurf)")
RESIDENTIAL = "31001_1000"


def empty_block(district):
    """Local rectangle of the empty block: south of the southern street, below the middle column."""
    bottom = min(zone.rect[1] for zone in district.zones)
    columns = sorted({zone.rect[0] for zone in district.zones})
    x0 = columns[len(columns) // 2]
    y1 = bottom - STREET_WIDTH
    return (x0, y1 - BLOCK_DEPTH, x0 + BLOCK_WIDTH, y1)


def _polygon_wkt(rects):
    """A rectangle, or a MultiPolygon of touching rectangles (one building of several wings)."""
    if len(rects) == 1:
        return rect_wkt(rects[0])
    parts = []
    for rect in rects:
        points = rect_world(rect) + [rect_world(rect)[0]]
        parts.append("((" + ", ".join("{:.6f} {:.6f}".format(x, y) for x, y in points) + "))")
    return "MULTIPOLYGON ({})".format(", ".join(parts))


def variant_footprints(block):
    """{layer: [(rectangles, values)]} for the two variants."""
    x0, y0, x1, y1 = block
    villas = []
    for number, (dx, dy) in enumerate(((14.0, 8.0), (14.0, 38.0), (98.0, 8.0), (98.0, 38.0)), start=1):
        rect = (x0 + dx, y0 + dy, x0 + dx + 16.0, y0 + dy + 16.0)
        villas.append(([rect], dict(name="Stadtvilla {}".format(number), storeys=3, roof_type="1000", roof_pitch=None,
                                    function=RESIDENTIAL)))
    north = (x0 + 14.0, y1 - 3.0 - 14.0, x1 - 14.0, y1 - 3.0)
    west = (x0 + 14.0, y0 + 6.0, x0 + 28.0, north[1])
    east = (x1 - 28.0, y0 + 6.0, x1 - 14.0, north[1])
    block_b = [([north, west, east], dict(name="U-Block", storeys=5, roof_type="3100", roof_pitch=35.0, function=RESIDENTIAL))]
    return {"variante_a": villas, "variante_b": block_b}


def write_variants(path, district):
    """Write the variants GeoPackage (``path`` is a temporary name from atomic_path); returns a summary."""
    from osgeo import osr

    block = empty_block(district)
    x0, y0, x1, y1 = block
    street = (x0 - STREET_WIDTH, y1, x1 + STREET_WIDTH, y1 + STREET_WIDTH)
    square = (x0 + 44.0, y0 + 14.0, x0 + 84.0, y0 + 40.0)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    footprint_fields = [("name", ogr.OFTString), ("storeys", ogr.OFTInteger), ("roof_type", ogr.OFTString),
                        ("roof_pitch", ogr.OFTReal), ("function", ogr.OFTString), ("variante", ogr.OFTString)]
    plan_fields = [("gml_id", ogr.OFTString), ("label", ogr.OFTString), ("baugebiet_token", ogr.OFTString), ("GRZ", ogr.OFTReal),
                   ("GFZ", ogr.OFTReal), ("Z", ogr.OFTInteger), ("h_GH_max", ogr.OFTReal), ("h_GH_bezug", ogr.OFTString),
                   ("h_GH_max_nhn", ogr.OFTReal)]
    layers = {name: (footprint_fields, [(_polygon_wkt(rects), dict(values, variante=VARIANT_NAMES[name])) for rects, values in rows])
              for name, rows in variant_footprints(block).items()}
    layers["baugebiet"] = (plan_fields, [(rect_wkt(block), {k: PLAN[k] for k, _t in plan_fields})])
    layers["planungsgebiet"] = ([("name", ogr.OFTString)], [(rect_wkt(block), dict(name="Planungsgebiet Südblock"))])
    layers["oeffentliche_flaechen"] = ([("name", ogr.OFTString), ("art", ogr.OFTString)], [
        (rect_wkt(street), dict(name="Straße am Südblock", art="Straße")),
        (rect_wkt(square), dict(name="Quartiersplatz", art="Platz")),
    ])
    with _fixed_timestamps():
        dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
        for name, (fields, rows) in layers.items():
            geometry_type = ogr.wkbMultiPolygon if name.startswith("variante") else ogr.wkbPolygon
            layer = dataset.CreateLayer(name, srs, geometry_type, options=["FID=fid", "GEOMETRY_NAME=geom"])
            for field_name, field_type in fields:
                layer.CreateField(ogr.FieldDefn(field_name, field_type))
            dataset.StartTransaction()
            for wkt, values in rows:
                feature = ogr.Feature(layer.GetLayerDefn())
                for key, value in values.items():
                    if value is not None:
                        feature.SetField(key, value)
                geometry = ogr.CreateGeometryFromWkt(wkt)
                feature.SetGeometry(ogr.ForceToMultiPolygon(geometry) if geometry_type == ogr.wkbMultiPolygon else geometry)
                layer.CreateFeature(feature)
            dataset.CommitTransaction()
        dataset = None  # noqa: F841 - closed before the rename
    return dict(block=rect_world(block), names=dict(VARIANT_NAMES), plan=dict(PLAN))
