"""Validation reports: JSON (machine-readable) and HTML (for people), both written atomically."""

import datetime
import html
import json
import os

from ..atomic import atomic_path
from ..i18n import tr
from .schemas import source_label


def report_dict(result):
    counts = {}
    for finding in result.findings:
        counts.setdefault(finding.rule, 0)
        counts[finding.rule] += 1
    return {
        "file": os.path.basename(result.path),
        "path": result.path,
        "xplanVersion": result.version,
        "epsg": result.epsg,
        "schema": result.schema_file,
        "schemaVersion": result.version if result.schema_file else None,
        "schemaSource": source_label(result.schema_source) if result.schema_file else None,
        "valid": result.valid,
        "objects": result.object_count,
        "errors": len(result.errors),
        "warnings": len(result.findings) - len(result.errors),
        "rules": counts,
        "findings": [f.as_dict() for f in result.findings],
        "checkedAt": datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat(),
    }


def schema_text(data):
    """'XPlanGML 6.0 – official XSDs shipped with the plugin (…/XPlanung-Operationen.xsd)' or 'not checked'."""
    if not data.get("schema"):
        return tr("not checked")
    return tr("XPlanGML {} – {} ({})").format(data["schemaVersion"], data["schemaSource"], data["schema"])


def write_json_report(result, target):
    with atomic_path(target) as tmp:
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(report_dict(result), handle, ensure_ascii=False, indent=2)
    return target


def html_path_for(json_path):
    return os.path.splitext(json_path)[0] + ".html"


def write_html_report(result, target):
    data = report_dict(result)
    verdict = tr("The plan is valid.") if result.valid else tr("The plan is not valid: {} errors.").format(data["errors"])
    rows = []
    for finding in data["findings"]:
        location = "" if not finding["location"] else "{:.3f}, {:.3f}".format(*finding["location"])
        rows.append("<tr class='{}'><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            finding["severity"], html.escape(finding["rule"]),
            html.escape(tr("Error") if finding["severity"] == "error" else tr("Warning")),
            html.escape(finding["gml_id"] or ""), html.escape(finding["class"] or ""), html.escape(finding["message"]),
            location))
    page = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;margin:2em}} table{{border-collapse:collapse}} td,th{{border:1px solid #999;padding:4px 8px;vertical-align:top}}
tr.error td{{background:#fde0dc}} tr.warning td{{background:#fff4ce}} .ok{{color:#1b5e20}} .bad{{color:#b71c1c}}</style></head>
<body><h1>{title}</h1>
<p><b>{file_label}</b> {file} &nbsp; <b>XPlanGML</b> {version} &nbsp; <b>{objects_label}</b> {objects}</p>
<p><b>{schema_label}</b> {schema}</p>
<p class="{css}"><b>{verdict}</b></p>
<table><tr><th>{rule}</th><th>{severity}</th><th>gml:id</th><th>{cls}</th><th>{message}</th><th>{location}</th></tr>
{rows}
</table></body></html>
""".format(title=html.escape(tr("XPlanGML validation report")), file_label=html.escape(tr("File")),
           file=html.escape(data["file"]), version=html.escape(str(data["xplanVersion"])),
           objects_label=html.escape(tr("Objects")), objects=data["objects"], schema_label=html.escape(tr("XML schema")),
           schema=html.escape(schema_text(data)), css="ok" if result.valid else "bad",
           verdict=html.escape(verdict), rule=html.escape(tr("Rule")), severity=html.escape(tr("Severity")),
           cls=html.escape(tr("Class")), message=html.escape(tr("Message")), location=html.escape(tr("Location")),
           rows="\n".join(rows))
    with atomic_path(target) as tmp:
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(page)
    return target
