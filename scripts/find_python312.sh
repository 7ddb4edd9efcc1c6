#!/bin/sh
# Print a working Python >= 3.12 interpreter (pygeoapi 0.24 needs it; Debian 12 ships 3.11).
# Looks on PATH, in pyenv and in /usr/local; a pyenv shim that is not active is skipped.
for candidate in python3.13 python3.12 \
    "$HOME"/.pyenv/versions/3.12*/bin/python3.12 /root/.pyenv/versions/3.12*/bin/python3.12 \
    "$HOME"/.pyenv/versions/3.13*/bin/python3.13 /root/.pyenv/versions/3.13*/bin/python3.13 \
    /usr/local/bin/python3.12 /usr/local/bin/python3.13 /opt/python*/bin/python3.1[23]; do
  if "$candidate" -c 'import sys, venv; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1; then
    command -v "$candidate" 2>/dev/null || echo "$candidate"
    exit 0
  fi
done
exit 1
