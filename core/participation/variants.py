"""Contributions per planning variant, for the variant comparison (issue #17: participation counts per variant).

A contribution belongs to a variant when the platform says so (a field naming the variant, as DIPAS and Consul can
record for a proposal) — otherwise by location: within ``radius`` of the variant's planned buildings. The base
(existing city) gets the contributions that name it, or, by location, none (it has no planned buildings).
"""

from ..errors import UrbanTwinError
from ..i18n import tr

VARIANT_FIELD_CANDIDATES = ("variant", "variante", "planvariante", "proposal", "vorschlag")


def variant_field(field_names, requested):
    if requested:
        if requested not in field_names:
            raise UrbanTwinError(tr("The field {} does not exist in the contributions layer.").format(requested))
        return requested
    lower = {name.lower(): name for name in field_names}
    return next((lower[c] for c in VARIANT_FIELD_CANDIDATES if c in lower), None)


def count_by_field(contributions, names):
    """contributions: [(geometry, variant value, votes)] → {name: (count, votes)} by case-insensitive name match."""
    counts = {name: [0, 0] for name in names}
    by_lower = {name.lower(): name for name in names}
    for _geometry, value, votes in contributions:
        name = by_lower.get(str(value or "").strip().lower())
        if name is not None:
            counts[name][0] += 1
            counts[name][1] += int(votes or 0)
    return {name: tuple(value) for name, value in counts.items()}


def count_near(contributions, planned_by_name, radius):
    """{name: (count, votes)} of the contributions within ``radius`` of each scenario's planned footprints."""
    counts = {}
    for name, planned in planned_by_name.items():
        if planned is None or planned.isEmpty():
            counts[name] = (0, 0)
            continue
        zone = planned.buffer(radius, 8)
        engine_box = zone.boundingBox()
        hits = [(g, v) for g, _value, v in contributions if g is not None and engine_box.contains(g.asPoint()) and zone.intersects(g)]
        counts[name] = (len(hits), sum(int(v or 0) for _g, v in hits))
    return counts
