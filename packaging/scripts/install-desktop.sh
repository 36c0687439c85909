#!/usr/bin/env bash
# Installs (or with --uninstall removes) the built one-folder app, its menu entry and icons for the
# current user, following the XDG base-directory layout.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
app_id=io.github.preflight.Preflight
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir="$data_home/preflight/app"
bin_dir=${PREFLIGHT_BIN_DIR:-$HOME/.local/bin}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$data_home/preflight/app"
  rm -f "$data_home/applications/$app_id.desktop" "$data_home/metainfo/$app_id.metainfo.xml"
  rm -f "$data_home/icons/hicolor/scalable/apps/$app_id.svg"
  for png in "$root"/resources/icons/preflight-*.png; do
    size=$(basename "$png" .png); size=${size#preflight-}
    rm -f "$data_home/icons/hicolor/${size}x${size}/apps/$app_id.png"
  done
  rm -f "$bin_dir/preflight-desktop"
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$data_home/applications" || true
  echo "Preflight removed from $data_home."
  exit 0
fi

built="$root/dist/preflight"
if [ ! -x "$built/preflight" ]; then
  echo "No built app in dist/preflight: run 'make dist' first." >&2
  exit 1
fi

mkdir -p "$data_home/preflight" "$data_home/applications" "$data_home/metainfo" "$bin_dir"
rm -rf "$app_dir"
cp -a "$built" "$app_dir"
ln -sf "$app_dir/preflight" "$bin_dir/preflight-desktop"

desktop-file-install --dir="$data_home/applications" \
  --set-key=Exec --set-value="$app_dir/preflight gui %f" \
  --set-key=TryExec --set-value="$app_dir/preflight" \
  "$root/packaging/linux/$app_id.desktop"
cp "$root/packaging/linux/$app_id.metainfo.xml" "$data_home/metainfo/"
install -D -m 644 "$root/resources/icons/preflight.svg" "$data_home/icons/hicolor/scalable/apps/$app_id.svg"
for png in "$root"/resources/icons/preflight-*.png; do
  size=$(basename "$png" .png); size=${size#preflight-}
  install -D -m 644 "$png" "$data_home/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data_home/applications" || true
echo "Preflight installed: menu entry $data_home/applications/$app_id.desktop, app in $app_dir."
