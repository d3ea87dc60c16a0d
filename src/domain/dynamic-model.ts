import { conservativeModel } from "./capability-policy.js";
import type { ModelDefinition } from "./model.js";
import { isUsableModelId } from "./values.js";

/**
 * Any `cloudsigma/<id>` resolves: a known id to its catalog row, an unknown one to a
 * conservative text-only row. Empty or control-character ids are refused (null).
 */
export function resolveModel(
  modelId: unknown,
  catalog: readonly ModelDefinition[],
): ModelDefinition | null {
  const id = typeof modelId === "string" ? modelId.trim() : modelId;
  if (!isUsableModelId(id)) return null;
  return catalog.find((row) => row.id === id) ?? conservativeModel(id);
}
