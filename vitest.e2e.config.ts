import { defineConfig } from "vitest/config";

// End-to-end: the packed plugin inside real OpenClaw hosts, against a loopback TaaS double.
// Each host command takes 3-30 s and the machine has 2 cores, so files run one at a time.
export default defineConfig({
  test: {
    name: "e2e",
    include: ["test/e2e/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["test/e2e/global-setup.ts"],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 180_000,
    // Host installs (30-45 s each when not cached) and plugin installs (10-15 s) run in hooks.
    hookTimeout: 600_000,
    teardownTimeout: 60_000,
  },
});
