#!/usr/bin/env python3
"""`make bench`: run every bench/bench_*.py in its own process (so peak-memory figures stay separate)
and print their tables one after another. Figures are from this machine; the header says which."""

import glob
import os
import platform
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main():
    print("Urban Twin benchmarks — {} cores, {}, Python {}".format(os.cpu_count(), platform.platform(), platform.python_version()))
    print("Caveat: wall-clock figures from this machine (a 2-core VM in CI); compare within one run, not across machines.\n")
    only = sys.argv[1:]
    failed = []
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.pathsep.join([os.path.join(ROOT, ".build", "pkgpath"), os.environ.get("PYTHONPATH", "")]))
    os.makedirs(os.path.join(ROOT, ".build", "pkgpath"), exist_ok=True)
    link = os.path.join(ROOT, ".build", "pkgpath", "urban_twin")
    if not os.path.islink(link):
        os.symlink(ROOT, link)
    for script in sorted(glob.glob(os.path.join(HERE, "bench_*.py"))):
        name = os.path.basename(script)[6:-3]
        if only and name not in only:
            continue
        print("=" * 100)
        print("bench: " + name)
        print("=" * 100, flush=True)
        start = time.time()
        result = subprocess.run([sys.executable, script], cwd=ROOT, env=env)
        print("({} finished in {:.1f} s, exit {})\n".format(name, time.time() - start, result.returncode), flush=True)
        if result.returncode != 0:
            failed.append(name)
    if failed:
        print("FAILED benchmarks: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
