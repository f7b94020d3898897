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

  it('leaves the start unset when the timeline would put an action due before it, and saves the rest', async () => {
    const doc = documentInput(uniqueWord('imp'));
    const late = {
      ...doc,
      moments: {},
      timeline: [
        ...(doc.timeline ?? []),
        { id: 'late-ack', at: '2026-05-01T10:00:00Z', kind: 'acknowledged', summary: 'acknowledged' },
      ],
      actions: (doc.actions ?? []).map((action) => ({ ...action, dueDate: '2026-03-01' })),
    };
    const imported = await importDocument(store(), late, ctx);
    // A start from the timeline (2026-03-04) would put the action due on 2026-03-01 before it: left unset.
    expect(imported.momentsFromTimeline).toEqual(['acknowledged']);
    expect(imported.incident.moments.detected).toBeUndefined();
    expect(imported.incident.moments.acknowledged?.eventId).toBe('late-ack');
  });
});

describe('importDocument input', () => {
  it('refuses a document that is not one, naming the field', async () => {
    await expect(importDocument({} as never, { id: 'x', title: 3 }, ctx)).rejects.toThrow(/title/);
  });
});
