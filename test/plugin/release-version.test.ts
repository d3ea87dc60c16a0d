import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  compareVersions,
  newestChangelogVersion,
  releaseVersionProblems,
} from "../../scripts/release-version.mjs";

const text = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const files = () => ({
  pkg: JSON.parse(text("package.json")),
  manifest: JSON.parse(text("openclaw.plugin.json")),
  lock: JSON.parse(text("package-lock.json")),
  changelog: text("CHANGELOG.md"),
});

describe("the release version", () => {
  it("agrees across package.json, the manifest, the lock file and CHANGELOG.md, above 0.1.2", () => {
    expect(releaseVersionProblems(files())).toEqual([]);
    expect(files().pkg.version).toBe("0.2.0");
  });

  it("names each disagreement", () => {
    const real = files();
    const problems = releaseVersionProblems({
      ...real,
      manifest: { ...real.manifest, version: "0.1.0" },
      lock: { ...real.lock, version: "0.1.0" },
      changelog: "# Changelog\n\n## 0.1.9\n",
    });
    expect(problems).toEqual([
      "openclaw.plugin.json has 0.1.0, package.json 0.2.0",
      "package-lock.json is not at 0.2.0: run npm install",
      "CHANGELOG.md's newest entry is 0.1.9, not 0.2.0",
    ]);
  });

  it("refuses a version that would look like a downgrade from the listed 0.1.2", () => {
    const real = files();
    const at = (version: string) =>
      releaseVersionProblems({
        pkg: { version },
        manifest: { version },
        lock: { version, packages: { "": { version } } },
        changelog: `## ${version}\n`,
      });
    expect(at("0.1.2")).toEqual(["0.1.2 does not sort above the listed 0.1.2"]);
    expect(at("0.1.0")).toEqual(["0.1.0 does not sort above the listed 0.1.2"]);
    expect(at("0.1.3")).toEqual([]);
    expect(at("banana")).toEqual(['package.json version "banana" is not semver']);
    expect(real.changelog).toMatch(/0\.1\.2/);
  });

  it("orders versions as semver does", () => {
    expect(compareVersions("0.2.0", "0.1.12")).toBeGreaterThan(0);
    expect(compareVersions("0.10.0", "0.9.9")).toBeGreaterThan(0);
    expect(compareVersions("1.0.0-beta.1", "1.0.0")).toBeLessThan(0);
    expect(compareVersions("1.0.0", "1.0.0-rc.1")).toBeGreaterThan(0);
    expect(compareVersions("1.0.0-a", "1.0.0-b")).toBeLessThan(0);
    expect(compareVersions("1.0.0-b", "1.0.0-a")).toBeGreaterThan(0);
    expect(compareVersions("2.0.0", "2.0.0")).toBe(0);
    expect(() => compareVersions("2", "1.0.0")).toThrow("not a version: 2");
    expect(() => compareVersions("1.0.0", "x")).toThrow("not a version: x");
  });

  it("reads the newest changelog heading", () => {
    expect(newestChangelogVersion("# C\n\n## 0.3.0 (2026-12-02)\n\n## 0.2.0\n")).toBe("0.3.0");
    expect(newestChangelogVersion("## [v1.2.3-rc.1] - x")).toBe("1.2.3-rc.1");
    expect(newestChangelogVersion("no entries")).toBeUndefined();
  });
});
