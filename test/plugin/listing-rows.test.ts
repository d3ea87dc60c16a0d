// What the listed 0.1.2's onboarding wrote into operators' configs, beside our seed: the
// README's upgrade section says the rows are ours but for a per-row `api`. If the seed moves
// on, this fails, and the upgrade story (repair the rows, or say what stays stale) must too.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedFixtures } from "../support/shared-fixtures.js";

const HOSTS = ["2026.6.6", "2026.9.6"];
const listing = sharedFixtures(
  "listing-0.1.2",
  HOSTS.map((host) => `onboarded-config-${host}.json`),
);
const read = (path: string) => JSON.parse(readFileSync(path, "utf8"));
const seed = () =>
  read(resolve(import.meta.dirname, "../../openclaw.plugin.json")).modelCatalog.providers.cloudsigma
    .models as Record<string, unknown>[];
const rows = (host: string) =>
  read(listing.path(`onboarded-config-${host}.json`)).models.providers.cloudsigma.models as Record<
    string,
    unknown
  >[];

describe.runIf(listing.present).each(HOSTS)("rows 0.1.2's onboarding wrote on %s", (host) => {
  it("are our 13 seed rows, in order, with only a per-row api added", () => {
    expect(rows(host).map(({ api, ...row }) => row)).toEqual(seed());
    expect(new Set(rows(host).map((row) => row.api))).toEqual(new Set(["openai-completions"]));
  });

  it("carry no compat: the family's comes at run time (normalizeResolvedModel)", () => {
    expect(rows(host).some((row) => "compat" in row)).toBe(false);
  });
});
