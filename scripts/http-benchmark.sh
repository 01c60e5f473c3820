#!/usr/bin/env bash
# The API over HTTP against what bounds it, in one run, on loopback only:
#  1. pgbench: a durable single-row insert of a small JSONB document into the same PostgreSQL,
#     at 1, 8 and 32 clients (the ceiling of any command that appends an event);
#  2. the Release API (published ReadyToRun): authenticated POST /api/groups at the same concurrency,
#     the API's CPU time and allocations per command, and the ratios to both pgbench transactions;
#  3. every facilitator view of the demo group, and the coordinators' views, at 32 connections
#     (requests/s, p50, p99, the API's CPU time and allocations per view), each as a share of pgbench's
#     point select of one JSONB row at 32 clients;
#  4. the API's resident memory after the load.
# Usage: ./benchmark.sh http [--duration SECONDS] [--markdown FILE]   (defaults: 10 s per measure)
set -euo pipefail
cd "$(dirname "$0")/.."

duration=10
markdown=""
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --markdown) markdown="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
done

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing wrk (Debian package)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else
    echo "This benchmark needs wrk: apt-get install wrk" >&2; exit 1
  fi
fi

source scripts/pg.sh
pg_up livinglibrary_http create >/dev/null
pg_bindir="$(pg_bin)"
pgbench_bin="$(command -v pgbench || echo "$pg_bindir/pgbench")"
db_port="$(pg_port)"
export PGPASSWORD="$(cat .data/pg-password)"
psql_db() { psql -h 127.0.0.1 -p "$db_port" -U "$LL_PG_USER" -d livinglibrary_http -qtAX "$@"; }

echo "Publishing the API (Release, ReadyToRun)..."
publish=.data/publish-http
dotnet publish src/Api -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$publish" --nologo -v quiet -clp:ErrorsOnly >/dev/null
app="$(cd "$publish" && pwd)/LivingLibrary.Api.dll"
export ASPNETCORE_ENVIRONMENT=Development Auth__DevelopmentSigningKey="http-benchmark-only-signing-key-32-bytes" Logging__LogLevel__Default=Warning
(cd src/Api && dotnet "$app" db-apply >/dev/null 2>&1 && dotnet "$app" demo-data >/dev/null 2>&1)

port=5091
url="http://127.0.0.1:$port"
(cd src/Api && exec dotnet "$app" --urls "$url" >/dev/null 2>&1) &
api=$!
work="$(mktemp -d)"
trap 'kill $api 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do curl -sf "$url/health/ready" >/dev/null && break; sleep 0.1; done
curl -sf "$url/health/ready" >/dev/null || { echo "The API did not become ready." >&2; exit 1; }

token() {
  curl -s -X POST "$url/dev/token" -H 'Content-Type: application/json' \
    -d "{\"userId\":\"$1\",\"organisationId\":\"demo\",\"role\":\"$2\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/'
}
coordinator="$(token demo-coordinator coordinator)"
facilitator="$(token demo-facilitator facilitator)"
group=0194f2a0-de00-7000-8000-000000000001

