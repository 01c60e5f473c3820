#!/usr/bin/env bash
# Pre-generates Wolverine's code for every endpoint into src/Api/Internal/Generated, so that no
# request compiles code at run time (the API loads these types; TypeLoadMode.Auto).
#   scripts/codegen.sh          regenerate (run it after changing an endpoint, then commit the folder)
#   scripts/codegen.sh --check  regenerate and fail if that changed anything: ./test.sh and CI run this
set -euo pipefail
cd "$(dirname "$0")/.."
check=0
case "${1:-}" in
  --check) check=1 ;;
  "") ;;
  *) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac

source scripts/pg.sh
pg_up livinglibrary >/dev/null
generated=src/Api/Internal/Generated
before="$(mktemp -d)"
trap 'rm -rf "$before"' EXIT

# Build with whatever is there, then write the code the endpoints generate now into an empty folder.
[ "$check" = 1 ] || rm -rf "$generated"
# ./test.sh has just built it (LL_API_DLL) and runs this check beside the tests.
if [ -z "${LL_API_DLL:-}" ]; then
  dotnet build src/Api --nologo -v quiet -clp:ErrorsOnly || {
    echo "The build failed. Errors in $generated mean the pre-generated code is stale: run scripts/codegen.sh." >&2
    exit 1
  }
fi
[ -d "$generated" ] && mv "$generated" "$before/"
(cd src/Api && ASPNETCORE_ENVIRONMENT=Development Auth__DevelopmentSigningKey="codegen-only-signing-key-of-32-bytes-x" \
  dotnet bin/Debug/net10.0/LivingLibrary.Api.dll codegen write >/dev/null)

if [ "$check" = 1 ] && ! diff -r "$before/Generated" "$generated" >/dev/null 2>&1; then
  echo "The pre-generated endpoint code was stale: it is regenerated now in $generated; review and commit it." >&2
  diff -rq "$before/Generated" "$generated" >&2 || true
  exit 1
fi
echo "Generated code in $generated is current ($(ls "$generated"/WolverineHandlers | wc -l) files)."
