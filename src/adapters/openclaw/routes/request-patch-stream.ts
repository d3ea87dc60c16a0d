import { patchRequest, type RequestPatch } from "../../../domain/routes/request-patch.js";
import type { ProviderPlugin } from "../host-types.js";

type WrapContext = Parameters<NonNullable<ProviderPlugin["wrapStreamFn"]>>[0];
export type StreamFn = NonNullable<WrapContext["streamFn"]>;
type StreamModel = Parameters<StreamFn>[0];
type StreamContext = Parameters<StreamFn>[1];

const NO_SIGNATURES: ReadonlyMap<string, string> = new Map();

/**
 * The host's stream function with the route's request patch applied to the outgoing chat
 * body (through the transport's `onPayload`, after any outer wrapper's own). The host keeps
 * the signature a route returned on its tool-call block; only blocks written by this very
 * route count, so a signature never travels to another route.
 */
export function patchingStreamFn(inner: StreamFn, patch: RequestPatch): StreamFn {
  return (model, context, options) => {
    const outer = options?.onPayload;
    return inner(model, context, {
      ...options,
      onPayload: async (payload, payloadModel) => {
        const replaced = outer ? await outer(payload, payloadModel) : undefined;
        const body = replaced === undefined ? payload : replaced;
        const signatures = patch.echoSignatures ? signaturesOf(context, model) : NO_SIGNATURES;
        return patchRequest(body, patch, signatures) ?? replaced;
      },
    });
  };
}

/** Tool-call id → signature, for assistant turns this route (provider, api, model) wrote. */
export function signaturesOf(context: StreamContext, model: StreamModel): Map<string, string> {
  const signatures = new Map<string, string>();
  for (const message of context.messages ?? []) {
    if (message.role !== "assistant") continue;
    const sameRoute =
      message.provider === model.provider &&
      message.model === model.id &&
      message.api === model.api;
    if (!sameRoute || !Array.isArray(message.content)) continue;
    for (const block of message.content) {
      if (block.type === "toolCall" && typeof block.thoughtSignature === "string") {
        if (block.thoughtSignature.length > 0) signatures.set(block.id, block.thoughtSignature);
      }
    }
  }
  return signatures;
}
