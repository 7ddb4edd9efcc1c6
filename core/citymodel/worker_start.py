"""The first code a spawned import worker runs: refuse ``qgis.gui`` before anything imports ``qgis``.

Importing any ``qgis.*`` module (also ``qgis.PyQt``, which the messages need) runs ``qgis/__init__.py``, and that
imports ``qgis.gui`` — QGIS's widget library: half a second of CPU and some 40 MB in every worker — inside a
``try … except ImportError``. A worker only reads tiles, and nothing in ``core/`` imports ``qgis.gui`` (the house rule
in core/__init__.py), so the worker declines that one import. This module imports nothing of the plugin at module
level: unpickling the process target must not pull ``qgis`` in before the refusal is in place.

Where the main script of a Python-API run imports the plugin at module level, spawn re-imports it in every worker
first and ``qgis.gui`` is loaded anyway (docs/scale.md: import inside ``if __name__ == "__main__"``).
"""

import sys


class _WithoutQgisGui:
    """A meta path finder that answers "not available" for qgis.gui and its submodules, and defers the rest."""

    def find_spec(self, name, path=None, target=None):
        if name == "qgis.gui" or name.startswith("qgis.gui."):
            raise ImportError("qgis.gui is not loaded in an import worker")
        return None


def main(connection, locale):
    if "qgis" not in sys.modules:
        sys.meta_path.insert(0, _WithoutQgisGui())
    from .parallel import _worker_main

    _worker_main(connection, locale)
