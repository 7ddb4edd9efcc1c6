#!/usr/bin/env bash
# Desktop smoke test: the plugin in the real QGIS desktop under a virtual display (Xvfb), in German.
#
# A developer tool, not part of `make test` (tests must not need a display). Needs `xvfb-run` and
# ImageMagick's `import` (apt-get install -y xvfb x11-utils imagemagick).
#
#   scripts/desktop_smoke.sh [OUTPUT_DIR]      (default /tmp/desktop_smoke)
#
# Starts QGIS with a fresh profile in which only Urban Twin is enabled (this checkout linked as
# plugin, UI locale de_DE), runs scripts/desktop_smoke.py inside it (menu check, drop import of an
# NRW LoD2 tile and of the Musterquartier plan, 3D view, council map dialog, catalogue dock),
# writes screenshots (*.png) and summary.json into OUTPUT_DIR and exits with 0 when every check passed.
# Nothing is written beside the input data: the sample tile is copied into OUTPUT_DIR/work first.
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
OUT="${1:-/tmp/desktop_smoke}"
SAMPLE="${URBANTWIN_SMOKE_SAMPLE:-$REPO/../shared/data/citymodel/de_nrw_LoD2_32_280_5657_1_NW.gml}"
TIMEOUT="${URBANTWIN_SMOKE_TIMEOUT:-600}"
QGIS_BIN="${QGIS_BIN:-qgis}"

for tool in xvfb-run import "$QGIS_BIN"; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y xvfb x11-utils imagemagick qgis)" >&2; exit 2; }
done
[ -f "$SAMPLE" ] || { echo "missing sample tile: $SAMPLE" >&2; exit 2; }

mkdir -p "$OUT"
rm -f "$OUT"/*.png "$OUT"/summary.json "$OUT"/qgis.log
WORK="$OUT/work"
rm -rf "$WORK" && mkdir -p "$WORK"
cp "$SAMPLE" "$WORK/"
chmod u+w "$WORK"/*

PROFILES="$(mktemp -d /tmp/urbantwin_smoke_profiles.XXXXXX)"
trap 'rm -rf "$PROFILES"' EXIT
PROFILE="$PROFILES/profiles/default"   # QGIS keeps profiles in <profiles-path>/profiles/<name>
mkdir -p "$PROFILE/python/plugins" "$PROFILE/QGIS"
ln -s "$REPO" "$PROFILE/python/plugins/urban_twin"
cat > "$PROFILE/QGIS/QGIS3.ini" <<'EOF'
[PythonPlugins]
urban_twin=true

[locale]
userLocale=de_DE
overrideFlag=true

[qgis]
checkVersion=false
allowVersionCheck=false
showTips322=false
showTips=false

[core]
NewsFeed\httpsfeedqgisorg\disabled=true
EOF

export URBANTWIN_SMOKE_OUT="$OUT"
export URBANTWIN_SMOKE_WORK="$WORK"
export URBANTWIN_SMOKE_SAMPLE_COPY="$WORK/$(basename "$SAMPLE")"

unset QT_QPA_PLATFORM   # the Makefile's offscreen would hide the window from Xvfb

echo "QGIS desktop smoke test: output in $OUT (profile $PROFILES)"
timeout --kill-after=20 "$TIMEOUT" xvfb-run -a -s "-screen 0 1920x1080x24" \
    "$QGIS_BIN" --nologo --noversioncheck --profiles-path "$PROFILES" --code "$HERE/desktop_smoke.py" \
    >"$OUT/qgis.log" 2>&1
rc=$?
echo "QGIS exit code $rc (log: $OUT/qgis.log)"
if [ -f "$OUT/ratsvorlage.pdf" ] && command -v pdftoppm >/dev/null; then
    pdftoppm -png -r 100 -singlefile "$OUT/ratsvorlage.pdf" "$OUT/13_ratsvorlage_pdf"   # the exported page, to look at
fi
if [ ! -f "$OUT/summary.json" ]; then
    echo "no summary.json written: QGIS crashed or timed out; last lines of the log:" >&2
    tail -n 30 "$OUT/qgis.log" >&2
    exit 1
fi
python3 - "$OUT/summary.json" <<'EOF'
import json, sys
summary = json.load(open(sys.argv[1], encoding="utf-8"))
for check in summary["checks"]:
    print("{:4} {}: {}".format("ok" if check["ok"] else "FAIL", check["name"], check.get("detail", "")))
for shot in summary["screenshots"]:
    print("png  " + shot)
for note in summary.get("notes", []):
    print("note " + note)
sys.exit(0 if all(check["ok"] for check in summary["checks"]) else 1)
EOF
