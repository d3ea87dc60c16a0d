import { routeFamilyOf } from "../routes/route-families.js";
import type { AutorouterAlgorithm } from "./algorithms.js";

export const AUTOROUTER_ALGORITHM_HEADER = "X-TaaS-Autorouter-Algorithm";

/**
 * The header that asks TaaS for a session's algorithm: only on the `auto` route and only
 * when the session has one set (otherwise TaaS's own default applies).
 */
export function autorouterHeaders(
  modelId: unknown,
  algorithm: AutorouterAlgorithm | null,
): Readonly<Record<string, string>> {
  if (algorithm === null || routeFamilyOf(modelId).id !== "auto") return {};
  return { [AUTOROUTER_ALGORITHM_HEADER]: algorithm };
}
