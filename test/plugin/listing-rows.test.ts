// What the listed 0.1.2's onboarding wrote into operators' configs, beside our seed: the
// README's upgrade section says the rows are ours but for a per-row `api`. If the seed moves
// on, this fails, and the upgrade story (repair the rows, or say what stays stale) must too.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const LISTING_DIR =
  process.env.LISTING_FIXTURES_DIR ??
  resolve(import.meta.dirname, "../../../shared/fixtures/listing-0.1.2");
const HOSTS = ["2026.6.6", "2026.9.6"];
const read = (path: string) => JSON.parse(readFileSync(path, "utf8"));
const seed = read(resolve(import.meta.dirname, "../../openclaw.plugin.json")).modelCatalog.providers
  .cloudsigma.models as Record<string, unknown>[];
const present = existsSync(LISTING_DIR);

describe.runIf(present).each(HOSTS)("rows 0.1.2's onboarding wrote on %s", (host) => {
  const config = read(resolve(LISTING_DIR, `onboarded-config-${host}.json`));
  const rows = config.models.providers.cloudsigma.models as Record<string, unknown>[];

  it("are our 13 seed rows, in order, with only a per-row api added", () => {
    expect(rows.map(({ api, ...row }) => row)).toEqual(seed);
    expect(new Set(rows.map((row) => row.api))).toEqual(new Set(["openai-completions"]));
  });

  it("carry no compat: the family's comes at run time (normalizeResolvedModel)", () => {
    expect(rows.some((row) => "compat" in row)).toBe(false);
  });
});

if (!present) it.skip(`0.1.2's rows: no fixtures at ${LISTING_DIR} (set LISTING_FIXTURES_DIR)`);
