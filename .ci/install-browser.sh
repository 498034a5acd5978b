#!/usr/bin/env bash
# Installs Debian's chromium (and a font with Arabic glyphs) for the browser tests in tests/e2e/, when missing.
# Idempotent: does nothing when both are there. Non-interactive. Needs root, or sudo without a password.
# The browser path can be overridden with CHROMIUM_PATH, as in the tests; then nothing is installed for it.
set -euo pipefail

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"

missing=()
if [ ! -x "$chromium_path" ]; then
  if [ "$chromium_path" != "/usr/bin/chromium" ]; then
    echo "install-browser: CHROMIUM_PATH=$chromium_path is not an executable file" >&2
    exit 1
  fi
  missing+=(chromium)
fi
# DejaVu Sans has Arabic glyphs: without any such font the screenshots show empty boxes for the Arabic text.
if ! dpkg-query -W -f='${Status}' fonts-dejavu-core 2>/dev/null | grep -q "install ok installed"; then
  missing+=(fonts-dejavu-core)
fi

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-browser: $("$chromium_path" --version 2>/dev/null || echo "$chromium_path") is installed"
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo=(sudo -n)
  else
    echo "install-browser: installing ${missing[*]} needs root (apt-get install -y ${missing[*]})" >&2
    exit 1
  fi
fi

echo "install-browser: installing ${missing[*]} with apt-get"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"

if [ ! -x "$chromium_path" ]; then
  echo "install-browser: $chromium_path is still missing after apt-get install" >&2
  exit 1
fi
echo "install-browser: $("$chromium_path" --version 2>/dev/null || echo "$chromium_path") is installed"
