import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RETRY_AFTER_CEILING_MS } from "../../src/domain/shared/retry-after.js";
import type { UpstreamFailure } from "../../src/ports/upstream-failure.port.js";
import type { Reply, TaasDouble } from "../support/taas-double/taas-double.js";

export const CONTRACT_SECRET = "sk-contract-0123456789";

export type SourceSetup<S> = () => Promise<{ readonly stub: TaasDouble; readonly source: S }>;

type Answer = { readonly ok: boolean; readonly failure?: unknown };

export interface TaasContract<S, A extends Answer> {
  /** One ordinary call of the port, to `baseUrl`. */
  readonly call: (source: S, baseUrl: string) => Promise<A>;
  /** Bodies a 200 may carry that are not what this operation expects. */
  readonly malformed: readonly (readonly [string, string])[];
  /** The operation's own cases: what it sends and how it reads a good answer. */
  readonly cases: (stub: () => TaasDouble, call: () => Promise<A>, source: () => S) => void;
}

/**
 * One port's contract against TaaS: its own cases, then the failure classes every TaaS
 * call shares. The stub and adapter are built once, closed at the end, and the request
 * logs emptied before each test.
 */
export function describeTaasContract<S, A extends Answer>(
  title: string,
  setup: SourceSetup<S>,
  contract: TaasContract<S, A>,
): void {
  describe(title, () => {
    let fixture: Awaited<ReturnType<SourceSetup<S>>> | undefined;
    const current = () => {
      if (!fixture) throw new Error("the contract fixture is read before it was set up");
      return fixture;
    };
    const stub = () => current().stub;
    const call = (baseUrl = stub().url) => contract.call(current().source, baseUrl);
    beforeAll(async () => {
      fixture = await setup();
    });
    afterAll(async () => {
      await fixture?.stub.close();
    });
    beforeEach(() => {
      stub().requests.length = 0;
      stub().otherHostRequests.length = 0;
    });
    contract.cases(
      stub,
      () => call(),
      () => current().source,
    );
    describeUpstreamFailures({ stub, call, malformed: contract.malformed });
  });
}

interface UpstreamCall {
  readonly stub: () => TaasDouble;
  /** One call of the adapter under test, to the stub's base URL unless given another. */
  readonly call: (baseUrl?: string) => Promise<Answer>;
  readonly malformed: readonly (readonly [string, string])[];
}

/** The one classification every TaaS adapter shares, asserted per adapter. */
function describeUpstreamFailures({ stub, call, malformed }: UpstreamCall): void {
  describe("failure classes", () => {
    const failureFor = async (reply: Reply) => {
      stub().reply(reply);
      const answer = await call();
      expect(answer.ok).toBe(false);
      return answer.failure;
    };
    const expectFailure = async (reply: Reply, failure: UpstreamFailure) => {
      expect(await failureFor(reply)).toEqual(failure);
    };

    it.each([401, 403])("reports %i as auth-rejected", async (status) => {
      await expectFailure(
        { status, json: { error: "invalid api key" } },
        {
          kind: "auth-rejected",
          status,
        },
      );
    });

    it("reports 402 (balance spent or budget reached) as payment-required, with its code", async () => {
      await expectFailure(
        { status: 402, json: { error: { code: "insufficient_balance", message: "top up" } } },
        { kind: "payment-required", status: 402, code: "insufficient_balance" },
      );
      await expectFailure({ status: 402, body: "" }, { kind: "payment-required", status: 402 });
    });

    it("reports 429 as rate-limited, with the wait Retry-After asks for, bounded", async () => {
      const limited = (retryAfter: string): Reply => ({
        status: 429,
        json: { error: {} },
        headers: { "Retry-After": retryAfter },
      });
      await expectFailure(limited("7"), { kind: "rate-limited", status: 429, retryAfterMs: 7_000 });
      await expectFailure(limited("864000"), {
        kind: "rate-limited",
        status: 429,
        retryAfterMs: RETRY_AFTER_CEILING_MS,
      });
      await expectFailure(
        { status: 429, json: { error: {} } },
        {
          kind: "rate-limited",
          status: 429,
        },
      );
    });

    it("reports other statuses with the upstream's error code, never its free text", async () => {
      const failure = await failureFor({
        status: 404,
        json: { error: { message: `no such model ${CONTRACT_SECRET}`, code: "model_not_found" } },
      });
      expect(failure).toEqual({ kind: "http", status: 404, code: "model_not_found" });
      await expectFailure(
        { status: 503, body: "<html>down</html>" },
        { kind: "http", status: 503 },
      );
      await expectFailure(
        { status: 500, json: { error: { type: "has spaces in it" } } },
        {
          kind: "http",
          status: 500,
        },
      );
    });

    it.each(malformed)("reports %s as malformed", async (_what, body) => {
      await expectFailure({ body }, { kind: "unavailable", reason: "malformed" });
    });

    it("reports a dropped connection as a network failure", async () => {
      await expectFailure({ networkError: true }, { kind: "unavailable", reason: "network" });
    });

    it("gives up on a server that never answers, as a timeout", async () => {
      await expectFailure({ hang: true }, { kind: "unavailable", reason: "timeout" });
    });

    it("abandons a body larger than the cap", async () => {
      await expectFailure(
        { body: JSON.stringify({ data: "x".repeat(200_000) }) },
        { kind: "unavailable", reason: "too-large" },
      );
    });

    it("refuses a redirect to another host and sends nothing there", async () => {
      await expectFailure({ redirectTo: "other-host" }, { kind: "unavailable", reason: "refused" });
      expect(stub().requests).toHaveLength(1);
      expect(stub().otherHostRequests).toEqual([]);
    });

    it("refuses a base URL it may not send the key to, sending nothing", async () => {
      for (const baseUrl of ["http://taas.example.net/v1", "ftp://taas.example.net/v1"]) {
        expect(await call(baseUrl)).toEqual({
          ok: false,
          failure: { kind: "unavailable", reason: "refused" },
        });
      }
      expect(stub().requests).toEqual([]);
    });

    it("never puts the secret in what it returns", async () => {
      for (const reply of [
        { status: 401, json: { error: CONTRACT_SECRET } },
        { status: 402, json: { error: { message: CONTRACT_SECRET } } },
        { status: 404, json: { error: { code: CONTRACT_SECRET } } },
        { status: 402, json: { error: { type: CONTRACT_SECRET.slice(0, 12) } } },
        { networkError: true as const },
      ]) {
        expect(JSON.stringify(await failureFor(reply))).not.toContain(CONTRACT_SECRET.slice(0, 12));
      }
    });
  });
}
