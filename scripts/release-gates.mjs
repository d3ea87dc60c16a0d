// Release gates: the checks a package must pass before it ships (run by .ci/run).
//  1. ClawHub's Plugin Inspector against every full host in hosts.json: no P0/P1 finding.
//  2. `clawhub package pack`: the tarball holds dist/, the manifest, README, LICENSE and
//     package.json, and nothing from src/ or test/.
//  3. publint (strict) and are-the-types-wrong (ESM-only profile).
//  4. The version: one value everywhere, logged in CHANGELOG.md, above the listed 0.1.2.
//  5. The bundle loads in a bare Node process, as a host loads it (no test setup preloaded).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hostVersions } from "./host-versions.mjs";
import { releaseVersionProblems } from "./release-version.mjs";

const CLAWHUB = "clawhub@0.23.3";
const HOSTS = hostVersions("full");
const work = mkdtempSync(join(tmpdir(), "cloudsigma-gates-"));
const failures = [];

const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...options });

function gate(name, check) {
  process.stdout.write(`gate: ${name} ... `);
  try {
    const note = check();
    console.log(`ok${note ? ` (${note})` : ""}`);
  } catch (error) {
    console.log("FAILED");
    console.error(
      String(error?.stdout ?? ""),
      String(error?.stderr ?? ""),
      error?.message ?? error,
    );
    failures.push(name);
  }
}

function hostPackage(version) {
  const cli = run("scripts/openclaw-host.sh", [version]).trim().split("\n").pop();
  return cli.replace(/\/openclaw\.mjs$/, "");
}

gate("release version", () => {
  const read = (path) => readFileSync(path, "utf8");
  const problems = releaseVersionProblems({
    pkg: JSON.parse(read("package.json")),
    manifest: JSON.parse(read("openclaw.plugin.json")),
    lock: JSON.parse(read("package-lock.json")),
    changelog: read("CHANGELOG.md"),
  });
  if (problems.length) throw new Error(problems.join("; "));
  return JSON.parse(read("package.json")).version;
});

gate("dist/index.js loads in a bare Node process", () => {
  // Tests preload reflect-metadata; a host does not. A chunk evaluated before the entry's
  // first line once made every host refuse the plugin ("requires a reflect polyfill").
  const id = run(process.execPath, [
    "--input-type=module",
    "-e",
    'const m = await import("./dist/index.js"); process.stdout.write(String(m.default?.id));',
  ]);
  if (id !== "cloudsigma") throw new Error(`the bundle's default export id is ${id}`);
  return id;
});

for (const version of HOSTS) {
  gate(`clawhub package validate against OpenClaw ${version}`, () => {
    const out = join(work, `inspector-${version}`);
    const report = JSON.parse(
      run("npx", [
        "-y",
        CLAWHUB,
        "package",
        "validate",
        ".",
        "--openclaw",
        hostPackage(version),
        "--json",
        "--out",
        out,
      ]),
    );
    const serious = (report.issues ?? []).filter((issue) =>
      /^P[01]$/i.test(String(issue.severity ?? issue.priority ?? issue.level ?? "")),
    );
    if (report.targetOpenClaw?.version !== version) {
      throw new Error(`inspected ${report.targetOpenClaw?.version}, expected ${version}`);
    }
    if (report.status !== "pass" || serious.length > 0) {
      throw new Error(`status ${report.status}; P0/P1: ${JSON.stringify(serious)}`);
    }
    const { issueCount, warningCount } = report.summary ?? {};
    return `status ${report.status}, ${issueCount} issues, ${warningCount} warnings`;
  });
}

gate("clawhub package pack contents", () => {
  // clawhub does not run npm's prepack, so the manifest is stripped around it the same way.
  run("node", ["scripts/pack-manifest.mjs", "strip"]);
  let packed;
  try {
    packed = JSON.parse(
      run("npx", ["-y", CLAWHUB, "package", "pack", ".", "--pack-destination", work, "--json"]),
    );
  } finally {
    run("node", ["scripts/pack-manifest.mjs", "restore"]);
  }
  const entries = run("tar", ["tzf", packed.path])
    .split("\n")
    .filter(Boolean)
    .map((entry) => entry.replace(/^package\//, ""));
  const required = [
    "openclaw.plugin.json",
    "README.md",
    "CHANGELOG.md",
    "LICENSE",
    "package.json",
    "dist/index.js",
  ];
  const missing = required.filter((file) => !entries.includes(file));
  const stray = entries.filter(
    (file) => !required.includes(file) && !/^dist\/.+\.(js|d\.ts)$/.test(file),
  );
  if (missing.length || stray.length) {
    throw new Error(`missing ${JSON.stringify(missing)}; unexpected ${JSON.stringify(stray)}`);
  }
  const manifest = JSON.parse(run("tar", ["xzfO", packed.path, "package/package.json"]));
  if (manifest.devDependencies) throw new Error("packed package.json lists devDependencies");
  return `${entries.length} files, ${packed.size} bytes`;
});

gate("publint --strict", () => {
  const out = run("npx", ["publint", "--strict"]);
  if (!/All good/.test(out)) throw new Error(out);
});

gate("are-the-types-wrong (esm-only)", () => {
  run("npx", ["attw", "--pack", ".", "--profile", "esm-only"]);
});

rmSync(work, { recursive: true, force: true });
// The local package.json must be intact after the packs above (prepack/postpack).
JSON.parse(readFileSync("package.json", "utf8")).devDependencies ??
  failures.push("package.json lost its devDependencies");
if (failures.length) {
  console.error(`release gates failed: ${failures.join(", ")}`);
  process.exit(1);
}
console.log("release gates: all passed");
