#!/usr/bin/env bash
# The README's examples, run as a reader would paste them: the API in Development on a fresh database of its own
# (beside the configured one), the demo data, then every ```sh block of README.md in order, in one shell, with
# `set -euo pipefail` and curl failing on a refused request (--fail-with-body), except where a command asks for the
# status itself (-w '%{http_code}'). Blocks fenced ```bash (./run.sh, Docker) are not run.
# `scripts/readme-check.sh [FILE]` checks another Markdown file instead. ./test.sh runs it; it prints "readme: passed"
# or "readme: FAILED: block N (heading), its line L: the command", then the block's answer.
set -euo pipefail
readme="$(realpath "${1:-README.md}")"
cd "$(dirname "$0")/.."
trap 'echo "readme: FAILED at line $LINENO of scripts/readme-check.sh" >&2' ERR
source scripts/pg.sh
source scripts/check-lib.sh
pg_up livinglibrary >/dev/null
# A fresh database every run: the walk-throughs change the demo (a pairing, a loan, an erasure).
pg_beside readme fresh
database="$(pg_setting Database)"
needs jq jq readme

work="$(mktemp -d)"
api=""
trap '[ -z "$api" ] || kill "$api" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

# The API ./test.sh just built, or a Release build of our own.
app="${LL_API_DLL:-}"
if [ -z "$app" ]; then
  dotnet build src/Api -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
  app="$(pwd)/src/Api/bin/Release/net10.0/LivingLibrary.Api.dll"
fi
export ASPNETCORE_ENVIRONMENT=Development Auth__DevelopmentSigningKey="readme-check-only-signing-key-32-bytes" \
  Logging__LogLevel__Default=Warning Privacy__ForgetList="$work/forget-list.jsonl"
(cd src/Api && dotnet "$app" db-apply >"$work/db-apply.log" 2>&1) || { echo "readme: FAILED: db-apply" >&2; tail -n 20 "$work/db-apply.log" >&2; exit 1; }
(cd src/Api && dotnet "$app" demo-data >"$work/demo-data.log" 2>&1) || { echo "readme: FAILED: demo-data" >&2; tail -n 20 "$work/demo-data.log" >&2; exit 1; }

port=$(free_ports 1)
(cd src/Api && exec dotnet "$app" --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1) &
api=$!
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.1; done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "readme: FAILED: the API did not start" >&2; tail -n 20 "$work/api.log" >&2; exit 1; }

# Every ```sh block, in order, with the heading it stands under; an indented block loses its indentation.
awk -v dir="$work" '
  /^#+ / && !inside { heading = $0; sub(/^#+ /, "", heading) }
  !inside && /^ *```sh *$/ { inside = 1; match($0, /^ */); indent = RLENGTH; n++
    printf "%s\n", heading > (dir "/heading." n); next }
  inside && $0 ~ /^ *``` *$/ { inside = 0; close(dir "/block." n); close(dir "/heading." n); next }
  inside { line = $0; if (substr(line, 1, indent) ~ /^ *$/) line = substr(line, indent + 1); print line > (dir "/block." n) }
  END { print n + 0 > (dir "/count") }' "$readme"
blocks=$(cat "$work/count")
[ "$blocks" -gt 0 ] || { echo "readme: FAILED: no \`\`\`sh block in $readme" >&2; exit 1; }

# The blocks run in one shell, in a scratch folder (they may write files such as report.zip).
mkdir "$work/reader"
cat >"$work/run.sh" <<'RUN'
set -Eeuo pipefail
curl() {
  case " $* " in
    *'%{http_code}'*) command curl "$@" | tee /dev/stderr ;;  # the status, in the block's answer too
    *) command curl --fail-with-body "$@" ;;
  esac
}
# On a failure, the block's own line that was running (not the line inside a helper such as `post`).
failed() {
  local i line="?"
  for i in "${!BASH_SOURCE[@]}"; do
    if [ "$i" -gt 0 ] && [ "${BASH_SOURCE[$i]}" = "$work/block.$block" ]; then line=${BASH_LINENO[$((i - 1))]}; break; fi
  done
  printf '%s\n' "$block" "$line" > "$work/failed"
}
trap failed ERR
for block in $(seq 1 "$blocks"); do
  source "$work/block.$block" >"$work/answer.$block" 2>&1
done
RUN
if (cd "$work/reader" && API="http://127.0.0.1:$port" work="$work" blocks="$blocks" bash "$work/run.sh"); then
  echo "readme: passed ($blocks blocks)"
else
  { read -r block; read -r line; } < "$work/failed" 2>/dev/null || { block="?"; line="?"; }
  command=$(awk -v from="$line" 'NR >= from { print; if (!/\\$/) exit }' "$work/block.$block" 2>/dev/null)
  echo "readme: FAILED: block $block ($(cat "$work/heading.$block" 2>/dev/null)), its line $line: $command" >&2
  echo "its answer:" >&2
  tail -n 12 "$work/answer.$block" >&2 2>/dev/null || true
  # A 500 says nothing to the reader: the API's own log says what failed.
  if grep -q "fail:" "$work/api.log"; then echo "the API's log:" >&2; grep -A 12 "fail:" "$work/api.log" | head -n 40 >&2; fi
  exit 1
fi
