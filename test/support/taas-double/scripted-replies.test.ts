// Scripted replies behave the same on loopback and in-process (msw): the fault tests and the
// contract suites rely on both.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMswTaasDouble } from "./msw-taas-double.js";
import { startTaasDouble, type TaasDouble } from "./taas-double.js";

describe.each([
  ["loopback", () => startTaasDouble({ host: "127.0.0.1", otherHost: "127.0.0.2" })],
  ["msw", async () => startMswTaasDouble()],
])("scripted replies (%s)", (_transport, start: () => Promise<TaasDouble>) => {
  let double: TaasDouble;
  beforeAll(async () => {
    double = await start();
  });
  afterAll(() => double.close());
  beforeEach(() => double.reset());
  const models = (init: RequestInit = {}) => fetch(`${double.url}/models`, init);

  it("answers queued replies once each, in order, with their status and headers", async () => {
    double.script("models", { status: 429, json: { error: {} }, headers: { "retry-after": "7" } });
    double.script("models", { body: "{oops" });
    const limited = await models();
    expect([limited.status, limited.headers.get("retry-after")]).toEqual([429, "7"]);
    expect(await (await models()).text()).toBe("{oops");
    const normal = (await (await models()).json()) as { data: unknown[] };
    expect(normal.data.length).toBeGreaterThan(0);
  });

  it("keeps a standing reply until it is cleared, and queued replies go first", async () => {
    double.reply({ status: 503, json: { error: "down" } }, "models");
    double.script("models", { json: { data: [] } });
    expect((await models()).status).toBe(200);
    expect((await models()).status).toBe(503);
    expect((await models()).status).toBe(503);
    double.reply(undefined, "models");
    expect((await models()).status).toBe(200);
  });

  it("scripts one route without touching the others", async () => {
    double.reply({ status: 500, json: {} }, "embeddings");
    expect((await models()).status).toBe(200);
    const embed = await fetch(`${double.url}/embeddings`, {
      method: "POST",
      body: JSON.stringify({ model: "text-embed-3", input: "a" }),
    });
    expect(embed.status).toBe(500);
  });

  it("waits out a delay before the answer", async () => {
    double.script("models", { json: { data: [] }, delayMs: 150 });
    const started = Date.now();
    await (await models()).json();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("hangs, or drops the connection", async () => {
    double.script("models", { hang: true }, { networkError: true });
    await expect(models({ signal: AbortSignal.timeout(200) })).rejects.toThrow();
    await expect(models()).rejects.toThrow();
  });

  it("redirects to its other host, which records what reaches it", async () => {
    double.script("models", { redirectTo: "other-host" });
    const answer = await models({ headers: { authorization: "Bearer sk-x" } });
    expect(answer.status).toBe(200);
    expect(double.otherHostRequests).toHaveLength(1);
    expect(double.seen()).toEqual([{ url: `${double.url}/models`, authorization: "Bearer sk-x" }]);
  });
});

it("drips a body that never ends on loopback (headers first)", async () => {
  const double = await startTaasDouble({ host: "127.0.0.1" });
  try {
    double.script("models", { drip: true, everyMs: 5 });
    const dripping = await fetch(`${double.url}/models`, { signal: AbortSignal.timeout(200) });
    expect(dripping.status).toBe(200);
    await expect(dripping.text()).rejects.toThrow();
  } finally {
    await double.close();
  }
});
