"""Field types for ``QgsField`` on QGIS 3.22 … 4.x — the one place that names them.

QGIS 3.22 – 3.36 take ``QVariant.Type`` in ``QgsField(name, type)``; QGIS 3.38 and later take
``QMetaType.Type``, and PyQt6 (QGIS 4) has no ``QVariant.Type`` at all. Which one this QGIS takes is
decided once, at run time, from the ``QgsField`` signature (not from the version number), so the same
code runs on both. Everywhere else in the project field types are written ``FieldType.DOUBLE`` etc.;
``make lint`` (scripts/qt6_check.py) fails on any ``QVariant.<Type>`` outside this module.
"""

from qgis.core import QgsField
from qgis.PyQt.QtCore import QMetaType

try:  # gone in PyQt6
    from qgis.PyQt.QtCore import QVariant
except ImportError:  # pragma: no cover - QGIS 4 / Qt6
    QVariant = None


def qgsfield_takes_metatype():
    """True where ``QgsField``'s constructor is declared with ``QMetaType.Type`` (QGIS ≥ 3.38, QGIS 4)."""
    signature = (QgsField.__init__.__doc__ or "") + (QgsField.__doc__ or "")
    if "QMetaType.Type" in signature:
        return True
    if "QVariant.Type" in signature:
        return False
    return QVariant is None or not hasattr(QVariant, "Type")


def _pick(meta_name, variant_name=None):
    if USE_METATYPE:
        return getattr(QMetaType.Type, meta_name)
    return getattr(QVariant.Type, variant_name or meta_name)


USE_METATYPE = qgsfield_takes_metatype()


class FieldType:
    """The field types the project uses, each in the form this QGIS's ``QgsField`` accepts."""

    INT = _pick("Int")
    INT64 = _pick("LongLong")
    UINT = _pick("UInt")
    UINT64 = _pick("ULongLong")
    DOUBLE = _pick("Double")
    STRING = _pick("QString", "String")
    BOOL = _pick("Bool")
    DATE = _pick("QDate", "Date")
    DATETIME = _pick("QDateTime", "DateTime")
    MAP = _pick("QVariantMap", "Map")
    BYTES = _pick("QByteArray", "ByteArray")

    NUMERIC = (INT, INT64, UINT, UINT64, DOUBLE)
    INTEGER = (INT, INT64, UINT, UINT64)


def field_type(field):
    """The type of a ``QgsField`` in the same form as ``FieldType`` (``type()`` on 3.22, ``metaType()`` later)."""
    if USE_METATYPE and hasattr(field, "metaType"):
        return field.metaType()
    return field.type()


def is_numeric(field):
    return field_type(field) in FieldType.NUMERIC


def is_integer(field):
    return field_type(field) in FieldType.INTEGER


def is_string(field):
    return field_type(field) == FieldType.STRING
