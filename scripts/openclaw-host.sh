#!/usr/bin/env bash
# Installs openclaw@<version> into a per-version cache folder and prints the CLI entry path.
# e2e tests run the plugin inside real hosts (oldest supported and latest); a marker file
# written only after a complete install makes re-runs instant and an interrupted one retry.
# Usage: scripts/openclaw-host.sh <version>   (progress on stderr, the path alone on stdout)
set -euo pipefail

version="${1:-}"
if [ -z "$version" ]; then
  echo "usage: $0 <openclaw version>" >&2
  exit 2
fi
case "$version" in
  *[!0-9A-Za-z.+-]*) echo "openclaw-host: refusing odd version '$version'" >&2; exit 2 ;;
esac

# Node 24: OpenClaw's engines expect it. node24.sh runs its "$@", so source it with none.
set --
source "$(dirname "${BASH_SOURCE[0]}")/node24.sh"

root="${OPENCLAW_HOST_CACHE:-$HOME/.cache/cloudsigma-taas/openclaw-hosts}"
dir="$root/$version"
entry="$dir/node_modules/openclaw/openclaw.mjs"
marker="$dir/.installed"

if [ -f "$marker" ] && [ -f "$entry" ]; then
  echo "$entry"
  exit 0
fi

echo "openclaw-host: installing openclaw@$version into $dir" >&2
# Start clean so a half-finished install never counts as complete.
rm -rf "$dir"
mkdir -p "$dir"
printf '{ "name": "openclaw-host-%s", "private": true }\n' "$version" >"$dir/package.json"
start=$(date +%s)
npm install --prefix "$dir" --ignore-scripts --no-audit --no-fund --loglevel=error \
  "openclaw@$version" >&2
installed=$(node -p 'require(process.argv[1]).version' "$dir/node_modules/openclaw/package.json")
if [ "$installed" != "$version" ] || [ ! -f "$entry" ]; then
  echo "openclaw-host: install of $version produced '$installed'" >&2
  exit 1
fi
echo "$version" >"$marker"
echo "openclaw-host: installed openclaw@$version in $(($(date +%s) - start)) s" >&2
echo "$entry"
