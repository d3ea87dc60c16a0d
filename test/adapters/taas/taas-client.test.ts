import { describe, expect, it } from "vitest";
import { DEFAULT_REQUEST_LIMITS } from "../../../src/adapters/taas/request-limits.js";
import { TaasClient } from "../../../src/adapters/taas/taas-client.js";
import type { GuardedRequest, HttpGuard } from "../../../src/ports/http-guard.port.js";

/** A guard that answers 200 with an empty list and records what it was asked to send. */
function recordingGuard() {
  const sent: GuardedRequest[] = [];
  const answer = async (request: GuardedRequest) => {
    sent.push(request);
    return { kind: "response" as const, status: 200, body: "{}" };
  };
  const guard: HttpGuard = { get: answer, post: answer };
  return { guard, sent };
}

const call = (secret: string) => ({
  baseUrl: "https://taas.cloudsigma.com/v1",
  secret,
  endpoint: "modelsUrl" as const,
  purpose: "cloudsigma-test",
  limits: DEFAULT_REQUEST_LIMITS,
});

describe("TaasClient", () => {
  it("sends nothing without the operator's key, whatever its caller checked", async () => {
    const { guard, sent } = recordingGuard();
    const client = new TaasClient(guard, { now: () => 0 });
    for (const secret of ["", "   "]) {
      expect(await client.send(call(secret), () => ({}))).toEqual({
        ok: false,
        failure: { kind: "unavailable", reason: "refused" },
      });
    }
    expect(sent).toEqual([]);
  });

  it("sends the key as a bearer to the one allowed host", async () => {
    const { guard, sent } = recordingGuard();
    const client = new TaasClient(guard, { now: () => 0 });
    expect(await client.send(call("sk-client-1"), () => ({}))).toEqual({ ok: true });
    expect(sent).toMatchObject([
      {
        url: "https://taas.cloudsigma.com/v1/models",
        allowedHostname: "taas.cloudsigma.com",
        headers: { Authorization: "Bearer sk-client-1" },
      },
    ]);
  });
});
