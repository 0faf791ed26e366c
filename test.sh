#!/usr/bin/env bash
# Installs what the tests need (Debian's Chromium for the browser tests), then runs every test.
set -euo pipefail
cd "$(dirname "$0")"

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing Debian's chromium for the browser tests…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi

if [ ! -x "$chromium_path" ]; then
  echo "test.sh: Chromium is missing at $chromium_path and could not be installed (need root and apt-get)." >&2
  echo "test.sh: install Debian's 'chromium' package, or point CHROMIUM_PATH at a Chromium binary." >&2
  exit 1
fi
export CHROMIUM_PATH="$chromium_path"

dotnet test JobScout.sln "$@"
