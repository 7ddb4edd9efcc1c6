"""One way for the benchmark scripts to start and leave QGIS.

start_qgis(): a headless QgsApplication with its settings in .build/bench-profile (not the cwd), optionally
Processing with the urbantwin provider. finish(): flush and leave with os._exit — QGIS 3.22 can segfault in
its teardown after all figures are printed, which would mark a good run as failed.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for path in (os.path.join(ROOT, ".build", "pkgpath"),):
    if path not in sys.path:
        sys.path.insert(0, path)
if "/usr/share/qgis/python/plugins" not in sys.path:
    sys.path.append("/usr/share/qgis/python/plugins")

_alive = []


def start_qgis(processing=False):
    profile = os.path.join(ROOT, ".build", "bench-profile")
    os.makedirs(profile, exist_ok=True)
    os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", profile)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    _alive.append(app)
    if processing:
        from processing.core.Processing import Processing

        Processing.initialize()
        from urban_twin.core.processing.provider import UrbanTwinProvider

        provider = UrbanTwinProvider()  # keep a Python reference, or the registry loses the provider
        QgsApplication.processingRegistry().addProvider(provider)
        _alive.append(provider)
    return app


def finish(code=0):
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
