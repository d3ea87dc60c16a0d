import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyOnboardingPatch } from "../../../src/domain/onboarding/onboarding-patch.js";
import { isPlainObject, readPath } from "../../../src/domain/shared/values.js";
import { deepFreeze, realSeed } from "../fakes.js";

const seed = realSeed();
const LABEL = "CloudSigma TaaS";
const REF = "cloudsigma/gpt-5.5";
const PROVIDER = ["models", "providers", "cloudsigma"];
const ALIASES = ["agents", "defaults", "models"];

const providerOf = (config: unknown) => readPath(config, PROVIDER) as Record<string, unknown>;
const rowIds = (config: unknown) =>
  (providerOf(config).models as { id?: unknown }[]).map((row) => row.id);
const freshPatch = () => applyOnboardingPatch({}, seed);

describe("applyOnboardingPatch on an empty config", () => {
  it("writes the provider catalog and the CloudSigma TaaS alias", () => {
    expect(freshPatch()).toEqual({
      models: {
        providers: {
          cloudsigma: {
            baseUrl: "https://taas.cloudsigma.com/v1",
            api: "openai-completions",
            models: seed,
          },
        },
      },
      agents: { defaults: { models: { [REF]: { alias: LABEL }, "cloudsigma/*": {} } } },
    });
    expect(rowIds(freshPatch())).toHaveLength(13);
  });

  it("writes copies of the seed rows, so editing the config cannot change the seed", () => {
    const rows = providerOf(freshPatch()).models as { input: string[]; cost: object }[];
    expect(rows[0]).not.toBe(seed[0]);
    expect(rows[0]?.input).not.toBe(seed[0]?.input);
    expect(rows[0]?.cost).not.toBe(seed[0]?.cost);
  });

  it.each([null, undefined, 42, "config", true, [], [{ models: {} }]])(
    "treats a non-object config (%j) as empty",
    (config) => {
      expect(applyOnboardingPatch(config, seed)).toEqual(freshPatch());
    },
  );
});

describe("applyOnboardingPatch never overwrites the user's provider", () => {
  it("keeps every existing provider field and only fills what is missing", () => {
    const config = {
      models: {
        providers: {
          cloudsigma: {
            baseUrl: "https://eu.taas.example/v1",
            apiKey: "CLOUDSIGMA_API_KEY",
            headers: { "X-Team": "a" },
          },
        },
      },
    };
    const provider = providerOf(applyOnboardingPatch(config, seed));
    expect(provider).toMatchObject(config.models.providers.cloudsigma);
    expect(provider.api).toBe("openai-completions");
    expect(rowIds(applyOnboardingPatch(config, seed))).toEqual(seed.map((row) => row.id));
  });

  it("keeps a user's api choice", () => {
    const config = { models: { providers: { cloudsigma: { api: "openai-responses" } } } };
    expect(providerOf(applyOnboardingPatch(config, seed)).api).toBe("openai-responses");
  });

  it("keeps user rows first and unchanged, and does not add seed rows with the same id", () => {
    const mine = { id: "gpt-5.5", name: "My GPT", contextWindow: 1 };
    const custom = { id: "my-finetune" };
    const odd = "not-a-row";
    const config = { models: { providers: { cloudsigma: { models: [mine, custom, odd] } } } };
    const rows = providerOf(applyOnboardingPatch(config, seed)).models as unknown[];
    expect(rows.slice(0, 3)).toEqual([mine, custom, odd]);
    expect(rows[0]).toBe(mine);
    expect(
      rowIds({ models: { providers: { cloudsigma: { models: rows } } } }).filter(
        (id) => id === "gpt-5.5",
      ),
    ).toHaveLength(1);
    expect(rows).toHaveLength(3 + 12);
  });

  it("leaves another provider alone", () => {
    const openai = { baseUrl: "https://api.openai.com/v1", models: [] };
    const out = applyOnboardingPatch({ models: { mode: "merge", providers: { openai } } }, seed);
    expect(readPath(out, ["models", "providers", "openai"])).toBe(openai);
    expect(readPath(out, ["models", "mode"])).toBe("merge");
  });

  it("keeps a provider baseUrl and api the user set to null", () => {
    const config = {
      models: { providers: { cloudsigma: { baseUrl: null, api: null, models: [] } } },
    };
    const provider = providerOf(applyOnboardingPatch(config, seed));
    expect(provider.baseUrl).toBeNull();
    expect(provider.api).toBeNull();
    expect(rowIds(applyOnboardingPatch(config, seed))).toEqual(seed.map((row) => row.id));
  });

  it.each([null, "", 0, false, {}])("keeps a provider baseUrl and api of %j", (value) => {
    const config = { models: { providers: { cloudsigma: { baseUrl: value, api: value } } } };
    const provider = providerOf(applyOnboardingPatch(config, seed));
    expect(provider.baseUrl).toBe(value);
    expect(provider.api).toBe(value);
  });

  it("fills a baseUrl and api that are present but undefined, as if missing", () => {
    const config = {
      models: { providers: { cloudsigma: { baseUrl: undefined, api: undefined } } },
    };
    const provider = providerOf(applyOnboardingPatch(config, seed));
    expect(provider.baseUrl).toBe("https://taas.cloudsigma.com/v1");
    expect(provider.api).toBe("openai-completions");
  });
});

