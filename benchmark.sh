#!/usr/bin/env bash
# Runs a benchmark (see docs/benchmarks.md) in Release. Benchmarks that need PostgreSQL use the
# private one (or ConnectionStrings__Marten) and a database of their own beside it ("_bench"),
# which they empty. ./benchmark.sh with no argument lists them.
#   ./benchmark.sh http [--duration S] [--markdown FILE]   the API over HTTP against pgbench (scripts/http-benchmark.sh)
#   ./benchmark.sh bad-input [--count N]                  N hostile requests (default 10,000) from the OpenAPI document
set -euo pipefail
cd "$(dirname "$0")"
if [ "${1:-}" = http ]; then shift; exec scripts/http-benchmark.sh "$@"; fi
source scripts/pg.sh
pg_up livinglibrary >/dev/null
if [ "${1:-}" = bad-input ]; then
  # The suite's generated hostile-input test (tests/Api.Tests/Platform/HostileInputTests.cs), with more requests.
  count=10000
  [ "${2:-}" = --count ] && count="${3:?--count needs a number}"
  report="$(mktemp)"
  HOSTILE_INPUT_COUNT="$count" HOSTILE_INPUT_REPORT="$report" \
    dotnet test tests/Api.Tests -c Release --nologo -v quiet --filter "FullyQualifiedName~HostileInputTests" | grep -E "Passed!|Failed!|error" || true
  echo "answers (status: count):"; cat "$report"; rm -f "$report"
  exit 0
fi
if [ $# -eq 0 ]; then
  echo "  bad-input        hostile requests derived from the OpenAPI document, counted by answer (--count N)" >&2
  echo "  http             the API over HTTP against pgbench, every view at 32 connections, memory (scripts/http-benchmark.sh)" >&2
fi
exec dotnet run -c Release --project benchmarks/Benchmarks -- "$@"
