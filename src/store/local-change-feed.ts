import type { Change, ChangeFeed } from './change-feed.js';
import { Listeners } from './change-tracking.js';

/** The SQLite feed: changes committed through this process's connection, delivered in process. */
export function localChangeFeed(): ChangeFeed & { publish(changes: readonly Change[]): void } {
  const listeners = new Listeners();
  return {
    subscribe: (listener) => listeners.add(listener),
    ready: () => Promise.resolve(),
    onMissed: () => () => undefined,
    publish: (changes) => listeners.deliver(changes),
  };
}
