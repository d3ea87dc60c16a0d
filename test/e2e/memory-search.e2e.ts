// Memory search through CloudSigma embeddings: index notes, then find one by meaning alone.
// The double's vectors put "feline companion" next to a note about a tabby kitten though the
// two share no word, so a hit proves the vectors (not keyword search) found it.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { hostTraits, parseJsonOutput } from "../support/openclaw-host.js";
import { DEFAULT_MODELS, startTaasDouble } from "../support/taas-double/taas-double.js";
import { KEY_VAR, routeToDouble, TEST_KEY } from "./support/cloudsigma-host.js";
import { observe, useCloudSigmaHost } from "./support/fixture.js";

const NOTES: Record<string, string> = {
  "pets.md": "# Home\nOur tabby kitten Miso sleeps on the sofa all afternoon.\n",
  "car.md": "# Errands\nThe sedan is parked in the garage on level two.\n",
  "coffee.md": "# Mornings\nEspresso beans come from the barista downtown.\n",
  "money.md": "# Admin\nThe invoice payment is due before the salary run.\n",
};
const QUERY = "feline companion";

type SearchJson = { results?: { path?: string; score?: number; snippet?: string }[] };

/** 6.6 reads agents.defaults.memorySearch; 9.6 moved it to memory.search (and rejects the old key). */
function withMemorySearch(config: Record<string, unknown>, version: string, model?: string) {
  const search = { provider: "cloudsigma", ...(model ? { model } : {}), sources: ["memory"] };
  if (hostTraits(version).memorySearchConfig === "memory.search") {
    return { ...config, memory: { ...(config.memory as object), search } };
  }
  const agents = (config.agents ?? {}) as { defaults?: Record<string, unknown> };
  return {
    ...config,
    agents: { ...agents, defaults: { ...agents.defaults, memorySearch: search } },
  };
}

describe.each(inject("hostVersions"))("memory search on openclaw %s", (version) => {
  const e2e = useCloudSigmaHost(version, { embeddingModels: { "text-embed-3": 64, "bge-m3": 32 } });
  const env = { [KEY_VAR]: TEST_KEY };

  async function configure(model: string | undefined, baseUrl = e2e.double.url) {
    const config = routeToDouble(await e2e.host.readConfig(), version, baseUrl);
    await e2e.host.writeConfig(withMemorySearch(config, version, model));
    const dir = join(e2e.host.workspaceDir, "memory");
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    for (const [name, text] of Object.entries(NOTES)) await writeFile(join(dir, name), text);
  }

  async function indexAndSearch() {
    const index = await e2e.host.run(["memory", "index", "--force"], { env, timeoutMs: 150_000 });
    const search = await e2e.host.run(["memory", "search", QUERY, "--json"], {
      env,
      timeoutMs: 150_000,
    });
    const json = search.stdout.trim() ? parseJsonOutput<SearchJson>(search.stdout) : {};
    return { index, search, results: json.results ?? [] };
  }

  function expectOnlyKeyedEmbeddingCalls(model: string) {
    const calls = e2e.double.embeddingRequests();
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      expect(call.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
      expect((call.body as { model?: string }).model).toBe(model);
    }
  }

  it("finds a note by meaning with the model set", async () => {
    const seen = observe(version, "memory-search-model-set", "yes", "bge-m3 configured");
    await configure("cloudsigma/bge-m3");
    e2e.double.requests.length = 0;
    const { index, search, results } = await indexAndSearch();
    expect(index.code, index.stderr + index.stdout).toBe(0);
    expect(search.code, search.stderr).toBe(0);
    expect(results[0]?.path, JSON.stringify(results)).toMatch(/pets\.md$/);
    expectOnlyKeyedEmbeddingCalls("bge-m3");
    seen.note = `bge-m3 configured; top hit ${results[0]?.path} for "${QUERY}"`;
  });

  it("finds it with the model unset: the lowest embedding route TaaS lists", async () => {
    const seen = observe(version, "memory-search-model-unset", "yes");
    await configure(undefined);
    e2e.double.requests.length = 0;
    const { index, search, results } = await indexAndSearch();
    expect(index.code, index.stderr + index.stdout).toBe(0);
    expect(search.code, search.stderr).toBe(0);
    expect(results[0]?.path, JSON.stringify(results)).toMatch(/pets\.md$/);
    expectOnlyKeyedEmbeddingCalls("text-embed-3");
    seen.note = "no model set: `text-embed-3` (the only embedding row in /v1/models)";
  });

  it("says clearly when no embedding route is known, and chat still works", async () => {
    const seen = observe(version, "memory-no-embedding-route", "yes");
    const chatOnly = await startTaasDouble({
      models: DEFAULT_MODELS.filter((row) => (row as { type?: string }).type !== "embedding"),
    });
    try {
      await configure(undefined, chatOnly.url);
      const index = await e2e.host.run(["memory", "index", "--force"], { env, timeoutMs: 150_000 });
      const output = `${index.stdout}\n${index.stderr}`;
      expect(output).toMatch(/No CloudSigma embedding route is known/);
      expect(chatOnly.embeddingRequests()).toEqual([]);
      const turn = await e2e.host.run(
        [
          "agent",
          "--local",
          "--session-id",
          `memory-${Date.now()}`,
          "--message",
          "hi",
          "--model",
          "cloudsigma/gpt-5.5",
          "--json",
        ],
        { env, timeoutMs: 150_000 },
      );
      expect(turn.code, turn.stderr).toBe(0);
      seen.note = `index exits ${index.code} with the plugin's message; a chat turn still answers`;
    } finally {
      await chatOnly.close();
      await configure("bge-m3");
    }
  });
});
