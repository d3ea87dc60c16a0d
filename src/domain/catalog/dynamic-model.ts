import type { ModelDefinition } from "../shared/model.js";
import { isUsableModelId } from "../shared/values.js";
import { conservativeModel } from "./capability-policy.js";

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
