/**
 * One rule for every value the plugin puts in a request header or the routing metadata:
 * trimmed, non-empty, bounded, and printable ASCII only (space to `~`). Control characters
 * (CR/LF would split a header) and non-ASCII (fetch refuses code points above U+00FF, and
 * servers read U+0080-U+00FF differently) make the value unusable: it is refused, never
 * percent-encoded or cut, because a rewritten id would no longer be the one the operator
 * sees in OpenClaw (and passes to the gateway methods), and two long ids cut to one bound
 * could merge two sessions.
 */
export function headerSafe(value: unknown, maxLength: number): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > maxLength) return null;
  for (let i = 0; i < trimmed.length; i++) {
    const code = trimmed.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return null;
  }
  return trimmed;
}
