import { collectDefaultMetrics, Registry } from 'prom-client';

let shared: Registry | undefined;

/**
 * Node's process metrics (CPU, memory, event-loop lag, garbage collection, handles) in a registry of their own,
 * one per process: they describe the process, not a server. prom-client starts an event-loop monitor and a GC
 * observer for each registry it collects into and never stops them, and tests start many servers in one process.
 */
export function processMetrics(): Registry {
  if (!shared) {
    shared = new Registry();
    collectDefaultMetrics({ register: shared });
  }
  return shared;
}
