#!/usr/bin/env bash
# Rebuild src/ui/plotly_frame/plotly-charts.min.js from scripts/plotly_bundle/entry.js.
# Needs node and npm (the npm registry); installs into a temporary directory, never into the project.
# PLOTLY_JS must be the plotly.js version the installed plotly (Python) writes for:
#   python -c "import plotly.offline as o; print(o.get_plotlyjs_version())"
set -euo pipefail
PLOTLY_JS="${PLOTLY_JS:-4.1.1}"
ESBUILD="${ESBUILD:-0.28.2}"
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$HERE/../../src/ui/plotly_frame/plotly-charts.min.js"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cd "$TMP"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "plotly.js@$PLOTLY_JS" "esbuild@$ESBUILD"
cp "$HERE/entry.js" entry.js
# as plotly.js's own esbuild-config.js: an IIFE defining window.Plotly, `global` as window, no AMD, ES2016
npx esbuild entry.js --bundle --minify --format=iife --global-name=Plotly --target=es2016 \
    --define:global=window --define:define.amd=false --legal-comments=eof --log-level=warning \
    --outfile=bundle.js
# maplibre's stylesheet comes along with the core's map code (never used here): not shipped
# plotly.js's own licence header, naming what is inside (tests/charts/test_frame.py reads the version)
printf '/**\n* plotly.js (core, bar, heatmap - minified) v%s\n* Copyright 2012-2026, Plotly, Inc.\n* All rights reserved.\n* Licensed under the MIT license\n* Built from plotly.js/lib by scripts/plotly_bundle/build.sh (entry.js)\n*/\n' "$PLOTLY_JS" > "$OUT"
cat bundle.js >> "$OUT"
ls -l "$OUT"
