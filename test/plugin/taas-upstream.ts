import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";

export interface SeenRequest {
  readonly url: string;
  readonly authorization: string | null;
}

/** An msw TaaS that answers `/models` on any host with a scripted response and records calls. */
export function mockTaasUpstream() {
  const seen: SeenRequest[] = [];
  let answer: () => Response | Promise<Response> = () => HttpResponse.json({ data: [] });
  const server = setupServer(
    http.get("https://*/v1/models", ({ request }) => {
      seen.push({ url: request.url, authorization: request.headers.get("authorization") });
      return answer();
    }),
  );
  return {
    seen,
    listen: () => server.listen({ onUnhandledRequest: "error" } as never),
    close: () => server.close(),
    reset: () => {
      seen.length = 0;
      answer = () => HttpResponse.json({ data: [] });
    },
    answerWith: (next: () => Response | Promise<Response>) => {
      answer = next;
    },
  };
}

/** The host's catalog context for a key that comes from CLOUDSIGMA_API_KEY. */
export function envKeyContext(secret: string | undefined, config: unknown = {}) {
  return {
    config,
    env: secret ? { CLOUDSIGMA_API_KEY: secret } : {},
    resolveProviderApiKey: () =>
      secret ? { apiKey: "CLOUDSIGMA_API_KEY", discoveryApiKey: secret } : { apiKey: undefined },
  } as never;
}
