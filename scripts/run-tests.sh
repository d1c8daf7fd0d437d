#!/usr/bin/env bash
# The whole test suite, with the real servers it needs started here and stopped afterwards.
set -uo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pytest "$@"
