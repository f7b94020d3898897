import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importEvidence } from './import-evidence.js';

// nginx 1.22 under TZ=Asia/Kolkata: 200s, 404s at 16:16:59Z, then 502s at 16:17:01Z (trial 11).
const folder = resolve(import.meta.dirname, '../../test/fixtures/real/captured/trial11/ngx');
const error = resolve(folder, 'error.log');

describe('an nginx logs folder', () => {
  it('starts the impact at the 502s, not at a 404 that error.log logs at [error]', async () => {
    const { result } = await importEvidence(
      { paths: [folder] },
      { zoneFor: (path) => (resolve(path) === error ? 'Asia/Kolkata' : undefined) },
    );
    expect(result.moments.impactStart?.at).toBe('2026-12-02T16:17:01.000Z');
  });

  it("reads error.log's zone-less times in the zone its sibling access.log shows", async () => {
    const { result } = await importEvidence({ paths: [folder] });
    expect(result.moments.impactStart?.at).toBe('2026-12-02T16:17:01.000Z');
    const report = result.files.find((file) => file.file.endsWith('error.log'));
    expect(report?.zoneless).toMatchObject({ zone: 'UTC+5:30' });
    expect(report?.zoneless?.revealed).toMatch(/access\.log/);
  });
});
