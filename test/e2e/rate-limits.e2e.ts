// A rate-limited TaaS, counted: every chat POST to the double is a 429 with Retry-After.
// With fallbacks the plugin lets one request through and holds the other cloudsigma route
// (the limit may cover the key), so the host reaches the fallback on another provider.
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { hostTraits, parseJsonOutput } from "../support/openclaw-host.js";
import { startTaasDouble, type TaasDouble } from "../support/taas-double/taas-double.js";
import { type AgentJson, KEY_VAR, routeToDouble, TEST_KEY } from "./support/cloudsigma-host.js";
import { observe, sessionId, useCloudSigmaHost } from "./support/fixture.js";

const RETRY_AFTER_S = 3;
const limited = () =>
  ({
    kind: "error",
    status: 429,
    message: "Rate limit exceeded",
    code: "rate_limit_exceeded",
    headers: { "retry-after": String(RETRY_AFTER_S) },
  }) as const;
const OTHER_REPLY = "Answered by the other provider.";

const otherRow = {
  id: "m1",
  name: "Other m1",
  reasoning: false,
  input: ["text"],
  cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
  contextWindow: 32000,
  maxTokens: 1024,
};

describe.each(inject("hostVersions"))("TaaS rate limits on openclaw %s", (version) => {
  const e2e = useCloudSigmaHost(version, { script: limited });
  const newer = hostTraits(version).acceptsCatalogRefreshConfig;
  // 6.6's OpenAI SDK retries a 429 twice on its own, before any plugin hook sees it; the
  // host's documented knob is this variable (README troubleshooting).
  const sdkWait = newer ? {} : { OPENCLAW_SDK_RETRY_MAX_WAIT_SECONDS: "1" };

  // The sandbox is shared with later files: each test leaves the config as it found it.
  let original: Record<string, unknown>;
  beforeEach(async () => {
    original = await e2e.host.readConfig();
  });
  afterEach(async () => {
    await e2e.host.writeConfig(original);
  });

  async function configure(model: unknown, other?: TaasDouble) {
    const config = routeToDouble(await e2e.host.readConfig(), version, e2e.double.url);
    const models = config.models as { providers: Record<string, unknown> };
    if (other) {
      models.providers.other = {
        baseUrl: other.url,
        api: "openai-completions",
        apiKey: "sk-other-provider",
        models: [otherRow],
      };
    }
    const agents = (config.agents ?? {}) as { defaults?: Record<string, unknown> };
    await e2e.host.writeConfig({
      ...config,
      agents: { ...agents, defaults: { ...agents.defaults, model } },
    });
  }

  async function turn(name: string) {
    const run = await e2e.host.run(
      ["agent", "--local", "--session-id", sessionId("rate", name), "--message", "hi", "--json"],
      { env: { [KEY_VAR]: TEST_KEY, ...sdkWait }, timeoutMs: 170_000 },
    );
    const json = run.stdout.trim() ? parseJsonOutput<AgentJson>(run.stdout) : undefined;
    return { ...run, json };
  }

  const taasChats = () => e2e.double.chatRequests();

  it("fails over to another provider after one TaaS request, skipping the other cloudsigma route", async () => {
    const seen = observe(version, "rate-limit-fallback");
    const other = await startTaasDouble({ reply: OTHER_REPLY });
    try {
      await configure(
        { primary: "cloudsigma/gpt-5.5", fallbacks: ["cloudsigma/llama-3.3-70b", "other/m1"] },
        other,
      );
      e2e.double.requests.length = 0;
      const started = Date.now();
      const run = await turn("fallback");
      expect(run.code, run.stderr).toBe(0);
      expect(run.json?.payloads?.[0]?.text).toBe(OTHER_REPLY);
      const models = taasChats().map((r) => (r.body as { model?: string }).model);
      expect(models.length, JSON.stringify(models)).toBeLessThanOrEqual(2);
      expect(models).not.toContain("llama-3.3-70b");
      expect(other.chatRequests().length).toBeGreaterThanOrEqual(1);
      seen.note = `${models.length} TaaS request(s) (${models.join(", ")}), llama held, other/m1 answered in ${Math.round((Date.now() - started) / 1000)} s`;
    } finally {
      await other.close();
    }
  });

  it("with no fallback, retries once after Retry-After, then stops", async () => {
    const seen = observe(version, "rate-limit-no-fallback");
    await configure({ primary: "cloudsigma/gpt-5.5" });
    e2e.double.requests.length = 0;
    const started = Date.now();
    const run = await turn("alone");
    const elapsed = Date.now() - started;
    expect(run.code).not.toBe(0);
    const chats = taasChats();
    expect(chats.length).toBeGreaterThanOrEqual(1);
    expect(chats.length).toBeLessThanOrEqual(2);
    for (const chat of chats) expect(chat.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    if (chats.length === 2) {
      const gap = (chats[1]?.at ?? 0) - (chats[0]?.at ?? 0);
      expect(gap).toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000 - 250);
    }
    seen.note = `${chats.length} TaaS request(s) in ${Math.round(elapsed / 1000)} s, then the error`;
    if (!newer)
      seen.note += "; with OPENCLAW_SDK_RETRY_MAX_WAIT_SECONDS=1 (else the SDK retries twice)";
  });
});
