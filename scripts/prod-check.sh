#!/usr/bin/env bash
# The production path, without Docker: the published API in Production, behind Caddy with TLS (its local CA), signed
# in against a real OpenID Connect server (tests/IdentityProvider, OpenIddict), on its own database beside the
# configured one. Checks the console's authorization-code sign-in, API tokens (and refusal of another issuer's or
# audience's), cookies and antiforgery across a restart and on a second node, HTTPS redirects and HSTS, and that the
# development-only addresses are absent. ./test.sh runs it; it prints "prod: passed" or "prod: FAILED: why".
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
fail() { echo "prod: FAILED: $*" >&2; [ -n "${work:-}" ] && tail -n 15 "$work"/*.log >&2 2>/dev/null; exit 1; }
trap 'fail "at line $LINENO"' ERR
source scripts/pg.sh
source scripts/check-lib.sh
pg_up livinglibrary >/dev/null

# Debian's Caddy, installed when missing as PostgreSQL and Chromium are; never a download at run time.
if ! command -v caddy >/dev/null; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  command -v apt-get >/dev/null || fail "Caddy is missing: install it (on Debian: apt-get install caddy)"
  echo "Caddy is not installed; installing it (Debian package 'caddy')..."
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq caddy >/dev/null \
    || fail "installing Caddy failed (apt-get install caddy)"
fi

# Its own database beside the configured one (as scripts/two-nodes.sh).
pg_beside prod
database="$(pg_setting Database)"

work="$(mktemp -d)"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
trap 'fail "at line $LINENO"' ERR

# Published into .data/ (kept between runs: a publish then copies only what changed).
api_dir="$(pwd)/.data/prod-check/api"
# Under ./test.sh the solution was just built (LL_API_DLL): the API is published from that build and the identity
# provider taken from it, so that nothing compiles beside the tests. Alone, both are built in Release, the provider while
# the API publishes. The schema is applied while the proxy and the provider start.
if [ -n "${LL_API_DLL:-}" ]; then configuration=Debug; else configuration=Release; fi
if [ "$configuration" = Debug ]; then
  true & idp_build=$!
  dotnet publish src/Api -c Debug --no-build -o "$api_dir" --nologo -v quiet -clp:ErrorsOnly >/dev/null || fail "the API did not publish"
else
  dotnet build tests/IdentityProvider -c Release --nologo -v quiet -clp:ErrorsOnly >"$work/idp-build.log" 2>&1 &
  idp_build=$!
  dotnet publish src/Api -c Release -o "$api_dir" --nologo -v quiet -clp:ErrorsOnly >/dev/null || fail "the API did not publish"
fi
built=$((SECONDS - started))
export ASPNETCORE_ENVIRONMENT=Production
(cd "$api_dir" && dotnet LivingLibrary.Api.dll db-apply >"$work/db-apply.log" 2>&1) &
schema=$!

read -r node1 node2 idp http https https2 idps <<<"$(free_ports 7 | tr '\n' ' ')"
# The site has a name of its own: ASP.NET sends no HSTS header to localhost. curl reaches it with --resolve.
site="livinglibrary.test"
cat >"$work/Caddyfile" <<EOF
{
	admin off
	skip_install_trust
	local_certs
	storage file_system $work/caddy
	http_port $http
	https_port $https
}
$site {
	reverse_proxy 127.0.0.1:$node1
}
$site:$https2 {
	reverse_proxy 127.0.0.1:$node2
}
localhost:$idps {
	reverse_proxy 127.0.0.1:$idp
}
EOF
caddy run --config "$work/Caddyfile" --adapter caddyfile >"$work/caddy.log" 2>&1 &
pids+=($!)
ca="$work/caddy/pki/authorities/local/root.crt"

wait "$idp_build" || fail "the identity provider did not build: $(tail -n 3 "$work/idp-build.log")"
console_secret="console-$(openssl rand -hex 16)"; check_secret="check-$(openssl rand -hex 16)"
org="prod-check"
(exec env ASPNETCORE_FORWARDEDHEADERS_ENABLED=true Console__Secret="$console_secret" Check__Secret="$check_secret" \
  Console__RedirectUri="https://$site:$https/console/signin-oidc" User__Org="$org" Logging__LogLevel__Default=Warning \
  dotnet tests/IdentityProvider/bin/$configuration/net10.0/LivingLibrary.IdentityProvider.dll --urls "http://127.0.0.1:$idp" >"$work/idp.log" 2>&1) &
pids+=($!)

# The API trusts the local CA for the identity provider's address (SSL_CERT_FILE), as a server trusts a public CA.
start_node() { # PORT -> starts an API node on it, in Production, behind the proxy
  (cd "$api_dir" && exec env Auth__Authority="https://localhost:$idps/" Auth__ConsoleClientSecret="$console_secret" \
    ASPNETCORE_FORWARDEDHEADERS_ENABLED=true SSL_CERT_FILE="$ca" Projections__Distribution=Wolverine \
    Privacy__ForgetList="$work/forget-list.jsonl" Logging__LogLevel__Default=Warning \
    dotnet LivingLibrary.Api.dll --urls "http://127.0.0.1:$1" >>"$work/api-$1.log" 2>&1) &
  pids+=($!); node_pid[$1]=$!
}
declare -A node_pid
ready() { # PORT
  for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$1/health/ready" >/dev/null && return; sleep 0.1; done
  fail "the API node on port $1 did not start"
}
for _ in $(seq 1 100); do [ -s "$ca" ] && break; sleep 0.1; done
[ -s "$ca" ] || fail "Caddy made no local CA"
wait "$schema" || fail "db-apply in Production: $(tail -n 3 "$work/db-apply.log")"
start_node "$node1"; start_node "$node2"
ready "$node1"; ready "$node2"

# curl as a browser: trusting the local CA, the site's name on loopback, one cookie jar.
jar="$work/cookies"
web() { curl -s --cacert "$ca" --resolve "$site:$https:127.0.0.1" --resolve "$site:$https2:127.0.0.1" --resolve "$site:$http:127.0.0.1" -b "$jar" -c "$jar" "$@"; }
status() { web -o "$work/body" -w '%{http_code}' "$@"; }
pass() { echo "  prod: $*"; }

# HTTPS only: HTTP is redirected, HTTPS answers carry HSTS.
redirect=$(web -o /dev/null -w '%{http_code} %{redirect_url}' "http://$site:$http/console/")
[ "$redirect" = "308 https://$site/console/" ] || [ "$redirect" = "308 https://$site:$https/console/" ] || fail "HTTP is not redirected to HTTPS: $redirect"
pass "HTTP redirected to HTTPS ($redirect)"
web -D "$work/headers" -o /dev/null "https://$site:$https/health/ready"
grep -qi '^strict-transport-security: max-age=' "$work/headers" || fail "no HSTS header on an HTTPS answer"
pass "HSTS: $(grep -i '^strict-transport-security' "$work/headers" | tr -d '\r')"

# The console's sign-in: the authorization code flow, through the identity provider, back with a cookie.
web -L -o "$work/form" "https://$site:$https/console/"
action=$(sed -n 's/.*<form[^>]*action="\([^"]*\)".*/\1/p' "$work/form" | head -n 1)
[ "$action" = "https://$site:$https/console/signin-oidc" ] || fail "the identity provider did not answer the console's sign-in with its form: $(head -c 400 "$work/form")"
fields=()
while IFS= read -r input; do
  name=$(echo "$input" | sed -n 's/.*name="\([^"]*\)".*/\1/p'); value=$(echo "$input" | sed -n 's/.*value="\([^"]*\)".*/\1/p')
  fields+=(--data-urlencode "$name=$(echo "$value" | sed 's/&amp;/\&/g; s/&#x2B;/+/g; s/&#x3D;/=/g; s/&#x2F;/\//g')")
done < <(grep -o '<input[^>]*>' "$work/form")
web -L -o "$work/page" -w '%{http_code}' "${fields[@]}" "$action" >"$work/code"
[ "$(cat "$work/code")" = 200 ] && grep -q "prod-check-coordinator" "$work/page" \
  || fail "the console's sign-in did not end on a page for the user: $(cat "$work/code") $(grep -o '<title>[^<]*' "$work/page")"
grep -q "livinglibrary-console" "$jar" || fail "no console cookie after the sign-in"
awk '$6 == "livinglibrary-console" && $4 == "TRUE" {ok=1} END {exit !ok}' "$jar" || fail "the console's cookie is not Secure behind the proxy"
pass "console sign-in by authorization code: /console answers 200 for the user; its cookie is Secure"

# API tokens from the identity provider: accepted for the API's audience, refused from another issuer or for another audience.
token() { # TOKEN-ENDPOINT [AUDIENCE]
  curl -s --cacert "$ca" -d grant_type=client_credentials -d client_id=prod-check -d "client_secret=$check_secret" \
    ${2:+-d "audience=$2"} "$1" | jq -r .access_token
}
api() { curl -s -o "$work/body" -w '%{http_code}' --cacert "$ca" --resolve "$site:$https:127.0.0.1" -H "Authorization: Bearer $1" "https://$site:$https/api/groups"; }
good=$(token "https://localhost:$idps/connect/token")
[ "$(api "$good")" = 200 ] || fail "a token from the identity provider was refused: $(cat "$work/body")"
other_issuer=$(token "http://127.0.0.1:$idp/connect/token")
[ "$(api "$other_issuer")" = 401 ] || fail "a token from another issuer was not refused (401)"
other_audience=$(token "https://localhost:$idps/connect/token" another-api)
[ "$(api "$other_audience")" = 401 ] || fail "a token for another audience was not refused (401)"
pass "API: its token 200; another issuer's 401; another audience's 401"

# What only Development has is absent: 404 even with a valid token (without one, every unknown address is a 401).
[ "$(status -H "Authorization: Bearer $good" -X POST -H 'Content-Type: application/json' -d '{}' "https://$site:$https/dev/token")" = 404 ] \
  || fail "/dev/token answered $(cat "$work/body")"
[ "$(status -H "Authorization: Bearer $good" "https://$site:$https/docs")" = 404 ] || fail "/docs is served in Production"
pass "no /dev/token, no /docs (404)"

# Cookies and antiforgery tokens are protected with keys in PostgreSQL: they survive a restart and work on the second node.
antiforgery() { sed -n 's/.*name="__RequestVerificationToken"[^>]*value="\([^"]*\)".*/\1/p' "$work/body" | head -n 1; }
create_group() { # BASE TOKEN -> the status of the console's "new group" form posted
  status -X POST "$1/console/" --data-urlencode "__RequestVerificationToken=$2" --data-urlencode "name=Prod check" \
    --data-urlencode "place=Liège" -d startsOn=2026-09-01 -d endsOn=2027-06-30 -d languages=fr
}
[ "$(status "https://$site:$https/console/")" = 200 ] || fail "the console page did not answer 200 before the restart"
form_token=$(antiforgery)
[ -n "$form_token" ] || fail "no antiforgery token in the console's form"
[ "$(create_group "https://$site:$https" "")" = 400 ] || fail "a form posted without its antiforgery token was not refused"
kill "${node_pid[$node1]}"; wait "${node_pid[$node1]}" 2>/dev/null || true
start_node "$node1"; ready "$node1"
[ "$(status "https://$site:$https/console/")" = 200 ] || fail "the console's cookie did not survive the API's restart"
[ "$(create_group "https://$site:$https" "$form_token")" = 302 ] || fail "the form's antiforgery token did not survive the API's restart"
[ "$(status "https://$site:$https2/console/")" = 200 ] || fail "the console's cookie did not work on the second node"
[ "$(create_group "https://$site:$https2" "$form_token")" = 302 ] || fail "the form's antiforgery token did not work on the second node"
pass "console cookie and antiforgery token after a restart and on a second node"

echo "prod: passed ($((SECONDS - started)) s, of which $built s publishing)"
