#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the tests (Debian's packages, installed when missing)
# and prints the connection string of its superuser. Usage: scripts/test-postgres.sh start|stop [DIR]
set -euo pipefail

action="${1:-start}"
dir="${2:-${TMPDIR:-/tmp}/jobscout-test-pg}"
port="${JOBSCOUT_TEST_PG_PORT:-55432}"

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

bin="$(find_bin)"
if [ "$action" = "stop" ]; then
  [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  exit 0
fi

if [ -z "$bin" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "test-postgres: installing Debian's postgresql…" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin="$(find_bin)"
  fi
fi
if [ -z "$bin" ]; then
  echo "test-postgres: PostgreSQL is not installed and could not be (need root and apt-get)." >&2
  exit 1
fi

if [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  exit 0
fi

rm -rf "$dir"
mkdir -p "$dir"
[ "$(id -u)" = "0" ] && chown postgres:postgres "$dir"
# Trust on loopback only: a test server with no data worth a password, gone when the run ends.
as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync >/dev/null
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" \
  start >/dev/null
echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
