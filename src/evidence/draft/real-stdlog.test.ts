import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { batchesOf } from '../test-support/batches-of.js';
import { testOptions } from '../test-support/parse-all.js';
import { EvidenceDraft } from './evidence-draft.js';

// Go's standard log as its users write it (go1.19), captured by test/fixtures/real/stdlog/capture.sh: a level
// word, the file:line flag, and the same lines piped through `logger` into rsyslog.
const folder = new URL('../../../test/fixtures/real/captured/stdlog/', import.meta.url);

async function draftOf(name: string) {
  const draft = new EvidenceDraft(testOptions);
  await draft.addFile(name, batchesOf(readFileSync(new URL(name, folder), 'utf8'), 16));
  return draft.result();
}

describe("Go's standard log captured from a go1.19 program", () => {
  for (const name of [
    'go-stdlog-short.log',
    'go-stdlog-long.log',
    'go-stdlog-logfmt.log',
    'go-stdlog-rsyslog.log',
  ]) {
    it(`reads ${name} with its level words as severities and no time, file:line or level in a template`, async () => {
      const { signatures, files } = await draftOf(name);
      expect(files[0]?.unparsed).toBe(0);
      for (const { template } of signatures) {
        expect(template).not.toMatch(
          /\.go:|\d{4}\/\d{2}\/\d{2}|<\*>:<\*>:<\*>|\b(?:INFO|WARN|ERROR)\b|\[(?:info|warn|error)\]|level=/,
        );
      }
      const byStart = (start: string) => signatures.find((s) => s.template.startsWith(start));
      expect(byStart('server started')?.severity).toBe('info');
      expect(byStart('database pool saturated')?.severity).toBe('warning');
      expect(byStart('charge failed')).toMatchObject({ severity: 'error', count: 3 });
      expect(byStart('charge failed')?.template).toMatch(/context deadline exceeded$/);
      expect(byStart('request completed')?.count).toBe(7);
    });
  }

  it('takes a syslog-wrapped line time from syslog and the rest of it from the inner log line', async () => {
    const { signatures, files } = await draftOf('go-stdlog-rsyslog.log');
    expect(files[0]?.zoneless).toBeUndefined(); // the inner zone-less time is not read while syslog's stands
    expect(signatures.find((s) => s.template.startsWith('server started'))?.firstAt).toMatch(/Z$/);
  });
});
