import { expect, it } from 'vitest';
import { incidentInput } from '../store/test-support/factories.js';
import { storedMatches } from './already-stored.js';
import { eachStore } from './test-support/each-store.js';

const ctx = { actor: 'test' };

eachStore('matching a reading against the stored timeline', (store) => {
  it('tells events already stored from lines stored from another file of the same name', async () => {
    const incident = await store().incidents.create(incidentInput(), ctx);
    const line = {
      at: '2026-03-04T14:02:00Z',
      kind: 'error' as const,
      severity: 'error' as const,
      summary: 'pool exhausted (×12)',
    };
    // Attached by the CLI: named by the file's real path.
    await store().timeline.addMany(
      incident.id,
      [
        { ...line, fingerprint: 'cli-1', origins: [{ file: '/srv/logs/app.log', line: 7 }] },
        {
          ...line,
          summary: 'disk full',
          fingerprint: 'cli-2',
          origins: [{ file: '/srv/logs/app.log', line: 9 }],
        },
      ],
      ctx,
    );
    // The same log uploaded in the web app: named by its name, so other fingerprints; the flood has grown.
    const drafted = [
      {
        ...line,
        summary: 'pool exhausted (×40)',
        fingerprint: 'web-1',
        origins: [{ file: 'app.log', line: 7 }],
      },
      { ...line, summary: 'disk full', fingerprint: 'cli-2', origins: [{ file: 'app.log', line: 9 }] },
      { ...line, fingerprint: 'web-3', origins: [{ file: 'app.log', line: 8 }] },
      { ...line, fingerprint: 'web-4', origins: [{ file: 'other.log', line: 7 }] },
      // Line 9 again, read in another zone (the CLI was told Asia/Kolkata, the upload was read as UTC).
      {
        ...line,
        at: '2026-03-04T19:32:00Z',
        summary: 'disk full',
        fingerprint: 'web-5',
        origins: [{ file: 'app.log', line: 9 }],
      },
    ];
    expect(await storedMatches(store(), incident.id, drafted)).toEqual({
      alreadyStored: [1],
      sameLine: [
        { event: 0, file: '/srv/logs/app.log' },
        { event: 4, file: '/srv/logs/app.log', at: '2026-03-04T14:02:00.000Z' },
      ],
    });
  });
});
