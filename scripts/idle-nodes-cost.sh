#!/usr/bin/env bash
# What two idle API nodes with distributed projections (Projections:Distribution=Wolverine) cost PostgreSQL: every
# statement they send in 30 s, counted in the private cluster's log (log_statement = 'all' on a database of their own),
# and the transactions PostgreSQL counts for it; per node and second, with the most frequent statements
# (docs/adr/0023). A measurement, not a check: needs the private PostgreSQL (scripts/pg.sh) and a Release build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pg.sh
pg_up livinglibrary >/dev/null
setting() { echo "$ConnectionStrings__Marten" | tr ';' '\n' | sed -n "s/^$1=//Ip" | head -n 1; }
psql_on() { PGPASSWORD="$(setting Password)" psql -h "$(setting Host)" -p "$(setting Port)" -U "$(setting Username)" -qtAX "$@"; }
database="$(setting Database)_idlenodes"
log="$(pwd)/.data/pg/server.log"
[ -f "$log" ] || { echo "idle nodes: needs the private PostgreSQL's log ($log)" >&2; exit 1; }
psql_on -d postgres -c "drop database if exists \"$database\" with (force)" -c "create database \"$database\"" \
  -c "alter database \"$database\" set log_statement = 'all'" 2>/dev/null
export ConnectionStrings__Marten="$(echo "$ConnectionStrings__Marten" | sed "s/Database=[^;]*/Database=$database/I")"
export ASPNETCORE_ENVIRONMENT=Development Auth__DevelopmentSigningKey="idle-nodes-only-signing-key-of-32-bytes" \
  Projections__Distribution=Wolverine Logging__LogLevel__Default=Warning
dotnet build src/Api -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
app="$(pwd)/src/Api/bin/Release/net10.0/LivingLibrary.Api.dll"
(cd src/Api && dotnet "$app" db-apply >/dev/null 2>&1)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; psql_on -d postgres -c "drop database if exists \"$database\" with (force)" >/dev/null 2>&1 || true' EXIT
for i in 0 1; do
  (cd src/Api && exec dotnet "$app" --urls "http://127.0.0.1:0" >/dev/null 2>&1) &
  pids+=($!)
done
sleep 25 # started, registered, a leader elected and the projections assigned
transactions() { psql_on -d postgres -c "select xact_commit + xact_rollback from pg_stat_database where datname = '$database'"; }
from=$(wc -l < "$log"); before=$(transactions)
sleep 30
after=$(transactions)
statements=$(tail -n +$((from + 1)) "$log" | grep -E "LOG:  (statement|execute)" || true)
echo "idle nodes: $(echo "$statements" | grep -c . ) statements, $((after - before)) transactions in 30 s from 2 nodes:" \
  "$(echo "scale=1; $(echo "$statements" | grep -c .) / 60" | bc) statements and $(echo "scale=1; ($after - $before) / 60" | bc)" \
  "transactions per node per second (load average $(cut -d' ' -f1 /proc/loadavg))"
echo "$statements" | sed -E 's/^[^]]*\] LOG:  //; s/\$[0-9]+/$/g' | cut -c1-120 | sort | uniq -c | sort -rn | head -n 12
