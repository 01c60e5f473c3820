#!/usr/bin/env bash
# The project's private PostgreSQL: installed if missing, one cluster in .data/pg, loopback only,
# its own port, TCP on 127.0.0.1 only, run as the `postgres` OS user when the caller is root.
# Source it, then call `pg_up DBNAME [create]`: it exports ConnectionStrings__Marten for that
# database (and creates the database first when asked to).
# With ConnectionStrings__Marten already set, it does nothing: that PostgreSQL is used instead.
# `scripts/pg.sh stop` stops the cluster; `scripts/pg.sh status` tells whether it runs;
# `eval "$(scripts/pg.sh env)"` points the current shell at the demo database.
set -euo pipefail

LL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LL_PG_USER=livinglibrary

pg_bin() {
  local dir
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"; return
  fi
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && echo "$dir"
}

pg_install() {
  [ -n "$(pg_bin)" ] && return 0
  echo "PostgreSQL is not installed; installing it (Debian package 'postgresql')..."
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  elif command -v sudo >/dev/null && command -v apt-get >/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "Please install PostgreSQL 15 or newer (server binaries initdb, pg_ctl), or set"
    echo "ConnectionStrings__Marten to an existing PostgreSQL, then run this again." >&2
    return 1
  fi
  [ -n "$(pg_bin)" ] || { echo "PostgreSQL installation failed" >&2; return 1; }
}

# Runs a command as the cluster's owner: `postgres` when we are root (PostgreSQL refuses root).
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Where the cluster's files live. Normally .data/pg in the clone; when root runs from a folder the
# `postgres` user cannot reach (a clone under a home of mode 700), the data goes to /var/tmp and
# .data/pg is a link to it.
pg_data_dir() {
  local link="$LL_ROOT/.data/pg"
  mkdir -p "$LL_ROOT/.data"
  if [ -L "$link" ] || [ -d "$link" ]; then echo "$link"; return; fi
  if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$LL_ROOT/.data"; then
    local elsewhere="/var/tmp/livinglibrary-$(echo -n "$LL_ROOT" | sha1sum | cut -c1-12)/pg"
    mkdir -p "$elsewhere"
    ln -s "$elsewhere" "$link"
  else
    mkdir -p "$link"
  fi
  echo "$link"
}

# The cluster's port: chosen once, when the cluster is made (the first free one from 25432), and
# kept in .data/pg-port, so that two clones on one machine do not collide. It stays below Linux's
# ephemeral range (32768-60999): a port in it can be taken by a client's own outgoing connection
# (the API reconnecting while PostgreSQL is down), and PostgreSQL then cannot bind it again. A clone
# made before this rule gets a new port here, and its cluster is moved to it by pg_start.
pg_port() {
  if [ ! -s "$LL_ROOT/.data/pg-port" ] || [ "$(cat "$LL_ROOT/.data/pg-port")" -ge 32768 ]; then
    pg_next_port 25432 > "$LL_ROOT/.data/pg-port"
  fi
  cat "$LL_ROOT/.data/pg-port"
}

