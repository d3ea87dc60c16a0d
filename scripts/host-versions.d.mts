// Types for host-versions.mjs (plain JS so scripts, benchmarks and .ci/run use it without a build).
export type HostRole = "full" | "smoke";
export declare function hostVersions(role?: HostRole): string[];
export declare function newestHost(): string;
