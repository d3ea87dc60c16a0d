// What the suite saw on each host, one JSON line per check, for scripts/e2e-compat-table.mjs
// (which writes test/e2e/COMPATIBILITY.md). Node only: global setup imports it too.
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** `yes`: verified; `no`: the host does not do it (asserted as such); `n/a`: nothing to verify. */
export type Result = "yes" | "partial" | "no" | "n/a" | "fail";
export type Observation = { host: string; check: string; result: Result; note: string };

const repoRoot = resolve(import.meta.dirname, "../../..");

export function observationsPath(): string {
  return process.env.E2E_OBSERVATIONS ?? join(repoRoot, ".e2e-tmp", "observations.jsonl");
}

export function appendObservation(observation: Observation): void {
  const path = observationsPath();
  mkdirSync(dirname(path), { recursive: true });
  appendFileSync(path, `${JSON.stringify(observation)}\n`);
}

/** Forgets the given hosts' lines, so a run narrowed to one host keeps the other's. */
export function resetObservations(hosts: readonly string[]): void {
  const path = observationsPath();
  if (!existsSync(path)) return;
  const kept = readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() && !hosts.includes((JSON.parse(line) as Observation).host));
  writeFileSync(path, kept.map((line) => `${line}\n`).join(""));
}
