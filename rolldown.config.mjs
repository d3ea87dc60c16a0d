// The published entry is one ES module: tsc type-checks and emits to build/ (decorator
// metadata included), then this bundles our ~40 small modules into dist/index.js, because
// loading them one by one cost ~35 ms of a cold OpenClaw start (BENCHMARKS.md).
// Dependencies and the host's SDK stay external: they are the host's or npm's to resolve.
// Embeddings and image description are imported dynamically, so they land in their own
// chunk under dist/chunks/, loaded on first use and never while the plugin registers.
import { defineConfig } from "rolldown";

export default defineConfig({
  input: "build/index.js",
  platform: "node",
  external: [/^openclaw(\/|$)/, /^tsyringe$/, /^reflect-metadata$/, /^node:/],
  output: {
    dir: "dist",
    entryFileNames: "index.js",
    chunkFileNames: "chunks/[name]-[hash].js",
    format: "esm",
    // Every chunk evaluates reflect-metadata before anything else: a shared chunk holding
    // decorated adapters is imported ahead of the entry's own first line, and tsyringe's
    // decorators need the polyfill at class definition.
    banner: 'import "reflect-metadata";',
    sourcemap: false,
  },
});
