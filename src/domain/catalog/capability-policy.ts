import type { LiveModelCandidate } from "../../ports/model-source.port.js";
import {
  FALLBACK_CONTEXT_WINDOW,
  FALLBACK_MAX_TOKENS,
  type ModelDefinition,
  type ModelInput,
} from "../shared/model.js";
import {
  isUsableModelId,
  nonEmptyString,
  nonNegativePrice,
  positiveSafeInteger,
} from "../shared/values.js";
import { autoRouteModel, isAutoRoute } from "./auto-route.js";

const CHAT_TYPES = new Set(["chat", "vision"]);

/**
 * A live row is a chat route only on evidence: a chat-like `type`, or an explicit
 * `chat_completions: true`. An explicit `false` or another declared type wins.
 */
export function isChatRoute(row: LiveModelCandidate): boolean {
  const chat = row.capabilities?.chatCompletions;
  if (chat === false) return false;
  if (typeof row.type === "string" && !CHAT_TYPES.has(row.type)) return false;
  return chat === true || (typeof row.type === "string" && CHAT_TYPES.has(row.type));
}

/** Image input only on explicit vision metadata; `type: "vision"` alone is not enough. */
export function imageInputAllowed(row: LiveModelCandidate): boolean {
  return row.capabilities?.vision === true;
}

export function reasoningAllowed(row: LiveModelCandidate): boolean {
  return row.capabilities?.reasoning === true || row.capabilities?.thinking === true;
}

/**
 * Turns an untrusted live row into a catalog row, or null when it is not a usable chat route.
 * A listed `auto` keeps only its name and price: what it can do depends on TaaS's pick.
 */
export function projectLiveModel(row: LiveModelCandidate): ModelDefinition | null {
  if (!isUsableModelId(row.id) || !isChatRoute(row)) return null;
  if (isAutoRoute(row.id)) {
    return autoRouteModel(row.id, {
      name: nonEmptyString(row.name) ?? row.id,
      cost: {
        input: nonNegativePrice(row.pricing?.input),
        output: nonNegativePrice(row.pricing?.output),
        cacheRead: 0,
        cacheWrite: 0,
      },
    });
  }
  const input: ModelInput[] = imageInputAllowed(row) ? ["text", "image"] : ["text"];
  const ownedBy = ownerOf(row.ownedBy);
  return {
    id: row.id,
    name: nonEmptyString(row.name) ?? row.id,
    reasoning: reasoningAllowed(row),
    input,
    cost: {
      input: nonNegativePrice(row.pricing?.input),
      output: nonNegativePrice(row.pricing?.output),
      cacheRead: 0,
      cacheWrite: 0,
    },
    contextWindow: positiveSafeInteger(row.contextWindow, FALLBACK_CONTEXT_WINDOW),
    maxTokens: positiveSafeInteger(row.maxOutputTokens, FALLBACK_MAX_TOKENS),
    ...(ownedBy ? { ownedBy } : {}),
  };
}

/** A usable vendor name, bounded like an id; anything else is dropped. */
function ownerOf(value: unknown): string | undefined {
  return isUsableModelId(value) ? value : undefined;
}

/** The row for an id we know nothing about: text only, no reasoning, no cost. */
export function conservativeModel(id: string): ModelDefinition {
  return {
    id,
    name: id,
    reasoning: false,
    input: ["text"],
    cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
    contextWindow: FALLBACK_CONTEXT_WINDOW,
    maxTokens: FALLBACK_MAX_TOKENS,
  };
}