describe("applyOnboardingPatch never overwrites aliases or the primary model", () => {
  it("keeps an existing alias for the default model, and its other settings", () => {
    const entry = { alias: "gpt", params: { temperature: 0.2 } };
    const out = applyOnboardingPatch({ agents: { defaults: { models: { [REF]: entry } } } }, seed);
    expect(readPath(out, [...ALIASES, REF])).toBe(entry);
  });

  it("adds the alias to an existing entry that has none, keeping its settings", () => {
    const out = applyOnboardingPatch(
      { agents: { defaults: { models: { [REF]: { params: { a: 1 } } } } } },
      seed,
    );
    expect(readPath(out, [...ALIASES, REF])).toEqual({ params: { a: 1 }, alias: LABEL });
  });

  it("does not reuse the label when another model already carries it", () => {
    const other = { alias: LABEL };
    const out = applyOnboardingPatch(
      { agents: { defaults: { models: { "openai/gpt-4o": other } } } },
      seed,
    );
    expect(readPath(out, [...ALIASES, "openai/gpt-4o"])).toBe(other);
    expect(readPath(out, [...ALIASES, REF])).toEqual({});
  });

  it("does not add the label to an existing entry when another model carries it", () => {
    const entry = { params: { a: 1 } };
    const config = { agents: { defaults: { models: { "x/y": { alias: LABEL }, [REF]: entry } } } };
    expect(readPath(applyOnboardingPatch(config, seed), [...ALIASES, REF])).toBe(entry);
  });

  it.each(["openai/gpt-4o", { primary: "openai/gpt-4o", fallbacks: ["cloudsigma/qwen3-vl"] }])(
    "keeps the primary model agents.defaults.model (%j)",
    (model) => {
      const out = applyOnboardingPatch({ agents: { defaults: { model, workspace: "/w" } } }, seed);
      expect(readPath(out, ["agents", "defaults", "model"])).toBe(model);
      expect(readPath(out, ["agents", "defaults", "workspace"])).toBe("/w");
    },
  );

  it("does not set a primary model on an empty config", () => {
    expect(readPath(freshPatch(), ["agents", "defaults", "model"])).toBeUndefined();
  });
});

describe("applyOnboardingPatch and the model allowlist", () => {
  const MIGRATED = { meta: { migrations: { modelPolicyAllowlist: true } } };

  it("admits every CloudSigma route where agents.defaults.models is the allowlist", () => {
    const config = { agents: { defaults: { models: { "other/m": { alias: "Mine" } } } } };
    const models = readPath(applyOnboardingPatch(config, seed), ALIASES);
    expect(Object.keys(models as object)).toEqual(["other/m", REF, "cloudsigma/*"]);
  });

  it("keeps an existing wildcard entry as it is", () => {
    const entry = { params: { a: 1 } };
    const config = { agents: { defaults: { models: { "cloudsigma/*": entry } } } };
    expect(readPath(applyOnboardingPatch(config, seed), [...ALIASES, "cloudsigma/*"])).toBe(entry);
  });

  it("adds no wildcard to a config migrated to model policies (it would list as a model)", () => {
    const out = applyOnboardingPatch(MIGRATED, seed);
    expect(readPath(out, ALIASES)).toEqual({ [REF]: { alias: LABEL } });
    expect(readPath(out, ["meta"])).toBe(MIGRATED.meta);
  });

  it.each([false, "true", 1])("treats a marker of %j as not migrated", (marker) => {
    const out = applyOnboardingPatch(
      { meta: { migrations: { modelPolicyAllowlist: marker } } },
      seed,
    );
    expect(readPath(out, [...ALIASES, "cloudsigma/*"])).toEqual({});
  });
});

