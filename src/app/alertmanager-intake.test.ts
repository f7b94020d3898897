import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alertDraft, alertmanagerPayloadSchema } from './alertmanager-intake.js';

const alertEvents = (payload: Parameters<typeof alertDraft>[0], author: string) =>
  alertDraft(payload, author).events;

import { draftToAttach } from './draft-to-attach.js';
import { importEvidence } from './import-evidence.js';

// Webhook notifications captured from a real Alertmanager (test/fixtures/real/README.md says how).
const captured = resolve(import.meta.dirname, '../../test/fixtures/real/captured/alertmanager');
const files = readdirSync(captured)
  .filter((name) => name.endsWith('.json'))
  .sort();

describe('alerts by the intake and by a saved file', () => {
  it('are the same events with the same fingerprints, whichever door they came through', async () => {
    for (const name of files) {
      const path = join(captured, name);
      const payload = alertmanagerPayloadSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
      const live = alertEvents(payload, 'alertmanager via ada');
      const { result } = await importEvidence({ paths: [path] });
      const saved = draftToAttach(result).events;
      expect(
        live.map((e) => [e.kind, e.at, e.summary, e.fingerprint]),
        name,
      ).toEqual(saved.map((e) => [e.kind, e.at, e.summary, e.fingerprint]));
      expect(live.every((e) => e.origins?.[0]?.author === 'alertmanager via ada')).toBe(true);
    }
  });

  it('keeps two instances of one alert name apart, and one repeat delivery adds nothing new', () => {
    const firing = alertmanagerPayloadSchema.parse(
      JSON.parse(readFileSync(join(captured, '01-HighErrorRate-firing.json'), 'utf8')),
    );
    const repeat = alertmanagerPayloadSchema.parse(
      JSON.parse(readFileSync(join(captured, '03-HighErrorRate-firing.json'), 'utf8')),
    );
    const first = alertEvents(firing, 'x').map((e) => e.fingerprint);
    const again = alertEvents(repeat, 'x').map((e) => e.fingerprint);
    expect(new Set(first).size).toBe(2);
    expect(again).toEqual(first);
  });

  it('keep a re-fire of one instance (same fingerprint, new startsAt) through both doors: six events', async () => {
    // Alertmanager 0.25: ledger-1 and ledger-2 fire, ledger-1 resolves, fires again, both resolve (trial 11).
    const folder = resolve(import.meta.dirname, '../../test/fixtures/real/captured/trial11/am');
    const paths = readdirSync(folder)
      .sort()
      .map((name) => join(folder, name));
    const live = new Map<string, string>();
    for (const path of paths) {
      const payload = alertmanagerPayloadSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
      for (const e of alertEvents(payload, 'x')) live.set(e.fingerprint, `${e.kind} ${e.at} ${e.summary}`);
    }
    const { result } = await importEvidence({ paths });
    const saved = draftToAttach(result).events;
    expect(new Map(saved.map((e) => [e.fingerprint, `${e.kind} ${e.at} ${e.summary}`]))).toEqual(live);
    expect([...live.values()].sort()).toEqual([
      'alert-fired 2026-12-02T16:16:21.629Z Alert HighErrorRate (pod=ledger-1) firing: 5xx above 5% on ledger-1',
      'alert-fired 2026-12-02T16:16:21.629Z Alert HighErrorRate (pod=ledger-2) firing: 5xx above 5% on ledger-2',
      'alert-fired 2026-12-02T16:16:35.771Z Alert HighErrorRate (pod=ledger-1) firing: 5xx above 5% on ledger-1',
      'alert-resolved 2026-12-02T16:16:30.724Z Alert HighErrorRate (pod=ledger-1) resolved',
      'alert-resolved 2026-12-02T16:16:40.804Z Alert HighErrorRate (pod=ledger-1) resolved',
      'alert-resolved 2026-12-02T16:16:40.804Z Alert HighErrorRate (pod=ledger-2) resolved',
    ]);
    const refire = saved.find((e) => e.at === '2026-12-02T16:16:35.771Z');
    expect(refire?.origins?.map((o) => o.file?.split('/').at(-1))).toEqual(['04.json', '05.json']);
  });
});
