#!/usr/bin/env bash
# Installs the Debian packages Preflight needs (Qt's system libraries, venv, test tools) when missing.
# As root it runs apt-get; otherwise it prints the exact command to run and fails.
set -euo pipefail

packages=(
  python3-venv
  # Qt 6 xcb/offscreen platform plugins and fonts
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-glx0
  libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libx11-xcb1
  # Qt's print support talks to CUPS
  libcups2
  # The report's font: accents, euro sign, arrows
  fonts-dejavu-core
)
if [ "${1:-}" = "--test" ]; then
  # Virtual screen, PDF to text/PNG, desktop metadata validators, strip for the desktop build.
  packages+=(xvfb xauth poppler-utils desktop-file-utils appstream binutils)
  # PyInstaller bundles Python's shared library; Debian's python3 keeps it in a separate package.
  if [ "$(command -v python3)" = /usr/bin/python3 ] && ! python3 -c 'import ctypes.util, sys; sys.exit(not ctypes.util.find_library("python3.%d" % sys.version_info[1]))' 2>/dev/null; then
    packages+=("libpython3.$(python3 -c 'import sys; print(sys.version_info[1])')")
  fi
fi

missing=()
for p in "${packages[@]}"; do
  if [ "$p" = python3-venv ]; then
    # pyenv or other non-Debian Pythons bring venv and ensurepip themselves.
    python3 -c 'import ensurepip, venv' >/dev/null 2>&1 && continue
  fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Preflight needs these system packages. Run:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
