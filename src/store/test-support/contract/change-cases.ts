import { beforeEach, expect, it } from 'vitest';
import type { Change, ChangeFeed } from '../../change-feed.js';
import { writeAudit } from '../../kysely-audit-log.js';
import type { Store } from '../../store.js';
import { incidentInput, uniqueWord } from '../factories.js';
import { type OpenedSql, openSql } from '../open-sql.js';
import { endListeners } from '../postgres.js';
import { ctx, failure } from './contract-use.js';

/** What the change feed's cases get from the suite that runs them against one database. */
export interface FeedUse {
  /** The open store: its records, its feed, and its raw database for a write that rolls back (valid inside tests). */
  opened(): OpenedSql;
  /** The URL of the database, to open it again as another process would. */
  url(): string;
}

/** What a subscriber heard, and a way to wait until it has heard enough. */
interface Heard {
  changes: Change[];
  stop(): void;
  until(done: (changes: Change[]) => boolean, what: string): Promise<void>;
}

/**
 * Subscribes to `feed`, keeping the changes `keep` accepts, and waits for it to be live. Changes committed just
 * before may still arrive (PostgreSQL delivers asynchronously), so `keep` should pick this test's own.
 */
export async function hear(feed: ChangeFeed, keep: (change: Change) => boolean): Promise<Heard> {
  const changes: Change[] = [];
  const stop = feed.subscribe((change) => {
    if (keep(change)) changes.push(change);
  });
  await feed.ready();
  return {
    changes,
    stop,
    async until(done, what) {
      const deadline = Date.now() + 5_000;
      while (!done(changes)) {
        if (Date.now() > deadline) throw new Error(`heard no ${what}; heard ${JSON.stringify(changes)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

/** The live change feed: committed writes reach subscribers with their actor; rolled back ones never do. */
export function changeCases(use: FeedUse): void {
  let opened: OpenedSql;
  let store: Store;
  beforeEach(() => {
    opened = use.opened();
    store = opened.store;
  });

  it('delivers a committed write to subscribers, with its actor', async () => {
    const eli = uniqueWord('eli');
    const vera = uniqueWord('vera');
    const heard = await hear(opened.changes, (change) => change.actor === eli || change.actor === vera);
    try {
      const incident = await store.incidents.create(incidentInput(), { actor: eli });
      const action = await store.actions.add(incident.id, { title: 'Add a canary' }, { actor: vera });
      await heard.until((changes) => changes.length >= 2, 'create and action changes');
      expect(heard.changes[0]).toMatchObject({
        incidentId: incident.id,
        entity: 'incident',
        entityId: incident.id,
        action: 'create',
        actor: eli,
      });
      expect(heard.changes[1]).toEqual({
        incidentId: incident.id,
        entity: 'action',
        entityId: action.id,
        action: 'create',
        actor: vera,
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      });
    } finally {
      heard.stop();
    }
  });

  it('delivers nothing for a write that fails or rolls back', async () => {
    const incident = await store.incidents.create(incidentInput(), ctx);
    const heard = await hear(
      opened.changes,
      (change) => change.incidentId === incident.id && change.action !== 'create',
    );
    try {
      const stale = await failure(
        store.incidents.update(incident.id, 99, { title: 'Stale' }, { actor: 'stale' }),
      );
      expect(stale.code).toBe('conflict');
      // A transaction that wrote its audit entry and then failed.
      const rolledBack = await failure(
        opened.database.write(async (tx) => {
          await writeAudit(tx, [
            {
              at: new Date().toISOString(),
              actor: 'ghost',
              action: 'update',
              entity: 'incident',
              entityId: incident.id,
              incidentId: incident.id,
              changes: {},
            },
          ]);
          throw new Error('changed my mind');
        }),
      );
      expect(rolledBack.message).toBe('changed my mind');
      await store.incidents.update(incident.id, incident.version, { title: 'Committed' }, { actor: 'eli' });
      // Changes arrive in commit order, so once the committed one is here a rolled back one would be too.
      await heard.until((changes) => changes.length >= 1, 'committed update');
      expect(heard.changes.map((change) => [change.action, change.actor])).toEqual([['update', 'eli']]);
    } finally {
      heard.stop();
    }
  });

  it('stops delivering to a listener once it unsubscribes', async () => {
    const incident = await store.incidents.create(incidentInput(), ctx);
    const mine = (change: Change) => change.incidentId === incident.id && change.entity === 'factor';
    const leaving = await hear(opened.changes, mine);
    const staying = await hear(opened.changes, mine);
    try {
      leaving.stop();
      leaving.stop();
      await store.factors.add(incident.id, { category: 'monitoring-alerting', title: 'No alert' }, ctx);
      await staying.until((changes) => changes.length >= 1, 'factor change');
      expect(leaving.changes).toEqual([]);
    } finally {
      staying.stop();
    }
  });

  it('delivers every change of a large write, however many notifications it takes', async () => {
    const incident = await store.incidents.create(incidentInput(), ctx);
    const heard = await hear(
      opened.changes,
      (change) => change.incidentId === incident.id && change.entity === 'event',
    );
    try {
      const events = Array.from({ length: 300 }, (_, i) => ({
        at: new Date(Date.UTC(2026, 2, 4, 14, 0, i)).toISOString(),
        summary: `event ${i}`,
      }));
      const { added } = await store.timeline.addMany(incident.id, events, { actor: 'import' });
      await heard.until((changes) => changes.length >= 300, '300 event changes');
      expect(heard.changes.map((change) => change.entityId).sort()).toEqual(added.map((e) => e.id).sort());
    } finally {
      heard.stop();
    }
  });

  it('delivers writes made through another store instance on the same database', async () => {
    const other = await openSql(use.url());
    const incident = await other.store.incidents.create(incidentInput(), { actor: 'there' });
    const mine = (change: Change) => change.incidentId === incident.id && change.entity === 'action';
    const here = await hear(opened.changes, mine);
    const there = await hear(other.changes, mine);
    try {
      await other.store.actions.add(incident.id, { title: 'From there' }, { actor: 'there' });
      await store.actions.add(incident.id, { title: 'From here' }, { actor: 'here' });
      for (const heard of [here, there]) {
        await heard.until((changes) => changes.length >= 2, 'both actions');
        expect(heard.changes.map((change) => change.actor).sort()).toEqual(['here', 'there']);
      }
    } finally {
      here.stop();
      there.stop();
      await other.store.close();
    }
  });
}

/** PostgreSQL only: the LISTEN connection comes back after the server drops it. */
export function listenReconnectCases(use: FeedUse): void {
  it('listens again after the database ends its listening connection', async () => {
    const { store, changes } = await openSql(use.url());
    const incident = await store.incidents.create(incidentInput(), ctx);
    const heard = await hear(
      changes,
      (change) => change.incidentId === incident.id && change.entity === 'action',
    );
    let gaps = 0;
    const stopGaps = changes.onMissed(() => {
      gaps++;
    });
    try {
      expect(gaps).toBe(0);
      const ended = await endListeners(use.url());
      // Every listener on the database goes, the suite's own store's included; each must come back.
      expect(ended.length).toBeGreaterThan(0);
      expect(ended.every(Boolean)).toBe(true);
      // Keep writing until one is heard: changes made while it reconnects are lost, later ones arrive.
      const deadline = Date.now() + 10_000;
      while (heard.changes.length === 0 && Date.now() < deadline) {
        await store.actions.add(incident.id, { title: 'After the drop' }, { actor: 'eli' });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(heard.changes[0]).toMatchObject({ entity: 'action', actor: 'eli' });
      // Listeners are told that changes may have been missed while it was down, once per reconnection.
      expect(gaps).toBe(1);
    } finally {
      stopGaps();
      heard.stop();
      await store.close();
    }
  });
}