describe("applyOnboardingPatch leaves unexpected branches untouched", () => {
  it.each([
    ["models", { models: "custom" }, ["models"]],
    ["models.providers", { models: { providers: ["x"] } }, ["models", "providers"]],
    ["the provider entry", { models: { providers: { cloudsigma: "off" } } }, PROVIDER],
    ["a null provider entry", { models: { providers: { cloudsigma: null } } }, PROVIDER],
    [
      "the provider's models",
      { models: { providers: { cloudsigma: { models: "all" } } } },
      PROVIDER,
    ],
    ["null provider models", { models: { providers: { cloudsigma: { models: null } } } }, PROVIDER],
    ["agents", { agents: true }, ["agents"]],
    ["agents.defaults", { agents: { defaults: null } }, ["agents", "defaults"]],
    ["agents.defaults.models", { agents: { defaults: { models: [REF] } } }, ALIASES],
    ["the alias entry", { agents: { defaults: { models: { [REF]: "fast" } } } }, [...ALIASES, REF]],
    [
      "a null alias entry",
      { agents: { defaults: { models: { [REF]: null } } } },
      [...ALIASES, REF],
    ],
    [
      "a null alias",
      { agents: { defaults: { models: { [REF]: { alias: null } } } } },
      [...ALIASES, REF],
    ],
  ])("keeps %s as it is", (_label, config, path) => {
    const out = applyOnboardingPatch(config, seed);
    expect(readAt(out, path)).toBe(readAt(config, path));
  });

  it("still patches the other branch when one is unexpected", () => {
    const out = applyOnboardingPatch({ models: "custom" }, seed);
    expect(readPath(out, [...ALIASES, REF])).toEqual({ alias: LABEL });
  });

  it("does not mutate its input", () => {
    const config = {
      models: { providers: { cloudsigma: { models: [{ id: "gpt-5.5" }] } } },
      agents: { defaults: { models: { [REF]: { params: {} } } } },
    };
    const before = structuredClone(config);
    applyOnboardingPatch(deepFreeze(config), seed);
    expect(config).toEqual(before);
  });
});

/** Reads a path through objects and arrays, without following inherited properties. */
const MISSING = Symbol("missing");
function readAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, key))
      return MISSING;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Every path of a value with its primitive, or a marker for a container (which may grow). */
const ARRAY = Symbol("array");
const OBJECT = Symbol("object");
const shape = (value: unknown) =>
  Array.isArray(value) ? ARRAY : typeof value === "object" && value !== null ? OBJECT : value;
function paths(value: unknown, path: string[] = []): [string[], unknown][] {
  const own: [string[], unknown] = [path, shape(value)];
  if (typeof value !== "object" || value === null) return [own];
  return [
    own,
    ...Object.keys(value).flatMap((key) =>
      paths((value as Record<string, unknown>)[key], [...path, key]),
    ),
  ];
}

const json = fc.jsonValue({ maxDepth: 2 });
const orJunk = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: arb, weight: 4 }, { arbitrary: json, weight: 1 });
const some = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) =>
  fc.record(model, { requiredKeys: [] });

const userRow = orJunk(
  some({ id: fc.constantFrom("gpt-5.5", "qwen3-vl", "mine"), name: fc.string() }),
);
const providerEntry = orJunk(
  some({
    baseUrl: orJunk(fc.oneof(fc.webUrl(), fc.constant(null))),
    api: orJunk(fc.constantFrom("openai-completions", "openai-responses", null)),
    models: orJunk(fc.array(userRow, { maxLength: 4 })),
    apiKey: fc.string(),
  }),
);
const aliasEntry = orJunk(some({ alias: orJunk(fc.constantFrom(LABEL, "gpt", "")), params: json }));
const arbitraryConfig = fc.oneof(
  { arbitrary: json, weight: 1 },
  {
    weight: 6,
    arbitrary: some({
      models: orJunk(
        some({ providers: orJunk(some({ cloudsigma: providerEntry, openai: json })), mode: json }),
      ),
      agents: orJunk(
        some({
          defaults: orJunk(
            some({
              model: json,
              models: orJunk(
                fc.dictionary(fc.constantFrom(REF, "openai/gpt-4o", "x/y"), aliasEntry),
              ),
            }),
          ),
        }),
      ),
      gateway: json,
    }),
  },
);
describe("applyOnboardingPatch properties", () => {
  it("never loses or changes a value that was already there, and never mutates its input", () => {
    fc.assert(
      fc.property(arbitraryConfig, (config) => {
        const before = structuredClone(config);
        const out = applyOnboardingPatch(deepFreeze(config), seed);
        expect(config).toEqual(before);
        if (!isPlainObject(config)) return;
        for (const [path, value] of paths(config)) expect(shape(readAt(out, path))).toBe(value);
      }),
      { numRuns: 500 },
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(arbitraryConfig, (config) => {
        const once = applyOnboardingPatch(config, seed);
        expect(applyOnboardingPatch(once, seed)).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it("leaves every seed id in a writable provider catalog and never duplicates the label", () => {
    const countLabel = (config: unknown) => {
      const models = readPath(config, ALIASES);
      if (!isPlainObject(models)) return 0;
      return Object.values(models).filter((e) => isPlainObject(e) && e.alias === LABEL).length;
    };
    fc.assert(
      fc.property(arbitraryConfig, (config) => {
        const out = applyOnboardingPatch(config, seed);
        const provider = readPath(out, PROVIDER);
        if (isPlainObject(provider) && Array.isArray(provider.models)) {
          const ids = new Set(
            provider.models.map((row) => (isPlainObject(row) ? row.id : undefined)),
          );
          for (const row of seed) expect(ids.has(row.id)).toBe(true);
        }
        expect(countLabel(out)).toBeLessThanOrEqual(Math.max(countLabel(config), 1));
      }),
      { numRuns: 300 },
    );
  });
});
