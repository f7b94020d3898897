import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EvidenceDraft } from '../draft/evidence-draft.js';
import { batchesOf } from '../test-support/batches-of.js';
import { testOptions } from '../test-support/parse-all.js';

// Webhook notifications sent by Debian's prometheus-alertmanager 0.25, captured by test/fixtures/real/generate.sh:
// two pods firing HighErrorRate (grouped, then repeated), DiskAlmostFull on its own, each resolved in turn.
const folder = new URL('../../../test/fixtures/real/captured/alertmanager/', import.meta.url);
const notifications = readdirSync(folder).filter((name) => name.endsWith('.json'));

async function draftOfAll(names = notifications) {
  const draft = new EvidenceDraft(testOptions);
  for (const name of names) {
    const report = await draft.addFile(name, batchesOf(readFileSync(new URL(name, folder), 'utf8')));
    expect(report).toMatchObject({ format: 'alertmanager', unparsed: 0 });
  }
  return draft.result();
}

describe('webhook notifications from a real Alertmanager', () => {
  it('makes each alert instance one firing and one resolved event, repeats merged', async () => {
    const { events } = await draftOfAll();
    const alerts = events.filter((e) => e.kind === 'alert-fired' || e.kind === 'alert-resolved');
    expect(alerts.map((e) => `${e.kind} ${e.summary}`).sort()).toEqual([
      'alert-fired Alert DiskAlmostFull (pod=checkout-db-0) firing: volume 92% full',
      'alert-fired Alert HighErrorRate (pod=checkout-api-7f9c-1) firing: 5xx above 5% for 5 minutes',
      'alert-fired Alert HighErrorRate (pod=checkout-api-7f9c-2) firing: 5xx above 5% for 5 minutes',
      'alert-resolved Alert DiskAlmostFull (pod=checkout-db-0) resolved',
      'alert-resolved Alert HighErrorRate (pod=checkout-api-7f9c-1) resolved',
      'alert-resolved Alert HighErrorRate (pod=checkout-api-7f9c-2) resolved',
    ]);
    for (const alert of alerts) expect(alert).toMatchObject({ count: 1, approximate: false });
    // The first pod's firing was in the grouped notification, its repeat, and the one where it resolved.
    const firstPod = alerts.find((e) => e.kind === 'alert-fired' && e.summary.includes('7f9c-1'));
    expect(firstPod?.origins.map((o) => o.file)).toEqual([
      '01-HighErrorRate-firing.json',
      '03-HighErrorRate-firing.json',
      '05-HighErrorRate-firing.json',
    ]);
  });

  it('proposes detection at the first alert and resolution at the last one resolved', async () => {
    const { events, moments } = await draftOfAll();
    const fired = events.filter((e) => e.kind === 'alert-fired').map((e) => e.at as string);
    const resolved = events.filter((e) => e.kind === 'alert-resolved').map((e) => e.at as string);
    expect(moments.detected?.at).toBe(fired.sort()[0]);
    expect(moments.resolved?.at).toBe(resolved.sort().at(-1));
  });

  it('proposes no resolution while an alert that fired has not resolved', async () => {
    // Without the last HighErrorRate notification, its second pod never resolves; the others did.
    const { events, moments } = await draftOfAll(notifications.filter((name) => !name.startsWith('06-')));
    expect(events.filter((e) => e.kind === 'alert-resolved').map((e) => e.summary)).toEqual([
      'Alert HighErrorRate (pod=checkout-api-7f9c-1) resolved',
      'Alert DiskAlmostFull (pod=checkout-db-0) resolved',
    ]);
    expect(moments.resolved).toBeUndefined();
    expect(moments.detected).toBeDefined();
  });

  it('says an impact start taken from an alert is an alert, not a first error', async () => {
    const { moments } = await draftOfAll();
    expect(moments.impactStart?.reason).toMatch(
      /^first sign of impact, an alert \(no earlier error in this evidence\): Alert HighErrorRate/,
    );
  });
});
