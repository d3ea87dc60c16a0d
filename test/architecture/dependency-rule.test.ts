import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cruise } from "dependency-cruiser";
import { afterAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const rules = require("../../.dependency-cruiser.cjs");

/** Cruises a throwaway tree laid out like ours, with the project's own rule set. */
async function violationsFor(files: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "cloudsigma-depcheck-"));
  cleanups.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const result = await cruise(["src"], {
    baseDir: dir,
    validate: true,
    ruleSet: { forbidden: rules.forbidden },
    tsPreCompilationDeps: true,
    doNotFollow: { path: "node_modules" },
  });
  const output = result.output as { summary: { violations: Array<{ rule: { name: string } }> } };
  return output.summary.violations.map((violation) => violation.rule.name);
}

const cleanups: string[] = [];
afterAll(() => {
  for (const dir of cleanups) rmSync(dir, { recursive: true, force: true });
});

describe("the hexagon's dependency rule", () => {
  it("accepts a domain that imports only ports and itself", async () => {
    const violations = await violationsFor({
      "src/ports/p.port.ts": "export interface P { x: number }",
      "src/domain/a.ts":
        'import type { P } from "../ports/p.port.js"; export const a = (p: P) => p.x;',
      "src/domain/b.ts": 'import { a } from "./a.js"; export const b = a;',
    });
    expect(violations).toEqual([]);
  });

  it.each([
    ["Node I/O", 'import { readFileSync } from "node:fs"; export const x = readFileSync;'],
    ["an adapter", 'import { y } from "../adapters/y.js"; export const x = y;'],
    ["the composition root", 'import { y } from "../composition/y.js"; export const x = y;'],
  ])("fails a domain module that imports %s", async (_what, source) => {
    const violations = await violationsFor({
      "src/adapters/y.ts": "export const y = 1;",
      "src/composition/y.ts": "export const y = 1;",
      "src/domain/bad.ts": source,
    });
    expect(violations).toContain("domain-is-pure");
  });

  it("fails a port that imports an adapter", async () => {
    const violations = await violationsFor({
      "src/adapters/y.ts": "export const y = 1;",
      "src/ports/bad.port.ts": 'import { y } from "../adapters/y.js"; export const x = y;',
    });
    expect(violations).toContain("ports-are-pure");
  });

  it("accepts use cases that import the domain, ports and each other", async () => {
    const violations = await violationsFor({
      "src/ports/p.port.ts": "export interface P { x: number }",
      "src/domain/a.ts":
        'import type { P } from "../ports/p.port.js"; export const a = (p: P) => p.x;',
      "src/application/u.ts":
        'import { a } from "../domain/a.js"; import type { P } from "../ports/p.port.js"; export const u = (p: P) => a(p);',
      "src/application/v.ts": 'import { u } from "./u.js"; export const v = u;',
      "src/composition/c.ts": 'import { v } from "../application/v.js"; export const c = v;',
    });
    expect(violations).toEqual([]);
  });

  it.each([
    ["Node I/O", 'import { readFileSync } from "node:fs"; export const x = readFileSync;'],
    ["an adapter", 'import { y } from "../adapters/y.js"; export const x = y;'],
    ["the composition root", 'import { y } from "../composition/y.js"; export const x = y;'],
  ])("fails a use case that imports %s", async (_what, source) => {
    const violations = await violationsFor({
      "src/adapters/y.ts": "export const y = 1;",
      "src/composition/y.ts": "export const y = 1;",
      "src/application/bad.ts": source,
    });
    expect(violations).toContain("application-uses-domain-and-ports");
  });

  it("fails a domain module that imports a use case", async () => {
    const violations = await violationsFor({
      "src/application/u.ts": "export const u = 1;",
      "src/domain/bad.ts": 'import { u } from "../application/u.js"; export const x = u;',
    });
    expect(violations).toContain("domain-is-pure");
  });

  it("fails an adapter that imports a use case", async () => {
    const violations = await violationsFor({
      "src/application/u.ts": "export const u = 1;",
      "src/adapters/bad.ts": 'import { u } from "../application/u.js"; export const x = u;',
    });
    expect(violations).toContain("adapters-not-application");
  });
});
