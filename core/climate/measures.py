"""What a measure changes: the same screening before and after, compared per sink, per cell and per district.

Measures and how they enter (documented in docs/climate.md):

* unsealing polygons — heavy rain: runoff coefficient of the polygon (field ``runoff_coefficient``, default 0.3);
  heat: the ground there counts as unsealed and green;
* new trees (points with crown diameter and height) — heat: crowns shade and count as green; heavy rain: none
  (interception of a 100 mm event is negligible);
* green roofs (building ids) — heavy rain: runoff coefficient 0.5 on the roof (DIN 1986-100 order of magnitude for
  extensive green roofs); heat: the roof counts as green, not sealed;
* retention volumes (polygons with ``storage_m3``) — heavy rain: the volume is held back where the water leaves
  the polygon;
* a planning variant's buildings — both screenings run on the variant's buildings instead of the existing ones.
"""

import numpy as np

GREEN_ROOF_RUNOFF = 0.5
UNSEALED_RUNOFF = 0.3


def match_sinks(before, after):
    """{before sink id: after sink id or None}: the after sink covering most of the before sink's cells."""
    matches = {}
    b, a = before.sink_labels, after.sink_labels
    overlap = (b > 0) & (a > 0)
    if overlap.any():
        pairs, counts = np.unique(np.stack([b[overlap], a[overlap]]), axis=1, return_counts=True)
        best = {}
        for (sb, sa), count in zip(pairs.T.tolist(), counts.tolist()):
            if count > best.get(sb, (0, None))[0]:
                best[sb] = (count, sa)
        matches = {sb: sa for sb, (_, sa) in best.items()}
    return {sink["sink_id"]: matches.get(sink["sink_id"]) for sink in before.sinks}


def sink_deltas(before, after):
    """Per sink of the baseline: volume, runoff and fill ratio before and after, and the change of the fill ratio."""
    after_by_id = {s["sink_id"]: s for s in after.sinks}
    matches = match_sinks(before, after)
    result = []
    for sink in before.sinks:
        later = after_by_id.get(matches.get(sink["sink_id"]))
        fill_after = later["fill_ratio"] if later else 0.0
        result.append(dict(
            sink_id=sink["sink_id"], volume_before=sink["volume"], volume_after=later["volume"] if later else 0.0,
            runoff_before=sink["runoff_volume"], runoff_after=later["runoff_volume"] if later else 0.0,
            fill_ratio_before=sink["fill_ratio"], fill_ratio_after=fill_after,
            fill_ratio_delta=fill_after - sink["fill_ratio"], max_depth=sink["max_depth"], depth_class=sink["depth_class"],
        ))
    return result


def class_transitions(classes_before, classes_after, cell_area_m2):
    """{(class before, class after): hectares} for cells whose heat class changed (0 = not assessed is left out)."""
    changed = (classes_before != classes_after) & (classes_before > 0) & (classes_after > 0)
    result = {}
    if changed.any():
        pairs, counts = np.unique(np.stack([classes_before[changed], classes_after[changed]]), axis=1, return_counts=True)
        for (cb, ca), count in zip(pairs.T.tolist(), counts.tolist()):
            result[(int(cb), int(ca))] = count * cell_area_m2 / 10000.0
    return result


def affected_counts(rows):
    """{district or None: count} of affected-building rows (heavyrain_io.building_rows)."""
    counts = {}
    for _, values in rows:
        counts[values[5]] = counts.get(values[5], 0) + 1
    return counts
