import { appendFileSync } from "node:fs";
const LOG = process.env.AFFPROBE_LOG || "/tmp/affprobe/probe.log";
const log = (o) => appendFileSync(LOG, JSON.stringify({ pid: process.pid, ...o }) + "\n");
const desc = (opts) => opts ? { keys: Object.keys(opts), sessionId: opts.sessionId, headers: opts.headers, hasOnPayload: typeof opts.onPayload, hasOnResponse: typeof opts.onResponse, hasSignal: !!opts.signal, metadata: opts.metadata, promptCacheKey: opts.promptCacheKey } : null;
const wrap = (kind, ctx) => {
  log({ kind: kind + ".ctx", ctxKeys: Object.keys(ctx), agentId: ctx.agentId, provider: ctx.provider, modelId: ctx.modelId, sourceApi: ctx.sourceApi, thinkingLevel: ctx.thinkingLevel });
  const inner = ctx.streamFn;
  if (!inner) return undefined;
  return (model, context, options) => {
    log({ kind: kind + ".call", api: model.api, opts: desc(options), nMsgs: context.messages?.length, stack: new Error().stack.split("\n").slice(2,9).map(s=>s.trim()) });
    const prevResp = options?.onResponse;
    return inner(model, context, { ...options, headers: { ...(options?.headers||{}), "X-Probe": kind },
      onResponse: async (r, m) => { log({ kind: kind + ".onResponse", status: r.status, hdr: r.headers["x-double"] }); return prevResp?.(r, m); } });
  };
};
export default {
  id: "affprobe", name: "affprobe", description: "probe",
  register(api) {
    log({ kind: "register", hasGw: typeof api.registerGatewayMethod, mode: api.registrationMode });
    api.registerProvider({
      id: "affprobe", label: "affprobe", auth: [],
      wrapStreamFn: (ctx) => wrap("wrapStreamFn", ctx),
      wrapSimpleCompletionStreamFn: (ctx) => wrap("wrapSimple", ctx),
      resolveTransportTurnState: (ctx) => { log({ kind: "turnState", ctx: { ...ctx, model: undefined } }); return { headers: { "X-Turn": ctx.turnId + "/" + ctx.attempt }, metadata: { probe_turn: ctx.turnId } }; },
    });
    try { api.on?.("model_call_started", (ev, ctx) => log({ kind: "model_call_started", ev: { runId: ev.runId, callId: ev.callId, sessionKey: ev.sessionKey, sessionId: ev.sessionId }, ctx: { sessionKey: ctx?.sessionKey, sessionId: ctx?.sessionId, agentId: ctx?.agentId } })); } catch (e) { log({ kind: "on-err", e: String(e) }); }
  },
};
