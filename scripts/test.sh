#!/usr/bin/env bash
# Installs the test dependencies (Python extras, Debian's PostgreSQL and Chromium when missing,
# the dashboard's front-end assets) and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh test
if [ -x scripts/test-deps.sh ]; then ./scripts/test-deps.sh; fi
if [ -x scripts/build-web.sh ]; then ./scripts/build-web.sh; fi
exec .venv/bin/python -m pytest "$@"
