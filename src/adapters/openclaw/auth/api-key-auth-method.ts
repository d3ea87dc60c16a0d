import type { ProviderAuthMethod } from "openclaw/plugin-sdk/plugin-entry";
import {
  API_KEY_ENV_VAR,
  API_KEY_FLAG,
  DEFAULT_MODEL_REF,
  PROVIDER_ID,
  PROVIDER_LABEL,
} from "../../../domain/shared/model.js";

type ApiKeyAuthOptions = Parameters<
  typeof import("openclaw/plugin-sdk/provider-auth")["createProviderApiKeyAuthMethod"]
>[0];

export type ConfigPatch = NonNullable<ApiKeyAuthOptions["applyConfig"]>;

/**
 * The `CLOUDSIGMA_API_KEY` auth method. OpenClaw's `provider-auth` module costs well over
 * a second to import cold, and onboarding is the only time it is needed, so the real
 * method is built on first use and everything else is delegated to it.
 */
export function apiKeyAuthMethod(applyConfig: ConfigPatch): ProviderAuthMethod {
  const options: ApiKeyAuthOptions = {
    providerId: PROVIDER_ID,
    methodId: "api-key",
    label: `${PROVIDER_LABEL} API key`,
    hint: "API key from the CloudSigma TaaS console",
    optionKey: "cloudsigmaApiKey",
    flagName: API_KEY_FLAG,
    envVar: API_KEY_ENV_VAR,
    promptMessage: `Enter your ${PROVIDER_LABEL} API key`,
    defaultModel: DEFAULT_MODEL_REF,
    applyConfig,
    // 2026.6.6 matches `onboard --auth-choice` against this, not the manifest's choices:
    // without it `--auth-choice cloudsigma-api-key` was a silent no-op there.
    wizard: {
      choiceId: "cloudsigma-api-key",
      choiceLabel: `${PROVIDER_LABEL} API key`,
      groupId: PROVIDER_ID,
      groupLabel: PROVIDER_LABEL,
      methodId: "api-key",
      onboardingScopes: ["text-inference"],
    },
  };
  let real: Promise<ProviderAuthMethod> | undefined;
  const load = () => {
    real ??= import("openclaw/plugin-sdk/provider-auth").then(
      (sdk) => sdk.createProviderApiKeyAuthMethod(options),
      (error: unknown) => {
        real = undefined; // a failed import is retried on the next onboarding attempt
        throw error;
      },
    );
    return real;
  };
  return {
    id: options.methodId,
    label: options.label,
    hint: options.hint,
    kind: "api_key",
    wizard: options.wizard,
    run: async (ctx) => (await load()).run(ctx),
    runNonInteractive: async (ctx) => {
      const method = await load();
      return method.runNonInteractive ? method.runNonInteractive(ctx) : null;
    },
  };
}
