import { afterAll, beforeAll, expect, it } from "vitest";
import { startLoopbackTaasStub } from "../contract/stubs/loopback-taas-stub.js";
import type { TaasStub } from "../contract/stubs/taas-stub.js";
import { HOST_SEED_TABLE } from "../plugin/seed-table.js";
import { envKeyContext } from "../plugin/taas-upstream.js";
import { manualClock, pluginUnderTest } from "./harness.js";

// A real loopback server and the guard's production path: the timeout must cover the body.
let stub: TaasStub;
beforeAll(async () => {
  stub = await startLoopbackTaasStub();
});
afterAll(() => stub.close());

it("honours the timeout against a body that drips forever", async () => {
  stub.reply({ drip: true });
  const plugin = pluginUnderTest({
    clock: manualClock(),
    discoveryLimits: { timeoutMs: 300, maxBodyBytes: 64 * 1024 },
  });
  const config = { models: { providers: { cloudsigma: { baseUrl: stub.baseUrl } } } };
  const result = await plugin.run(envKeyContext("sk-drip", config));
  expect(stub.requests).toHaveLength(1);
  expect(result.provider.models).toEqual(HOST_SEED_TABLE);
  expect(result.outcomes).toEqual([{ provider: "cloudsigma", status: "unavailable" }]);
  expect(plugin.logs().join("\n")).toContain("timed out");
});
