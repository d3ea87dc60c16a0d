// The installed plugin's manifest, edited for one block and restored after it.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { HostSandbox } from "../../support/openclaw-host.js";

/**
 * Runs `body` with the installed manifest's default base URL set to `baseUrl`. It stands in
 * for production, where the configured base URL is the manifest's own
 * (`https://taas.cloudsigma.com/v1`): 2026.9 runs a plugin's catalog only then, or with the
 * key in the environment (HOST-BEHAVIOUR.md, "Listing models").
 */
export async function withManifestBaseUrl<T>(
  host: HostSandbox,
  baseUrl: string,
  body: () => Promise<T>,
): Promise<T> {
  const path = join(host.stateDir, "extensions", "cloudsigma", "openclaw.plugin.json");
  const original = await readFile(path, "utf8");
  const edited = JSON.parse(original) as {
    modelCatalog: { providers: { cloudsigma: { baseUrl: string } } };
  };
  edited.modelCatalog.providers.cloudsigma.baseUrl = baseUrl;
  await writeFile(path, JSON.stringify(edited, null, 2));
  try {
    return await body();
  } finally {
    await writeFile(path, original);
  }
}
