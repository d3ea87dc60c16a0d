import {
  DEFAULT_BASE_URL,
  DEFAULT_MODEL_REF,
  MODEL_API,
  type ModelDefinition,
  PROVIDER_ID,
  PROVIDER_LABEL,
} from "../shared/model.js";
import { isPlainObject, readPath } from "../shared/values.js";

type Json = Record<string, unknown>;

/** An `agents.defaults.models` key that admits every route of this provider. */
export const ALL_ROUTES_REF = `${PROVIDER_ID}/*`;

/**
 * The plugin's onboarding change to an OpenClaw config: the provider catalog under
 * `models.providers.cloudsigma`, the `CloudSigma TaaS` alias for the default model and,
 * where the host reads those entries as an allowlist, one admitting every CloudSigma route.
 * It only adds: a user's provider fields, model rows, aliases and primary model stay as
 * they are, and a branch holding something unexpected is left untouched rather than replaced.
 * The input is never mutated.
 */
export function applyOnboardingPatch(config: unknown, seed: readonly ModelDefinition[]): Json {
  const base: Json = isPlainObject(config) ? config : {};
  let next = updateIn(base, ["models", "providers"], (providers) => ({
    ...providers,
    [PROVIDER_ID]: mergeProviderEntry(providers[PROVIDER_ID], seed),
  }));
  next = updateIn(next, ["agents", "defaults", "models"], (models) => ({
    ...models,
    [DEFAULT_MODEL_REF]: mergeAliasEntry(models[DEFAULT_MODEL_REF], models),
    ...(readsModelsAsAllowlist(base) ? { [ALL_ROUTES_REF]: models[ALL_ROUTES_REF] ?? {} } : {}),
  }));
  return next;
}

/**
 * Until OpenClaw's model-policy migration (2026.9, marked in `meta.migrations`), the keys of
 * `agents.defaults.models` are also the allowlist for `--model` and `/model`: with only the
 * alias entry, every other CloudSigma route would be refused after onboarding. A migrated
 * config keeps policy in `agents.defaults.modelPolicy`, where a wildcard entry would only
 * show up as a bogus model row.
 */
function readsModelsAsAllowlist(config: Json): boolean {
  return readPath(config, ["meta", "migrations", "modelPolicyAllowlist"]) !== true;
}

function mergeProviderEntry(existing: unknown, seed: readonly ModelDefinition[]): unknown {
  const fresh = { baseUrl: DEFAULT_BASE_URL, api: MODEL_API, models: seed.map(copyRow) };
  if (existing === undefined) return fresh;
  if (!isPlainObject(existing)) return existing;
  if (existing.models !== undefined && !Array.isArray(existing.models)) return existing;
  const userRows: unknown[] = existing.models ?? [];
  const userIds = new Set(userRows.map((row) => (isPlainObject(row) ? row.id : undefined)));
  const added = fresh.models.filter((row) => !userIds.has(row.id));
  return {
    ...existing,
    // Only an absent field is filled in; anything the user wrote, even null, stays.
    baseUrl: existing.baseUrl === undefined ? fresh.baseUrl : existing.baseUrl,
    api: existing.api === undefined ? fresh.api : existing.api,
    models: [...userRows, ...added],
  };
}

function mergeAliasEntry(existing: unknown, allModels: Json): unknown {
  const aliasTaken = Object.values(allModels).some(
    (entry) => isPlainObject(entry) && entry.alias === PROVIDER_LABEL,
  );
  if (existing === undefined) return aliasTaken ? {} : { alias: PROVIDER_LABEL };
  if (!isPlainObject(existing) || existing.alias !== undefined || aliasTaken) return existing;
  return { ...existing, alias: PROVIDER_LABEL };
}

/** Applies `update` to the object at `path`, creating missing objects; leaves non-objects alone. */
function updateIn(root: Json, path: readonly string[], update: (target: Json) => Json): Json {
  const [head, ...rest] = path;
  if (head === undefined) return update(root);
  const child = root[head];
  if (child !== undefined && !isPlainObject(child)) return root;
  return { ...root, [head]: updateIn(child ?? {}, rest, update) };
}

function copyRow(row: ModelDefinition): ModelDefinition {
  return { ...row, input: [...row.input], cost: { ...row.cost } };
}
