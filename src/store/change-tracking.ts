import type { Change } from './change-feed.js';

type Listener = (change: Change) => void;

/**
 * The changes each open write transaction has made so far, by transaction object. `write` registers a
 * transaction; `writeAudit` notes into it; `write` announces the list once the transaction has committed.
 */
const pending = new WeakMap<object, Change[]>();

/** Starts collecting the changes of a write transaction; the returned list fills as `noteChanges` is called. */
export function trackChanges(tx: object): Change[] {
  const changes: Change[] = [];
  pending.set(tx, changes);
  return changes;
}

/** Notes changes made in `tx`; a transaction nobody tracks (accounts keep their own) announces nothing. */
export function noteChanges(tx: object, changes: readonly Change[]): void {
  pending.get(tx)?.push(...changes);
}

/** Listeners of one feed; a listener that throws does not keep the others from hearing the change. */
export class Listeners {
  readonly #listeners = new Set<Listener>();

  get size(): number {
    return this.#listeners.size;
  }

  /** Adds a listener; the returned function removes it (calling it twice is harmless). */
  add(listener: Listener): () => void {
    // A wrapper, so the same function subscribed twice is two subscriptions.
    const entry: Listener = (change) => listener(change);
    this.#listeners.add(entry);
    return () => {
      this.#listeners.delete(entry);
    };
  }

  deliver(changes: readonly Change[]): void {
    for (const change of changes) {
      for (const listener of [...this.#listeners]) {
        try {
          listener(change);
        } catch (error) {
          process.emitWarning(`a change listener failed: ${(error as Error).message}`);
        }
      }
    }
  }
}
