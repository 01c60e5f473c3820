#!/usr/bin/env bash
# Runs a benchmark (see docs/benchmarks.md) in Release. Benchmarks that need PostgreSQL use the
# private one (or ConnectionStrings__Marten) and a database of their own beside it ("_bench"),
# which they empty. ./benchmark.sh with no argument lists them.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/pg.sh
pg_up livinglibrary >/dev/null
exec dotnet run -c Release --project benchmarks/Benchmarks -- "$@"
