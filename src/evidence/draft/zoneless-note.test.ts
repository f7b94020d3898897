import { describe, expect, it } from 'vitest';
import { batchesOf } from '../test-support/batches-of.js';
import { testOptions } from '../test-support/parse-all.js';
import { eventFingerprint } from './event-input.js';
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
        '2 time(s) in this file have no zone and were read as UTC; if it was written in another zone, pass --tz ZONE, or --tz app.log=ZONE for this file (an IANA name)',
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
    expect(file?.zoneless).toEqual({ count: 2, line: 2, zone: 'UTC' });
    expect(file?.samples.filter((s) => s.reason.includes('no zone'))).toHaveLength(1);
  });

  it("are read in the zone the file itself reveals: another line's offset", async () => {
    const text = [
      '2026/03/04 14:02:11 charge failed: timeout',
      'time="2026-03-04T14:02:12+01:00" level=error msg="charge failed: timeout"',
    ].join('\n');
    const draft = new EvidenceDraft(testOptions);
    await draft.addFile('app.log', batchesOf(text));
    const result = draft.result();
    expect(result.signatures[0]?.firstAt).toBe('2026-03-04T13:02:11.000Z');
    expect(result.files[0]?.samples.at(-1)?.reason).toBe(
      '1 time(s) in this file have no zone and were read as UTC+1, from the offset +01:00 on line 2 (pass --tz app.log=ZONE to read them otherwise)',
    );
  });

  it("are read in the zone of journalctl's header", async () => {
    const text = [
      '-- Logs begin at Wed 2026-03-04 09:00:01 CET, end at Wed 2026-03-04 15:17:43 CET. --',
      'Mar 04 14:02:11 web-1 checkout[812]: charge failed: timeout',
    ].join('\n');
    const draft = new EvidenceDraft(testOptions);
    await draft.addFile('journal.txt', batchesOf(text));
    expect(draft.result().signatures[0]?.firstAt).toBe('2026-03-04T13:02:11.000Z');
  });

  it('are read in the zone named for the file, whatever the file reveals', async () => {
    const text = ['2026/03/04 14:02:11 charge failed', 'x 2026-03-04T14:02:12+01:00 y'].join('\n');
    const draft = new EvidenceDraft({ ...testOptions, time: { zone: 'America/New_York' }, zoneFixed: true });
    await draft.addFile('app.log', batchesOf(text));
    expect(draft.result().signatures[0]?.firstAt).toBe('2026-03-04T19:02:11.000Z');
  });

  it('name the same events whatever zone they were read in, so re-attaching adds none', async () => {
    const fingerprints = async (zone: string) => {
      const draft = new EvidenceDraft({ ...testOptions, time: { zone } });
      await draft.addFile('logs/app.log', batchesOf(goLog.join('\n')));
      const { events } = draft.result();
      return { at: events.map((e) => e.at), ids: events.map((event) => eventFingerprint(event)) };
    };
    const [utc, berlin, tokyo] = await Promise.all(['UTC', 'Europe/Berlin', 'Asia/Tokyo'].map(fingerprints));
    expect(berlin?.at).not.toEqual(utc?.at);
    expect(berlin?.ids).toEqual(utc?.ids);
    expect(tokyo?.ids).toEqual(utc?.ids);
  });
});
