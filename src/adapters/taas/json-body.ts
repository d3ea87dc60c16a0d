import { isPlainObject } from "../../domain/shared/values.js";

/** A TaaS body as JSON, or undefined when it is not JSON at all. */
export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** The upstream error's `code` (or `type`), for the host's error message; never free text. */
export function errorCodeOf(body: string): string | undefined {
  const json = parseJson(body);
  const error = isPlainObject(json) && isPlainObject(json.error) ? json.error : undefined;
  const code = error?.code ?? error?.type;
  return typeof code === "string" && /^[\w.-]{1,64}$/.test(code) ? code : undefined;
}
