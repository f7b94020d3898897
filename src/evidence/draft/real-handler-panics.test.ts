import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { batchesOf } from '../test-support/batches-of.js';
import { testOptions } from '../test-support/parse-all.js';
import { EvidenceDraft } from './evidence-draft.js';

// net/http's recovered handler panics as a go1.19.8 service wrote them in trial 11z (README beside the files).
const folder = new URL('../../../test/fixtures/real/captured/trial11/go/', import.meta.url);

async function draftOf(name: string) {
  const draft = new EvidenceDraft({ ...testOptions, time: { ...testOptions.time, zone: 'Europe/Berlin' } });
  await draft.addFile(name, batchesOf(readFileSync(new URL(name, folder), 'utf8'), 4));
  return draft.result();
}

describe('Go handler panics from real programs', () => {
  it("reads a handler panic logged with log's file:line flag as the panic it is, at its own time (D1)", async () => {
    const { events } = await draftOf('lshortfile-handler-panic.log');
    const panics = events.filter((event) => event.kind === 'panic');
    expect(panics).toHaveLength(2);
    expect(panics[0]).toMatchObject({
      at: '2026-12-04T23:16:49.000Z',
      approximate: false,
      summary:
        'Go HTTP handler panic (recovered by net/http): assignment to entry in nil map in main.main.func5 (/tmp/trial11z/go/main.go:74)',
    });
    // Not also a "goroutine dump" crash, nor an error signature of the panic's first line.
    expect(events.filter((event) => event.kind === 'crash')).toEqual([]);
    expect(events.filter((event) => /panic serving/.test(event.summary))).toEqual([]);
  });

  it('reads a file holding one JSON record whose msg is a handler panic as that panic (D2)', async () => {
    const { events, files } = await draftOf('json-errorlog-handler-panic.json');
    expect(files[0]?.unparsed).toBe(0);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'panic',
      at: '2026-12-04T23:19:22.359Z',
      summary:
        'Go HTTP handler panic (recovered by net/http): assignment to entry in nil map in main.main.func5 (/tmp/trial11z/go/main.go:77)',
    });
  });
});

describe('files with nothing in them', () => {
  it('says a file is empty and an API dump of nothing is an empty list, instead of nothing or "unknown shape"', async () => {
    const draft = new EvidenceDraft(testOptions);
    await draft.addFile('empty.log', batchesOf(''));
    await draft.addFile('blank.log', batchesOf('\n\n'));
    await draft.addFile('alerts.json', batchesOf('[]\n'));
    const { files } = draft.result();
    expect(files.map((file) => [file.file, file.samples.map((sample) => sample.reason)])).toEqual([
      ['empty.log', ['no lines to read (the file is empty, or holds only blank lines)']],
      ['blank.log', ['no lines to read (the file is empty, or holds only blank lines)']],
      ['alerts.json', ['an empty JSON list: no records to read']],
    ]);
  });
});
