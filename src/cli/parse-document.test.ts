import { describe, expect, it } from 'vitest';
import { parseIncidentFile } from './parse-document.js';

describe('parseIncidentFile (JSON)', () => {
  it('gives new ids to the incident and to records written without one, and keeps the ids given', async () => {
    const doc = await parseIncidentFile(
      JSON.stringify({
        title: 'Login rejected valid sessions',
        severity: 'SEV2',
        timeline: [
          { at: '2026-05-10T07:20:00Z', kind: 'error', summary: 'session validation failed' },
          { id: 'EVT-KEPT', at: '2026-05-10T07:25:00Z', kind: 'alert-fired', summary: 'LoginErrors firing' },
        ],
        actions: [{ title: 'Add a canary for session flags', owner: 'identity team' }],
      }),
      'login.json',
    );
    expect(doc.id).toMatch(/^INC-/);
    expect(doc.timeline.map((event) => event.id)).toEqual([expect.stringMatching(/^EVT-/), 'EVT-KEPT']);
    expect(doc.actions[0]?.id).toMatch(/^ACT-/);
  });

  it('names the file and the field when a record is wrong', async () => {
    await expect(
      parseIncidentFile(JSON.stringify({ title: 'x', severity: 'SEV2', timeline: [{ id: 3 }] }), 'bad.json'),
    ).rejects.toThrow(/^bad\.json: invalid incident: timeline\[0\]\./);
  });
});
