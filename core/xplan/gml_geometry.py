"""OGR geometry → GML 3.2 elements as the XPlanGML profile wants them.

OGR's own ExportToGML writes curve rings as gml:CompositeCurve and leaves out gml:id on members, both
schema errors in XPlanGML 6.0; so the encoding is done here: arcs become gml:Curve/segments/ArcString
(circularArc3Points), curve rings gml:Ring/curveMember, every geometry gets a gml:id.
"""

from lxml import etree
from osgeo import ogr

GML = "http://www.opengis.net/gml/3.2"


def _g(name):
    return "{%s}%s" % (GML, name)


def _coords(geometry):
    return " ".join("{!r} {!r}".format(float(x), float(y)) for x, y in (geometry.GetPoint_2D(i) for i in range(geometry.GetPointCount())))


class GmlEncoder:
    def __init__(self, id_prefix, srs_name):
        self.id_prefix = id_prefix
        self.srs_name = srs_name
        self.counter = 0

    def _new(self, parent, name, top=False):
        element = etree.SubElement(parent, _g(name)) if parent is not None else etree.Element(_g(name), nsmap={"gml": GML})
        self.counter += 1
        element.set(_g("id"), "{}_g{}".format(self.id_prefix, self.counter))
        if top and self.srs_name:
            element.set("srsName", self.srs_name)
        return element

    def encode(self, geometry, parent=None, top=True):
        kind = ogr.GT_Flatten(geometry.GetGeometryType())
        if kind == ogr.wkbPoint:
            element = self._new(parent, "Point", top)
            etree.SubElement(element, _g("pos")).text = "{!r} {!r}".format(*map(float, geometry.GetPoint_2D(0)))
        elif kind == ogr.wkbLineString:
            element = self._new(parent, "LineString", top)
            etree.SubElement(element, _g("posList"), srsDimension="2").text = _coords(geometry)
        elif kind in (ogr.wkbCircularString, ogr.wkbCompoundCurve):
            element = self._new(parent, "Curve", top)
            self._segments(etree.SubElement(element, _g("segments")), geometry)
        elif kind in (ogr.wkbPolygon, ogr.wkbCurvePolygon):
            element = self._new(parent, "Polygon", top)
            for index in range(geometry.GetGeometryCount()):
                holder = etree.SubElement(element, _g("exterior" if index == 0 else "interior"))
                self._ring(holder, geometry.GetGeometryRef(index))
        elif kind in (ogr.wkbMultiPolygon, ogr.wkbMultiSurface):
            element = self._new(parent, "MultiSurface", top)
            for index in range(geometry.GetGeometryCount()):
                self.encode(geometry.GetGeometryRef(index), etree.SubElement(element, _g("surfaceMember")), False)
        elif kind in (ogr.wkbMultiLineString, ogr.wkbMultiCurve):
            element = self._new(parent, "MultiCurve", top)
            for index in range(geometry.GetGeometryCount()):
                self.encode(geometry.GetGeometryRef(index), etree.SubElement(element, _g("curveMember")), False)
        elif kind == ogr.wkbMultiPoint:
            element = self._new(parent, "MultiPoint", top)
            for index in range(geometry.GetGeometryCount()):
                self.encode(geometry.GetGeometryRef(index), etree.SubElement(element, _g("pointMember")), False)
        else:
            raise ValueError(ogr.GeometryTypeToName(geometry.GetGeometryType()))
        return element

    def _ring(self, holder, ring):
        kind = ogr.GT_Flatten(ring.GetGeometryType())
        if kind in (ogr.wkbLineString, ogr.wkbLinearRing):
            linear_ring = etree.SubElement(holder, _g("LinearRing"))
            etree.SubElement(linear_ring, _g("posList"), srsDimension="2").text = _coords(ring)
            return
        curve_ring = etree.SubElement(holder, _g("Ring"))
        self.encode(ring, etree.SubElement(curve_ring, _g("curveMember")), False)

    def _segments(self, segments, curve):
        kind = ogr.GT_Flatten(curve.GetGeometryType())
        parts = [curve] if kind != ogr.wkbCompoundCurve else [curve.GetGeometryRef(i) for i in range(curve.GetGeometryCount())]
        for part in parts:
            if ogr.GT_Flatten(part.GetGeometryType()) == ogr.wkbCircularString:
                segment = etree.SubElement(segments, _g("ArcString"), interpolation="circularArc3Points")
            else:
                segment = etree.SubElement(segments, _g("LineStringSegment"), interpolation="linear")
            etree.SubElement(segment, _g("posList"), srsDimension="2").text = _coords(part)
