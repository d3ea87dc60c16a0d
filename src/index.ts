// Must run before any tsyringe-decorated module is evaluated.
import "reflect-metadata";
import type { PluginEntry } from "./adapters/openclaw/host-types.js";
import { createCloudSigmaPlugin } from "./composition/plugin-entry.js";

const plugin: PluginEntry = createCloudSigmaPlugin();
export default plugin;
