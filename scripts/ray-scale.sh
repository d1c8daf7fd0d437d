#!/usr/bin/env bash
# The scale-out figures of `--engine ray` in one command, on PostgreSQL (docs/SCALING.md):
#   scripts/ray-scale.sh [ARTICLES] [ACTOR_COUNTS]        # defaults: 5000 articles, actors 1,2
# Ingests the first ARTICLES OrangeSum articles three ways, each into a fresh schema of one
# PostgreSQL database — the local engine (one process), then Ray with each actor count — and prints,
# per run: steady-state words/s and articles/s (model loading apart), wall time, model load and peak
# memory per actor, seconds in the linking writer and their share of the wall time, the writer's
# cost per article over the first and the last 1,000 articles (or fifths); then the ratios
# (Ray N actors / Ray 1, Ray 1 / local). Set CHRONIQUE_SCALE_PG_URL to measure on your own server
# (one schema per run is created and dropped there), else a throw-away server is started here.
# CHRONIQUE_SCALE_CORPUS names another input; RAY_ADDRESS=auto joins a running cluster.
# Time: about 3 × ARTICLES / (5 articles/s per core); 5,000 articles take about 45 min on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES="${1:-5000}"
COUNTS="${2:-1,2}"
CORPUS="${CHRONIQUE_SCALE_CORPUS:-../shared/data/orangesum/orangesum-5k.jsonl.gz}"
[ -e "$CORPUS" ] || { echo "ray-scale: $CORPUS is absent (set CHRONIQUE_SCALE_CORPUS)" >&2; exit 2; }
URL="${CHRONIQUE_SCALE_PG_URL:-}"
if [ -z "$URL" ]; then
  eval "$(scripts/pg-test-server.sh start)"
  [ -n "${PG_TEST_DIR:-}" ] || { echo "ray-scale: no PostgreSQL (install it, or set CHRONIQUE_SCALE_PG_URL)" >&2; exit 2; }
  trap 'scripts/pg-test-server.sh stop "$PG_TEST_DIR"' EXIT
  URL="$CHRONIQUE_TEST_PG_URL"
fi
echo "ray-scale: $ARTICLES articles of $CORPUS, actors $COUNTS, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
.venv/bin/chronique bench --engine ray --processes "$COUNTS" --limit "$ARTICLES" --corpus "$CORPUS" --db "$URL" \
  ${RAY_ADDRESS:+--address "$RAY_ADDRESS"} "${@:3}"
