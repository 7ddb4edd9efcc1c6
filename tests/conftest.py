"""Shared fixtures. The repository root is the plugin; tests import it as ``urban_twin`` through a
symlink in .build/pkgpath (the checkout folder's own name is irrelevant)."""

import os
import shutil
import subprocess
import sys
import tempfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PKG_PATH = os.path.join(ROOT, ".build", "pkgpath")
os.makedirs(PKG_PATH, exist_ok=True)
_link = os.path.join(PKG_PATH, "urban_twin")
if not os.path.islink(_link):
    os.symlink(ROOT, _link)
if PKG_PATH not in sys.path:
    sys.path.insert(0, PKG_PATH)
if "/usr/share/qgis/python/plugins" not in sys.path:
    sys.path.append("/usr/share/qgis/python/plugins")

SHARED = os.path.abspath(os.path.join(ROOT, "..", "shared"))

# Runs of the tests go into a run log of their own (core/runlog), never into the developer's QGIS profile;
# qgis_process subprocesses inherit it. Removed at the end of the session.
_RUNLOG_DIR = tempfile.mkdtemp(prefix="urbantwin-test-runlog-")
os.environ["URBANTWIN_RUNLOG"] = os.path.join(_RUNLOG_DIR, "runlog.sqlite")


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_RUNLOG_DIR, ignore_errors=True)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """A process that does not end after the last test (a worker pool's exit handler waited for a lock a killed
    worker held, and CI ran into its 90-minute limit after 6 minutes of green tests) ends after two minutes with
    every thread's traceback on stderr and exit code 1 — a loud failure instead of a silent timeout."""
    import faulthandler

    faulthandler.dump_traceback_later(120, exit=True, file=sys.__stderr__)


@pytest.fixture(scope="session", autouse=True)
def no_task_outlives_the_session(qgis_app):
    """Cancel background tasks (catalogue searches …) and let them end before pytest-qgis tears QGIS down: its
    teardown waits for the thread pool without processing events, and a network request still running in a task
    then never finishes (the session hung at 100 % once)."""
    yield
    import time

    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication

    manager = QgsApplication.taskManager()
    manager.cancelAll()
    deadline = time.monotonic() + 30
    while manager.countActiveTasks() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.05)


def pytest_report_header(config):
    from osgeo import gdal
    from qgis.core import Qgis
    from qgis.PyQt.QtCore import QT_VERSION_STR

    return "QGIS {}, GDAL {}, Qt {}, Python {}".format(Qgis.QGIS_VERSION, gdal.__version__, QT_VERSION_STR, sys.version.split()[0])


@pytest.fixture(scope="session")
def shared_dir():
    """../shared beside the checkout (real sample files and schemas); its absence is a set-up error."""
    assert os.path.isdir(SHARED), "../shared is missing beside the checkout: " + SHARED
    return SHARED


@pytest.fixture(scope="session")
def citymodel_dir(shared_dir):
    return os.path.join(shared_dir, "data", "citymodel")


@pytest.fixture(scope="session")
def xplan_dir(shared_dir):
    return os.path.join(shared_dir, "data", "xplan")


@pytest.fixture(scope="session")
def xsd_dir(shared_dir):
    return os.path.join(shared_dir, "xsd")


@pytest.fixture(scope="session")
def urbantwin_provider(qgis_processing):
    """Processing initialised (pytest-qgis) with the urbantwin provider registered once."""
    from qgis.core import QgsApplication

    from urban_twin.core.processing.provider import UrbanTwinProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("urbantwin")
    if provider is None:
        provider = UrbanTwinProvider()
        registry.addProvider(provider)
    return provider


@pytest.fixture()
def run_alg(urbantwin_provider):
    """Run an algorithm in-process: run_alg("urbantwin:x", {...}) → results dict."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    def _run(algorithm_id, parameters, feedback=None, context=None):
        if context is None:
            context = QgsProcessingContext()
            context.setProject(QgsProject.instance())
        return processing.run(algorithm_id, parameters, feedback=feedback or QgsProcessingFeedback(), context=context)

    return _run


def clean_subprocess_env():
    """The environment of a shell: pytest-qgis exports QGIS_CUSTOM_CONFIG_PATH/QGIS_OPTIONS_PATH for its own
    profile, which would make a child qgis_process use a profile where the plugin is not enabled."""
    return {k: v for k, v in os.environ.items() if k not in ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH")}


def qgis_process_cmd(*args, timeout=600, env=None):
    """Run scripts/qgis_process.sh (qgis_process.bin with this checkout as plugin) and return the result."""
    full_env = clean_subprocess_env()
    full_env.update(env or {})
    return subprocess.run(
        [os.path.join(ROOT, "scripts", "qgis_process.sh")] + list(args),
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
    )


@pytest.fixture(scope="session")
def qgis_process():
    return qgis_process_cmd


@pytest.fixture(scope="session")
def musterquartier(tmp_path_factory):
    """The generated sample district (CityGML 2.0 + XPlanGML 6.0), made once per session."""
    from urban_twin.core.demo.musterquartier import generate_musterquartier

    folder = tmp_path_factory.mktemp("musterquartier")
    return generate_musterquartier(str(folder))
