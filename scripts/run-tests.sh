#!/usr/bin/env bash
# The whole test suite, with the real servers it needs started here and stopped afterwards.
set -uo pipefail
cd "$(dirname "$0")/.."
# >>> corpus store: a real PostgreSQL server for the store contract tests (owner: corpus/store) >>>
if [ -z "${CHRONIQUE_TEST_PG_URL:-}" ]; then
  eval "$(scripts/pg-test-server.sh start)" || echo "run-tests: could not start PostgreSQL" >&2
  if [ -n "${PG_TEST_DIR:-}" ]; then
    trap 'scripts/pg-test-server.sh stop "$PG_TEST_DIR"' EXIT
    export CHRONIQUE_TEST_PG_URL CHRONIQUE_TEST_PG_REQUIRED=1
  fi
fi
# <<< corpus store <<<
.venv/bin/python -m pytest "$@"
