import type { ModelDefinition } from "../shared/model.js";
import { isUsableModelId } from "../shared/values.js";
import { autoRouteModel, isAutoRoute } from "./auto-route.js";
import { conservativeModel } from "./capability-policy.js";

/**
 * Any `cloudsigma/<id>` resolves: a known id to its catalog row, an unknown one to a
 * conservative text-only row, and the AutoRouter to its own row (whatever a listed `auto`
 * claims, only its name and price are kept). Empty or control-character ids are refused.
 */
export function resolveModel(
  modelId: unknown,
  catalog: readonly ModelDefinition[],
): ModelDefinition | null {
  const id = typeof modelId === "string" ? modelId.trim() : modelId;
  if (!isUsableModelId(id)) return null;
  const known = catalog.find((row) => row.id === id);
  if (isAutoRoute(id)) return autoRouteModel(id, known);
  return known ?? conservativeModel(id);
}
