#!/usr/bin/env bash
# Two API processes on one database, the async projections distributed by Wolverine
# (Projections:Distribution=Wolverine), commands sent through both, on loopback: checks that a helper's
# capacity holds across the nodes when acceptances race on both, and that the stored views, once the
# projections caught up, say what the events say. ./test.sh runs it; it prints "two nodes: passed" or why not.
set -euo pipefail
cd "$(dirname "$0")/.."
trap 'echo "two nodes: FAILED at line $LINENO" >&2' ERR
source scripts/pg.sh
source scripts/check-lib.sh
pg_up livinglibrary >/dev/null
# Its own database beside the configured one (the private cluster's, or ConnectionStrings__Marten's server).
pg_beside twonodes
database="$(pg_setting Database)"
needs jq jq "two nodes"

# The API ./test.sh just built, or a Release build of our own.
app="${LL_API_DLL:-}"
if [ -z "$app" ]; then
  dotnet build src/Api -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
  app="$(pwd)/src/Api/bin/Release/net10.0/LivingLibrary.Api.dll"
fi
export ASPNETCORE_ENVIRONMENT=Development Auth__DevelopmentSigningKey="two-nodes-only-signing-key-of-32-bytes" \
  Projections__Distribution=Wolverine Logging__LogLevel__Default=Warning
(cd src/Api && dotnet "$app" db-apply >/dev/null 2>&1)

work="$(mktemp -d)"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
read -r first second <<<"$(free_ports 2 | tr '\n' ' ')"
nodes=("http://127.0.0.1:$first" "http://127.0.0.1:$second")
for i in 0 1; do
  (cd src/Api && exec dotnet "$app" --urls "${nodes[$i]}" --Logging:LogLevel:LivingLibrary.Api.Platform.Failover=Information \
    >>"$work/node-$i.log" 2>&1) &
  pids+=($!)
done
for node in "${nodes[@]}"; do
  for _ in $(seq 1 300); do curl -sf "$node/health/ready" >/dev/null && break; sleep 0.1; done
  curl -sf "$node/health/ready" >/dev/null || { echo "two nodes: $node did not start" >&2; exit 1; }
done

fail() { echo "two nodes: FAILED: $*" >&2; tail -n 20 "$work"/node-*.log >&2; exit 1; }
org="two-nodes-$(date +%s%N)"
token=$(curl -s -X POST "${nodes[0]}/dev/token" -H 'Content-Type: application/json' \
  -d "{\"userId\":\"coordinator\",\"organisationId\":\"$org\",\"role\":\"coordinator\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
# post NODE PATH JSON -> prints the answer's body; the status goes to $work/status
post() {
  curl -s -o "$work/body" -w '%{http_code}' -X POST "${nodes[$1]}$2" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "$3" > "$work/status"
  cat "$work/body"
}
field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }

group=$(post 0 /api/groups '{"name":"Deux noeuds","place":"Liège","startsOn":"2026-09-01","endsOn":"2027-06-30","languages":["fr"]}' | field id)
[ -n "$group" ] || fail "no group created"
enrol() { post "$1" "/api/groups/$group/participants" "{\"displayName\":\"$2\",\"languages\":[\"fr\"],\"consent\":{\"notice\":\"n\",\"givenOn\":\"2026-09-01\"}}" | field id; }
helper=$(enrol 1 Lucie)
post 0 "/api/participants/$helper/offers" '{"skill":"pay-bill-online","level":6}' >/dev/null
post 1 "/api/participants/$helper/capacity" '{"capacity":2}' >/dev/null
pairings=()
for i in 1 2 3 4; do
  learner=$(enrol $((i % 2)) "Learner $i")
  post $(((i + 1) % 2)) "/api/participants/$learner/assessments" \
    '{"source":"observedByFacilitator","assessedOn":"2026-09-01","intake":true,"levels":[{"skill":"pay-bill-online","level":1}]}' >/dev/null
  need=$(post $((i % 2)) "/api/participants/$learner/needs" '{"skill":"pay-bill-online","priority":"normal"}' | field createdId)
  pairing=$(post $(((i + 1) % 2)) /api/pairings "{\"needId\":\"$need\",\"helperId\":\"$helper\"}" | field id)
  [ -n "$pairing" ] || fail "proposal $i was not made: $(cat "$work/status") $(cat "$work/body")"
  post $((i % 2)) "/api/pairings/$pairing/accept" '{"party":"learner"}' >/dev/null
  pairings+=("$pairing")
done

# The helper's four acceptances at once, two through each node: two places, so two start.
racers=()
for i in 0 1 2 3; do
  curl -s -o /dev/null -w '%{http_code}\n' -X POST "${nodes[$((i % 2))]}/api/pairings/${pairings[$i]}/accept" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{"party":"helper"}' > "$work/accept-$i" &
  racers+=($!)
done
wait "${racers[@]}"
started=$(cat "$work"/accept-* | grep -c '^200$' || true)
refused=$(cat "$work"/accept-* | grep -c '^409$' || true)
[ "$started" = 2 ] && [ "$refused" = 2 ] || fail "acceptances across the nodes: $started started, $refused refused (expected 2 and 2)"

