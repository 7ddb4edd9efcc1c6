"""Colours for buildings by a field: classes of a numeric field (quantiles) or categories of a text field."""

import numpy as np

RAMP = ((255, 255, 178), (254, 204, 92), (253, 141, 60), (240, 59, 32), (189, 0, 38))  # YlOrRd, 5 classes
PALETTE = ((166, 206, 227), (31, 120, 180), (178, 223, 138), (51, 160, 44), (251, 154, 153), (227, 26, 28),
           (253, 191, 111), (255, 127, 0), (202, 178, 214), (106, 61, 154), (255, 255, 153), (177, 89, 40))
DEFAULT = (217, 217, 217)


def _unit(rgb):
    return tuple(c / 255.0 for c in rgb[:3])


def colors_by_values(values):
    """Colours (r, g, b in 0..1) for a list of field values; numbers get quantile classes, text categories."""
    numbers = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool) and np.isfinite(v)]
    if numbers and len(numbers) >= len([v for v in values if v is not None]):
        limits = np.quantile(np.asarray(numbers, dtype=float), [0.2, 0.4, 0.6, 0.8])
        result = []
        for value in values:
            if value is None or value not in numbers and not isinstance(value, (int, float)):
                result.append(_unit(DEFAULT))
            else:
                result.append(_unit(RAMP[int(np.searchsorted(limits, float(value), side="right"))]))
        return result, [("≤ {:.6g}".format(limit), _unit(colour)) for limit, colour in zip(limits, RAMP)]
    categories = sorted({str(v) for v in values if v is not None})
    lookup = {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(categories)}
    return [_unit(lookup[str(v)]) if v is not None else _unit(DEFAULT) for v in values], [
        (c, _unit(lookup[c])) for c in categories]
