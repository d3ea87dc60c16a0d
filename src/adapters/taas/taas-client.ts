import { inject, injectable } from "tsyringe";
import { type TaasRequestTarget, taasRequestTarget } from "../../domain/shared/base-url.js";
import { CLOCK, type Clock } from "../../ports/clock.port.js";
import { type GuardedRequest, HTTP_GUARD, type HttpGuard } from "../../ports/http-guard.port.js";
import type { UnavailableReason, UpstreamFailure } from "../../ports/upstream-failure.port.js";
import type { RequestLimits } from "./request-limits.js";
import { readUpstream } from "./upstream-status.js";

/** One request to TaaS: which endpoint under the operator's base URL, with which key. */
export interface TaasCall {
  readonly baseUrl: string;
  /** The API key itself; it goes in the Authorization header and nowhere else. */
  readonly secret: string;
  readonly endpoint: keyof Omit<TaasRequestTarget, "hostname">;
  /** A JSON body makes it a POST; without one it is a GET. */
  readonly body?: string;
  /** Names the request in the host's network audit. */
  readonly purpose: string;
  readonly limits: RequestLimits;
}

export type TaasAnswer<T> =
  | ({ readonly ok: true } & T)
  | { readonly ok: false; readonly failure: UpstreamFailure };

/**
 * The path every TaaS adapter shares: the base URL's rule for where the key may go, the
 * guard restricted to that one host, the one status classification, then the adapter's
 * parser (`null`: the body is not what that operation expects).
 */
@injectable()
export class TaasClient {
  constructor(
    @inject(HTTP_GUARD) private readonly http: HttpGuard,
    @inject(CLOCK) private readonly clock: Clock,
  ) {}

  async send<T extends object>(
    call: TaasCall,
    parse: (body: string) => T | null,
  ): Promise<TaasAnswer<T>> {
    const target = taasRequestTarget(call.baseUrl);
    // The last point every TaaS request passes: none leaves without the operator's key.
    if (!target || call.secret.trim() === "") return unavailable("refused");
    const request: GuardedRequest = {
      url: target[call.endpoint],
      headers: headers(call.secret, call.body !== undefined),
      timeoutMs: call.limits.timeoutMs,
      maxBodyBytes: call.limits.maxBodyBytes,
      allowedHostname: target.hostname,
      purpose: call.purpose,
    };
    const result =
      call.body === undefined
        ? await this.http.get(request)
        : await this.http.post({ ...request, body: call.body });
    const read = readUpstream(result, this.clock.now(), call.secret);
    if (!read.ok) return read;
    const parsed = parse(read.body);
    return parsed ? { ok: true as const, ...parsed } : unavailable("malformed");
  }
}

function unavailable(reason: UnavailableReason): TaasAnswer<never> {
  return { ok: false, failure: { kind: "unavailable", reason } };
}

function headers(secret: string, json: boolean): Record<string, string> {
  return {
    Accept: "application/json",
    ...(json ? { "Content-Type": "application/json" } : {}),
    Authorization: `Bearer ${secret}`,
  };
}

/** One call of an operation's adapter: its limits are already bound. */
export type TaasSend = <T extends object>(
  call: Omit<TaasCall, "limits">,
  parse: (body: string) => T | null,
) => Promise<TaasAnswer<T>>;

/**
 * A port's TaaS adapter as an injectable class: the shared client, the operation's limits
 * (by token, so a test or composition can tighten them), and `port`, which says only
 * which endpoint, body and parser each port method uses.
 */
export function taasAdapter<Port>(
  limitsToken: symbol,
  port: (send: TaasSend) => Port,
): new (
  taas: TaasClient,
  limits: RequestLimits,
) => Port {
  @injectable()
  class TaasAdapter {
    constructor(@inject(TaasClient) taas: TaasClient, @inject(limitsToken) limits: RequestLimits) {
      Object.assign(
        this,
        port((call, parse) => taas.send({ ...call, limits }, parse)),
      );
    }
  }
  return TaasAdapter as unknown as new (
    taas: TaasClient,
    limits: RequestLimits,
  ) => Port;
}
