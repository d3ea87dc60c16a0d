import { describe, expect, it } from "vitest";
import { envKeyContext, manualClock } from "../support/host-context.js";
import { pluginUnderTest } from "../support/plugin-under-test.js";
import { HOST_SEED_TABLE } from "../support/seed-table.js";
import { mswGuardSeams, useMswTaasDouble } from "../support/taas-double/msw-taas-double.js";
import type { Reply } from "../support/taas-double/taas-double.js";

const SECRET = "sk-faults-7";
const upstream = useMswTaasDouble();
const LIVE = { data: [{ id: "taas-live-only", type: "chat" }] };
const ok: Reply = { json: LIVE };
const fail503: Reply = { status: 503, json: { error: "maintenance" } };
const limits = { timeoutMs: 300, maxBodyBytes: 64 * 1024 };

function setup() {
  const clock = manualClock();
  const plugin = pluginUnderTest({ ...mswGuardSeams, clock, discoveryLimits: limits });
  const ids = async () =>
    (await plugin.run(envKeyContext(SECRET))).provider.models.map((m) => m.id);
  return { clock, plugin, ids };
}

describe("cache and in-flight sharing", () => {
  it("100 concurrent calls make one upstream request and all get equal catalogs", async () => {
    upstream.reply(ok);
    const { plugin } = setup();
    const results = await Promise.all(
      Array.from({ length: 100 }, () => plugin.run(envKeyContext(SECRET))),
    );
    expect(upstream.seen()).toHaveLength(1);
    for (const result of results) expect(result).toEqual(results[0]);
    expect(results[0]?.provider.models.map((m) => m.id)).toContain("taas-live-only");
  });

  it("reuses a success for the TTL across registrations, then refreshes", async () => {
    upstream.reply(ok);
    const { clock, plugin } = setup();
    await plugin.run(envKeyContext(SECRET));
    await plugin.run(envKeyContext(SECRET), plugin.fresh());
    clock.advance(59_999);
    await plugin.run(envKeyContext(SECRET), plugin.fresh());
    expect(upstream.seen()).toHaveLength(1);
    clock.advance(1);
    await plugin.run(envKeyContext(SECRET));
    expect(upstream.seen()).toHaveLength(2);
  });

  it("keys the cache per API key and per base URL", async () => {
    upstream.reply(ok);
    const { plugin } = setup();
    await plugin.run(envKeyContext(SECRET));
    await plugin.run(envKeyContext("sk-other-key"));
    const eu = {
      models: { providers: { cloudsigma: { baseUrl: "https://eu.taas.example.org/v1" } } },
    };
    await plugin.run(envKeyContext(SECRET, eu));
    expect(upstream.seen().map((r) => [r.url, r.authorization])).toEqual([
      ["https://taas.cloudsigma.com/v1/models", `Bearer ${SECRET}`],
      ["https://taas.cloudsigma.com/v1/models", "Bearer sk-other-key"],
      ["https://eu.taas.example.org/v1/models", `Bearer ${SECRET}`],
    ]);
  });
});

