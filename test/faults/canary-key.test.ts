import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { DiscoveryStore } from "../../src/domain/catalog/discovery-store.js";
import { envKeyContext, manualClock } from "../support/host-context.js";
import { pluginUnderTest } from "../support/plugin-under-test.js";
import { mswGuardSeams, useMswTaasDouble } from "../support/taas-double/msw-taas-double.js";
import type { Reply } from "../support/taas-double/taas-double.js";

const CANARY = "sk-CANARY-3f9d1c2b7a";
const upstream = useMswTaasDouble();
const captured: string[] = [];

beforeAll(() => {
  for (const level of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      captured.push(args.map(String).join(" "));
    });
  }
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, "write").mockImplementation(((chunk: unknown, ...rest: never[]) => {
      captured.push(String(chunk));
      return write(chunk as string, ...rest);
    }) as typeof stream.write);
  }
});
afterAll(() => {
  vi.restoreAllMocks();
});

const faults: Array<[string, Reply]> = [
  ["success", { json: { data: [{ id: "live-x", type: "chat", name: CANARY.slice(3) }] } }],
  ["401", { status: 401, json: { error: `bad key ${CANARY}` } }],
  ["403", { status: 403, json: {} }],
  ["429", { status: 429, json: {} }],
  ["500", { status: 500, json: {} }],
  ["503", { status: 503, json: {} }],
  ["network", { networkError: true }],
  ["malformed", { body: "{nope" }],
  ["oversized", { json: { data: "x".repeat(70_000) } }],
  ["redirect", { redirectTo: "other-host" }],
  ["hang", { hang: true }],
];

it("never lets the key reach a log line, an error, a cache key or the host", async () => {
  const keys: string[] = [];
  const entry = DiscoveryStore.prototype.entry;
  vi.spyOn(DiscoveryStore.prototype, "entry").mockImplementation(function (
    this: DiscoveryStore,
    key,
  ) {
    keys.push(key);
    return entry.call(this, key);
  });
  vi.stubEnv("CLOUDSIGMA_API_KEY", CANARY);
  const outputs: unknown[] = [];
  for (const [name, answer] of faults) {
    upstream.reply(answer);
    const plugin = pluginUnderTest({
      ...mswGuardSeams,
      clock: manualClock(),
      discoveryLimits: { timeoutMs: 200, maxBodyBytes: 64 * 1024 },
    });
    const registration = plugin.fresh();
    try {
      outputs.push(name, await plugin.run(envKeyContext(CANARY)));
      outputs.push(await plugin.live(envKeyContext(CANARY)));
      await registration.provider.prepareDynamicModel?.({
        modelId: "unknown-x",
        config: {},
      } as never);
      outputs.push(
        registration.provider.resolveDynamicModel?.({ modelId: "unknown-x", config: {} } as never),
      );
      outputs.push(registration.provider.buildMissingAuthMessage?.({} as never));
    } catch (error) {
      outputs.push(error, Object.entries(error as object), (error as Error)?.stack);
    }
    captured.push(...plugin.logs());
  }
  vi.unstubAllEnvs();

  expect(upstream.seen().length).toBeGreaterThan(faults.length - 1);
  expect(upstream.seen().every((r) => r.authorization === `Bearer ${CANARY}`)).toBe(true);
  expect(captured.some((line) => line.includes("discovery"))).toBe(true);
  expect(keys.length).toBeGreaterThan(0);
  for (const text of [...captured, ...keys, JSON.stringify(outputs)]) {
    expect(text).not.toContain(CANARY);
  }
});
