import { API_KEY_ENV_VAR, API_KEY_FLAG, PROVIDER_ID, PROVIDER_LABEL } from "./model.js";

/** What an operator reads when a CloudSigma model is used without a key. */
export function missingAuthMessage(): string {
  return [
    `No ${PROVIDER_LABEL} API key for provider "${PROVIDER_ID}".`,
    `Set ${API_KEY_ENV_VAR} in the environment of the process that runs OpenClaw,`,
    `or run \`openclaw onboard ${API_KEY_FLAG} <key>\`.`,
    "A gateway started by systemd, launchd or another service manager does not see",
    `your shell's exports: add ${API_KEY_ENV_VAR} to the service's own environment.`,
  ].join(" ");
}
