import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EvidenceDraft } from '../evidence/index.js';
import { batchesOf } from '../evidence/test-support/batches-of.js';
import { readInParallel } from './read-in-parallel.js';

const dir = mkdtempSync(join(tmpdir(), 'debrief-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInParallel', () => {
  it('gives the same draft as reading the file in one go', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const at = new Date(Date.parse('2026-03-04T14:00:00Z') + i * 500).toISOString();
      const level = i % 50 === 0 ? 'ERROR' : 'INFO';
      const msg = level === 'ERROR' ? `charge failed calling ledger-${i % 3}:9090` : `served /orders/${i}`;
      lines.push(JSON.stringify({ time: at, level, msg, service: 'payments' }));
      if (i === 2000) lines.push('not json');
    }
    const path = join(dir, 'app.log');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const options = { time: { zone: 'UTC' }, reference: new Date('2026-03-05T00:00:00Z') };
    const parts = await readInParallel(path, 'app.log', statSync(path).size, {
      zone: 'UTC',
      reference: options.reference,
      minBytes: 0,
    });
    expect(parts?.length).toBeGreaterThan(1);
    const parallel = new EvidenceDraft(options);
    parallel.addParts(parts ?? []);
    const sequential = new EvidenceDraft(options);
    await sequential.addFile('app.log', batchesOf(lines.join('\n'), 500));
    const a = parallel.result();
    const b = sequential.result();
    // Which busiest minutes keep their first line may differ where a part cut a minute in two (each part counts
    // its half); the spikes drafted from them do not.
    const withoutOrigins = (signatures: typeof a.signatures) =>
      signatures.map(({ minuteOrigins: _, ...signature }) => signature);
    expect(withoutOrigins(a.signatures)).toEqual(withoutOrigins(b.signatures));
    expect(a.events).toEqual(b.events);
    expect(a.files[0]).toMatchObject({
      lines: 3001,
      unparsed: 1,
      samples: [{ line: 2002, reason: 'invalid JSON' }],
    });
  });
});
