import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alertEvents, alertmanagerPayloadSchema } from './alertmanager-intake.js';
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
});
