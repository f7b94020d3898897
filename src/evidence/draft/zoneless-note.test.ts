import { describe, expect, it } from 'vitest';
import { batchesOf } from '../test-support/batches-of.js';
import { testOptions } from '../test-support/parse-all.js';
import { EvidenceDraft } from './evidence-draft.js';

const goLog = [
  '{"note":"not a log line"}',
  '2026/03/04 14:02:11 charge failed: timeout',
  '2026/03/04 14:02:12 charge failed: timeout',
];

async function filesOf(text: string, zone = 'UTC') {
  const draft = new EvidenceDraft({ ...testOptions, time: { zone } });
  await draft.addFile('app.log', batchesOf(text));
  return draft.result().files;
}

describe('times written without a zone', () => {
  it('are counted in the file report with the first line and a hint to pass --tz', async () => {
    const [file] = await filesOf(goLog.join('\n'));
    expect(file?.samples.at(-1)).toEqual({
      line: 2,
      reason:
        '2 time(s) in this file have no zone and were read as UTC; if it was written in another zone, pass --tz ZONE (an IANA name)',
    });
  });

  it('name the zone the user chose, without the hint', async () => {
    const [file] = await filesOf(goLog.join('\n'), 'Europe/Berlin');
    expect(file?.samples.at(-1)?.reason).toBe(
      '2 time(s) in this file have no zone and were read as Europe/Berlin',
    );
  });

  it('leave files whose times carry a zone alone', async () => {
    const [file] = await filesOf('{"time":"2026-03-04T14:02:11+01:00","level":"INFO","msg":"ok"}');
    expect(file?.zoneless).toBeUndefined();
    expect(file?.samples).toEqual([]);
  });

  it('are added up over the parts of a file read in parallel', async () => {
    const parts = await Promise.all(
      [goLog.slice(0, 2), goLog.slice(2)].map(async (lines) => {
        const draft = new EvidenceDraft(testOptions);
        await draft.addFile('app.log', batchesOf(lines.join('\n')));
        return draft.part();
      }),
    );
    const merged = new EvidenceDraft(testOptions);
    merged.addParts(parts);
    const [file] = merged.result().files;
    expect(file?.zoneless).toEqual({ count: 2, line: 2 });
    expect(file?.samples.filter((s) => s.reason.includes('no zone'))).toHaveLength(1);
  });
});
