#!/bin/sh
# Run qgis_process with Urban Twin from this checkout, headless, in a project-local profile.
# Debian's /usr/bin/qgis_process wrapper passes --noversioncheck, which qgis_process.bin of
# QGIS 3.22 rejects (qgis/QGIS #57683), so we call the binary directly.
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD="$ROOT/.build"
mkdir -p "$BUILD/plugins" "$BUILD/xdg" "$BUILD/runtime"
chmod 700 "$BUILD/runtime"
[ -L "$BUILD/plugins/urban_twin" ] || ln -sfn "$ROOT" "$BUILD/plugins/urban_twin"
export QT_QPA_PLATFORM=offscreen
export QGIS_PLUGINPATH="$BUILD/plugins"
export XDG_DATA_HOME="$BUILD/xdg"
export XDG_RUNTIME_DIR="$BUILD/runtime"
PROFILE_INI="$XDG_DATA_HOME/QGIS/QGIS3/profiles/default/QGIS/QGIS3.ini"
if ! grep -q "^urban_twin=true" "$PROFILE_INI" 2>/dev/null; then
  qgis_process.bin plugins enable urban_twin >/dev/null 2>&1 || true
fi
# URBANTWIN_LOCALE=de_DE runs QGIS (and so the plugin's outputs, legends, reports) in German.
if [ -n "${URBANTWIN_LOCALE:-}" ]; then
  /usr/bin/python3 - "$PROFILE_INI" "$URBANTWIN_LOCALE" <<'PY'
import configparser, sys
path, locale = sys.argv[1], sys.argv[2]
ini = configparser.RawConfigParser()
ini.optionxform = str
ini.read(path, encoding="utf-8")
if not ini.has_section("locale"):
    ini.add_section("locale")
ini.set("locale", "userLocale", locale)
ini.set("locale", "overrideFlag", "true")
with open(path, "w", encoding="utf-8") as handle:
    ini.write(handle, space_around_delimiters=False)
PY
fi
exec qgis_process.bin "$@"
