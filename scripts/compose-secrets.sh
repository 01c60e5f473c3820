#!/usr/bin/env bash
# Writes the secrets docker-compose.yml reads, in ./secrets (mode 600, never committed): a random PostgreSQL password, the
# API's connection string with it, and the console's client secret given as the first argument (from the identity provider).
# Existing files are kept: run it again safely.   scripts/compose-secrets.sh [console-client-secret]
set -euo pipefail
cd "$(dirname "$0")/.."
umask 077
mkdir -p secrets
if [ ! -s secrets/postgres_password ]; then head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > secrets/postgres_password; fi
if [ ! -s secrets/connection_string ]; then
  printf 'Host=postgres;Port=5432;Database=livinglibrary;Username=livinglibrary;Password=%s' "$(cat secrets/postgres_password)" > secrets/connection_string
fi
if [ -n "${1:-}" ]; then printf '%s' "$1" > secrets/console_client_secret; fi
touch secrets/console_client_secret
echo "Secrets in $(pwd)/secrets: $(ls secrets | tr '\n' ' ')"
