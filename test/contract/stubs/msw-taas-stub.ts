import { delay, HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import type { RecordedRequest, StubReply, TaasStub } from "./taas-stub.js";

const TAAS = "https://taas.cloudsigma.com";
const OTHER = "https://elsewhere.example.net";

/**
 * msw cannot see the guard's default DNS-pinned undici path, so the guard is given a
 * `fetchImpl` that drops the pinned dispatcher and calls `globalThis.fetch` (which msw
 * intercepts), and a `lookupFn` answering with a public address. The guard's policy,
 * redirect handling and header stripping still run.
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

export function startMswTaasStub(): TaasStub {
  const requests: RecordedRequest[] = [];
  const otherHostRequests: RecordedRequest[] = [];
  let current: StubReply = { json: { data: [] } };
  const record = async (request: Request, into: RecordedRequest[]) =>
    into.push({
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers.entries()),
      body: await request.text(),
    });
  const taas = async ({ request }: { request: Request }) => {
    await record(request, requests);
    return respond(current);
  };

  const server = setupServer(
    http.get(`${TAAS}/v1/models`, taas),
    http.post(`${TAAS}/v1/embeddings`, taas),
    http.post(`${TAAS}/v1/chat/completions`, taas),
    http.all(`${OTHER}/*`, async ({ request }) => {
      await record(request, otherHostRequests);
      return HttpResponse.json({ data: [{ id: "stolen", type: "chat" }] });
    }),
  );
  server.listen({ onUnhandledRequest: "error" } as never);

  return {
    baseUrl: `${TAAS}/v1`,
    requests,
    otherHostRequests,
    reply: (reply) => {
      current = reply;
    },
    close: async () => server.close(),
  };
}

async function respond(reply: StubReply): Promise<Response> {
  if ("hang" in reply || "drip" in reply) {
    await delay("infinite");
    return HttpResponse.error();
  }
  if ("networkError" in reply) return HttpResponse.error();
  if ("redirectTo" in reply) {
    return new HttpResponse(null, { status: 302, headers: { Location: `${OTHER}/v1/models` } });
  }
  if ("json" in reply) {
    return HttpResponse.json(reply.json as never, {
      status: reply.status ?? 200,
      ...(reply.headers ? { headers: { ...reply.headers } } : {}),
    });
  }
  return new HttpResponse(reply.body, {
    status: reply.status ?? 200,
    headers: { "Content-Type": "application/json" },
  });
}
