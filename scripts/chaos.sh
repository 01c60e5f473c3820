#!/usr/bin/env bash
# Chaos, on loopback only, bounded in time: creates groups from several clients at once while
#  1. the API is killed with SIGKILL and started again, then
#  2. PostgreSQL is restarted,
# and prints how many creations were acknowledged (201) and how many of those are found in the event
# store afterwards, and the answers seen while PostgreSQL was down.
# Usage: scripts/chaos.sh [--clients N] [--seconds S]   (defaults: 4 clients, 4 s before each blow)
set -euo pipefail
cd "$(dirname "$0")/.."

clients=4
seconds=4
while [ $# -gt 0 ]; do
  case "$1" in
    --clients) clients="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
done

source scripts/pg.sh
pg_up livinglibrary_chaos create >/dev/null
export PGPASSWORD="$(cat .data/pg-password)"
db_port="$(pg_port)"
bin="$(pg_bin)"
data="$(readlink -f "$(pg_data_dir)")"

echo "Publishing the API (Release, ReadyToRun)..."
publish=.data/publish-chaos
dotnet publish src/Api -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$publish" --nologo -v quiet -clp:ErrorsOnly >/dev/null
app="$(cd "$publish" && pwd)/LivingLibrary.Api.dll"
export ASPNETCORE_ENVIRONMENT=Development Auth__DevelopmentSigningKey="chaos-only-signing-key-of-32-bytes-xx" Logging__LogLevel__Default=Warning
(cd src/Api && dotnet "$app" db-apply >/dev/null 2>&1)

url=http://127.0.0.1:5092
work="$(mktemp -d)"
api=""
start_api() {
  (cd src/Api && exec dotnet "$app" --urls "$url" >>"$work/api.log" 2>&1) &
  api=$!
  for _ in $(seq 1 200); do curl -sf "$url/health/live" >/dev/null && return 0; sleep 0.05; done
  echo "The API did not start." >&2; return 1
}
stop_all() { [ -n "$api" ] && kill "$api" 2>/dev/null || true; touch "$work/stop"; wait 2>/dev/null || true; rm -rf "$work"; }
trap stop_all EXIT
start_api
token=$(curl -s -X POST "$url/dev/token" -H 'Content-Type: application/json' \
  -d '{"userId":"chaos","organisationId":"chaos","role":"coordinator"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')

# Each client creates groups until told to stop, and notes every answer: "phase status location".
phase() { echo "$1" > "$work/phase.next"; mv "$work/phase.next" "$work/phase"; }  # atomic: the clients read it
phase load
client() {
  local n=0 now answer
  while [ ! -e "$work/stop" ] && [ "$n" -lt 100000 ]; do
    n=$((n + 1))
    now=$(cat "$work/phase")
    answer=$(curl -s -o /dev/null -m 10 -w '%{http_code} %header{location}' -X POST "$url/api/groups" \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"name\":\"Chaos $1-$n\",\"place\":\"Here\",\"startsOn\":\"2026-09-01\",\"endsOn\":\"2027-06-30\",\"languages\":[\"fr\"]}" \
      2>/dev/null) || answer="000 "
    echo "$now $answer" >> "$work/answers-$1"
  done
}
for c in $(seq 1 "$clients"); do client "$c" & done

sleep "$seconds"
echo "kill -9 of the API under load"
phase api-killed
kill -9 "$api"; wait "$api" 2>/dev/null || true
start_api
phase load
sleep "$seconds"

echo "restart of PostgreSQL under load"
phase postgresql-restarting
as_owner "$bin/pg_ctl" -D "$data" -m fast -w restart >/dev/null
phase load
sleep "$seconds"
touch "$work/stop"
sleep 1
for job in $(jobs -p); do [ "$job" != "$api" ] && wait "$job" 2>/dev/null || true; done

cat "$work"/answers-* > "$work/all"
acknowledged=$(awk '$2 == 201' "$work/all" | wc -l)
found=$({ echo "create temp table acknowledged (id uuid); copy acknowledged from stdin;"
          awk '$2 == 201 { n = split($3, p, "/"); print p[n] }' "$work/all"; echo '\.'
          echo "select count(*) from acknowledged a join livinglibrary.mt_streams s on s.id = a.id;"; } |
        psql -h 127.0.0.1 -p "$db_port" -U "$LL_PG_USER" -d livinglibrary_chaos -qtAX | tail -n 1)
echo
echo "requests sent: $(wc -l < "$work/all") by $clients clients"
echo "acknowledged (201): $acknowledged; found in the event store afterwards: $found"
echo "answers by phase (000 = no answer: the API was down):"
awk '{ print $1, $2 }' "$work/all" | sort | uniq -c | awk '{ printf "  %-22s %s: %s\n", $2, $3, $1 }'
[ "$acknowledged" = "$found" ] || { echo "LOST: some acknowledged creations are not in the store" >&2; exit 1; }
