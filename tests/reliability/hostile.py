"""Generator of hostile and broken inputs for every reader (used by the tests and by bench/bench_reliability.py).

Each case is a ``Case``: the file to write (name + bytes, or a ZIP built here), the algorithm that reads it and the
documented outcome:

- ``refused``   the run fails (non-zero exit), the message names the file (and ``names`` more: object, line);
                an existing output stays byte-for-byte as it was.
- ``partial``   the run succeeds, bad objects are skipped with a warning naming them: SKIPPED ≥ 1, COMPLETE true.
- ``complete``  read correctly although unusual (e.g. an XInclude element, which is never followed).
- ``reported``  the validator's answer to a broken plan: it runs, writes its report and says VALID false with a
                finding that names the file (validation is the one place where a broken input is a result).

Files come from the real samples in ../shared/data, cut, poisoned or re-encoded here; nothing is mocked.
Catalogue cases (unreachable/garbage/slow server, issue #12 items 7–9) join through ``catalogue_cases()``.
"""

import io
import json
import os
import zipfile
from dataclasses import dataclass, field
from typing import Optional

REFUSED, PARTIAL, COMPLETE, REPORTED = "refused", "partial", "complete", "reported"
SECRET = "URBANTWIN-SECRET-4711"
NRW = "de_nrw_LoD2_32_280_5657_1_NW.gml"
SIG3D = "citygml2_sig3d_Building_and_garage_LOD2-EPSG25832.gml"
BAG = "cityjson_3dbag_b2.city.json"
BAG_SEQ = "cityjsonseq_3dbag_b2.city.jsonl"
PLAN_60 = "synthetic_BPlan_6-0_arcs_hoehen.gml"


@dataclass
class Case:
    case_id: str
    family: str  # xml-attack, zip-attack, truncated, binary, encoding, coordinates, cityjson-index, structure
    algorithm: str  # urbantwin:importcitymodel | urbantwin:importxplan | urbantwin:exportxplan | urbantwin:validatexplan
    file_name: str
    data: bytes
    expected: str
    names: list = field(default_factory=list)  # further texts the message must contain (object id, "line")
    parameters: dict = field(default_factory=dict)
    secret: Optional[str] = None  # must appear in no message and no output


def _read(shared, *parts):
    with open(os.path.join(shared, "data", *parts), "rb") as handle:
        return handle.read()