# The stored views, once the projections caught up (on whichever node Wolverine runs them), say what the events say.
tomorrow=$(date -u -d tomorrow +%F)
get() { curl -s -H "Authorization: Bearer $token" "${nodes[$1]}$2"; }
stored_load() {
  pg_psql -d "$database" -c \
    "select coalesce((select (data -> 'helperLoad') @> '[{\"helping\": 2}]' from livinglibrary.mt_doc_grouplibrary where id = '$group'), false)"
}
for _ in $(seq 1 60); do [ "$(stored_load)" = t ] && break; sleep 0.5; done
[ "$(stored_load)" = t ] || fail "the stored helper load never showed the two starts"
stored=$(get 0 "/api/groups/$group/catalogue" | jq -S 'del(.asOf)')
computed=$(get 1 "/api/groups/$group/catalogue?asOf=$tomorrow" | jq -S 'del(.asOf)')
[ "$stored" = "$computed" ] || fail "the stored catalogue differs from the one computed from the events"

# Failover: under write load, the node running the group views' projection is killed (kill -9). Within 5 s the other
# node projects (every projection takes events appended after the kill), and meanwhile its stored views say how far
# behind the events they are (View-Lag); once the load stops they catch up, say so, and match the events again.
node_id() { sed -n 's/.*is Wolverine node \([0-9a-f-]*\).*/\1/p' "$work/node-$1.log" | head -n 1; }
projecting=$(pg_psql -d "$database" -c \
  "select node_id from livinglibrary.wolverine_node_assignments where id like 'event-subscriptions://%/grouplibrary/%'")
runner=""
for i in 0 1; do [ -n "$projecting" ] && [ "$(node_id $i)" = "$projecting" ] && runner=$i; done
[ -n "$runner" ] || fail "no node of ours runs the GroupLibrary projection (assigned to '$projecting')"
survivor=$((1 - runner))
loaders=()
for client in 1 2; do
  (while [ ! -e "$work/stop" ]; do
    curl -s -o /dev/null -X POST "${nodes[$survivor]}/api/groups/$group/participants" -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' -d '{"displayName":"Load","languages":["fr"],"consent":{"notice":"n","givenOn":"2026-09-01"}}'
  done) &
  loaders+=($!)
done
head_sequence() { pg_psql -d "$database" -c "select coalesce(max(seq_id), 0) from livinglibrary.mt_events"; }
# The position of the projection furthest behind (each async projection has a row ':All' once it ran).
slowest_projection() { pg_psql -d "$database" -c "select coalesce(min(last_seq_id), 0) from livinglibrary.mt_event_progression where name like '%:All'"; }
lag_of_view() {
  curl -s -D - -o /dev/null -H "Authorization: Bearer $token" "${nodes[$survivor]}/api/groups/$group/catalogue" \
    | tr -d '\r' | sed -n 's/^view-lag: //Ip'
}
sleep 1
kill -9 "${pids[$runner]}"
killed=$(date +%s%N)
wait "${pids[$runner]}" 2>/dev/null || true
at_kill=$(head_sequence)
moved="" lag_meanwhile=""
# The header is read by each node at most every quarter second, beside the requests: while the surviving node catches up
# (writes go on meanwhile), its views say they are behind, if not before it took over then while it takes in the backlog.
while [ $(( ($(date +%s%N) - killed) / 1000000 )) -lt 30000 ]; do
  lag=$(lag_of_view)
  case "$lag" in events=0,*|"") ;; *) lag_meanwhile="$lag" ;; esac
  if [ -z "$moved" ] && [ "$(slowest_projection)" -gt "$at_kill" ]; then moved=$(( ($(date +%s%N) - killed) / 1000000 )); fi
  if [ -n "$moved" ] && { [ -n "$lag_meanwhile" ] || [ $(( ($(date +%s%N) - killed) / 1000000 - moved )) -gt 3000 ]; }; then break; fi
  sleep 0.2
done
touch "$work/stop"
wait "${loaders[@]}" 2>/dev/null || true
[ -n "$moved" ] || fail "30 s after the kill, no node projects the events appended since"
[ "$moved" -le 5000 ] || fail "the surviving node took the projections over ${moved} ms after the kill (more than 5 s)"
[ -n "$lag_meanwhile" ] || fail "while the projections moved, the stored view never said it was behind ($(lag_of_view))"
for _ in $(seq 1 60); do [ "$(slowest_projection)" -ge "$(head_sequence)" ] && break; sleep 0.5; done
for _ in $(seq 1 10); do [ "$(lag_of_view)" = "events=0, seconds=0.0" ] && break; sleep 0.3; done
[ "$(lag_of_view)" = "events=0, seconds=0.0" ] || fail "caught up, the stored view still says it is behind: $(lag_of_view)"
stored=$(get $survivor "/api/groups/$group/catalogue" | jq -S 'del(.asOf)')
computed=$(get $survivor "/api/groups/$group/catalogue?asOf=$tomorrow" | jq -S 'del(.asOf)')
[ "$stored" = "$computed" ] || fail "after the failover, the stored catalogue differs from the one computed from the events"
echo "two nodes: passed (2 of 4 racing acceptances started across the nodes; stored views caught up and match the events;"\
  "the node running the projections killed under load, the other projected ${moved} ms later, its views saying meanwhile \"$lag_meanwhile\")"
