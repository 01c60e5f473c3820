#!/usr/bin/env bash
# Writes the demo organisation's funder report as a PDF, printed by headless Chromium from the printable page.
# Usage: scripts/sample-report.sh [out.pdf] [fr|nl|en]   (default report-sample.pdf, French)
# Uses the private PostgreSQL (a database of its own, with the demo data) and an API on port 5088.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-report-sample.pdf}")"
language="${2:-fr}"
source scripts/pg.sh
pg_up livinglibrary_sample create
source scripts/chromium.sh
chromium_install

export ASPNETCORE_ENVIRONMENT=Development Auth__DevelopmentSigningKey="sample-report-only-signing-key-of-32b"
dotnet build src/Api --nologo -v quiet -clp:ErrorsOnly
api=(dotnet bin/Debug/net10.0/LivingLibrary.Api.dll)
(cd src/Api && "${api[@]}" db-apply >/dev/null 2>&1 && "${api[@]}" demo-data >/dev/null 2>&1)
(cd src/Api && exec "${api[@]}" --urls http://127.0.0.1:5088 >/dev/null 2>&1) &
pid=$!
work="$(mktemp -d)"
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 200); do curl -sf http://127.0.0.1:5088/health/ready >/dev/null && break; sleep 0.1; done
token=$(curl -s -X POST http://127.0.0.1:5088/dev/token -H 'Content-Type: application/json' \
  -d '{"userId":"demo-coordinator","organisationId":"demo","role":"coordinator"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
sleep 3 # a report reads only settled events: the demo data was just written
curl -sf -H "Authorization: Bearer $token" -o "$work/report.html" \
  "http://127.0.0.1:5088/api/reports/funder?from=2026-09-01&to=2027-06-30&format=printable&language=$language"
chromium=$(command -v chromium || command -v chromium-browser)
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --disable-extensions --user-data-dir="$work/profile" \
  --no-pdf-header-footer --print-to-pdf="$out" "file://$work/report.html" 2>/dev/null
echo "wrote $out"
