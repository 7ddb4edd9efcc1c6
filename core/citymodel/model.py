"""Plain records handed from the readers to the writer (no QGIS, no OGR).

A polygon is a list of rings; a ring is an (n, 3) float numpy array, closed (first == last).
"""

from dataclasses import dataclass, field
from typing import Optional

# Core attributes every reader fills under these keys (values already typed).
CORE_ATTRIBUTES = (
    "function",
    "usage",
    "roof_type",
    "measured_height",
    "storeys_above_ground",
    "storeys_below_ground",
    "year_of_construction",
    "name",
)
ADDRESS_KEYS = ("street", "house_number", "postal_code", "locality")


@dataclass
class SemanticSurface:
    surface_id: str
    surface_type: str  # RoofSurface, WallSurface, GroundSurface, ClosureSurface, …
    polygons: list
    lod: Optional[int] = None


@dataclass
class CityObjectRecord:
    gml_id: str
    object_type: str  # Building, BuildingPart, Bridge, …
    parent_id: Optional[str] = None
    attributes: dict = field(default_factory=dict)  # CORE_ATTRIBUTES keys
    generic: dict = field(default_factory=dict)  # generic attributes, typed
    address: dict = field(default_factory=dict)  # ADDRESS_KEYS
    geometry: dict = field(default_factory=dict)  # lod (int) → list of polygons (shell / multisurface)
    surfaces: list = field(default_factory=list)  # SemanticSurface
    parts: list = field(default_factory=list)  # child CityObjectRecord (BuildingPart, installations, …)
    available_lods: set = field(default_factory=set)  # LoDs in the source when a reader kept only one (CityJSON)
    repairs: dict = field(default_factory=dict)  # what the reader tolerated: {"closed_rings": n, "duplicate_ids": n}

    def all_objects(self):
        """This object and all its parts, depth first."""
        yield self
        for part in self.parts:
            yield from part.all_objects()


@dataclass
class SkippedObject:
    source_file: str
    object_id: Optional[str]
    reason: str
    line: Optional[int] = None

    def __str__(self):
        from ..errors import UrbanTwinError

        return str(UrbanTwinError(self.reason, path=self.source_file, obj=self.object_id, line=self.line))
