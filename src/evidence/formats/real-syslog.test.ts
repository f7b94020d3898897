import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EvidenceDraft } from '../draft/evidence-draft.js';
import { batchesOf } from '../test-support/batches-of.js';
import { testOptions } from '../test-support/parse-all.js';

// Lines written by Debian's rsyslogd 8.2302 for messages sent with logger (and one raw datagram without a colon
// after the tag), captured by test/fixtures/real/syslog/capture.sh.
const folder = new URL('../../../test/fixtures/real/captured/syslog/', import.meta.url);

async function read(name: string) {
  const draft = new EvidenceDraft({ ...testOptions, reference: new Date('2026-12-31T00:00:00Z') });
  const report = await draft.addFile(name, batchesOf(readFileSync(new URL(name, folder), 'utf8')));
  return { report, result: draft.result() };
}

describe('lines written by a real rsyslogd', () => {
  for (const name of ['rsyslog-default.log', 'rsyslog-traditional.log']) {
    it(`reads every line of ${name} as syslog with its program as the service`, async () => {
      const { report, result } = await read(name);
      expect(report).toMatchObject({ format: 'syslog', lines: 9, unparsed: 0 });
      const services = new Set(result.signatures.map((s) => s.service));
      expect([...services].sort()).toEqual(['CRON', 'kernel', 'payments', 'sshd', 'systemd']);
      const failed = result.signatures.find((s) => s.template.startsWith('charge failed'));
      expect(failed).toMatchObject({ severity: 'error', service: 'payments' });
      expect(failed?.firstAt?.startsWith('2026-12-02T11:')).toBe(true);
    });
  }
});
