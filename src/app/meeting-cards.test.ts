import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change, SqlStore } from '../store/index.js';
import { openSqlStore } from '../store/index.js';
import { createTestDatabase } from '../store/test-support/postgres.js';
import { cardAction, cardBoard } from './meeting-cards.js';

// Who writes the cards: none of these may appear anywhere the card or its news is kept.
const ana = {
  id: 'USR-SECRETANA',
  username: 'ana_secret',
  name: 'Ana Secretname',
  role: 'editor' as 'editor' | 'viewer',
};
const fay = { id: 'USR-FAY', username: 'fay', name: 'Fay Facil', role: 'editor' as const };
const vic = { id: 'USR-VIC', username: 'vic', name: 'Vic Viewer', role: 'viewer' as 'editor' | 'viewer' };

const targets = [
  {
    name: 'sqlite',
    async create() {
      const dir = mkdtempSync(join(tmpdir(), 'debrief-cards-'));
      const file = join(dir, 'cards.db');
      return {
        url: `sqlite:${file}`,
        async rows(table: string) {
          const db = new Sqlite(file, { readonly: true });
          try {
            return db.prepare(`select * from ${table}`).all() as unknown[];
          } finally {
            db.close();
          }
        },
        drop: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'postgres',
    async create() {
      const database = await createTestDatabase('debrief_cards');
      return {
        url: database.url,
        async rows(table: string) {
          const client = new pg.Client({ connectionString: database.url });
          await client.connect();
          try {
            return (await client.query(`select * from ${table}`)).rows as unknown[];
          } finally {
            await client.end();
          }
        },
        drop: database.drop,
      };
    },
  },
];

describe.each(targets)('anonymous cards on $name', ({ create }) => {
  let database: SqlStore;
  let target: Awaited<ReturnType<(typeof targets)[number]['create']>>;
  let scope: { incident: Awaited<ReturnType<SqlStore['store']['incidents']['create']>>; reviewId: string };
  beforeAll(async () => {
    target = await create();
    database = await openSqlStore(target.url);
    await database.store.migrate();
    const incident = await database.store.incidents.create(
      {
        title: 'Ledger writes stalled',
        severity: 'SEV2',
        participants: [
          { name: 'fay', role: 'facilitator' },
          { name: 'ana_secret', role: 'responder' },
        ],
      },
      { actor: 'fay' },
    );
    const review = await database.store.reviews.add(
      incident.id,
      { scheduledAt: '2026-03-06T15:00:00Z' },
      { actor: 'fay' },
    );
    scope = { incident, reviewId: review.id };
  });
  afterAll(async () => {
    await database?.store.close();
    await target?.drop();
  });
  const act = (person: typeof ana, write: Parameters<typeof cardAction>[5]) =>
    cardAction(database.store, database.meetingCards, scope.incident, scope.reviewId, person, write);

  it('stores no trace of who wrote a card: not in its table, the audit log or the live news', async () => {
    const heard: Change[] = [];
    const stop = database.changes.subscribe((change) => heard.push(change));
    // On PostgreSQL the news arrives once the LISTEN connection is up: writes before it are never heard.
    await database.changes.ready();
    // The incident's own audit entries name its participants; what the cards add must name nobody.
    const auditBefore = (await target.rows('audit_log')).length;
    const id = await act(ana, {
      kind: 'add',
      prompt: 'surprised',
      text: 'The dashboard lagged by ten minutes',
    });
    await act(ana, { kind: 'add', prompt: 'hard', text: 'Nobody knew who owned the flag' });
    await act(fay, { kind: 'reveal', prompt: 'surprised' });
    await act(ana, { kind: 'vote', id: id as string });
    await expect.poll(() => heard.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    stop();
    const everywhere = JSON.stringify([
      await target.rows('meeting_cards'),
      (await target.rows('audit_log')).slice(auditBefore),
      heard,
    ]);
    expect(everywhere).toContain('The dashboard lagged');
    for (const trace of [ana.id, ana.username, ana.name, 'Secret']) expect(everywhere).not.toContain(trace);
    expect(heard.every((change) => change.actor === 'anonymous' && change.entityId === scope.reviewId)).toBe(
      true,
    );
  });

  it('shows hidden cards as counts until the facilitator reveals them, and lets only the right roles act', async () => {
    const board = await cardBoard(database.store, database.meetingCards, scope.incident, scope.reviewId, vic);
    expect(board.role).toBe('viewer');
    expect(board.counts).toMatchObject({ surprised: 1, hard: 1, helped: 0 });
    expect(board.cards.map((card) => card.text)).toEqual(['The dashboard lagged by ten minutes']);
    expect(board.cards[0]?.votes).toBe(1);
    await expect(act(vic, { kind: 'add', prompt: 'hard', text: 'x' })).rejects.toThrow(
      /viewers watch the meeting/,
    );
    await expect(act(ana, { kind: 'reveal', prompt: undefined })).rejects.toThrow(
      /only the facilitator reveals/,
    );
    const [card] = board.cards;
    await expect(act(ana, { kind: 'group', id: card?.id as string, group: 'Signals' })).rejects.toThrow(
      /facilitator or the scribe groups/,
    );
    await act(fay, { kind: 'group', id: card?.id as string, group: 'Signals' });
    await act(fay, { kind: 'reveal', prompt: undefined });
    const after = await cardBoard(database.store, database.meetingCards, scope.incident, scope.reviewId, fay);
    expect(after.cards.map((c) => [c.text, c.group])).toEqual(
      expect.arrayContaining([
        ['The dashboard lagged by ten minutes', 'Signals'],
        ['Nobody knew who owned the flag', null],
      ]),
    );
  });

  it('gives each person three votes and refuses a fourth', async () => {
    const { cards } = await cardBoard(
      database.store,
      database.meetingCards,
      scope.incident,
      scope.reviewId,
      fay,
    );
    const id = cards[0]?.id as string;
    for (let vote = 0; vote < 3; vote++) await act(fay, { kind: 'vote', id });
    await expect(act(fay, { kind: 'vote', id })).rejects.toThrow(
      'you have used your 3 votes in this meeting',
    );
  });

  it('queues raised points by who raised them; the raiser withdraws, the facilitator takes', async () => {
    const point = (await act(ana, { kind: 'raise', text: 'Can we talk about the pager rota?' })) as {
      id: string;
    };
    await expect(act(fay, { kind: 'point', id: point.id, status: 'withdrawn' })).resolves.toBeDefined();
    const other = (await act(fay, { kind: 'raise', text: 'Who reviews flag expiry?' })) as { id: string };
    await expect(act(ana, { kind: 'point', id: other.id, status: 'taken' })).rejects.toThrow(
      /facilitator takes points/,
    );
    await expect(act(ana, { kind: 'point', id: other.id, status: 'withdrawn' })).rejects.toThrow(
      /only who raised/,
    );
    await act(fay, { kind: 'point', id: other.id, status: 'taken' });
    const { points } = await cardBoard(
      database.store,
      database.meetingCards,
      scope.incident,
      scope.reviewId,
      ana,
    );
    expect(points.map((p) => [p.text, p.raisedBy.name, p.status])).toEqual([
      ['Can we talk about the pager rota?', 'Ana Secretname', 'withdrawn'],
      ['Who reviews flag expiry?', 'Fay Facil', 'taken'],
    ]);
  });
});