# What one answered request costs the API over a measure: CPU (utime + stime in /proc, all threads) and bytes allocated
# (GC.GetTotalAllocatedBytes, read through the Development-only /dev/allocated), each divided by the 2xx answers.
# Whole-process figures: the async daemon's and the runtime's own work in that time count too.
cpu_of() { local t=0 pid; for pid in "$@"; do [ -r "/proc/$pid/stat" ] && t=$((t + $(awk '{ print $14 + $15 }' "/proc/$pid/stat"))); done; echo "$t"; }
cost_begin() { cost_cpu=$(cpu_of "$api"); cost_bytes=$(curl -sf "$url/dev/allocated"); }
cost_end() { # answers -> "CPU ms per answer" "KB allocated per answer"
  local cpu=$(( $(cpu_of "$api") - cost_cpu )) bytes=$(( $(curl -sf "$url/dev/allocated") - cost_bytes ))
  awk -v c="$cpu" -v t="$(getconf CLK_TCK)" -v b="$bytes" -v n="$1" 'BEGIN { if (n < 1) n = 1; printf "%.2f %.0f", 1000 * c / t / n, b / 1024 / n }'
}
answered() { # wrk output -> 2xx answers
  local total non2xx
  total=$(sed -n 's/^ *\([0-9]*\) requests in .*/\1/p' "$1")
  non2xx=$(sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$1")
  echo $(( total - ${non2xx:-0} ))
}

rows=()
row() { rows+=("$1|$2|$3|$4"); printf '%-58s %14s %10s %s\n' "$1" "$2" "$3" "$4"; }
echo
printf '%-58s %14s %10s %s\n' "measure" "value" "target" "met"

# 1. pgbench: the same kind of write as an event append, durable (synchronous_commit on).
psql_db -c "drop table if exists bench_insert; create table bench_insert (id bigserial primary key, data jsonb not null);"
cat > "$work/insert.sql" <<'SQL'
insert into bench_insert (data) values ('{"groupId":"0194f2a0-de00-7000-8000-000000000001","name":"Mardi matin","place":"Espace public numérique de Liège","startsOn":"2026-09-01","endsOn":"2027-06-30","languages":["fr","ar","nl"],"correlation":"bench"}');
SQL
# What creating a group writes, in one transaction: the stream, its first event, the group's snapshot.
psql_db -c "drop table if exists bench_stream, bench_event, bench_doc;
  create table bench_stream (id uuid primary key, version int, created timestamptz default now());
  create table bench_event (seq bigserial primary key, stream uuid, version int, data jsonb, ts timestamptz default now());
  create table bench_doc (id uuid primary key, data jsonb);"
cat > "$work/append.sql" <<'SQL'
begin;
with stream as (insert into bench_stream (id, version) values (gen_random_uuid(), 1) returning id),
     event as (insert into bench_event (stream, version, data) select id, 1, '{"name":"Mardi matin","place":"Espace public numérique de Liège","startsOn":"2026-09-01","endsOn":"2027-06-30","languages":["fr","ar","nl"]}' from stream)
insert into bench_doc (id, data) select id, '{"name":"Mardi matin","place":"Espace public numérique de Liège","startsOn":"2026-09-01","endsOn":"2027-06-30","languages":["fr","ar","nl"],"facilitators":[]}' from stream
on conflict (id) do update set data = excluded.data;
commit;
SQL
pgbench_tps() { # script, clients
  "$pgbench_bin" -h 127.0.0.1 -p "$db_port" -U "$LL_PG_USER" -n -f "$1" -c "$2" -j 2 -T "$duration" livinglibrary_http 2>/dev/null \
    | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1 | awk '{ printf "%.0f", $1 }'
}
declare -A pg_tps pg_group
for c in 1 8 32; do
  pg_tps[$c]=$(pgbench_tps "$work/insert.sql" "$c")
  pg_group[$c]=$(pgbench_tps "$work/append.sql" "$c")
  row "pgbench single-row JSONB insert, $c clients (tx/s)" "${pg_tps[$c]}" "" ""
  row "  bound: pgbench, a group's append (3 rows, 1 tx), $c clients" "${pg_group[$c]}" "" ""
done

# 2. Authenticated commands: create a group, as a coordinator.
cat > "$work/create.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $coordinator"
wrk.body = '{"name":"Bench","place":"Here","startsOn":"2026-09-01","endsOn":"2027-06-30","languages":["fr"]}'
LUA
# wrk's "Requests/sec" counts every answer; the non-2xx ones are subtracted.
rate() { # wrk output -> 2xx answers per second
  local secs
  secs=$(sed -n 's/^ *[0-9]* requests in \([0-9.]*\)\(m*s\).*/\1 \2/p' "$1" | awk '{print ($2=="ms") ? $1/1000 : $1}')
  awk -v a="$(answered "$1")" -v s="$secs" 'BEGIN { printf "%.0f", a / s }'
}
ms() { # a wrk latency ("812.00us", "1.20ms", "1.02s") in milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}
postgres_pids() { pgrep -u postgres postgres | tr '\n' ' '; }
percent_of() { awk -v a="$1" -v p="$2" 'BEGIN { printf "%.0f", (p > 0) ? 100 * a / p : 0 }'; }
for c in 1 8 32; do
  before_api=$(cpu_of "$api"); before_pg=$(cpu_of $(postgres_pids)); cost_begin
  wrk -t "$(( c < 2 ? 1 : 2 ))" -c "$c" -d "${duration}s" -s "$work/create.lua" "$url/api/groups" > "$work/create-$c.txt"
  read -r cpu_ms kb <<<"$(cost_end "$(answered "$work/create-$c.txt")")"
  api_cpu=$(( $(cpu_of "$api") - before_api )); pg_cpu=$(( $(cpu_of $(postgres_pids)) - before_pg ))
  ticks=$(getconf CLK_TCK)
  non2xx=$(sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$work/create-$c.txt")
  if [ -n "$non2xx" ] && [ "$non2xx" -gt 0 ]; then echo "warning: $non2xx answers to POST /api/groups were not 2xx at $c connections" >&2; fi
  api_rate=$(rate "$work/create-$c.txt")
  ratio=$(percent_of "$api_rate" "${pg_tps[$c]}"); group_ratio=$(percent_of "$api_rate" "${pg_group[$c]}")
  row "POST /api/groups, $c connections (201/s)" "$api_rate" "" ""
  row "  CPU: API / PostgreSQL, of $(nproc) cores x ${duration} s" \
    "$(awk -v a="$api_cpu" -v p="$pg_cpu" -v t="$ticks" -v n="$(nproc)" -v d="$duration" 'BEGIN { printf "%.0f %% / %.0f %%", 100*a/t/(n*d), 100*p/t/(n*d) }')" "" ""
  row "  API CPU per command (ms)" "$cpu_ms" "<= 0.5" "$(awk -v v="$cpu_ms" 'BEGIN { print (v <= 0.5) ? "yes" : "NO" }')"
  row "  API allocations per command (KB)" "$kb" "" ""
  if [ "$c" = 1 ]; then
    row "  ratio: API / pgbench single-row at $c" "$ratio %" "" ""
    row "  ratio: API / pgbench group-shaped at $c" "$group_ratio %" "" ""
  else
    row "  ratio: API / pgbench single-row at $c" "$ratio %" ">= 25 %" "$([ "$ratio" -ge 25 ] && echo yes || echo NO)"
    row "  ratio: API / pgbench group-shaped at $c" "$group_ratio %" ">= 50 %" "$([ "$group_ratio" -ge 50 ] && echo yes || echo NO)"
  fi
done

# 3. Every view, at 32 connections; first what bounds them: PostgreSQL answering a point select of one JSONB row
#    by its primary key (the demo group's stored catalogue, the largest view), the same server answering without
#    the database (/health/live), and with the token checked but no database (/api/competences).
psql_db -c "drop table if exists bench_view; create table bench_view (id uuid primary key, data jsonb not null);
  insert into bench_view select id, data -> 'catalogue' from livinglibrary.mt_doc_grouplibrary where id = '$group';"
[ "$(psql_db -c "select count(*) from bench_view")" = 1 ] || { echo "The demo group has no stored views: stopping." >&2; exit 1; }
echo "select data from bench_view where id = '$group';" > "$work/select.sql"
point_select=$(pgbench_tps "$work/select.sql" 32)
row "bound: pgbench point select of one JSONB row, 32 clients (tx/s)" "$point_select" "" ""
views=(
  "anonymous|/health/live"
  "facilitator|/api/competences"
  "facilitator|/api/groups/$group"
  "facilitator|/api/groups/$group/catalogue"
  "facilitator|/api/groups/$group/skill-map"
  "facilitator|/api/groups/$group/participants"
  "facilitator|/api/groups/$group/pairings"
  "facilitator|/api/groups/$group/helper-load"
  "facilitator|/api/groups/$group/unmatched-needs"
  "coordinator|/api/catalogue"
  "coordinator|/api/skill-map"
  "coordinator|/api/pairings/stats"
)
for view in "${views[@]}"; do
  who="${view%%|*}"; path="${view#*|}"
  bearer=$([ "$who" = coordinator ] && echo "$coordinator" || echo "$facilitator")
  [ "$who" = anonymous ] && bearer=none
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $bearer" "$url$path")
  [ "$who" = anonymous ] && status=$(curl -s -o /dev/null -w '%{http_code}' "$url$path")
  [ "$status" = 200 ] || { echo "GET $path answered $status, not 200: stopping." >&2; exit 1; }
  cost_begin
  if [ "$who" = anonymous ]; then wrk -t 2 -c 32 -d "${duration}s" --latency "$url$path" > "$work/view.txt"
  else wrk -t 2 -c 32 -d "${duration}s" --latency -H "Authorization: Bearer $bearer" "$url$path" > "$work/view.txt"; fi
  read -r cpu_ms kb <<<"$(cost_end "$(answered "$work/view.txt")")"
  p50=$(ms "$(awk '$1 == "50%" { print $2 }' "$work/view.txt")")
  p99=$(ms "$(awk '$1 == "99%" { print $2 }' "$work/view.txt")")
  label="GET ${path/$group/{group\}} ($who), 32 conn."
  case "$path" in
    /health/live|/api/competences)
      row "bound: $label: req/s" "$(rate "$work/view.txt")" "" ""
      row "  p50 / p99 ms" "$p50 / $p99" "" "" ;;
    *)
      view_rate=$(rate "$work/view.txt")
      share=$(awk -v v="$view_rate" -v p="$point_select" 'BEGIN { printf "%.0f", 100 * v / p }')
      row "$label: req/s" "$view_rate" "" ""
      row "  / pgbench point select" "$share %" ">= 50 %" "$([ "$share" -ge 50 ] && echo yes || echo NO)"
      row "  p50 / p99 ms" "$p50 / $p99" "p99 <= 10" "$(awk -v p="$p99" 'BEGIN { print (p <= 10) ? "yes" : "NO" }')" ;;
  esac
  row "  API CPU (ms) / allocations (KB) per view" "$cpu_ms / $kb" "<= 0.2 ms" "$(awk -v v="$cpu_ms" 'BEGIN { print (v <= 0.2) ? "yes" : "NO" }')"
done

# 4. Memory after the load.
mb() { awk -v k="$1:" '$1 == k { printf "%.0f", $2 / 1024 }' "/proc/$api/status"; }
rss=$(mb VmRSS)
row "API resident memory after the load (MB)" "$rss" "<= 250" "$([ "$rss" -le 250 ] && echo yes || echo NO)"
# What the resident memory is: the heap and the runtime's own (anonymous), the mapped assemblies (file).
row "  anonymous / file-backed (MB)" "$(mb RssAnon) / $(mb RssFile)" "" ""
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $duration s per measure; $(date -u +%F)"

if [ -n "$markdown" ]; then
  {
    echo "| measure | value | target | met |"
    echo "| --- | ---: | ---: | --- |"
    for r in "${rows[@]}"; do IFS='|' read -r a b c d <<<"$r"; echo "| $a | $b | $c | $d |"; done
  } > "$markdown"
  echo "Markdown table written to $markdown"
fi
