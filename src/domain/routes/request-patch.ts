import { isPlainObject } from "../shared/values.js";
import { type RouteFamily, requiresSignedToolCalls } from "./route-families.js";

/**
 * Google's documented stand-in for a tool call Gemini did not sign (e.g. one made on another
 * route before a model switch); the host uses the same value for its own Google endpoints.
 */
export const UNSIGNED_TOOL_CALL_SIGNATURE = "skip_thought_signature_validator";

/** What the plugin changes in an outgoing chat request, where the host has no switch for it. */
export interface RequestPatch {
  /** Replayed tool calls get back the signature this route returned for them. */
  readonly echoSignatures: boolean;
  /** ...and those it did not sign get the placeholder (routes that reject unsigned calls). */
  readonly placeholderForUnsigned: boolean;
  /** `off` on a reasoning route: no reasoning parameter at all (2026.6 sends "high"). */
  readonly dropReasoningEffort: boolean;
  /** Neither `max_tokens` nor `max_completion_tokens` (routes that may reach any family). */
  readonly dropMaxTokens: boolean;
}

export interface RouteTurn {
  readonly modelId: string;
  readonly reasoning: boolean;
  readonly thinkingLevel: unknown;
}

/** The patch a turn needs, or null when the host's own request is already right. */
export function requestPatchFor(family: RouteFamily, turn: RouteTurn): RequestPatch | null {
  const patch: RequestPatch = {
    echoSignatures: family.signsToolCalls,
    placeholderForUnsigned: family.signsToolCalls && requiresSignedToolCalls(family, turn.modelId),
    dropReasoningEffort: turn.reasoning && turn.thinkingLevel === "off",
    dropMaxTokens: family.omitsMaxTokens === true,
  };
  return patch.echoSignatures || patch.dropReasoningEffort || patch.dropMaxTokens ? patch : null;
}

type Json = Record<string, unknown>;

/**
 * Applies the patch to an OpenAI chat-completions body. `signatures` maps each tool-call id
 * this route signed to its signature, as the host recorded it. Returns the new body, or
 * undefined when nothing changed; the input is never mutated.
 */
export function patchRequest(
  body: unknown,
  patch: RequestPatch,
  signatures: ReadonlyMap<string, string>,
): Json | undefined {
  if (!isPlainObject(body)) return undefined;
  let next: Json = body;
  if (patch.dropReasoningEffort && "reasoning_effort" in next) {
    const { reasoning_effort: _dropped, ...rest } = next;
    next = rest;
  }
  if (patch.dropMaxTokens && ("max_tokens" in next || "max_completion_tokens" in next)) {
    const { max_tokens: _a, max_completion_tokens: _b, ...rest } = next;
    next = rest;
  }
  if (patch.echoSignatures && Array.isArray(next.messages)) {
    const messages = next.messages.map((message) => signMessage(message, patch, signatures));
    if (messages.some((message, i) => message !== (next.messages as unknown[])[i])) {
      next = { ...next, messages };
    }
  }
  return next === body ? undefined : next;
}

function signMessage(
  message: unknown,
  patch: RequestPatch,
  signatures: ReadonlyMap<string, string>,
): unknown {
  if (!isPlainObject(message) || message.role !== "assistant") return message;
  if (!Array.isArray(message.tool_calls)) return message;
  let changed = false;
  const calls = message.tool_calls.map((call) => {
    if (!isPlainObject(call)) return call;
    const own = typeof call.id === "string" ? signatures.get(call.id) : undefined;
    const signature = own ?? (patch.placeholderForUnsigned ? UNSIGNED_TOOL_CALL_SIGNATURE : "");
    if (!signature) return call;
    changed = true;
    return withSignature(call, signature);
  });
  return changed ? { ...message, tool_calls: calls } : message;
}

/** `extra_content.google.thought_signature`, where Gemini's OpenAI endpoint reads it. */
function withSignature(call: Json, signature: string): Json {
  const extra = isPlainObject(call.extra_content) ? call.extra_content : {};
  const google = isPlainObject(extra.google) ? extra.google : {};
  return {
    ...call,
    extra_content: { ...extra, google: { ...google, thought_signature: signature } },
  };
}
