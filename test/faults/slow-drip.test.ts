import { afterAll, beforeAll, expect, it } from "vitest";
import { configWithBaseUrl, envKeyContext, manualClock } from "../support/host-context.js";
import { pluginUnderTest } from "../support/plugin-under-test.js";
import { HOST_SEED_TABLE } from "../support/seed-table.js";
import { startTaasDouble, type TaasDouble } from "../support/taas-double/taas-double.js";

// A real loopback server and the guard's production path: the timeout must cover the body.
let double: TaasDouble;
const limits = { timeoutMs: 300, maxBodyBytes: 64 * 1024 };
const run = (plugin: ReturnType<typeof pluginUnderTest>) =>
  plugin.run(envKeyContext("sk-drip", configWithBaseUrl(double.url)));

beforeAll(async () => {
  double = await startTaasDouble({ host: "127.0.0.1" });
  // The guard loads its SDK module on first use; on a busy machine that alone can outlast
  // 300 ms, so it is loaded by a healthy run first and the timeout below is the body's.
  const warm = await run(
    pluginUnderTest({ clock: manualClock(), discoveryLimits: { ...limits, timeoutMs: 10_000 } }),
  );
  expect(warm.outcomes).toEqual([{ provider: "cloudsigma", status: "ready" }]);
  double.reset();
});
afterAll(() => double.close());

it("honours the timeout against a body that drips forever", async () => {
  double.reply({ drip: true }, "models");
  const plugin = pluginUnderTest({ clock: manualClock(), discoveryLimits: limits });
  const result = await run(plugin);
  expect(double.requests).toHaveLength(1);
  expect(result.provider.models).toEqual(HOST_SEED_TABLE);
  expect(result.outcomes).toEqual([{ provider: "cloudsigma", status: "unavailable" }]);
  expect(plugin.logs().join("\n")).toContain("timed out");
});
