// Fixtures that are not ours to ship (the listing's tarballs and operators' configs) live in
// ../shared beside the clone. A fresh clone has none: the tests that need them skip with a
// printed reason, and REQUIRE_SHARED_FIXTURES=1 (set by .ci/run) turns that skip into a failure.
// Only existsSync runs here: reading the files waits for the tests themselves.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

/** The listing 0.2.x operator's config (../shared/fixtures/listing-0.2.5). */
export const LISTING_025_CONFIG = "operator-config-2026.9.6.json";

export interface SharedFixtures {
  readonly dir: string;
  /** False when the folder or one of the files asked for is missing (the reason was printed). */
  readonly present: boolean;
  path(file: string): string;
}

/** SHARED_FIXTURES_DIR overrides ../shared/fixtures (for a clone kept elsewhere). */
export const sharedFixturesRoot = (): string =>
  process.env.SHARED_FIXTURES_DIR ?? resolve(import.meta.dirname, "../../../shared/fixtures");

export function sharedFixtures(folder: string, files: readonly string[] = []): SharedFixtures {
  const dir = join(sharedFixturesRoot(), folder);
  const missing = [dir, ...files.map((file) => join(dir, file))].find((path) => !existsSync(path));
  if (missing !== undefined) {
    const reason = `shared fixtures missing: ${missing} (no ../shared beside the clone; set SHARED_FIXTURES_DIR)`;
    if (process.env.REQUIRE_SHARED_FIXTURES === "1") {
      throw new Error(`${reason}; REQUIRE_SHARED_FIXTURES=1 forbids skipping`);
    }
    console.warn(`skipped: ${reason}`);
  }
  return { dir, present: missing === undefined, path: (file) => join(dir, file) };
}
