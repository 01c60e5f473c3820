#!/usr/bin/env bash
# Runs a benchmark (see docs/benchmarks.md) in Release. Benchmarks that need PostgreSQL use the
# private one (or ConnectionStrings__Marten) and a database of their own beside it ("_bench"),
# which they empty. ./benchmark.sh with no argument lists them.
#   ./benchmark.sh http [--duration S] [--markdown FILE]   the API over HTTP against pgbench (scripts/http-benchmark.sh)
set -euo pipefail
cd "$(dirname "$0")"
if [ "${1:-}" = http ]; then shift; exec scripts/http-benchmark.sh "$@"; fi
source scripts/pg.sh
pg_up livinglibrary >/dev/null
if [ $# -eq 0 ]; then
  echo "  http             the API over HTTP against pgbench, every view at 32 connections, memory (scripts/http-benchmark.sh)" >&2
fi
exec dotnet run -c Release --project benchmarks/Benchmarks -- "$@"
