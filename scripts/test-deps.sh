#!/usr/bin/env bash
# Installs what the store/API/browser tests need when it is missing (idempotent):
#   - PostgreSQL server binaries (Debian package `postgresql`; the tests run initdb/pg_ctl
#     themselves in a temporary directory, on a free loopback port)
#   - Chromium (Debian package `chromium`; driven by Playwright through executable_path)
#   - a font with Arabic glyphs for the screenshots (fonts-dejavu-core)
# apt-get runs only when something is missing. Needs root or sudo for that.
set -euo pipefail

missing=()
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
  missing+=(postgresql)
fi
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  missing+=(chromium)
fi
if [ ! -d /usr/share/fonts/truetype/dejavu ]; then
  missing+=(fonts-dejavu-core)
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "test-deps: PostgreSQL, Chromium and fonts present" >&2
  exit 0
fi

SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "test-deps: missing ${missing[*]} and not root (no sudo): the PostgreSQL/browser tests will skip" >&2
    exit 0
  fi
fi
echo "test-deps: installing ${missing[*]} ..." >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "test-deps: done" >&2
