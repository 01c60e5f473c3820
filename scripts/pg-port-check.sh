#!/usr/bin/env bash
# Checks that the private PostgreSQL starts when its chosen port is taken between the choice and the start
# (two clones starting at once): a throwaway clone of scripts/pg.sh whose recorded port is held by a
# listener must still come up, on another port. ./test.sh runs it; it prints "pg port: passed" or why not.
set -euo pipefail
cd "$(dirname "$0")/.."
clone="$(mktemp -d /var/tmp/ll-pg-port.XXXXXX)"
chmod 755 "$clone"
holder=""
cleanup() {
  [ -n "$holder" ] && kill "$holder" 2>/dev/null || true
  (source "$clone/scripts/pg.sh" && pg_stop >/dev/null 2>&1) || true
  rm -rf "$(readlink -f "$clone/.data/pg" 2>/dev/null || echo /nonexistent)" "$clone"
}
trap cleanup EXIT
mkdir -p "$clone/scripts" "$clone/.data"
cp scripts/pg.sh "$clone/scripts/"
unset ConnectionStrings__Marten  # ./test.sh exports the suite's; this check needs its own cluster
source "$clone/scripts/pg.sh"

taken=27432
while (echo >"/dev/tcp/127.0.0.1/$taken") 2>/dev/null; do taken=$((taken + 1)); done
echo "$taken" > "$clone/.data/pg-port"
# Something else binds the port after it was chosen: a plain listener on it.
perl -MIO::Socket::INET -e '
  my $s = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => $ARGV[0], Listen => 5, ReuseAddr => 1) or die "$!";
  $| = 1; print "listening\n"; sleep 120' "$taken" > "$clone/listener" &
holder=$!
for _ in $(seq 50); do grep -q listening "$clone/listener" 2>/dev/null && break; sleep 0.1; done
grep -q listening "$clone/listener" || { echo "pg port: FAILED, the listener did not start" >&2; exit 1; }

pg_up portcheck >/dev/null
started="$(cat "$clone/.data/pg-port")"
if [ "$started" != "$taken" ] && PGPASSWORD="$(cat "$clone/.data/pg-password")" \
    psql -h 127.0.0.1 -p "$started" -U livinglibrary -d postgres -tAc 'select 1' | grep -q 1; then
  echo "pg port: passed (port $taken was taken; the cluster started on $started)"
else
  echo "pg port: FAILED (port $taken was taken; recorded port $started)" >&2
  exit 1
fi
