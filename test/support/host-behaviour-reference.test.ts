import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// test/e2e/HOST-BEHAVIOUR.md names, for each host fact, the test that asserts it. A renamed
// or moved test must not leave the reference pointing at nothing.
const root = resolve(import.meta.dirname, "../..");
const reference = readFileSync(join(root, "test/e2e/HOST-BEHAVIOUR.md"), "utf8");
const squash = (text: string) => text.replace(/\s+/g, " ");

/** Every `file` › "name", "name" … in the reference. */
function citedTests(): { file: string; name: string }[] {
  const cited: { file: string; name: string }[] = [];
  const pattern = /`([^`]+\.(?:ts|mjs))`((?:\s*›\s*"[^"]+"(?:,\s*"[^"]+")*)+)/g;
  for (const match of reference.matchAll(pattern)) {
    for (const name of (match[2] ?? "").matchAll(/"([^"]+)"/g)) {
      cited.push({ file: match[1] ?? "", name: squash(name[1] ?? "") });
    }
  }
  return cited;
}

describe("the host-behaviour reference", () => {
  it("cites tests that exist, by file and name", () => {
    const cited = citedTests();
    expect(cited.length).toBeGreaterThan(40);
    const missing = cited.filter(({ file, name }) => {
      const path = join(root, file);
      return !existsSync(path) || !squash(readFileSync(path, "utf8")).includes(name);
    });
    expect(missing).toEqual([]);
  });

  it("names only files that exist", () => {
    const paths = [
      ...reference.matchAll(/`((?:test|src|scripts|bench)\/[^`\s]+\.(?:ts|mjs|json|md))`/g),
    ];
    const missing = paths.map((m) => m[1] ?? "").filter((path) => !existsSync(join(root, path)));
    expect(missing).toEqual([]);
  });
});
