// Types for pack-plugin.mjs (plain JS so the e2e runner and benchmarks use it without a build).
export interface PackedPlugin {
  filename: string;
  size: number;
  files: { path: string }[];
  /** destination/filename */
  tarball: string;
}
export declare function packPlugin(destination: string): PackedPlugin;
