// The long-lived gateway as operators run it, in a sandbox of its own: onboarded with a key
// that lives only in the host's store (no CLOUDSIGMA_API_KEY anywhere), turns through
// `openclaw agent` without `--local`, discovery once per TTL, the key replaced with the
// host's own `paste-api-key` and the base URL edited while it runs, then a SIGTERM stop.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type HostSandbox, hostTraits } from "../support/openclaw-host.js";
import {
  DEFAULTS,
  type RecordedRequest,
  startTaasDouble,
  type TaasDouble,
} from "../support/taas-double/taas-double.js";
import { installCloudSigma, KEY_VAR } from "./support/cloudsigma-host.js";
import { observe, sessionId } from "./support/fixture.js";
import { type Gateway, gatewayTurn, startGateway } from "./support/gateway.js";

const KEY1 = "sk-e2e-gateway-first-key";
const KEY2 = "sk-e2e-gateway-second-key";
/** The plugin's discovery TTL (DEFAULT_DISCOVERY_POLICY.ttlMs). */
const TTL_MS = 60_000;
const LIVE_ONLY = new Set(["taas-live-only", "taas-vision-live"]);

type Config = {
  models: { providers: { cloudsigma: Record<string, unknown> } };
  agents: { defaults: { models: Record<string, unknown> } };
};
type Key = "old" | "new" | "other";
type TurnSeen = { model: string; started: number; ms: number; keys: Key[]; at: RecordedRequest[] };

const keyOf = (r: RecordedRequest): Key =>
  r.headers.authorization === `Bearer ${KEY1}`
    ? "old"
    : r.headers.authorization === `Bearer ${KEY2}`
      ? "new"
      : "other";
const isDiscovery = (r: RecordedRequest) => r.method === "GET" && r.path === "/v1/models";
const seconds = (ms: number) => (ms / 1000).toFixed(1);
/** Onboarding, a gateway start and several turns: minutes on this 2-core machine. */
const SLOW = 600_000;

