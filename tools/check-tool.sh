#!/usr/bin/env bash
# The `dossier` tool as the README installs it: packs it (the package that names the platform packages, then
# linux-x64's, compiled ahead of time), installs it into a temporary folder, and checks that it builds this
# dossier byte for byte as output/ holds it, answers `check` in JSON as `dotnet run` does, and serves pages.
# Ahead-of-time compilation drops what it cannot see is used, so this is where a reflection it misses shows.
#
#   bash tools/check-tool.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d "${TMPDIR:-/tmp}/dossier-tool.XXXXXX")"
server=""
trap '[ -z "$server" ] || kill "$server" 2>/dev/null || true; rm -rf "$tmp"' EXIT

# The package takes every file in the publish folder: one left there by an earlier publish would ride along.
rm -rf src/Dossier.Cli/bin/Release/net10.0/linux-x64/publish
start=$SECONDS
dotnet pack src/Dossier.Cli -c Release -o "$tmp/packages" >"$tmp/pack.log" 2>&1 || { cat "$tmp/pack.log"; exit 1; }
dotnet pack src/Dossier.Cli -c Release -r linux-x64 -o "$tmp/packages" >>"$tmp/pack.log" 2>&1 || { cat "$tmp/pack.log"; exit 1; }
echo "packed in $((SECONDS - start)) s: $(cd "$tmp/packages" && ls)"
dotnet tool install --tool-path "$tmp/tools" --add-source "$tmp/packages" Dossier.Cli
dossier="$tmp/tools/dossier"

"$dossier" --help >/dev/null
"$dossier" build --out "$tmp/site"
diff -r output "$tmp/site"
echo "dossier build: the same files as output/"

"$dossier" check --format json --coverage >"$tmp/tool.json"
dotnet run --project src/Dossier.Cli -- check --format json --coverage >"$tmp/run.json"
cmp "$tmp/run.json" "$tmp/tool.json"
echo "dossier check --format json --coverage: the same as dotnet run"

"$dossier" serve --out "$tmp/served" >"$tmp/serve.log" 2>&1 &
server=$!
for _ in $(seq 60); do
  url="$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$tmp/serve.log" || true)"
  [ -n "$url" ] && break
  sleep 0.5
done
[ -n "$url" ] || { echo "dossier serve did not start:"; cat "$tmp/serve.log"; exit 1; }
home="$(curl -fsS "$url")"
grep -q "<title>" <<<"$home" || { echo "dossier serve: no home page at $url"; exit 1; }
echo "dossier serve: pages at $url"
