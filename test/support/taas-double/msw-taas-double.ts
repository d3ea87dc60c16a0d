// The TaaS double in-process: msw hands every https request to the double's behaviour, so a
// test reaches TaaS (or an operator's other base URL) with no socket. msw cannot see the
// guard's DNS-pinned undici path, so the guard runs with mswGuardSeams.
import { delay, HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach } from "vitest";
import {
  type Answer,
  OTHER_HOST_BODY,
  recordRequest,
  type TaasDouble,
  type TaasDoubleOptions,
  taasBehaviour,
} from "./taas-double.ts";

export const MSW_TAAS_URL = "https://taas.cloudsigma.com/v1";
const OTHER_ORIGIN = "https://elsewhere.example.net";

/**
 * The guard's seams for msw: a `fetchImpl` that drops the pinned dispatcher and calls
 * `globalThis.fetch` (which msw intercepts), and a `lookupFn` answering with a public address.
 * The guard's policy, redirect handling and header stripping still run.
 */
export const mswGuardSeams = {
  fetchImpl: ((input: string | URL | Request, init?: RequestInit & { dispatcher?: unknown }) => {
    const { dispatcher: _pinned, ...rest } = init ?? {};
    return globalThis.fetch(input, rest);
  }) as typeof fetch,
  lookupFn: (async (_hostname: string, options?: { all?: boolean }) => {
    const answer = { address: "93.184.216.34", family: 4 };
    return options?.all ? [answer] : answer;
  }) as never,
};

/** Intercepts https requests to any host from now until `close()`; the other host is elsewhere.example.net. */
export function startMswTaasDouble(options: TaasDoubleOptions = {}): TaasDouble {
  const double = mswTaasDouble(options);
  double.listen();
  return double;
}

/** One in-process double per test file: it listens from beforeAll and is reset before each test. */
export function useMswTaasDouble(options: TaasDoubleOptions = {}): TaasDouble {
  const double = mswTaasDouble(options);
  beforeAll(() => double.listen());
  afterAll(() => double.close());
  beforeEach(() => double.reset());
  return double;
}

function mswTaasDouble(options: TaasDoubleOptions): TaasDouble & { listen(): void } {
  const double = taasBehaviour(options, `${OTHER_ORIGIN}/v1/models`);
  const incoming = async (request: Request) => ({
    method: request.method,
    url: request.url,
    headers: Object.fromEntries(request.headers.entries()),
    raw: await request.text(),
  });
  const server = setupServer(
    http.all(`${OTHER_ORIGIN}/*`, async ({ request }) => {
      double.otherHostRequests.push(recordRequest(await incoming(request)));
      return HttpResponse.json(OTHER_HOST_BODY);
    }),
    http.all("https://*", async ({ request }) =>
      respond(await double.answer(await incoming(request))),
    ),
  );
  let closed: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    closed = resolve;
  });
  return {
    ...double,
    url: MSW_TAAS_URL,
    listen: () => server.listen({ onUnhandledRequest: "error" } as never),
    close: async () => {
      server.close();
      closed();
    },
    closed: done,
  };
}

async function respond(answer: Answer): Promise<Response> {
  // A mocked body that never ends cannot be aborted cleanly under msw (undici asserts), so a
  // drip hangs here; the loopback double drips for real (test/faults/slow-drip.test.ts).
  if (answer.kind === "hang" || answer.kind === "drip") {
    await delay("infinite");
    return HttpResponse.error();
  }
  if (answer.kind === "drop") return HttpResponse.error();
  const { status, headers, body } = answer;
  if (typeof body === "string") {
    return new HttpResponse(body === "" ? null : body, { status, headers });
  }
  const chunks = body[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return?.();
    },
  });
  return new HttpResponse(stream, { status, headers });
}
