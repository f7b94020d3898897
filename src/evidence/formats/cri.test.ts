import { describe, expect, it } from 'vitest';
import { EvidenceDraft } from '../draft/evidence-draft.js';
import { batchesOf } from '../test-support/batches-of.js';
import { testOptions } from '../test-support/parse-all.js';

// Lines as containerd writes them under /var/log/pods (the CRI logging format: time, stream, F or P, the line).
const lines = [
  '2026-03-04T14:02:10.100000000Z stdout F {"time":"2026-03-04T14:02:10.05Z","level":"ERROR","msg":"charge failed"}',
  '2026-03-04T14:02:10.200000000Z stdout P {"time":"2026-03-04T14:02:10.15Z","level":"INFO",',
  '2026-03-04T14:02:10.200000001Z stdout F "msg":"request completed"}',
  '2026-03-04T14:02:11.000000000Z stderr F panic: assignment to entry in nil map',
  '2026-03-04T14:02:11.000000100Z stderr F ',
  '2026-03-04T14:02:11.000000200Z stderr F goroutine 1 [running]:',
  '2026-03-04T14:02:11.000000300Z stderr F main.main()',
  '2026-03-04T14:02:11.000000400Z stderr F \t/app/main.go:9 +0x1d',
  '2026-03-04T14:02:12.000000000Z stdout F starting payments v1.4.2',
];

describe('CRI container logs', () => {
  it("reads the container's JSON lines, joins partial lines, and finds a panic on stderr at its time", async () => {
    const draft = new EvidenceDraft(testOptions);
    const report = await draft.addFile('payments.log', batchesOf(lines.join('\n')));
    expect(report).toMatchObject({ format: 'cri', unparsed: 0 });
    const { signatures, events } = draft.result();
    expect(signatures.map((s) => [s.template, s.severity, s.firstAt]).sort()).toEqual([
      ['charge failed', 'error', '2026-03-04T14:02:10.050Z'],
      ['request completed', 'info', '2026-03-04T14:02:10.150Z'],
      ['starting payments <*>', 'info', '2026-03-04T14:02:12.000Z'],
    ]);
    expect(events.filter((e) => e.kind === 'panic')).toEqual([
      expect.objectContaining({
        at: '2026-03-04T14:02:11.000Z',
        approximate: false,
        summary: 'Go panic: assignment to entry in nil map in main.main (/app/main.go:9)',
        origin: { file: 'payments.log', line: 4 },
      }),
    ]);
  });
});