def _zip(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def _cut_after_member(data, closing, fraction):
    """Bytes up to the end of the member that closes nearest after ``fraction`` of the file (a clean member boundary)."""
    index = data.find(closing, int(len(data) * fraction))
    return data[: index + len(closing)]


def _doctype(xml, declaration):
    head, rest = xml.split(b"?>", 1)
    return head + b"?>\n" + declaration + rest


def xml_cases(shared, secret_path):
    citygml = _read(shared, "citymodel", SIG3D)
    plan = _read(shared, "xplan", PLAN_60)
    xxe = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{}">]>\n'.format(secret_path).encode()
    laughs = (b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
              b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>\n')
    external_dtd = b'<!DOCTYPE x SYSTEM "http://127.0.0.1:9/evil.dtd">\n'
    cases = []
    for name, declaration in (("xxe", xxe), ("laughs", laughs), ("external-dtd", external_dtd)):
        cases.append(Case("citygml-" + name, "xml-attack", "urbantwin:importcitymodel", name + ".gml",
                          _doctype(citygml, declaration), REFUSED, secret=SECRET))
        cases.append(Case("xplan-" + name, "xml-attack", "urbantwin:importxplan", name + ".gml",
                          _doctype(plan, declaration), REFUSED, secret=SECRET))
        cases.append(Case("validate-" + name, "xml-attack", "urbantwin:validatexplan", name + "-v.gml",
                          _doctype(plan, declaration), REPORTED, secret=SECRET))
    xinclude = citygml.replace(b"<core:cityObjectMember>", b'<core:cityObjectMember><xi:include '
                               b'xmlns:xi="http://www.w3.org/2001/XInclude" href="file://' + secret_path.encode()
                               + b'" parse="text"/>', 1)
    cases.append(Case("citygml-xinclude", "xml-attack", "urbantwin:importcitymodel", "xinclude.gml", xinclude, COMPLETE,
                      secret=SECRET))
    return cases


def zip_cases(shared):
    plan = _read(shared, "xplan", PLAN_60)
    bomb = _zip([("xplan.gml", b"<a>" + b" " * (300 * 1024 * 1024) + b"</a>")])
    whole = _zip([("xplan.gml", plan)])
    return [
        Case("zip-slip", "zip-attack", "urbantwin:importxplan", "slip.zip",
             _zip([("xplan.gml", plan), ("../../evil.gml", b"x")]), REFUSED, ["../../evil.gml"]),
        Case("zip-absolute", "zip-attack", "urbantwin:importxplan", "absolute.zip",
             _zip([("xplan.gml", plan), ("/etc/evil.gml", b"x")]), REFUSED),
        Case("zip-bomb", "zip-attack", "urbantwin:importxplan", "bomb.zip", bomb, REFUSED, ["xplan.gml"]),
        Case("zip-without-plan", "zip-attack", "urbantwin:importxplan", "empty.zip", _zip([("readme.txt", b"hi")]), REFUSED,
             ["xplan.gml"]),
        Case("zip-truncated", "zip-attack", "urbantwin:importxplan", "cut.zip", whole[: len(whole) // 2], REFUSED),
        Case("zip-nested", "zip-attack", "urbantwin:importxplan", "nested.zip", _zip([("inner.zip", whole)]), REFUSED),
    ]


def truncated_cases(shared):
    nrw = _read(shared, "citymodel", NRW)
    bag = _read(shared, "citymodel", BAG)
    seq = _read(shared, "citymodel", BAG_SEQ)
    plan = _read(shared, "xplan", PLAN_60)
    member_end = b"</core:cityObjectMember>"
    cases = [
        Case("citygml-cut-{}".format(percent), "truncated", "urbantwin:importcitymodel", "cut{}.gml".format(percent),
             nrw[: len(nrw) * percent // 100], REFUSED, ["line"]) for percent in (5, 60, 99)
    ]
    cases.append(Case("citygml-cut-at-member-boundary", "truncated", "urbantwin:importcitymodel", "boundary.gml",
                      _cut_after_member(nrw, member_end, 0.5), REFUSED, ["line"]))
    cases.append(Case("citygml-cut-partial-allowed", "truncated", "urbantwin:importcitymodel", "cut-allowed.gml",
                      nrw[: len(nrw) * 60 // 100], PARTIAL, parameters={"ALLOW_PARTIAL": True}))
    cases.append(Case("cityjson-cut", "truncated", "urbantwin:importcitymodel", "cut.city.json", bag[: len(bag) * 2 // 3],
                      REFUSED, ["truncated"]))
    lines = seq.splitlines(keepends=True)
    cut_seq = b"".join(lines[:-1]) + lines[-1][: len(lines[-1]) // 2]
    cases.append(Case("cityjsonseq-cut-last-line", "truncated", "urbantwin:importcitymodel", "cut.city.jsonl", cut_seq,
                      REFUSED, ["line {}".format(len(lines))]))
    cases.append(Case("cityjsonseq-cut-partial-allowed", "truncated", "urbantwin:importcitymodel", "cut-allowed.city.jsonl",
                      cut_seq, PARTIAL, parameters={"ALLOW_PARTIAL": True}))
    cases.append(Case("xplan-cut", "truncated", "urbantwin:importxplan", "cut.gml", plan[: len(plan) // 2], REFUSED, ["line"]))
    cases.append(Case("xplan-cut-partial-still-refused", "truncated", "urbantwin:importxplan", "cut2.gml",
                      plan[: len(plan) * 9 // 10], REFUSED, ["line"], parameters={"ALLOW_PARTIAL": True}))
    cases.append(Case("validate-cut", "truncated", "urbantwin:validatexplan", "cut-v.gml", plan[: len(plan) // 2], REPORTED,
                      ["line"]))
    return cases


def binary_cases(shared):
    noise = bytes((index * 7919 + 13) % 256 for index in range(64 * 1024))
    citygml = _read(shared, "citymodel", SIG3D)
    return [
        Case("binary-gml", "binary", "urbantwin:importcitymodel", "noise.gml", noise, REFUSED),
        Case("binary-json", "binary", "urbantwin:importcitymodel", "noise.city.json", noise, REFUSED),
        Case("binary-jsonl", "binary", "urbantwin:importcitymodel", "noise.city.jsonl", noise, REFUSED),
        Case("binary-xplan", "binary", "urbantwin:importxplan", "noise-plan.gml", noise, REFUSED),
        Case("binary-gpkg", "binary", "urbantwin:exportxplan", "noise.gpkg", noise, REFUSED),
        Case("empty-gml", "binary", "urbantwin:importcitymodel", "empty.gml", b"", REFUSED),
        Case("empty-xplan", "binary", "urbantwin:importxplan", "empty-plan.gml", b"", REFUSED),
        Case("nul-bytes-gml", "binary", "urbantwin:importcitymodel", "nul.gml", citygml[:2000] + b"\0" * 4096, REFUSED),
    ]


def encoding_cases(shared):
    citygml = _read(shared, "citymodel", SIG3D).decode("utf-8")
    plan = _read(shared, "xplan", PLAN_60).decode("utf-8")
    bag = _read(shared, "citymodel", BAG).decode("utf-8")
    latin = citygml.replace('gml:id="', 'gml:id="Straße_', 1).encode("latin-1", "replace")
    utf16 = citygml.replace('encoding="UTF-8"', 'encoding="UTF-16"').replace("encoding='UTF-8'", "encoding='UTF-16'")
    return [
        Case("citygml-latin1-declared-utf8", "encoding", "urbantwin:importcitymodel", "latin1.gml", latin, REFUSED, ["line"]),
        # UTF-16 is well-formed XML: imported like the UTF-8 original (tests/citymodel/test_conformance_encodings.py
        # compares every row); it used to be refused by the byte-level format sniffing.
        Case("citygml-utf16-with-bom", "encoding", "urbantwin:importcitymodel", "utf16.gml", utf16.encode("utf-16"), COMPLETE),
        Case("xplan-latin1-declared-utf8", "encoding", "urbantwin:importxplan", "latin1-plan.gml",
             plan.replace("Synthetischer Testplan", "Straße Testplan").encode("latin-1", "replace"), REFUSED),
        Case("cityjson-latin1", "encoding", "urbantwin:importcitymodel", "latin1.city.json",
             bag.replace('"CityObjects"', '"x": "Straße", "CityObjects"', 1).encode("latin-1"), REFUSED, ["UTF-8"]),
    ]


def coordinate_cases(shared):
    nrw = _read(shared, "citymodel", SIG3D).decode("utf-8")
    bag = json.loads(_read(shared, "citymodel", BAG))
    cases = []
    first = nrw.index("<gml:posList")
    first = nrw.index(">", first) + 1
    number_end = nrw.index(" ", first)
    for label, value in (("nan", "NaN"), ("inf", "INF"), ("huge", "1e308")):
        poisoned = nrw[:first] + value + nrw[number_end:]
        cases.append(Case("citygml-{}-coordinate".format(label), "coordinates", "urbantwin:importcitymodel",
                          "{}.gml".format(label), poisoned.encode("utf-8"), PARTIAL))
    for label, value in (("nan", float("nan")), ("huge", 1e308)):
        document = json.loads(json.dumps(bag))
        document["vertices"][0][0] = value
        if label == "huge":
            document["transform"]["scale"] = [1e300, 1e300, 1e300]
        # the object using the vertex is skipped and named; the rest of the file is imported (#11 item 4/5)
        cases.append(Case("cityjson-{}-vertex".format(label), "coordinates", "urbantwin:importcitymodel",
                          "{}.city.json".format(label), json.dumps(document).encode("utf-8"), PARTIAL))
    return cases


def xplan_coordinate_cases(shared):
    """Coordinates a plan cannot have (NaN, 1e308): the object is kept without geometry and named in a warning."""
    plan = _read(shared, "xplan", PLAN_60).decode("utf-8")
    first = plan.index("<gml:posList")
    first = plan.index(">", first) + 1
    number_end = plan.index(" ", first)
    return [Case("xplan-{}-coordinate".format(label), "coordinates", "urbantwin:importxplan", "{}-plan.gml".format(label),
                 (plan[:first] + value + plan[number_end:]).encode("utf-8"), COMPLETE, ["line"])
            for label, value in (("nan", "NaN"), ("huge", "1e308"))]


def layer_cases(shared):
    """A broken GeoPackage given to an analysis as its input layer: refused by Processing, naming the file."""
    noise = bytes((index * 7919 + 13) % 256 for index in range(64 * 1024))
    return [
        Case("analysis-binary-gpkg", "binary", "urbantwin:solarpotential", "noise.gpkg", noise, REFUSED),
    ]


def cityjson_index_cases(shared):
    bag = json.loads(_read(shared, "citymodel", BAG))
    with_geometry = next(key for key, obj in bag["CityObjects"].items() if obj.get("geometry"))
    parent = bag["CityObjects"][with_geometry].get("parents", [with_geometry])[0]

    def variant(change):
        document = json.loads(json.dumps(bag))
        change(document)
        return json.dumps(document).encode("utf-8")

    def set_index(value):
        def change(document):
            document["CityObjects"][with_geometry]["geometry"][0]["boundaries"][0][0][0][0] = value
        return change

    def boundaries_text(document):
        document["CityObjects"][with_geometry]["geometry"][0]["boundaries"] = "not a list"

    def missing_parent(document):
        document["CityObjects"][with_geometry]["parents"] = ["NOT-THERE"]

    def cyclic_children(document):
        document["CityObjects"][parent]["parents"] = [with_geometry]
        document["CityObjects"][with_geometry].setdefault("children", []).append(parent)

    return [
        Case("cityjson-index-out-of-range", "cityjson-index", "urbantwin:importcitymodel", "range.city.json",
             variant(set_index(10 ** 7)), PARTIAL, [parent]),
        Case("cityjson-index-negative", "cityjson-index", "urbantwin:importcitymodel", "negative.city.json",
             variant(set_index(-1)), PARTIAL, [parent]),
        Case("cityjson-index-text", "cityjson-index", "urbantwin:importcitymodel", "text.city.json",
             variant(set_index("a")), PARTIAL, [parent]),
        Case("cityjson-boundaries-text", "cityjson-index", "urbantwin:importcitymodel", "boundaries.city.json",
             variant(boundaries_text), PARTIAL, [parent]),
        Case("cityjson-missing-parent", "cityjson-index", "urbantwin:importcitymodel", "orphan.city.json",
             variant(missing_parent), COMPLETE),
        # A parent/child cycle is cut where it closes (no hang, no crash); no object is lost.
        Case("cityjson-cyclic-children", "cityjson-index", "urbantwin:importcitymodel", "cycle.city.json",
             variant(cyclic_children), COMPLETE),
    ]


def structure_cases(shared):
    plan = _read(shared, "xplan", PLAN_60).decode("utf-8")
    unknown = plan.replace("</xplan:XPlanAuszug>", (
        '<gml:featureMember><xplan:BP_Fantasieflaeche gml:id="GML_fantasy_1"><xplan:ebene>0</xplan:ebene>'
        '</xplan:BP_Fantasieflaeche></gml:featureMember></xplan:XPlanAuszug>'))
    deep = b'{"type": "CityJSON", "version": "2.0", "CityObjects": {}, "vertices": ' + b"[" * 100000 + b"]" * 100000 + b"}"
    return [
        Case("xplan-unknown-class", "structure", "urbantwin:importxplan", "unknown.gml", unknown.encode("utf-8"), REFUSED,
             ["GML_fantasy_1"]),
        Case("xplan-unknown-class-partial", "structure", "urbantwin:importxplan", "unknown-ok.gml", unknown.encode("utf-8"),
             PARTIAL, parameters={"ALLOW_PARTIAL": True}),
        Case("cityjson-deep-nesting", "structure", "urbantwin:importcitymodel", "deep.city.json", deep, REFUSED),
        Case("citygml-wrong-root", "structure", "urbantwin:importcitymodel", "html.gml",
             b"<html><body>Proxy login</body></html>", REFUSED),
    ]


def catalogue_cases(shared):
    """Hook for the catalogue faults (issue #12 items 7–9: garbage/slow/unreachable server on 127.0.0.1).

    Empty until the catalogue checks land; a case here is a Case whose ``algorithm`` is
    urbantwin:fetch or urbantwin:publish and whose ``parameters`` point at a loopback test server."""
    return []


def all_cases(shared, secret_path):
    return (xml_cases(shared, secret_path) + zip_cases(shared) + truncated_cases(shared) + binary_cases(shared)
            + encoding_cases(shared) + coordinate_cases(shared) + xplan_coordinate_cases(shared)
            + cityjson_index_cases(shared) + structure_cases(shared) + layer_cases(shared) + catalogue_cases(shared))
