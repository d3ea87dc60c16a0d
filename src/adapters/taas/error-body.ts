import { isPlainObject } from "../../domain/shared/values.js";

/** The upstream error's `code` (or `type`), for the host's error message; never free text. */
export function errorCodeOf(body: string): string | undefined {
  try {
    const json: unknown = JSON.parse(body);
    const error = isPlainObject(json) && isPlainObject(json.error) ? json.error : undefined;
    const code = error?.code ?? error?.type;
    return typeof code === "string" && /^[\w.-]{1,64}$/.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}
