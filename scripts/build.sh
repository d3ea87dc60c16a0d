#!/usr/bin/env bash
# tsc (type-check + emit to build/), then the bundled dist/index.js (plus the lazily loaded
# capability chunk) and the .d.ts tree.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf build dist
tsc -p tsconfig.build.json
rolldown -c rolldown.config.mjs --logLevel warn
# Types for consumers: the declaration tree, unbundled (it is never loaded at run time).
(cd build && find . -name '*.d.ts' -exec install -D -m 0644 {} ../dist/{} \;)
