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
root="$PWD"
cd src/Api
api=(dotnet bin/Debug/net10.0/LivingLibrary.Api.dll)
quiet() { grep -vE '^(Searching |for commands|PublicKeyToken|commands$|$)' || true; }

# A database named by ConnectionStrings__Marten that does not exist yet is created, when its user may create databases.
create_database() {
  command -v psql >/dev/null && pg_psql -d postgres -c "create database \"$(pg_setting Database)\"" >/dev/null 2>&1
}

# One step of the API's command line. Its last line when it works; when it fails, its first error line in full, what to do,
# and where its whole output is.
step() {
  local name="$1" log="$root/.data/$1.log"
  if "${api[@]}" "$name" >"$log" 2>&1; then quiet <"$log" | tail -n 1; return 0; fi
  if [ "$name" = db-apply ] && grep -q '3D000' "$log" && create_database; then
    echo "Created the database $(pg_setting Database)."
    "${api[@]}" "$name" >"$log" 2>&1 && { quiet <"$log" | tail -n 1; return 0; }
  fi
  echo "$name failed:" >&2
  # The innermost cause first (PostgreSQL's own code and words), else the first exception or refusal.
  grep -m 1 -E '[0-9A-Z]{5}: ' "$log" >&2 || grep -m 1 -E 'Exception|cannot start|only with' "$log" >&2 || tail -n 5 "$log" >&2
  if grep -q '3D000' "$log"; then
    echo "The database $(pg_setting Database) does not exist and could not be created with this user: create it (createdb), or unset ConnectionStrings__Marten to use the private PostgreSQL." >&2
  elif grep -qE '28P01|password authentication' "$log"; then
    echo "PostgreSQL refused the user or password of ConnectionStrings__Marten." >&2
  elif grep -qE 'Connection refused|Failed to connect' "$log"; then
    echo "Nothing answers at the host and port of ConnectionStrings__Marten: is PostgreSQL running there?" >&2
  fi
  echo "Its whole output: $log" >&2
  exit 1
}

step db-apply
if [ "$demo" = 1 ]; then step demo-data; fi

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