describe("last good, backoff and recovery", () => {
  it("serves the last good live catalog when a refresh fails, and logs once", async () => {
    const { clock, plugin, ids } = setup();
    upstream.reply(ok);
    await plugin.run(envKeyContext(SECRET));
    clock.advance(60_000);
    upstream.reply(fail503);
    const failed = await plugin.run(envKeyContext(SECRET));
    expect(failed.provider.models.map((m) => m.id)).toContain("taas-live-only");
    expect(failed.outcomes).toEqual([{ provider: "cloudsigma", status: "unavailable" }]);
    const live = (await plugin.live(envKeyContext(SECRET))) ?? [];
    expect(live.find((row) => row.model === "taas-live-only")?.source).toBe("cache");
    await ids();
    const warnings = plugin.logs().filter((line) => line.startsWith("warn:"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("HTTP 503");
    expect(warnings[0]).toContain("last good");
  });

  it("waits out the backoff window instead of retrying on every call, then recovers", async () => {
    const { clock, plugin, ids } = setup();
    upstream.reply(fail503);
    expect(await ids()).toEqual(HOST_SEED_TABLE.map((row) => row.id));
    for (let i = 0; i < 20; i++) await ids();
    clock.advance(29_999);
    await ids();
    expect(upstream.seen()).toHaveLength(1);
    clock.advance(1);
    upstream.reply(ok);
    expect(await ids()).toContain("taas-live-only");
    expect(upstream.seen()).toHaveLength(2);
    expect(plugin.logs().filter((line) => line.startsWith("info:"))).toEqual([
      "info: CloudSigma TaaS model discovery at https://taas.cloudsigma.com/v1 recovered.",
    ]);
  });

  it("doubles the backoff after each failed attempt", async () => {
    const { clock, ids } = setup();
    upstream.reply(fail503);
    await ids(); // attempt 1, next after 30 s
    clock.advance(30_000);
    await ids(); // attempt 2, next after 60 s
    clock.advance(59_999);
    await ids();
    expect(upstream.seen()).toHaveLength(2);
    clock.advance(1);
    await ids();
    expect(upstream.seen()).toHaveLength(3);
  });

  it("stops serving the last good copy once it is older than a day", async () => {
    const { clock, ids } = setup();
    upstream.reply(ok);
    await ids();
    upstream.reply(fail503);
    clock.advance(24 * 60 * 60_000 + 1);
    expect(await ids()).toEqual(HOST_SEED_TABLE.map((row) => row.id));
  });

  it("drops the last good copy when upstream answers with no chat rows", async () => {
    const { clock, ids } = setup();
    upstream.reply(ok);
    await ids();
    clock.advance(60_000);
    upstream.reply({ json: { data: [{ id: "e", type: "embedding" }] } });
    expect(await ids()).toEqual(HOST_SEED_TABLE.map((row) => row.id));
    clock.advance(60_000);
    upstream.reply(fail503);
    expect(await ids()).toEqual(HOST_SEED_TABLE.map((row) => row.id));
  });
});

describe("outcomes", () => {
  it.each([
    [401, "auth-rejected"],
    [403, "auth-rejected"],
    [429, "unavailable"],
    [500, "unavailable"],
    [503, "unavailable"],
  ])("reports HTTP %i as %s while still returning the seed", async (status, outcome) => {
    upstream.reply({ status, json: {} });
    const result = await setup().plugin.run(envKeyContext(SECRET));
    expect(result.provider.models).toEqual(HOST_SEED_TABLE);
    expect(result.outcomes?.[0]?.status).toBe(outcome);
  });

  it("reports ready on success and nothing at all without a key", async () => {
    upstream.reply(ok);
    const { plugin } = setup();
    expect((await plugin.run(envKeyContext(SECRET))).outcomes).toEqual([
      { provider: "cloudsigma", status: "ready" },
    ]);
    expect(await plugin.run(envKeyContext(undefined))).not.toHaveProperty("outcomes");
  });

  it("scopes an auth rejection to catalog discovery", async () => {
    upstream.reply({ status: 401, json: {} });
    const result = await setup().plugin.run(envKeyContext(SECRET));
    expect(result.outcomes).toEqual([
      { provider: "cloudsigma", status: "auth-rejected", rejectionScope: "catalog" },
    ]);
  });
});

describe("hostile or broken upstreams", () => {
  it("honours the timeout against a server that never answers", async () => {
    upstream.reply({ hang: true });
    const result = await setup().plugin.run(envKeyContext(SECRET));
    expect(result.provider.models).toEqual(HOST_SEED_TABLE);
    expect(result.outcomes?.[0]?.status).toBe("unavailable");
  });

  it("falls back on an oversized body without reading it all", async () => {
    const big = { data: Array.from({ length: 5_000 }, (_, i) => ({ id: `m-${i}`, type: "chat" })) };
    upstream.reply({ json: big });
    const { plugin } = setup();
    const result = await plugin.run(envKeyContext(SECRET));
    expect(result.provider.models).toEqual(HOST_SEED_TABLE);
    expect(plugin.logs().join("\n")).toContain("too large");
  });

  it("falls back on truncated JSON", async () => {
    upstream.reply({ body: '{"data":[{"id":"a","type":"chat"}' });
    const result = await setup().plugin.run(envKeyContext(SECRET));
    expect(result.provider.models).toEqual(HOST_SEED_TABLE);
  });

  it("refuses a redirect to another host and sends it nothing", async () => {
    upstream.reply({ redirectTo: "other-host" });
    const result = await setup().plugin.run(envKeyContext(SECRET));
    expect(result.provider.models).toEqual(HOST_SEED_TABLE);
    expect(upstream.seen().map((r) => r.url)).toEqual(["https://taas.cloudsigma.com/v1/models"]);
    expect(upstream.otherHostRequests).toEqual([]);
  });

  it("never sends Authorization to another origin on the same host", async () => {
    upstream.script("models", {
      status: 307,
      redirectTo: "https://taas.cloudsigma.com:8443/v1/models",
    });
    upstream.reply(ok);
    await setup().plugin.run(envKeyContext(SECRET));
    const elsewhere = upstream.seen().filter((r) => r.url.includes(":8443"));
    // The redirect is followed (so the check below has something to check), without the key.
    expect(elsewhere).toHaveLength(1);
    for (const request of elsewhere) expect(request.authorization).toBeNull();
  });

  it("caps a runaway row count and keeps ids unique", async () => {
    const rows = Array.from({ length: 7_000 }, (_, i) => ({ id: `m-${i % 6_000}`, type: "chat" }));
    upstream.reply({ json: { data: rows } });
    const clock = manualClock();
    const plugin = pluginUnderTest({
      ...mswGuardSeams,
      clock,
      discoveryLimits: { timeoutMs: 5_000, maxBodyBytes: 4 * 1024 * 1024 },
    });
    const ids = (await plugin.run(envKeyContext(SECRET))).provider.models.map((m) => m.id);
    expect(ids.length).toBe(5_000);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 13)).toEqual(HOST_SEED_TABLE.map((row) => row.id));
  });
});
