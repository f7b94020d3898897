import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { DebriefError } from '../domain/index.js';
import type { Change, ChangeFeed } from './change-feed.js';
import { Listeners } from './change-tracking.js';
import type { Database } from './schema.js';

/** The one channel every debrief process on a database notifies and listens on. */
export const changeChannel = 'debrief_changes';

// PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; the margin is for nothing in particular but safety.
const payloadBytes = 7_800;
const retryMs = { first: 250, max: 10_000 };

/**
 * The changes as NOTIFY payloads, each a JSON array that fits the limit. A change that alone would not fit (only
 * absurdly long ids or actor names) is left out rather than failing the write it describes.
 */
export function changePayloads(changes: readonly Change[]): string[] {
  const payloads: string[] = [];
  let batch: string[] = [];
  let size = 2;
  for (const change of changes) {
    const text = JSON.stringify(change);
    const bytes = Buffer.byteLength(text) + 1;
    if (bytes + 2 > payloadBytes) continue;
    if (size + bytes > payloadBytes) {
      payloads.push(`[${batch.join(',')}]`);
      batch = [];
      size = 2;
    }
    batch.push(text);
    size += bytes;
  }
  if (batch.length > 0) payloads.push(`[${batch.join(',')}]`);
  return payloads;
}

/** Sends the changes inside the writing transaction; PostgreSQL delivers them when (and only if) it commits. */
export async function notifyChanges(tx: Kysely<Database>, changes: readonly Change[]): Promise<void> {
  const payloads = changePayloads(changes);
  if (payloads.length === 0) return;
  await sql`select pg_notify(${changeChannel}, payload) from unnest(${payloads}::text[]) as payload`.execute(
    tx,
  );
}

function isChange(value: unknown): value is Change {
  const change = value as Change;
  return (
    typeof change === 'object' &&
    change !== null &&
    typeof change.incidentId === 'string' &&
    typeof change.entityId === 'string' &&
    typeof change.actor === 'string'
  );
}

/**
 * The PostgreSQL feed: one dedicated connection that LISTENs, opened on the first subscribe (or `ready`),
 * reopened with backoff when it drops, closed by `close`. Changes notified while it was down are not replayed.
 */
export class PostgresChangeFeed implements ChangeFeed {
  readonly #url: string;
  readonly #where: string;
  readonly #listeners = new Listeners();
  readonly #missed = new Set<() => void>();
  /** Whether a LISTEN connection was lost since the last one opened: the next one reports a gap. */
  #gap = false;
  #client: pg.Client | undefined;
  #attempt: Promise<void> | undefined;
  #retry: NodeJS.Timeout | undefined;
  #delay = retryMs.first;
  #closed = false;

  constructor(url: string, where: string) {
    this.#url = url;
    this.#where = where;
  }

  subscribe(listener: (change: Change) => void): () => void {
    const remove = this.#listeners.add(listener);
    this.ready().catch(() => undefined);
    return remove;
  }

  onMissed(listener: () => void): () => void {
    const entry = () => listener();
    this.#missed.add(entry);
    return () => {
      this.#missed.delete(entry);
    };
  }

  ready(): Promise<void> {
    if (this.#closed) return Promise.reject(new DebriefError('unavailable', 'the store is closed'));
    if (this.#attempt === undefined) {
      clearTimeout(this.#retry);
      this.#retry = undefined;
      this.#attempt = this.#connect();
    }
    return this.#attempt;
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#retry);
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => undefined);
  }

  async #connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.#url, connectionTimeoutMillis: 5_000 });
    this.#client = client;
    client.on('notification', (message) => {
      if (message.channel === changeChannel && message.payload) this.#deliver(message.payload);
    });
    client.on('error', () => this.#lost(client));
    client.on('end', () => this.#lost(client));
    try {
      await client.connect();
      await client.query(`listen ${changeChannel}`);
    } catch (error) {
      this.#lost(client);
      throw new DebriefError(
        'unavailable',
        `cannot listen for changes on PostgreSQL at ${this.#where}: ${(error as Error).message}`,
      );
    }
    if (this.#closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.#delay = retryMs.first;
    if (this.#gap) {
      this.#gap = false;
      for (const listener of [...this.#missed]) {
        try {
          listener();
        } catch (error) {
          process.emitWarning(`a missed-changes listener failed: ${(error as Error).message}`);
        }
      }
    }
  }

  /** The connection failed or dropped: let it go and try again later, if anyone still listens. */
  #lost(client: pg.Client): void {
    if (client !== this.#client) return;
    this.#client = undefined;
    this.#attempt = undefined;
    this.#gap = true;
    client.end().catch(() => undefined);
    if (this.#closed || this.#listeners.size === 0 || this.#retry !== undefined) return;
    const delay = this.#delay;
    this.#delay = Math.min(this.#delay * 2, retryMs.max);
    this.#retry = setTimeout(() => {
      this.#retry = undefined;
      this.ready().catch(() => undefined);
    }, delay);
    this.#retry.unref();
  }

  #deliver(payload: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload);
    } catch {
      return;
    }
    if (Array.isArray(parsed)) this.#listeners.deliver(parsed.filter(isChange));
  }
}
