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

  /** A module that imports one thing, by what it is. */
  const importing = (what: string) =>
    ({
      "Node I/O": 'import { readFileSync } from "node:fs"; export const x = readFileSync;',
      "an adapter": 'import { y } from "../adapters/y.js"; export const x = y;',
      "the composition root": 'import { y } from "../composition/y.js"; export const x = y;',
      "a use case": 'import { y } from "../application/y.js"; export const x = y;',
    })[what] ?? "";

  it.each([
    ["domain", "Node I/O", "domain-is-pure"],
    ["domain", "an adapter", "domain-is-pure"],
    ["domain", "the composition root", "domain-is-pure"],
    ["domain", "a use case", "domain-is-pure"],
    ["application", "Node I/O", "application-uses-domain-and-ports"],
    ["application", "an adapter", "application-uses-domain-and-ports"],
    ["application", "the composition root", "application-uses-domain-and-ports"],
    ["adapters", "a use case", "adapters-not-application"],
  ])("fails a module in src/%s that imports %s (%s)", async (layer, what, rule) => {
    const violations = await violationsFor({
      "src/adapters/y.ts": "export const y = 1;",
      "src/application/y.ts": "export const y = 1;",
      "src/composition/y.ts": "export const y = 1;",
      [`src/${layer}/bad.ts`]: importing(what),
    });
    expect(violations).toContain(rule);
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
});
