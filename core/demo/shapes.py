"""LoD2 solids for the sample district: flat, gabled, hipped and shed roofs on a rectangular footprint.

Every shape is convex, so each face is oriented outward by comparing its Newell normal with the
direction from the solid's centre to the face: ground rings come out clockwise seen from above,
roofs counter-clockwise, walls counter-clockwise seen from outside — the GML/CityGML convention.
Vertices are rounded once, so faces sharing an edge share identical coordinates (closed solids).
"""

from dataclasses import dataclass, field

from ..geometry3d import newell_vector

FLAT, SHED, GABLED, HIPPED = "1000", "2100", "3100", "3200"


@dataclass
class Solid:
    """Semantic surfaces of one closed solid: list of (surface type, ring without closing point)."""

    faces: list = field(default_factory=list)

    def add(self, surface_type, ring):
        self.faces.append((surface_type, ring))


def _r(value):
    return round(value, 3)


def _orient_outward(solid):
    points = {p for _, ring in solid.faces for p in ring}
    cx = sum(p[0] for p in points) / len(points)
    cy = sum(p[1] for p in points) / len(points)
    cz = sum(p[2] for p in points) / len(points)
    oriented = Solid()
    for surface_type, ring in solid.faces:
        n = newell_vector(ring)
        fx = sum(p[0] for p in ring) / len(ring) - cx
        fy = sum(p[1] for p in ring) / len(ring) - cy
        fz = sum(p[2] for p in ring) / len(ring) - cz
        if n[0] * fx + n[1] * fy + n[2] * fz < 0:
            ring = [ring[0]] + list(reversed(ring[1:]))
        oriented.add(surface_type, ring)
    return oriented


def _swap(point):
    return (point[1], point[0], point[2])


def build_solid(x0, y0, x1, y1, ground_z, eaves_z, roof_type, top_z=None, ridge_along_x=True):
    """A closed LoD2 solid on the footprint rectangle (x0, y0)–(x1, y1).

    ``eaves_z`` is the wall top (the whole roof for flat roofs), ``top_z`` the ridge (gabled,
    hipped) or the high side (shed). Gabled and hipped ridges run along x unless
    ``ridge_along_x`` is False; a shed roof rises towards +y (or +x).
    """
    if not ridge_along_x:
        # build in swapped axes, swap back; orientation is fixed afterwards anyway
        swapped = build_solid(y0, x0, y1, x1, ground_z, eaves_z, roof_type, top_z, True)
        result = Solid()
        for surface_type, ring in swapped.faces:
            result.add(surface_type, [_swap(p) for p in ring])
        return _orient_outward(result)
    x0, y0, x1, y1, zg, ze = _r(x0), _r(y0), _r(x1), _r(y1), _r(ground_z), _r(eaves_z)
    zt = _r(top_z) if top_z is not None else ze
    g00, g10, g11, g01 = (x0, y0, zg), (x1, y0, zg), (x1, y1, zg), (x0, y1, zg)
    e00, e10, e11, e01 = (x0, y0, ze), (x1, y0, ze), (x1, y1, ze), (x0, y1, ze)
    solid = Solid()
    solid.add("GroundSurface", [g00, g01, g11, g10])
    if roof_type == FLAT or zt <= ze:
        solid.add("WallSurface", [g00, g10, e10, e00])
        solid.add("WallSurface", [g10, g11, e11, e10])
        solid.add("WallSurface", [g11, g01, e01, e11])
        solid.add("WallSurface", [g01, g00, e00, e01])
        solid.add("RoofSurface", [e00, e10, e11, e01])
    elif roof_type == SHED:
        h11, h01 = (x1, y1, zt), (x0, y1, zt)
        solid.add("WallSurface", [g00, g10, e10, e00])
        solid.add("WallSurface", [g10, g11, h11, e10])
        solid.add("WallSurface", [g11, g01, h01, h11])
        solid.add("WallSurface", [g01, g00, e00, h01])
        solid.add("RoofSurface", [e00, e10, h11, h01])
    elif roof_type == GABLED:
        ym = _r((y0 + y1) / 2.0)
        r0, r1 = (x0, ym, zt), (x1, ym, zt)
        solid.add("WallSurface", [g00, g10, e10, e00])
        solid.add("WallSurface", [g10, g11, e11, r1, e10])
        solid.add("WallSurface", [g11, g01, e01, e11])
        solid.add("WallSurface", [g01, g00, e00, r0, e01])
        solid.add("RoofSurface", [e00, e10, r1, r0])
        solid.add("RoofSurface", [e11, e01, r0, r1])
    elif roof_type == HIPPED:
        ym = _r((y0 + y1) / 2.0)
        inset = (y1 - y0) / 2.0  # equal pitch on all four planes
        r0, r1 = (_r(x0 + inset), ym, zt), (_r(x1 - inset), ym, zt)
        if r0[0] >= r1[0]:
            raise ValueError("hipped roof needs a footprint longer than wide")
        solid.add("WallSurface", [g00, g10, e10, e00])
        solid.add("WallSurface", [g10, g11, e11, e10])
        solid.add("WallSurface", [g11, g01, e01, e11])
        solid.add("WallSurface", [g01, g00, e00, e01])
        solid.add("RoofSurface", [e00, e10, r1, r0])
        solid.add("RoofSurface", [e11, e01, r0, r1])
        solid.add("RoofSurface", [e01, e00, r0])
        solid.add("RoofSurface", [e10, e11, r1])
    else:
        raise ValueError("unsupported roof type " + str(roof_type))
    return _orient_outward(solid)