# The first port from $1 on that nothing listens on.
pg_next_port() {
  local port="$1"
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

pg_start() {
  pg_install
  local bin data real LL_PG_PORT
  bin="$(pg_bin)"
  data="$(pg_data_dir)"
  real="$(readlink -f "$data")"
  LL_PG_PORT="$(pg_port)"
  # A cluster without this clone's password was left by an earlier clone at the same path (its data
  # lives in /var/tmp when the clone is under a private home): it is nobody's now, so it starts afresh.
  if [ -f "$real/PG_VERSION" ] && [ ! -s "$LL_ROOT/.data/pg-password" ]; then
    echo "Removing a PostgreSQL cluster left in $real by an earlier clone at this path ..."
    as_owner "$bin/pg_ctl" -D "$real" -m fast -w stop >/dev/null 2>&1 || true
    find "$real" -mindepth 1 -delete
  fi
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$real"; fi
  chmod 700 "$real"
  if [ ! -f "$real/PG_VERSION" ]; then
    echo "Creating the private PostgreSQL cluster in $data ..."
    head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$LL_ROOT/.data/pg-password"
    chmod 600 "$LL_ROOT/.data/pg-password"
    local pwfile; pwfile="$(mktemp)"; cp "$LL_ROOT/.data/pg-password" "$pwfile"
    [ "$(id -u)" = 0 ] && chown postgres "$pwfile"
    as_owner "$bin/initdb" -D "$real" -U "$LL_PG_USER" --pwfile="$pwfile" --auth=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
    cat >> "$real/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $LL_PG_PORT
unix_socket_directories = ''  # TCP on loopback only: no socket path to outgrow
max_connections = 200
CONF
  fi
  if ! grep -q "^port = $LL_PG_PORT\b" "$real/postgresql.conf"; then
    echo "port = $LL_PG_PORT  # below the ephemeral port range" >> "$real/postgresql.conf"
    if as_owner "$bin/pg_ctl" -D "$real" status >/dev/null 2>&1; then
      echo "Moving the private PostgreSQL to port $LL_PG_PORT ..."
      as_owner "$bin/pg_ctl" -D "$real" -l "$real/server.log" -w -t 60 restart >/dev/null
    fi
  fi
  if ! as_owner "$bin/pg_ctl" -D "$real" status >/dev/null 2>&1; then
    # The port was free when chosen, but another program (another clone starting its own cluster at the
    # same moment) can take it before PostgreSQL binds it: then the next free port is taken, a few times.
    local tries=0
    until as_owner "$bin/pg_ctl" -D "$real" -l "$real/server.log" -w -t 60 start >/dev/null 2>&1; do
      tries=$((tries + 1))
      if [ "$tries" -ge 5 ] || ! tail -n 5 "$real/server.log" | grep -q "Address already in use"; then
        echo "PostgreSQL did not start; see $real/server.log" >&2; tail -n 20 "$real/server.log" >&2; return 1
      fi
      LL_PG_PORT="$(pg_next_port "$((LL_PG_PORT + 1))")"
      echo "$LL_PG_PORT" > "$LL_ROOT/.data/pg-port"
      echo "port = $LL_PG_PORT  # the previous one was taken" >> "$real/postgresql.conf"
      echo "Port taken; starting the private PostgreSQL on $LL_PG_PORT instead ..."
    done
  fi
}

pg_up() {
  local db="$1"
  if [ -n "${ConnectionStrings__Marten:-}" ]; then
    echo "Using the PostgreSQL given by ConnectionStrings__Marten."
    return 0
  fi
  pg_start
  local pw port; pw="$(cat "$LL_ROOT/.data/pg-password")"; port="$(pg_port)"
  if [ "${2:-}" = create ] && ! PGPASSWORD="$pw" psql -h 127.0.0.1 -p "$port" -U "$LL_PG_USER" -d postgres -tAc \
      "select 1 from pg_database where datname = '$db'" | grep -q 1; then
    PGPASSWORD="$pw" psql -h 127.0.0.1 -p "$port" -U "$LL_PG_USER" -d postgres -qc "create database \"$db\"" >/dev/null
  fi
  export ConnectionStrings__Marten="Host=127.0.0.1;Port=$port;Database=$db;Username=$LL_PG_USER;Password=$pw"
}

# One setting of ConnectionStrings__Marten (Host, Port, Database, ...), and psql with those settings.
pg_setting() { echo "$ConnectionStrings__Marten" | tr ';' '\n' | sed -n "s/^$1=//Ip" | head -n 1; }
pg_psql() {
  local port; port="$(pg_setting Port)"
  PGPASSWORD="$(pg_setting Password)" psql -h "$(pg_setting Host)" ${port:+-p "$port"} -U "$(pg_setting Username)" -qtAX "$@"
}

# A database of a check's own beside the configured one (the private cluster's, or ConnectionStrings__Marten's server):
# `pg_beside SUFFIX [fresh]` points ConnectionStrings__Marten at "<configured>_SUFFIX", created when missing (dropped
# and created again with `fresh`).
pg_beside() {
  local database; database="$(pg_setting Database)_$1"
  if [ "${2:-}" = fresh ]; then pg_psql -d postgres -c "drop database if exists \"$database\" with (force)" >/dev/null 2>&1; fi
  pg_psql -d postgres -c "select 1 from pg_database where datname = '$database'" | grep -q 1 \
    || pg_psql -d postgres -c "create database \"$database\"" >/dev/null
  export ConnectionStrings__Marten="$(echo "$ConnectionStrings__Marten" | sed "s/Database=[^;]*/Database=$database/I")"
}

pg_stop() {
  local bin data; bin="$(pg_bin)"; data="$LL_ROOT/.data/pg"
  if [ -n "$bin" ] && [ -f "$data/PG_VERSION" ]; then
    as_owner "$bin/pg_ctl" -D "$(readlink -f "$data")" -m fast stop 2>/dev/null || echo "The private PostgreSQL is not running."
  else
    echo "There is no private PostgreSQL cluster in $data."
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-}" in
    stop) pg_stop ;;
    start) pg_start && echo "The private PostgreSQL runs on 127.0.0.1:$(pg_port)." ;;
    env) pg_up livinglibrary >/dev/null && echo "export ConnectionStrings__Marten='$ConnectionStrings__Marten'" ;;
    status) as_owner "$(pg_bin)/pg_ctl" -D "$(readlink -f "$LL_ROOT/.data/pg")" status ;;
    *) echo "usage: scripts/pg.sh start|stop|status|env" >&2; exit 2 ;;
  esac
fi
