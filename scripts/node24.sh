#!/usr/bin/env bash
# Runs "$@" with Node >= 24.16 first on PATH. OpenClaw and its guarded fetch need Node 24,
# and these machines ship Node 20, so a pinned Node from the npm registry is cached on first use.
# `source scripts/node24.sh` (no arguments) only sets PATH, for .ci/run.
# With arguments it also runs `npm ci` first when node_modules is missing.
set -euo pipefail

NODE24_VERSION="24.21.0"
NODE24_MIN="24.16.0"

node24_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e '
    const [a, b] = process.versions.node.split(".").map(Number);
    const [x, y] = process.argv[1].split(".").map(Number);
    process.exit(a > x || (a === x && b >= y) ? 0 : 1);
  ' "$NODE24_MIN"
}

node24_ensure() {
  node24_ok && return 0
  local os arch cache
  case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) echo "node24: unsupported OS $(uname -s)" >&2; return 1 ;; esac
  case "$(uname -m)" in x86_64 | amd64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) echo "node24: unsupported CPU $(uname -m)" >&2; return 1 ;; esac
  cache="${NODE24_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cloudsigma-taas/node-$NODE24_VERSION}"
  local bin="$cache/node_modules/node-$os-$arch/bin"
  if [ ! -x "$bin/node" ]; then
    echo "node24: installing Node $NODE24_VERSION from the npm registry into $cache" >&2
    mkdir -p "$cache"
    npm install --prefix "$cache" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
      "node-$os-$arch@$NODE24_VERSION" >&2
  fi
  export PATH="$bin:$PATH"
  node24_ok || { echo "node24: $bin/node is not Node >= $NODE24_MIN" >&2; return 1; }
}

# A fresh clone has no node_modules yet: `npm test` / `npm run demo` install them first.
node24_deps() {
  if [ -f package-lock.json ] && [ ! -d node_modules/.bin ]; then
    echo "node24: installing the project's npm dependencies (npm ci)" >&2
    npm ci --no-audit --no-fund >&2
  fi
}

node24_ensure
if [ "$#" -gt 0 ]; then
  node24_deps
  exec "$@"
fi
