import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlStore, Store } from '../../store/index.js';
import { testPasswordCost } from '../test-support/test-server.js';
import { openTestStore } from '../test-support/test-store.js';
import { demoEvidence } from './demo-evidence.js';
import { demoIncidentId, seedDemo } from './seed-demo.js';

/** A spelling's words: "error-rate" and "Error rate" are one term. */
const sameWords = (spelling: string) =>
  spelling
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

describe('the demo', () => {
  it('generates slog lines that parse as JSON, with an error burst after the deploy', () => {
    const start = Date.UTC(2026, 2, 4, 14);
    const lines = (demoEvidence(start)['checkout-api.slog.jsonl'] ?? '').trim().split('\n');
    expect(lines.length).toBeGreaterThan(1_000);
    const entries = lines.map((line) => JSON.parse(line) as { time: string; level: string });
    const errorsIn = (fromMinute: number, toMinute: number) =>
      entries.filter((entry) => {
        const minute = (Date.parse(entry.time) - start) / 60_000;
        return entry.level === 'ERROR' && minute >= fromMinute && minute < toMinute;
      }).length;
    expect(errorsIn(10, 20)).toBeGreaterThan(20 * Math.max(1, errorsIn(0, 2)));
  });

  describe('seeded into a fresh SQLite store', () => {
    let store: Store;
    let database: SqlStore;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ store, database, close } = await openTestStore('sqlite'));
    });
    afterAll(async () => close());

    it('holds an incident with a timeline, moments in order, factors, actions and a review', async () => {
      const accounts = database.accounts({ passwordCost: testPasswordCost });
      const result = await seedDemo(store, accounts, new Date('2026-03-06T09:00:00Z'));
      expect(result.created).toBe(true);
      const incident = await store.incidents.get(result.incidentId);
      expect(Object.keys(incident.moments).sort()).toEqual(
        ['acknowledged', 'detected', 'impactStart', 'mitigated', 'resolved'].sort(),
      );
      const kinds = (await store.timeline.list(incident.id)).map((event) => event.kind);
      expect(kinds).toEqual(
        expect.arrayContaining(['deploy', 'log-signature', 'alert-fired', 'panic', 'rollback']),
      );
      expect(kinds).toContain('acknowledged');
      const factors = await store.factors.list(incident.id);
      expect(factors.length).toBe(4);
      const actions = await store.actions.list(incident.id);
      expect(actions.every((action) => action.owner !== '' && action.factorId !== undefined)).toBe(true);
      // Each action answers its own factor.
      expect(new Set(actions.map((action) => action.factorId))).toEqual(
        new Set(factors.map((factor) => factor.id)),
      );
      const reviews = await store.reviews.list(incident.id);
      expect(reviews.length).toBe(1);
      // Seeded on a Friday: the review, a day after tomorrow's Saturday, and every due date fall on working days,
      // and one action is still overdue.
      const weekday = (date: string) => new Date(`${date.slice(0, 10)}T00:00:00Z`).getUTCDay();
      expect(reviews[0]?.scheduledAt.slice(0, 10)).toBe('2026-03-09');
      for (const action of actions) expect([0, 6]).not.toContain(weekday(action.dueDate ?? ''));
      expect(actions.filter((action) => (action.dueDate ?? '') < '2026-03-06')).toHaveLength(1);
      expect(await accounts.verifyLogin('demo', result.password)).toMatchObject({ role: 'admin' });
    });

    it('publishes exec and public reports of the demo that pass the gate and explain every term they use', async () => {
      const { publishReport } = await import('../../app/publish-report.js');
      const { glossaryEntriesIn } = await import('../../playbook/index.js');
      const { explainedInPlace } = await import('../../report/business-impact.js');
      const stores = { documents: store.documents, audit: database.audit };
      for (const audience of ['exec', 'public'] as const) {
        const published = await publishReport(
          stores,
          demoIncidentId,
          { format: 'md', audience },
          { actor: 'test' },
        );
        const text = String(published.body);
        expect(published.findings, audience).toEqual([]);
        // An explanation, in place or in "Words in this report", is headed by the words the report uses, the glossary
        // term after when it differs ("error-rate" is the error rate: it is explained once, trial 18b B-6): "In plain words, pool size (connection pool): …", "- **pool size** (Connection
        // pool): …".
        const explained = [
          ...text.matchAll(
            /In plain words, ([^:(\n]+?)(?: \(([^)]+)\))?:|^- \*\*([^*]+)\*\*(?: \(([^)]+)\))?:/gm,
          ),
        ].map((m) => sameWords((m[2] ?? m[1] ?? m[4] ?? m[3])!));
        const prose = text.replace(/In plain words, [^\n]*|^- \*\*[^*]+\*\*(?: \([^)]+\))?:[^\n]*/gm, '');
        // The business block explains the error budget where it names it.
        const used = glossaryEntriesIn(prose)
          .filter((entry) => !explainedInPlace[entry.id]?.test(text))
          .map((entry) => sameWords(entry.term));
        expect(
          used.filter((term) => !explained.includes(term)),
          audience,
        ).toEqual([]);
        if (audience === 'exec') expect(text).toContain('## What it means for the business');
        // Engineers' shorthand is said in words (debrief issue 18): no channel names, alert clauses or handles.
        expect(text, audience).not.toMatch(/#inc-|for: \d+m|\(by [a-z]+\)|…/);
        expect(published.codeNames, audience).toEqual([]);
      }
    });

    it('starts on a Monday too, its overdue action on a working day no earlier than the incident', async () => {
      const monday = await openTestStore('sqlite');
      try {
        const accounts = monday.database.accounts({ passwordCost: testPasswordCost });
        const result = await seedDemo(monday.store, accounts, new Date('2026-12-07T00:13:00Z'));
        const incident = await monday.store.incidents.get(result.incidentId);
        const began = incident.moments.impactStart?.at.slice(0, 10) ?? '';
        const actions = await monday.store.actions.list(result.incidentId);
        const weekday = (date: string) => new Date(`${date.slice(0, 10)}T00:00:00Z`).getUTCDay();
        for (const action of actions) {
          expect([0, 6]).not.toContain(weekday(action.dueDate ?? ''));
          expect(action.dueDate! >= began).toBe(true);
        }
        expect(actions.filter((action) => (action.dueDate ?? '') < '2026-12-07')).toHaveLength(1);
      } finally {
        await monday.close();
      }
    });

    it('adds nothing the second time but sets a new password that works', async () => {
      const accounts = database.accounts({ passwordCost: testPasswordCost });
      const again = await seedDemo(store, accounts);
      expect(again.created).toBe(false);
      expect(await store.incidents.count()).toBe(1);
      expect(await accounts.verifyLogin('demo', again.password)).toBeDefined();
    });
  });
});
