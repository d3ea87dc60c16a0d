import { delay, HttpResponse } from "msw";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { DiscoveryStore } from "../../src/domain/catalog/discovery-store.js";
import { mswGuardSeams } from "../contract/stubs/msw-taas-stub.js";
import { envKeyContext, mockTaasUpstream } from "../plugin/taas-upstream.js";
import { manualClock, pluginUnderTest } from "./harness.js";

const CANARY = "sk-CANARY-3f9d1c2b7a";
const upstream = mockTaasUpstream();
const captured: string[] = [];

beforeAll(() => {
  upstream.listen();
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
  upstream.close();
  vi.restoreAllMocks();
});
afterEach(() => upstream.reset());

const faults: Array<[string, () => Response | Promise<Response>]> = [
  [
    "success",
    () => HttpResponse.json({ data: [{ id: "live-x", type: "chat", name: CANARY.slice(3) }] }),
  ],
  ["401", () => HttpResponse.json({ error: `bad key ${CANARY}` }, { status: 401 })],
  ["403", () => HttpResponse.json({}, { status: 403 })],
  ["429", () => HttpResponse.json({}, { status: 429 })],
  ["500", () => HttpResponse.json({}, { status: 500 })],
  ["503", () => HttpResponse.json({}, { status: 503 })],
  ["network", () => HttpResponse.error()],
  ["malformed", () => new HttpResponse("{nope", { status: 200 })],
  ["oversized", () => HttpResponse.json({ data: "x".repeat(70_000) })],
  [
    "redirect",
    () =>
      new HttpResponse(null, {
        status: 302,
        headers: { Location: "https://elsewhere.example.net/" },
      }),
  ],
  [
    "hang",
    async () => {
      await delay("infinite");
      return HttpResponse.error();
    },
  ],
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
    upstream.answerWith(answer);
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

  expect(upstream.seen.length).toBeGreaterThan(faults.length - 1);
  expect(upstream.seen.every((r) => r.authorization === `Bearer ${CANARY}`)).toBe(true);
  expect(captured.some((line) => line.includes("discovery"))).toBe(true);
  expect(keys.length).toBeGreaterThan(0);
  for (const text of [...captured, ...keys, JSON.stringify(outputs)]) {
    expect(text).not.toContain(CANARY);
  }
});
