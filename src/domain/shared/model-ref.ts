/** `cloudsigma/bge-m3` and `bge-m3` name the same route; other providers' refs are not ours. */
export function routeIdOf(ref: unknown, providerIds: readonly string[]): unknown {
  if (typeof ref !== "string") return ref;
  const value = ref.trim();
  const slash = value.indexOf("/");
  if (slash > 0 && providerIds.includes(value.slice(0, slash).toLowerCase())) {
    return value.slice(slash + 1).trim();
  }
  return value;
}
