import { isPlainObject } from "../../../domain/shared/values.js";
import type { LiveModelCandidate } from "../../../ports/model-source.port.js";
import { parseJson } from "../json-body.js";

/**
 * The TaaS `GET /v1/models` wire format: `{ data: [...] }` or a bare array of rows with
 * `id`, `name`, `owned_by`, `type`, `capabilities.{chat_completions,vision,reasoning,thinking}`,
 * `context_window`, `max_output_tokens`, `pricing.{input,output}`. Every field is optional
 * and untrusted; values are passed on unjudged for the domain's policy.
 */
export function parseModelsBody(body: string): LiveModelCandidate[] | null {
  const json = parseJson(body);
  const rows = Array.isArray(json) ? json : isPlainObject(json) ? json.data : undefined;
  if (!Array.isArray(rows)) return null;
  return rows.filter(isPlainObject).map(toCandidate);
}

function toCandidate(row: Record<string, unknown>): LiveModelCandidate {
  const capabilities = isPlainObject(row.capabilities) ? row.capabilities : {};
  const pricing = isPlainObject(row.pricing) ? row.pricing : {};
  return {
    id: row.id,
    name: row.name,
    ownedBy: row.owned_by,
    type: row.type,
    capabilities: {
      chatCompletions: capabilities.chat_completions,
      vision: capabilities.vision,
      reasoning: capabilities.reasoning,
      thinking: capabilities.thinking,
      embeddings: capabilities.embeddings,
    },
    contextWindow: row.context_window,
    maxOutputTokens: row.max_output_tokens,
    pricing: { input: pricing.input, output: pricing.output },
  };
}
