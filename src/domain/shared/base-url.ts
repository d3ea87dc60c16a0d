import { DEFAULT_BASE_URL, PROVIDER_ID } from "./model.js";
import { nonEmptyString, readPath } from "./values.js";

/**
 * The operator's `models.providers.cloudsigma.baseUrl`, else the public endpoint.
 * Regional endpoints, proxies and test doubles all depend on this being honoured.
 */
export function resolveBaseUrl(config: unknown): string {
  const configured = nonEmptyString(
    readPath(config, ["models", "providers", PROVIDER_ID, "baseUrl"]),
  );
  return (configured ?? DEFAULT_BASE_URL).trim().replace(/\/+$/, "");
}

/** The TaaS endpoints under one base URL, and the only hostname they may reach. */
export interface TaasRequestTarget {
  readonly modelsUrl: string;
  readonly embeddingsUrl: string;
  readonly chatCompletionsUrl: string;
  readonly hostname: string;
}

const LOOPBACK_HOSTNAMES = new Set(["localhost", "[::1]", "::1"]);

export function isLoopbackHostname(hostname: string): boolean {
  return LOOPBACK_HOSTNAMES.has(hostname) || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/**
 * Where every request the plugin itself sends to TaaS (model listing, embeddings, image
 * description, chat) may go for a base URL, or null when it must not go anywhere:
 * `https` for any host, plain `http` only for loopback, never embedded credentials.
 */
export function taasRequestTarget(baseUrl: string): TaasRequestTarget | null {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  const secure = url.protocol === "https:";
  const loopbackHttp = url.protocol === "http:" && isLoopbackHostname(url.hostname);
  if (!secure && !loopbackHttp) return null;
  const path = url.pathname.replace(/\/+$/, "");
  const root = `${url.origin}${path}`;
  return {
    modelsUrl: `${root}/models`,
    embeddingsUrl: `${root}/embeddings`,
    chatCompletionsUrl: `${root}/chat/completions`,
    hostname: url.hostname,
  };
}
