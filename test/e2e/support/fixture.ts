// Per-file wiring: a fresh double and the shared installed host pointed at it.
import { afterAll, beforeAll, inject } from "vitest";
import {
  startTaasDouble,
  type TaasDouble,
  type TaasDoubleOptions,
} from "../../support/taas-double/taas-double.js";
import { attachCloudSigma, type CloudSigmaHost } from "./cloudsigma-host.js";

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
