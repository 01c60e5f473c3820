#!/usr/bin/env bash
# Measures the API's cold start: process start to the first answer of /health/ready, then the
# first command and a second one.
# Usage: scripts/cold-start.sh   (uses the private PostgreSQL; port 5089; the Release build published
# ReadyToRun, as the Dockerfile publishes it: ahead-of-time compiled code that the JIT need not compile at start)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pg.sh
pg_up livinglibrary_coldstart create
export ASPNETCORE_ENVIRONMENT=Development Auth__DevelopmentSigningKey="cold-start-measurement-signing-key-32b"
app=.data/publish
dotnet publish src/Api -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$app" --nologo -v quiet -clp:ErrorsOnly >/dev/null
app="$(cd "$app" && pwd)/LivingLibrary.Api.dll"
(cd src/Api && dotnet "$app" db-apply >/dev/null 2>&1)

ms() { echo $(( $(date +%s%N) / 1000000 )); }
start=$(ms)
(cd src/Api && exec dotnet "$app" --urls http://127.0.0.1:5089 >/dev/null 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf http://127.0.0.1:5089/health/ready >/dev/null; do sleep 0.05; done
ready=$(ms)
token=$(curl -s -X POST http://127.0.0.1:5089/dev/token -H 'Content-Type: application/json' \
  -d '{"userId":"c","organisationId":"cold-start","role":"coordinator"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
create() {
  curl -s -o /dev/null -w '%{http_code}' -X POST http://127.0.0.1:5089/api/groups -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' \
    -d '{"name":"Cold start","place":"Here","startsOn":"2026-09-01","endsOn":"2027-06-30","languages":["fr"]}'
}
t0=$(ms); code1=$(create); t1=$(ms); code2=$(create); t2=$(ms)
echo "process start to /health/ready: $((ready - start)) ms"
echo "first command (POST /api/groups, $code1; its code is pre-generated, so this is the first use of each path): $((t1 - t0)) ms"
echo "second command ($code2): $((t2 - t1)) ms"
