#!/usr/bin/env bash
# Takes the README's screenshots under Xvfb with the openbox window manager.
# Usage: packaging/scripts/doc-screenshots.sh OUT_FOLDER WIDTHxHEIGHT SCALE [--screen-only]
# Needs: apt-get install -y xvfb openbox; run from the repository root with the venv's python.
set -euo pipefail
out=$1 size=$2 scale=$3 extra=${4:-}
python=${PYTHON:-.venv/bin/python}
display=:${DISPLAY_NUMBER:-97}
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp &
xvfb=$!
trap 'kill "$openbox" "$xvfb" 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display openbox &
openbox=$!
sleep 1
for language in en es; do
	DISPLAY=$display QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=$scale PYTHONPATH=desktop \
		"$python" packaging/scripts/doc_screenshots.py "$out" "$language" $extra
done
