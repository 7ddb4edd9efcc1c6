"""Scanning a CityJSON document object by object: spans of the CityObjects instead of one big dict.

``json.load`` of a CityJSON file needs about 11 × the file size; here the text stays (1 ×), each member
is decoded on demand with ``JSONDecoder.raw_decode`` and the vertices go straight into numpy.
"""

import json
import re

import numpy as np

from ..i18n import tr


class LazyCityObjects:
    """CityObjects parsed one at a time from their text span (the whole dict never exists in memory)."""

    def __init__(self, text, spans):
        self.text = text
        self.spans = spans  # id → (start, end)
        self.decoder = json.JSONDecoder()

    def __getitem__(self, identifier):
        start, _end = self.spans[identifier]
        return self.decoder.raw_decode(self.text, start)[0]

    def __contains__(self, identifier):
        return identifier in self.spans


WHITESPACE = re.compile(r"[ \t\n\r]*")


def json_members(text, index, decoder):
    """Iterate (key, value start, value end) of the JSON object starting at text[index] == "{"."""
    if text[index] != "{":
        raise json.JSONDecodeError("Expecting '{'", text, index)
    index = WHITESPACE.match(text, index + 1).end()
    if text[index] == "}":
        return
    while True:
        key, index = decoder.raw_decode(text, index)
        index = WHITESPACE.match(text, index).end()
        if text[index] != ":":
            raise json.JSONDecodeError("Expecting ':' delimiter", text, index)
        start = WHITESPACE.match(text, index + 1).end()
        end = yield key, start
        index = WHITESPACE.match(text, end).end()
        if text[index] == ",":
            index = WHITESPACE.match(text, index + 1).end()
        elif text[index] == "}":
            return
        else:
            raise json.JSONDecodeError("Expecting ',' delimiter", text, index)


def parse_vertices(text, start, end):
    """The vertices array straight into numpy (no list of lists)."""
    body = text[start + 1:end - 1]
    expected = body.count("[")
    if expected == 0:
        return np.zeros((0, 3))
    values = np.fromstring(body.replace("[", "").replace("]", ""), dtype=float, sep=",")  # text mode: no list of str
    if values.size != expected * 3:
        raise ValueError(tr("Each vertex needs 3 coordinates."))
    return values.reshape(-1, 3)


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)


def skip_value(text, start):
    """End index of the JSON array/object starting at text[start], without decoding it (any nesting depth)."""
    depth = 0
    index = start
    length = len(text)
    while index < length:
        char = text[index]
        if char == '"':
            match = _STRING.match(text, index)
            if match is None:
                raise ValueError(tr("Unterminated string."))
            index = match.end()
            continue
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    raise ValueError(tr("The JSON value is not closed."))
