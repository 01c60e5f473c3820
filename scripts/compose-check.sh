#!/usr/bin/env bash
# Checks that docker-compose.yml is valid (Debian's docker-compose parses it) and safe by default: Production, no demo
# data unless LL_DEMO=1, secrets from files, the API as a non-root user. ./test.sh runs it; it prints "compose: passed" or why not.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v docker-compose >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null
  else echo "compose: needs docker-compose (apt-get install docker-compose)" >&2; exit 1; fi
fi
fail() { echo "compose: FAILED: $*" >&2; exit 1; }
config="$(env -u ASPNETCORE_ENVIRONMENT -u LL_DEMO docker-compose -f docker-compose.yml config 2>&1)" || fail "$config"
grep -q "ASPNETCORE_ENVIRONMENT: Production" <<<"$config" || fail "the API does not run in Production by default"
grep -q "LL_DEMO: '0'" <<<"$config" || fail "demo data is not off by default"
grep -q "target: ConnectionStrings__Marten" <<<"$config" || fail "the connection string is not a secret file"
! grep -qi "password=" <<<"$config" || fail "a password is written in the compose file"
grep -q "^USER app" src/Api/Dockerfile || fail "the image does not run as a non-root user"
echo "compose: passed"
