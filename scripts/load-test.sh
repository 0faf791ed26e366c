#!/usr/bin/env bash
# The load run, full form: the site (Release) over 100,000 generated listings on a loopback port, then the static file,
# the search page, the JSON API and listing pages in turn, 64 connections for 60 s each, and a table of the figures.
# Override with LISTINGS, CONNECTIONS, SECONDS_PER_TARGET, PORT. Needs only the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")/.."

listings="${LISTINGS:-100000}"
connections="${CONNECTIONS:-64}"
seconds="${SECONDS_PER_TARGET:-60}"
port="${PORT:-5199}"
data="$(mktemp -d "${TMPDIR:-/tmp}/jobscout-load.XXXXXX")"

dotnet build JobScout.sln -c Release -v q -nologo
cli="src/JobScout.Cli/bin/Release/net10.0/jobscout.dll"
echo "load-test: seeding $listings listings into $data…"
dotnet "$cli" --data-dir "$data" bench seed --listings "$listings"

(
  cd src/JobScout.Web
  export ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production
  export JobScout__DataDirectory="$data" JobScout__Crawler__Enabled=false JobScout__SeedExamples=false
  exec dotnet bin/Release/net10.0/JobScout.Web.dll >"$data/site.log" 2>&1
) &
site=$!
trap 'kill "$site" 2>/dev/null || true; wait "$site" 2>/dev/null || true; rm -rf "$data"' EXIT

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then break; fi
  sleep 0.5
done

echo "load-test: $connections connections, $seconds s per target, on $(nproc) cores (the load client shares them)"
dotnet "$cli" bench load --url "http://127.0.0.1:$port" --listings "$listings" --connections "$connections" --seconds "$seconds"
