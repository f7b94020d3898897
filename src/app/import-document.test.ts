import { describe, expect, it } from 'vitest';
import { documentInput, uniqueWord } from '../store/test-support/factories.js';
import { importDocument } from './import-document.js';
import { eachStore } from './test-support/each-store.js';

const ctx = { actor: 'test' };

eachStore('importDocument', (store) => {
  it('sets the moments a document leaves unset from its timeline and says which', async () => {
    const doc = { ...documentInput(uniqueWord('imp')), moments: {} };
    const imported = await importDocument(store(), doc, ctx);
    expect(imported.created).toBe(true);
    expect(imported.momentsFromTimeline).toEqual(['detected']);
    expect(imported.incident.moments.detected).toMatchObject({ at: '2026-03-04T14:05:00.000Z' });
  });

  it('takes the document as written when it gives any moment: a removed moment stays removed (trial 19)', async () => {
    const doc = documentInput(uniqueWord('imp'));
    // The factory gives impactStart, detected and resolved; the timeline has an alert that would found detected.
    const { detected: _removed, ...kept } = doc.moments ?? {};
    const imported = await importDocument(store(), { ...doc, moments: kept }, ctx);
    expect(imported.momentsFromTimeline).toEqual([]);
    expect(imported.incident.moments.detected).toBeUndefined();
  });

  it('refuses an action due before the start the timeline gives, naming it, and writes nothing', async () => {
    const doc = documentInput(uniqueWord('imp'));
    const early = {
      ...doc,
      moments: {},
      actions: (doc.actions ?? []).map((action) => ({ ...action, dueDate: '2026-03-01' })),
    };
    await expect(importDocument(store(), early, ctx)).rejects.toThrow(
      /^actions\[0\]\.dueDate \(2026-03-01, action "Add a canary stage"\) is before the incident's start \(2026-03-04T14:05:00\.000Z\), which the timeline gives \(alert-fired event: p99 alert fired\)/,
    );
    expect(await store().incidents.find(doc.id)).toBeUndefined();
  });
});

describe('importDocument input', () => {
  it('refuses a document that is not one, naming the field', async () => {
    await expect(importDocument({} as never, { id: 'x', title: 3 }, ctx)).rejects.toThrow(/title/);
  });
});