describe.each(inject("hostVersions"))("the gateway operators run, openclaw %s", (version) => {
  let host: HostSandbox;
  let a: TaasDouble;
  let b: TaasDouble;
  let gateway: Gateway;
  let target: TaasDouble;
  let firstTurns: TurnSeen[] = [];

  beforeAll(async () => {
    host = await installCloudSigma(version, inject("pluginTarball"));
    // B idles until the base URL moves to it, longer than the doubles' default idle close.
    const lifetime = { idleMs: 30 * 60_000, maxLifetimeMs: 30 * 60_000 };
    [a, b] = await Promise.all([startTaasDouble(lifetime), startTaasDouble(lifetime)]);
    target = a;
  });
  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([a?.close(), b?.close()]);
    await host?.cleanup();
  });

  /** One turn on `cloudsigma/<model>` in a fresh session; the requests it caused at `target`. */
  const turn = async (model: string): Promise<TurnSeen> => {
    const before = target.requests.length;
    const started = Date.now();
    const result = await gatewayTurn(host, "hello", {
      sessionId: sessionId("gateway", model),
      model: `cloudsigma/${model}`,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.text).toBe(DEFAULTS.reply);
    const at = target.requests.slice(before);
    const chats = at.filter((r) => r.path === "/v1/chat/completions");
    expect(chats.map((r) => (r.body as { model?: string }).model)).toEqual([model]);
    return { model, started, ms: result.ms, keys: [...new Set(at.map(keyOf))], at };
  };
  const turns = async (models: string[]) => {
    const seen: TurnSeen[] = [];
    for (const model of models) seen.push(await turn(model));
    return seen;
  };

  it(
    "onboarded with a stored key, answers seed and live-only routes",
    async () => {
      const seen = observe(version, "gateway-turns", "yes");
      expect(host.env[KEY_VAR]).toBeUndefined();
      const onboard = await host.run(
        ["onboard", "--non-interactive", "--accept-risk", "--auth-choice", "cloudsigma-api-key"]
          .concat(["--cloudsigma-api-key", KEY1, "--skip-channels", "--skip-skills"])
          .concat(["--skip-health", "--no-install-daemon"]),
        { timeoutMs: 150_000 },
      );
      expect(onboard.code, onboard.stderr).toBe(0);
      expect(`${onboard.stdout}${onboard.stderr}`).not.toContain(KEY1);
      const config = (await host.readConfig()) as Config;
      config.models.providers.cloudsigma.baseUrl = a.url;
      // 6.6 treats the onboarded `agents.defaults.models` as an allowlist; 9.6 does not.
      if (!hostTraits(version).modelPolicyAllowlist) {
        config.agents.defaults.models["cloudsigma/*"] = {};
      }
      await host.writeConfig(config);
      gateway = await startGateway(host);

      firstTurns = await turns([
        "taas-live-only",
        "gpt-5.5",
        "taas-vision-live",
        "claude-sonnet-4.6",
        "taas-live-only",
      ]);
      const seenTurns = firstTurns;
      expect(a.requests.map(keyOf).every((k) => k === "old")).toBe(true);
      const live = seenTurns.filter((t) => LIVE_ONLY.has(t.model)).length;
      const ms = seenTurns.map((t) => t.ms);
      seen.note = `${seenTurns.length - live} seed + ${live} live-only turns, each ${seconds(Math.min(...ms))}-${seconds(Math.max(...ms))} s; every request \`Bearer <stored key>\``;
    },
    SLOW,
  );

  it("discovers once per TTL across those turns", async () => {
    const seen = observe(version, "gateway-discovery-ttl", "yes");
    const discoveries = a.requests.filter(isDiscovery);
    expect(discoveries.length).toBeGreaterThanOrEqual(1);
    const gaps = discoveries.slice(1).map((r, i) => r.at - (discoveries[i]?.at ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(TTL_MS);
    const first = discoveries[0]?.at ?? 0;
    const span = (a.requests.at(-1)?.at ?? first) - first;
    if (span < TTL_MS) expect(discoveries).toHaveLength(1);
    // Not once per base URL either: a live-only turn after the TTL refreshes the list.
    const late = firstTurns.filter((t) => LIVE_ONLY.has(t.model) && t.started - first >= TTL_MS);
    if (late.length > 0) expect(discoveries.length).toBeGreaterThanOrEqual(2);
    seen.note = `${discoveries.length} GET /v1/models over ${seconds(span)} s of turns (TTL 60 s)`;
  });

  it(
    "uses the key replaced with `models auth paste-api-key` within two turns",
    async () => {
      const seen = observe(version, "gateway-key-rotation", "yes");
      const from = gateway.output().length;
      const paste = await host.run(
        ["models", "auth", "paste-api-key", "--provider", "cloudsigma"].concat([
          "--profile-id",
          "cloudsigma:default",
        ]),
        { input: `${KEY2}\n`, timeoutMs: 120_000 },
      );
      expect(paste.code, paste.stderr).toBe(0);
      expect(`${paste.stdout}${paste.stderr}`).not.toContain(KEY2);
      const since = a.requests.length;
      const after = await turns(["gpt-5.5", "gpt-5.5", "taas-live-only", "claude-sonnet-4.6"]);
      const switched = after.findIndex((t) => t.keys.join() === "new");
      expect(switched).toBeGreaterThanOrEqual(0);
      expect(switched).toBeLessThanOrEqual(1);
      for (const t of after.slice(0, switched)) expect(t.keys).toEqual(["old"]);
      for (const t of after.slice(switched)) expect(t.keys).toEqual(["new"]);
      // Applied in the running process: no restart, in-process or otherwise.
      expect(gateway.output().slice(from)).not.toMatch(/requires gateway restart|restarting/);
      const rediscovered = a.requests
        .slice(since)
        .filter((r) => isDiscovery(r) && keyOf(r) === "new");
      // The list is cached per key: the live-only turn asks once more, with the new key.
      expect(rediscovered).toHaveLength(1);
      seen.note = `${switched === 0 ? "the next turn" : `turn ${switched + 1} (1st still old key)`} used the new key, then only it (${after.map((t) => t.keys.join("+")).join(", ")}); ${rediscovered.length} discovery with the new key; no gateway restart`;
    },
    SLOW,
  );

  it(
    "sends the next turns to the new base URL after a config edit",
    async () => {
      const seen = observe(version, "gateway-base-url-change", "yes");
      const from = gateway.output().length;
      const config = (await host.readConfig()) as Config;
      config.models.providers.cloudsigma.baseUrl = b.url;
      await host.writeConfig(config);
      const reload = await gateway.waitForOutput(
        /config hot reload applied[^\n]*|config change requires gateway restart[^\n]*/,
        from,
      );
      expect(reload).toMatch(/^config hot reload applied/);
      await gateway.waitReady();
      const sinceA = a.requests.length;
      target = b;
      const after = await turns(["gpt-5.5", "taas-live-only"]);
      expect(a.requests.slice(sinceA)).toEqual([]);
      for (const t of after) expect(t.keys).toEqual(["new"]);
      expect(new Set(b.requests.map(keyOf))).toEqual(new Set(["new"]));
      const discoveries = b.requests.filter(isDiscovery);
      expect(discoveries.length).toBeGreaterThanOrEqual(1);
      seen.note = `\`${reload}\`; next 2 turns at the new URL, live-only route discovered there (${discoveries.length} GET /v1/models, new key)`;
    },
    SLOW,
  );

  it("stops cleanly on SIGTERM", async () => {
    const seen = observe(version, "gateway-stop", "yes");
    expect(gateway.output()).not.toContain(KEY1);
    expect(gateway.output()).not.toContain(KEY2);
    const stopped = await gateway.stop();
    expect(stopped).toMatchObject({ code: 0, signal: null });
    expect(stopped.ms).toBeLessThan(30_000);
    seen.note = `SIGTERM: exit 0 in ${seconds(stopped.ms)} s`;
  });
});
