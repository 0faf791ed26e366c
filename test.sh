#!/usr/bin/env bash
# Installs what the tests need (Debian's Chromium for the browser tests, PostgreSQL for the cluster tests),
# then runs every test: once on SQLite with the cluster tests, then the store suites again on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")"

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing Debian's chromium for the browser tests…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi

if [ ! -x "$chromium_path" ]; then
  echo "test.sh: Chromium is missing at $chromium_path and could not be installed (need root and apt-get)." >&2
  echo "test.sh: install Debian's 'chromium' package, or point CHROMIUM_PATH at a Chromium binary." >&2
  exit 1
fi
export CHROMIUM_PATH="$chromium_path"

postgres_dir="${TMPDIR:-/tmp}/jobscout-test-pg"
if JOBSCOUT_TEST_POSTGRES="$(scripts/test-postgres.sh start "$postgres_dir")"; then
  export JOBSCOUT_TEST_POSTGRES
  trap 'scripts/test-postgres.sh stop "$postgres_dir"' EXIT
elif [ "${CI:-}" = "true" ]; then
  echo "test.sh: PostgreSQL could not be started; in CI the cluster tests must run." >&2
  exit 1
else
  echo "test.sh: PostgreSQL could not be started: skipping the cluster tests and the PostgreSQL store pass." >&2
  dotnet test JobScout.sln --filter "Category!=Cluster" "$@"
  exit 0
fi

dotnet test JobScout.sln "$@"
if [ "$#" -eq 0 ]; then
  echo "test.sh: the store suites again, on PostgreSQL…"
  JOBSCOUT_TEST_PROVIDER=postgres dotnet test tests/JobScout.Tests --no-build --filter "Category!=Cluster&Provider!=Sqlite"
fi
