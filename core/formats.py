"""Tell input formats apart from their first bytes (never from the extension alone).

CityGML and XPlanGML are both GML: the namespace decides. Used by the drop handler and the
import algorithms to give a clear message for "neither" instead of a parser stack trace.
"""

import re

CITYGML = "citygml"
CITYJSON = "cityjson"
CITYJSONSEQ = "cityjsonseq"
XPLAN = "xplan"
XPLAN_ZIP = "xplanzip"

_CITYGML_NS = re.compile(rb"http://www\.opengis\.net/citygml/(1\.0|2\.0|3\.0)")
_XPLAN_NS = re.compile(rb"xplanung\.de/xplangml")
_CITYJSON_TYPE = re.compile(rb'"type"\s*:\s*"CityJSON"')


def sniff_format(path, head_bytes=65536):
    """Return one of the format constants above, or None when the file is none of them."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(head_bytes)
    except OSError:
        return None
    if head.startswith(b"PK\x03\x04"):
        return XPLAN_ZIP if path.lower().endswith(".zip") else None
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        first_line = stripped.split(b"\n", 1)[0]
        if b'"CityJSON"' in first_line and path.lower().endswith((".jsonl", ".cjseq")):
            return CITYJSONSEQ
        if b'"CityJSONFeature"' in head or (path.lower().endswith(".jsonl") and b'"CityJSON"' in first_line):
            return CITYJSONSEQ
        if b'"CityJSON"' in head:
            return CITYJSON
        return _sniff_cityjson_anywhere(path)
    if stripped.startswith(b"<"):
        if _XPLAN_NS.search(head):
            return XPLAN
        if _CITYGML_NS.search(head):
            return CITYGML
    if stripped.startswith(b"<") or head.startswith(_WIDE_XML_STARTS):
        # a prolog longer than the head (licence comments) or UTF-16/32: ask the XML parser for the root's namespaces
        return _sniff_root_namespaces(path)
    return None


# "<" in UTF-16/32 with or without a byte order mark
_WIDE_XML_STARTS = (b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<", b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")


def _sniff_root_namespaces(path):
    """CITYGML or XPLAN from the namespaces declared on the root element (the parser stops there: no entities,
    no network, DOCTYPEs are refused by the readers); None when neither or not XML."""
    from lxml import etree

    from .xmlsafe import safe_iterparse

    try:
        for _event, element in safe_iterparse(path, events=("start",)):
            namespaces = " ".join(str(uri) for uri in element.nsmap.values()).encode()
            if _XPLAN_NS.search(namespaces):
                return XPLAN
            if _CITYGML_NS.search(namespaces):
                return CITYGML
            return None
    except (etree.XMLSyntaxError, OSError, ValueError):
        return None
    return None


def _sniff_cityjson_anywhere(path, chunk_size=1 << 20):
    """CityJSON writers may put ``"type": "CityJSON"`` after the CityObjects (cjio's Delft sample), beyond
    the head read above: scan the JSON object chunk by chunk for it (memory stays at one chunk)."""
    with open(path, "rb") as handle:
        tail = b""
        while True:
            chunk = handle.read(chunk_size)
            if not chunk:
                return None
            if _CITYJSON_TYPE.search(tail + chunk):
                return CITYJSON
            tail = chunk[-64:]
