import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Domain and use-case tests run without reflect-metadata or the SDK; the rest get the DI setup.
    projects: [
      {
        test: {
          name: "domain",
          include: ["test/domain/**/*.test.ts"],
          environment: "node",
          // Property runs take seconds on a busy 2-core machine; a bound, not a target.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: "application",
          include: ["test/application/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "adapters-and-plugin",
          include: ["test/**/*.test.ts"],
          exclude: ["test/domain/**", "test/application/**", "test/e2e/**", "**/node_modules/**"],
          setupFiles: ["test/setup/reflect-metadata.ts"],
          environment: "node",
          // Some load the real SDK entry (seconds on a busy 2-core machine); a bound, not a target.
          testTimeout: 20_000,
        },
      },
    ],
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      reporter: ["text-summary", "text", "json-summary"],
      thresholds: {
        "src/domain/**": { lines: 100, functions: 100, branches: 100, statements: 100 },
        "src/application/**": { lines: 100, functions: 100, branches: 100, statements: 100 },
        lines: 90,
        functions: 90,
        branches: 85,
        statements: 90,
      },
    },
  },
});
