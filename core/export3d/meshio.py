"""Binary STL and 3MF (zip + XML, millimetres) writers for an indexed triangle mesh."""

import struct
import zipfile

import numpy as np

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="model" ContentType="application/vnd.ms-package.3dmanufacturing-3dmodel+xml"/>
</Types>
"""
RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Target="/3D/3dmodel.model" Id="rel0" Type="http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel"/>
</Relationships>
"""


def write_stl(path, vertices, triangles, header="Urban Twin city model, mm"):
    a, b, c = vertices[triangles[:, 0]], vertices[triangles[:, 1]], vertices[triangles[:, 2]]
    normals = np.cross(b - a, c - a)
    lengths = np.linalg.norm(normals, axis=1)
    normals = normals / np.where(lengths > 0, lengths, 1.0)[:, None]
    record = np.zeros(len(triangles), dtype=[("n", "<f4", 3), ("a", "<f4", 3), ("b", "<f4", 3), ("c", "<f4", 3),
                                              ("attr", "<u2")])
    record["n"], record["a"], record["b"], record["c"] = normals, a, b, c
    with open(path, "wb") as handle:
        handle.write(header.encode("ascii", "replace")[:80].ljust(80, b" "))
        handle.write(struct.pack("<I", len(triangles)))
        handle.write(record.tobytes())


def _lines(template, array):
    return "".join(template % tuple(row) for row in array.tolist())


def write_3mf(path, vertices, triangles, title="Urban Twin"):
    model = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        '<model unit="millimeter" xml:lang="de-DE" xmlns="http://schemas.microsoft.com/3dmanufacturing/core/2015/02">\n',
        '<metadata name="Title">{}</metadata>\n'.format(title.replace("&", "&amp;").replace("<", "&lt;")),
        '<metadata name="Application">Urban Twin (QGIS plugin)</metadata>\n',
        '<resources>\n<object id="1" type="model">\n<mesh>\n<vertices>\n',
        _lines('<vertex x="%.4f" y="%.4f" z="%.4f"/>\n', vertices),
        '</vertices>\n<triangles>\n',
        _lines('<triangle v1="%d" v2="%d" v3="%d"/>\n', triangles),
        '</triangles>\n</mesh>\n</object>\n</resources>\n<build>\n<item objectid="1"/>\n</build>\n</model>\n',
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("3D/3dmodel.model", "".join(model))
