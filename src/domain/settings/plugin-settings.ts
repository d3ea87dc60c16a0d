import { PLUGIN_SETTINGS_PATH } from "../shared/model.js";
import { usableSecret } from "../shared/secret-value.js";
import { isPlainObject as isRecord } from "../shared/values.js";

/**
 * `plugins.entries.cloudsigma.config`, as CloudSigma's listing 0.2.x documents it. The host
 * validates it against the manifest's configSchema (which never rejects a key it does not
 * know); this reads what the plugin uses and says, without ever quoting the key, what it
 * ignores and why.
 */
export interface PluginSettings {
  /** The operator's key, only once the host materialised it (never a secret reference). */
  readonly apiKey?: string;
  /** The Control UI origin Talk will allow (scheme, host, optional port). */
  readonly browserOrigin?: string;
  /** Talk's realtime request timeout, defaulted and clamped. */
  readonly realtimeRequestTimeoutMs: number;
  /** Keys this version does not know, in the operator's order. */
  readonly unknownKeys: readonly string[];
  /** Set keys that are accepted but that nothing uses yet (Talk is a later version). */
  readonly notUsedYet: readonly string[];
  /** One line per value ignored or adjusted; names keys, never a key's value. */
  readonly warnings: readonly string[];
  /** Lines worth knowing that need no fix (e.g. a SecretRef still to resolve). */
  readonly notices: readonly string[];
}

export const SETTINGS_PATH = PLUGIN_SETTINGS_PATH;
export const DEFAULT_REALTIME_TIMEOUT_MS = 25_000;
export const MIN_REALTIME_TIMEOUT_MS = 5_000;
export const MAX_REALTIME_TIMEOUT_MS = 60_000;

const KNOWN_KEYS = new Set(["apiKey", "browserOrigin", "realtimeRequestTimeoutMs"]);
/** Talk's settings: accepted so the listing's config stays valid, used once Talk exists. */
const TALK_KEYS = ["browserOrigin", "realtimeRequestTimeoutMs"] as const;

/** Reads the plugin config the host handed over; anything unreadable counts as unset. */
export function readPluginSettings(config: unknown): PluginSettings {
  const raw = isRecord(config) ? config : {};
  const warnings: string[] = [];
  const notices: string[] = [];
  const apiKey = readApiKey(raw.apiKey, warnings, notices);
  const browserOrigin = readBrowserOrigin(raw.browserOrigin, warnings);
  const realtimeRequestTimeoutMs = readTimeout(raw.realtimeRequestTimeoutMs, warnings);
  const unknownKeys = Object.keys(raw).filter((key) => !KNOWN_KEYS.has(key));
  if (unknownKeys.length > 0) {
    const names = unknownKeys.map((key) => JSON.stringify(key)).join(", ");
    warnings.push(`${SETTINGS_PATH}: unknown keys ignored: ${names}.`);
  }
  return {
    ...(apiKey ? { apiKey } : {}),
    ...(browserOrigin ? { browserOrigin } : {}),
    realtimeRequestTimeoutMs,
    unknownKeys,
    notUsedYet: TALK_KEYS.filter((key) => raw[key] !== undefined),
    warnings,
    notices,
  };
}

/** Just the key: what the plugin's key path asks for on every call, silently. */
export function pluginConfigApiKey(config: unknown): string | undefined {
  return isRecord(config) ? usableSecret(config.apiKey) : undefined;
}

/** The line saying which set keys are accepted but not used yet, if any. */
export function notUsedYetNotice(settings: PluginSettings): string | undefined {
  if (settings.notUsedYet.length === 0) return undefined;
  const names = settings.notUsedYet.join(" and ");
  return `${SETTINGS_PATH}: ${names} accepted, not used yet (CloudSigma Talk is not in this version).`;
}

/** SecretRef sources the hosts know; anything else is not echoed (it is the operator's text). */
const REF_SOURCES = new Set(["env", "file", "exec", "store"]);

function readApiKey(value: unknown, warnings: string[], notices: string[]): string | undefined {
  if (value === undefined) return undefined;
  const key = usableSecret(value);
  if (key) return key;
  if (isRecord(value) && typeof value.source === "string") {
    const source = REF_SOURCES.has(value.source) ? `source "${value.source}"` : "another source";
    // Not a key yet: the key path resolves it through OpenClaw when a request needs it.
    notices.push(
      `${SETTINGS_PATH}.apiKey is a secret reference (${source}) the host has not resolved for the plugin; it is resolved through OpenClaw's secret resolver when a request needs the key.`,
    );
  } else if (typeof value === "string") {
    warnings.push(`${SETTINGS_PATH}.apiKey is empty or a placeholder, not a key; ignored.`);
  } else {
    warnings.push(`${SETTINGS_PATH}.apiKey is neither a string nor a secret reference; ignored.`);
  }
  return undefined;
}

const ORIGIN_RULE = "scheme http or https, a host and an optional port, nothing else";

function readBrowserOrigin(value: unknown, warnings: string[]): string | undefined {
  if (value === undefined) return undefined;
  const problem = originProblem(value);
  if (!problem) return value as string;
  // The value itself is never quoted: a malformed origin may carry credentials.
  warnings.push(`${SETTINGS_PATH}.browserOrigin ${problem} (${ORIGIN_RULE}); ignored.`);
  return undefined;
}

function originProblem(value: unknown): string | undefined {
  if (typeof value !== "string") return "is not a string";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "is not a URL";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "has another scheme";
  if (url.username || url.password || value.includes("@")) return "carries credentials";
  if (url.search || url.hash || value.includes("?") || value.includes("#")) {
    return "has a query or fragment";
  }
  // `new URL` adds the root path itself, so the operator's text must end at the authority.
  if (!/^https?:\/\/[^/]+$/i.test(value)) return "has a path or a trailing slash";
  return undefined;
}

function readTimeout(value: unknown, warnings: string[]): number {
  if (value === undefined) return DEFAULT_REALTIME_TIMEOUT_MS;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    warnings.push(
      `${SETTINGS_PATH}.realtimeRequestTimeoutMs is not a number; using ${DEFAULT_REALTIME_TIMEOUT_MS}.`,
    );
    return DEFAULT_REALTIME_TIMEOUT_MS;
  }
  const clamped = Math.min(
    MAX_REALTIME_TIMEOUT_MS,
    Math.max(MIN_REALTIME_TIMEOUT_MS, Math.round(value)),
  );
  if (clamped !== value) {
    warnings.push(
      `${SETTINGS_PATH}.realtimeRequestTimeoutMs ${value} is outside ${MIN_REALTIME_TIMEOUT_MS}-${MAX_REALTIME_TIMEOUT_MS} or not whole; using ${clamped}.`,
    );
  }
  return clamped;
}
