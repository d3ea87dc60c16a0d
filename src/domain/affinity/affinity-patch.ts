import { isPlainObject } from "../shared/values.js";

type Headers = Readonly<Record<string, string>>;
type Json = Record<string, unknown>;

/**
 * The caller's headers plus ours, where the caller has not set the same name in any case.
 * A new object: the caller's (e.g. the diagnostics wrapper's `traceparent`) are copied
 * untouched, and on 2026.9 these option headers also win over the turn-state hook's.
 */
export function withAffinityHeaders(caller: unknown, ours: Headers): Record<string, string> {
  const merged: Record<string, string> = {};
  const taken = new Set<string>();
  if (isPlainObject(caller)) {
    for (const [name, value] of Object.entries(caller)) {
      merged[name] = value as string;
      taken.add(name.toLowerCase());
    }
  }
  for (const [name, value] of Object.entries(ours)) {
    if (!taken.has(name.toLowerCase())) merged[name] = value;
  }
  return merged;
}

/**
 * A chat body with our metadata keys added where the caller has none (a key present with
 * any value, `null` included, is the caller's). A body that is not an object, or whose
 * `metadata` is present but not an object, is left alone. Returns a new body, or undefined
 * when nothing changed; the input is never mutated. Both hosts take a returned value from
 * `onPayload` as the payload, so no in-place change is needed.
 */
export function withAffinityMetadata(body: unknown, ours: Readonly<Json>): Json | undefined {
  if (!isPlainObject(body)) return undefined;
  const existing = body.metadata;
  if (existing !== undefined && !isPlainObject(existing)) return undefined;
  const metadata: Json = { ...existing };
  let added = false;
  for (const [key, value] of Object.entries(ours)) {
    if (Object.hasOwn(metadata, key)) continue;
    metadata[key] = value;
    added = true;
  }
  return added ? { ...body, metadata } : undefined;
}
