import { type ModelDefinition, type ModelInput, PROVIDER_ID } from "../shared/model.js";
import { isPlainObject, isUsableModelId, readPath } from "../shared/values.js";

/**
 * Reads the seed rows from the plugin manifest (`modelCatalog.providers.cloudsigma.models`),
 * the single source of truth for the static catalog. A malformed manifest is a packaging
 * defect, so it fails loudly here rather than shipping a half-read catalog.
 */
export function seedCatalogFromManifest(manifest: unknown): ModelDefinition[] {
  const provider = readPath(manifest, ["modelCatalog", "providers", PROVIDER_ID]);
  const models = isPlainObject(provider) ? provider.models : undefined;
  if (!Array.isArray(models) || models.length === 0) {
    throw new Error(`Manifest has no modelCatalog.providers.${PROVIDER_ID}.models rows`);
  }
  const rows = models.map((row, index) => seedRow(row, index));
  const ids = new Set(rows.map((row) => row.id));
  if (ids.size !== rows.length) throw new Error("Manifest seed catalog has duplicate model ids");
  return rows;
}

function seedRow(row: unknown, index: number): ModelDefinition {
  const fail = (what: string): never => {
    throw new Error(`Manifest seed row ${index}: ${what}`);
  };
  if (!isPlainObject(row)) return fail("not an object");
  const { id, name, reasoning, input, contextWindow, maxTokens, cost } = row;
  if (!isUsableModelId(id)) return fail("bad id");
  if (typeof name !== "string" || name.length === 0) return fail("bad name");
  if (typeof reasoning !== "boolean") return fail("bad reasoning flag");
  if (!Array.isArray(input) || !input.every(isModelInput) || !input.includes("text")) {
    return fail("bad input list");
  }
  if (!isPositiveInteger(contextWindow) || !isPositiveInteger(maxTokens)) return fail("bad limits");
  if (!isPlainObject(cost)) return fail("bad cost");
  const prices = [cost.input, cost.output, cost.cacheRead, cost.cacheWrite];
  if (!prices.every(isPrice)) return fail("bad cost");
  const [inputPrice, outputPrice, cacheRead, cacheWrite] = prices as number[];
  return {
    id,
    name,
    reasoning,
    input: [...input],
    cost: {
      input: inputPrice as number,
      output: outputPrice as number,
      cacheRead: cacheRead as number,
      cacheWrite: cacheWrite as number,
    },
    contextWindow,
    maxTokens,
  };
}

function isModelInput(value: unknown): value is ModelInput {
  return value === "text" || value === "image";
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0;
}

function isPrice(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}
