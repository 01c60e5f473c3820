#!/usr/bin/env bash
# The API on http://127.0.0.1:5080 with the project's private PostgreSQL and demo data.
#   ./run.sh            start (or reuse) the database, apply the schema, load the demo data, run the API
#   ./run.sh --no-demo  the same without the demo data
# Ctrl-C stops the API; `scripts/pg.sh stop` stops the database.
# Set ConnectionStrings__Marten to use an existing PostgreSQL instead of the private one.
set -euo pipefail
cd "$(dirname "$0")"

demo=1
for arg in "$@"; do
  case "$arg" in
    --no-demo) demo=0 ;;
    -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

source scripts/pg.sh
pg_up livinglibrary create

# The development token issuer's key, kept so that tokens survive a restart of the API.
if [ ! -s .data/dev-signing-key ]; then
  head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > .data/dev-signing-key
  chmod 600 .data/dev-signing-key
fi
export Auth__DevelopmentSigningKey="$(cat .data/dev-signing-key)"
export ASPNETCORE_ENVIRONMENT=Development
# Erasures are listed outside the database, to be applied again after a restore (docs/adr/0014).
export Privacy__ForgetList="$PWD/.data/forget-list.jsonl"

echo "Building the API..."
scripts/nuget-cache.sh
dotnet build src/Api --nologo -v quiet -clp:ErrorsOnly
cd src/Api
api=(dotnet bin/Debug/net10.0/LivingLibrary.Api.dll)
quiet() { grep -vE '^(Searching |for commands|PublicKeyToken|commands$|$)' || true; }

"${api[@]}" db-apply 2>&1 | quiet | tail -n 1
if [ "$demo" = 1 ]; then "${api[@]}" demo-data 2>&1 | quiet | tail -n 1; fi

cat <<MSG

LivingLibrary API on http://127.0.0.1:5080
  The console (pages for facilitators and coordinators): http://127.0.0.1:5080/console
    sign in as "demo-facilitator" (facilitator) or "demo-coordinator" (coordinator), organisation "demo"
  Interactive docs:  http://127.0.0.1:5080/docs   (OpenAPI: /openapi/v1.json)
  A token (demo coordinator; role "facilitator" and userId "demo-facilitator" for the facilitator):
    curl -s -X POST http://127.0.0.1:5080/dev/token -H 'Content-Type: application/json' \\
      -d '{"userId":"demo-coordinator","organisationId":"demo","role":"coordinator"}'
  Then: curl -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:5080/api/groups
Ctrl-C stops the API; scripts/pg.sh stop stops the database.

MSG
exec "${api[@]}" --urls http://127.0.0.1:5080
