// Per-file wiring: a fresh double and the shared installed host pointed at it.
import { afterAll, beforeAll, inject, onTestFinished } from "vitest";
import {
  startTaasDouble,
  type TaasDouble,
  type TaasDoubleOptions,
} from "../../support/taas-double/taas-double.js";
import { attachCloudSigma, type CloudSigmaHost } from "./cloudsigma-host.js";
import { appendObservation, type Result } from "./observations.js";

export type E2eFixture = { double: TaasDouble; host: CloudSigmaHost };

/** Call inside a describe: returns an object whose fields are set once beforeAll ran. */
export function useCloudSigmaHost(version: string, options: TaasDoubleOptions = {}): E2eFixture {
  const fixture = {} as E2eFixture;
  beforeAll(async () => {
    fixture.double = await startTaasDouble(options);
    const root = inject("hostRoots")[version];
    if (!root) throw new Error(`no installed sandbox for openclaw ${version}`);
    fixture.host = await attachCloudSigma(version, root, fixture.double.url);
  });
  afterAll(async () => {
    await fixture.double?.close();
  });
  return fixture;
}

/** Session ids unique per file, so shared sandboxes never replay another file's turns. */
export function sessionId(file: string, name: string): string {
  return `${file}-${name}-${Date.now().toString(36)}`;
}

/**
 * Call first thing in a test: when the test ends, records `result` and `note` (which the test
 * may still change through the returned object) for the compatibility table, or `fail` when
 * the test failed, so the table only shows what a passing test asserted.
 */
export function observe(host: string, check: string, result: Result = "yes", note = "") {
  const seen = { result, note };
  onTestFinished(({ task }) => {
    const passed = task.result?.state === "pass";
    appendObservation({
      host,
      check,
      result: passed ? seen.result : "fail",
      note: passed ? seen.note : `failed: ${task.name}`,
    });
  });
  return seen;
}
