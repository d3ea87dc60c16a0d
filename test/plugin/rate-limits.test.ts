import { describe, expect, it } from "vitest";
import type { ProviderPlugin } from "../../src/adapters/openclaw/host-types.js";
import { createCloudSigmaPlugin } from "../../src/composition/plugin-entry.js";
import { overrideWith } from "../support/overrides.js";
import { registerPlugin } from "../support/recording-api.js";

type Event = { type: string; error?: { errorMessage?: string } };

/** A transport like the host's: calls onPayload, then "sends" and pushes what upstream said. */
function transport(answers: Event[]) {
  const sent: unknown[] = [];
  const streamFn = (
    _model: unknown,
    _context: unknown,
    options?: { onPayload?: (p: unknown) => unknown },
  ) => {
    const pushed: Event[] = [];
    const stream = { push: (event: Event) => pushed.push(event), pushed };
    void (async () => {
      try {
        await options?.onPayload?.({ model: "m" });
        sent.push("request");
        stream.push(answers.shift() ?? { type: "done" });
      } catch (error) {
        stream.push({ type: "error", error: { errorMessage: (error as Error).message } });
      }
    })();
    return stream;
  };
  return { streamFn, sent };
}

function wrapperFor(provider: ProviderPlugin, streamFn: unknown, modelId: string, config = {}) {
  const model = {
    id: modelId,
    provider: "cloudsigma",
    api: "openai-completions",
    baseUrl: "https://taas.example/v1",
  };
  const wrapped = provider.wrapStreamFn?.({
    provider: "cloudsigma",
    modelId,
    model,
    config,
    streamFn,
  } as never);
  return async () => {
    const stream = (wrapped as unknown as (...a: unknown[]) => { pushed: Event[] })(
      model,
      { messages: [] },
      {},
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    return stream.pushed;
  };
}

function register() {
  let now = 0;
  const { provider } = registerPlugin(
    createCloudSigmaPlugin({ override: overrideWith({ clock: { now: () => now } }) }),
  );
  return { provider, tick: (ms: number) => (now += ms) };
}

// A fresh event each time: the wrapper rewrites the text in place, as the host expects.
const limited = (): Event => ({
  type: "error",
  error: { errorMessage: "429 Rate limit exceeded; Retry-After: 20 seconds" },
});
const fallbacks = {
  agents: { defaults: { model: { primary: "cloudsigma/gpt-5.5", fallbacks: ["other/m"] } } },
};

describe("a TaaS 429 through wrapStreamFn", () => {
  it("with a fallback: one request, then every cloudsigma route is held without a request", async () => {
    const { provider } = register();
    const { streamFn, sent } = transport([limited()]);
    const [first] = await wrapperFor(provider, streamFn, "gpt-5.5", fallbacks)();
    // Stopped: "quota exceeded" and no wait to retry on, so the host fails over at once.
    expect(first?.error?.errorMessage).toBe(
      "429 Rate limit exceeded (CloudSigma TaaS quota exceeded for this key for now; it applies to every cloudsigma route)",
    );
    const [held] = await wrapperFor(provider, streamFn, "llama-3.3-70b", fallbacks)();
    expect(held?.error?.errorMessage).toMatch(/^429 .*no request was sent/);
    expect(sent).toHaveLength(1);
  });

  it("with no fallback: the host's one retry goes out, the next 429 says to stop", async () => {
    const { provider, tick } = register();
    const { streamFn, sent } = transport([limited(), limited()]);
    const first = await wrapperFor(provider, streamFn, "gpt-5.5")();
    expect(first[0]?.error?.errorMessage).toBe("429 Rate limit exceeded; Retry-After: 20 seconds");
    tick(20_000);
    const second = await wrapperFor(provider, streamFn, "gpt-5.5")();
    expect(second[0]?.error?.errorMessage).toMatch(/quota exceeded/);
    expect(sent).toHaveLength(2);
  });

  it("clears the limit on a successful turn, and leaves other errors alone", async () => {
    const { provider, tick } = register();
    const other: Event = { type: "error", error: { errorMessage: "500 boom" } };
    const { streamFn, sent } = transport([limited(), { type: "done" }, other]);
    await wrapperFor(provider, streamFn, "gpt-5.5")();
    tick(20_000);
    expect((await wrapperFor(provider, streamFn, "gpt-5.5")())[0]?.type).toBe("done");
    expect((await wrapperFor(provider, streamFn, "kimi-k2.6")())[0]?.error?.errorMessage).toBe(
      "500 boom",
    );
    expect(sent).toHaveLength(3);
  });
});
