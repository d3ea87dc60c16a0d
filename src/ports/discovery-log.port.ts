/** Where discovery reports trouble. Messages are composed by the domain and carry no secret. */
export interface DiscoveryLog {
  warn(message: string): void;
  info(message: string): void;
}

export const DISCOVERY_LOG: unique symbol = Symbol("DiscoveryLog");
