"""Geo-placement for 3D Tiles: source CRS (+ height reference) → ECEF, and a local east-north-up frame.

German city models give heights in m NHN (DHHN2016); ECEF needs ellipsoidal heights, h = H + N. N (the geoid
undulation) comes from the best transformation PROJ has: GCG2016 where its grid is installed, otherwise the
EGM96 grid that ships with PROJ (differs from GCG2016 by well under 1 m in Germany), at the tileset's centre
(over a city the undulation changes by centimetres). ``height_reference`` is reported in tileset.json.
"""

import math
import warnings

import numpy as np
from pyproj import CRS, Transformer
from pyproj.transformer import TransformerGroup

NHN_VERTICAL = "EPSG:7837"  # DHHN2016 height


def enu_basis(lon_deg, lat_deg):
    """Unit vectors east, north, up (ECEF) at a geodetic position."""
    lon, lat = math.radians(lon_deg), math.radians(lat_deg)
    east = np.array([-math.sin(lon), math.cos(lon), 0.0])
    north = np.array([-math.sin(lat) * math.cos(lon), -math.sin(lat) * math.sin(lon), math.cos(lat)])
    up = np.array([math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat)])
    return east, north, up


def geoid_undulation(lon, lat):
    """(N in metres, description) at a position: DHHN2016 via GCG2016 if available, else EGM96, else 0."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "best transformation is not available" is the case handled here
            group = TransformerGroup(CRS("EPSG:4258+7837"), CRS("EPSG:4937"), always_xy=True)
        if group.best_available and group.transformers:
            h = group.transformers[0].transform(lon, lat, 0.0)[2]
            if math.isfinite(h) and abs(h) < 200:
                return float(h), "DHHN2016 (GCG2016)"
    except Exception:  # noqa: BLE001 - PROJ raises various errors for missing grids; fall back below
        pass
    try:
        transformer = Transformer.from_crs("EPSG:4326+5773", "EPSG:4979", always_xy=True)
        h = transformer.transform(lon, lat, 0.0)[2]
        if math.isfinite(h) and abs(h) < 200 and h != 0.0:
            return float(h), "NHN ≈ EGM96 geoid"
    except Exception:  # noqa: BLE001
        pass
    return 0.0, "ellipsoidal (no geoid grid available)"


class Placement:
    """Local frame at ``origin`` (x, y, z in the source CRS): ``to_enu`` maps source coordinates to metres east,
    north, up; ``transform`` is the column-major 4×4 ENU→ECEF matrix for tileset.json."""

    def __init__(self, source_crs_wkt, origin, heights_are_nhn=True):
        self.source = CRS.from_user_input(source_crs_wkt)
        horizontal = self.source.sub_crs_list[0] if self.source.is_compound else self.source
        self.to_ecef = Transformer.from_crs(horizontal, CRS("EPSG:4978"), always_xy=True)
        self.from_ecef = Transformer.from_crs(CRS("EPSG:4978"), horizontal, always_xy=True)
        to_geographic = Transformer.from_crs(horizontal, CRS("EPSG:4326"), always_xy=True)
        lon, lat = to_geographic.transform(origin[0], origin[1])
        if heights_are_nhn:
            self.undulation, self.height_reference = geoid_undulation(lon, lat)
        else:
            self.undulation, self.height_reference = 0.0, "ellipsoidal"
        self.lon, self.lat = lon, lat
        ox, oy, oz = self.to_ecef.transform(origin[0], origin[1], origin[2] + self.undulation)
        self.origin_ecef = np.array([ox, oy, oz])
        east, north, up = enu_basis(lon, lat)
        self.rotation = np.vstack([east, north, up])  # rows: ECEF → ENU

    def ecef(self, points):
        points = np.asarray(points, dtype=float)
        x, y, z = self.to_ecef.transform(points[:, 0], points[:, 1], points[:, 2] + self.undulation)
        return np.column_stack([x, y, z])

    def to_enu(self, points):
        return (self.ecef(points) - self.origin_ecef) @ self.rotation.T

    def source_from_ecef(self, ecef_points):
        """Inverse (for checks): ECEF → source x, y and the height in the source's reference."""
        ecef_points = np.asarray(ecef_points, dtype=float)
        x, y, h = self.from_ecef.transform(ecef_points[:, 0], ecef_points[:, 1], ecef_points[:, 2])
        return np.column_stack([x, y, np.asarray(h) - self.undulation])

    @property
    def transform(self):
        matrix = np.eye(4)
        matrix[:3, 0], matrix[:3, 1], matrix[:3, 2] = self.rotation[0], self.rotation[1], self.rotation[2]
        matrix[:3, 3] = self.origin_ecef
        return [float(v) for v in matrix.T.reshape(-1)]  # column-major
