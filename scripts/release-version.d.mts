// Types for release-version.mjs (plain JS so the release gate runs it without a build).
export declare const LISTED_VERSION: string;
export declare function compareVersions(a: string, b: string): number;
export declare function newestChangelogVersion(changelog: string): string | undefined;
export interface ReleaseFiles {
  pkg: { version?: unknown };
  manifest: { version?: unknown };
  lock: { version?: unknown; packages?: Record<string, { version?: unknown }> };
  changelog: string;
}
export declare function releaseVersionProblems(files: ReleaseFiles): string[];
