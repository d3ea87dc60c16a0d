/**
 * The plugin's one logger (the host's plugin logger in production): discovery, the hooks'
 * safety net and the capabilities write here. Messages carry no secret.
 */
export interface PluginLog {
  warn(message: string): void;
  info(message: string): void;
}

export const PLUGIN_LOG: unique symbol = Symbol("PluginLog");
