"""Regenerate docs/xplan_mapping.md from core/xplan/migration.py (run with the project's Python)."""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, ".build", "pkgpath"))

from urban_twin.core.xplan.migration import mapping_markdown  # noqa: E402

if __name__ == "__main__":
    target = os.path.join(ROOT, "docs", "xplan_mapping.md")
    with open(target, "w", encoding="utf-8") as handle:
        handle.write(mapping_markdown())
    print(target)
