import { inject, injectable } from "tsyringe";
import type {
  GuardedBodyRequest,
  GuardedRequest,
  GuardedResponse,
  HttpGuard,
} from "../../../ports/http-guard.port.js";
import { type GuardOptions, SSRF_GUARD_OPTIONS } from "./ssrf-guard-options.js";

type SsrfRuntime = typeof import("openclaw/plugin-sdk/ssrf-runtime");

/**
 * HttpGuard on OpenClaw's `fetchWithSsrFGuard`: DNS-pinned, private-network checks,
 * Authorization stripped on cross-origin redirects, and here additionally restricted to
 * one hostname (a redirect elsewhere is refused before anything is sent). The SDK module
 * is loaded on first use, off the plugin's registration path.
 */
@injectable()
export class SsrfHttpGuard implements HttpGuard {
  private runtime?: Promise<SsrfRuntime>;

  constructor(@inject(SSRF_GUARD_OPTIONS) private readonly options: GuardOptions) {}

  get(request: GuardedRequest): Promise<GuardedResponse> {
    return this.send(request, { method: "GET" }, 3);
  }

  // A POST is never replayed to a redirect target: the body could carry data elsewhere.
  post(request: GuardedBodyRequest): Promise<GuardedResponse> {
    return this.send(request, { method: "POST", body: request.body }, 0);
  }

  private async send(
    request: GuardedRequest,
    init: { method: "GET" | "POST"; body?: string },
    maxRedirects: number,
  ): Promise<GuardedResponse> {
    let runtime: SsrfRuntime;
    try {
      runtime = await this.loadRuntime();
    } catch {
      this.runtime = undefined; // let a later call try the import again
      return { kind: "failure", reason: "network" };
    }
    // The budget starts once the module is loaded: it bounds the request, not our cold start.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), request.timeoutMs);
    let release: (() => Promise<void>) | undefined;
    try {
      const guarded = await runtime.fetchWithSsrFGuard({
        url: request.url,
        init: { ...init, headers: { ...request.headers } },
        signal: abort.signal,
        timeoutMs: request.timeoutMs,
        policy: {
          allowedHostnames: [request.allowedHostname],
          hostnameAllowlist: [request.allowedHostname],
        },
        maxRedirects,
        auditContext: request.purpose ?? "cloudsigma-model-discovery",
        ...(this.options.fetchImpl ? { fetchImpl: this.options.fetchImpl } : {}),
        ...(this.options.lookupFn ? { lookupFn: this.options.lookupFn } : {}),
      });
      release = guarded.release;
      const body = await readCapped(guarded.response, request.maxBodyBytes, abort.signal);
      if (body === null) return { kind: "failure", reason: "too-large" };
      const retryAfter = guarded.response.headers.get("retry-after") ?? undefined;
      const { status } = guarded.response;
      return retryAfter === undefined
        ? { kind: "response", status, body }
        : { kind: "response", status, body, retryAfter };
    } catch (error) {
      return { kind: "failure", reason: failureReason(error, abort.signal) };
    } finally {
      clearTimeout(timer);
      await release?.().catch(() => undefined);
    }
  }

  private loadRuntime(): Promise<SsrfRuntime> {
    this.runtime ??= import("openclaw/plugin-sdk/ssrf-runtime");
    return this.runtime;
  }
}

/** Reads at most `maxBytes` of the body; null (and the stream cancelled) when it is larger. */
async function readCapped(
  response: Response,
  maxBytes: number,
  signal: AbortSignal,
): Promise<string | null> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const onAbort = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener("abort", onAbort, { once: true });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal.aborted) throw signal.reason ?? new Error("aborted");
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function failureReason(error: unknown, signal: AbortSignal): "network" | "timeout" | "refused" {
  if (signal.aborted) return "timeout";
  const name = error instanceof Error ? error.name : "";
  if (name === "SsrFBlockedError") return "refused";
  // A POST follows no redirect (see `post`): the guard's "Too many redirects" is our refusal.
  if (error instanceof Error && /too many redirects/i.test(error.message)) return "refused";
  if (name === "TimeoutError" || name === "AbortError") return "timeout";
  return "network";
}
