"""Rows of a participation export → the contribution records of Urban Twin (one point each, minimal personal data).

Only mapped fields are carried over (text, category, date, votes, author, reply-to, stance): e-mail addresses, names
and anything else a platform exports stay behind. The author becomes a pseudonym (or is dropped); a stance or
sentiment is kept only where the platform provides one — no score is invented. Line and polygon contributions
(some platforms let people draw) become a point on their surface; the original geometry type is kept in a field.
"""

import datetime

from ..errors import UrbanTwinError
from ..fieldtypes import FieldType
from ..i18n import tr
from .pseudonym import pseudonym

AUTHOR_PSEUDONYMISE, AUTHOR_DROP = 0, 1
TEXT_CANDIDATES = ("text", "beitrag", "comment", "kommentar", "description", "body", "content", "inhalt", "contribution")
CATEGORY_CANDIDATES = ("category", "kategorie", "category_name", "thema", "topic")
DATE_CANDIDATES = ("date", "datum", "created", "created_at", "dateCreated", "timestamp", "erstellt")
VOTES_CANDIDATES = ("votes", "likes", "stimmen", "supports", "upvotes", "commentsNumber", "endorsements_count")


def field_definitions():
    return [
        ("text", FieldType.STRING, tr("Contribution")),
        ("category", FieldType.STRING, tr("Category")),
        ("date", FieldType.STRING, tr("Date")),
        ("votes", FieldType.INT, tr("Votes")),
        ("author_pseudonym", FieldType.STRING, tr("Author (pseudonym)")),
        ("reply_to", FieldType.STRING, tr("Reply to")),
        ("stance", FieldType.STRING, tr("Stance (from the platform)")),
        ("source_id", FieldType.STRING, tr("Id on the platform")),
        ("source_geometry", FieldType.STRING, tr("Geometry on the platform")),
    ]


def resolve_mapping(names, requested, path=None):
    """{role: field name or None}; a named field must exist (error naming it), an empty one is guessed from usual names."""
    by_lower = {name.lower(): name for name in names}
    candidates = {"text": TEXT_CANDIDATES, "category": CATEGORY_CANDIDATES, "date": DATE_CANDIDATES, "votes": VOTES_CANDIDATES}
    mapping = {}
    for role, name in requested.items():
        if name:
            if name not in names and name.lower() not in by_lower:
                raise UrbanTwinError(tr("The field {} does not exist in the input (fields: {}).").format(name, ", ".join(names) or "–"),
                                     path=path)
            mapping[role] = name if name in names else by_lower[name.lower()]
        else:
            mapping[role] = next((by_lower[c.lower()] for c in candidates.get(role, ()) if c.lower() in by_lower), None)
    if mapping.get("text") is None:
        raise UrbanTwinError(tr("No text field found; choose the field that holds the contributions' text."), path=path)
    return mapping


def to_int(value):
    if value is None or value == "":
        return 0
    try:
        return int(float(str(value).replace(",", ".")))
    except ValueError:
        return 0


def to_date(value):
    """ISO date (yyyy-mm-dd) of ISO, German (dd.mm.yyyy) or epoch-millisecond values; the text itself otherwise."""
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)):
        seconds = value / 1000.0 if value > 1e11 else value
        return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).date().isoformat()
    text = str(value).strip()
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%Y/%m/%d"):
        try:
            return datetime.datetime.strptime(text[:10], pattern).date().isoformat()
        except ValueError:
            continue
    return text


def build(rows, mapping, salt, author_mode=AUTHOR_PSEUDONYMISE):
    """[(WKT of a point or None, [values in field_definitions order])]; rows without geometry are kept without one."""
    from qgis.core import QgsGeometry

    records = []
    for wkt, values in rows:
        point, geometry_type = None, None
        if wkt:
            geometry = QgsGeometry.fromWkt(wkt)
            if not geometry.isNull():
                geometry_type = geometry.constGet().geometryType() if geometry.constGet() is not None else None
                point = geometry if geometry_type == "Point" else geometry.pointOnSurface()
        author = values.get(mapping["author"]) if mapping.get("author") else None
        records.append((point, [
            _text(values.get(mapping["text"])),
            _text(values.get(mapping["category"])) if mapping.get("category") else None,
            to_date(values.get(mapping["date"])) if mapping.get("date") else None,
            to_int(values.get(mapping["votes"])) if mapping.get("votes") else 0,
            pseudonym(str(author), salt) if author not in (None, "") and author_mode == AUTHOR_PSEUDONYMISE else None,
            _text(values.get(mapping["reply_to"])) if mapping.get("reply_to") else None,
            _text(values.get(mapping["stance"])) if mapping.get("stance") else None,
            _text(values.get("__id__")),
            geometry_type,
        ]))
    return records


def _text(value):
    return None if value is None else str(value)
