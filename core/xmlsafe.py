"""Hardened lxml settings: hostile input is normal input.

No DTD loading, no entity resolution, no network access, no huge-tree expansion. Any file that
declares a DOCTYPE with entities is refused before parsing content (billion laughs, XXE).
"""

import re

from lxml import etree

from .errors import InputFormatError
from .i18n import tr

SAFE_PARSER_OPTIONS = dict(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
)

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)


def safe_parser(**extra):
    options = dict(SAFE_PARSER_OPTIONS)
    options.update(extra)
    return etree.XMLParser(**options)


def check_no_entities(path, head_bytes=65536):
    """Refuse documents that declare entities or an internal DTD subset (XXE, entity expansion)."""
    with open(path, "rb") as handle:
        head = handle.read(head_bytes)
    if _ENTITY_DECL.search(head) or _DOCTYPE.search(head):
        raise InputFormatError(
            tr("The document declares a DTD or entities; they are not allowed (protection against XXE and entity expansion)."),
            path=path,
        )
    return head


def safe_iterparse(path_or_file, events=("start", "end"), tag=None):
    """lxml iterparse with the hardened options (entities are never resolved, no network)."""
    kwargs = dict(
        events=events,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
    )
    if tag is not None:
        kwargs["tag"] = tag
    return etree.iterparse(path_or_file, **kwargs)


def parse_bytes(data, path=None):
    """Parse a small XML fragment or document safely; errors name the file and line."""
    if _ENTITY_DECL.search(data[:65536]) or _DOCTYPE.search(data[:65536]):
        raise InputFormatError(tr("The document declares a DTD or entities; they are not allowed."), path=path)
    try:
        return etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as err:
        raise InputFormatError(tr("Invalid XML: {}").format(err.msg), path=path, line=err.lineno) from err
